import { describe, expect, it } from 'vitest';
import { byId, readSeed, walk } from './seed.ts';
import type { ArticleNode, ChapterNode, DocumentNode, HeadingNode, InstrumentNode, TreeNode } from '../schema/tree.ts';

const { merged, renditions, messages } = readSeed();
const doc = (n: number) => merged.children.find((d) => d.docNumber === `攸政办发〔2023〕${n}号`)!;

describe('the seed bulletin', () => {
  it('reads the cover and the 目录 with printed pages linked to documents', () => {
    expect(merged).toMatchObject({ title: '攸县人民政府公报', issuer: '攸县人民政府办公室', year: 2023, issue: 1 });
    expect(merged.contents.map((c) => c.page)).toEqual([1, 8, 115, 137, 151, 183, 189]);
    expect(merged.contents.map((c) => c.documentId)).toEqual(['yzbf-2023-1', 'yzbf-2023-2', 'yzbf-2023-4', 'yzbf-2023-6', 'yzbf-2023-7', 'yzbf-2023-8', 'yzbf-2023-9']);
  });

  it('holds exactly the 7 documents, once each, with dates, registration numbers and titles', () => {
    expect(renditions).toHaveLength(2);
    expect(merged.children.map((d) => d.docNumber)).toEqual([1, 2, 4, 6, 7, 8, 9].map((n) => `攸政办发〔2023〕${n}号`));
    expect(merged.children.map((d) => d.date)).toEqual(['2023-01-31', '2023-04-13', '2023-06-15', '2023-09-04', '2023-09-28', '2023-12-12', '2023-12-20']);
    expect(merged.children.map((d) => d.registrationNumber ?? null)).toEqual([
      'ZZYXDR-2023-01001', null, null, 'ZZYXDR-2023-01003', null, null, 'ZZYXDR-2023-01006',
    ]);
    expect(doc(9).registrationNumberPrinted).toBe('ZYXDR—2023—01006');
    expect(doc(1).title).toBe('攸县人民政府办公室关于印发《攸县“攸惠贷”风险补偿资金管理办法》的通知');
    expect(doc(4).title).toBe('攸县人民政府办公室关于印发《攸县实施〈株洲市管控和查处违法建设办法〉细则》《攸县实施〈株洲市管控和查处违法用地办法〉细则》的通知');
    expect(doc(8).title).toBe('攸县人民政府办公室印发《关于促进房地产业良性循环和健康发展的若干措施》的通知');
    for (const d of merged.children) {
      expect(d.title).not.toMatch(/[*\n]|\s/);
      expect(d.issuer).toBe('攸县人民政府办公室');
      expect(d.addressees[0]).toBe('各乡镇人民政府');
    }
    expect(doc(9).printedBy).toEqual({ issuer: '攸县人民政府办公室', date: '2023-12-20' });
  });

  it('gives 攸政办发〔2023〕4号 its two 细则 and every document its instrument', () => {
    const instruments = (d: DocumentNode) => d.children.filter((c): c is InstrumentNode => c.type === 'instrument');
    expect(instruments(doc(4)).map((i) => [i.title, i.kind])).toEqual([
      ['攸县实施《株洲市管控和查处违法建设办法》细则', '细则'],
      ['攸县实施《株洲市管控和查处违法用地办法》细则', '细则'],
    ]);
    expect(merged.children.map((d) => instruments(d).length)).toEqual([1, 1, 2, 1, 1, 1, 1]);
    expect(instruments(doc(7))[0]!.kind).toBe('清单');
    expect(instruments(doc(8))[0]!.kind).toBe('措施');
  });

  it('numbers the articles of the four article-based instruments continuously, under their chapters', () => {
    const articleBased = merged.children.flatMap((d) => d.children.filter((c): c is InstrumentNode => c.type === 'instrument' && c.form === 'articles'));
    expect(articleBased.map((i) => i.title)).toEqual([
      '攸县“攸惠贷”风险补偿资金管理办法',
      '攸县实施《株洲市管控和查处违法建设办法》细则',
      '攸县实施《株洲市管控和查处违法用地办法》细则',
      '攸县国有资产管理办法（试行）',
    ]);
    const counts = articleBased.map((ins) => {
      const articles = [...walk(ins)].filter((n): n is ArticleNode => n.type === 'article');
      expect(articles.map((a) => a.number)).toEqual(articles.map((_, i) => i + 1));
      const chapters = ins.children.filter((c): c is ChapterNode => c.type === 'chapter');
      expect(chapters.map((c) => c.number)).toEqual(chapters.map((_, i) => i + 1));
      return [chapters.length, articles.length];
    });
    expect(counts[0]).toEqual([7, 21]);
    expect(counts[3]![0]).toBe(10);
    expect(counts[3]![1]).toBe(41);
    expect(messages.filter((m) => m.code === 'numbering-gap')).toEqual([]);
  });

  it('addresses 第十四条第（三）项 of the 攸惠贷 办法 with its exact text', () => {
    const item = byId(merged, 'yzbf-2023-1/art_14/item_3');
    expect(item).toMatchObject({ type: 'item', label: '（三）', number: 3, text: '贷款年化利率不超过 5%；' });
    expect(byId(merged, 'yzbf-2023-1/art_9/item_1/subitem_2')).toMatchObject({ type: 'subitem', text: '不良贷款证明资料复印件；' });
    // An article with two 款: the second is addressable, the items hang under the first.
    const art3 = byId(merged, 'yzbf-2023-4/ins_1/art_3') as ArticleNode;
    expect(art3.children.map((c) => c.id)).toEqual(['yzbf-2023-4/ins_1/art_3/para_1', 'yzbf-2023-4/ins_1/art_3/para_2']);
    expect(byId(merged, 'yzbf-2023-4/ins_1/art_3/para_1/item_7')).toMatchObject({ type: 'item', number: 7 });
    expect(byId(merged, 'yzbf-2023-4/ins_1/art_3/para_2')).toMatchObject({ text: expect.stringMatching(/^本办法所称的当事人/) });
  });

  it('builds the full heading trees of the outline instruments', () => {
    const plan = doc(2).children.find((c) => c.type === 'instrument')!;
    const top = plan.children.filter((c): c is HeadingNode => c.type === 'heading');
    expect(top.map((h) => h.title)).toEqual(['总体要求', '主要目标', '重点任务', '组织实施']);
    expect(top[2]!.children.filter((c) => c.type === 'heading').map((h) => (h as HeadingNode).label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）']);
    const measures = doc(8).children.find((c) => c.type === 'instrument')!;
    expect(measures.children.filter((c) => c.type === 'heading').map((h) => (h as HeadingNode).number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(byId(merged, 'yzbf-2023-8/hd_2')).toMatchObject({ title: '实行购房补贴' });
    // In an outline （一） is a heading, never an item.
    for (const ins of merged.children.flatMap((d) => d.children)) {
      if (ins.type !== 'instrument' || ins.form !== 'outline') continue;
      expect([...walk(ins)].filter((n) => n.type === 'item' || n.type === 'article')).toEqual([]);
    }
    // Level-3 headings 1.–27. of 附件1 run on across the （一）…（六） headings.
    const att1 = byId(merged, 'yzbf-2023-2/att_1')!;
    const level3 = [...walk(att1)].filter((n): n is HeadingNode => n.type === 'heading' && n.level === 3);
    expect(level3.map((h) => h.number)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
  });

  it('finds every attachment named in a 附件 list, with its body, headings missing or not', () => {
    for (const d of merged.children) {
      for (const a of d.attachments) {
        expect(a.id, `${d.docNumber} 附件${a.number}`).not.toBeNull();
        const node = byId(merged, a.id!) as TreeNode & { children: unknown[] };
        expect(node.children.length).toBeGreaterThan(0);
      }
    }
    expect(doc(2).attachments.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc(9).attachments.map((a) => a.number)).toEqual([1, 2]);
    const missing = messages.filter((m) => m.code === 'missing-attachment-heading' && m.line! < 2122).map((m) => m.line);
    expect(missing).toEqual([445, 945, 2065]);
    // The listed title says 攻坚仗, the printed heading 攻坚战: matched, the printed title kept.
    expect(byId(merged, 'yzbf-2023-2/att_2')).toMatchObject({ label: '附件2', title: '攸县打好科技创新攻坚战工作方案' });
    expect(byId(merged, 'yzbf-2023-2/att_3')).toMatchObject({ label: '', title: '攸县打好优化发展环境持久仗工作方案' });
  });

  it('keeps every table line out of paragraphs', () => {
    for (const n of walk(merged)) {
      if (n.type === 'row') continue;
      const text = (n as { text?: string }).text ?? '';
      expect(text.includes('\t'), n.id).toBe(false);
    }
    const tables = [...walk(merged)].filter((n) => n.type === 'table');
    expect(tables.length).toBe(10); // six task lists, the licensing list in two parts, two 消防 lists
  });

  it('gives every node a unique id and a source position', () => {
    const ids = new Set<string>();
    for (const n of walk(merged)) {
      expect(ids.has(n.id), n.id).toBe(false);
      ids.add(n.id);
      expect(n.position.line).toBeGreaterThan(0);
    }
  });
});

describe('a notice whose 署名 is not read', () => {
  const notice = (ending: string) =>
    `攸县人民政府公报\n\n2023 年第 1 期\n\n攸政办发〔2023〕3号\n\n攸县人民政府办公室关于做好春节期间安全工作的通知\n\n各乡镇人民政府：\n\n请认真做好春节期间安全工作。\n\n${ending}攸政办发〔2023〕4号\n\n攸县人民政府办公室关于做好森林防火工作的通知\n\n各乡镇人民政府：\n\n请认真做好森林防火工作。\n\n攸县人民政府办公室\n\n2023年1月9日\n`;

  it('keeps it with its 成文日期 and no issuer when only the date is printed (the issuer in its seal), with a warning at the date', () => {
    const { merged, messages } = readSeed(notice('2023年1月5日\n\n'));
    expect(merged.children.map((d) => [d.id, d.issuer, d.date])).toEqual([
      ['yzbf-2023-3', '', '2023-01-05'],
      ['yzbf-2023-4', '攸县人民政府办公室', '2023-01-09'],
    ]);
    expect((merged.children[0]!.children[0] as { text?: string }).text).toBe('请认真做好春节期间安全工作。');
    expect(messages.filter((m) => m.code === 'missing-issuer').map((m) => m.line)).toEqual([13]);
    expect(messages.map((m) => m.code)).not.toContain('missing-signature');
  });

  it('keeps it, by name, when neither is printed: its text to the next document, marked undated and dated as the bulletin is', () => {
    const { merged, messages } = readSeed(notice(''));
    expect(merged.children.map((d) => [d.id, d.issuer, d.date, d.undated])).toEqual([
      ['yzbf-2023-3', '', '2023-01-09', true],
      ['yzbf-2023-4', '攸县人民政府办公室', '2023-01-09', undefined],
    ]);
    expect((merged.children[0]!.children[0] as { text?: string }).text).toBe('请认真做好春节期间安全工作。');
    expect(messages.filter((m) => m.code === 'undated-text').map((m) => m.message)).toEqual([expect.stringContaining('攸政办发〔2023〕3号')]);
    expect(messages.map((m) => m.code)).not.toContain('missing-signature');
  });

  it('leaves it out, by name, when the bulletin has no date to give it either', () => {
    const { merged, messages } = readSeed(notice('').replace(/\n攸县人民政府办公室\n\n2023年1月9日\n$/u, '\n'));
    expect(merged.children).toEqual([]);
    expect(messages.filter((m) => m.code === 'missing-signature').map((m) => m.message)).toEqual([expect.stringContaining('攸政办发〔2023〕3号'), expect.stringContaining('攸政办发〔2023〕4号')]);
  });
});
