/**
 * Cross-references, the authorities they cite, and when an instrument applies.
 * The link stage fills these; BulletinFile carries a bulletin's references and backlinks,
 * dist/data/authorities.json the corpus-wide index of external authorities.
 */
import { z } from 'zod';
import { nodeId } from './base.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Where a citation points: a node of the corpus, or an external authority (and a pinpoint in it). */
export const NodeTarget = z.object({
  type: z.literal('node'),
  id: nodeId,
  bulletin: z.string().describe('Bulletin id of the target node (it may be another bulletin).'),
});
export type NodeTarget = z.infer<typeof NodeTarget>;

export const ExternalTarget = z.object({
  type: z.literal('external'),
  authority: z.string().describe('Id of the authority in dist/data/authorities.json.'),
  article: z.number().int().optional().describe('条'),
  articleSuffix: z.number().int().optional().describe('之一 → 1'),
  paragraph: z.number().int().optional().describe('款'),
  item: z.number().int().optional().describe('项'),
  subitem: z.number().int().optional().describe('目'),
});
export type ExternalTarget = z.infer<typeof ExternalTarget>;

export const Target = z.discriminatedUnion('type', [NodeTarget, ExternalTarget]);
export type Target = z.infer<typeof Target>;

export const ReferenceKind = z
  .enum(['title', 'docNumber', 'self', 'relative', 'pinpoint', 'attachment'])
  .describe('The form of the citation: 《title》, 文号, 本办法, 前款/本条, 第X条…, 附件N.');
export type ReferenceKind = z.infer<typeof ReferenceKind>;

export const Reference = z.object({
  from: nodeId.describe('The node whose text holds the citation.'),
  field: z.enum(['text', 'title', 'caption']).describe('Which string of the node `span` indexes.'),
  surface: z.string().describe('The citation exactly as printed.'),
  span: z.tuple([z.number().int(), z.number().int()]).describe('[start, end) UTF-16 offsets in the field.'),
  line: z.number().int().positive().optional().describe('Source line of the citing node.'),
  kind: ReferenceKind,
  target: Target.nullable(),
  resolved: z.boolean(),
  quoted: z.boolean().optional().describe('An article of another authority quoted in full (第七十九条 ⎵ 行政机关…).'),
});
export type Reference = z.infer<typeof Reference>;

/** One entry of a node's "cited by" list. */
export const CitedBy = z.object({
  from: nodeId,
  bulletin: z.string(),
  surface: z.string(),
  line: z.number().int().positive().optional(),
});
export type CitedBy = z.infer<typeof CitedBy>;

export const ValidityStatus = z.enum(['尚未施行', '施行中', '已失效']);
export type ValidityStatus = z.infer<typeof ValidityStatus>;

/** When an instrument (or one of its items) applies, as its own text states it. */
export const Validity = z.object({
  effectiveFrom: isoDate.optional(),
  effectiveUntil: isoDate.optional().describe('Last day it applies.'),
  basis: z
    .enum(['stated', 'date-of-issue'])
    .describe('stated: read from a 施行/有效期 clause; date-of-issue: no clause, the 成文日期 is used.'),
  statedIn: z.object({ id: nodeId, line: z.number().int().positive() }).optional().describe('The clause.'),
  status: ValidityStatus.optional().describe('At `asOf`, only when the build was given a date (--as-of or SOURCE_DATE_EPOCH); otherwise computed from the dates where it is shown.'),
  asOf: isoDate.optional().describe('The date `status` was computed for.'),
  repeals: z
    .array(z.object({ title: z.string(), target: Target.nullable() }))
    .optional()
    .describe('原《…》同时废止'),
});
export type Validity = z.infer<typeof Validity>;

export const AuthorityKind = z.enum(['法律', '行政法规', '地方性法规', '规章', '规范性文件', '标准']);
export type AuthorityKind = z.infer<typeof AuthorityKind>;

/** An authority cited by the corpus but not part of it. */
export const Authority = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().optional().describe('Normalised: nested titles in 〈〉, no line-break spaces.'),
  docNumber: z.string().optional().describe('文号, 令号 or standard number printed next to the title.'),
  kind: AuthorityKind.optional().describe('Only when the title, number or a 【】 label says it.'),
  citations: z.number().int().describe('How many times it is named (a title, or a 文号 printed without one).'),
  citedBy: z.array(CitedBy).describe('The places that name it; the articles cited are listed under `articles`.'),
  articles: z
    .array(
      z.object({
        article: z.number().int(),
        articleSuffix: z.number().int().optional(),
        label: z.string().describe('第七十九条'),
        quoted: z.boolean().describe('Its text is quoted somewhere in the corpus.'),
        text: z.string().optional().describe('The article as quoted (first quotation found), its 款 separated by \\n.'),
        citedBy: z.array(CitedBy),
      }),
    )
    .describe('Articles cited, in order.'),
});
export type Authority = z.infer<typeof Authority>;

export const AUTHORITIES_SCHEMA_VERSION = 1;

/** dist/data/authorities.json */
export const AuthoritiesFile = z.object({
  schemaVersion: z.literal(AUTHORITIES_SCHEMA_VERSION),
  generatedBy: z.string(),
  asOf: isoDate.optional().describe('The date statuses were computed for, only when the build was given one.'),
  authorities: z.array(Authority),
});
export type AuthoritiesFile = z.infer<typeof AuthoritiesFile>;
