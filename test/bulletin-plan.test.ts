/**
 * A bulletin written blind that prints a 规划 in chapters, a 批复, a 通报 with its name lists and a set of 办事指南
 * (test/eval/bulletins/lanchuan-2025-09.txt, 《岚川县人民政府公报》2025年第9期): the shapes its first build read wrong,
 * each read now as a reader of the printed bulletin would.
 */
import { describe, expect, it } from 'vitest';
import type { ChapterNode, DocumentNode, HeadingNode, InstrumentNode } from '../schema/tree.ts';
import { blindBulletinSuite } from './mini-site.ts';
import { ingestText } from '../pipeline/ingest/text.ts';
import { structure } from '../pipeline/structure/index.ts';
import { Messages } from '../pipeline/messages.ts';
import { walk } from './seed.ts';

const suite = blindBulletinSuite('lanchuan-2025-09.txt');
const codes = suite.codes;
const node = <T>(id: string) => suite.bulletin.nodes.get(id) as T;

describe('a bulletin printing a 规划 in chapters and 办事指南 written blind', () => {
  it('reads one rendition whose running headers alternate the name and the issue, every text its 目录 lists found', () => {
    // 岚川县人民政府公报 over a page holding a line, 2025年第9期 over the next: no second rendition starting there.
    expect(codes('document-only-in-one-rendition', 'unmatched-contents-entry', 'unmatched-attachment', 'unplaced-text')).toEqual([]);
    expect(suite.bulletin.file.bulletin.children).toHaveLength(7);
    expect(suite.bulletin.file.bulletin.contents.map((c) => c.documentId)).toEqual(suite.bulletin.file.bulletin.children.map((d) => d.id));
    // The issue over a page is no text of the document it stands in.
    expect([...suite.bulletin.nodes.values()].some((n) => (n as { text?: string }).text === '2025年第9期')).toBe(false);
  });

  it('reads a 规划\'s chapters, its 一、 numbered anew in each, as chapters holding their parts, cited under the chapter', () => {
    const plan = node<InstrumentNode>('lzbf-2025-24/ins_1');
    const chapters = plan.children.filter((c): c is ChapterNode => c.type === 'chapter');
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(chapters[2]!.title).toBe('夯实粮食安全根基');
    expect(node<HeadingNode>('lzbf-2025-24/chp_3/hd_1').title).toBe('稳定粮食生产');
    expect(codes('duplicate-number', 'numbering-gap')).toEqual([]);
  });

  it('finds a part of a 规划 by its chapter and its labels, and cites it so', async () => {
    const answer = await suite.bulletin.client.find('十五五农业农村现代化规划 第三章一、（二）');
    expect(answer.results[0]?.id).toBe('lzbf-2025-24/chp_3/hd_1/hd_2');
    expect(answer.results[0]?.citation).toBe('《岚川县“十五五”农业农村现代化规划》（岚政办发〔2025〕24号）第三章一、（二）');
    // Its part's numeral typed bare after the chapter (第四章二): that part.
    expect((await suite.bulletin.client.find('岚政办发〔2025〕24号 第四章二')).results[0]?.id).toBe('lzbf-2025-24/chp_4/hd_2');
  });

  it('answers a part cited with a word it does not print (a guide\'s 九、 and 办理时限) by the field inside it that does', async () => {
    const ids = (await suite.bulletin.client.find('岚政办函〔2025〕58号 附件第九项 办理时限')).results.map((r) => r.id);
    expect(ids[0]).toMatch(/^lzbh-2025-58\/att_1\/hd_9\/para_\d+$/u);
    expect((suite.bulletin.nodes.get(ids[0]!) as { text: string }).text).toMatch(/^办理时限：/u);
    // The part itself right after it.
    expect(ids[1]).toBe('lzbh-2025-58/att_1/hd_9');
  });

  it('keeps the table appended after the last chapter (附表) the 规划\'s own, its groups 一、 to 四、 no parts of 保障措施', () => {
    const plan = node<InstrumentNode>('lzbf-2025-24/ins_1');
    const groups = plan.children.filter((c): c is HeadingNode => c.type === 'heading');
    expect(groups.map((g) => g.title)).toEqual(['粮食安全类', '特色产业类', '乡村建设类', '改革增收和防灾减灾类']);
    expect(node<ChapterNode>('lzbf-2025-24/chp_10').children.filter((c) => c.type === 'heading')).toHaveLength(6);
  });

  it('finds a row of that table by its group and number after the 规划\'s name, as a list\'s (十五五规划 一（1）, 二之6)', async () => {
    expect((await suite.bulletin.client.find('十五五规划 一（1）')).results[0]?.id).toBe('lzbf-2025-24/tbl_3/row_1');
    expect((await suite.bulletin.client.find('农业农村现代化规划二之6')).results[0]?.id).toBe('lzbf-2025-24/tbl_4/row_6');
  });

  it('joins an indicator\'s name cut at a line\'s end to its words on the next line, one row (a table of categories printed once)', () => {
    const rows = suite.bulletin.nodes.get('lzbf-2025-24/tbl_1') as { children: Array<{ cells: string[] }> };
    const row = rows.children.find((r) => r.cells[1]!.startsWith('县域医共体内'));
    expect(row?.cells).toEqual(['乡村建设', '县域医共体内乡镇卫生院达到服务能力推荐标准的比例', '%', '45', '80', '预期性']);
    expect(rows.children.some((r) => r.cells[0] === '荐标准的比例')).toBe(false);
    expect(codes('table-cell-continued').length).toBeGreaterThan(0);
  });

  it('finds a 目 cited as a point after its item (第十二条第一款第（二）项第3点)', async () => {
    expect((await suite.bulletin.client.find('岚川宅基地办法第十二条第一款第（二）项第3点')).results[0]?.id).toBe('lzf-2025-8/art_12/para_1/item_2/subitem_3');
  });

  it('reads the lines numbered under a field\'s label (申请材料：, 办理流程：) as the field\'s, no headings of the guide', () => {
    const guide = node<HeadingNode>('lzbh-2025-58/att_1/hd_1');
    expect(guide.title).toBe('新生儿出生“一件事”');
    expect(guide.children.every((c) => c.type === 'paragraph')).toBe(true);
    const texts = guide.children.map((c) => (c as { text: string }).text);
    const materials = texts.indexOf('申请材料：');
    expect(texts[materials + 1]).toMatch(/^1\.新生儿出生“一件事”联办申请表/u);
  });

  it('dates and names each text as printed: the 批复 answering a township, the 通报 of the office', () => {
    const reply = suite.bulletin.file.bulletin.children.find((d) => d.docNumber === '岚政函〔2025〕47号') as DocumentNode;
    expect(reply.date).toBe('2025-09-05');
    expect(reply.issuer).toBe('岚川县人民政府');
    const notice = suite.bulletin.file.bulletin.children.find((d) => d.docNumber === '岚政办通〔2025〕6号') as DocumentNode;
    expect(notice.title).toBe('岚川县人民政府办公室关于表扬2025年防汛抗灾工作先进集体和先进个人的通报');
  });

  it('keeps a chapter of an outline text printed twice (a misprint) addressable, with a warning at its line', () => {
    const text = ['岚川县人民政府公报', '', '2025年第9期', '', '岚政办发〔2025〕24号', '', '岚川县人民政府办公室关于印发《岚川县测试规划》的通知', '',
      '各乡镇人民政府：', '', '《岚川县测试规划》已经县人民政府同意，现印发给你们。', '', '岚川县人民政府办公室', '', '2025年9月12日', '', '岚川县测试规划', '',
      '第一章　总体要求', '', '一、指导思想', '', '坚持新发展理念。', '', '第二章　重点任务', '', '一、稳定粮食生产', '', '稳定粮食播种面积。', '',
      '第二章　保障措施', '', '一、加强组织领导', '', '健全工作机制。', ''].join('\n');
    const messages = new Messages();
    const [bulletin] = structure(ingestText(text, 'plan.txt'), 'plan', messages.reporter('plan.txt', 'structure'));
    const ids = [...walk(bulletin!)].map((n) => n.id);
    expect(ids).toContain('lzbf-2025-24/chp_2__2/hd_1');
    expect(new Set(ids).size).toBe(ids.length);
    expect(messages.list.filter((m) => m.code === 'duplicate-number').map((m) => m.line)).toEqual([31]);
  });
});

