/**
 * A bulletin written blind that prints a county's departments and its government's minutes
 * (test/eval/bulletins/tanshan-2025-06.txt, 《檀山县人民政府公报》2025年第6期): the shapes its first build read wrong,
 * each read now as a reader of the printed bulletin would.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentNode } from '../schema/tree.ts';
import { SearchClient } from '../core/search/client.ts';
import { diskFetcher } from '../pipeline/index/local.ts';
import { blindBulletinSuite } from './mini-site.ts';

const suite = blindBulletinSuite('tanshan-2025-06.txt');
const codes = suite.codes;
const text = (id: string) => (suite.bulletin.nodes.get(id) as { text?: string } | undefined)?.text;
const doc = (id: string) => suite.bulletin.nodes.get(id) as DocumentNode;
const minutesOf = () => suite.bulletin.file.bulletin.children.find((d) => d.title === '县人民政府第41次常务会议纪要')!;

describe('a bulletin of departments\' documents and minutes written blind', () => {
  it('finds every text its 目录 lists, the minutes among them', () => {
    expect(suite.bulletin.file.bulletin.children).toHaveLength(7);
    expect(suite.bulletin.file.bulletin.contents.map((c) => c.documentId)).toEqual(suite.bulletin.file.bulletin.children.map((d) => d.id));
    expect(codes('unmatched-contents-entry', 'unplaced-text')).toEqual([]);
  });

  it('reads a 文号 alone on its line whose 机关代字 ends in a department\'s code, no 发 (檀财社〔2025〕12号)', () => {
    const joint = doc('tcs-2025-12');
    expect(joint.docNumber).toBe('檀财社〔2025〕12号');
    expect(joint.children.filter((c) => c.type === 'instrument').map((c) => (c as { title: string }).title)).toEqual(['檀山县灵活就业人员社会保险补贴实施细则']);
  });

  it('reads a 署名 of three bodies, two side by side and one under them, as the document\'s issuers, no paragraph of its text', () => {
    expect(doc('tcs-2025-12').issuer).toBe('檀山县财政局、檀山县人力资源和社会保障局、檀山县医疗保障局');
    const notice = [...suite.bulletin.nodes.values()].filter((n) => n.id.startsWith('tcs-2025-12/notice/') && n.type === 'paragraph').map((n) => (n as { text: string }).text);
    expect(notice.some((t) => t.includes('檀山县财政局 檀山县人力资源和社会保障局') || t.replace(/\s+/g, '') === '檀山县财政局檀山县人力资源和社会保障局')).toBe(false);
  });

  it('reads a clause naming an attachment (（一）《…申请表》；) as the article\'s clause, not as the attachment\'s heading', () => {
    expect(codes('missing-attachment-heading')).toEqual([]);
    // The 细则's twenty articles (a sole instrument's hang off the document), none in an attachment.
    const articles = [...suite.bulletin.nodes.values()].filter((n) => n.type === 'article' && n.id.startsWith('tcs-2025-12/')).map((n) => n.id);
    expect(articles).toHaveLength(20);
    expect(articles.filter((id) => id.includes('/att_'))).toEqual([]);
  });

  it('keeps minutes printed under their masthead, their title without the county\'s name the 目录 gives, dated by the masthead', () => {
    const minutes = minutesOf();
    expect(minutes).toBeDefined();
    expect(minutes.date).toBe('2025-05-16');
    expect(minutes.issuer).toBe('檀山县人民政府办公室');
    expect(minutes.undated).toBeUndefined();
    // The masthead is its head, no text of the department's notice before it.
    expect(minutes.position.line).toBe(1107);
    expect([...suite.bulletin.nodes.values()].some((n) => n.id.startsWith('tcs-2025-12/') && ((n as { text?: string }).text ?? '').includes('常务会议纪要'))).toBe(false);
  });

  it('reads each line of the minutes\' head (时　间：…, 出　席：… and the names wrapped under it) as a paragraph of its own', () => {
    const id = minutesOf().id;
    expect(text(`${id}/notice/para_1`)).toBe('时　间：2025年5月12日上午9时');
    expect(text(`${id}/notice/para_2`)).toBe('地　点：县人民政府三楼常务会议室');
    // The names wrapped under 出　席 stay apart from the one before them (罗慧敏　彭湘云, two people).
    expect(text(`${id}/notice/para_4`)).toMatch(/^出　席：唐少华.*罗慧敏　彭湘云$/u);
    expect(text(`${id}/notice/para_5`)).toMatch(/^列　席：县委办刘卫东.*主要负责同志$/u);
    expect(text(`${id}/notice/para_8`)).toMatch(/^2025年5月12日，县长周立群主持召开/u);
  });

  it('reads a group\'s line numbered in Chinese numerals and a 合计 with its count as no rows missing their 序号', () => {
    expect(codes('table-row-without-serial', 'table-cell-empty')).toEqual([]);
    expect((suite.bulletin.nodes.get('tzbf-2025-15/att_2/tbl_1/row_0_2') as { cells?: string[] } | undefined)?.cells?.slice(0, 2)).toEqual(['一', '温泉度假类（5个）']);
  });

  it('finds the joint document by its 文号 and an article by its short 文号, and the minutes by their meeting', async () => {
    expect((await suite.bulletin.client.search('檀财社〔2025〕12号', { limit: 1 }))[0]?.id).toBe('tcs-2025-12');
    expect((await suite.bulletin.client.search('檀财社12号 第五条', { limit: 1 }))[0]?.id).toBe('tcs-2025-12/art_5');
    expect((await suite.bulletin.client.search('第41次常务会议纪要', { limit: 1 }))[0]?.id).toBe(minutesOf().id);
  });

  it('reads places by their ordinals that no path rule reads (第十项第四点 of the minutes\' points) as no slip: no spelling file fetched', async () => {
    const fresh = await SearchClient.open(diskFetcher(suite.bulletin.site));
    const results = await fresh.search('41次常务会纪要 第十项第四点 规范性文件制定计划', { limit: 20 });
    expect(results[0]?.id).toBe(`${minutesOf().id}/notice/hd_10/hd_4`);
    expect(fresh.spellerLoaded).toBe(false);
  });
});
