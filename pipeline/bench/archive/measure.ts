/**
 * What a built site costs a reader, measured in headless Chromium (Debian's, through playwright-core):
 *
 * - open: the first visit of the search page with the service worker blocked, every response until
 *   the network is idle, by kind (html, css, js, json, other) and the JSON files by name;
 * - per query: a fresh context (cold cache, service worker blocked), the page opened and idle, the
 *   query typed into #q key by key; the bytes of the requests the page started from the first key
 *   to the first result shown (#results carries dataset.query = the query and a .result), the time
 *   from the last key (its input event) to that result, and what the page fetched after it until
 *   idle (the index prefetch); then a second, warm query on the same page, measured the same way;
 * - service worker: a fresh context with the worker allowed, the page opened, until
 *   navigator.serviceWorker.ready (the install's precache is done) and the network is idle: the
 *   files the worker fetched and their bytes.
 *
 * Bytes are gzip -9 sizes of each response body, computed here from what the server sent (the
 * preview server gzips on the wire; a CDN's level differs, gzip -9 is the fixed measure), so the
 * numbers do not depend on the server. Times and windows come from the page's own clock
 * (performance.now() and Resource Timing), not from the test process.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { resolveInside, serveSite } from '../../site/serve.ts';

export const DEFAULT_QUERIES = ['校车使用许可', '开饭店要办什么许可', '网格员管什么', '攸惠贷 第十四条', '攸政办发〔2023〕1号', '风险补偿'];
export const DEFAULT_CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const KINDS = ['html', 'css', 'js', 'json', 'other'] as const;
export type Kind = (typeof KINDS)[number];

export interface MeasureOptions {
  /** The built site folder (<out>/site). */
  siteDir: string;
  queries?: string[];
  /** Chromium's executable (default /usr/bin/chromium or $CHROMIUM). */
  chromium?: string;
  /** Delay between keys when typing a query (ms; the browser test types at 15). */
  typingDelay?: number;
  /** Longest wait for one step: a page to go idle, a result to show, the worker to be ready (ms). */
  timeout?: number;
  /** Longest wait for the service worker's precache (ms); a big site may take minutes. */
  serviceWorkerTimeout?: number;
  /** Longest wait for the first visit to go idle (ms): the page may prefetch the whole index. */
  openTimeout?: number;
  /**
   * Let the page prefetch the index when idle during the query measurements. Off by default: the
   * pages are told the reader saves data (navigator.connection.saveData, which the search page
   * honours), so the bytes of a first query are those the query itself needs, not however much of
   * the prefetch happened to run while typing. The open measurement always lets it run.
   */
  prefetch?: boolean;
  /** Progress lines. */
  log?: (line: string) => void;
}

/** One response as measured. */
export interface Fetched {
  path: string;
  kind: Kind;
  status: number;
  /** Body bytes as decoded (what the file holds). */
  bytes: number;
  /** gzip -9 of the body. */
  gzip: number;
}

export interface Transfer {
  requests: number;
  bytes: number;
  gzip: number;
  byKind: Record<Kind, { requests: number; gzip: number }>;
  /** JSON files fetched, with their gzip bytes, in the order they were requested. */
  json: Array<{ path: string; gzip: number }>;
}

export interface QueryTransfer extends Transfer {
  query: string;
  /** Results on screen when the first one showed (0: the query finished without any). */
  results: number;
  /** From the last key's input event to the first result on screen (to the empty answer when none). */
  ms: number;
  /** Fetched after the first result until the page was idle (the index prefetch), gzip, and whether it went idle in time. */
  after: { requests: number; gzip: number; idle: boolean };
}

export interface SiteReport {
  siteDir: string;
  queries: string[];
  /**
   * First visit of the search page, service worker blocked: everything until the network is idle
   * (`idle` false: still busy when the timeout came), and `ready`, the part fetched before the
   * search was ready (body[data-search-ready]); the rest is what the page fetched on its own after.
   */
  open: Transfer & { ms: number; idle: boolean; ready: { requests: number; gzip: number; ms: number } };
  /** Per query: first query on a fresh page, then `warm`, the next query of the list on the same page. */
  perQuery: Array<{ cold: QueryTransfer; warm: QueryTransfer }>;
  serviceWorker: {
    /** The worker was ready (installed and activated) within the timeout. */
    ready: boolean;
    ms: number;
    files: number;
    bytes: number;
    gzip: number;
    /** Requests of the worker that failed or were not 2xx. */
    failed: number;
  };
}

function kindOf(path: string, contentType = ''): Kind {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || path.endsWith('/') || /html/.test(contentType)) return 'html';
  if (ext === '.css' || /css/.test(contentType)) return 'css';
  if (ext === '.js' || ext === '.mjs' || /javascript/.test(contentType)) return 'js';
  if (ext === '.json' || /json/.test(contentType)) return 'json';
  return 'other';
}

function emptyTransfer(): Transfer {
  return { requests: 0, bytes: 0, gzip: 0, byKind: Object.fromEntries(KINDS.map((k) => [k, { requests: 0, gzip: 0 }])) as Transfer['byKind'], json: [] };
}

function total(items: Fetched[]): Transfer {
  const t = emptyTransfer();
  for (const f of items) {
    t.requests++;
    t.bytes += f.bytes;
    t.gzip += f.gzip;
    t.byKind[f.kind].requests++;
    t.byKind[f.kind].gzip += f.gzip;
    if (f.kind === 'json') t.json.push({ path: f.path, gzip: f.gzip });
  }
  return t;
}

/**
 * Every request of a browser context: in flight, finished (with the gzip -9 size of its body) or
 * failed. Bodies come from the response; a response whose body the browser no longer holds (some
 * service-worker fetches) is measured from the served file, which is what the server sent.
 */
class Recorder {
  readonly done: Array<Fetched & { url: string; serviceWorker: boolean }> = [];
  failed = 0;
  private inflight = new Set<Request>();
  private pending = new Set<Promise<void>>();
  private lastChange = Date.now();

  constructor(
    context: BrowserContext,
    private readonly sizes: Sizes,
  ) {
    context.on('request', (r) => {
      this.inflight.add(r);
      this.lastChange = Date.now();
    });
    context.on('requestfailed', (r) => {
      this.inflight.delete(r);
      this.lastChange = Date.now();
      this.failed++;
    });
    context.on('requestfinished', (r) => {
      const p = this.finish(r).finally(() => {
        this.inflight.delete(r);
        this.pending.delete(p);
        this.lastChange = Date.now();
      });
      this.pending.add(p);
    });
  }

  private async finish(r: Request): Promise<void> {
    const url = new URL(r.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    const response = await r.response().catch(() => null);
    const status = response?.status() ?? 0;
    const contentType = (await response?.allHeaders().catch(() => ({}) as Record<string, string>))?.['content-type'] ?? '';
    let body: Buffer | undefined;
    if (response && status !== 304) body = await response.body().catch(() => undefined);
    const path = decodeURIComponent(url.pathname);
    const size = this.sizes.measure(path, body, status);
    this.done.push({ url: r.url(), path, kind: kindOf(path, contentType), status, ...size, serviceWorker: r.serviceWorker() !== null });
  }

  /** Resolves once no request has been in flight for `quiet` ms; false when `timeout` passed first. */
  async idle(quiet = 500, timeout = 30_000): Promise<boolean> {
    const until = Date.now() + timeout;
    for (;;) {
      await Promise.all([...this.pending]);
      if (this.inflight.size === 0 && this.pending.size === 0 && Date.now() - this.lastChange >= quiet) return true;
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Settles the bodies still being read (after a timeout some requests may still be in flight). */
  async settle(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}

/** gzip -9 sizes, once per path (a file served twice is measured once). */
class Sizes {
  private cache = new Map<string, { bytes: number; gzip: number }>();
  constructor(private readonly siteDir: string) {}

  measure(path: string, body: Buffer | undefined, status: number): { bytes: number; gzip: number } {
    const key = `${status} ${path}`;
    const known = this.cache.get(key);
    if (known && (body === undefined || body.length === known.bytes)) return known;
    if ((body === undefined || body.length === 0) && status >= 200 && status < 300) {
      // The served file (a folder's index.html), as the preview server sends it: the browser does
      // not keep the bodies of what a service worker fetched.
      body = undefined;
      const file = resolveInside(this.siteDir, path);
      for (const f of file ? [file, join(file, 'index.html')] : []) {
        if (body === undefined && existsSync(f) && statSync(f).isFile()) body = readFileSync(f);
      }
    }
    const size = body ? { bytes: body.length, gzip: body.length ? gzipSync(body, { level: 9 }).length : 0 } : { bytes: 0, gzip: 0 };
    this.cache.set(key, size);
    return size;
  }
}

/** The page-side probe: key and input times, when the answer to the query showed, from the page's clock. */
interface Probe {
  want: string;
  firstKey?: number;
  lastInput?: number;
  /** First time #results answered the query (results or none). */
  answeredAt?: number;
  /** First time a result of the query was on screen, and how many. */
  firstResult?: number;
  results?: number;
}

declare global {
  interface Window {
    __gongbaoProbe?: Probe;
    __gongbaoReadyAt?: number;
  }
}

/**
 * Installs the probe (once per page; later calls only reset it for the next query). Plain source
 * text: a function handed to page.evaluate would carry the helpers a TypeScript loader adds to it.
 */
const PROBE = `(want) => {
  const first = !window.__gongbaoProbe;
  window.__gongbaoProbe = { want };
  if (!first) return;
  const box = document.getElementById('q');
  const results = document.getElementById('results');
  box.addEventListener('keydown', () => { const p = window.__gongbaoProbe; if (p.firstKey === undefined) p.firstKey = performance.now(); }, true);
  box.addEventListener('input', () => { window.__gongbaoProbe.lastInput = performance.now(); }, true);
  new MutationObserver(() => {
    const p = window.__gongbaoProbe;
    if (p.firstResult !== undefined || results.dataset.query !== p.want) return;
    const now = performance.now();
    if (p.answeredAt === undefined) p.answeredAt = now;
    const n = results.querySelectorAll('.result').length;
    if (n > 0) { p.firstResult = now; p.results = n; }
  }).observe(results, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-query'] });
}`;

async function installProbe(page: Page, want: string): Promise<void> {
  await page.evaluate(`(${PROBE})(${JSON.stringify(want)})`);
}

/** In every page: room for every Resource Timing entry, and the time the search said it was ready. */
const INIT = `(() => {
  performance.setResourceTimingBufferSize(1000000);
  const mark = () => {
    if (window.__gongbaoReadyAt === undefined && document.body && document.body.dataset.searchReady === 'true') window.__gongbaoReadyAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-ready'] });
})();`;

/** The reader saves data: the search page then fetches only what a query needs. */
const SAVE_DATA = `Object.defineProperty(Navigator.prototype, 'connection', {
  configurable: true,
  get() { return { saveData: true, effectiveType: '4g', addEventListener() {}, removeEventListener() {} }; },
});`;

/**
 * What went over the network, on the page's clock: Resource Timing entries with bytes transferred
 * (an icon drawn again from the memory cache has an entry but no transfer), the fragment cut.
 */
async function networkStarts(page: Page): Promise<Array<{ url: string; start: number }>> {
  const entries = (await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime, transfer: (e as PerformanceResourceTiming).transferSize })),
  )) as Array<{ url: string; start: number; transfer: number }>;
  return entries.filter((e) => e.transfer > 0).map((e) => ({ url: e.url.replace(/#.*$/, ''), start: e.start }));
}

/** Waits until the search is ready (or, on a page that does not say so, until the network is idle). */
async function waitReady(page: Page, recorder: Recorder, timeout: number): Promise<void> {
  await Promise.race([
    // A function, not a string: the site's Content-Security-Policy forbids eval.
    page.waitForFunction(() => window.__gongbaoReadyAt !== undefined, undefined, { timeout, polling: 20 }),
    recorder.idle(500, timeout),
  ]);
}

/** The recorded responses of a set of Resource Timing entries (the last response of each URL). */
function responsesOf(recorder: Recorder, entries: Array<{ url: string }>): Fetched[] {
  const byUrl = new Map<string, Fetched>();
  for (const f of recorder.done) byUrl.set(f.url.replace(/#.*$/, ''), f);
  return entries.map((e) => byUrl.get(e.url)).filter((f): f is Fetched => f !== undefined);
}

async function typeQuery(
  page: Page,
  recorder: Recorder,
  query: string,
  options: { typingDelay: number; timeout: number },
): Promise<QueryTransfer> {
  const want = query.trim();
  const box = page.locator('#q');
  await box.fill('');
  await installProbe(page, want);
  const before = new Set((await networkStarts(page)).map((e) => `${e.url} ${e.start}`));
  await box.pressSequentially(query, { delay: options.typingDelay });
  await page.waitForFunction(() => window.__gongbaoProbe?.answeredAt !== undefined, undefined, { timeout: options.timeout, polling: 20 });
  // An answer without results may still be followed by results (a later run of the same query).
  await page
    .waitForFunction(() => window.__gongbaoProbe?.firstResult !== undefined, undefined, { timeout: 1000, polling: 20 })
    .catch(() => undefined);
  const idle = await recorder.idle(500, options.timeout);
  await recorder.settle();
  const probe = (await page.evaluate(() => window.__gongbaoProbe!)) as Probe;
  const shown = probe.firstResult ?? probe.answeredAt!;
  const entries = (await networkStarts(page)).filter((e) => !before.has(`${e.url} ${e.start}`) && e.start >= (probe.firstKey ?? 0));
  const inWindow = responsesOf(recorder, entries.filter((e) => e.start <= shown));
  const afterTotal = total(responsesOf(recorder, entries.filter((e) => e.start > shown)));
  return {
    query,
    ...total(inWindow),
    results: probe.results ?? 0,
    ms: Math.round(shown - (probe.lastInput ?? shown)),
    after: { requests: afterTotal.requests, gzip: afterTotal.gzip, idle },
  };
}

/** Serves siteDir on a loopback port and measures it in headless Chromium (see the file's comment). */
export async function measureSite(options: MeasureOptions): Promise<SiteReport> {
  const queries = options.queries ?? DEFAULT_QUERIES;
  if (queries.length === 0) throw new Error('measureSite needs at least one query');
  const timeout = options.timeout ?? 60_000;
  const typingDelay = options.typingDelay ?? 15;
  const log = options.log ?? (() => undefined);
  const executablePath = options.chromium ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM)`);
  if (!existsSync(options.siteDir)) throw new Error(`no site at ${options.siteDir}`);
  const sizes = new Sizes(options.siteDir);
  const server = await serveSite(options.siteDir, { port: 0 });
  const start = `${server.url}index.html`;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
    const context = async (serviceWorkers: 'allow' | 'block', saveData = false) => {
      const c = await browser!.newContext({ serviceWorkers, viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
      c.setDefaultTimeout(timeout);
      await c.addInitScript({ content: INIT });
      if (saveData) await c.addInitScript({ content: SAVE_DATA });
      return { context: c, recorder: new Recorder(c, sizes) };
    };

    // Open: the page and what it loads by itself.
    log('open: first visit, service worker blocked');
    let open: SiteReport['open'];
    {
      const { context: c, recorder } = await context('block');
      const page = await c.newPage();
      const t = Date.now();
      await page.goto(start, { waitUntil: 'load' });
      await waitReady(page, recorder, timeout);
      const idle = await recorder.idle(500, options.openTimeout ?? 120_000);
      const ms = Date.now() - t - (idle ? 500 : 0);
      await recorder.settle();
      const readyAt = await page.evaluate(() => window.__gongbaoReadyAt);
      const early = (await networkStarts(page)).filter((e) => readyAt === undefined || e.start < readyAt);
      const ready = total([...recorder.done.filter((f) => f.url === start), ...responsesOf(recorder, early)]);
      open = { ...total(recorder.done), ms, idle, ready: { requests: ready.requests, gzip: ready.gzip, ms: Math.round(readyAt ?? ms) } };
      await c.close();
    }

    // Each query on a fresh page, then the next one on the same page.
    const perQuery: SiteReport['perQuery'] = [];
    for (const [i, query] of queries.entries()) {
      log(`query ${i + 1}/${queries.length}: ${query}`);
      const { context: c, recorder } = await context('block', !options.prefetch);
      const page = await c.newPage();
      await page.goto(start, { waitUntil: 'load' });
      await waitReady(page, recorder, timeout);
      const cold = await typeQuery(page, recorder, query, { typingDelay, timeout });
      const next = queries[(i + 1) % queries.length]!;
      const warm = await typeQuery(page, recorder, next === query && queries.length === 1 ? `${query} ` : next, { typingDelay, timeout });
      perQuery.push({ cold, warm });
      await c.close();
    }

    // The service worker's first visit.
    log('service worker: first visit until ready and idle');
    let serviceWorker: SiteReport['serviceWorker'];
    {
      const { context: c, recorder } = await context('allow');
      const page = await c.newPage();
      const t = Date.now();
      await page.goto(start, { waitUntil: 'load' });
      const swTimeout = options.serviceWorkerTimeout ?? 10 * 60_000;
      let timer: NodeJS.Timeout | undefined;
      const ready = await Promise.race([
        page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active !== null)),
        new Promise<boolean>((done) => (timer = setTimeout(() => done(false), swTimeout))),
      ]).catch(() => false);
      clearTimeout(timer);
      const ms = Date.now() - t;
      if (ready) await recorder.idle(1000, timeout);
      await recorder.settle();
      const fetched = recorder.done.filter((f) => f.serviceWorker);
      const ok = fetched.filter((f) => f.status >= 200 && f.status < 300);
      serviceWorker = {
        ready,
        ms,
        files: ok.length,
        bytes: ok.reduce((n, f) => n + f.bytes, 0),
        gzip: ok.reduce((n, f) => n + f.gzip, 0),
        failed: fetched.length - ok.length,
      };
      await c.close();
    }
    return { siteDir: options.siteDir, queries, open, perQuery, serviceWorker };
  } finally {
    await browser?.close();
    await server.close();
  }
}

export const kb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

function pad(text: string, width: number, right = false): string {
  // Han characters take two columns in a terminal.
  const w = [...text].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  const fill = ' '.repeat(Math.max(0, width - w));
  return right ? fill + text : text + fill;
}

/**
 * JSON files by folder, for the table: files of a folder of at most three by name, a folder of
 * more (index chunks) as one entry, and many such folders under one parent (search/docs/<doc>/)
 * as one entry for the parent.
 */
function groupFiles(files: Array<{ path: string; gzip: number }>): string {
  const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
  const folders = new Map<string, Array<{ path: string; gzip: number }>>();
  for (const f of files) folders.set(folderOf(f.path), [...(folders.get(folderOf(f.path)) ?? []), f]);
  const parentOf = (folder: string) => folder.replace(/[^/]+\/$/, '');
  const crowded = new Map<string, number>();
  for (const folder of folders.keys()) crowded.set(parentOf(folder), (crowded.get(parentOf(folder)) ?? 0) + 1);
  const parts = new Map<string, { files: number; gzip: number; folders: number }>();
  const add = (key: string, files: number, gzip: number) => {
    const p = parts.get(key) ?? { files: 0, gzip: 0, folders: 0 };
    parts.set(key, { files: p.files + files, gzip: p.gzip + gzip, folders: p.folders + 1 });
  };
  for (const [folder, list] of folders) {
    const gzip = list.reduce((n, f) => n + f.gzip, 0);
    if ((crowded.get(parentOf(folder)) ?? 0) > 3) add(`${parentOf(folder)}*/`, list.length, gzip);
    else if (list.length > 3) add(folder, list.length, gzip);
    else for (const f of list) add(f.path, 1, f.gzip);
  }
  return [...parts]
    .map(([key, p]) => (p.files === 1 ? `${key} ${kb(p.gzip)}` : `${key} (${p.folders > 1 ? `${p.folders} folders, ` : ''}${p.files} files) ${kb(p.gzip)}`))
    .join(', ');
}

/** A compact table of a SiteReport. */
export function formatReport(r: SiteReport): string {
  const lines: string[] = [];
  const kinds = KINDS.filter((k) => r.open.byKind[k].requests > 0)
    .map((k) => `${k} ${kb(r.open.byKind[k].gzip)} (${r.open.byKind[k].requests})`)
    .join(', ');
  lines.push(
    `open (service worker blocked): ${r.open.requests} responses, ${kb(r.open.gzip)} gzip -9 — ${kinds}; ${r.open.idle ? `idle after ${r.open.ms} ms` : `NOT idle after ${r.open.ms} ms`}` +
      `; search ready after ${r.open.ready.ms} ms with ${r.open.ready.requests} responses, ${kb(r.open.ready.gzip)}`,
  );
  if (r.open.json.length) lines.push(`  json: ${groupFiles(r.open.json)}`);
  lines.push(
    [pad('query (fresh page)', 22), pad('results', 8, true), pad('to 1st result', 14, true), pad('files', 6, true), pad('ms', 6, true), pad('after', 11, true), '   ', pad('warm query', 20), pad('bytes', 10, true), pad('ms', 6, true)].join(' '),
  );
  for (const { cold, warm } of r.perQuery) {
    lines.push(
      [
        pad(cold.query, 22),
        pad(String(cold.results), 8, true),
        pad(kb(cold.gzip), 14, true),
        pad(String(cold.requests), 6, true),
        pad(String(cold.ms), 6, true),
        pad(`${kb(cold.after.gzip)}${cold.after.idle ? '' : '+'}`, 11, true),
        '   ',
        pad(warm.query, 20),
        pad(kb(warm.gzip), 10, true),
        pad(String(warm.ms), 6, true),
      ].join(' '),
    );
  }
  const sw = r.serviceWorker;
  lines.push(
    `service worker, first visit: ${sw.ready ? 'ready' : 'NOT ready'} after ${(sw.ms / 1000).toFixed(1)} s, precached ${sw.files} files, ${kb(sw.gzip)} gzip -9 (${kb(sw.bytes)} raw)` +
      (sw.failed ? `, ${sw.failed} failed` : ''),
  );
  return lines.join('\n');
}
