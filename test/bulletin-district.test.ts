/**
 * An urban district's bulletin written blind (test/eval/bulletins/liutang-2024-07.txt: 《柳塘区人民政府公报》, by a
 * helper that read no code), through the whole build: the shapes its first build read wrong, each now read as
 * printed. Its first build: 30 messages, among them a cover whose romanised title (LIUTANG QU RENMIN ZHENGFU
 * GONGBAO) was taken for the issuer and whose editor's line (柳塘区人民政府办公室　编) hid the day of publication and
 * the 目录; two documents' second attachments lost (their 附件说明 cut by a page break after 附件：1.…), so their
 * 附件2 stood inside the first (two duplicate ids, four references left as text); a form's 填表说明：1.… read as a
 * paragraph and its 2. 3. as headings; lines of totals, and the words of a cell wrapped onto lines of their own,
 * moved out of their columns.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentNode, TableNode } from '../schema/tree.ts';
import { blindBulletinSuite } from './mini-site.ts';

const suite = blindBulletinSuite('liutang-2024-07.txt');
const codes = suite.codes;
const cells = (id: string) => (suite.bulletin.nodes.get(id) as { cells: string[] } | undefined)?.cells;

describe('an urban district\'s bulletin written blind', () => {
  it('reads the issuer, the day of publication and the 目录 past a romanised title and an editor\'s line', () => {
    expect(suite.bulletin.file.bulletin.issuer).toBe('柳塘区人民政府办公室');
    expect(suite.bulletin.file.bulletin.published).toBe('2024-07-31');
    expect(suite.bulletin.file.bulletin.totalIssue).toBe(41);
    expect(suite.bulletin.file.bulletin.contents.map((c) => c.documentId)).toEqual((suite.bulletin.file.bulletin.children as DocumentNode[]).map((d) => d.id));
    expect(codes('unplaced-text')).toEqual([]);
  });

  it('reads a 附件说明 a page break cuts (附件：1.… ⏎ — 17 — ⏎ 2.…) whole: each attachment its own', () => {
    for (const id of ['lzf-2024-9', 'lzbf-2024-21']) {
      const doc = suite.bulletin.nodes.get(id) as DocumentNode;
      expect(doc.attachments.map((a) => a.number), id).toEqual([1, 2]);
      expect(suite.bulletin.nodes.get(`${id}/att_2`)?.type, id).toBe('attachment');
    }
    expect(codes('duplicate-id', 'unresolved-reference')).toEqual([]);
  });

  it('reads a form\'s 填表说明：1.… and the notes after it as paragraphs, apart from the line to fill in above them', () => {
    expect(codes('numbering-gap')).toEqual([]);
    const form = [...suite.bulletin.nodes.values()].filter((n) => n.id.startsWith('lzf-2024-9/att_1/') && n.type !== 'row' && n.type !== 'table');
    expect(form.filter((n) => n.type === 'heading')).toEqual([]);
    const notes = form.filter((n) => 'text' in n && typeof n.text === 'string' && /^(?:填表说明：)?[123]\./u.test(n.text));
    expect(notes.map((n) => (n as { text: string }).text.slice(0, 6))).toEqual(['填表说明：1', '2.“初步判', '3.本表一式']);
  });

  it('keeps lines of totals in the columns they print, no category filled into them', () => {
    expect(cells('lzbf-2024-21/att_1/tbl_1/row_20_1')).toEqual(['合计', '', '', '100']);
    expect(cells('lzh-2024-47/att_1/tbl_1/row_6')).toEqual(['合计', '', '', '5.75', '14550', '39910']);
  });

  it('reads the words of a cell wrapped onto a line of their own into that cell, not the next column', () => {
    // ⇥⇥织和在职党员…共驻共建联 (联 of 联席会议), ⇥⇥态管理，…开展社会 (社会救助): the 具体内容's words, no body's name.
    expect(cells('lzbf-2024-26/tbl_2/row_3')![2]).toMatch(/推动驻区单位党组\n织和在职党员/u);
    expect(cells('lzbf-2024-26/tbl_2/row_3')![3]).toBe('街道党工委');
    expect(cells('lzbf-2024-26/tbl_4/row_16')![2]).toMatch(/做好动\n态管理/u);
    expect(cells('lzbf-2024-26/tbl_4/row_16')![4]).toBe('区民政局');
    // The rest of a date a cell wrapped inside its year (2024年8月1日至2024 ⏎ 年9月30日): the date's.
    expect(cells('lzt-2024-3/notice/tbl_1/row_1')![3]).toBe('2024年8月1日至2024\n年9月30日');
    // A table naming its rows in its first column (社区名称): a line leaving it empty continues the row above.
    const rows = [...suite.bulletin.nodes.values()].filter((n) => n.id.startsWith('lzh-2024-47/att_1/tbl_1/row_'));
    expect(rows.map((r) => cells(r.id)![0])).toEqual(['荷塘社区', '新民社区', '丰乐社区', '柳岸社区（新设）', '青石社区', '合计']);
    expect(cells('lzh-2024-47/att_1/tbl_1/row_2')![1]).toBe('划入荷花路以东、白鹭港以\n北区域；划出白鹭港以南区\n域和建设南路以东区域');
    expect((suite.bulletin.nodes.get('lzbf-2024-26/tbl_2') as TableNode).children).toHaveLength(8);
  });

  it('answers how long and how often with the terms it prints in Chinese numerals (有效期为三年, 每三年至少检查一次)', async () => {
    const rank = async (query: string, id: string) => (await suite.bulletin.client.search(query, { limit: 10 })).findIndex((r) => r.id === id) + 1;
    // 几年 asks an amount: the paragraph saying 有效期为三年 answers it, the article's other paragraphs on 有效期 do not.
    expect(await rank('普惠园认定有效期几年', 'lzbf-2024-21/art_8/para_1')).toBe(1);
    expect(await rank('普惠园有效期是几年', 'lzbf-2024-21/art_8/para_1')).toBe(1);
    // 多久…一回 asks how often: 每三年 is a frequency, as 每年 is.
    const often = await rank('房子多久检查一回', 'lzf-2024-9/art_18/para_1/item_2');
    expect(often).toBeGreaterThan(0);
    expect(often).toBeLessThanOrEqual(3);
  });

  it('finds a scoring table\'s row cited by its category\'s label and its number after the 细则\'s name (评估细则 一-1)', async () => {
    for (const [query, id] of [
      ['柳塘区普惠园评估细则 一-1', 'lzbf-2024-21/att_1/tbl_1/row_1'],
      ['普惠性民办幼儿园评估细则一、3', 'lzbf-2024-21/att_1/tbl_1/row_3'],
      ['《柳塘区普惠性民办幼儿园评估细则》 一之4', 'lzbf-2024-21/att_1/tbl_1/row_4'],
      ['普惠园评估细则 二-6', 'lzbf-2024-21/att_1/tbl_1/row_6'],
    ]) expect((await suite.bulletin.client.search(query!, { limit: 3 }))[0]?.id, query).toBe(id);
    // A label and a number no row answers (the table has no part 九): the words are searched, the 细则 found.
    const none = await suite.bulletin.client.search('普惠园评估细则 九-1', { limit: 3 });
    expect(none[0]?.id).toMatch(/^lzbf-2024-21/u);
  });
});
