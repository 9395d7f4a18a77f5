/**
 * Offline once loaded: the service worker (sw.js, written by the build with the list of every
 * file of the site) caches pages, scripts and the search index after the first visit.
 */
export function registerOffline(root: string, after: Promise<unknown> = Promise.resolve()): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const loaded = new Promise<void>((done) => {
    if (document.readyState === 'complete') done();
    else window.addEventListener('load', () => done(), { once: true });
  });
  // After load and after `after` (the first search), so filling the cache (≈0.5 MB gzip on the
  // seed) never competes with what the reader is waiting for.
  Promise.all([loaded, after.catch(() => undefined)])
    .then(() => navigator.serviceWorker.register(`${root}sw.js`, { scope: root || './' }))
    .catch((error: unknown) => console.warn('offline cache unavailable', error));
}
