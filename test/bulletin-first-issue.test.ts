/**
 * A year's first bulletin written blind (test/eval/bulletins/hexi-2025-01.txt, 《禾溪县人民政府公报》2025年第1期): the
 * shapes its first build read wrong, each read now as a reader of the printed bulletin would.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseQuery } from '../core/search/query.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentNode, HeadingNode, RowNode } from '../schema/tree.ts';
import { archiveSite, blindBulletin, blindBulletinSuite, type MiniSite } from './mini-site.ts';

const suite = blindBulletinSuite('hexi-2025-01.txt');
const codes = suite.codes;
const cells = (id: string) => (suite.bulletin.nodes.get(id) as RowNode | undefined)?.cells;

describe('a year\'s first bulletin written blind', () => {
  it('reads a 目录 printing no numbers, a speech\'s entry followed by its speaker\'s name', () => {
    const contents = suite.bulletin.file.bulletin.contents;
    expect(contents.map((c) => c.page)).toEqual([1, 21, 35, 46, 53, 55, 72, 78]);
    expect(contents[0]!.title).toBe('2025年禾溪县人民政府工作报告');
    expect(contents.map((c) => c.documentId)).toEqual(suite.bulletin.file.bulletin.children.map((d) => d.id));
    expect(codes('unplaced-text', 'unmatched-contents-entry', 'missing-signature')).toEqual([]);
  });

  it('keeps the 政府工作报告 printed first, dated and signed by its head, and the 大事记 printing no date', () => {
    const [report] = suite.bulletin.file.bulletin.children;
    expect([report!.id, report!.docNumber, report!.issuer, report!.date]).toEqual([`${suite.bulletin.file.bulletin.id}-no1`, '', '禾溪县人民政府', '2025-01-07']);
    // 一、2024年工作回顾: a point whose title starts with a year is a point.
    expect(report!.children.filter((c) => c.type === 'heading').map((c) => (c as HeadingNode).label)).toEqual(['一、', '二、', '三、']);
    expect(report!.delivered).toEqual({ occasion: '——2025年1月7日在禾溪县第十八届人民代表大会第五次会议上', speaker: '禾溪县人民政府县长　彭立衡' });
    const events = suite.bulletin.file.bulletin.children.at(-1)!;
    expect([events.title, events.date, events.undated]).toEqual(['2024年12月县政府大事记', '2025-01-24', true]);
    expect(codes('undated-text')).toHaveLength(1);
  });

  it('prints the report\'s occasion and speaker under its title, and no signature nor date under a text that printed none', async () => {
    const page = await readFile(join(suite.bulletin.site, 'doc', `${suite.bulletin.file.bulletin.id}-no1.html`), 'utf8');
    expect(page).toContain('<p class="delivered">——2025年1月7日在禾溪县第十八届人民代表大会第五次会议上</p>');
    expect(page).not.toContain('class="sign"');
    const events = await readFile(join(suite.bulletin.site, 'doc', `${suite.bulletin.file.bulletin.id}-no8.html`), 'utf8');
    expect(events).not.toContain('class="sign"');
    expect(await readFile(join(suite.bulletin.site, 'doc', 'hzbf-2025-3.html'), 'utf8')).toContain('class="sign"');
  });

  it('reads a 文号 typed without its 发 (禾政〔2025〕2号) as the document whose agency has it, a path after it too', async () => {
    expect(parseQuery('禾政〔2025〕2号决定第六项').docNumber).toMatchObject({ agency: '禾政', year: 2025, serial: 2 });
    expect((await suite.bulletin.client.search('禾政〔2025〕2号决定第六项', { limit: 3 }))[0]?.id).toBe('hzf-2025-2/notice/hd_6');
    expect((await suite.bulletin.client.search('禾政〔2025〕2号', { limit: 3 })).map((r) => r.id)).toEqual(['hzf-2025-2']);
  });

  it('reads a part\'s title ending as a kind of text does (保障措施) before a bracketed label, the 文号 naming the text, as that part\'s point', async () => {
    expect((await suite.bulletin.client.search('禾政办发〔2025〕2号 保障措施（三）', { limit: 3 }))[0]?.id).toBe('hzbf-2025-2/hd_5/hd_3');
    // After its 登记号 too, whose digits a query's normal form glues to the title.
    expect((await suite.bulletin.client.search('XZHXDR-2025-02001 保障措施（三）', { limit: 3 }))[0]?.id).toBe('hzbf-2025-2/hd_5/hd_3');
  });

  it('finds the report by the meeting it was given at, as its head prints it', async () => {
    expect((await suite.bulletin.client.search('第十八届人民代表大会第五次会议 政府工作报告', { limit: 1 }))[0]?.id).toBe(`${suite.bulletin.file.bulletin.id}-no1`);
  });

  it('reads a 决定\'s new wording quoted over paragraphs each opening with “ as the wording, no points of the 决定', () => {
    const point = suite.bulletin.nodes.get('hzf-2025-2/notice/hd_3') as HeadingNode;
    expect(point.children.map((c) => c.type)).toEqual(Array(10).fill('paragraph'));
    expect(codes('duplicate-number').filter((m) => m.includes('hzf-2025-2'))).toEqual([]);
    // Its 附注 printed after a page break under the 成文日期 is the 附注, no stray text.
    expect((suite.bulletin.nodes.get('hzf-2025-2') as DocumentNode).annotation).toBe('（此件公开发布）');
  });

  it('keeps what a 决定 says after its last amendment (此外…作相应调整, 本决定自…起施行, …重新公布) as its own text, not the last amendment\'s', () => {
    const last = suite.bulletin.nodes.get('hzf-2025-2/notice/hd_9') as HeadingNode;
    expect(last.text).toMatch(/^将第二十六条修改为/u);
    expect(last.children).toEqual([]);
    expect(['para_2', 'para_3', 'para_4'].map((p) => (suite.bulletin.nodes.get(`hzf-2025-2/notice/${p}`) as { text?: string } | undefined)?.text)).toEqual([
      '此外，对条文顺序作相应调整。',
      '本决定自2025年3月1日起施行。',
      '《禾溪县城区户外广告设施和招牌设置管理办法》根据本决定作相应修改，重新公布。',
    ]);
  });

  it('joins a cell cut at the line\'s end to its words on the next line, the rest of the row there in its columns', () => {
    expect(cells('hzbf-2025-2/att_1/tbl_1/row_2')?.slice(3)).toEqual(['返乡创业实体吸纳本县劳动者就业，签订1年以上劳动合同并按规定缴纳社会保险费', '县人社局（县就业服务中心）']);
    expect(cells('hzbf-2025-2/att_1/tbl_1/row_6')?.[4]).toBe('县人社局（县就业服务中心）、县融资担保公司、经办银行');
    expect(cells('hzbf-2025-2/att_1/tbl_1/row_18')?.slice(2, 4)).toEqual(['每人1万元一次性奖励，优先推荐参评劳动模范、优秀农民工等荣誉', '带动就业效果好、示范作用强，经县返乡创业工作领导小组遴选认定']);
    expect(codes('table-row-without-serial')).toEqual([]);
    expect([...suite.bulletin.nodes.keys()].filter((id) => /^hzbf-2025-2\/att_1\/tbl_1\/row_\d+_\d+$/u.test(id))).toEqual([]);
    // Each such line is told as what it is, a cell going on, not as cells printed out of their columns.
    const continued = codes('table-cell-continued');
    expect(continued.length).toBeGreaterThanOrEqual(4);
    expect(codes('table-row-realigned').filter((m) => continued.some((c) => c.split(':')[0] === m.split(':')[0]))).toEqual([]);
  });

  it('ends a paragraph at a line listing a name and its number apart (县公安局　110), which no sentence goes on from', () => {
    const texts = ['para_1', 'para_2', 'para_3', 'para_4'].map((p) => (suite.bulletin.nodes.get(`hzt-2025-1/notice/hd_7/${p}`) as { text?: string } | undefined)?.text ?? '');
    expect(texts[1]).toBe('举报电话：县农业农村局渔政执法大队　0739—5821110');
    expect(texts[2]).toBe('县公安局　110');
    expect(texts[3]).toMatch(/^各乡镇人民政府、街道办事处/u);
  });

  it('puts a total whose label spans the first columns (合计 ⇥ ⇥ ⇥ 106.1) under the column it sums', () => {
    expect(cells('hzt-2025-1/att_1/tbl_1/row_6_1')).toEqual(['合计', '', '', '', '106.1']);
  });
});

describe('answering the residents of a county from its year\'s first issue, the seed beside it', () => {
  let archive: MiniSite;
  beforeAll(async () => {
    archive = await archiveSite(['hexi-2025-01.txt']);
  }, 120_000);
  afterAll(() => archive?.remove());
  const first = async (query: string) => (await archive.client.search(query, { limit: 3 }))[0]?.id;

  it('reads a light verb before a word the texts print (打零工) as that word (零工市场), over the table\'s words for it (灵活用工)', async () => {
    expect(await first('县里有没有打零工的市场')).toBe(`${suite.bulletin.file.bulletin.id}-no1/notice/hd_2/hd_6/para_1`);
  });

  it('reads next year (明年) as asking of the newest year: this year\'s report before the older bulletin\'s plan', async () => {
    expect(await first('孩子明年上小学，县城要盖新学校吗')).toBe(`${suite.bulletin.file.bulletin.id}-no1/notice/hd_2/hd_7/hd_1`);
  });
});

describe('the same cut cells in another blind bulletin (shiling-2024-02, a 项目 table)', () => {
  it('reads 高标准农田新 ⏎ 建项目 as one cell of its column, not a paragraph of the column before', async () => {
    const other = await blindBulletin('shiling-2024-02.txt');
    try {
      const row = other.nodes.get('szbf-2024-21/att_1/tbl_1/row_5') as RowNode;
      expect(row.cells.slice(1, 3)).toEqual(['枫林镇', '枫林镇枫树坪、新屋场、荷叶塘村高标准农田新建项目']);
    } finally {
      await other.remove();
    }
  });
});
