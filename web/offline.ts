/**
 * Offline once loaded: the service worker (sw.js, written by the build with the list of every
 * file of the site) caches pages, scripts and the search index after the first visit.
 */
export function registerOffline(root: string): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  // After load, so installing the cache never competes with the first search.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${root}sw.js`, { scope: root || './' }).catch((error: unknown) => {
      console.warn('offline cache unavailable', error);
    });
  });
}
