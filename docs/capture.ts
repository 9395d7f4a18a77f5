/**
 * Makes the screenshots in docs/ and measures the page in Chromium: builds the seed's site into a
 * temporary folder, serves it gzipped with the preview server, and for a fresh browser profile
 * reports the bytes transferred and the time until the first result of a query in the address
 * (the page's own Resource Timing, up to its 'first-result' mark), then the time of a next query
 * on the same page (its typing pause included).
 *
 *   npx tsx docs/capture.ts            # screenshots + numbers
 *   npx tsx docs/capture.ts --no-shots # numbers only
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { build } from '../pipeline/build.ts';
import { serveSite } from '../pipeline/site/serve.ts';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const DOCS = import.meta.dirname;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

const dir = await mkdtemp(join(tmpdir(), 'gongbao-capture-'));
const root = join(import.meta.dirname, '..');
await build({ corpus: join(root, 'corpus'), out: join(dir, 'dist') });
const server = await serveSite(join(dir, 'dist', 'site'));

async function fresh(viewport: { width: number; height: number }, scale = 1): Promise<BrowserContext> {
  return chromium.launchPersistentContext(await mkdtemp(join(dir, 'profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    deviceScaleFactor: scale,
    locale: 'zh-CN',
  });
}

/** Bytes on the wire (gzip as served) and milliseconds from navigation to the first result. */
async function firstResult(query: string): Promise<{ bytes: number; files: number; ms: number; firstMs: number; status: string }> {
  const context = await fresh(DESKTOP);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}index.html?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#results .result');
  // From the page's own timings: the requests started before the first results were shown
  // (the page fetches the rest of the index afterwards), bytes as transferred (gzip + headers).
  const { ms, bytes, files } = await page.evaluate(() => {
    const mark = performance.getEntriesByName('first-result')[0]!.startTime;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const before = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime < mark);
    return { ms: Math.round(mark), bytes: nav.transferSize + before.reduce((n, e) => n + e.transferSize, 0), files: before.length + 1 };
  });
  // A second query on the same page: it fetches only what the first did not.
  const t = Date.now();
  await page.fill('#q', '风险补偿');
  await page.waitForFunction(() => document.getElementById('results')?.dataset.query === '风险补偿');
  const firstMs = Date.now() - t;
  const status = (await page.textContent('#status')) ?? '';
  await context.close();
  return { bytes, files, ms, firstMs, status };
}

try {
  for (const q of ['攸惠贷 第十四条', '校车使用许可', '教育', '攸政办发[2023]6号']) {
    const m = await firstResult(q);
    console.log(`${q}: ${(m.bytes / 1024).toFixed(1)} KB in ${m.files} requests, first result after ${m.ms} ms; next query ${m.firstMs} ms (${m.status})`);
  }
  if (!process.argv.includes('--no-shots')) {
    const shots: Array<[string, string, { width: number; height: number }, number]> = [
      ['search-desktop.png', `index.html?q=${encodeURIComponent('代偿')}`, DESKTOP, 1],
      ['search-phone.png', `index.html?q=${encodeURIComponent('校车使用许可')}`, PHONE, 2],
      ['document-desktop.png', 'doc/yzbf-2023-1.html#yzbf-2023-1/art_14/item_3', DESKTOP, 1],
      ['document-top-desktop.png', 'doc/yzbf-2023-1.html', DESKTOP, 1],
      ['document-phone.png', 'doc/yzbf-2023-1.html#yzbf-2023-1/art_14/item_3', PHONE, 2],
      ['table-desktop.png', 'doc/yzbf-2023-7.html#yzbf-2023-7/tbl_1/row_11', DESKTOP, 1],
      ['bulletin-phone.png', 'b/youxian-2023-01.html', PHONE, 2],
    ];
    for (const [file, path, viewport, scale] of shots) {
      const context = await fresh(viewport, scale);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url + path);
      if (path.startsWith('index.html')) await page.waitForSelector('#results .result');
      await page.waitForTimeout(300); // the deep-link centring runs one frame after load
      await page.screenshot({ path: join(DOCS, file) });
      await context.close();
      console.log(`docs/${file}`);
    }
  }
} finally {
  await server.close();
  // A browser that failed may still be writing its profile: retry, and never hide the error that failed the run.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
}
