/**
 * Shapes real statute-form texts print, each through the whole build (schema validation included):
 * 节 directly under the instrument, 节 under 章, 章 without 节, a chapter's preamble, a bold line between
 * articles, 第X条之一, articles after the last chapter, and an article number printed twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import type { BulletinFile } from '../schema/output.ts';
import type { DocumentNode, TreeNode } from '../schema/tree.ts';
import { childrenOf } from '../pipeline/walk.ts';
import { walk } from './seed.ts';
import { SearchClient } from '../core/search/client.ts';
import { diskFetcher } from '../pipeline/index/local.ts';

const COVER = '攸县人民政府公报\n\n攸县人民政府办公室\n\n2024 年第 2 期\n\n';
function notice(n: number, title: string, body: string): string {
  return `攸政办发〔2024〕${n}号\n\n攸县人民政府办公室关于印发《${title}》的通知\n\n各乡镇人民政府：\n\n现将《${title}》印发给你们，请认真执行。\n\n攸县人民政府办公室\n\n2024年3月${n}日\n\n${title}\n\n${body}\n\n`;
}

const SHAPES: Record<string, string> = {
  // 节 directly under the instrument, no 章.
  sections: '第一节 一般规定\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法适用于本县。\n\n第二节 监督\n\n第三条 县财政局负责监督。\n\n第四条 本办法自印发之日起施行。',
  // 节 under 章, and 章 without 节; a chapter preamble paragraph and a bold line.
  chapters:
    '第一章 总则\n\n本章规定适用范围和基本原则。\n\n第一条 为了规范管理，制定本细则。\n\n第二条 本细则适用于本县。\n\n第二章 管理\n\n第一节 审批\n\n第三条 县行政审批局负责审批。\n\n**第二节 监督**\n\n第四条 县财政局负责监督。\n\n**以下为附则。**\n\n第三章 附则\n\n第五条 本细则自印发之日起施行。\n\n第六条 本细则由县司法局负责解释。',
  // 第X条之一, articles after a chapter-less stretch, a number printed twice.
  misprints: '第一条 为了规范管理，制定本规定。\n\n第二条 县财政局负责。\n\n第二条 县审计局负责审计。\n\n第二条之一 县统计局负责统计。\n\n第三条 本规定自印发之日起施行。',
};

// A notice that sets out points of its own (…通知如下：一、… 二、…) and issues a 方案 with parts of the same labels.
const POINTS =
  '攸政办发〔2024〕4号\n\n攸县人民政府办公室关于印发《攸县测试工作方案》的通知\n\n各乡镇人民政府：\n\n现将《攸县测试工作方案》印发给你们，并就有关事项通知如下：\n\n' +
  '一、各乡镇要在本通知印发之日起十日内报送联络员名单。\n\n二、县财政局要足额安排工作经费。\n\n三、县督查室每季度通报一次进度，对工作滞后的单位约谈提醒。\n\n' +
  '攸县人民政府办公室\n\n2024年3月4日\n\n攸县测试工作方案\n\n一、总体要求\n\n坚持问题导向。\n\n二、主要任务\n\n开展排查整治。\n\n三、保障措施\n\n加强组织领导，落实属地责任。\n\n';

// Shapes of bulletins written blind (test/eval/bulletins/): the 附注 under the date, an edition printed on a
// line of its own under the title, page furniture (— 12 —, the running header, "- 13 -", which Markdown
// reads as a bullet) with the table's header printed again after it, a cell's words wrapped onto a line of
// their own, and a 人事任免 notice of its own 文号 series (攸政任).
const FURNITURE =
  '攸政办发〔2024〕6号\n\n攸县人民政府办公室关于印发《攸县测试收费目录清单（2024年版）》的通知\n\n各乡镇人民政府：\n\n现将《攸县测试收费目录清单（2024年版）》印发给你们，并就有关事项通知如下：\n\n一、目录清单实行动态管理。\n\n二、各单位要严格执行目录清单。\n\n三、县财政局负责解释。\n\n攸县人民政府办公室\n\n2024年3月6日\n\n（此件公开发布）\n\n' +
  '攸县测试收费目录清单\n\n（2024年版）\n\n序号\t项目名称\t执收单位\n1\t甲项收费\t县财政局\n2\t乙项收费\t县财政局依照《测试法》\n及其实施条例执行\n3\t丙项收费\t县水利局\n\n— 12 —\n\n攸县人民政府公报\n\n' +
  '序号\t项目名称\t执收单位\n4\t丁项收费\t县林业局\n\n- 13 -\n\n序号\t项目名称\t执收单位\n5\t戊项收费\t县教育局\n\n' +
  '攸政办发〔2024〕8号\n\n攸县人民政府办公室关于印发《攸县测试名单》的通知\n\n各乡镇人民政府：\n\n现将《攸县测试名单》印发给你们。\n\n攸县人民政府办公室\n\n2024年3月8日\n\n' +
  '攸县测试名单\n\n序号\t单位\t联系人\n1\t县财政局\t张三\n2\t县水利局\t李四\n\n县级联络员\n\n序号\t单位\t联络员\n1\t县林业局\t王五\n\n' +
  '攸政办发〔2024〕9号\n\n攸县人民政府办公室关于印发《攸县建设工程质量检测工作规程》的通知\n\n各乡镇人民政府：\n\n现将《攸县建设工程质量检测工作规程》印发给你们。\n\n攸县人民政府办公室\n\n2024年3月9日\n\n' +
  '攸县建设工程质量检测工作规程\n\n第一条 为规范检测工作，制定本规程。\n\n第二条 本规程自印发之日起施行。\n\n' +
  '攸政任〔2024〕7号\n\n攸县人民政府关于张三等同志职务任免的通知\n\n各乡镇人民政府：\n\n经县人民政府研究决定：\n\n任命张三为县财政局副局长；\n\n免去李四的县财政局副局长职务。\n\n攸县人民政府\n\n2024年3月7日\n\n';

let dir: string;
let files: BulletinFile[];
let messages: Awaited<ReturnType<typeof build>>['messages'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongbao-shapes-'));
  await mkdir(join(dir, 'corpus'));
  const text = COVER + notice(1, '攸县测试办法', SHAPES.sections!) + notice(2, '攸县测试细则', SHAPES.chapters!) + notice(3, '攸县测试规定', SHAPES.misprints!) + POINTS + FURNITURE;
  await writeFile(join(dir, 'corpus', 'youxian-2024-02.txt'), text);
  const result = await build({ corpus: join(dir, 'corpus'), out: join(dir, 'dist') });
  expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
  expect(result.written).toBe(true);
  files = result.files;
  messages = result.messages;
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function doc(n: number): DocumentNode {
  return files[0]!.bulletin.children.find((d) => d.docNumber === `攸政办发〔2024〕${n}号`)!;
}

function instrument(n: number): TreeNode {
  return doc(n).children.find((c) => c.type === 'instrument')!;
}

/** node type and id, indented by depth, for the structure under an instrument. */
function shape(node: TreeNode, depth = 0): string[] {
  const out = [`${'  '.repeat(depth)}${node.type} ${node.id}`];
  if (node.type === 'article' || node.type === 'row') return out;
  for (const c of childrenOf(node)) out.push(...shape(c, depth + 1));
  return out;
}

describe('statute shapes build and keep their places', () => {
  it('节 directly under the instrument', () => {
    expect(shape(instrument(1)).slice(1)).toEqual([
      '  section yzbf-2024-1/sec_1',
      '    article yzbf-2024-1/art_1',
      '    article yzbf-2024-1/art_2',
      '  section yzbf-2024-1/sec_2',
      '    article yzbf-2024-1/art_3',
      '    article yzbf-2024-1/art_4',
    ]);
  });

  it('节 under 章, 章 without 节, a chapter preamble and bold lines', () => {
    const ins = instrument(2);
    expect(shape(ins).slice(1)).toEqual([
      '  chapter yzbf-2024-2/chp_1',
      '    paragraph yzbf-2024-2/chp_1/para_1',
      '    article yzbf-2024-2/art_1',
      '    article yzbf-2024-2/art_2',
      '  chapter yzbf-2024-2/chp_2',
      '    section yzbf-2024-2/chp_2/sec_1',
      '      article yzbf-2024-2/art_3',
      '    section yzbf-2024-2/chp_2/sec_2',
      // The bold line after 第四条 is the article's second 款: text inside an article belongs to it.
      '      article yzbf-2024-2/art_4',
      '  chapter yzbf-2024-2/chp_3',
      '    article yzbf-2024-2/art_5',
      '    article yzbf-2024-2/art_6',
    ]);
    const preamble = [...walk(ins)].find((n) => n.id === 'yzbf-2024-2/chp_1/para_1');
    expect(preamble).toMatchObject({ type: 'paragraph', text: '本章规定适用范围和基本原则。' });
  });

  it('a number printed twice gets its own id and a warning at its line; 第二条之一 is art_2_1', () => {
    const ids = [...walk(doc(3))].filter((n) => n.type === 'article').map((n) => n.id);
    expect(ids).toEqual(['yzbf-2024-3/art_1', 'yzbf-2024-3/art_2', 'yzbf-2024-3/art_2__2', 'yzbf-2024-3/art_2_1', 'yzbf-2024-3/art_3']);
    const warning = messages.find((m) => m.code === 'duplicate-number');
    expect(warning?.message).toContain('第二条');
    expect(warning?.line).toBeGreaterThan(0);
  });

  it('a notice\'s own numbered points are its outline, cited as the notice\'s apart from its 方案\'s parts', async () => {
    const points = doc(4).children.filter((c) => c.type === 'heading');
    expect(points.map((h) => h.id)).toEqual(['yzbf-2024-4/notice/hd_1', 'yzbf-2024-4/notice/hd_2', 'yzbf-2024-4/notice/hd_3']);
    const client = await SearchClient.open(diskFetcher(join(dir, 'dist', 'site')));
    const first = async (q: string) => (await client.search(q, { limit: 5 }))[0]?.id;
    for (const q of ['攸政办发〔2024〕4号 通知第三项', '4号文 通知的第3点', '攸政办发〔2024〕4号通知三、']) expect(await first(q), q).toBe('yzbf-2024-4/notice/hd_3');
    expect(await first('攸政办发〔2024〕4号 方案第三项')).toBe('yzbf-2024-4/hd_3');
    // The page shows them under the notice, in its outline too, each with its label.
    const page = await readFile(join(dir, 'dist', 'site', 'doc', 'yzbf-2024-4.html'), 'utf8');
    expect(page).toContain('id="yzbf-2024-4/notice/hd_3"');
    expect(page).toMatch(/<a href="#yzbf-2024-4\/notice\/hd_3"><span class="ol-lbl">三、<\/span>[^<]+<\/a>/u);
  });

  it('reads the shapes of bulletins written blind: 附注, an edition under the title, page furniture, a wrapped cell, 攸政任', async () => {
    const d = doc(6);
    expect(d.annotation).toBe('（此件公开发布）');
    const list = d.children.find((c) => c.type === 'instrument')!;
    expect(list.title).toBe('攸县测试收费目录清单（2024年版）');
    const tables = [...walk(list)].filter((n) => n.type === 'table');
    expect(tables).toHaveLength(1);
    const rows = [...walk(tables[0]!)].filter((n) => n.type === 'row');
    expect(rows.map((r) => r.id.split('/').pop())).toEqual(['row_1', 'row_2', 'row_3', 'row_4', 'row_5']);
    expect(JSON.stringify(rows[1])).toContain('及其实施条例执行');
    // The notice's third point by 通知第三项, its list's third row by 序号3.
    const client = await SearchClient.open(diskFetcher(join(dir, 'dist', 'site')));
    expect((await client.search('攸政办发〔2024〕6号 通知第三项', { limit: 3 }))[0]?.id).toBe('yzbf-2024-6/notice/hd_3');
    expect((await client.search('攸县测试收费目录清单 序号3', { limit: 3 }))[0]?.id).toBe(rows[2]!.id);
    const atDoc = messages.filter((m) => m.line !== undefined && m.line > (d.position.line ?? 0));
    expect(atDoc.filter((m) => ['unplaced-text', 'missing-instrument', 'table-serial-gap'].includes(m.code))).toEqual([]);
    // A short line between two tables, the second opening with its header, is the second's caption, not the
    // words of the first's last cell.
    const two = [...walk(doc(8))].filter((n) => n.type === 'table');
    expect(two).toHaveLength(2);
    expect(JSON.stringify(two[0])).not.toContain('县级联络员');
    // A 工作规程 is a kind of text: it is named without its place and with the kind's last two characters.
    const rules = doc(9).children.find((c) => c.type === 'instrument') as { aliases?: string[] };
    expect(rules.aliases).toEqual(expect.arrayContaining(['建设工程质量检测规程']));
    const appointment = files[0]!.bulletin.children.find((x) => x.docNumber === '攸政任〔2024〕7号');
    expect(appointment?.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('every id of the build is unique', () => {
    const ids = files.flatMap((f) => [...walk(f.bulletin)].map((n) => n.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
