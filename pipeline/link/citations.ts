/**
 * Finds the citations in one text and decides what each is relative to (its scope), before anything
 * is looked up in the tree. Rules (NOTES §2):
 * - a 《title》 (or a bare 文号) switches scope for the article numbers that follow in the same sentence;
 * - 本办法/本细则/本方案… name the enclosing instrument whatever word it uses, and return scope to it;
 * - 前款/前条/本条 resolve by position;
 * - 《X》第N条⎵text quotes article N of X: until the next numbered basis, the paragraphs that open
 *   with 第M条⎵ quote article M of X, and inside the quote 本法/前款/bare 第K条 are X's, never the
 *   current instrument's.
 */
import { findTitles, type TitleMention, type TitleProblem } from './titles.ts';
import { findDocNumbers, type DocNumberMention } from './doc-numbers.ts';
import { findPinpoints, parsePinpointAt, type Pinpoint, type PinpointMention } from './pinpoints.ts';
import type { ReferenceKind } from '../../schema/reference.ts';
import { outlineLabel } from '../../core/chinese/labels.ts';

/** An authority as a text names it: a title, a number, or both side by side. */
export interface AuthorityRef {
  title?: string;
  number?: DocNumberMention;
  /** 【法律】 printed before the title. */
  label?: string;
}

/** A quotation of another authority's article, carried from paragraph to paragraph (and row to row). */
export interface QuoteState {
  authority: AuthorityRef;
  article: number;
  articleSuffix?: number;
  /** 款 being read: 1 in the heading paragraph, +1 for each paragraph after it. */
  paragraph: number;
}

export type Relative = '本条' | '本款' | '本项' | '前条' | '前款' | '前项' | '本章' | '本节';

export type Base =
  | { type: 'current' }
  | { type: 'authority'; authority: AuthorityRef }
  /** 前款, 本条 …: by position in the tree, or inside a quote by position in the quoted article. */
  | { type: 'relative'; relative: Relative; count: number; quote?: QuoteState };

export interface Citation {
  start: number;
  end: number;
  surface: string;
  kind: ReferenceKind;
  /** For title and docNumber citations, and self-references inside a quote. */
  authority?: AuthorityRef;
  /** A title nested in another one (〈〉 or an inner 《》). */
  nested?: boolean;
  /** 本通知 names the document; 本办法 etc. the instrument. */
  self?: 'document' | 'instrument';
  base?: Base;
  points?: Pinpoint[];
  /** Where each point is printed, when finer than the whole citation (第十四条第（三）项 | 第十二条). */
  pointSpans?: Array<[number, number]>;
  attachment?: number;
  quoted?: boolean;
  /** For a quoted article's heading: the article's text as quoted, its 款 separated by \n. */
  quotedText?: string;
}

export interface ScanResult {
  citations: Citation[];
  /** The quotation still open at the end of the text (for the same cell of the next row). */
  quote: QuoteState | undefined;
  problems: TitleProblem[];
}

export interface ScanOptions {
  /** A quotation open at the end of the same cell of the previous table row. */
  quote?: QuoteState | undefined;
  /** 以下简称《XX》 definitions seen so far in the document, shared between its texts. */
  aliases?: Map<string, AuthorityRef>;
}

/** The kinds of text a self-reference names (本办法, 本实施细则, 本决定, 本清单). */
const SELF_KINDS = '办法|细则|方案|措施|规定|意见|决定|条例|规则|规程|通知|通告|批复|清单|目录|标准|法';
const SELF = new RegExp(`本(?:实施|工作|暂行|若干|管理|专项)?(${SELF_KINDS})(?![人院律])`, 'gu');
/** The kind a self-reference names, from its surface (本实施细则 → 细则). */
export function selfKind(surface: string): string | undefined {
  return new RegExp(`(${SELF_KINDS})$`, 'u').exec(surface)?.[1];
}
const RELATIVE = /(本条|本款|本项|本章|本节|前条|前款|前项|上款|上条)(?![例件目项])|前([两二三四])([款项条])/gu;
const ATTACHMENT = /附件\s*(\d{1,2})(?![\d.．])/gu;
const LABEL = /【([^】]{2,8})】\s*$/u;
const SENTENCE_END = /[。！？]/gu;
const PARAGRAPH = /<\/p>\s*<p>|\n|<\/?p>/gu;
const AFTER_TITLE = /^\s*(?:[（(][^（）()《》]{0,80}[）)])?\s*$/u;
const NUMBER_AFTER_TITLE = /^\s*(?:[（(][^（）()《》。，；]{0,12})?$/u;
const CUES = /[《〈》〉第本前上号附]|GB|DB/u;
const ALIAS_BEFORE = /^\s*[（(，,]?\s*(?:以下)?简称\s*$/u;
/** What follows an article number that is cited inside a sentence rather than quoted (第五条规定, 第五条的). */
const CONTINUATION = /^[的规之和、，,。；;：:及与或中所第至到以起并项款）)》”]/u;

/**
 * Does the article number open a quoted article (第七十九条⎵行政机关… or, once extraction spaces are
 * normalised away, 第七十九条行政机关…)? A single article, followed by text that does not continue a
 * sentence about it.
 */
export function opensArticleText(text: string, m: PinpointMention): boolean {
  const p = m.points;
  if (p.length !== 1 || p[0]!.article === undefined || p[0]!.paragraph !== undefined || p[0]!.item !== undefined) return false;
  if (m.heading) return true;
  const next = text.slice(m.end, m.end + 1);
  return /^\p{Script=Han}/u.test(next) && !CONTINUATION.test(next);
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(PARAGRAPH)) starts.push(m.index! + m[0].length);
  return starts;
}

/** Finds and scopes every citation of `text`. */
export function scanCitations(text: string, options: ScanOptions = {}): ScanResult {
  const problems: TitleProblem[] = [];
  // Most texts cite nothing: skip them without running the patterns.
  if (!CUES.test(text) && !options.quote) return { citations: [], quote: undefined, problems };
  const titles = /[《〈》〉]/u.test(text) ? findTitles(text, problems) : [];
  const outer = titles.filter((t) => t.depth === 0);
  const inTitle = (s: number, e: number) => outer.some((t) => s >= t.start && e <= t.end);
  const numbers = findDocNumbers(text).filter((n) => !inTitle(n.start, n.end));
  const pinpoints = findPinpoints(text).filter((p) => !inTitle(p.start, p.end));

  type Event =
    | { at: number; type: 'title'; m: TitleMention }
    | { at: number; type: 'number'; m: DocNumberMention }
    | { at: number; type: 'pinpoint'; m: PinpointMention }
    | { at: number; type: 'self'; end: number; word: string }
    | { at: number; type: 'relative'; end: number; word: Relative; count: number }
    | { at: number; type: 'attachment'; end: number; n: number }
    | { at: number; type: 'sentence' }
    | { at: number; type: 'paragraph' };
  const events: Event[] = [];
  for (const m of titles) events.push({ at: m.start, type: 'title', m });
  for (const m of numbers) events.push({ at: m.start, type: 'number', m });
  const consumed = new Set<PinpointMention>();
  for (const m of text.matchAll(SELF)) {
    if (!inTitle(m.index!, m.index! + m[0].length)) events.push({ at: m.index!, type: 'self', end: m.index! + m[0].length, word: m[1]! });
  }
  for (const m of text.matchAll(RELATIVE)) {
    if (inTitle(m.index!, m.index! + m[0].length)) continue;
    const word = (m[1] ?? `前${m[3]}`).replace('上', '前') as Relative;
    const count = m[2] ? ({ 两: 2, 二: 2, 三: 3, 四: 4 } as Record<string, number>)[m[2]]! : 1;
    events.push({ at: m.index!, type: 'relative', end: m.index! + m[0].length, word, count });
  }
  for (const m of text.matchAll(ATTACHMENT)) {
    if (!inTitle(m.index!, m.index! + m[0].length)) events.push({ at: m.index!, type: 'attachment', end: m.index! + m[0].length, n: Number(m[1]) });
  }
  for (const m of pinpoints) events.push({ at: m.start, type: 'pinpoint', m });
  for (const m of text.matchAll(SENTENCE_END)) events.push({ at: m.index! + 1, type: 'sentence' });
  const starts = paragraphStarts(text);
  for (const s of starts.slice(1)) events.push({ at: s, type: 'paragraph' });
  // Boundaries first at equal offsets; titles before what they contain.
  const order = { paragraph: 0, sentence: 1, title: 2, number: 3, self: 4, relative: 5, pinpoint: 6, attachment: 7 };
  events.sort((a, b) => a.at - b.at || order[a.type] - order[b.type]);

  const citations: Citation[] = [];
  const aliases = options.aliases ?? new Map<string, AuthorityRef>();
  let sentence: AuthorityRef | undefined;
  let quote: QuoteState | undefined;
  let paragraphStart = 0;
  /** The last outer title or number and where its trailing parenthesis ends. */
  let last: { ref: AuthorityRef; end: number; lineStart: boolean } | undefined;
  const atParagraphStart = (at: number) => /^\s*(?:\d{1,2}\s*[.．、]\s*)?(?:【[^】]*】\s*)?$/u.test(text.slice(paragraphStart, at));

  // A quote carried over from the previous row holds only if this cell opens with a quoted article.
  if (options.quote) {
    const lead = text.replace(/^(\s|<p>)*/u, '');
    const p = lead.startsWith('第') ? parsePinpointAt(lead, 0) : undefined;
    if (p && opensArticleText(lead, p)) quote = { ...options.quote };
  }

  /** The heading whose article text is being read, to cut that text when the quotation ends. */
  let reading: Citation | undefined;
  const endReading = (at: number) => {
    if (!reading) return;
    const quoted = text
      .slice(reading.end, at)
      .replace(/<\/p>\s*<p>/g, '\n')
      .replace(/<\/?p>/g, '')
      .trim();
    if (quoted) reading.quotedText = quoted;
    reading = undefined;
  };

  for (const e of events) {
    switch (e.type) {
      case 'paragraph':
        paragraphStart = e.at;
        sentence = undefined;
        last = undefined;
        if (quote) {
          if (outlineLabel(text.slice(e.at).trimStart())?.level === 3) {
            quote = undefined;
            endReading(e.at);
          } else quote.paragraph += 1;
        }
        break;
      case 'sentence':
        sentence = undefined;
        break;
      case 'title': {
        const m = e.m;
        if (m.depth > 0) {
          citations.push({ start: m.start, end: m.end, surface: m.surface, kind: 'title', authority: { title: m.title }, nested: true });
          break;
        }
        let ref: AuthorityRef;
        if (last && ALIAS_BEFORE.test(text.slice(last.end, m.start))) {
          // （以下简称《条例》）: the alias names the authority just cited.
          ref = last.ref;
          aliases.set(m.title, ref);
        } else {
          ref = aliases.get(m.title) ?? { title: m.title };
          const label = LABEL.exec(text.slice(Math.max(paragraphStart, m.start - 12), m.start));
          if (label && !ref.label) ref.label = label[1];
        }
        citations.push({ start: m.start, end: m.end, surface: m.surface, kind: 'title', authority: ref });
        sentence = ref;
        last = { ref, end: m.end, lineStart: atParagraphStart(m.start) };
        break;
      }
      case 'number': {
        const m = e.m;
        let ref: AuthorityRef;
        if (last && !last.ref.number && NUMBER_AFTER_TITLE.test(text.slice(last.end, m.start))) {
          ref = last.ref;
          ref.number = m;
        } else {
          ref = { number: m };
        }
        const lineStart = last?.ref === ref ? last.lineStart : atParagraphStart(m.start);
        citations.push({ start: m.start, end: m.end, surface: m.surface, kind: 'docNumber', authority: ref });
        sentence = ref;
        // （国办发〔2017〕87号）第九条: the article follows the closing bracket.
        const close = /^\s*[）)]/u.exec(text.slice(m.end));
        last = { ref, end: m.end + (close ? close[0].length : 0), lineStart };
        break;
      }
      case 'self': {
        const c: Citation = { start: e.at, end: e.end, surface: text.slice(e.at, e.end), kind: 'self' };
        if (quote) {
          c.authority = quote.authority;
          sentence = quote.authority;
        } else {
          c.self = e.word === '通知' ? 'document' : 'instrument';
          sentence = undefined;
        }
        citations.push(c);
        break;
      }
      case 'relative': {
        const c: Citation = { start: e.at, end: e.end, surface: text.slice(e.at, e.end), kind: 'relative' };
        c.base = { type: 'relative', relative: e.word, count: e.count, ...(quote ? { quote: { ...quote } } : {}) };
        // 前款第（一）、（四）项: the chain right after is relative to it.
        const chain = pinpoints.find((p) => p.start === e.end);
        if (chain) {
          consumed.add(chain);
          c.end = chain.end;
          c.surface = text.slice(c.start, c.end);
          c.points = chain.points;
        }
        citations.push(c);
        break;
      }
      case 'pinpoint': {
        const m = e.m;
        if (consumed.has(m)) break;
        const c: Citation = { start: m.start, end: m.end, surface: m.surface, kind: 'pinpoint', points: m.points, pointSpans: m.spans };
        const point = m.points[0]!;
        const afterAuthority = last !== undefined && AFTER_TITLE.test(text.slice(last.end, m.start));
        const articleText = opensArticleText(text, m);
        // The article opens a quoted text of `authority`: later 前款/本条 read inside it.
        const openQuote = (authority: AuthorityRef) => {
          quote = { authority, article: point.article!, paragraph: 1 };
          if (point.articleSuffix) quote.articleSuffix = point.articleSuffix;
          c.base = { type: 'authority', authority };
          c.quoted = true;
          endReading(m.start);
          reading = c;
        };
        if (last && afterAuthority && (m.heading || (articleText && last.lineStart))) {
          openQuote(last.ref);
        } else if (articleText && atParagraphStart(m.start)) {
          if (!quote) break; // the printed heading of this very text, not a citation
          openQuote(quote.authority);
        } else if (sentence) {
          c.base = { type: 'authority', authority: sentence };
        } else if (quote) {
          c.base = { type: 'authority', authority: quote.authority };
        } else {
          c.base = { type: 'current' };
        }
        citations.push(c);
        break;
      }
      case 'attachment': {
        const c: Citation = { start: e.at, end: e.end, surface: text.slice(e.at, e.end), kind: 'attachment', attachment: e.n };
        // 《暂行规定》附件2: the attachment of the text just named, not of the one citing it.
        // 《碧泉县城区犬只登记表》（附件1）: the number of the attachment just named.
        if (last && (AFTER_TITLE.test(text.slice(last.end, e.at)) || /^\s*[（(]\s*$/u.test(text.slice(last.end, e.at)))) c.authority = last.ref;
        citations.push(c);
        break;
      }
    }
  }
  endReading(text.length);
  return { citations, quote, problems };
}
