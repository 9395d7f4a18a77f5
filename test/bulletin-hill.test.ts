/**
 * A hill county's bulletin written blind (test/eval/bulletins/meiling-2024-11.txt, 《梅岭县人民政府公报》): the shapes its
 * first build read wrong, each read now as a reader of the printed bulletin would.
 */
import { describe, expect, it } from 'vitest';
import { blindBulletinSuite } from './mini-site.ts';

const suite = blindBulletinSuite('meiling-2024-11.txt');
const codes = suite.codes;

/** The node ids the references printed in a unit's text resolved to. */
const citedFrom = (id: string) => (suite.bulletin.file.references ?? []).filter((r) => r.from === id).map((r) => (r.target?.type === 'node' ? r.target.id : null));

describe('a hill county\'s bulletin written blind', () => {
  it('reads the 目录 past the inside cover\'s 编辑委员会 and 准印证号 printed above it', () => {
    expect(codes('unplaced-text')).toEqual([]);
    const contents = suite.bulletin.file.bulletin.contents ?? [];
    expect(contents.map((c) => c.documentId)).toEqual(suite.bulletin.file.bulletin.children.map((d) => d.id));
    expect(contents.map((c) => c.page)).toEqual([1, 22, 42, 59, 81, 96, 104]);
    expect(suite.bulletin.file.bulletin.published).toBe('2024-11-30');
  });

  it('counts a table\'s 备注 printed as its last row (备注 ⇥ 1.…；2.…) as no row without 序号', () => {
    expect(codes('table-row-without-serial')).toEqual([]);
    const note = suite.bulletin.nodes.get('mzf-2024-12/att_1/tbl_1/row_10_2') as { cells: string[] };
    expect(note.cells[0]).toBe('备注');
  });

  it('reads 本办法 in a table attached to the 办法 as the 办法, not the table\'s attachment', () => {
    const own = (suite.bulletin.file.references ?? []).filter((r) => r.from === 'mzf-2024-12/att_1/tbl_1/row_1' && r.surface === '本办法');
    expect(own.map((r) => (r.target?.type === 'node' ? r.target.id : null))).toEqual(['mzf-2024-12/ins_1']);
  });

  it('resolves 第8项 in a row of a table to the table\'s row of that 序号', () => {
    expect(codes('unresolved-reference')).toEqual([]);
    expect(citedFrom('mzf-2024-12/att_1/tbl_1/row_9')).toContain('mzf-2024-12/att_1/tbl_1/row_8');
    expect(citedFrom('mzf-2024-12/att_1/tbl_1/row_10_2')).toEqual(expect.arrayContaining(['mzf-2024-12/att_1/tbl_1/row_8', 'mzf-2024-12/att_1/tbl_1/row_9']));
  });
});

describe('citing a hill county\'s texts as lawyers type them', () => {
  const first = async (query: string) => (await suite.bulletin.client.search(query, { limit: 3 }))[0]?.id;

  it('reads a 目 in digits after an item typed in brackets with its 项 (22条1款（二）项2目)', async () => {
    expect(await first('殡葬办法22条1款（二）项2目')).toBe('mzf-2024-12/art_22/para_1/item_2/subitem_2');
  });

  it('reads an attachment in words and a part of it glued (附件二第一部分), not 附件21', async () => {
    expect(await first('梅政办发〔2024〕15号附件二第一部分')).toBe('mzbf-2024-15/att_2/hd_1');
  });

  it('reads a 文号 typed with a space between its year and serial (梅政发2024 12号)', async () => {
    expect(await first('梅政发2024 12号 第22条第1款第二项')).toBe('mzf-2024-12/art_22/para_1/item_2');
  });
});

describe('answering a hill county\'s residents', () => {
  const first = async (query: string) => (await suite.bulletin.client.search(query, { limit: 3 }))[0]?.id;

  it('reads a time limit in hours or a lead time (提前48小时) as what 提前多久 asks', async () => {
    // Both paragraphs of the article print 停水 and 通知; the one that says how long before answers.
    expect(await first('停水前要提前多久通知')).toBe('mzbf-2024-31/art_11/para_1');
  });
});
