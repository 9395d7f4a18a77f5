/**
 * The same passage in several issues of an archive (core/search/versions.ts): a search shows it once,
 * as the newest issue prints it, with the other issues' prints listed beside it. Three generated
 * bulletins (pipeline/bench/archive) stand for an archive: the seed's issue (2023年第1期), the one a
 * month before and the one a year before, each reprinting the seed's texts with a year's changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serveSite } from '../pipeline/site/serve.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { removeOutput } from '../pipeline/output.ts';
import { generateBulletin } from '../pipeline/bench/archive/generate.ts';
import { diskFetcher } from '../pipeline/index/local.ts';
import { SearchClient, type SearchResult } from '../core/search/client.ts';
import { newer, Versions, VERSION_MIN_LENGTH } from '../core/search/versions.ts';

let dir: string;
let client: SearchClient;
const bulletins = [0, 1, 12].map((k) => generateBulletin(k));
const NEWEST = bulletins[0]!.id;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongbao-versions-'));
  await mkdir(join(dir, 'corpus'));
  for (const b of bulletins) await writeFile(join(dir, 'corpus', b.name), b.text);
  const built = await build({ corpus: join(dir, 'corpus'), out: join(dir, 'out') });
  expect(built.written).toBe(true);
  client = await SearchClient.open(diskFetcher(join(dir, 'out', 'site')));
}, 240_000);
afterAll(async () => {
  await removeOutput(join(dir, 'out'));
  await rm(dir, { recursive: true, force: true });
});

/** The path of a unit inside its document (tbl_1/row_231 of yzbf-2023-7/tbl_1/row_231). */
const inDocument = (id: string) => id.split('/').slice(1).join('/');

/** Results of a query, with each result's prints in other issues checked: other bulletins, newest first, none newer than the result. */
async function searched(query: string): Promise<SearchResult[]> {
  const results = await client.search(query, { limit: 10 });
  for (const r of results) {
    const prints = r.versions ?? [];
    const dates = prints.map((v) => v.date);
    expect(dates, `${query}: ${r.id}`).toEqual([...dates].sort().reverse());
    for (const v of prints) {
      expect(v.id.split('/')[0], `${query}: ${v.id} beside ${r.id}`).not.toBe(r.docId);
      expect(v.date <= r.date, `${query}: ${v.id} (${v.date}) is newer than ${r.id} (${r.date})`).toBe(true);
    }
  }
  return results;
}

describe('the same passage in several issues', () => {
  it('shows a reprinted row once, as the newest issue prints it, the other issues beside it', async () => {
    for (const query of ['食品经营许可', '开饭店 要办什么许可']) {
      const [first] = await searched(query);
      expect(first?.bulletinId, query).toBe(NEWEST);
      expect(first?.text, query).toContain('食品经营许可');
      // The two older issues print the same row of their own lists.
      expect(first?.versions?.map((v) => inDocument(v.id)), query).toEqual([inDocument(first!.id), inDocument(first!.id)]);
    }
  });

  it('puts the newest print first even where an older one ranks higher on its own', async () => {
    // Each issue prints the measures' closing paragraph with its own dates; the seed's was 15th of 18 in a 50-issue archive.
    for (const query of ['房子退了之前领的补贴要还吗', '违法建设 拆除', '网格员 职责', '攸惠贷 第十四条']) {
      const results = await searched(query);
      expect(results.length, query).toBeGreaterThan(0);
      const folded = results.filter((r) => r.versions?.length);
      expect(folded.length, query).toBeGreaterThan(0);
      for (const r of folded) expect(r.bulletinId, `${query}: ${r.id}`).toBe(NEWEST);
    }
  });

  it('lists no passage twice among the first ten: other answers keep their places', async () => {
    for (const query of ['食品经营许可', '违法建设 拆除', '网格员 职责', '贷款 利率', '安全生产 责任']) {
      const results = await searched(query);
      const copies = new Versions<SearchResult>((r) => ({ id: r.id, text: r.text, doc: { bulletinId: r.bulletinId, date: r.date } }));
      for (const r of results) {
        expect(copies.versionOf(r), `${query}: ${r.id}`).toBeUndefined();
        copies.add(r);
      }
      // A page of answers, not one passage's copies.
      expect(new Set(results.map((r) => inDocument(r.id))).size, query).toBeGreaterThanOrEqual(Math.min(results.length, 5));
    }
  });
});

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('the page of an archive in Chromium', () => {
  it('shows a passage once, the newest print, with the other issues under 其他各期刊载, on a phone screen too', async () => {
    const server = await serveSite(join(dir, 'out', 'site'), { port: 0 });
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
      page.setDefaultTimeout(10_000);
      await page.goto(`${server.url}index.html?q=${encodeURIComponent('食品经营许可')}`);
      await page.waitForFunction(() => document.getElementById('results')?.dataset.query === '食品经营许可');
      const first = page.locator('#results .result').first();
      const href = (await first.locator('> a:first-child').getAttribute('href')) ?? '';
      expect(href).toMatch(/^doc\/yzbf-2023-7\.html#yzbf-2023-7\/tbl_1\/row_\d+$/);
      const versions = first.locator('details.r-versions');
      expect(await versions.locator('summary').innerText()).toBe('其他各期刊载（2）');
      await versions.locator('summary').click();
      const links = await versions.locator('li a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
      expect(links).toHaveLength(2);
      for (const l of links) {
        expect(l.href).toMatch(/^doc\/yzbf-2022-\d+\.html#yzbf-2022-\d+\/tbl_1\/row_\d+$/);
        expect(l.text).toMatch(/^《.+》/);
      }
      // The same row of each issue's list as the newest print's.
      const place = (link: string) => link.slice(link.indexOf('/', link.indexOf('#')) + 1);
      for (const l of links) expect(place(l.href)).toBe(place(href));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});

describe('Versions', () => {
  const printed = (text: string, bulletinId: string, date = '2023-01-01', place = 'ins_1/art_13/item_4') => ({ id: `yzbf-${bulletinId}/${place}`, text, doc: { bulletinId, date } });
  const article = '县市场监督管理局负责对违法建设场所的生产、经营者进行依法处置；协助生产、经营场所违法建设的查处和拆除工作。';

  it('reads two prints of one passage in two issues as versions, a department renamed', () => {
    const v = new Versions<ReturnType<typeof printed>>((p) => p);
    const old = printed(article.replace('市场监督管理局', '工商局'), 'youxian-2022-01');
    v.add(old);
    expect(v.versionOf(printed(article, 'youxian-2023-01'))).toBe(old);
  });

  it('never within one issue, at another place, or for short texts', () => {
    const v = new Versions<ReturnType<typeof printed>>((p) => p);
    v.add(printed(article, 'youxian-2023-01'));
    v.add(printed('一、总体要求', 'youxian-2022-01', '2022-01-01', 'hd_1'));
    // The parallel item of the other 细则 of the same issue (违法用地 for 违法建设).
    expect(v.versionOf(printed(article.replaceAll('违法建设', '违法用地'), 'youxian-2023-01', '2023-01-01', 'ins_2/art_11/item_2'))).toBeUndefined();
    // The same words at another place of another issue: a neighbouring row alike but for a word is no version.
    expect(v.versionOf(printed(article, 'youxian-2022-01', '2022-01-01', 'ins_1/art_13/item_5'))).toBeUndefined();
    expect([...'一、总体要求'].length).toBeLessThan(VERSION_MIN_LENGTH);
    expect(v.versionOf(printed('一、总体要求', 'youxian-2021-01', '2021-01-01', 'hd_1'))).toBeUndefined();
    // A different article at the same place of another issue is no version.
    expect(v.versionOf(printed('县住房和城乡建设局负责对应当办理施工许可的在建和应当办理竣工验收的已建建设工程进行查处。', 'youxian-2022-01'))).toBeUndefined();
  });

  it('orders prints by date, then by bulletin', () => {
    expect(newer(printed(article, 'a', '2023-02-01'), printed(article, 'b', '2023-01-31'))).toBe(true);
    expect(newer(printed(article, 'youxian-2023-01', '2023-01-31'), printed(article, 'youxian-2022-12', '2023-01-31'))).toBe(true);
    expect(newer(printed(article, 'x', '2023-01-31'), printed(article, 'x', '2023-01-31'))).toBe(false);
  });
});
