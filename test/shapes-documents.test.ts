/**
 * Documents a bulletin prints besides notices issuing rules, and the shapes around them, each through the
 * whole build: shapes of test/eval/bulletins/nanxi-2024-03.txt (written blind) that its first build read
 * wrong. A 通告 of its own 文号 series (南政通) was no document at all (its text fell into the attachment
 * before it); the cover's （总第 27 期） line hid the 目录; a 清单 printing its header once above parts
 * (一、县发展和改革局（3项）, its rows, 二、…) lost its column names in every part; a plan's indicator table
 * (指标名称 2023年基数 2024年 …) read its header as a row and its last column of counts as 序号; a 批复's 附表
 * after the signature, the 版记's 抄送 line and the back cover after the last document were unplaced;
 * 本决定, 本通告, 本清单 outside an instrument were left as text; and (seen by the writer of its query set) the
 * 通告's first line, ending in 如下：, was read as its 主送机关 and the table in its text was dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import type { BulletinFile } from '../schema/output.ts';
import type { DocumentNode, TableNode, TreeNode } from '../schema/tree.ts';
import { walk } from './seed.ts';

const COVER = '攸县人民政府公报\n\n攸县人民政府办公室\n\n2024 年第 3 期\n\n（总第 27 期）\n\n目 录\n\n1.攸县人民政府关于攸县天然水域禁渔期管理的通告.....1\n2.攸县人民政府关于废止部分规范性文件的决定.....3\n\n';

const NOTICE_TEXT =
  '攸政通〔2024〕3号\n\n攸县人民政府\n关于攸县天然水域禁渔期管理的通告\n\n为保护渔业资源，现就有关事项通告如下：\n\n' +
  '一、禁渔水域\n\n全县天然河流及其支流，具体范围见下表：\n\n序号\t水域名称\t禁渔类型\n1\t白沙河\t季节性禁渔\n2\t青龙河\t全年禁捕\n\n二、禁渔时间\n\n每年3月1日至6月30日。\n\n三、禁止事项\n\n（一）禁止电鱼、毒鱼、炸鱼。\n\n（二）禁止在禁渔期内捕捞。\n\n' +
  '四、特殊情形\n\n稻田养鱼的收获活动，不受本通告第三条第（二）项限制。\n\n五、本通告自发布之日起施行。\n\n攸县人民政府\n\n2024年6月14日\n\n— 57 —\n\n';

const DECISION =
  '攸政发〔2024〕9号\n\n攸县人民政府关于废止部分规范性文件的决定\n\n各乡镇人民政府：\n\n县人民政府决定：\n\n一、废止《攸县测试管理办法》（攸政发〔2019〕3号）。\n\n二、修改的文件见附件。本决定自公布之日起施行。\n\n附件：县人民政府决定修改的规范性文件目录\n\n攸县人民政府\n\n2024年5月30日\n\n' +
  '附件\n\n县人民政府决定修改的规范性文件目录\n\n序号\t文件名称\t文号\t修改内容\n1\t攸县人民政府关于印发《攸县城乡规划管理规定》的通知\t攸政发〔2014〕16号\t将第三条、第九条中的“县城乡规划局”修改为“县自然资源局”\n\n';

const LIST =
  '攸政办发〔2024〕33号\n\n攸县人民政府办公室关于印发《攸县涉企行政检查事项清单》《攸县涉企检查工作规程》的通知\n\n各乡镇人民政府：\n\n现将两个文件印发给你们，本清单实行动态调整。\n\n攸县人民政府办公室\n\n2024年6月20日\n\n' +
  '攸县涉企行政检查事项清单\n\n序号\t检查事项\t实施主体\t检查频次\n一、县发展和改革局（2项）\n1\t粮食收购活动检查\t县发展和改革局\t每年不超过1次\n2\t企业投资项目监管\t县发展和改革局\t每年不超过1次\n' +
  '二、县公安局（2项）\n3\t娱乐场所治安检查\t县公安局\t每年不超过2次\n\n— 62 —\n\n攸县人民政府公报\n\n序号\t检查事项\t实施主体\t检查频次\n4\t旅馆业治安检查\t县公安局\t每年不超过2次\n' +
  '三、县林业局（1项）\n5\t木材经营加工企业检查\t县林业局\t每年不超过1次\n\n' +
  '攸县涉企检查工作规程\n\n第一条 为规范涉企检查，制定本规程。\n\n第二条 本规程自印发之日起施行。\n\n';

const PLAN =
  '攸政办发〔2024〕26号\n\n攸县人民政府办公室关于印发《攸县全民健身设施行动方案》的通知\n\n各乡镇人民政府：\n\n现将《攸县全民健身设施行动方案》印发给你们。\n\n攸县人民政府办公室\n\n2024年5月16日\n\n' +
  '攸县全民健身设施行动方案\n\n一、主要目标\n\n主要指标如下：\n\n指标名称\t2023年基数\t2024年\t2025年\t2026年\t责任单位\n人均体育场地面积（平方米）\t2.31\t2.45\t2.62\t2.80\t县文旅广体局\n健身步道累计里程（公里）\t38\t55\t77\t98\t县文旅广体局\n体育公园（个）\t0\t0\t1\t3\t县文旅广体局\n村级健身广场新建改造（个）\t—\t30\t30\t20\t各乡镇\n\n二、保障措施\n\n加强组织领导。\n\n';

const GUIDE =
  '攸政办发〔2024〕40号\n\n攸县人民政府办公室关于印发《攸县城区门店招牌设置导则》的通知\n\n各乡镇人民政府：\n\n现将《攸县城区门店招牌设置导则》印发给你们。\n\n攸县人民政府办公室\n\n2024年7月1日\n\n' +
  '攸县城区门店招牌设置导则\n\n一、适用范围\n\n本导则适用于城区门店招牌。\n\n二、设置位置\n\n（一）招牌设置在门楣位置。\n\n（二）一店一招。\n\n';

const REPLY =
  '攸政函〔2024〕18号\n\n攸县人民政府关于同意白沙镇新建道路命名的批复\n\n白沙镇人民政府：\n\n你镇的请示收悉。经研究，批复如下：\n\n一、同意将新建道路命名为白沙大道、沙湾路（见附表）。\n\n二、你镇要做好地名宣传。\n\n附表：白沙镇新建道路命名表\n\n攸县人民政府\n\n2024年7月8日\n\n' +
  '附表\n\n白沙镇新建道路命名表\n\n序号\t道路名称\t起点\t终点\n1\t白沙大道\t省道互通\t白沙河大桥\n2\t沙湾路\t白沙大道\t沙湾村部\n\n' +
  '抄送：县委各部门，县人大常委会办公室，县政协办公室。\n\n攸县人民政府办公室 2024年7月15日印发\n\n攸县人民政府公报\n\n主办：攸县人民政府办公室\n\n内部资料 免费赠阅\n';

let dir: string;
let file: BulletinFile;
let messages: Awaited<ReturnType<typeof build>>['messages'];
const nodes = new Map<string, TreeNode>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongbao-documents-'));
  await mkdir(join(dir, 'corpus'));
  await writeFile(join(dir, 'corpus', 'youxian-2024-03.txt'), COVER + NOTICE_TEXT + DECISION + LIST + PLAN + GUIDE + REPLY);
  const result = await build({ corpus: join(dir, 'corpus'), out: join(dir, 'dist') });
  expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
  file = result.files[0]!;
  messages = result.messages;
  for (const node of walk(file.bulletin)) nodes.set(node.id, node);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const table = (id: string) => nodes.get(id) as TableNode;
const resolved = (from: string, surface: string) => (file.references ?? []).find((r) => r.from === from && r.surface === surface);

describe('documents besides notices issuing rules', () => {
  it('reads the cover\'s 总第N期 and the 目录 under it', () => {
    expect(file.bulletin.totalIssue).toBe(27);
    expect(file.bulletin.contents.map((c) => c.documentId)).toEqual(['yzt-2024-3', 'yzf-2024-9']);
  });

  it('reads a 通告 of its own 文号 series as a document, its points as its outline, cited by article', () => {
    const docs = file.bulletin.children as DocumentNode[];
    expect(docs.map((d) => d.docNumber)).toEqual(['攸政通〔2024〕3号', '攸政发〔2024〕9号', '攸政办发〔2024〕33号', '攸政办发〔2024〕26号', '攸政办发〔2024〕40号', '攸政函〔2024〕18号']);
    expect(nodes.get('yzt-2024-3/notice/hd_3/hd_2')).toMatchObject({ type: 'heading' });
    // 本通告第三条第（二）项: its third point's second, as a text of parts is cited.
    expect(resolved('yzt-2024-3/notice/hd_4/para_1', '第三条第（二）项')?.target).toMatchObject({ id: 'yzt-2024-3/notice/hd_3/hd_2' });
    expect(resolved('yzt-2024-3/notice/hd_4/para_1', '本通告')?.target).toMatchObject({ id: 'yzt-2024-3' });
    // A 通告 has no 主送机关: its first line, ending in 如下：, is its text; its table of waters is the notice's.
    const notice = nodes.get('yzt-2024-3') as DocumentNode;
    expect(notice.addressees).toEqual([]);
    expect(nodes.get('yzt-2024-3/notice/para_1')).toMatchObject({ type: 'paragraph', text: '为保护渔业资源，现就有关事项通告如下：' });
    expect(table('yzt-2024-3/notice/tbl_1').children.map((r) => r.cells[1])).toEqual(['白沙河', '青龙河']);
    expect(messages.filter((m) => m.code === 'missing-addressees')).toEqual([]);
    // The page number after its signature is page furniture, no text left unplaced.
    expect(messages.filter((m) => m.code === 'unplaced-text')).toEqual([]);
  });

  it('resolves 本决定 to a document issuing no instrument and 本清单 to the 清单 of the two a notice issues', () => {
    expect(resolved('yzf-2024-9/notice/hd_2', '本决定')?.target).toMatchObject({ id: 'yzf-2024-9' });
    expect(resolved('yzbf-2024-33/notice/para_1', '本清单')?.target).toMatchObject({ id: 'yzbf-2024-33/ins_1' });
  });

  it('reads the articles a row of amended texts cites as that row\'s text\'s, not its own table\'s', () => {
    const row = 'yzf-2024-9/att_1/tbl_1/row_1';
    const cited = (file.references ?? []).filter((r) => r.from === row && r.kind === 'pinpoint');
    expect(cited.map((r) => r.surface)).toEqual(['第三条', '第九条']);
    for (const r of cited) expect(r.target).toMatchObject({ type: 'external' });
    expect(messages.filter((m) => m.code === 'unresolved-reference')).toEqual([]);
  });

  it('gives each part of a list the header printed once above its first part, and drops the header printed again after a page break', () => {
    const parts = ['yzbf-2024-33/ins_1/tbl_2', 'yzbf-2024-33/ins_1/tbl_3', 'yzbf-2024-33/ins_1/tbl_4'].map(table);
    for (const t of parts) expect(t.columns!.map((c) => c.name), t.id).toEqual(['序号', '检查事项', '实施主体', '检查频次']);
    expect(parts.map((t) => t.children.map((r) => r.serial))).toEqual([[1, 2], [3, 4], [5]]);
    // The header alone above the first part holds no rows: no table of its own.
    expect(nodes.has('yzbf-2024-33/ins_1/tbl_1')).toBe(false);
    // 序号 run on from part to part: no gap, and each part holds the rows its heading states.
    expect(messages.filter((m) => m.code === 'table-serial-gap' || m.code === 'table-count-mismatch')).toEqual([]);
  });

  it('reads a plan\'s indicator table by its year columns, its counts no 序号', () => {
    const t = table('yzbf-2024-26/tbl_1');
    expect(t.columns!.map((c) => c.name)).toEqual(['指标名称', '2023年基数', '2024年', '2025年', '2026年', '责任单位']);
    expect(t.columns!.some((c) => c.kind === 'serial')).toBe(false);
    expect(t.children.map((r) => r.cells[0])).toEqual(['人均体育场地面积（平方米）', '健身步道累计里程（公里）', '体育公园（个）', '村级健身广场新建改造（个）']);
  });

  it('names a 导则 by its kind, as a 细则 or a 规程 is named (城区门店招牌设置导则, without its place)', () => {
    const guide = (nodes.get('yzbf-2024-40') as DocumentNode).children.find((c) => c.type === 'instrument') as { aliases?: string[] };
    expect(guide.aliases).toEqual(expect.arrayContaining(['城区门店招牌设置导则']));
  });

  it('reads a 批复\'s 附表 as its attachment, and the 版记 with its 抄送 before the back cover', () => {
    const reply = nodes.get('yzh-2024-18') as DocumentNode;
    expect(reply.attachments).toEqual([{ number: 1, title: '白沙镇新建道路命名表', id: 'yzh-2024-18/att_1' }]);
    expect(table('yzh-2024-18/att_1/tbl_1').children.map((r) => r.cells[1])).toEqual(['白沙大道', '沙湾路']);
    expect(reply.printedBy).toEqual({ issuer: '攸县人民政府办公室', date: '2024-07-15', copiedTo: ['县委各部门', '县人大常委会办公室', '县政协办公室'] });
  });
});
