/**
 * An autonomous county's bulletin written blind (test/eval/bulletins/tongmu-2024-09.txt, 《桐木瑶族自治县人民政府公报》): the
 * shapes its first build showed the pipeline did not read yet, each read now as a reader of the printed bulletin would.
 */
import { describe, expect, it } from 'vitest';
import type { AttachmentNode, DocumentNode, TableNode } from '../schema/tree.ts';
import { blindBulletinSuite } from './mini-site.ts';

const suite = blindBulletinSuite('tongmu-2024-09.txt');
const codes = suite.codes;

describe('an autonomous county\'s bulletin written blind', () => {
  it('reads a 署名 and a 成文日期 a page break parts (署名 ⏎ — 65 — ⏎ running header ⏎ 2024年9月5日)', () => {
    expect(codes('missing-signature')).toEqual([]);
    const doc = suite.bulletin.nodes.get('tzr-2024-6') as DocumentNode;
    expect(doc.issuer).toBe('桐木瑶族自治县人民政府');
    expect(doc.date).toBe('2024-09-05');
    expect(suite.bulletin.file.bulletin.children.map((d) => d.id)).toEqual(['tzf-2024-11', 'tzbf-2024-23', 'tzbf-2024-25', 'tzf-2024-12', 'tzr-2024-6', 'tzbf-2024-27', 'tzh-2024-48']);
  });

  it('reads the section name a 任免 notice\'s pages print beside their number (人事任免) as no text of the notice', () => {
    const texts = [...suite.bulletin.nodes.keys()].filter((id) => id.startsWith('tzr-2024-6/')).map((id) => (suite.bulletin.nodes.get(id) as { text?: string }).text ?? '');
    expect(texts).toContain('任命邓小军为县国有大岭林场场长；');
    expect(texts.filter((t) => t.includes('人事任免'))).toEqual([]);
  });

  it('reads a 目录 whose entries stand a blank line apart, each with its 文号 in brackets after the title', () => {
    expect(codes('unmatched-contents-entry', 'unplaced-text')).toEqual([]);
    const contents = suite.bulletin.file.bulletin.contents ?? [];
    expect(contents.map((c) => c.documentId)).toEqual(suite.bulletin.file.bulletin.children.map((d) => d.id));
    expect(contents[0]!.title).toBe('桐木瑶族自治县人民政府关于印发《桐木瑶族自治县农村集体经营性建设用地入市管理办法（试行）》的通知');
    expect(contents.map((c) => c.page)).toEqual([1, 18, 34, 50, 62, 66, 76]);
  });

  it('reads a table by the width of the lines opening its rows, not of the lines its wrapped cells take', () => {
    const table = suite.bulletin.nodes.get('tzf-2024-12/att_1/tbl_1') as TableNode;
    expect(table.columns!.map((c) => c.name)).toEqual(['序号', '文件名称', '发文字号', '备注']);
    expect(table.children).toHaveLength(43);
    expect(table.children[0]!.cells[2]).toBe('桐政发〔2017〕9号');
    expect(table.children[0]!.cells[1]!.replace(/\n/gu, '')).toBe('桐木瑶族自治县人民政府关于印发《桐木瑶族自治县县城规划区集体土地征收与补偿安置办法》的通知');
  });

  it('reads an instrument\'s own 附件 that no 附件说明 lists (附　　件 ⏎ its title over two lines ⏎ its table) as an attachment', () => {
    const attachment = suite.bulletin.nodes.get('tzf-2024-11/att_1') as AttachmentNode;
    expect(attachment.title).toBe('桐木瑶族自治县集体经营性建设用地入市收益分配比例表');
    expect(codes('unlisted-attachment')).toHaveLength(1);
    expect((suite.bulletin.nodes.get('tzf-2024-11') as DocumentNode).attachments.map((a) => a.id)).toEqual(['tzf-2024-11/att_1']);
    // Its table runs on past the page break, through cell words wrapped over two lines (地（含民族 ⏎ 村寨民宿）) and
    // the header printed again on the next page: one table.
    expect(attachment.children.filter((n) => n.type === 'table')).toHaveLength(1);
    const rows = (suite.bulletin.nodes.get('tzf-2024-11/att_1/tbl_1') as TableNode).children;
    expect(rows.find((r) => r.cells[1] === '一级' && r.cells[0]!.startsWith('旅游康养用'))!.cells.join('')).toContain('地（含民族村寨民宿）');
  });

  it('places a cell\'s words wrapped onto a line of their own (no tab) in the cell they continue: the first, which fills its column', () => {
    // 商业服务业 ⏎ 用地, 旅游康养用 ⏎ 地（含民族 ⏎ 村寨民宿）, 仓储物流用 ⏎ 地 (before a page break), 出租方式入 ⏎ 市: printed at the
    // line's start, under a first column five wide that the cell above fills, beside a last cell (62%) that does not.
    const rows = (suite.bulletin.nodes.get('tzf-2024-11/att_1/tbl_1') as TableNode).children;
    const uses = [...new Set(rows.map((r) => r.cells[0]!.replace(/\n/gu, '')))];
    expect(uses).toEqual(expect.arrayContaining(['工业用地', '商业服务业用地', '旅游康养用地（含民族村寨民宿）', '仓储物流用地', '其他经营性用地', '出租方式入市', '再转让']));
    expect(uses.filter((u) => /用$|入$/u.test(u))).toEqual([]);
    expect(rows.filter((r) => !/^(?:\d+%|—)$/u.test(r.cells[5]!)).map((r) => r.cells[5])).toEqual([]);
    expect(rows.find((r) => r.cells[0] === '商业服务业用地' && r.cells[1] === '一级')!.cells).toEqual(['商业服务业用地', '一级', '38%', '30%', '8%', '62%']);
  });

  it('reads a header whose names wrap onto a second line as one header, and no row of its words', () => {
    // 调节金征收比例 ⏎ （占成交价款）, 其中：县级 ⏎ 分享, 其中：乡镇 ⏎ 分享, 村集体留存 ⏎ 比例; printed again after the page break.
    const table = suite.bulletin.nodes.get('tzf-2024-11/att_1/tbl_1') as TableNode;
    expect(table.columns!.map((c) => c.printed?.[0] ?? c.name)).toEqual(['土地用途', '区位等级', '调节金征收比例（占成交价款）', '其中：县级分享', '其中：乡镇分享', '村集体留存比例']);
    expect(table.children).toHaveLength(15);
    expect(table.children[0]!.cells).toEqual(['工业用地', '一级', '20%', '15%', '5%', '80%']);
    expect(table.children[0]!.citation).toMatch(/第1行$/u);
    expect(table.children.filter((r) => r.cells.some((c) => /分享|成交价款/u.test(c)))).toEqual([]);
    expect(codes('table-cell-empty').filter((m) => m.includes('tzf-2024-11/att_1/tbl_1'))).toEqual([]);
  });

  it('reads the lines wrapping a row\'s cells as that row in a table with no 序号 whose first column is printed once over its rows', async () => {
    const flat = (cell: string | undefined) => (cell ?? '').replace(/\n/gu, '');
    // 临时救助标准及审批权限表: 急难型临 ⏎ 时救助, each 情形 over two or three lines, the 审批权限 over three (⇥⇥⇥先行救助，…).
    const standards = (suite.bulletin.nodes.get('tzbf-2024-23/att_1/tbl_1') as TableNode).children;
    expect(standards.map((r) => flat(r.cells[0]))).toEqual([...Array(6).fill('急难型临时救助'), ...Array(3).fill('支出型临时救助'), '一事一议', '流浪乞讨人员']);
    expect(standards.map((r) => r.position.line)).toEqual([751, 754, 757, 759, 761, 764, 773, 776, 779, 781, 784]);
    expect(standards[0]!.cells.map(flat)).toEqual(['急难型临时救助', '遭遇火灾、水灾、山体滑坡等，房屋损毁或者家庭财产遭受重大损失', '月低保标准的3至8倍', '3倍以下乡镇人民政府；3倍以上县民政局']);
    // As read, with no break where the words wrapped: a search finds 临时救助 and 3倍以上 in the row.
    expect(standards[0]!.cells).toEqual(['急难型临时救助', '遭遇火灾、水灾、山体滑坡等，房屋损毁或者家庭财产遭受重大损失', '月低保标准的3至8倍', '3倍以下乡镇人民政府；3倍以上县民政局']);
    expect((await suite.bulletin.client.find('3倍以上县民政局 遭遇火灾', { limit: 3 })).results[0]?.id).toBe('tzbf-2024-23/att_1/tbl_1/row_1');
    expect(flat(standards[5]!.cells[3])).toBe('乡镇人民政府或县民政局先行救助，5个工作日内补办手续');
    expect(flat(standards[6]!.cells[2])).toBe('自付费用扣除其他救助后按20%—60%救助，一般不超过12倍');
    expect(flat(standards[9]!.cells[3])).toBe('县民政局提出意见，报县困难群众基本生活保障工作协调机制研究决定');
    // 入市收益分配比例表: 其他经营性 ⏎ 用地 and 参照相近用途确 ⏎ 定, 按增值部分的 ⏎ 20% (a number is not cut).
    const shares = (suite.bulletin.nodes.get('tzf-2024-11/att_1/tbl_1') as TableNode).children;
    expect(shares.find((r) => flat(r.cells[0]) === '其他经营性用地')?.cells.map(flat)).toEqual(['其他经营性用地', '—', '参照相近用途确定', '—', '—', '—']);
    expect(shares.find((r) => r.cells[0] === '再转让')?.cells.map(flat)).toEqual(['再转让', '—', '按增值部分的20%', '15%', '5%', '—']);
    expect(shares.filter((r) => r.cells[0] === '用地' || (r.cells[0] === '再转让' && r.cells[1] === ''))).toEqual([]);
    expect(codes('table-row-realigned').filter((m) => /^(765|766|783):/u.test(m))).toEqual([]);
  });

  it('finds the clause a gloss after a path names with the words of the part it stands in (四（二） 县财政局职责)', async () => {
    // （二）…职责 ⏎ …县财政局负责…: 县财政局 is printed by the clause, 职责 by its heading; neither alone says the gloss.
    // It is the unit the citation names (a structure match), not a passage of the document found by its words.
    const read = await suite.bulletin.client.find('桐政办发〔2024〕25号 四（二） 县财政局职责', { limit: 3, explain: true });
    expect(read.results[0]?.id).toBe('tzbf-2024-25/hd_4/hd_2/para_5');
    expect(read.results[0]?.signals?.tier).toBe(3);
    expect(read.results.map((r) => r.id)).not.toContain('tzbf-2024-25');
  });

  it('finds a township\'s 文号 a 批复 cites (白政〔2024〕31号) as printed, though its agency reads like a county\'s 政 without its 发', async () => {
    expect((await suite.bulletin.client.search('白政〔2024〕31号', { limit: 3 }))[0]?.id).toBe('tzh-2024-48/notice/para_1');
  });
});
