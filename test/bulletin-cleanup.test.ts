/**
 * A bulletin written blind that prints a notice forwarding a city's notice, a 决定 publishing the cleanup of
 * normative documents, an information-disclosure annual report, a list of fees, a leading group's members and a
 * 政策解读 in questions (test/eval/bulletins/biquan-2025-12.txt, 《碧泉县人民政府公报》2025年第12期): the shapes its
 * first build read wrong, each read now as a reader of the printed bulletin would.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentNode, TableNode } from '../schema/tree.ts';
import { blindBulletinSuite } from './mini-site.ts';

const suite = blindBulletinSuite('biquan-2025-12.txt');
const codes = suite.codes;
const node = <T>(id: string) => suite.bulletin.nodes.get(id) as T;

describe('a bulletin printing a forwarded notice and a cleanup of normative documents, written blind', () => {
  it('reads a forwarded notice printed with its own 文号 as a document of its own that the county\'s notice forwards', async () => {
    expect(codes('missing-instrument')).toEqual([]);
    const county = node<DocumentNode>('bzbf-2025-31');
    const city = node<DocumentNode>('czbf-2025-18');
    expect(county.forwards).toEqual(['czbf-2025-18']);
    expect(city.forwardedBy).toBe('bzbf-2025-31');
    expect(city.issuer).toBe('楚南市人民政府办公室');
    // The 版记 after the city's attachments is the county notice's: the city's text is printed inside it.
    expect(county.printedBy?.issuer).toBe('碧泉县人民政府办公室');
    expect(city.printedBy).toBeUndefined();
    // Cited by its own 文号, and the page names each from the other.
    const hit = (await suite.bulletin.client.find('楚政办发〔2025〕18号 二、（三）')).results[0];
    expect(hit?.id).toBe('czbf-2025-18/notice/hd_2/hd_3');
    expect(hit?.citation).toMatch(/（楚政办发〔2025〕18号）二、（三）$/u);
    const page = await readFile(join(suite.bulletin.site, 'doc', 'bzbf-2025-31.html'), 'utf8');
    expect(page).toMatch(/转发：<a href="[^"]*czbf-2025-18\.html">《楚南市人民政府办公室关于进一步加强城镇燃气安全管理工作的通知》/u);
  });

  it('keeps the numbered amendments a row prints under its last cell (修改内容: 1.… ⏎ 2.… ⏎ 3.…) in that row, no headings', () => {
    const table = node<TableNode>('bzf-2025-11/att_4/tbl_1');
    expect(table.children.map((r) => r.cells[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(table.children[0]!.cells[4]).toMatch(/^1\.将第三条.*2\.将第九条第一款第（二）项修改为.*5\.将第十九条/u);
    expect([...suite.bulletin.nodes.keys()].filter((id) => id.startsWith('bzf-2025-11/att_4/hd_'))).toEqual([]);
    // Their articles are the amended text's, the row's 文号: no reference left unresolved there.
    expect(codes('unresolved-reference').filter((m) => m.includes('att_4'))).toEqual([]);
  });

  it('names a list by its attachment\'s title, not by the count printed over it (（共7件）), and checks that count', () => {
    const table = node<TableNode>('bzf-2025-11/att_4/tbl_1');
    expect(table.caption).toBeUndefined();
    expect(table.children[0]!.citation).toBe('《决定修改的规范性文件目录》序号1');
    expect(codes('table-count-mismatch')).toEqual([]);
  });

  it('resolves an attachment cited after a text\'s short name (《暂行规定》附件2) or after its own title (《…登记表》（附件1）)', () => {
    const refs = (suite.bulletin.file.references ?? []).filter((r) => r.from.startsWith('biquanxian-2025-12-no7/') && /^附件[12]$/u.test(r.surface));
    expect(refs.map((r) => (r.target?.type === 'node' ? r.target.id : null)).sort()).toEqual(['bzf-2025-9/att_1', 'bzf-2025-9/att_2']);
    expect(codes('unresolved-reference').filter((m) => m.includes('附件'))).toEqual([]);
  });

  it('ends the last text, a 解读 printing no date, where the back cover starts (编委会主任：…, 主管：…, 准印证号：…)', () => {
    const texts = [...suite.bulletin.nodes.entries()].filter(([id]) => id.startsWith('biquanxian-2025-12-no7/')).map(([, n]) => (n as { text?: string }).text ?? '');
    expect(texts.some((t) => t.startsWith('咨询电话：'))).toBe(true);
    expect(texts.filter((t) => /^(?:编委会|主管：|主办：|地址：|准印证号|免费赠阅)/u.test(t))).toEqual([]);
  });

  it('keeps a name printed under an empty category where printed, however like a category it reads (…登记点 under 犬只登记服务点)', () => {
    const table = node<TableNode>('biquanxian-2025-12-no7/notice/tbl_1');
    expect(table.children.slice(0, 4).map((r) => r.cells.slice(0, 2))).toEqual([
      ['犬只登记服务点', '县犬只登记服务中心'],
      ['犬只登记服务点', '龙泉派出所登记点'],
      ['犬只登记服务点', '瓷都派出所登记点'],
      ['犬只登记服务点', '瓷谷片区登记点'],
    ]);
  });

  it('names a text that issues none (a 决定) by its own title shortened in order, and finds its lists\' rows inside it only', async () => {
    const ids = (await suite.bulletin.client.find('碧泉公布规范性文件清理结果决定 附件4第2项')).results.slice(0, 3).map((r) => r.id);
    expect(ids[0]).toBe('bzf-2025-11/att_4/tbl_1/row_2');
    // Not the seed's lists' second rows, as when the name named nothing and the path was looked up everywhere.
    expect(ids.every((id) => id.startsWith('bzf-2025-11'))).toBe(true);
  });
});
