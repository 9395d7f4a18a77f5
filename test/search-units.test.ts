/**
 * Search units: what is a unit, how it is cited (条 → 款 → 项 → 目, a single 款 not named), its text
 * as printed with the label first, other readings kept — on a small tree and on the real seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { unitsFromFiles, type SearchUnit } from '../pipeline/index/units.ts';
import { BulletinFile } from '../schema/output.ts';
import { walk } from './seed.ts';
import { removeOutput } from '../pipeline/output.ts';

const at = (line: number) => ({ line, endLine: line });

/** A hand-made bulletin in the seed's shapes: an article with one 款 and items, an article with two 款, an outline. */
const small = BulletinFile.parse({
  schemaVersion: 1,
  generatedBy: 'test',
  messages: [],
  bulletin: {
    id: 'test-2023-01', position: at(1), type: 'bulletin', title: '攸县人民政府公报', issuer: '攸县人民政府办公室',
    year: 2023, issue: 1, file: 'test.txt', contents: [],
    children: [
      {
        id: 'yzbf-2023-1', position: at(3), type: 'document', docNumber: '攸政办发〔2023〕1号', docNumberPrinted: '攸政办发[2023]1号',
        title: '攸县人民政府办公室关于印发《攸县“攸惠贷”风险补偿资金管理办法》的通知', addressees: [], issuer: '攸县人民政府办公室',
        date: '2023-01-31', attachments: [],
        children: [
          {
            id: 'yzbf-2023-1/ins_1', position: at(10), type: 'instrument', title: '攸县“攸惠贷”风险补偿资金管理办法', kind: '办法', form: 'articles',
            children: [
              {
                id: 'yzbf-2023-1/art_14', position: at(20), type: 'article', label: '第十四条', number: 14,
                text: '合作银行申请纳入代偿范围的贷款必须同时符合以下条件：',
                children: [
                  { id: 'yzbf-2023-1/art_14/item_3', position: at(23), type: 'item', label: '(三)', number: 3, text: '贷款年化利率不超过 5%；', children: [],
                    variants: [{ text: '贷款年化利率不超过5%;', line: 2300 }] },
                ],
              },
              {
                id: 'yzbf-2023-1/art_15', position: at(30), type: 'article', label: '第十五条', number: 15, text: '',
                children: [
                  { id: 'yzbf-2023-1/art_15/para_1', position: at(31), type: 'paragraph', number: 1, text: '第一款的文字：',
                    children: [{ id: 'yzbf-2023-1/art_15/para_1/item_1', position: at(32), type: 'item', label: '（一）', number: 1, text: '项的文字；',
                      children: [{ id: 'yzbf-2023-1/art_15/para_1/item_1/subitem_2', position: at(33), type: 'subitem', label: '2.', number: 2, text: '目的文字。' }] }] },
                  { id: 'yzbf-2023-1/art_15/para_2', position: at(34), type: 'paragraph', number: 2, text: '第二款的文字。' },
                ],
              },
            ],
          },
          {
            id: 'yzbf-2023-1/att_1', position: at(40), type: 'attachment', label: '附件 1', number: 1, title: '攸县行政许可事项清单（2023年版）', form: 'outline',
            children: [
              { id: 'yzbf-2023-1/att_1/hd_1', position: at(41), type: 'heading', label: '一、', number: 1, level: 1, text: '法律设定的行政许可事项',
                children: [{ id: 'yzbf-2023-1/att_1/hd_1/tbl_1', position: at(42), type: 'table', number: 1, children: [
                  { id: 'yzbf-2023-1/att_1/hd_1/tbl_1/row_0', position: at(42), type: 'row', header: true, cells: ['序号', '事项名称'], text: '序号\t事项名称' },
                  { id: 'yzbf-2023-1/att_1/hd_1/tbl_1/row_11', position: at(43), type: 'row', cells: ['11', '校车使用许可'], text: '11\t校车使用许可' },
                ] }] },
            ],
          },
        ],
      },
    ],
  },
});

function byId(units: SearchUnit[], id: string): SearchUnit {
  const u = units.find((x) => x.id === id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
}

describe('units of a small tree', () => {
  const units = unitsFromFiles([small]);

  it('has the header, articles, 款, items, subitems, the attachment, headings and rows, but no header row', () => {
    expect(units.map((u) => u.id)).toEqual([
      'yzbf-2023-1', 'yzbf-2023-1/art_14', 'yzbf-2023-1/art_14/item_3', 'yzbf-2023-1/art_15', 'yzbf-2023-1/art_15/para_1',
      'yzbf-2023-1/art_15/para_1/item_1', 'yzbf-2023-1/art_15/para_1/item_1/subitem_2', 'yzbf-2023-1/art_15/para_2',
      'yzbf-2023-1/att_1', 'yzbf-2023-1/att_1/hd_1', 'yzbf-2023-1/att_1/hd_1/tbl_1/row_11',
    ]);
  });

  it('cites like a lawyer: the single 款 unnamed, several 款 numbered, brackets full width', () => {
    expect(byId(units, 'yzbf-2023-1/art_14/item_3').citation).toBe('《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十四条第（三）项');
    expect(byId(units, 'yzbf-2023-1/art_15/para_1/item_1/subitem_2').citation).toBe(
      '《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十五条第一款第（一）项第2目',
    );
    expect(byId(units, 'yzbf-2023-1/art_15/para_2').citation).toBe('《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十五条第二款');
    expect(byId(units, 'yzbf-2023-1').citation).toBe('《攸县人民政府办公室关于印发〈攸县“攸惠贷”风险补偿资金管理办法〉的通知》（攸政办发〔2023〕1号）');
    expect(byId(units, 'yzbf-2023-1/att_1/hd_1/tbl_1/row_11').citation).toBe('《攸县行政许可事项清单（2023年版）》一、序号11');
  });

  it('gives the citation paths article queries match on', () => {
    // (This text's article before its last is cited counted from the end too.)
    expect(byId(units, 'yzbf-2023-1/art_14').refs).toEqual(['第十四条', '倒数第2条']);
    expect(byId(units, 'yzbf-2023-1/art_14/item_3').refs).toEqual(['第十四条第三项']);
    // The only 款 with items: its items are cited with or without it (第十五条第一项).
    expect(byId(units, 'yzbf-2023-1/art_15/para_1/item_1').refs).toEqual(['第十五条第一款第一项', '第十五条第一项']);
    expect(byId(units, 'yzbf-2023-1').refs).toEqual(['攸政办发〔2023〕1号']);
    // An attachment is 附件N; a heading inside it is cited by its place only.
    expect(byId(units, 'yzbf-2023-1/att_1').refs).toEqual(['附件1']);
    // A level-1 heading of an outline text is its 第N项 (and lawyers say 第N条); a row is its 序号 under its
    // heading, and its place in its table (第1行: the first row of this one, whose 序号 is 11), from the top and from the
    // end (倒数第1行: its last too).
    expect(byId(units, 'yzbf-2023-1/att_1/hd_1').refs).toEqual(['第一项', '第一条', '一、']);
    expect(byId(units, 'yzbf-2023-1/att_1/hd_1/tbl_1/row_11').refs).toEqual(['序号11', '第十一项', '第1行', '一、序号11', '一、第十一项']);
    // ... its place from the end in the ref field only, never written with its text.
    expect(byId(units, 'yzbf-2023-1/att_1/hd_1/tbl_1/row_11').keyedAs).toEqual(['倒数第1行']);
  });

  it('keeps the text as printed, label first, and the other reading', () => {
    const item = byId(units, 'yzbf-2023-1/art_14/item_3');
    expect(item.text).toBe('（三）贷款年化利率不超过 5%；');
    expect(item.variants).toEqual(['（三）贷款年化利率不超过5%;']);
    expect(byId(units, 'yzbf-2023-1/art_14').text).toBe('第十四条 合作银行申请纳入代偿范围的贷款必须同时符合以下条件：');
    const header = byId(units, 'yzbf-2023-1');
    // Everything the header prints: 文号, title, 主送机关 (none here), 署名 and 成文日期.
    expect(header.text.split('\t')).toEqual(['攸政办发〔2023〕1号', small.bulletin.children[0]!.title, '攸县人民政府办公室', '2023年1月31日']);
    expect(header.variants).toContain('攸政办发[2023]1号');
    expect(header.kind).toBe('办法');
    expect(header.year).toBe(2023);
  });

  it('reads a row\'s cells with their lines joined too, for words wrapped at a column\'s width', () => {
    // 校车使 ⏎ 用许可: a line break in a cell may be a paragraph or a word wrapped; only the joined reading says 使用.
    const wrapped = structuredClone(small);
    const row = [...walk(wrapped.bulletin)].find((n) => n.id === 'yzbf-2023-1/att_1/hd_1/tbl_1/row_11')!;
    Object.assign(row, { cells: ['11', '校车使\n用许可'], text: '11\t校车使\n用许可' });
    const unit = byId(unitsFromFiles([wrapped]), 'yzbf-2023-1/att_1/hd_1/tbl_1/row_11');
    expect(unit.text).toBe('11\t校车使\n用许可');
    expect(unit.variants).toEqual(['11\t校车使用许可']);
    expect(byId(units, 'yzbf-2023-1/att_1/hd_1/tbl_1/row_11').variants).toEqual([]);
  });
});

describe('units of the seed', () => {
  let files: BulletinFile[];
  let units: SearchUnit[];
  beforeAll(async () => {
    const out = await mkdtemp(join(tmpdir(), 'gongbao-units-'));
    try {
      files = (await build({ corpus: join(import.meta.dirname, '..', 'corpus'), out, dataOnly: true })).files;
    } finally {
      await removeOutput(out);
    }
    units = unitsFromFiles(files);
  });

  it('covers every chapter, section, article, 款, item, subitem, heading, table and body row of the tree, once', () => {
    const ids = units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    const want = new Set<string>();
    for (const f of files) {
      for (const n of walk(f.bulletin)) {
        if (['document', 'chapter', 'section', 'article', 'paragraph', 'item', 'subitem', 'heading', 'attachment'].includes(n.type)) want.add(n.id);
        if (n.type === 'row' && !n.header) want.add(n.id);
        // A table is a unit for its caption and column names (事项名称, 牵头单位 are printed text too).
        if (n.type === 'table' && (n.caption || n.columns?.length)) want.add(n.id);
      }
    }
    expect(new Set(ids)).toEqual(want);
    const header = units.find((u) => u.id === 'yzbf-2023-1')!;
    expect(header.text).toContain('各乡镇人民政府、街道办事处、县直各单位：');
    expect(units.find((u) => u.id === 'yzbf-2023-7/tbl_1')!.text).toContain('事项名称');
  });

  it('cites the seed as a lawyer would', () => {
    const cite = (id: string) => units.find((u) => u.id === id)?.citation;
    expect(cite('yzbf-2023-1/art_14/item_3')).toBe('《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十四条第（三）项');
    expect(cite('yzbf-2023-7/tbl_1/row_11')).toBe('《攸县行政许可事项清单（2023年版）》一、序号11');
    expect(cite('yzbf-2023-4/ins_2/art_14')).toBe('《攸县实施〈株洲市管控和查处违法用地办法〉细则》（攸政办发〔2023〕4号）第十四条');
  });

  it('gives every unit its document, 文号, date and a text', () => {
    for (const u of units) {
      expect(u.docNumber).toMatch(/^\p{Script=Han}+〔\d{4}〕\d+号$/u);
      expect(u.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(u.text.length).toBeGreaterThan(0);
      expect(u.citation.startsWith('《')).toBe(true);
    }
  });
});
