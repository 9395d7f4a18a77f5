/**
 * Shapes real statute-form texts print, each through the whole build (schema validation included):
 * 节 directly under the instrument, 节 under 章, 章 without 节, a chapter's preamble, a bold line between
 * articles, 第X条之一, articles after the last chapter, and an article number printed twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
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

let dir: string;
let files: BulletinFile[];
let messages: Awaited<ReturnType<typeof build>>['messages'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongbao-shapes-'));
  await mkdir(join(dir, 'corpus'));
  const text = COVER + notice(1, '攸县测试办法', SHAPES.sections!) + notice(2, '攸县测试细则', SHAPES.chapters!) + notice(3, '攸县测试规定', SHAPES.misprints!) + POINTS;
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
  });

  it('every id of the build is unique', () => {
    const ids = files.flatMap((f) => [...walk(f.bulletin)].map((n) => n.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
