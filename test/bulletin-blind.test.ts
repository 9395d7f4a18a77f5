/**
 * A bulletin written blind (test/eval/bulletins/qinghe-2023-02.txt: a fictional county, on subjects the
 * seed does not hold, by a helper that read no code), through the whole build: the shapes its first
 * build read wrong, each now read as printed. Its first build: 124 messages, among them 18 unresolved
 * references (every 附件 of four documents: their 附件说明 stood under the notice's text, where
 * GB/T 9704 puts it), 14 serials "printed twice" (a column of 分值 read as 序号), a 款 after a table
 * left outside its article, and the notes under a table (说明：1.… 2.…) read as outline parts, which
 * the generated citations then cited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentNode, TreeNode } from '../schema/tree.ts';
import { walk } from './seed.ts';
import { archiveSite, blindBulletinSuite, type MiniSite } from './mini-site.ts';
import { SearchClient } from '../core/search/client.ts';

const suite = blindBulletinSuite('qinghe-2023-02.txt');

const doc = (id: string) => suite.bulletin.nodes.get(id) as DocumentNode;

describe('a bulletin written blind on other subjects', () => {
  it('builds its six documents, every one with its instrument', () => {
    const docs = suite.bulletin.file.bulletin.children as DocumentNode[];
    expect(docs.map((d) => d.docNumber)).toHaveLength(6);
    for (const d of docs) expect(d.children.some((c) => c.type === 'instrument'), d.id).toBe(true);
  });

  it('finds the attachments a notice lists under its own text (附件：1.… above the signature)', () => {
    for (const id of ['qzf-2023-5', 'qzbf-2023-14', 'qzf-2023-7', 'qzbf-2023-19']) {
      const d = doc(id);
      expect(d.attachments.map((a) => a.id), id).toEqual([`${id}/att_1`, `${id}/att_2`]);
      // The list is the document's, not a paragraph of the notice.
      expect(d.children.filter((c) => c.type === 'paragraph').some((p) => 'text' in p && /^附件[：:]/.test(p.text)), id).toBe(false);
    }
    expect(suite.bulletin.messages.filter((m) => m.code === 'unmatched-attachment')).toEqual([]);
  });

  it('takes a lone 附件 line for a notice\'s only attachment, and an attachment titled as the instrument issued for that instrument', () => {
    // 附件：…评分表, then "附件" and the title: the 细则's attachment, found by its label.
    expect(suite.bulletin.nodes.get('qzbf-2023-11/att_1')?.type).toBe('attachment');
    // The notice issuing the 事项清单 prints it as its 附件: one text, the instrument, and no empty attachment.
    const list = doc('qzbf-2023-17');
    expect(list.attachments).toEqual([expect.objectContaining({ number: 1, id: 'qzbf-2023-17/ins_1' })]);
    expect(suite.bulletin.nodes.has('qzbf-2023-17/att_1')).toBe(false);
    // Its title is the line under the 附件 label, never the label joined to it (附件青禾县…清单).
    expect((suite.bulletin.nodes.get('qzbf-2023-17/ins_1') as { title?: string }).title).toBe('青禾县政务服务“一件事一次办”事项清单（2023年版）');
    expect(suite.bulletin.messages.filter((m) => m.code === 'unplaced-text')).toEqual([]);
  });

  it('keeps a 款 printed after a table inside its article (第九条 …如下表： table, then 前款所称…)', () => {
    const article = suite.bulletin.nodes.get('qzbf-2023-19/art_9')!;
    const text = [...walk(article)].map((n) => ('text' in n ? n.text : '')).join('');
    expect(text).toContain('前款所称小型车');
    expect([...suite.bulletin.nodes.keys()].some((id) => /^qzbf-2023-19\/para_\d+$/.test(id))).toBe(false);
  });

  it('reads the notes under a table (说明：1.… ⏎ 2.…) as paragraphs, not as the parts 2. 3. 4. of an outline', () => {
    const paragraphs = [1, 2, 3, 4].map((n) => suite.bulletin.nodes.get(`qzf-2023-5/att_1/para_${n}`) as (TreeNode & { text: string }) | undefined);
    expect(paragraphs.map((p) => p?.text.slice(0, 2))).toEqual(['说明', '2.', '3.', '4.']);
    expect([...suite.bulletin.nodes.values()].some((n) => n.type === 'heading' && n.id.startsWith('qzf-2023-5/att_1/'))).toBe(false);
  });

  it('reads a column of small numbers named otherwise (分值) as no 序号', () => {
    expect(suite.bulletin.messages.filter((m) => m.code === 'table-serial-duplicate' || m.code === 'table-serial-gap')).toEqual([]);
    const rows = [...walk(suite.bulletin.nodes.get('qzbf-2023-11/att_1')!)].filter((n) => n.type === 'row');
    expect(rows.length).toBeGreaterThanOrEqual(18);
  });

  it('resolves an article an attachment without articles cites to the text it is attached to', () => {
    // 附件1 (a table of standards) cites 第二条第二款: the 办法's, not its own (it has no articles).
    const cited = (suite.bulletin.file.references ?? []).filter((r) => r.from === 'qzf-2023-5/att_1/para_4' && r.surface.includes('第二条'));
    expect(cited.map((r) => r.target)).toEqual([{ type: 'node', id: 'qzf-2023-5/art_2/para_2', bulletin: 'qinghexian-2023-02' }]);
    expect(suite.bulletin.messages.filter((m) => m.code === 'unresolved-reference' && /att_\d+ has 0 articles/.test(m.message))).toEqual([]);
  });

  it('reads the points a notice sets out in its own text (…通知如下：一、… 二、…) as its outline', () => {
    const d = doc('qzbf-2023-17');
    expect(d.children.filter((c) => c.type === 'heading').map((h) => h.id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `qzbf-2023-17/notice/hd_${n}`));
    // The paragraph before them stays one; a notice without numbered points keeps its paragraphs.
    expect(d.children[0]!.id).toBe('qzbf-2023-17/notice/para_1');
    expect(doc('qzf-2023-5').children.filter((c) => c.type === 'heading')).toEqual([]);
  });
});

describe('searching a bulletin the everyday words were not written for', () => {
  // The everyday words that are no bulletin's own (低保户, 营业额, 能报多少) read its printed words too.
  it('reads a citizen\'s words as the words any bulletin prints for them', async () => {
    const first = async (q: string) => (await suite.bulletin.client.search(q, { limit: 10 }))[0]?.id;
    // 低保户 is a 最低生活保障对象; 能报多少 asks its 救助比例.
    expect(await first('低保户住院能报多少')).toMatch(/^qzf-2023-5\/(art_13\/para_1\/item_2|att_1\/tbl_1\/row_2)$/);
    // 营业额 is the 营业收入 the 分型标准 sets.
    expect(await first('我一年营业额二十来万算哪种类型的个体户')).toBe('qzf-2023-7/att_2/tbl_1/row_1');
  });

  it('finds a point of a notice\'s own text by its number after the 文号, however typed', async () => {
    const first = async (q: string) => (await suite.bulletin.client.search(q, { limit: 10 }))[0]?.id;
    expect(await first('青政办发〔2023〕17号 通知第三项')).toBe('qzbf-2023-17/notice/hd_3');
    expect(await first('17号文 通知的第5点')).toBe('qzbf-2023-17/notice/hd_5');
    expect(await first('青政办发〔2023〕17号 通知四、')).toBe('qzbf-2023-17/notice/hd_4');
  });
});

describe('naming a text among the texts of several bulletins', () => {
  let many: MiniSite;
  let archive: SearchClient;
  beforeAll(async () => {
    many = await archiveSite(['qinghe-2023-02.txt', 'xiyuan-2024-01.txt']);
    archive = many.client;
  });
  afterAll(() => many?.remove());

  it('finds the text a full title names, its county and edition in it, whatever other headers share its bigrams', async () => {
    const first = async (q: string) => (await archive.search(q, { limit: 10 }))[0]?.id;
    // 青禾 and 2023 stand in a score of headers of three bulletins; the title holds them all in one.
    expect(await first('《青禾县农村生活污水治理三年行动工作方案（2023—2025年）》二、')).toBe('qzbf-2023-14/hd_2');
    expect(await first('《青禾县农村生活污水治理三年行动工作方案》二、')).toBe('qzbf-2023-14/hd_2');
    expect(await first('政务服务一件事一次办事项清单 第一部分第4项')).toBe('qzbf-2023-17/tbl_1/row_4');
  });
});
