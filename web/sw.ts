/**
 * The service worker: offline without downloading the archive. The build defines SHELL (the search
 * page, scripts, stylesheet, icon and the index manifest, relative to sw.js: the same few dozen
 * kilobytes whatever the archive holds) and VERSION (a hash of them).
 *
 * - The shell is precached, in a cache of its version; a new build replaces only it.
 * - Files named by their content (search/terms/…, search/units/<bulletin key>/…, search/spell/…, search/lexicon/…)
 *   never change meaning: kept as fetched, in one cache that a new bulletin invalidates nothing of
 *   (the oldest are dropped past a bound).
 * - Pages and the manifest go to the network first (a new issue adds to the 目录, a later document
 *   adds to a 被引 list) and fall back to what was cached: pages the reader opened, and the bulletins
 *   saved with 离线保存 (offline.ts, a cache per bulletin).
 */
declare const SHELL: string[];
declare const VERSION: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}

const scope = self as unknown as WorkerScope;
const SHELL_CACHE = `gongbao-shell-${VERSION}`;
/** Content-addressed files as fetched. */
const CONTENT_CACHE = 'gongbao-content';
/** Pages and the manifest as last fetched. */
const PAGES_CACHE = 'gongbao-pages';
/** Most entries kept in each of those two; the oldest go first. */
const MAX_ENTRIES = 4000;
/** A page or the manifest waits this long for the network before the cached copy is used. */
const NETWORK_WAIT_MS = 4000;

/** Search files whose name says their content: immutable. */
const IMMUTABLE = /\/search\/(terms|units|spell|lexicon)\//;

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => scope.skipWaiting()),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('gongbao-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k))))
      .then(() => scope.clients.claim()),
  );
});

/** Drops the oldest entries of a cache past its bound (keys come in insertion order). */
async function trim(name: string): Promise<void> {
  const cache = await caches.open(name);
  const keys = await cache.keys();
  if (keys.length > MAX_ENTRIES) await Promise.all(keys.slice(0, keys.length - MAX_ENTRIES).map((k) => cache.delete(k)));
}

async function store(name: string, request: Request | string, response: Response): Promise<void> {
  if (!response.ok || response.type !== 'basic') return;
  const cache = await caches.open(name);
  await cache.put(request, response);
  if (Math.random() < 0.05) await trim(name);
}

/** The cached copy of a request in any of the site's caches (the shell, content, pages, saved bulletins). */
function cached(key: Request | string, ignoreSearch: boolean): Promise<Response | undefined> {
  return caches.match(key, { ignoreSearch });
}

async function cacheFirst(request: Request, name: string): Promise<Response> {
  const hit = await cached(request, false);
  if (hit) return hit;
  const response = await fetch(request);
  await store(name, request, response.clone());
  return response;
}

async function networkFirst(request: Request, key: Request | string, navigate: boolean): Promise<Response> {
  const network = fetch(request).then(async (response) => {
    await store(PAGES_CACHE, key, response.clone());
    return response;
  });
  const late = new Promise<undefined>((done) => setTimeout(() => done(undefined), NETWORK_WAIT_MS));
  try {
    const response = await Promise.race([network, late]);
    if (response) return response;
  } catch {
    // Offline: the cached copy below.
  }
  const hit = await cached(key, navigate);
  if (hit) return hit;
  return network;
}

scope.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
  if (IMMUTABLE.test(url.pathname)) {
    event.respondWith(cacheFirst(request, CONTENT_CACHE));
    return;
  }
  // Assets carry their version (?v=), or their content in their name (spell-<hash>.js, which a script
  // imports): the shell cache has them.
  if (url.pathname.includes('/assets/') && (url.search || /-[A-Z0-9]{8}\.js$/.test(url.pathname))) {
    event.respondWith(cacheFirst(request, SHELL_CACHE));
    return;
  }
  // Pages are looked up without their query (index.html?q=… is index.html); a folder address (…/)
  // is its index.html, which is what static hosts serve for it.
  const navigate = request.mode === 'navigate';
  const key = navigate && url.pathname.endsWith('/') ? new URL('index.html', url).href : navigate ? url.origin + url.pathname : request;
  event.respondWith(networkFirst(request, key, navigate));
});
