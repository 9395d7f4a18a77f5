/** One test per trap of the seed's extraction, on excerpts of the real seed and on small hand-written cases. */
import { describe, expect, it } from 'vitest';
import { byId, readSeed, seedLines, walk } from './seed.ts';
import { toBlocks } from '../pipeline/structure/blocks.ts';
import { ingestText } from '../pipeline/ingest/text.ts';
import type { HeadingNode, ParagraphNode, TreeNode } from '../schema/tree.ts';

const { merged, messages } = readSeed();
const lines = (text: string) => ingestText(text, 'case.txt').children;

const cover = `攸县人民政府公报\n\n攸县人民政府办公室\n\n2023 年第 1 期\n\n`;
const notice = (body: string, n = 1, extra = '') => `${extra}攸政办发〔2023〕${n}号

**攸县人民政府办公室
关于印发《攸县测试办法》的通知**

各乡镇人民政府：

《攸县测试办法》已经县人民政府同意，现印发给你们。

攸县人民政府办公室

2023年1月31日

攸县测试办法

${body}
`;

describe('two renditions of one issue', () => {
  it('keeps each document once and records the other reading as a variant (渌溪/淩溪, 县交运局/县交通局, 多元解纷/多元纠纷)', () => {
    const withVariant = (needle: string) =>
      [...walk(merged)].find((n) => ((n as { text?: string }).text ?? '').includes(needle) && 'variants' in n && n.variants?.length) as
        | (TreeNode & { text: string; variants: Array<{ text: string; line: number }> })
        | undefined;
    for (const [kept, other] of [['渌溪', '淩溪'], ['县交运局', '县交通局'], ['多元解纷', '多元纠纷']] as const) {
      const node = withVariant(kept);
      expect(node, kept).toBeDefined();
      expect(node!.variants.some((v) => v.text.includes(other))).toBe(true);
      expect(node!.variants.every((v) => v.line > 2121)).toBe(true);
    }
    const reconciled = messages.filter((m) => m.code === 'reconciled');
    expect(reconciled.length).toBeGreaterThanOrEqual(10);
    expect(reconciled.every((m) => m.line! > 0)).toBe(true);
  });

  it('treats other spacing between Chinese and digits as the same reading (A 级景区 3 家 / A级景区3家)', () => {
    const spaced = [...walk(merged)].find((n) => /A 级景区 3 家/.test((n as { text?: string }).text ?? ''));
    expect(spaced).toBeDefined();
    expect(((spaced as { variants?: unknown[] }).variants ?? []).length).toBe(0);
  });

  it('takes a 登记号 from the rendition that printed it', () => {
    expect(byId(merged, 'yzbf-2023-6')).toMatchObject({ registrationNumber: 'ZZYXDR-2023-01003' });
    expect(messages.some((m) => m.code === 'reconciled-field' && /ZZYXDR—2023—01003/.test(m.message))).toBe(true);
  });

  it('merges a hand-written pair of renditions, keeping the better-supported reading', () => {
    const body = '第一条 县交运局负责。\n\n第二条 县交运局、县财政局负责。\n\n第三条 由县交运局牵头。\n';
    const text = cover + notice(body) + '\n' + cover + notice(body.replace('由县交运局牵头', '由县交通局牵头'));
    const { merged: m, messages: msgs } = readSeed(text);
    expect(m.children).toHaveLength(1);
    const art3 = byId(m, 'yzbf-2023-1/art_3') as TreeNode & { text: string; variants: Array<{ text: string }> };
    expect(art3.text).toBe('由县交运局牵头。');
    expect(art3.variants).toEqual([{ text: '由县交通局牵头。', line: expect.any(Number) }]);
    expect(msgs.filter((x) => x.code === 'reconciled')).toHaveLength(1);
  });
});

describe('page breaks that cut sentences', () => {
  it('rejoins 第五条 …专用账户余 ⏎⏎ 额按 1:10… of the seed into one article text', () => {
    expect(byId(merged, 'yzbf-2023-1/art_5')).toMatchObject({
      text: '本办法所称“贷款”是指合作银行根据专用账户余额按 1:10 比例放大额度向符合本办法规定条件的企业发放的抵押或质押贷款。',
      position: { line: 55 },
    });
  });

  it('rejoins …增长 7.5%左右… ⏎⏎ 上，… in an outline heading of the seed', () => {
    const blocks = toBlocks(lines(seedLines(171, 173)));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: 'text', line: 1, endLine: 3 }); // lines of the excerpt
    expect((blocks[0] as { text: string }).text).toMatch(/以上，居民消费价格涨幅/);
  });

  it('never joins two real paragraphs, a title and its text, or a text and a numbered unit', () => {
    const blocks = toBlocks(lines('一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导\n\n（一）经济运行总体回升。\n\n第一章 总 则\n\n第一条 为了规范管理，制定本办法。\n\n本办法所称企业\n\n1.代偿申请书；'));
    expect(blocks.map((b) => (b as { text: string }).text)).toEqual([
      '一、总体要求',
      '以习近平新时代中国特色社会主义思想为指导',
      '（一）经济运行总体回升。',
      '第一章 总 则',
      '第一条 为了规范管理，制定本办法。',
      '本办法所称企业',
      '1.代偿申请书；',
    ]);
  });
});

describe('markdown-ish noise', () => {
  it('keeps a bold run-in heading as the title of its passage (seed, 攸政办发〔2023〕2号)', () => {
    const passages = [...walk(merged)].filter((n): n is ParagraphNode => n.type === 'paragraph' && n.title === '防范化解政府债务风险');
    expect(passages).toHaveLength(1);
    expect(passages[0]!.text).toMatch(/^防范化解政府债务风险。健全规范政府举债融资机制/);
    expect(passages[0]!.text).not.toContain('**');
  });

  it('does not take emphasis in mid-sentence for a heading (…的**主要任务**：)', () => {
    const art4 = byId(merged, 'yzbf-2023-6/art_4') as TreeNode & { text: string };
    expect(art4.text).toMatch(/^单位国有资产管理的主要任务：/);
    expect([...walk(merged)].filter((n) => (n as { title?: string }).title === '主要任务')).toEqual([]);
  });

  it('drops "- " list markers and keeps ordered labels, half- and full-width brackets alike', () => {
    const art7 = byId(merged, 'yzbf-2023-1/art_7')!;
    expect((art7 as { children: Array<{ label: string; text: string }> }).children.map((c) => c.label)).toEqual(['(一)', '(二)', '(三)']);
    expect(byId(merged, 'yzbf-2023-1/art_14/item_1')).toMatchObject({ label: '（一）', text: '单户企业贷款额度不超过 1000 万元；' });
    expect(byId(merged, 'yzbf-2023-1/art_15/item_5')).toMatchObject({ label: '(五)' });
    const subitem = lines('- 1.代偿申请书；\n1. 严格遏制新增政府隐性债务。');
    expect(subitem.map((l) => l.text)).toEqual(['1.代偿申请书；', '1. 严格遏制新增政府隐性债务。']);
  });

  it('keeps <p> fragments inside table cells, never in paragraphs', () => {
    const rows = [...walk(merged)].filter((n) => n.type === 'row' && n.text.includes('<p>'));
    expect(rows.length).toBeGreaterThan(0);
    for (const n of walk(merged)) if (n.type === 'paragraph') expect(n.text).not.toMatch(/<\/?p>/);
  });

  it('reads a bold title wrapped over three lines as one line without markup', () => {
    const { merged: m } = readSeed(cover + notice('第一条 测试。\n\n第二条 测试。\n\n第三条 测试。'));
    expect(m.children[0]!.title).toBe('攸县人民政府办公室关于印发《攸县测试办法》的通知');
  });
});

describe('attachments', () => {
  it('matches attachments without a heading to the 附件 list by title (附件3 and 附件6 of 〔2023〕2号, 附件2 of 〔2023〕9号)', () => {
    expect(byId(merged, 'yzbf-2023-2/att_6')).toMatchObject({ title: '攸县打好重点民生保障仗工作方案', position: { line: 945 } });
    expect(byId(merged, 'yzbf-2023-9/att_2')).toMatchObject({ title: '加强基层消防安全综合治理工作责任清单', position: { line: 2065 } });
    const att6 = byId(merged, 'yzbf-2023-2/att_6') as TreeNode & { children: HeadingNode[] };
    expect(att6.children.filter((c) => c.type === 'heading').length).toBeGreaterThan(2);
  });

  it('warns with the line when a listed attachment is nowhere to be found', () => {
    const body = '一、目标\n\n测试。\n\n附件：1.测试清单\n2.不存在的方案\n\n附件 1\n\n测试清单\n\n序号\t名称\n1\t甲\n';
    const { merged: m, messages: msgs } = readSeed(cover + notice(body));
    expect(m.children[0]!.attachments).toEqual([
      { number: 1, title: '测试清单', id: 'yzbf-2023-1/att_1' },
      { number: 2, title: '不存在的方案', id: null },
    ]);
    const warning = msgs.find((x) => x.code === 'unmatched-attachment')!;
    expect(warning).toMatchObject({ file: 'youxian-2023-01.txt', severity: 'warning' });
    expect(warning.line).toBe(27); // the 附件 list entry
  });
});

describe("a text's own wording and misprints", () => {
  it('keeps 本办法 in the 违法建设 细则 as printed', () => {
    expect(byId(merged, 'yzbf-2023-4/ins_1/art_3/para_2')).toMatchObject({ text: expect.stringContaining('本办法所称的当事人') });
  });

  it('keeps a misprinted 登记号 (ZYXDR) and normalises it beside (ZZYXDR)', () => {
    expect(byId(merged, 'yzbf-2023-9')).toMatchObject({ registrationNumberPrinted: 'ZYXDR—2023—01006', registrationNumber: 'ZZYXDR-2023-01006' });
    expect(messages.find((m) => m.code === 'misprinted-registration-number')).toMatchObject({ line: 1971 });
  });

  it('normalises the brackets of a 发文字号 and keeps what was printed', () => {
    const { merged: m } = readSeed(cover + notice('第一条 测试。\n\n第二条 测试。\n\n第三条 测试。').replace('攸政办发〔2023〕1号', '攸政办发[2023]1号'));
    expect(m.children[0]).toMatchObject({ docNumber: '攸政办发〔2023〕1号', docNumberPrinted: '攸政办发[2023]1号', id: 'yzbf-2023-1' });
  });
});

describe('warnings', () => {
  it('reports a numbering gap with file and line', () => {
    const { messages: msgs } = readSeed(cover + notice('第一条 测试。\n\n第二条 测试。\n\n第四条 测试。'));
    expect(msgs.find((x) => x.code === 'numbering-gap')).toMatchObject({ file: 'youxian-2023-01.txt', line: 26, message: expect.stringContaining('第四条') });
  });
});

describe('closing clauses of outline texts', () => {
  it('puts 本措施自 2024 年 1 月 1 日起施行… under the 措施 itself, not under its last item 十二、', () => {
    const measures = byId(merged, 'yzbf-2023-8/ins_1') as TreeNode & { children: TreeNode[] };
    const last = measures.children[measures.children.length - 1] as ParagraphNode;
    expect(last).toMatchObject({ type: 'paragraph', id: 'yzbf-2023-8/para_2' });
    expect(last.text).toMatch(/^本措施自 2024 年 1 月 1 日起施行/);
    expect((byId(merged, 'yzbf-2023-8/hd_12') as HeadingNode).children).toEqual([]);
  });
});
