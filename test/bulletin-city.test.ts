/**
 * A county-level city's bulletin written blind (test/eval/bulletins/fengcheng-2024-05.txt: 《枫城市人民政府公报》,
 * by a helper that read no code), through the whole build: the shapes its first build read wrong, each now read
 * as printed. Its first build: 83 messages, among them 8 unplaced texts, 24 serial gaps in tables and 5 items
 * "following item 0": its running headers (the bulletin's name with its issue, 枫城市人民政府公报 2024年第5期, and
 * the section's, 市政府办公室文件) were no page furniture, so a page break cut every table and list it fell in; the
 * cover's 2024年5月10日出版 hid the 目录; a list part's table printing its header again after a page break began
 * its 序号 again and dropped the header for the parts after it. And its plan's repeal of the plan of the same title
 * (《…关于印发〈枫城市突发事件总体应急预案〉的通知》（枫政发〔2019〕11号）同时废止) named the plan itself.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentNode, InstrumentNode, TableNode } from '../schema/tree.ts';
import { blindBulletinSuite } from './mini-site.ts';
import { citationCases } from '../pipeline/bench/citations.ts';
import { parseQuery } from '../core/search/query.ts';

const suite = blindBulletinSuite('fengcheng-2024-05.txt');
const codes = suite.codes;

describe('a county-level city\'s bulletin written blind', () => {
  it('reads the cover\'s day of publication and the 目录 under it', () => {
    expect(suite.bulletin.file.bulletin.published).toBe('2024-05-10');
    expect(suite.bulletin.file.bulletin.totalIssue).toBe(58);
    expect(suite.bulletin.file.bulletin.contents.map((c) => c.documentId)).toEqual((suite.bulletin.file.bulletin.children as DocumentNode[]).map((d) => d.id));
    expect(suite.bulletin.file.bulletin.contents).toHaveLength(7);
  });

  it('takes its running headers (the bulletin\'s name and issue, the section\'s name) for page furniture, wherever a page broke', () => {
    expect(codes('unplaced-text')).toEqual([]);
    // A list item after a page break is the next item of its article, not the first of a new list.
    expect(suite.bulletin.messages.filter((m) => m.code === 'numbering-gap' && /follows item 0/.test(m.message))).toEqual([]);
    // No running header is text of a unit.
    for (const node of suite.bulletin.nodes.values()) if ('text' in node && typeof node.text === 'string') expect(node.text, node.id).not.toMatch(/枫城市人民政府公报\s*2024年第5期|市政府(?:办公室)?文件$/u);
  });

  it('reads the text an earlier notice issued, named inside that notice\'s title, as that notice\'s: not the plan of the same title repealing it', () => {
    // 《枫城市人民政府关于印发〈枫城市突发事件总体应急预案〉的通知》（枫政发〔2019〕11号）同时废止.
    const plan = suite.bulletin.nodes.get('fzf-2024-6/ins_1') as InstrumentNode;
    expect(plan.validity?.repeals?.map((r) => r.target?.type)).toEqual(['external', 'external']);
    const cited = (suite.bulletin.file.references ?? []).filter((r) => r.surface.includes('枫城市突发事件总体应急预案') && r.from.startsWith('fzf-2024-6/hd_'));
    expect(cited.length).toBeGreaterThan(0);
    for (const r of cited) expect(r.target, r.from).not.toMatchObject({ type: 'node', id: 'fzf-2024-6/ins_1' });
  });

  it('carries a list\'s header over its parts when a part\'s table prints it again after a page break', () => {
    expect(codes('table-serial-gap', 'table-row-without-serial', 'table-count-mismatch')).toEqual([]);
    const parts = [...suite.bulletin.nodes.values()].filter((n): n is TableNode => n.type === 'table' && n.id.startsWith('fzbf-2024-12/'));
    expect(parts.length).toBeGreaterThan(10);
    for (const t of parts) expect(t.columns!.map((c) => c.name), t.id).toEqual(['序号', '违法行为', '法律依据', '裁量阶次', '处罚标准']);
    // 序号 run on from part to part, 1 to 38, none a header printed again.
    expect(parts.flatMap((t) => t.children.map((r) => r.serial))).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
  });

  it('finds what a citation of its kinds of text names: a 预案\'s part, a 目录\'s or 基准\'s row by part and number, a point under 一、 labelled 1.', async () => {
    const first = async (q: string) => (await suite.bulletin.client.search(q, { limit: 5 }))[0]?.id;
    // 预案 is a kind of text as 方案 is: the path is read after its name.
    expect(await first('枫城市突发事件总体应急预案四、（一）')).toBe('fzf-2024-6/hd_4/hd_1');
    // A 目录 and a 裁量基准 are lists as a 清单 is: 一、4 is the row 4 of their part 一、.
    expect(await first('《枫城市市级专项应急预案目录》四、24')).toBe('fzf-2024-6/att_3/tbl_5/row_24');
    expect(await first('行政处罚裁量基准 一、4')).toBe('fzbf-2024-12/tbl_2/row_4');
    // 一、2. is a point labelled 2. under 一、 (the list of materials skips （一）), not a list's row 2.
    expect(await first('公租房申请材料清单 一、2.')).toBe('fzbf-2024-9/att_2/hd_1/hd_2');
    expect(await first('枫政办发〔2024〕9号 附件2 一、2.')).toBe('fzbf-2024-9/att_2/hd_1/hd_2');
  });

  it('is cited by the bench as its texts print their labels: 一、2., not 一、（二） where a text skips （一）', () => {
    const cases = citationCases([suite.bulletin.file], 1).filter((c) => c.id === 'fzbf-2024-9/att_2/hd_1/hd_2');
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.query, c.form).toMatch(/一、2\.$/u);
  });

  it('cites a list\'s parts by 一、 and 第一部分, and the notes printed before them (使用说明 一、…六、) as 说明五', async () => {
    const first = async (q: string) => (await suite.bulletin.client.search(q, { limit: 5 }))[0]?.id;
    // The parts number 一、 again after the notes: their second print of each number.
    expect(await first('行政处罚裁量基准 第一部分')).toBe('fzbf-2024-12/hd_1__2');
    expect(await first('枫城市行政处罚裁量基准（2024年版）三、')).toBe('fzbf-2024-12/hd_3__2');
    expect(await first('行政处罚裁量基准 使用说明第五条')).toBe('fzbf-2024-12/hd_5');
    expect(await first('处罚裁量基准 说明五')).toBe('fzbf-2024-12/hd_5');
    const notes = citationCases([suite.bulletin.file], 1).filter((c) => c.id === 'fzbf-2024-12/hd_5');
    expect(notes.length).toBeGreaterThan(0);
    for (const c of notes) expect(c.query, c.form).toMatch(/说明(?:第)?五条?$/u);
  });

  it('keeps a line of totals (合计) a row of its own, not the last row\'s cells', () => {
    const table = suite.bulletin.nodes.get('fzbf-2024-11/att_1/tbl_1') as TableNode;
    const last = table.children.at(-1)!;
    expect(last.cells.some((c) => c.trim() === '合计')).toBe(true);
    expect(last.serial).toBeUndefined();
    const row41 = suite.bulletin.nodes.get('fzbf-2024-11/att_1/tbl_1/row_41') as TableNode['children'][number];
    expect(row41.text).not.toMatch(/合计|3202/u);
    expect(row41.cells[2]).toBe('青山铺镇政府宿舍');
  });

  it('keeps a cell\'s words wrapped onto a line after the last row of a table (before a page break) in that cell', () => {
    const row = suite.bulletin.nodes.get('fzh-2024-31/att_1/tbl_1/row_4') as TableNode['children'][number];
    expect(row.cells.at(-1)).toBe('园内有清代建筑文昌阁（市级文物保护单位），以古迹名称命名');
    expect(suite.bulletin.nodes.has('fzh-2024-31/att_1/para_1')).toBe(false);
  });

  it('reads a row under its table\'s column names: a body\'s 值班电话 and 传真 are the cells of its row', async () => {
    const results = await suite.bulletin.client.search('市应急局 值班电话 传真', { limit: 20 });
    expect(results[0]?.id).toBe('fzf-2024-6/att_2/tbl_1/row_3');
    expect(results[0]?.missing ?? []).toEqual([]);
  });

  it('reads a short 文号 after the city\'s own office named by its level (市政府办9号文件) as the archive\'s own document', async () => {
    const results = await suite.bulletin.client.search('市政府办9号文件 第十条第二款', { limit: 10 });
    expect(results[0]?.id).toBe('fzbf-2024-9/art_10/para_2');
    // In a county's archive the same words name the city above it: its 文号 is searched as texts cite it.
    expect(parseQuery('市政府办9号文件 第十条第二款', undefined, ['县']).docNumber).toBeUndefined();
    expect(parseQuery('市政府办9号文件 第十条第二款', undefined, ['市']).docNumber).toEqual({ serial: 9 });
    // A city named (株洲市) stays a body above, whatever the archive's level.
    expect(parseQuery('株洲市2023年7号文', undefined, ['市']).docNumber).toBeUndefined();
  });

  it('reads each line of a run of fields (总指挥：… ⏎ 常务副总指挥：…) as a paragraph of its own', () => {
    const text = (id: string) => (suite.bulletin.nodes.get(id) as { text?: string } | undefined)?.text;
    expect(text('fzf-2024-6/hd_2/hd_1/hd_1/para_1')).toBe('总指挥：市人民政府市长');
    expect(text('fzf-2024-6/hd_2/hd_1/hd_1/para_2')).toBe('常务副总指挥：市人民政府常务副市长');
    expect(text('fzf-2024-6/hd_2/hd_1/hd_1/para_4')).toMatch(/^成员：/u);
  });
});
