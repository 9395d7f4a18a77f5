/**
 * The built site in a real browser (Debian's Chromium through playwright-core): the seed plus one
 * line carrying a <script> tag is built into a temporary folder and served by the preview server;
 * the test types queries, checks the results and their order, filters, follows a deep link with
 * the keyboard, copies a citation, checks the injected markup shows as text, looks at a phone
 * width, saves the issue with 离线保存, and finally stops the server to check the site still opens
 * the saved issue and searches what was searched before, saying what it cannot do offline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from '../pipeline/build.ts';
import { serveSite, type SiteServer } from '../pipeline/site/serve.ts';
import type { BulletinFile } from '../schema/output.ts';
import type { InstrumentNode } from '../schema/tree.ts';
import { today, validityStatus } from '../core/validity.ts';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** The line the build must carry through as text: article 13 of 攸政办发〔2023〕1号, both renditions. */
const INJECTED = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';
const ANCHOR = '将剩余追回资金的 30% 转至风补资金专户。';

let dir: string;
let server: SiteServer;
let context: BrowserContext;
let page: Page;
let files: BulletinFile[];
const foreign: string[] = [];

async function search(query: string): Promise<void> {
  const box = page.locator('#q');
  await box.fill('');
  // Typed key by key: results must follow the typing, not a submit.
  await box.pressSequentially(query, { delay: 15 });
  await page.waitForFunction((q) => document.getElementById('results')?.dataset.query === q.trim(), query);
}

async function results(): Promise<Array<{ cite: string; href: string; marks: string[]; text: string }>> {
  return page.$$eval('#results .result > a:first-child', (links) =>
    links.map((a) => ({
      cite: a.querySelector('.r-cite')?.textContent ?? '',
      href: a.getAttribute('href') ?? '',
      marks: Array.from(a.querySelectorAll('mark')).map((m) => m.textContent ?? ''),
      text: a.querySelector('.r-snip')?.textContent ?? '',
    })),
  );
}

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('site in Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gongbao-browser-'));
    const corpus = join(dir, 'corpus');
    await mkdir(corpus);
    const seed = await readFile(join(import.meta.dirname, '..', 'corpus', 'youxian-2023-01.txt'), 'utf8');
    expect(seed.split(ANCHOR).length).toBe(3);
    await writeFile(join(corpus, 'youxian-2023-01.txt'), seed.replaceAll(ANCHOR, ANCHOR + INJECTED));
    const out = join(dir, 'dist');
    // The whole build, as `gongbao build` runs it: data, search index, site.
    const result = await build({ corpus, out });
    expect(result.written).toBe(true);
    files = result.files;
    server = await serveSite(join(out, 'site'), { port: 0 });

    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    context.on('request', (r) => {
      if (!r.url().startsWith(server.url)) foreign.push(r.url());
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers as the query is typed, 文号 and article queries first, and keeps the query in the address', async () => {
    await page.goto(`${server.url}index.html`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');

    await search('攸惠贷 第十四条');
    const article = await results();
    expect(article[0]!.cite).toBe('《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十四条');
    expect(article[0]!.href).toBe('doc/yzbf-2023-1.html#yzbf-2023-1/art_14');
    expect(new URL(page.url()).searchParams.get('q')).toBe('攸惠贷 第十四条');
    expect(await page.title()).toMatch(/^攸惠贷 第十四条 - /);

    for (const q of ['攸政办发[2023]6号', '攸政办发2023年6号']) {
      await search(q);
      expect((await results())[0]!.href, q).toBe('doc/yzbf-2023-6.html');
    }

    await search('校车使用许可');
    const row = (await results())[0]!;
    expect(row.href).toMatch(/^doc\/yzbf-2023-7\.html#yzbf-2023-7\/.*tbl_\d+\/row_\d+$/);
    expect(row.marks).toContain('校车使用许可');
  });

  it('corrects a mistyped word, says so, and marks what a result lacks', async () => {
    await page.goto(`${server.url}index.html`);
    await search('安全生产番身仗');
    expect(await page.isVisible('#corrected')).toBe(true);
    expect(await page.textContent('#corrected')).toBe('您是不是要找：安全生产翻身仗');
    expect((await results())[0]!.href).toBe('doc/yzbf-2023-2.html#yzbf-2023-2/att_5');
    // Following the line searches for the corrected words alone: nothing left to correct.
    await page.click('#corrected a');
    await page.waitForFunction(() => document.getElementById('results')?.dataset.query === '安全生产翻身仗');
    expect(await page.isVisible('#corrected')).toBe(false);
    // Pinyin typed a syllable at a time is corrected as typed, spaces and capitals and all.
    await search('Wei jian  xi ze');
    expect(await page.textContent('#corrected')).toBe('您是不是要找：违建细则');
    // A question in everyday words: the answer among the first three (the bar; the task list's
    // row 6, 建立网格化责任包干制, may stand before it), and results that lack a word say which.
    await search('消防 网格员 职责');
    expect((await results()).slice(0, 3).map((r) => r.href)).toContain('doc/yzbf-2023-9.html#yzbf-2023-9/hd_4/hd_4');
    const lacking = await page.$$eval('#results .r-missing', (spans) => spans.map((s) => s.textContent));
    expect(lacking.length).toBeGreaterThan(0);
    expect(lacking.every((t) => /^缺少：/.test(t ?? ''))).toBe(true);
    // A word no result holds is said once, above the list, not crossed out on every result.
    await search('消防 网格员 职责 啵啵');
    expect(await page.textContent('#status')).toMatch(/条结果（\d+ 毫秒）\s*结果均不含：啵啵$/);
    const crossed = await page.$$eval('#results .r-missing', (spans) => spans.map((s) => s.textContent ?? ''));
    expect(crossed.length).toBeGreaterThan(0);
    expect(crossed.some((t) => t.includes('啵啵'))).toBe(false);
    // A task both the prose and the task list print is one result, with a link to the other print.
    await search('社保 缓缴');
    const same = await page.$$eval('#results .r-same', (links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(same.length).toBeGreaterThan(0);
    expect(same[0]![0]).toMatch(/^另见：《攸县打好优化发展环境持久仗工作方案》/);
    expect(same[0]![1]).toMatch(/^doc\/yzbf-2023-2\.html#yzbf-2023-2\/att_3\/(tbl_1\/row_27|hd_2\/hd_3\/hd_27)$/);
    // An article found through its 项 shows the 项 that prints the word, linked, its match marked.
    await search('国有资产 评估 出租');
    const parts = await page.$$eval('#results .r-part', (links) =>
      links.map((a) => [a.querySelector('.r-part-label')?.textContent, a.getAttribute('href'), Array.from(a.querySelectorAll('mark')).map((m) => m.textContent)]),
    );
    expect(parts).toContainEqual(['第（三）项', 'doc/yzbf-2023-6.html#yzbf-2023-6/art_28/item_3', ['出租']]);
  });

  it('suggests completions of the typed word as an ARIA listbox, taken with the keyboard', async () => {
    const box = page.locator('#q');
    await search('校车');
    await page.waitForSelector('#q-suggest [role="option"]');
    expect(await box.getAttribute('role')).toBe('combobox');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-controls')).toBe('q-suggest');
    const words = await page.$$eval('#q-suggest [role="option"] .s-word', (o) => o.map((x) => x.textContent ?? ''));
    expect(words.length).toBeLessThanOrEqual(8);
    expect(words).toContain('校车使用许可');
    for (const w of words) expect(w).toContain('校车');

    // Arrow down to 校车使用许可: the box keeps the focus and names the active option.
    const at = words.indexOf('校车使用许可');
    for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`[id="${active}"] .s-word`).textContent()).toBe('校车使用许可');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('results')?.dataset.query === '校车使用许可');
    expect(await box.inputValue()).toBe('校车使用许可');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect((await results())[0]!.href).toMatch(/^doc\/yzbf-2023-7\.html#yzbf-2023-7\/.*tbl_\d+\/row_\d+$/);

    // The last word of several is completed; Escape closes the list and leaves the text alone.
    await search('攸惠贷 第十');
    await page.waitForSelector('#q-suggest [role="option"]');
    const texts = await page.$$eval('#q-suggest [role="option"]', (o) => o.map((x) => (x as HTMLElement).dataset.text ?? ''));
    expect(texts).toContain('攸惠贷 第十条');
    for (const t of texts) expect(t.startsWith('攸惠贷 第十')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#q-suggest').isHidden()).toBe(true);
    expect(await box.inputValue()).toBe('攸惠贷 第十');
  });

  it('finds every unit containing a two-character substring, highlighted, with more on request', async () => {
    await search('教育');
    const first = await results();
    expect(first.length).toBe(20);
    for (const r of first) expect(r.marks.join('')).toContain('教育');
    await page.click('#more');
    await page.waitForFunction(() => document.querySelectorAll('#results .result').length > 20);
    const all = await results();
    expect(all.slice(0, 20)).toEqual(first);
    for (const r of all) expect(r.text).toContain('教育');
  });

  it('shows the whole word a match lies inside (发放 in 发放贷款), the match still marked alone', async () => {
    await search('发放');
    const words = await page.$$eval('#results .r-snip .r-word', (spans) =>
      spans.map((w) => ({ text: w.textContent ?? '', marks: Array.from(w.querySelectorAll('mark')).map((m) => m.textContent) })),
    );
    expect(words).toContainEqual({ text: '发放贷款', marks: ['发放'] });
    for (const w of words) expect(w.marks).toEqual(['发放']);
    for (const r of await results()) for (const m of r.marks) expect(m).toBe('发放');
  });

  it('filters by document, and a shared address restores query and filter', async () => {
    await page.selectOption('#f-doc', 'yzbf-2023-1');
    await search('贷款');
    const filtered = await results();
    expect(filtered.length).toBeGreaterThan(5);
    for (const r of filtered) expect(r.href.startsWith('doc/yzbf-2023-1.html')).toBe(true);
    const shared = page.url();
    // A document no longer in force is flagged in every result from it.
    // (攸政办发〔2023〕8号 applied to 2024 only.)
    const expired = files[0]!.bulletin.children.find((d) => d.children.some((c) => c.type === 'instrument' && c.validity && validityStatus(c.validity, today()) === '已失效'))!;
    expect(expired).toBeDefined();
    await page.selectOption('#f-doc', expired.id);
    await search('补贴');
    const flagged = await page.$$eval('#results .r-cite', (cites) => cites.map((c) => c.querySelector('.st-flag')?.textContent ?? ''));
    expect(flagged.length).toBeGreaterThan(0);
    expect(new Set(flagged)).toEqual(new Set(['已失效']));
    await page.goto(shared);
    expect(new URL(shared).searchParams.get('doc')).toBe('yzbf-2023-1');

    await page.waitForFunction(() => document.getElementById('results')?.dataset.query === '贷款');
    expect(await page.inputValue('#q')).toBe('贷款');
    expect(await page.inputValue('#f-doc')).toBe('yzbf-2023-1');
    expect(await results()).toEqual(filtered);
    await page.selectOption('#f-doc', '');
  });

  it('shows on a document page the status of each instrument for the reader’s day, computed from the dates', async () => {
    const instruments = files[0]!.bulletin.children.flatMap((d) => d.children.filter((c): c is InstrumentNode => c.type === 'instrument'));
    const expired = instruments.find((i) => i.validity && validityStatus(i.validity, today()) === '已失效')!;
    // A page of its own: the tests around this one go on with \`page\` where they left it.
    const today_ = await context.newPage();
    await today_.goto(`${server.url}doc/${expired.id.split('/')[0]}.html`);
    const mark = await today_.$eval(`[id="${expired.id}"] .validity .st`, (e) => [e.textContent, e.className]);
    expect(mark).toEqual(['已失效', 'st st-expired']);
    await today_.close();
    // The same page read on a day inside the period says 施行中: the status is the reader's day's, not the build's.
    const reader = await context.newPage();
    await reader.clock.setFixedTime(new Date(`${expired.validity!.effectiveFrom}T12:00:00`));
    await reader.goto(`${server.url}doc/${expired.id.split('/')[0]}.html`);
    expect(await reader.$eval(`[id="${expired.id}"] .validity .st`, (e) => e.textContent)).toBe('施行中');
    await reader.close();
  });

  it('follows a result with the keyboard to its node and copies the citation with the deep link', async () => {
    await search('贷款年化利率');
    expect((await results())[0]!.href).toBe('doc/yzbf-2023-1.html#yzbf-2023-1/art_14/item_3');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('doc/yzbf-2023-1.html#yzbf-2023-1/art_14/item_3');
    await Promise.all([page.waitForURL(/yzbf-2023-1\.html#/), page.keyboard.press('Enter')]);

    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe('yzbf-2023-1/art_14/item_3');
    expect(await target.innerText()).toContain('贷款年化利率不超过 5%');
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);

    const cite = '《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十四条第（三）项';
    expect(await page.locator('#citation').innerText()).toContain(cite);
    await page.getByRole('button', { name: '复制引用' }).click();
    await page.getByText('已复制', { exact: true }).waitFor();
    const page1 = files[0]!.bulletin.contents.find((e) => e.documentId === 'yzbf-2023-1')!.page;
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${cite} — 攸县人民政府公报2023年第1期第${page1}页\n${server.url}doc/yzbf-2023-1.html#yzbf-2023-1/art_14/item_3`);

    // Another node by its label link: the bar follows the selection.
    await page.click('a.lbl[href="#yzbf-2023-1/art_15"]');
    expect(await page.locator('#citation').innerText()).toContain('（攸政办发〔2023〕1号）第十五条');
    await page.keyboard.press('c');
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('第十五条')));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十五条 — .*\n.*#yzbf-2023-1\/art_15$/);
    await page.keyboard.press('Escape');
    expect(await page.locator('.citebar').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('.sel').length)).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
  });

  it('shows a corpus line containing <script> as text, on the document and in results', async () => {
    await page.goto(`${server.url}doc/yzbf-2023-1.html#yzbf-2023-1/art_13`);
    expect(await page.locator(':target').innerText()).toContain(INJECTED);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);

    await page.goto(`${server.url}index.html`);
    await search('window.__xss');
    const hit = (await results())[0]!;
    expect(hit.href).toBe('doc/yzbf-2023-1.html#yzbf-2023-1/art_13');
    expect(hit.text).toContain('<script>window.__xss=1</script>');
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('#results script, #results img').length)).toBe(0);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['index.html?q=校车', 'index.html?q=本单位 国有资产 清查 登记 统计报告 申报', 'doc/yzbf-2023-7.html', 'b/youxian-2023-01.html']) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('loads nothing from elsewhere, saves an issue, and still searches with the server gone', async () => {
    await page.goto(`${server.url}index.html`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(foreign).toEqual([]);
    // The worker precached the shell only: no document page, no index chunk or text.
    const shell = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((k) => k.startsWith('gongbao-shell-'));
      const keys = (await Promise.all(names.map(async (n) => (await caches.open(n)).keys()))).flat();
      return keys.map((k) => new URL(k.url).pathname);
    });
    expect(shell.some((p) => p.endsWith('/index.html'))).toBe(true);
    expect(shell.some((p) => p.endsWith('/search/manifest.json'))).toBe(true);
    expect(shell.some((p) => /\/(doc|b)\/|\/search\/(terms|units)\//.test(p))).toBe(false);
    // The spelling check's script, loaded only by a query read for a slip, is in the shell too.
    expect(shell.some((p) => /\/assets\/spell-[A-Z0-9]{8}\.js$/.test(p))).toBe(true);
    // Searched online while the worker is in control: the files these queries need are kept.
    await search('风补资金');
    await search('契税补帖');
    await search('校车');
    await page.waitForSelector('#q-suggest [role="option"]');
    // 离线保存 on the page keeps the issue: its 目录, documents and search texts.
    await page.goto(`${server.url}b/youxian-2023-01.html`);
    await page.locator('#save-offline').click();
    await page.waitForFunction(() => document.getElementById('save-offline')?.dataset.saved === 'true');
    expect(await page.locator('#save-status').innerText()).toContain('已离线保存');

    await server.close();
    await context.setOffline(true);
    await page.goto(`${server.url}index.html?q=${encodeURIComponent('风补资金')}`);
    await page.waitForFunction(() => document.querySelectorAll('#results .result').length > 0);
    expect((await results())[0]!.marks.join('')).toContain('风补资金');
    // A slip is read offline too: a fresh page loads the spelling check's script from the shell.
    await page.goto(`${server.url}index.html?q=${encodeURIComponent('契税补帖')}`);
    await page.waitForFunction(() => document.querySelectorAll('#results .result').length > 0);
    expect(await page.textContent('#corrected')).toBe('您是不是要找：契税补贴');
    // Suggestions too come from the cached index files.
    await search('校车');
    await page.waitForSelector('#q-suggest [role="option"]');
    expect(await page.$$eval('#q-suggest .s-word', (o) => o.map((x) => x.textContent))).toContain('校车使用许可');
    await page.goto(`${server.url}doc/yzbf-2023-9.html`);
    expect(await page.locator('h1.doc-title').innerText()).toContain('消防安全');
    // A query whose index files were never fetched says why it cannot be answered offline.
    await page.goto(`${server.url}index.html`);
    await page.locator('#q').fill('砍树');
    await page.waitForFunction(() => /离线/.test(document.getElementById('status')?.textContent ?? ''));
    await context.setOffline(false);
  });
});
