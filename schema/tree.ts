/**
 * The document tree: the one shape every stage reads and writes, and the shape of the published JSON.
 * Types are inferred from these schemas; `npm run schema` writes schema/bulletin.schema.json from them.
 */
import { z } from 'zod';
import { TableNode, RowNode } from './table.ts';
import { nodeBase } from './base.ts';
import { Validity } from './reference.ts';
export { Position, Variant } from './base.ts';
export * from './table.ts';

export const InstrumentKind = z.enum(['办法', '细则', '方案', '措施', '清单', '规定', '意见', '其他']);
export type InstrumentKind = z.infer<typeof InstrumentKind>;

export const SubitemNode = z.object({
  ...nodeBase,
  type: z.literal('subitem'),
  label: z.string().describe('As printed: 1.'),
  number: z.number().int(),
  text: z.string(),
});
export type SubitemNode = z.infer<typeof SubitemNode>;

export const ItemNode = z.object({
  ...nodeBase,
  type: z.literal('item'),
  label: z.string().describe('As printed: （三）'),
  number: z.number().int(),
  text: z.string(),
  children: z.array(SubitemNode),
  validity: Validity.optional().describe('Its own period, when the instrument gives this item one.'),
});
export type ItemNode = z.infer<typeof ItemNode>;

export const ParagraphNode = z.object({
  ...nodeBase,
  type: z.literal('paragraph'),
  number: z.number().int().optional().describe('Position among the 款 of an article.'),
  title: z.string().optional().describe('A bold run-in heading that opens the passage.'),
  text: z.string(),
  children: z.array(ItemNode).optional(),
});
export type ParagraphNode = z.infer<typeof ParagraphNode>;

export const ArticleNode = z.object({
  ...nodeBase,
  type: z.literal('article'),
  label: z.string().describe('As printed: 第十四条'),
  number: z.number().int(),
  text: z.string().describe('The first 款 when the article has one 款; empty when its 款 are children.'),
  children: z.array(z.discriminatedUnion('type', [ParagraphNode, ItemNode])),
});
export type ArticleNode = z.infer<typeof ArticleNode>;

/** An ordinary paragraph, a bold line or a table between the labels of a statute text (a chapter's preamble). */
const Preamble = [ParagraphNode, TableNode] as const;

export const SectionNode = z.object({
  ...nodeBase,
  type: z.literal('section'),
  label: z.string().describe('As printed: 第一节'),
  number: z.number().int(),
  title: z.string(),
  children: z.array(z.discriminatedUnion('type', [ArticleNode, ...Preamble])),
});
export type SectionNode = z.infer<typeof SectionNode>;

export const HeadingNode = z.object({
  // The base fields one by one: TypeScript cannot infer a recursive object built with a spread.
  id: nodeBase.id,
  position: nodeBase.position,
  variants: nodeBase.variants,
  ocr: nodeBase.ocr,
  type: z.literal('heading'),
  label: z.string().describe('As printed: 一、 （一） 1. （1） ①'),
  number: z.number().int(),
  level: z.number().int().min(1).max(5).describe('1 for 一、, 2 for （一）, 3 for 1., 4 for （1） or ⑴, 5 for ①.'),
  title: z.string().optional().describe('The heading proper, when the line runs on into text.'),
  text: z.string().describe('The whole line after the label.'),
  validity: Validity.optional().describe('Its own period, when the instrument gives this item one.'),
  get children(): z.ZodArray<z.ZodDiscriminatedUnion<[typeof HeadingNode, typeof ParagraphNode, typeof TableNode]>> {
    return z.array(z.discriminatedUnion('type', [HeadingNode, ParagraphNode, TableNode]));
  },
});
export type HeadingNode = z.infer<typeof HeadingNode>;

export const ChapterNode = z.object({
  ...nodeBase,
  type: z.literal('chapter'),
  label: z.string().describe('As printed: 第一章'),
  number: z.number().int(),
  title: z.string(),
  children: z.array(z.discriminatedUnion('type', [SectionNode, ArticleNode, HeadingNode, ...Preamble])).describe('Its sections and articles; in an outline text (a 规划), its headings (一、 …).'),
});
export type ChapterNode = z.infer<typeof ChapterNode>;

// Discriminated on `type`: validating a whole bulletin is several times faster than with a plain union.
export const BodyNode = z.discriminatedUnion('type', [ChapterNode, SectionNode, ArticleNode, HeadingNode, ParagraphNode, TableNode]);
export type BodyNode = z.infer<typeof BodyNode>;

export const InstrumentNode = z.object({
  ...nodeBase,
  type: z.literal('instrument'),
  title: z.string(),
  kind: InstrumentKind,
  form: z.enum(['articles', 'outline']).describe('章/条 statute form, or 一、/（一） outline form.'),
  aliases: z.array(z.string()).optional().describe('Short names people use (攸惠贷办法, 违建细则, 国资办法; a 措施 or 意见 of twelve parts also 房地产业良性循环十二条), derived from the title and from the short names its document defines for it (（以下简称“建房新规”）, or 风补资金管理办法 from 本办法所称“…风险补偿资金”（以下简称风补资金）), each unique in the corpus (link stage).'),
  validity: Validity.optional().describe('When it applies (施行/有效期 clauses), filled by the link stage.'),
  children: z.array(BodyNode),
});
export type InstrumentNode = z.infer<typeof InstrumentNode>;

export const AttachmentNode = z.object({
  ...nodeBase,
  type: z.literal('attachment'),
  label: z.string().describe('附件1; "" when the heading line was missing in the source.'),
  number: z.number().int(),
  title: z.string(),
  form: z.enum(['articles', 'outline']),
  aliases: z.array(z.string()).optional().describe('Short names people use (经济增长主动仗方案), as for instruments.'),
  children: z.array(BodyNode),
});
export type AttachmentNode = z.infer<typeof AttachmentNode>;

export const AttachmentRef = z.object({
  number: z.number().int(),
  title: z.string().describe('As listed under 附件：'),
  id: z.string().nullable().describe('The attachment node, or null when its body was not found.'),
});

export const DocumentNode = z.object({
  ...nodeBase,
  type: z.literal('document'),
  docNumber: z.string().describe('发文字号 normalised to 〔〕: 攸政办发〔2023〕1号; "" for a text the 目录 lists that prints none (a 政策解读), whose id is the bulletin\'s and its 目录 number: yunxixian-2025-03-no7'),
  docNumberPrinted: z.string(),
  registrationNumber: z.string().optional().describe('规范性文件登记号, normalised: ZZYXDR-2023-01001'),
  registrationNumberPrinted: z.string().optional(),
  title: z.string(),
  addressees: z.array(z.string()).describe('主送机关'),
  issuer: z.string().describe('署名'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('成文日期; a speech\'s day (delivered); for a text printing no date (undated), the bulletin\'s publication date or else its latest 成文日期'),
  delivered: z
    .object({
      occasion: z.string().describe('As printed under the title: ——2025年1月7日在禾溪县第十八届人民代表大会第五次会议上'),
      speaker: z.string().optional().describe('The speaker\'s line: 禾溪县人民政府县长　彭立衡'),
    })
    .optional()
    .describe('A speech (a 政府工作报告): when, where and by whom it was given, printed under its title; no 署名 or 成文日期 closes it.'),
  undated: z.literal(true).optional().describe('The text prints no date of its own (a 大事记, a 名词解释): `date` is not printed in it.'),
  printedBy: z
    .object({ issuer: z.string(), date: z.string(), copiedTo: z.array(z.string()).optional().describe('抄送: the bodies the 版记 names') })
    .optional()
    .describe('版记: 印发机关 and 印发日期'),
  annotation: z.string().optional().describe('附注, printed in brackets under the 成文日期: （此件公开发布）'),
  forwards: z
    .array(z.string())
    .optional()
    .describe('转发: the documents of this bulletin the notice forwards, each printed whole after it with its own 文号 (碧政办发〔2025〕31号 转发 楚政办发〔2025〕18号): their ids.'),
  forwardedBy: z.string().optional().describe('The notice of this bulletin that forwards this document (转发), printed right before it: its id.'),
  attachments: z.array(AttachmentRef),
  children: z
    .array(z.discriminatedUnion('type', [ParagraphNode, HeadingNode, TableNode, InstrumentNode, AttachmentNode]))
    .describe("The notice's text (paragraphs and tables; headings where it sets out numbered points, 一、… 二、…), then the instruments it issues and its attachments."),
});
export type DocumentNode = z.infer<typeof DocumentNode>;

export const ContentsEntry = z.object({
  number: z.number().int(),
  title: z.string(),
  page: z.number().int().describe('Printed page in the bulletin.'),
  documentId: z.string().nullable(),
  line: z.number().int(),
});
export type ContentsEntry = z.infer<typeof ContentsEntry>;

export const BulletinNode = z.object({
  ...nodeBase,
  type: z.literal('bulletin'),
  title: z.string().describe('攸县人民政府公报'),
  issuer: z.string(),
  year: z.number().int(),
  issue: z.number().int(),
  totalIssue: z.number().int().optional().describe('总第N期: the issue counted since the first, when the cover prints it.'),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().describe('The day the issue came out, when the cover prints it (2024年5月10日出版): YYYY-MM-DD.'),
  file: z.string().describe('Source file, relative to the corpus folder.'),
  contents: z.array(ContentsEntry).describe('目录'),
  children: z.array(DocumentNode),
});
export type BulletinNode = z.infer<typeof BulletinNode>;

export type TreeNode =
  | BulletinNode
  | DocumentNode
  | InstrumentNode
  | AttachmentNode
  | ChapterNode
  | SectionNode
  | ArticleNode
  | ParagraphNode
  | ItemNode
  | SubitemNode
  | HeadingNode
  | TableNode
  | RowNode;
