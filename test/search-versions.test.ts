/**
 * The same passage in several issues of an archive (core/search/versions.ts): a search shows it once,
 * as the newest issue prints it, with the other issues' prints listed beside it. The archive here:
 * the seed (2023年第1期); the same issue as a year before would have printed it (every year one
 * less, the market regulator under its old name 县工商局), the way a county reissues its permit
 * list and its rules; and a generated issue (pipeline/bench/archive) whose texts are the seed's
 * under other titles (攸县审批服务事项清单 …): different texts, never versions.
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
import { seedText, SEED_FILE } from './seed.ts';

let dir: string;
let client: SearchClient;
const NEWEST = 'youxian-2023-01';
const LAST_YEAR = 'youxian-2022-01';
/** The seed as the issue of a year before: its years one less, the regulator under its old name. */
const lastYear = seedText.replaceAll('2024', '2023').replaceAll('2023', '2022').replaceAll('县市场监管局', '县工商局').replaceAll('县市场监督管理局', '县工商行政管理局');
const generated = generateBulletin(6);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongbao-versions-'));
  await mkdir(join(dir, 'corpus'));
  await writeFile(join(dir, 'corpus', SEED_FILE), seedText);
  await writeFile(join(dir, 'corpus', `${LAST_YEAR}.txt`), lastYear);
  await writeFile(join(dir, 'corpus', generated.name), generated.text);
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
  it('shows a reprinted row once, as the newest issue prints it, last year\'s beside it', async () => {
    for (const query of ['食品经营许可', '开饭店 要办什么许可']) {
      const [first] = await searched(query);
      expect(first?.bulletinId, query).toBe(NEWEST);
      expect(first?.text, query).toContain('食品经营许可');
      expect(first?.text, query).toContain('县市场监管局');
      // Last year's list prints the same row under its own title (2022年版); the generated issue's list is another text.
      expect(first?.versions?.map((v) => v.id), query).toEqual([`yzbf-2022-${first!.id.slice('yzbf-2023-'.length)}`]);
      expect(first?.versions?.[0]?.citation, query).toContain('攸县行政许可事项清单（2022年版）');
    }
  });

  it('puts this year\'s print first, last year\'s with it, whichever ranks higher on its own', async () => {
    const [first] = await searched('房子退了之前领的补贴要还吗');
    expect(first?.id).toBe('yzbf-2023-8/para_2');
    // Last year's, and the generated issue's, which prints the same measures under the same title.
    expect(first?.versions?.map((v) => v.id)).toContain('yzbf-2022-8/para_2');
    for (const query of ['违法建设 拆除', '网格员 职责', '攸惠贷 第十四条', '县市场监督管理局负责对违法建设场所', '安全生产 责任']) {
      const results = await searched(query);
      expect(results.filter((r) => r.versions?.length).length, query).toBeGreaterThan(0);
      // Last year's print of a passage this year's issue prints too is never the one shown.
      const listed = new Set(results.flatMap((r) => [r.id, ...(r.versions ?? []).map((v) => v.id)]));
      for (const r of results.filter((x) => x.bulletinId === LAST_YEAR)) expect(listed.has(r.id.replace('yzbf-2022-', 'yzbf-2023-')), `${query}: ${r.id}`).toBe(false);
    }
  });

  it('lists no passage twice among the first ten: other answers keep their places', async () => {
    for (const query of ['食品经营许可', '违法建设 拆除', '网格员 职责', '贷款 利率', '安全生产 责任']) {
      const results = await searched(query);
      const copies = new Versions<SearchResult>((r) => ({ id: r.id, citation: r.citation, text: r.text, doc: { bulletinId: r.bulletinId, date: r.date } }));
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
      expect(await versions.locator('summary').innerText()).toBe('其他各期刊载（1）');
      await versions.locator('summary').click();
      const links = await versions.locator('li a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })));
      expect(links).toHaveLength(1);
      expect(links[0]!.href).toMatch(/^doc\/yzbf-2022-7\.html#yzbf-2022-7\/tbl_1\/row_\d+$/);
      expect(links[0]!.text).toMatch(/^《攸县行政许可事项清单（2022年版）》/);
      expect(await versions.locator('li').innerText()).toContain('2022年');
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
  const TITLE = '攸县实施《株洲市管控和查处违法建设办法》细则';
  const printed = (text: string, bulletinId: string, date = '2023-01-01', place = 'ins_1/art_13/item_4', title = TITLE) => ({
    id: place ? `yzbf-${bulletinId}/${place}` : `yzbf-${bulletinId}`,
    citation: `《${title}》（攸政办发〔2023〕4号）第十三条第（四）项`,
    text,
    doc: { bulletinId, date },
  });
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
    v.add(printed('一、', 'youxian-2022-01', '2022-01-01', 'hd_1'));
    // The parallel item of the other 细则 of the same issue (违法用地 for 违法建设).
    expect(v.versionOf(printed(article.replaceAll('违法建设', '违法用地'), 'youxian-2023-01', '2023-01-01', 'ins_2/art_11/item_2'))).toBeUndefined();
    // The same words at another place of another issue: a neighbouring row alike but for a word is no version.
    expect(v.versionOf(printed(article, 'youxian-2022-01', '2022-01-01', 'ins_1/art_13/item_5'))).toBeUndefined();
    // A bare label says nothing of what it heads.
    expect([...'一、'].length).toBeLessThan(VERSION_MIN_LENGTH);
    expect(v.versionOf(printed('一、', 'youxian-2021-01', '2021-01-01', 'hd_1'))).toBeUndefined();
    // A different article at the same place of another issue is no version.
    expect(v.versionOf(printed('县住房和城乡建设局负责对应当办理施工许可的在建和应当办理竣工验收的已建建设工程进行查处。', 'youxian-2022-01'))).toBeUndefined();
  });

  it('never in two places\' bulletins, though the titles differ only by the place and the text is the same', () => {
    const v = new Versions<ReturnType<typeof printed>>((p) => p);
    v.add(printed(article, 'yunxixian-2025-03', '2025-03-01', 'art_17', '云溪县住宅小区物业管理办法'));
    expect(v.versionOf(printed(article, 'nanxixian-2024-03', '2024-03-01', 'art_17', '南溪县住宅小区物业管理办法'))).toBeUndefined();
    // The same place's next year: a version.
    expect(v.versionOf(printed(article, 'yunxixian-2026-03', '2026-03-01', 'art_17', '云溪县住宅小区物业管理办法'))).toBeDefined();
  });

  it('only in texts of one title but for its years', () => {
    const v = new Versions<ReturnType<typeof printed>>((p) => p);
    const list = '攸县行政许可事项清单（2023年版）';
    const row = '231\t县市场监管局\t食品经营许可\t县市场监管局\t《中华人民共和国食品安全法》《食品经营许可管理办法》';
    const closing = '本办法自2023年1月1日起施行，有效期五年，由县财政局负责解释。';
    v.add(printed(row, 'youxian-2023-01', '2023-09-28', 'tbl_1/row_231', list));
    v.add(printed(closing, 'youxian-2023-01', '2023-01-31', 'art_21', '攸县“攸惠贷”风险补偿资金管理办法'));
    v.add(printed(`现将《攸县“攸惠贷”风险补偿资金管理办法》印发给你们，请认真遵照执行。`, 'youxian-2023-01', '2023-01-31', ''));
    // The list of another year, its department renamed: a version.
    const older = printed(row.replace('县市场监管局', '县工商局'), 'youxian-2021-07', '2021-07-10', 'tbl_1/row_231', '攸县行政许可事项清单（2021年版）');
    expect(v.versionOf(older)).toBeDefined();
    // Another list's row, cited without a 文号 after the title (…》一、序号231): no version.
    const another = { ...printed(row, 'youxian-2021-08', '2021-08-10', 'tbl_1/row_231'), citation: '《攸县审批服务事项清单（2021年调整版）》一、序号231' };
    const listed = { ...printed(row, 'youxian-2023-02', '2023-10-01', 'tbl_1/row_231'), citation: `《${list}》一、序号231` };
    const w = new Versions<typeof another>((p) => p);
    w.add(listed);
    expect(w.versionOf(another)).toBeUndefined();
    expect(w.versionOf({ ...another, citation: '《攸县行政许可事项清单（2021年版）》一、序号231' })).toBe(listed);
    // The closing article of a different 办法, alike but for its dates: no version.
    expect(v.versionOf(printed(closing.replace('2023', '2022'), 'youxian-2022-01', '2022-01-20', 'art_21', '攸县城乡居民基本医疗保险办法'))).toBeUndefined();
    // A notice issuing another text, in the same words around its title: no version. The same notice a year before is one.
    const notice = (text: string) => `攸县人民政府办公室关于印发《攸县“${text}”风险补偿资金管理办法》的通知`;
    expect(v.versionOf(printed(`现将《攸县“人才贷”风险补偿资金管理办法》印发给你们，请认真遵照执行。`, 'youxian-2022-01', '2022-01-20', '', notice('人才贷')))).toBeUndefined();
    v.add(printed(`现将《攸县“攸惠贷”风险补偿资金管理办法》印发给你们，请认真遵照执行。`, 'youxian-2023-01', '2023-01-31', '', notice('攸惠贷')));
    expect(v.versionOf(printed(`现将《攸县“攸惠贷”风险补偿资金管理办法》印发给你们，请认真遵照执行。`, 'youxian-2022-01', '2022-01-20', '', notice('攸惠贷')))).toBeDefined();
  });

  it('orders prints by date, then by bulletin', () => {
    expect(newer(printed(article, 'a', '2023-02-01'), printed(article, 'b', '2023-01-31'))).toBe(true);
    expect(newer(printed(article, 'youxian-2023-01', '2023-01-31'), printed(article, 'youxian-2022-12', '2023-01-31'))).toBe(true);
    expect(newer(printed(article, 'x', '2023-01-31'), printed(article, 'x', '2023-01-31'))).toBe(false);
  });
});
