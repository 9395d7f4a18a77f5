/**
 * Scoped citations → targets. A citation names a node of the corpus (by 文号, title, position or
 * number within the enclosing instrument) or an external authority; what cannot be pinned to
 * exactly one target stays unresolved with a reason. Nothing is guessed.
 */
import type { ArticleNode, DocumentNode, HeadingNode, InstrumentNode, ItemNode, ParagraphNode, TreeNode } from '../../schema/tree.ts';
import type { Target } from '../../schema/reference.ts';
import { selfKind, type AuthorityRef, type Citation, type QuoteState } from './citations.ts';
import type { Pinpoint } from './pinpoints.ts';
import { itemsOf, paragraphsOf, soleInstrument, topHeadings, type Container, type CorpusIndex, type Place } from './corpus.ts';
import { titleMatchKey } from './titles.ts';
import { withoutFinalBracket } from '../../core/chinese/quote.ts';

export type Outcome = { target: Target } | { target: null; reason: string };

/** Where an authority named in the text lives: a corpus node, or outside (keyed for the index). */
export type AuthorityResolution =
  | { type: 'node'; node: DocumentNode | Container }
  | { type: 'external'; ref: AuthorityRef }
  | { type: 'ambiguous'; reason: string };

/** Gives external authorities their ids (corpus-wide, so the same title gets the same id). */
export interface AuthorityRegistry {
  idOf(ref: AuthorityRef): string;
}

function nodeTarget(index: CorpusIndex, node: TreeNode): Target {
  const place = index.places.get(node.id);
  return { type: 'node', id: node.id, bulletin: place?.bulletin.id ?? '' };
}

export function resolveAuthority(index: CorpusIndex, ref: AuthorityRef): AuthorityResolution {
  const number = ref.number?.kind === 'docNumber' ? ref.number.normalized : undefined;
  const docs = number ? (index.byDocNumber.get(number) ?? []) : [];
  if (docs.length > 1) return { type: 'ambiguous', reason: `${number} names ${docs.length} documents of the corpus` };
  const doc = docs[0];
  if (ref.title) {
    let nodes = index.byTitle.get(titleMatchKey(ref.title)) ?? [];
    // A number next to the title decides between same-titled texts (an older version elsewhere).
    if (number) nodes = doc ? nodes.filter((n) => n.id === doc.id || n.id.startsWith(`${doc.id}/`)) : [];
    if (nodes.length === 1) return { type: 'node', node: nodes[0]! };
    if (nodes.length > 1) {
      // A notice and the instrument it issues share no title; several hits are real duplicates.
      return { type: 'ambiguous', reason: `《${ref.title}》 names ${nodes.length} texts of the corpus: ${nodes.map((n) => n.id).join(', ')}` };
    }
    if (doc) return { type: 'node', node: doc };
    return { type: 'external', ref };
  }
  if (doc) return { type: 'node', node: doc };
  return { type: 'external', ref };
}

/** The articles-or-outline body a pinpoint into a corpus document or container reads. */
function containerOf(node: DocumentNode | Container): Container | undefined {
  return node.type === 'document' ? soleInstrument(node) : node;
}

function articleIn(index: CorpusIndex, container: Container, number: number, suffix?: number): ArticleNode[] {
  const found = index.articles.get(container.id)?.get(number) ?? [];
  return found.filter((a) => (suffix ? a.label.includes('之') : !a.label.includes('之')));
}

/** Resolves one pinpoint inside a corpus container; `article` is the enclosing one for 第三项 alone. */
export function pinpointInContainer(
  index: CorpusIndex,
  container: Container,
  p: Pinpoint,
  enclosing?: { article?: ArticleNode | undefined; paragraph?: ParagraphNode | undefined },
): Outcome {
  // A text of 一、二、… cited by article (本通告第三条第（二）项, as texts of parts are cited): its part at that
  // number and the point under it, where it holds no articles at all.
  if (p.article !== undefined && p.articleSuffix === undefined && p.paragraph === undefined && container.form === 'outline' && !index.articles.get(container.id)?.size) {
    const parts = topHeadings(container).filter((h) => h.number === p.article);
    if (parts.length !== 1) return { target: null, reason: `${container.id} has ${parts.length} top-level headings numbered ${p.article}` };
    if (p.item === undefined) return { target: nodeTarget(index, parts[0]!) };
    const points = parts[0]!.children.filter((h): h is HeadingNode => h.type === 'heading' && h.number === p.item);
    if (points.length === 1 && p.subitem === undefined) return { target: nodeTarget(index, points[0]!) };
    return { target: null, reason: `${parts[0]!.id} has ${points.length} points numbered ${p.item}` };
  }
  if (p.article === undefined && container.form === 'outline') {
    // In a 措施/方案 of 一、二、… headings, 第二项 is its second top-level heading.
    if (p.item !== undefined && p.paragraph === undefined && p.subitem === undefined) {
      const hits = topHeadings(container).filter((h) => h.number === p.item);
      if (hits.length === 1) return { target: nodeTarget(index, hits[0]!) };
      return { target: null, reason: `${container.id} has ${hits.length} top-level headings numbered ${p.item}` };
    }
    return { target: null, reason: `${container.id} is an outline without articles` };
  }
  let article: ArticleNode | undefined;
  if (p.article !== undefined) {
    const hits = articleIn(index, container, p.article, p.articleSuffix);
    if (hits.length !== 1) return { target: null, reason: `${container.id} has ${hits.length} articles numbered ${p.article}` };
    article = hits[0]!;
  } else {
    article = enclosing?.article;
    if (!article) return { target: null, reason: 'no enclosing article for a 款/项 without 条' };
  }
  return withinArticle(index, article, p, p.article === undefined ? enclosing?.paragraph : undefined);
}

/** 款/项/目 inside a known article. */
export function withinArticle(index: CorpusIndex, article: ArticleNode, p: Pinpoint, currentParagraph?: ParagraphNode): Outcome {
  let holder: ArticleNode | ParagraphNode = article;
  if (p.paragraph !== undefined) {
    const paragraphs = paragraphsOf(article);
    const para = paragraphs[p.paragraph - 1];
    if (!para) return { target: null, reason: `${article.id} has ${paragraphs.length} 款, not ${p.paragraph}` };
    holder = para;
  } else if (p.item !== undefined) {
    // 第三项 without 款: the article's own items, or those of the 款 being read, or of its only 款 with items.
    if (itemsOf(article).length === 0) {
      const withItems = paragraphsOf(article).filter((q) => q.type === 'paragraph' && itemsOf(q).length > 0) as ParagraphNode[];
      if (currentParagraph && itemsOf(currentParagraph).length > 0) holder = currentParagraph;
      else if (withItems.length === 1) holder = withItems[0]!;
      else return { target: null, reason: `${article.id}: ${withItems.length} of its 款 have items; which 第${p.item}项 is meant is not said` };
    }
  }
  if (p.item === undefined) return { target: nodeTarget(index, holder) };
  const items = itemsOf(holder);
  const item = items.find((i) => i.number === p.item);
  if (!item) return { target: null, reason: `${holder.id} has no item ${p.item}` };
  if (p.subitem === undefined) return { target: nodeTarget(index, item) };
  const sub = item.children.find((s) => s.number === p.subitem);
  if (!sub) return { target: null, reason: `${item.id} has no subitem ${p.subitem}` };
  return { target: nodeTarget(index, sub) };
}

function external(registry: AuthorityRegistry, ref: AuthorityRef, p?: Pinpoint): Target {
  const t: Target = { type: 'external', authority: registry.idOf(ref) };
  if (p) {
    if (p.article !== undefined) t.article = p.article;
    if (p.articleSuffix !== undefined) t.articleSuffix = p.articleSuffix;
    if (p.paragraph !== undefined) t.paragraph = p.paragraph;
    if (p.item !== undefined) t.item = p.item;
    if (p.subitem !== undefined) t.subitem = p.subitem;
  }
  return t;
}

/**
 * A title nested in another (《…关于印发〈枫城市突发事件总体应急预案〉的通知》（枫政发〔2019〕11号）): the text that outer
 * document issued. Where the outer one is an authority outside the corpus, so is the text, whatever corpus text bears
 * its title (the plan that repeals it, as here).
 */
export function resolveNested(index: CorpusIndex, registry: AuthorityRegistry, ref: AuthorityRef, outer: Target | null): Outcome {
  return outer?.type === 'external' ? { target: external(registry, ref) } : resolveInAuthority(index, registry, ref, undefined);
}

/** A citation of an authority (by title or number), or a pinpoint in it. */
export function resolveInAuthority(
  index: CorpusIndex,
  registry: AuthorityRegistry,
  ref: AuthorityRef,
  p: Pinpoint | undefined,
): Outcome {
  const where = resolveAuthority(index, ref);
  if (where.type === 'ambiguous') return { target: null, reason: where.reason };
  if (where.type === 'external') return { target: external(registry, ref, p) };
  if (!p) {
    // The title names the instrument; a 文号 alone names the document.
    return { target: nodeTarget(index, where.node) };
  }
  const container = containerOf(where.node);
  if (!container) return { target: null, reason: `${where.node.id} holds several instruments; the citation does not say which` };
  return pinpointInContainer(index, container, p);
}

/** The container a text sits in, or the document's only instrument for its notice. */
function currentContainer(place: Place): Container | undefined {
  if (place.container) return place.container;
  return place.document ? soleInstrument(place.document) : undefined;
}

export function resolveSelf(index: CorpusIndex, place: Place, c: Citation): Outcome {
  if (c.self === 'document') {
    return place.document ? { target: nodeTarget(index, place.document) } : { target: null, reason: 'not inside a document' };
  }
  let container = currentContainer(place) ?? (place.document ? textOfKind(place.document, c.surface) : undefined);
  if (!container) return { target: null, reason: `${c.surface} outside an instrument, and the document has several` };
  // An attachment of another kind naming the text it is attached to (本办法 in a table of fees attached to the 办法):
  // the document's text of that kind.
  const kind = selfKind(c.surface);
  if (container.type === 'attachment' && kind && !withoutFinalBracket(container.title).endsWith(kind) && place.document) {
    const ofKind = textOfKind(place.document, c.surface);
    if (ofKind) container = ofKind;
  }
  return { target: nodeTarget(index, container) };
}

/**
 * A document issuing no instrument whose own text is in points (a 通告, a 决定): cited as an outline text is, its
 * points its parts (a view of the document for pinpointInContainer, which reads its id, form and headings).
 */
function noticeOutline(document: DocumentNode): Container | undefined {
  if (document.children.some((c) => c.type === 'instrument') || !document.children.some((c) => c.type === 'heading')) return undefined;
  return { ...document, type: 'instrument', form: 'outline' } as unknown as Container;
}

/**
 * What 本决定 or 本清单 names outside an instrument: a document issuing none is that text itself (本决定 of a 决定,
 * 本通告 of a 通告); of the several a notice issues, the one of that kind (本清单 of a notice issuing a 清单 and a 规程).
 */
function textOfKind(document: DocumentNode, surface: string): Container | DocumentNode | undefined {
  const kind = selfKind(surface);
  if (!kind) return undefined;
  const instruments = document.children.filter((n): n is InstrumentNode => n.type === 'instrument');
  if (!instruments.length) return withoutFinalBracket(document.title).endsWith(kind) ? document : undefined;
  const ofKind = instruments.filter((i) => withoutFinalBracket(i.title).endsWith(kind));
  return ofKind.length === 1 ? ofKind[0] : undefined;
}

export function resolveCurrent(index: CorpusIndex, place: Place, p: Pinpoint): Outcome {
  const container = currentContainer(place) ?? (place.document ? noticeOutline(place.document) : undefined);
  if (!container) return { target: null, reason: 'not inside an instrument' };
  const outcome = pinpointInContainer(index, container, p, { article: place.article, paragraph: place.paragraph });
  // An attachment without articles citing 第二十条 or 本细则第五条 (a form, a table of areas) cites the text it
  // is attached to: the one instrument of its document that has that article.
  if (outcome.target === null && p.article !== undefined && container.type === 'attachment' && place.document) {
    const holders = place.document.children.filter((c): c is InstrumentNode => c.type === 'instrument' && articleIn(index, c, p.article!, p.articleSuffix).length === 1);
    if (holders.length === 1 && !index.articles.get(container.id)?.size) return pinpointInContainer(index, holders[0]!, p);
  }
  // A table's row citing 第8项 (与第8项合计不超过1500元) where its text holds no part of that number: the table's row of that 序号.
  if (outcome.target === null && place.table && p.item !== undefined && p.article === undefined && p.paragraph === undefined && p.subitem === undefined) {
    const rows = place.table.type === 'table' ? place.table.children.filter((r) => r.serial === p.item) : [];
    if (rows.length === 1) return { target: nodeTarget(index, rows[0]!) };
  }
  return outcome;
}

/** 本条/前款/前条/前项 by position; with points (前款第（一）项) resolved below that. */
export function resolveRelative(
  index: CorpusIndex,
  registry: AuthorityRegistry,
  place: Place,
  relative: string,
  count: number,
  quote: QuoteState | undefined,
  p: Pinpoint | undefined,
): Outcome[] {
  if (quote) return relativeInQuote(registry, relative, count, quote, p);
  const container = currentContainer(place);
  const article = place.article;
  const fail = (reason: string): Outcome[] => [{ target: null, reason }];
  const below = (node: ArticleNode | ParagraphNode): Outcome => (p ? withinArticle(index, place.article!, p, node.type === 'paragraph' ? node : undefined) : { target: nodeTarget(index, node) });
  switch (relative) {
    case '本章':
      return place.chapter ? [{ target: nodeTarget(index, place.chapter) }] : fail('本章 outside a chapter');
    case '本节':
      return place.section ? [{ target: nodeTarget(index, place.section) }] : fail('本节 outside a section');
    case '本条':
      if (!article) return fail('本条 outside an article');
      return [p ? withinArticle(index, article, p, place.paragraph) : { target: nodeTarget(index, article) }];
    case '前条': {
      if (!article || !container) return fail('前条 outside an article');
      const out: Outcome[] = [];
      for (let k = count; k >= 1; k--) {
        const hits = articleIn(index, container, article.number - k);
        out.push(hits.length === 1 ? (p ? withinArticle(index, hits[0]!, p) : { target: nodeTarget(index, hits[0]!) }) : { target: null, reason: `no article ${article.number - k} before ${article.id}` });
      }
      return out;
    }
    case '本款':
    case '前款': {
      if (!article) return fail(`${relative} outside an article`);
      const paragraphs = paragraphsOf(article);
      const current = place.paragraph ?? article;
      const at = paragraphs.indexOf(current);
      if (at < 0) return fail(`${relative}: the 款 being read is not known`);
      if (relative === '本款') return [below(current)];
      if (at - count < 0) return fail(`前款 in the first 款 of ${article.id}`);
      return paragraphs.slice(at - count, at).map((q) => (p ? withinArticle(index, article, { paragraph: paragraphs.indexOf(q) + 1, ...p }) : { target: nodeTarget(index, q) }));
    }
    case '本项':
    case '前项': {
      const item = place.item;
      if (!item) return fail(`${relative} outside an item`);
      if (relative === '本项') return [{ target: nodeTarget(index, item) }];
      const holder = place.paragraph ?? article;
      const siblings: ItemNode[] = holder ? itemsOf(holder) : [];
      const at = siblings.indexOf(item);
      if (at - count < 0) return fail(`前项 in the first item of ${holder?.id ?? item.id}`);
      return siblings.slice(at - count, at).map((s) => ({ target: nodeTarget(index, s) }));
    }
  }
  return fail(`${relative} is not understood`);
}

/** Inside a quoted article: 前款 is the quoted article's previous 款, 本条 the quoted article. */
function relativeInQuote(registry: AuthorityRegistry, relative: string, count: number, quote: QuoteState, p: Pinpoint | undefined): Outcome[] {
  const base: Pinpoint = { article: quote.article };
  if (quote.articleSuffix) base.articleSuffix = quote.articleSuffix;
  switch (relative) {
    case '本条':
      return [{ target: external(registry, quote.authority, { ...base, ...p }) }];
    case '本款':
      return [{ target: external(registry, quote.authority, { ...base, paragraph: quote.paragraph, ...p }) }];
    case '前条':
      return [{ target: external(registry, quote.authority, { article: quote.article - count, ...p }) }];
    case '前款': {
      const out: Outcome[] = [];
      for (let k = count; k >= 1; k--) {
        const paragraph = quote.paragraph - k;
        out.push(paragraph >= 1 ? { target: external(registry, quote.authority, { ...base, paragraph, ...p }) } : { target: null, reason: `前款 in the first 款 of the quoted article ${quote.article}` });
      }
      return out;
    }
  }
  return [{ target: null, reason: `${relative} inside a quotation is not resolved` }];
}
