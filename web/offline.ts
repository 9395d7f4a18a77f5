/**
 * Offline: the service worker (sw.js) keeps the shell and what the reader opened; 离线保存 on an
 * issue's page keeps that whole issue — its 目录, every document page and its search texts — in a
 * cache of its own, so the archive is never downloaded whole.
 */
export function registerOffline(root: string, after: Promise<unknown> = Promise.resolve()): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const loaded = new Promise<void>((done) => {
    if (document.readyState === 'complete') done();
    else window.addEventListener('load', () => done(), { once: true });
  });
  // After load and after `after` (the first search), so filling the shell cache (a few dozen KB)
  // never competes with what the reader is waiting for.
  Promise.all([loaded, after.catch(() => undefined)])
    .then(() => navigator.serviceWorker.register(`${root}sw.js`, { scope: root || './' }))
    .catch((error: unknown) => console.warn('offline cache unavailable', error));
}

/** The cache one saved issue is kept in. */
export function savedCacheName(bulletinId: string): string {
  return `gongbao-saved-${bulletinId}`;
}

/**
 * The 离线保存 button of an issue's page (#save-offline, its files in data-files relative to the
 * site root): saves the issue, says how far it got, and offers to remove it once saved.
 */
export function bindOfflineSave(root: string): void {
  const button = document.getElementById('save-offline') as HTMLButtonElement | null;
  const status = document.getElementById('save-status');
  if (!button || !status || !('caches' in window) || location.protocol === 'file:') return;
  const id = button.dataset.bulletin ?? '';
  const files = (JSON.parse(button.dataset.files ?? '[]') as string[]).map((f) => new URL(root + f, location.href).href);
  const name = savedCacheName(id);
  const show = async () => {
    const saved = await caches.has(name);
    const count = saved ? (await (await caches.open(name)).keys()).length : 0;
    button.textContent = saved ? '删除离线副本' : '离线保存本期';
    button.dataset.saved = String(saved);
    status.textContent = saved ? `本期已离线保存（${count} 个文件），断网时也能打开与检索已查过的字词。` : '';
  };
  button.hidden = false;
  void show();
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      if (button.dataset.saved === 'true') await caches.delete(name);
      else {
        const cache = await caches.open(name);
        let done = 0;
        // A few at a time, saying how far it got.
        for (let i = 0; i < files.length; i += 8) {
          await cache.addAll(files.slice(i, i + 8));
          done = Math.min(files.length, i + 8);
          status.textContent = `正在保存 ${done}/${files.length}…`;
        }
      }
    } catch (error) {
      console.error(error);
      await caches.delete(name);
      status.textContent = '保存失败：请联网后重试。';
      button.disabled = false;
      return;
    }
    button.disabled = false;
    await show();
  });
}
