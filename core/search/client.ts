/**
 * The search client shared by the page and the CLI (browser-safe: no Node imports). It reads the
 * static files written by pipeline/index through a `fetchJson` the caller supplies (fetch() on the
 * page, readFile in Node), loading only the term chunks and document texts a query needs.
 *
 * A query is read for its structure (a 文号, a citation path) and its concepts (query.ts). Candidates
 * are the units holding any term of any concept (character bigrams of the words typed, of their
 * synonyms and of corrections of what the index does not know), so a query is never empty while
 * something matches. Ranking, best first:
 *  3. structure: the citation path in the document the query names (违建细则 第十条, 攸惠贷 第14条),
 *     or the document of a 文号;
 *  2. the whole query as an exact phrase of the unit's text (Ctrl-F: every unit containing it);
 *  1. every concept found exactly in the unit as typed or as corrected (or in its citation, or its 款 and 项);
 * then, within a tier, a query equal to one of the unit's names, and the score: how much of the query
 * the unit covers (each concept weighted by the idf of its bigrams, the words typed above synonyms and
 * corrections), how close together the concepts stand, and BM25 (MiniSearch's formula, the jieba word
 * field as a boost). A result says which concepts it lacks (`missing`).
 */
import { fitCloseness, fitsQuantities, isQuantity, isSideWord, statesQuantity } from './quantities.ts';
import type { InstrumentKind } from '../../schema/tree.ts';
import {
  FRAGMENT_UNITS,
  HEAD,
  REF,
  SEARCH_FORMAT,
  lexiconKeysOf,
  TEXT,
  WORDS,
  type LexiconBlock,
  type Manifest,
  type UnitType,
} from './format.ts';
import { lowerBound, NO_VIEWS, type Postings, type WholeViews } from './postings.ts';
import { CITED_TITLE, docNumberKey, LAST_ITEM, paragraphFromEndUnder } from './refs.ts';
import { CONVERSATION, DEMONSTRATIVE, FUNCTION_CHARS, FUNCTION_WORD } from './lexicon.ts';
import { amountsAsPrinted, askedInOneRun, EXTRACTION_SPACE, bare, ELIGIBILITY_QUESTION, IN_FORCE, mayAsk, concept as wholeConcept, concepts as readConcepts, cutConcept, gluedWords, paragraphFromEndPlace, paragraphPlace, parseQuery, questionWords, splitAtNumbers, SYNONYM_WEIGHT, LEXICON, MAX_WORD, type Concept, type DocNumberQuery, type Lexicon, type ParsedQuery } from './query.ts';
import { snippet, type SnippetSegment } from './snippet.ts';
import type { Span } from './word-spans.ts';
import { CLAUSE_END, normalizeSearchText, normalizeWithMap, queryTerms, wordRuns, type QueryTerm } from './tokenize.ts';
import { taskKey } from './tasks.ts';
import { ABBREVIATION_SPAN, continuesLead, inOrder, inOrderWithin, LoadedText, outsideQuotedTitle, LOOSE_MARKS, LOOSE_MARKS_ONE, SHORT_NAME, TITLE_MARK, unnegatedIndex } from './loaded-text.ts';
import { KIND_SYNONYMS, SHORT_KINDS, TEXT_KINDS } from '../chinese/kinds.ts';
import { IndexFiles, type FetchJson } from './index-files.ts';
import type { Period } from '../validity.ts';
import type { SpellBudget, Speller, Correction } from './spell.ts';
import { REGISTRATION_IN_TEXT, REGISTRATION_SERIAL } from '../chinese/registration.ts';
import { CHINESE_NUMERAL, parseNumeral, toNumeral } from '../chinese/numerals.ts';
import { outlineLabel } from '../chinese/labels.ts';
import { outsideGb2312 } from '../chinese/gb2312.ts';
import { documentIdNumber, DOCUMENT_ID } from '../chinese/doc-number.ts';
import { CHINESE_YEAR, yearNumber } from '../chinese/dates.ts';
import { LEVELS, regionOf } from '../chinese/region.ts';
import { PartialScores, UnitScores } from './unit-scores.ts';

export type { SnippetSegment } from './snippet.ts';
export type { Correction } from './spell.ts';

export interface SearchResult {
  /** Node id and page anchor: yzbf-2023-1/art_14/item_3. */
  id: string;
  docId: string;
  docNumber: string;
  bulletinId: string;
  citation: string;
  /** The document's title. */
  title: string;
  type: UnitType;
  kind: InstrumentKind;
  /** 成文日期, YYYY-MM-DD. */
  date: string;
  /** The unit's text as printed. */
  text: string;
  /** Text around the match; `match` segments are the matched parts. Plain text: escape it. */
  snippet: SnippetSegment[];
  score: number;
  /** When the part of the document the unit belongs to applies, if its text says: for a status on the reader's day (core/validity.ts). */
  period?: Period;
  /** Concepts of the query the unit does not hold (缺少: 比例), as typed. */
  missing?: string[];
  /** The corrections of the query this result was found through. */
  corrected?: Correction[];
  /**
   * The same task printed elsewhere in its attachment (the task list's row of a heading, the heading
   * of a row), folded into this result among ranked matches (core/search/tasks.ts).
   */
  sameTask?: Array<{ id: string; citation: string }>;
  /**
   * The same passage as other issues of the archive print it (core/search/versions.ts), newest first:
   * the result itself is the newest print that matches the query as closely (its tier).
   */
  versions?: Array<{ id: string; citation: string; date: string }>;
  /**
   * The parts of the unit (its 款, 项, 目, or the headings under a heading) that print words of the
   * query its own text does not: why an article found through its 项 is an answer. At most
   * MAX_MATCHED_PARTS, in their printed order, each with its snippet.
   */
  matchedParts?: Array<{ id: string; citation: string; snippet: SnippetSegment[] }>;
  /** Why the result ranks where it does (with `explain`): the signals its score is made of. */
  signals?: RankSignals;
}

/** The signals a result's rank is made of (SearchClient.find with `explain`). */
export interface RankSignals {
  /** 3 structure match, 2 exact phrase, 1 every concept, 0 part of the query. */
  tier: number;
  /** How closely the query is one of the unit's names. */
  named: number;
  /** idf-weighted share of the query's concepts the unit holds. */
  coverage: number;
  /** BM25 of the query's terms, with the word field's boost. */
  bm25: number;
  /** How close together the concepts stand (0–1). */
  proximity: number;
  /** The factor for a text answering what the question asks (多少, 什么时候). */
  answers: number;
  /** The factor for a text whose clauses have words of the question as the one who acts (县城管局负责…). */
  actors: number;
  /** The factor for a text whose range holds (or misses) an amount the question states. */
  fit: number;
  /** The factor for a text many times longer than most. */
  long: number;
  /** A chapter, section or table found by its title. */
  container: boolean;
  /** Per concept of the query (SearchAnswer.concepts), the credit the unit earns for it (0–1). */
  credit: number[];
  /** The credits with what the unit's own text around it holds of the concepts it lacks (topical). */
  topical: number[];
  /** The forms the unit was found through (typed words, synonyms, corrections). */
  via: string[];
}

export interface SearchOptions {
  /** Most results returned (default RESULTS_PER_PAGE, 20; Infinity for all). */
  limit?: number;
  filter?: { docId?: string; kind?: string; year?: number };
  /** Give each result the signals its rank is made of (`signals`). */
  explain?: boolean;
}

/** A query's answer: its results and the corrections made to find them (您是不是要找). */
export interface SearchAnswer {
  results: SearchResult[];
  corrected: Correction[];
  /** With `explain`: the concepts the query was read as, each with how much it weighs. */
  concepts?: Array<{ text: string; importance: number; forms: string[] }>;
}

/** A completion of the last word typed. */
export interface Suggestion {
  /** The whole input with its last word completed: what the search box would hold. */
  text: string;
  /** The completed word (normalised, as jieba cut it at build time). */
  word: string;
  /** Units whose jieba words include it. */
  units: number;
}

export type { FetchJson } from './index-files.ts';

/** The marks printed around a title or a name inside it, anywhere in a text. */
const TITLE_MARKS = new RegExp(`[${TITLE_MARK}]`, 'gu');
/** The weight of a word found with marks inside it (LOOSE_MARKS of loaded-text.ts). */
const LOOSE_WEIGHT = 0.9;
/**
 * The weight of a word of two characters printed only across two of the text's words (县城 in 县城管局: 县 ·
 * 城管局; 要建 in 需要建设: 需要 · 建设), which is no saying of it.
 */
const STRADDLING_WEIGHT = 0.5;
/** How much a word naming a unit's text (攸惠贷 of its 办法's articles: its title or short names, in the citation) counts. */
const NAMED_WEIGHT = 0.9;
/** A word printed only as a part of another text's title it quotes (营业性演出 of 《营业性演出管理条例》): the unit cites that text, it need not be about the word. */
const QUOTED_WEIGHT = 0.8;
/** Weight of a word found in a quoted title and abbreviated outside it (see presence). */
const QUOTED_ABBREVIATED_WEIGHT = 0.85;
/** A note a title ends with in brackets ((试行), (2023年版)): its kind of text stands before it. */
const TRAILING_NOTE = /\([^()]*\)$/u;
/** What finding an abbreviation spelt out in order (ABBREVIATION_SPAN) weighs. */
const ABBREVIATION_WEIGHT = 0.6;

const TYPE_ORDER: Record<UnitType, number> = {
  document: 0,
  chapter: 1,
  section: 1,
  article: 1,
  attachment: 2,
  heading: 3,
  paragraph: 4,
  item: 5,
  subitem: 6,
  row: 7,
  table: 8,
};

/** Units that are only a title over other units, and the share of its score such a unit keeps. */
const CONTAINERS = new Set<UnitType>(['chapter', 'section', 'table']);
const CONTAINER_WEIGHT = 0.5;
/** Units whose 款, 项 and 目 count for them (at most MAX_WITHIN), and the weight of a word found there. */
const WITHIN_TYPES = new Set<UnitType>(['article', 'paragraph', 'item', 'heading']);
/** A table, as the unit its rows belong to (parentOf, partsOf). */
const TABLE_TYPES = new Set<UnitType>(['table']);
const MAX_WITHIN = 12;
/** For a question stating an amount or an age: the best candidates whose neighbours (this many units either side, in their fragment) are read for an item whose range holds it. */
const NEAR_CANDIDATES = 8;
const NEAR_UNITS = 16;
const WITHIN_WEIGHT = 0.85;
/**
 * A question tells one case: a word said in the asker's own words and read as a synonym in a part of a list
 * other than the one saying most of the query (盖楼 as 修建 in （六）, 施工证 in （四）) is likely read there by
 * chance, and counts this much for the list's lead-in. A word typed as printed counts in any part (a list of
 * materials named: 代偿申请书 不良贷款证明 催收情况说明).
 */
const OTHERS_WEIGHT = 0.5;
/** Parts shown under a result that holds words of the query through them (SearchResult.matchedParts). */
const MAX_MATCHED_PARTS = 2;
/** Snippet length of a part shown under its unit: shorter than the unit's own. */
const PART_SNIPPET = 60;
/**
 * The texts of the parts of a unit: its own (款 of an article, 项 of a 款), found at WITHIN_WEIGHT, and
 * those inside them, at its square: of an article and its 项 that both hold every word through their
 * parts, the 项 whose own 目 print them is the nearer answer. `most` is the part (with its own parts)
 * saying most of the query: a synonym read in another part counts OTHERS_WEIGHT only.
 */
interface Within {
  parts: string;
  deeper: string;
  most: string;
}
const NOTHING_WITHIN: Within = { parts: '', deeper: '', most: '' };
/**
 * A concept a unit lacks counts a little (TOPIC_WEIGHT of its form's weight) when at least
 * TOPIC_SHARE of the other units of its text in its fragment (TOPIC_MIN_UNITS or more) hold it: a
 * unit may hold it by a form's every bigram, or by its bigrams' idf share (TOPIC_PARTIAL of it) when
 * that share is TOPIC_HELD or more.
 */
const TOPIC_MIN_UNITS = 4;
/** Places of a concept's word read for proximity (a word printed forty times is near something). */
const MAX_PLACES = 16;
const TOPIC_SHARE = 0.1;
const TOPIC_WEIGHT = 0.5;
const TOPIC_PARTIAL = 0.8;
const TOPIC_HELD = 0.4;
/** ... and only for a unit whose own credits cover this share of the query (no text is found for its neighbours alone). */
const TOPIC_MIN_OWN = 0.3;
/** Credit of a word found in the lead-in an item continues (有下列情形之一的，…予以追责：), against one in its own text. */
const LEAD_WEIGHT = 0.6;
/**
 * Least share of the query (by importance) an item must hold in its own text for its lead-in to count
 * (0.5 until the tuning sets grew to 44: there 0.2 puts four more answers first, items that complete
 * the clause their lead-in opens; 0.15 to 0.3 measure alike). 0.17 at 64 sets: an item holding only a
 * loose form of the query's rarest concept (判决书 of 法院判决书 in 第十六条（二）) says enough of it too;
 * two more answers first, two ranks lost within the first ten; 0.15 loses an answer from first to fourth).
 */
const LEAD_MIN_OWN = 0.17;
/** Most runs looked up in the word field (each at most MAX_WORD characters). */
const MAX_BOOST_TERMS = 4;
/** Weight of the jieba word field next to the bigram field. */
const WORD_BOOST = 0.5;
/** Weight of a correction next to the words typed. */
const CORRECTION_WEIGHT = 0.85;
/**
 * Candidates ranked on their texts (at least; the results asked for if more): the best by their
 * postings. 20 ranks as 24 did on dev..dev4 and fetches fewer texts. The same number for any limit up
 * to a page, so that the first ten results are the same whether ten or a page are asked for (the CLI's
 * --limit 10, the page's 20); 30 for a page, as before, put no answer higher on the tuning sets and
 * fetched up to 4 KB more.
 */
const PARTIAL_CANDIDATES = 20;
/**
 * Of each term's postings, how many of the strongest are scored with the units that may hold the
 * query (partialScores): the pool the candidates are chosen from, bounded whatever the archive.
 */
const POOL_PER_TERM = 120;
/** A word naming at most this many texts (documents or attachments) puts their units holding a term in the pool. */
const POOL_NAMED_TEXTS = 64;
/** Of those, the places each concept of a query of several gets for its strongest holders (see shareCandidates). */
const CONCEPT_CANDIDATES = 2;
/**
 * A unit id pasted (yzbf-2023-8/hd_5, as the JSON and `gongbao search --json` print it) or a deep link
 * holding one (…/doc/yzbf-2023-8.html#yzbf-2023-8/hd_5, …/doc/yzbf-2023-8.html).
 */
const UNIT_ID = new RegExp(`^${DOCUMENT_ID.source}(?:/[a-z]+(?:_\\d+)*)*$`);
/** A document page's path (documentPath: doc/yzbf-2023-8.html) ending a link, with the fragment after it. */
const DOCUMENT_LINK = new RegExp(`(?:^|/)doc/(${DOCUMENT_ID.source.replace(/\((?!\?)/g, '(?:')})\\.html(?:#(\\S*))?$`);

/** Whether a path is an outline label of the first two levels and nothing else (二、, (三)): typed alone, also a substring to find wherever it is printed. */
function loneLabel(path: string): boolean {
  const label = outlineLabel(path);
  return !!label && label.rest === '' && label.level <= 2;
}

/** The unit id a query pastes, alone or as a deep link, if any. */
export function pastedUnitId(query: string): string | undefined {
  const text = query.trim();
  if (UNIT_ID.test(text)) return text;
  const link = DOCUMENT_LINK.exec(text);
  if (!link) return undefined;
  const fragment = link[2] ? decodeURIComponent(link[2]) : '';
  return UNIT_ID.test(fragment) && fragment.startsWith(link[1]!) ? fragment : link[1];
}

/**
 * Whether unit id a comes before (−1), at (0) or after (1) unit id b in reading order, or undefined
 * where the ids do not say (two kinds of part side by side under one parent: para_2 and hd_1). A part
 * comes before what it holds; parts of one kind under one parent come in the order of their numbers.
 */
export function readingOrder(a: string, b: string): -1 | 0 | 1 | undefined {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    // row_0_2 (the second row before a list's first numbered one) is numbered 0, 2.
    const [p, ...pn] = x[i]!.split('_');
    const [q, ...qn] = y[i]!.split('_');
    if (p !== q || !pn.length || !qn.length) return undefined;
    for (let k = 0; k < Math.min(pn.length, qn.length); k++) if (pn[k] !== qn[k]) return Number(pn[k]) < Number(qn[k]) ? -1 : 1;
    return pn.length < qn.length ? -1 : 1;
  }
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

/**
 * Where two kinds of part side by side usually stand (公文 layout): a notice's paragraphs, then the
 * texts it issues and their parts, their tables, then the attachments; a heading's lead paragraphs
 * before its parts. A kind not listed comes first.
 */
const USUAL_PLACE = ['notice', 'para', 'ins', 'chp', 'sec', 'art', 'hd', 'item', 'subitem', 'tbl', 'row', 'att'];

/** Whether unit id a usually comes before (−1) or after (1) unit id b where the ids do not say (readingOrder). */
export function usualOrder(a: string, b: string): -1 | 1 {
  const x = a.split('/');
  const y = b.split('/');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const place = (segment: string | undefined) => USUAL_PLACE.indexOf(segment?.split('_')[0] ?? '');
  return place(x[i]) > place(y[i]) ? 1 : -1;
}

/** Measures called by their subject and count (房地产十二条): a short name, as one ending with its kind; the subject and the count are groups 1 and 2. */
const COUNT_NAME = /^(\p{Script=Han}{2,}?)([一二三四五六七八九十]{1,3}条)$/u;
/** A campaign's name, as plans title themselves (安全生产翻身仗, 防范化解风险阻击战): a name without quotes. */
const CAMPAIGN = /[仗战]$/u;
/** What a list or plan of a text is called after its name (翻身仗清单, 主动仗任务表): no aspect asked of it. */
const LIST_WORD = /^(?:任务表|任务清单|工作方案|实施方案|清单|方案)$/u;

/** Whether a word is a place and nothing more (攸县, 株洲市): typed beside a name, it says where, not what. */
function isPlace(word: string): boolean {
  return regionOf(word) === word;
}

/** The county asked about as people say it (县里的消防工作责任清单, 我县的…): where, as 攸县 is. */
const HERE = /^(?:县里|县上|我县|本县|咱县|我们县|咱们县)/u;

/** A phrase without the place it opens with (攸县的许可事项清单, 县里的消防工作责任清单), when a name of four characters or more is left. */
function withoutPlace(phrase: string): string | undefined {
  // A county, city or province (攸县, 株洲市), not any word ending in 区 (饮用水源保护区).
  const region = regionOf(phrase);
  const place = HERE.exec(phrase)?.[0] ?? (region && [...region].length <= 4 && /[县市省]$/u.test(region) ? region : undefined);
  if (!place) return undefined;
  const rest = phrase.slice(place.length).replace(/^的/u, '');
  return [...rest].length >= 4 ? rest : undefined;
}

/** Results on a page of the site, and the default limit of a search. */
export const RESULTS_PER_PAGE = 20;
/** The first results one of which must print a correction, or be found by it, for 您是不是要找 to offer it. */
const OFFERED_FROM = 3;
/** Most bigrams of one concept used to find candidates (a pasted sentence has dozens). */
const MAX_CANDIDATE_TERMS = 8;
/** Most bigrams of a pasted sentence used to find candidates. */
const TERM_BUDGET = 24;
/** Most bigrams of one form of a question's concept, and of a synonym. */
const MAX_FORM_TERMS = 16;
const MAX_SYNONYM_TERMS = 3;
/** Weight of a bigram that is no word of the corpus, next to one that is. */
const STRADDLING = 0.6;
/** More concepts than this: a pasted sentence rather than a question. */
const PASTED_CONCEPTS = 6;
/** Concepts from which a question is a story: its concepts' weights are evened out (square roots). */
const STORY_CONCEPTS = 5;
/**
 * Chinese characters from which a query is a story in the asker's words, not read for typos (of the
 * 496 such questions of the tuning sets, the spelling check corrected ten, eight of them wrongly) nor
 * for short titles in its runs (cutRuns).
 */
const STORY_CHARACTERS = 22;
/**
 * The first syllables a query's corrections may look words up under (spelling files of about 0.7 KB
 * gzip each, some 3 KB the commonest). 16 until the tuning sets numbered 134: at 12, none of their
 * 16,898 questions nor of the ten bulletin sets' ranks otherwise, and the heaviest question of
 * test133/134 fetches 6 KB less (163.3 → 157.2 KB before its first result); at 10 one correction is
 * lost (资产请查: the syllables of the stretches before it spend the budget).
 */
const SPELL_SYLLABLES = 12;
/** Places in a text by their ordinals (第十项, 第十项第四点): no slip to look up. */
const ORDINAL_PLACES = new RegExp(`^(?:第(?:${CHINESE_NUMERAL}|[0-9]{1,4})(?:条|款|项|目|点|部分|节|章|段|行))+$`, 'u');
/** The longest word typed that is checked for being printed as typed (keepPrinted). */
const MAX_PRINTED_WORD = 8;
/** A text longer than this many times the average weighs as (that length / its own)^¼, and its concepts against chance. */
const LONG_TEXT = 5;
/** The longest cell that still says what a row is (事项名称, 类别, 实施主体). */
const LEADING_CELL = 16;
/** Share of a query a row's leading cells hold for its length not to count against it. */
const LEADING_CELLS_SHARE = 0.4;
/** Most occurrences of a form counted in one text. */
const MAX_COUNTED = 64;
/** How much less the broadest synonym of a word counts than its most specific one. */
const SPECIFICITY = 0.2;
/** A lead-in saying the items under it are unlawful or forbidden (本细则所称违法用地，是指…下列情形): each answers whether an act is lawful. */
const UNLAWFUL_LEAD = /所称违[法规]|属于违[法规]|(?:不得|禁止|严禁)[^,.;:，。；：]{0,10}(?:下列|以下)/u;
/**
 * What answers each kind of question (ParsedQuery.asks):
 * - how much: a number with its unit (1000万元, 7.8%, 30个自然日, a measure: 五十厘米, 25千克), or a ratio (按 2:3:5 比例分成, 1:10 放大: each share);
 * - what share: a percentage or a ratio (30%, 1:10, 三成);
 * - which permit: a list's row naming one (食品经营许可, …审批, …登记);
 * - whether something is allowed (能不能, 行不行, 合规吗): a rule saying so (不得, 禁止, 未经, 须经, 必须); whether an
 *   act is lawful (合法吗), also an item of a list its lead-in calls unlawful (UNLAWFUL_LEAD);
 * - what a text rests on: the clause citing the laws and plans it follows (根据《中华人民共和国企业国有资产法》…,
 *   a list's 设定依据 cell);
 * - how often: a frequency (按月, 每季度, 定期, 半年一次);
 * - when: a date, a deadline or a time limit (2023年12月底前, 15个工作日内, 48小时内, 长期坚持), a lead time
 *   (提前48小时) or a longest term (不超过3年): how long before, how long at most;
 * - at what time of day: hours (每日22时至次日7时, 不得晚于20:30, 下列时段).
 */
export const ANSWERS = {
  amount: /\d\s*[:∶]\s*\d|\d(?:[\d.,]*)\s*(?:%|元|万|亿|亩|平方米|立方米|人|个|家|户|岁|倍|年|月|日|天|小时|分钟|期|笔|次|座|所|套|厘米|公里|千米|米|千克|公斤|吨|升)|(?<![第十百千万亿零〇一二三四五六七八九两])(?:[二三四五六七八九两]|[一二三四五六七八九]?十[一二三四五六七八九]?)(?:个(?:月|工作日)|年(?![级代底度初末前后内行计规攻滚])|周岁|岁|倍|天|小时|分钟|厘米|公里|千克|公斤|吨)/u,
  ratio: /\d\s*%|百分之|\d\s*[:∶]\s*\d|[一二三四五六七八九]成/u,
  // (Or a clause saying none is needed: 设置招牌不需要办理审批手续, 实行告知承诺制, for 挂店招要不要审批; 免申即享 for
  // 高龄津贴要自己去申请吗.)
  permit: /(?:^|\t)[^\t]{2,40}(?:许可|审批|核准|批准|认可|登记|备案|注册|认定)(?:\t|$)|(?:不需要|无需|无须|不需|免予|免于)(?:办理|申请)?[^，。；,;]{0,6}(?:审批|许可|核准|批准|手续)|实行告知承诺制|免申即享|(?:无需|无须|不需要?|不用)(?:本人)?(?:提出)?申请/u,
  permission: /不得|禁止|严禁|不准|允许|未经|须经|必须/u,
  basis: /(?:根据|依据|依照|按照|贯彻落实?)《|(?:^|\t)《[^》]+》/u,
  frequency: /按(?:月|季|季度|年|周|日)|每[\d一二三四五六七八九十两]{0,3}(?:个月|月|季度|年|周|半年|天|日)|定期|[\d一二三四五六七八九十两半]+个?(?:月|年|周|天|日)一次/u,
  consequence: /依法处理|予以(?:处理|处罚|查处|通报|约谈|警告|追责|问责|处分|扣分)|给予.{0,8}处[理分罚]|追究.{0,8}责任|移送|免职|吊销|没收|罚款|扣分|通报批评|约谈|问责|追责|处分|法律责任|承担.{0,6}责任|依法查处|严肃查处/u,
  // A clause saying what a term covers: 本办法所称…是指, 有下列情形之一的，属于违法用地：, 包括.
  classification: /所称|是指|属于|认定为|视为|包括|(?:下列|以下)[^,.;:，。；：]{0,8}?(?:情形|行为)/u,
  // A clause saying whom a text applies to: 本办法适用于…, 适用本办法.
  scope: /适用/u,
  // A clause naming who does it: a body in a cell of its own (县公安局 of a permit row, a city's 市公安局), or one that is
  // charged with it (…负责, …牵头, 由…审批, 主管部门; without 牵头, which closes every task of a plan: −4).
  who: new RegExp(`(?:^|\\t)[${LEVELS}]\\p{Script=Han}{1,10}(?:局|办|委|院|中心|政府)(?:\\t|$)|负责|牵头|主管部门|实施机关|由\\p{Script=Han}{2,16}(?:审批|办理|组织|实施|承办|查处)`, 'u'),
  time: /\d{4}年|\d{1,2}月|[底末]前|[\d一二三四五六七八九十]+个?(?:工作日|自然日|日|天|月|年|小时)(?:内|以内|之内)|(?:提前|不超过|不得超过|最长)[\d一二三四五六七八九十]+个?(?:小时|工作日|自然日|日|天|周|月|年)|长期坚持/u,
  clock: /\d{1,2}\s*[:：]\s*\d{2}(?!\d)|\d{1,2}时(?:\d{1,2}分)?\s*(?:至|到|—|-|~|以后|以前|之前|之后|前|后)|次日\s*\d{1,2}时|时段/u,
};
/** A permit question about running a business (开个游泳馆对外收费, 小码头做生意, 卖烟): a licence to operate, sell or trade answers it before one to build or hold. */
const OPERATING_ASK = /做生意|经营|营业|开(?:个|家|一家|间|一间)|开[^\s，。？?！!、]{0,4}?(?:店|馆|厂|铺|场|吧|社|院|所|公司|作坊|超市|诊所|门面|摊)|[卖售](?!地|房)|收费|对外/u;
/** A permit row naming a licence to operate, sell or trade (港口经营许可, 烟草专卖零售许可). */
const OPERATING_PERMIT = /(?:^|\t)[^\t]{0,30}(?:经营|零售|销售|营业)[^\t]{0,20}(?:许可|审批|核准|登记|备案)(?:\t|$)/u;
/** How much more such a row weighs, in the share ANSWER_BOOST is of. */
const OPERATING_BOOST = 0.1;
/**
 * A text's definition of whom it is for (本办法所称“企业”是指…工业性…): in a question whether one qualifies for a text
 * named (小餐馆能不能申请攸惠贷), the answer for what the asker is where the text never prints it: it counts for that as
 * the text's name does (NAMED_WEIGHT).
 */
const PARTY_DEFINITION = /所称[“"]?[^”"，。]{0,8}(?:企业|单位|个人|对象|主体|人员|经营者|申请人|农户|家庭|人才)[”"]?(?:是指|包括)/u;
/** The government's office as people name it, not as its 文号 prints it (县政府办, 县府办, 攸县人民政府办公室; a city's 市政府办). */
const SPOKEN_OFFICE = new RegExp(`^(?:\\p{Script=Han}{0,3}[${LEVELS}])?(?:人民)?政府办(?:公室)?$|^[${LEVELS}]府办$`, 'u');
/** How much more a text printing what the question asks for weighs. */
const ANSWER_BOOST = 0.4;
/** How much more a text weighs whose clauses have the query's words as the one who acts, in share of the query (县城管局负责…). */
const ACTOR_WEIGHT = 0.2;
/** Before a clause's subject: the start of a clause (or of an article's text, or a bracket), at most six characters before it (由县城管局, （县征拆中心牵头）). */
const CLAUSE_START = /(?:^|[,.;:、\t()]|条)[^,.;:、\t]{0,6}$/u;
/** A note in brackets right after a clause's subject: another name for it, or the body it stands for. */
const SUBJECT_NOTE = /^\([^()]{1,12}\)/u;
/** A clause saying when the subject acts, between it and what it does (在申请代偿及获得代偿资金后). */
const WHEN_CLAUSE = /^在[^,.;:]{1,16}?[后时前],?/u;
/** After it: what the subject does or must do (负责, 应当, 不得, 可以, 有权), within the clause or after what it does it by (县财政局根据工作需要，可以…); or right after it, 牵头 or 负总责 (the body leading a task). */
const DUTY = /^(?:(?:根据|按照|依据)[^,.;:]{1,12},)?[^,.;:]{0,6}?(?:负责|应当|应|须|不得|可以|有权)|^(?:牵头|负总责)/u;
/** How much more a text weighs whose range holds an amount the question states (100万元以上(含100万元)、400万元以下 for 一百五十万). */
const FIT_BOOST = 0.3;
/** How much less one weighs whose ranges for that kind of amount all miss it. */
const FIT_MISS = 0.3;
/** How much more a range bounded at the amount stated weighs than a wider one holding it (超过20亩 for 超过二十亩, against 10亩以上). */
const NEAR_FIT = 1.5;
/** Importance of a word that is only an amount stated (二十几亩, 150万), answered by the ranges that hold it more than by its characters. */
const QUANTITY_SAID = 0.3;
/** How much less close than the closest a range holding the amount may fit it and still count as fitting (a looser one only holds it). */
const LOOSER_FIT = 0.05;
/** Weight of a unit named for a permit the question says is granted (筹建审批批下来了 … 还要办什么): the step taken. */
const STEP_TAKEN = 0.2;
/** For a question of what holds now or next (今年, 现在, 明年, 去年): a text of the newest year among the candidates, over older ones. */
const RECENT_BOOST = 0.5;
/** Weight of the word a light verb is typed before (零工 of 打零工): the typed run's own word, above a synonym's. */
const WITHOUT_VERB_WEIGHT = 0.85;
/** Verbs that say only a doing of what follows them (打零工, 搞养殖, 当网格员, 开饭馆), read away where the run is printed nowhere. */
const LIGHT_VERBS = ['打', '搞', '做', '干', '当', '开', '找', '办', '弄'];
/** For a text named by the day it was issued (2023年12月20日印发的…): the units of the document issued that day. */
const ISSUED_BOOST = 0.4;
/**
 * A text explaining another (《…办法》政策解读, …政策问答, 起草说明, 答记者问) retells what it explains: the clauses
 * it retells answer a question, and are what is cited, so its passages weigh this much less, unless the query
 * asks for such a text or for why (物业办法解读, 为什么出台).
 */
const RETELLING_WEIGHT = 0.8;
const RETELLING_TITLE = /(?:解读|问答|答记者问|起草说明)$/u;
const ASKS_RETELLING = /解读|问答|答记者问|起草说明|为什么|为何|为啥|凭什么|背景|出台/u;
/** Importance of the words saying a permit is granted (筹建审批批下来), which ask nothing. */
const DONE_SAID = 0.3;
/** Where a passage saying the words typed beside a 文号 stands: before the document it names (3). */
const TOPIC_STANDING = 3.5;
/** The share of the words beside a 文号 such a passage says. */
const TOPIC_COVERAGE = 0.5;
/** A query's rarest bigram is read whole (all its pages) when no more units than this hold it. */
const RAREST_COMPLETE = 8000;
/** Most document titles read to tell a short name from a typo (the latest documents). */
const MAX_TITLE_CHECKS = 8;
/** Units a path cites that hold passages of their own, asked about by the words beside the path. */
const HOLDING_PASSAGES = new Set(['heading', 'attachment', 'article']);
/** A chapter or a section named by its title (业务流程章, 管理机构及其职责章); 规章 is none. */
const CHAPTER_NAMED = /^\p{Script=Han}[\p{Script=Han}、]{1,23}[章节]$/u;
/** Clauses that bear no title of their own: the words typed after a path to one are in its text. */
const UNTITLED = new Set(['article', 'paragraph', 'item', 'subitem']);
/** A number of five digits or more typed alone (拨12350): a hotline or a code copied from a text, never said by chance. */
const CODE = /^\d{5,}$/u;
/** An outline path ending in a numbered point (二、(三)16.): a task, one sentence of a list. */
const POINT = /[0-9]\.$/u;
/** The share of a gloss typed after a path (its characters) that a part's text must print, in runs of two or more, to bear it. */
const GLOSS_COVERED = 0.8;

/** The share a part's text must print of a gloss no heading of the text cited bears as its title (制度建设 for 完善管理制度). */
const GLOSS_LOOSE = 0.5;

/** Whether a text prints most of a gloss (GLOSS_COVERED of its characters, or `share`) in runs of two characters or more. */
function printsGloss(gloss: string, text: string, share = GLOSS_COVERED): boolean {
  const chars = [...gloss];
  const covered = chars.map(() => false);
  for (let i = 0; i < chars.length - 1; i++) {
    for (let j = i + 2; j <= chars.length && text.includes(chars.slice(i, j).join('')); j++) covered.fill(true, i, j);
  }
  return covered.filter(Boolean).length >= share * chars.length;
}
/** The length from which a word printed whole in a text's title names that text's units for picking candidates (风险补偿资金). */
const TITLE_WORD = 5;
/** The kinds a query may call a text by: those titles end with, and 文件 (any document). */
const CALLED_KINDS = [...SHORT_KINDS, '文件'].join('|');
/** A kind of four characters ending a name (实施细则, 管理办法, 工作方案). */
const LONG_KIND = new RegExp(`(?:${TEXT_KINDS.filter((k) => k.length === 4).join('|')})$`, 'u');
/** An edition typed before a text's name (2023年版许可清单, 二〇二三年版…, 2024版…): the year its title or its date holds. */
const EDITION = new RegExp(`^(\\d{4}|${CHINESE_YEAR})年?版(?=\\p{Script=Han}{2})`, 'u');
/** A demonstrative or 的 between a text's name and its kind (违法建设那份细则, 违法用地的那个细则, 消防那个方案). */
const FILLER_BEFORE_KIND = new RegExp(`(?:的?(?:${DEMONSTRATIVE}|[那这])的?|的)(?=(?:${CALLED_KINDS})$)`, 'u');
/** A query naming a text by what it is about and its kind (营商环境工作方案, 攸县稳楼市文件, 拆违控违两个细则): namedByTopic; 那 or 的 here only before a count or 工作 (拆违控违那两个细则, 营商环境的工作方案), FILLER_BEFORE_KIND taken away before. */
const TOPIC_NAME = new RegExp(`^(\\p{Script=Han}{2,10}?)(?:那|的)?(?:两个|两|几个)?(?:工作|实施)?(${CALLED_KINDS})$`, 'u');
/** A county opening such a query (攸县, 茶陵县; or as people say it, 县里): where, not what about. */
const COUNTY_OPENING = new RegExp(`^(?:\\p{Script=Han}{1,2}县(?![城里级])|${HERE.source.slice(1)})的?`, 'u');
/** The idf-weighted share of a topic's postings a text must hold to be the one it names. */
const NAMED_TOPIC_SHARE = 0.5;
/** Of a text and one inside it, the inner one is named when it holds this much of the outer one's share. */
const TOPIC_INNER = 0.8;
/** Most headers whose texts an article query reads to pick its text (the latest documents naming the words). */
const MAX_SCOPE_HEADERS = 24;
/** Units holding a row path read after each attachment it is asked inside (附件2 第8项). */
const WITHIN_ATTACHMENT = 4;

/** The fewest characters of a shortened title (its characters in order) that name a text issuing none (…修改和废止规范性文件决定). */
const OWN_TITLE_IN_ORDER = 8;

/** An attachment a path names (附件2 of 附件2 第8项): its unit, its id, and its last unit where the index records it. */
type CitedAttachment = [unit: number, id: string, end: number | undefined];

/** A text the words beside a citation path name: its units' range and id prefix, how well the words name it. */
interface NamedScope {
  range: [number, number];
  prefix: string;
  score: number;
  /** A notice's sole instrument: its units, not the notice's own text or its attachments. */
  body?: boolean;
}

/** One alternative of a concept, with its terms. */
interface Form {
  concept: number;
  text: string;
  weight: number;
  via: 'typed' | 'synonym' | 'correction';
  terms: QueryTerm[];
  /** The correction the form comes from: its own text, or the printed words of the everyday word it led to. */
  correction?: Correction;
}

/**
 * Whether a text defines a short name ((以下简称"基层消防队"), (以下简称风补资金), 简称"查控违"): the
 * whole name, not its start (基层 is no short name that clause defines).
 */
function definesShortName(searchable: string, name: string): boolean {
  for (let at = searchable.indexOf('简称'); at >= 0; at = searchable.indexOf('简称', at + 2)) {
    const start = at + 2 + (searchable[at + 2] === '"' ? 1 : 0);
    const end = start + name.length;
    if (searchable.startsWith(name, start) && (end === searchable.length || '"),;。:'.includes(searchable[end]!))) return true;
  }
  return false;
}

/** A concept that is a question of its own (管什么, 负责什么, 干啥): searched as the words that answer it. */
const ASKING = /什么|啥/u;
/** Words asking who, where, how much or how often (找谁, 哪个, 多大, 几次). */
const QUESTION_WORD = /谁|哪[个些里儿家种]?|多少|多大|多久|多长|几[次个回年天月项家]?/gu;
/**
 * A concept that is a question and at most one character more (找谁, 给谁, 多大, 分多少): never printed by its
 * answer, so no result is said to lack it; 谁批准 still names what is asked (批准), and so does 怎么分.
 */
function asksOnly(text: string): boolean {
  const rest = text.replace(QUESTION_WORD, '');
  return ASKING.test(text) || (rest !== text && [...rest].length <= 1);
}
/** Words asking what a body must do (乡镇职责): the article that opens with the body says it. */
const DUTY_WORDS = new Set(['职责', '责任', '职能', '任务', '分工', '负责什么', '干什么', '管什么']);
/** A clause listing a body's duties (主要职责包括：, 履行下列职责, 负责以下工作). */
const DUTY_LIST = /职责(?:包括|是|为|如下)|履行(?:下列|以下)职责|负责(?:下列|以下)(?:工作|事项)/u;
/** Words asking what a part of a plan sets (扩大有效投资目标, 疫情防控任务): its heading answers. */
const PART_ASKS = new Set(['目标', '任务', '要求', '措施']);
/** Words asking what a defined word covers (当事人范围, 企业的定义). */
const EXTENT_WORDS = new Set(['范围', '定义', '含义', '概念', '界定']);
/**
 * The words a clause defines (本办法所称"企业"是指, 所称国有资产使用,是指, 所称的当事人,包括), as the
 * normalised text prints them: a query for one of them, or for its last words (资产使用), asks for it.
 */
const DEFINED = /所称的?"?([^",;。()]{2,24}?)"?(?:\(以下简称[^)]*\))?,?(?:是指|包括)/gu;
export function definedTerms(searchable: string): string[] {
  return searchable.includes('所称') ? [...searchable.matchAll(DEFINED)].map((m) => m[1]!) : [];
}

/** The label a unit's text opens with (第十一条, (三), 2.), and how much of what follows is its subject. */
const LABEL = new RegExp(`^(?:第${CHINESE_NUMERAL}条|\\(${CHINESE_NUMERAL}\\)|\\d+\\.)`, 'u');
const OPENING = 10;
/** How many text fragments after a cited part's own its parts are looked for in, for a title it lacks. */
const PARTS_FRAGMENTS = 2;
/** A path that counts parts of what precedes it (第二项, 第三条): it may count those of a heading named before it. */
const ORDINAL_PATH = new RegExp(`^(?:第${CHINESE_NUMERAL}[项条]|${LAST_ITEM})$`, 'u');
/** A path to an article or a clause of one (第十九条第四项, 第三条第二款). */
const CLAUSE_PATH = new RegExp(`^第${CHINESE_NUMERAL}条(?:第${CHINESE_NUMERAL}[款项目])*$`, 'u');

/** A unit read and scored for a query, before the page's order is made. */
interface Ranked {
  unit: number;
  /** 3 structure match, 2 exact phrase, 1 every concept, 0 some. */
  tier: number;
  /** How well the query names the unit (2 a name, 1 a title or short name, 0 none). */
  named: number;
  /** A passage of a document its 文号 names, saying the words typed beside the 文号. */
  topic: boolean;
  /** A clause saying what the words beside its text's name ask, lacking one of them (乡镇职责). */
  aspect: boolean;
  score: number;
  missing: string[];
  via: Set<Form>;
  signals?: RankSignals;
  /** The heading this paragraph is the lead of, where it stands in the order. */
  leadOf?: number;
  /** Per concept, its credit in the unit (with its parts and lead-in). */
  credit: number[];
  /** Whether the lead-in the unit continues counted (an item of 有下列情形之一的：). */
  leaned: boolean;
  /** Whether a range the unit sets holds an amount the question states (see fitsQuantities). */
  fits: boolean;
}

export class SearchClient {
  /** The files of the index fetched so far: postings, term directories, texts. */
  private readonly files: IndexFiles;
  /** The files' postings and texts (units whose fragment is here, by unit number), by shorter names. */
  private readonly postings: Postings;
  private readonly texts: Map<number, LoadedText>;
  /** The spelling check, once its code is here (speller()). */
  private spellerLoad?: Promise<Speller>;
  private versionsLoad?: Promise<typeof import('./versions.ts')>;
  private readonly lexiconBlocks = new Map<number, Promise<LexiconBlock>>();
  /** Scratch sums reused by every query's postings loop (cleared after each use). */
  private readonly heldScores = new UnitScores();

  private constructor(
    private readonly fetchJson: FetchJson,
    private readonly manifest: Manifest,
  ) {
    this.files = new IndexFiles(fetchJson, manifest);
    this.postings = this.files.postings;
    this.texts = this.files.texts;
  }

  /** Opens the index: fetches only the manifest; chunks and texts come with queries. */
  static async open(fetchJson: FetchJson): Promise<SearchClient> {
    const manifest = (await fetchJson('manifest.json')) as Manifest;
    if (manifest.format !== SEARCH_FORMAT) throw new Error(`search index format ${manifest.format}, expected ${SEARCH_FORMAT}`);
    return new SearchClient(fetchJson, manifest);
  }

  /**
   * The spelling check. Its code (spell.ts, 3.2 KB gzip) comes with the first query
   * that is read for a slip, as a script of its own (pipeline/site/assets.ts): most questions are not.
   */
  private speller(): Promise<Speller> {
    this.spellerLoad ??= import('./spell.ts').then(({ Speller }) => new Speller(this.manifest.spell, this.fetchJson));
    return this.spellerLoad;
  }

  /** Whether a query has needed the spelling check's code (the page fetches it then; see speller()). */
  get spellerLoaded(): boolean {
    return this.spellerLoad !== undefined;
  }

  /**
   * The folding of a passage's prints in several issues (versions.ts, 0.9 KB gzip), a script of its
   * own like the spelling check's: only a query whose results span issues loads it.
   */
  private versionsFolder(): Promise<typeof import('./versions.ts')> {
    this.versionsLoad ??= import('./versions.ts');
    return this.versionsLoad;
  }

  /** Whether a query has needed the folding of versions (the page fetches its code then; see versionsFolder()). */
  get versionsLoaded(): boolean {
    return this.versionsLoad !== undefined;
  }

  /** Number of units in the index. */
  get size(): number {
    return this.manifest.units;
  }

  /**
   * Loads every chunk and text of the index (not the pages of frequent terms' further postings):
   * for timing queries without fetches in Node. The page never calls it: an archive is too large
   * to download whole (offline.ts saves one bulletin at a time).
   */
  async loadAll(): Promise<void> {
    await this.files.loadAll();
  }

  /**
   * The files of one bulletin's texts (units/<key>/<k>.json), for saving it offline; empty when the
   * index does not hold it.
   */
  bulletinFiles(bulletinId: string): Promise<string[]> {
    return this.files.bulletinFiles(bulletinId);
  }

  /** The results of a query, best first. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
    return (await this.find(query, options)).results;
  }

  /** The results of a query and the corrections made to find them. */
  async find(query: string, options: SearchOptions = {}): Promise<SearchAnswer> {
    // A query typed in traditional characters is searched in simplified ones, as if typed so.
    const script = await this.simplifiedScript(query);
    if (script) {
      const answer = await this.find(script.to, options);
      return { ...answer, corrected: [script, ...answer.corrected] };
    }
    // A unit's id as the site and the JSON print it, or a deep link to it, pasted: that unit.
    const id = pastedUnitId(query);
    if (id) {
      const unit = await this.unitById(id);
      if (unit !== undefined) return { results: [this.result(unit, 3000, [])], corrected: [] };
    }
    const lexicon = await this.lexiconFor(query);
    let q = parseQuery(query, lexicon, this.manifest.levels);
    if (!q.phrase) return { results: [], corrected: [] };
    // Stop characters and punctuation only (》的, 的了): a substring all the same, found as printed
    // by the characters it holds (Ctrl-F: any two characters or more). So is an outline label typed alone
    // (二、, （三）): the parts it names first, then every unit printing it (十二、, 第二、三项, a row under 二、).
    // Not an article's path (第十四条): a citation, read from the ref field alone at any size of archive.
    if (!q.concepts.length && (!q.ref || (!q.rest.length && loneLabel(q.ref))) && !q.docNumber && [...q.phrase.replace(/\s+/g, '')].length >= 2) {
      const chars = wordRuns(q.phrase).flat().join('');
      if (chars) q = { ...q, concepts: [wholeConcept(chars, lexicon)] };
    }
    const limit = options.limit ?? RESULTS_PER_PAGE;

    // Structure first: the words left of an article query pick its document by their bigrams in the
    // document headers. A 文号 or path the corpus does not hold (湘政办发〔2023〕30号, cited in a
    // text) is searched as text instead.
    let structural = new Map<number, number>();
    // The documents a 文号 names when the words beside it ask about something in them (9号文 网格员).
    let topicIn: Array<[number, number]> = [];
    // The path cited that the documents its 文号 names do not hold: their results say they lack it.
    let pathAbsent: string | undefined;
    // The words beside the path named no text: it was looked up everywhere.
    let structuralUnnamed: boolean | undefined;
    // Digits and 条 run into a name that calls a text by how many measures it lists (房地产12条): that name.
    if (q.asCount && (await this.calledByCount(q.asCount))) q = q.asCount;
    if (q.ref || q.docNumber) {
      await this.files.loadChunksFor(q.rest.flatMap((w) => candidateTerms(w, MAX_CANDIDATE_TERMS)));
      ({ units: structural, topicIn, absent: pathAbsent, unnamed: structuralUnnamed } = await this.structural(q));
      // A 文号 read with a place's 政 for agency (禾政〔2025〕2号) that no document of the archive answers (白政〔2024〕31号,
      // a township's, cited in a text): the query as read with it as text.
      if (structural.size === 0 && q.asText) {
        q = q.asText;
        ({ units: structural, topicIn, absent: pathAbsent, unnamed: structuralUnnamed } = q.ref || q.docNumber ? await this.structural(q) : { units: new Map<number, number>(), topicIn: [], absent: undefined, unnamed: undefined });
      }
      // A row its document does not have (9号文 一、3): the query as read without it.
      if (structural.size === 0 && q.withoutRow) {
        q = q.withoutRow;
        ({ units: structural, topicIn, absent: pathAbsent, unnamed: structuralUnnamed } = await this.structural(q));
      }
      // An attachment named beside a path its text holds and the attachment does not (消防实施方案第四部分二
      // 明晰工作职责 附件1: 四、(二) of the 方案, which sends to its 附件1): the path in the text, 附件1 a word.
      // Only an outline path that then names one part (not a row's number, which every list has).
      if (structural.size === 0 && q.ref && q.attachment !== undefined && /^[一二三四五六七八九十]{1,3}、\([一二三四五六七八九十]{1,3}\)/u.test(q.ref)) {
        const beside = { ...q, attachment: undefined, rest: [...q.rest, `附件${q.attachment}`] };
        const read = await this.structural(beside);
        if (read.units.size === 1) {
          q = beside;
          ({ units: structural, topicIn, absent: pathAbsent, unnamed: structuralUnnamed } = read);
        }
      }
      // A text's short name run into the words beside the path (许可清单应急管理局第210项): read apart.
      if (structural.size === 0 && q.ref && q.rest.length) {
        const apart = await this.splitLeadingNames({ ...q, words: q.rest }, lexicon);
        const read = apart && (await this.structural({ ...q, rest: apart.words }));
        if (read?.units.size) {
          q = { ...q, rest: apart!.words };
          ({ units: structural, topicIn, absent: pathAbsent, unnamed: structuralUnnamed } = read);
        }
      }
      // A path run into words with no space (but an extraction's, 附件 1) and no 文号, picking no one text (第四条乡镇人民政: both 细则 have
      // a 第四条), beside words naming none ()第九条乡镇人民) or beside a single character (法第七十四条: one
      // character names no text), that a unit prints as typed: a substring (Ctrl-F), found as printed before any reading.
      if (structural.size && q.ref && !q.docNumber && !/\s/u.test(query.trim().replace(EXTRACTION_SPACE, '')) && (await this.printedWhole(q.phrase, structural, !structuralUnnamed && q.rest.some((w) => [...w].length >= 2)))) {
        structural = new Map();
        topicIn = [];
        pathAbsent = undefined;
      }
      if (structural.size === 0) q = { phrase: q.phrase, words: q.words, rest: q.words, concepts: readConcepts(q.words.join(' '), lexicon) };
    }

    // A pasted sentence (more concepts than a question has, most of them words the index holds) is
    // looked up as printed; a long question in the asker's words (most concepts unknown) is not.
    const long = q.concepts.length > PASTED_CONCEPTS;
    let pasted = false;
    // Words of a question put to someone (吗, 会不会, 怎么, 我们) are never a bulletin's own sentence.
    if (long && !CONVERSATION.test(query)) {
      const typed = q.concepts.map((c) => candidateTerms(c.text, 2));
      await this.files.loadChunksFor(typed.flat());
      pasted = typed.filter((terms) => terms.some((t) => (t.prefix ? true : this.postings.hasTerm(t.term)))).length > PASTED_CONCEPTS;
    }
    // The concepts' forms: typed and synonyms now; corrections once the index says what it lacks.
    if (!long && !q.ref && !q.docNumber) q = (await this.splitLeadingNames(q, lexicon)) ?? q;
    if (!long && !q.ref && !q.docNumber) q = await this.keepPrinted(q, lexicon);
    let forms = this.forms(q.concepts, pasted, long);
    // A long question in the asker's words is printed nowhere: its phrase's bigrams would only cost fetches.
    const phraseTerms = (q.concepts.length > 1 || q.words.length > 1) && !(long && !pasted) ? candidateTerms(q.phrase, MAX_CANDIDATE_TERMS) : [];
    await this.files.loadChunksFor([...forms.flatMap((f) => f.terms), ...phraseTerms]);
    // Pinyin typed a syllable at a time (wei jian xi ze) is one run of letters (weijianxize).
    if (!long) {
      const joined = await this.joinSyllables(q, lexicon);
      if (joined) {
        q = joined;
        forms = this.forms(q.concepts, pasted, long);
        await this.files.loadChunksFor(forms.flatMap((f) => f.terms));
      }
    }
    // A long query is not read for typos: its many words would fetch many spelling files. Nor is a
    // story told in the asker's words (STORY_CHARACTERS): its unknown pairs are where those words
    // meet, and the spelling check read them as slips (留个 → 六个, 往上 → 网上, 是真 → 失真).
    const story = (query.match(/\p{Script=Han}/gu)?.length ?? 0) >= STORY_CHARACTERS;
    // A query typed all in pinyin letters (gongzhong juji changsuo yingye qian xiaofang jiancha) has no other
    // reading, however many its words.
    const pinyin = q.concepts.every((c) => /^[a-z]+$/.test(c.text));
    const corrected = (long && !pinyin) || story ? [] : await this.correct(q, forms, lexicon);
    // In a question, a run that is no typo and no name is cut at the words it holds (一家企业能贷多少
    // → 企业 · 贷). A query of one run and nothing else (民生保障仗清单, 危化品经营许可) is a name or a
    // phrase: it stays whole, unless function words stand between its words (攸惠贷要拿厂房抵押不).
    // A long question is cut too (法人有经济犯罪记录 → 法人 · 经济 · 犯罪 · 记录); a pasted sentence,
    // looked up as printed, is not.
    // (Against the phrase with its amounts as printed: 两千万 is read 2000万, longer, and no less a run.)
    // A place typed apart beside them (攸县 拆违细则) does not make a name or a phrase a question.
    const said = q.concepts.filter((c) => !isPlace(c.text));
    const question = said.length > 1 || said.reduce((n, c) => n + c.text.length, 0) < amountsAsPrinted(bare(q.words.filter((w) => !isPlace(w)).join(' '))).replace(/\s+/g, '').length;
    const cut = pasted ? undefined : await this.cutRuns(q, forms, lexicon, question, story);
    if (cut) {
      q = cut.query;
      forms = [...this.forms(q.concepts, pasted, long), ...forms.filter((f) => f.correction && cut.concept[f.concept] !== undefined).map((f) => ({ ...f, concept: cut.concept[f.concept]! })), ...cut.corrections];
    }
    if (corrected.length || cut) await this.files.loadChunksFor(forms.flatMap((f) => f.terms));
    // Of a word's synonyms, the one that says more (支持大学毕业生购房 for 大学生买房) counts for more
    // than a broader one (购房补贴): each by the idf its bigrams carry, next to the concept's best.
    forms = this.bySpecificity(forms);
    // Concepts nothing in the index holds in any form (来救 of 谁来救): no unit can have them, so a unit
    // holding every other concept holds all there is; results still say they lack them.
    const absent = q.concepts.map((_, c) => this.absent(c, forms));
    // How much each concept weighs, once for the query: the candidates' scores and their coverage use it.
    // In a question of many concepts (a story: 我们厂做涂料要用丙酮 这回要从外地拉几桶回来…), each weighs
    // the square root of that: one rare word of the story does not outweigh the others.
    const importance = this.importance(q.concepts.length, forms, absent).map(
      (w, c) =>
        (q.concepts.length >= STORY_CONCEPTS && !CODE.test(q.concepts[c]!.text) ? Math.sqrt(w) : w) *
        (q.done?.some((d) => d.said.includes(q.concepts[c]!.text)) ? DONE_SAID : 1) *
        (q.quantities && q.concepts.length > 1 && isQuantity(q.concepts[c]!.text) ? QUANTITY_SAID : 1),
    );
    // Everything asked for: every posting of the terms, not only those each weighs most in. Read by this
    // query alone (`views`): a term another query read whole leaves this one's lines as they are.
    let views: WholeViews = NO_VIEWS;
    if (limit === Infinity) views = await this.files.wholeTerms([...forms.flatMap((f) => f.terms), ...phraseTerms], TEXT);
    else {
      // A frequent term's line holds the units it weighs most in; every unit holding the rarest
      // bigram typed is a candidate all the same when its pages are few (an archive of many issues).
      const typed = [...forms.filter((f) => f.via === 'typed').flatMap((f) => f.terms), ...phraseTerms].filter((t) => !t.prefix);
      const rarest = typed
        .map((t) => this.postings.get(t.term, TEXT))
        .filter((p): p is NonNullable<typeof p> => !!p && !p.complete)
        .sort((a, b) => a.n - b.n)[0];
      if (rarest && rarest.n <= RAREST_COMPLETE) {
        const term = typed.find((t) => this.postings.get(t.term, TEXT) === rarest)!;
        views = await this.files.wholeTerms([term], TEXT);
      }
    }

    const text = TEXT;
    // Units holding every bigram of a form (of the whole phrase): those that may hold it exactly.
    const holding = forms.map((f) => (f.terms.length ? this.files.all(f.terms, text, views) : new Set<number>()));
    const phraseHolders = phraseTerms.length ? this.files.all(phraseTerms, text, views) : undefined;
    const typedHolders = q.concepts.map((_, c) => forms.map((f, k) => (f.concept === c && f.via === 'typed' ? holding[k]! : undefined)).find(Boolean) ?? new Set<number>());
    const possibleTier = (u: number) =>
      (phraseHolders ? phraseHolders.has(u) : q.concepts.length === 1 && typedHolders[0]!.has(u)) ? 2 : q.concepts.length > 1 && typedHolders.every((s) => s.has(u)) ? 1 : 0;
    // A short name beside other words (风补办法 合作银行) is held by every unit of the text it names,
    // as the final score has it from their citations: the documents of such texts, as unit ranges.
    // So is a long word of a title (风险补偿资金 of 风险补偿资金那套规矩哪天起算数), which the final score has from citations too.
    const namedIn = q.concepts.length > 1 ? await this.shortNameRanges(q.concepts, TITLE_WORD) : [];
    // The units that may hold the phrase or every concept (possibleTier): among the candidates whatever their
    // terms weigh. They hold the phrase or the concept held by fewest.
    const kept = new Set<number>();
    const fewest = typedHolders.reduce<Set<number> | undefined>((a, h) => (!a || h.size < a.size ? h : a), undefined);
    for (const holders of [phraseHolders, fewest]) for (const u of holders ?? []) if (possibleTier(u) > 0) kept.add(u);
    // Units holding a term, scored on their postings: coverage of the concepts, then BM25.
    // (Everything asked for: every unit holding a term, unbounded.)
    const partial = this.partialScores(q.concepts.length, forms, text, importance, limit === Infinity ? undefined : kept, namedIn.map((n): [number, number] => [n.from, n.to]), views);
    const boostTerms = [...new Set(forms.filter((f) => f.via !== 'synonym').flatMap((f) => wordRuns(f.text).filter((r) => r.length >= 2 && r.length <= MAX_WORD).map((r) => r.join(''))))].slice(0, MAX_BOOST_TERMS);
    await this.files.loadChunksFor(boostTerms.map((term) => ({ term, prefix: false })));
    const words = boostTerms.length ? this.files.any(boostTerms, WORDS) : new Map<number, number>();

    // The candidates worth reading, best first by what the postings say: a structure match, a unit
    // that may hold the phrase or every concept, then coverage and BM25. Only their texts are fetched,
    // a batch at a time while a filter leaves too few.
    // The pool scored on its postings, and the units matched by structure besides (not copied into one
    // set: a pool may hold thousands of units).
    const besides = new Set<number>();
    for (const u of structural.keys()) if (!partial.pooled(u)) besides.add(u);
    // The postings' score with the word field's boost, as the final score has it.
    const early = (u: number) => {
      if (!partial.has(u)) return 0;
      let coverage = partial.coverage(u);
      if (namedIn.length && namedIn.some((n) => n.from <= u && u <= n.to)) {
        const exact = q.concepts.map((_, c) => (namedIn.some((n) => n.concept === c && n.from <= u && u <= n.to) ? NAMED_WEIGHT : 0));
        coverage = Math.max(coverage, this.coverage(importance, exact, partial.concept(u)));
      }
      return coverage * coverage * (1 + Math.log1p(partial.bm25(u) + WORD_BOOST * (words.get(u) ?? 0)));
    };
    const order: Array<{ u: number; s: number; t: number; p: number }> = [];
    for (const u of partial.units) order.push({ u, s: structural.has(u) ? 1 : 0, t: possibleTier(u), p: early(u) });
    for (const u of besides) order.push({ u, s: structural.has(u) ? 1 : 0, t: possibleTier(u), p: early(u) });
    const want = limit === Infinity ? Infinity : Math.max(PARTIAL_CANDIDATES, limit);
    const before = (a: (typeof order)[number], b: (typeof order)[number]) => b.s - a.s || b.t - a.t || b.p - a.p || a.u - b.u;
    // Without a filter only the first `want` are read: they are put first, in order, the others left
    // as they are (a pool may hold thousands of units); a filter may read on, so all are sorted.
    if (want === Infinity || options.filter) order.sort(before);
    else bestFirst(order, want, before);
    if (want !== Infinity && q.concepts.length > 1) this.shareCandidates(order, want, q.concepts.length, partial);
    const candidates: number[] = [];
    for (let at = 0; at < order.length && candidates.length < want; ) {
      const batch = order.slice(at, want === Infinity ? order.length : at + Math.max(want - candidates.length, PARTIAL_CANDIDATES)).map((x) => x.u);
      at += batch.length;
      await this.files.loadTextsFor(batch);
      for (const u of batch) if (candidates.length < want && this.passes(this.texts.get(u)!, options.filter)) candidates.push(u);
    }
    // The article (款, 项) a candidate belongs to: the words of a query may be spread over its items.
    if (q.concepts.length > 1) {
      const have = new Set(candidates);
      for (const u of [...candidates]) {
        const p = this.parentOf(u);
        if (p !== undefined && !have.has(p) && this.texts.get(p)!.type !== 'heading' && this.passes(this.texts.get(p)!, options.filter)) {
          have.add(p);
          candidates.push(p);
        }
      }
      // The items (款, parts of a heading) of a candidate printing a form its own text does not: the
      // article may hold the query only with one of them (第十六条 and its （二） 法院 … 文书), which then
      // is the answer, though its own words alone fall short of the candidates.
      for (const u of [...candidates]) {
        const own = this.texts.get(u)!.searchable;
        const lacking = forms.filter((f) => f.text && !own.includes(f.text));
        if (!lacking.length) continue;
        for (const k of this.partsOf(u, MAX_WITHIN) ?? []) {
          const part = this.texts.get(k)!;
          if (!have.has(k) && lacking.some((f) => part.searchable.includes(f.text)) && this.passes(part, options.filter)) {
            have.add(k);
            candidates.push(k);
          }
        }
      }
      // ... and the rows of a table found by its column names (单位 ⇥ 值班电话 ⇥ 传真 for 市应急局 值班电话 传真) that print
      // the query's other words, read under those columns (underColumns).
      for (const u of [...candidates]) {
        const t = this.texts.get(u)!;
        if (t.type !== 'table') continue;
        const lacking = forms.filter((f) => f.text && !t.searchable.includes(f.text));
        for (const k of this.partsOf(u, Infinity, TABLE_TYPES) ?? []) {
          const row = this.texts.get(k)!;
          if (!have.has(k) && lacking.some((f) => row.searchable.includes(f.text)) && this.passes(row, options.filter)) {
            have.add(k);
            candidates.push(k);
          }
        }
      }
    }

    // A question stating an amount or an age (我爸今年85了 … 高龄津贴): the items of a candidate whose range holds
    // it (（一）80周岁至89周岁的，每人每月60元), which print nothing else of the question, their lead-in all of it.
    // So are the items near the best candidates, read already with them (第六条 年满80周岁 … 享受高龄津贴 a candidate,
    // 第七条's （一）80周岁至89周岁的 two units on, its 第七条 not).
    if (q.quantities) {
      const have = new Set(candidates);
      const add = (k: number) => {
        const part = this.texts.get(k);
        if (part && !have.has(k) && fitsQuantities(part.searchable, q.quantities!) > 0 && this.passes(part, options.filter)) {
          have.add(k);
          candidates.push(k);
        }
      };
      for (const u of [...candidates]) for (const k of this.partsOf(u, MAX_WITHIN) ?? []) add(k);
      for (const u of candidates.slice(0, NEAR_CANDIDATES)) {
        const start = u - (u % FRAGMENT_UNITS);
        for (let k = Math.max(start, u - NEAR_UNITS); k < Math.min(start + FRAGMENT_UNITS, u + NEAR_UNITS + 1); k++) if (this.texts.get(k)?.type === 'item') add(k);
      }
    }
    // A text named by what it is about and its kind (营商环境工作方案): a candidate, named.
    const byTopic = await this.namedByTopic(q, lexicon);
    if (byTopic !== undefined && !candidates.includes(byTopic) && this.passes(this.texts.get(byTopic)!, options.filter)) candidates.push(byTopic);
    // A question whether one qualifies for a text it names (开小餐馆的能不能申请攸惠贷): what the asker is, which
    // that text prints nowhere (餐馆), is answered by its definition of whom it is for; the definitions of the
    // fragments read are candidates too.
    const eligibleFor = q.asks === 'classification' && q.concepts.length > 1 && !q.quantities && ELIGIBILITY_QUESTION.test(q.phrase) ? await this.shortNameRanges(q.concepts, 2) : [];
    const unnamed = eligibleFor.length ? this.unnamedIn(eligibleFor, q.concepts, forms, holding) : undefined;
    const forWhom = (u: number) => !!unnamed && eligibleFor.some((n) => n.from <= u && u <= n.to) && PARTY_DEFINITION.test(this.texts.get(u)!.searchable);
    if (unnamed) {
      const have = new Set(candidates);
      for (const n of eligibleFor) for (let k = n.from; k <= n.to; k++) if (this.texts.get(k) && !have.has(k) && forWhom(k) && this.passes(this.texts.get(k)!, options.filter)) {
        have.add(k);
        candidates.push(k);
      }
    }
    const ranked: Ranked[] = [];
    /** Each unit's coverage of the query, for passages inside a cited part (topicIn) against the part. */
    const coverageOf = new Map<number, number>();
    const phrases = SearchClient.phrases(q, forms);
    // A name typed as one run (违法占地细则, not found as printed): the texts it names come before
    // others holding its words.
    const named = q.words.filter((w) => !isPlace(w));
    const nameQuery = named.length === 1 && SHORT_NAME.test(bare(named[0]!));
    const standing = (r: { tier: number; named: number; topic: boolean; aspect: boolean }) => (r.topic ? TOPIC_STANDING : nameQuery && r.named > 0 && r.tier < 2 ? 1.5 : r.aspect ? 1 : r.tier);
    // Per concept, the units that may hold one of its forms, with the best form's weight (read when
    // a unit first lacks a concept); the units of each text in a fragment.
    let heldBy: Array<Map<number, number>> | undefined;
    const held = () => {
      if (heldBy) return heldBy;
      heldBy = q.concepts.map(() => new Map<number, number>());
      forms.forEach((f, k) => {
        for (const u of holding[k]!) if ((heldBy![f.concept]!.get(u) ?? 0) < f.weight) heldBy![f.concept]!.set(u, f.weight);
      });
      return heldBy;
    };
    const near = new Map<string, number[]>();
    const operates = q.asks === 'permit' && OPERATING_ASK.test(q.phrase);
    const asksDuties = q.concepts.some((c) => DUTY_WORDS.has(c.text));
    const inForce = q.asks === 'time' && IN_FORCE.test(q.phrase);
    const asksRetelling = ASKS_RETELLING.test(q.phrase);
    // The phrase found as printed (Ctrl-F): as typed, or without the question mark or full stop ending it
    // when no text prints it with them (县工商联？).
    const exact = bare(q.phrase) !== q.phrase && !candidates.some((u) => this.texts.get(u)!.searchable.includes(q.phrase)) ? bare(q.phrase) : q.phrase;
    // A path run into a word with no space that a unit prints as typed (六、本 of 六、本基准自…施行, a heading inside
    // an instrument the bare path does not read): that unit is what was typed (Ctrl-F), as good as the best the path reads.
    const typedWhole = structural.size > 0 && !/\s/u.test(query.trim()) && [...q.phrase].length >= 2;
    let bestRank = 0;
    if (typedWhole) for (const r of structural.values()) bestRank = Math.max(bestRank, r);
    // Whether a range some candidate sets holds the amount a question states: when none does (攸惠贷能贷两千万吗
    // of a 不超过1000万元 cap), the clause setting the range it misses is the answer, not a sibling to pass over.
    // An item lies in the range its lead-in sets (5万元以上 … 按以下程序报批： (一)…): it misses an amount that
    // range misses, whatever range of its own it sets (（三）低于30万元 for 几千块); where the lead-in's range holds
    // it, an item setting none is no fit of its own: the lead-in's text is the answer.
    const fitsOf = new Map(
      q.quantities
        ? candidates.map((u) => {
            const lead = fitsQuantities(this.leadOf(u), q.quantities!);
            return [u, lead < 0 ? lead : fitsQuantities(this.texts.get(u)!.searchable, q.quantities!)];
          })
        : [],
    );
    const someFit = [...fitsOf.values()].some((f) => f > 0);
    // Of sibling clauses whose ranges hold the amount, the tightest answers (超过20亩 for 二十多亩, not the
    // item before it, 超过5亩, which holds it too).
    const closenessOf = (u: number) => ((fitsOf.get(u) ?? 0) > 1 ? 1 : (fitsOf.get(u) ?? 0) > 0 ? fitCloseness(this.texts.get(u)!.searchable, q.quantities!) : 0);
    const closest = new Map<number | undefined, number>();
    for (const u of q.quantities ? candidates : []) closest.set(this.parentOf(u), Math.max(closest.get(this.parentOf(u)) ?? 0, closenessOf(u)));
    // The newest year of the candidates' documents, for a question of what holds now (今年的低保标准).
    const newest = q.recent ? candidates.map((u) => this.texts.get(u)!.doc.date.slice(0, 4)).reduce((a, b) => (b > a ? b : a), '') : '';
    for (const u of candidates) {
      const t = this.texts.get(u)!;
      const shares = partial.concept(u);
      const within = q.concepts.length > 1 ? this.within(u, forms, importance) : NOTHING_WITHIN;
      let found = this.presence(q.concepts.length, forms, t, within);
      // The lead-in an item continues counts when the item says enough of the query itself (LEAD_MIN_OWN):
      // 企业破产 … 核销 in 第十六条's lead-in, 法院 … 文书 in its （二）.
      const lead = q.concepts.length > 1 ? this.leadOf(u) : '';
      // A range of its own holding the amount asked (超过20亩 for 二十几亩) says enough of it too.
      const leaned = lead !== '' && (this.coverage(importance, found.own, []) >= LEAD_MIN_OWN || (fitsOf.get(u) ?? 0) > 0);
      if (leaned) found = this.presence(q.concepts.length, forms, t, within, lead);
      // A row is read under its table's column names: a word naming a column (值班电话, 传真) is what its cell is.
      if (t.type === 'row' && q.concepts.length > 1 && found.credit.some((x) => x === 0)) found = this.underColumns(u, q.concepts, found);
      // What its own text around it holds of the concepts it lacks, when it says enough of the query itself.
      let topical = q.concepts.length > 1 && this.coverage(importance, found.credit, []) >= TOPIC_MIN_OWN ? this.topical(u, found.credit, held, partial, near) : found.credit;
      if (unnamed && forWhom(u)) topical = topical.map((x, c) => (unnamed[c] ? Math.max(x, NAMED_WEIGHT) : x));
      let tier = 0;
      const rank = structural.get(u) ?? (typedWhole && t.searchable.includes(q.phrase) ? bestRank : undefined);
      if (rank !== undefined) tier = 3;
      else if (t.searchable.includes(exact)) tier = 2;
      else if (q.concepts.length > 1 && found.meant.every((x, c) => x || absent[c]) && !absent.every((x) => x)) tier = 1;
      // A concept found in no form, in the text or the words that name it: the result says it lacks it,
      // unless it is the question itself (管什么, 干啥: asked of the text, never printed in it).
      const lacking = q.concepts.filter((_, c) => found.credit[c]! === 0);
      // A question stating an amount (一百五十万的设备): the clause whose range holds it, before its siblings
      // for other ranges; it does not lack the amount it holds, nor an age said as a number alone (我爸今年85了).
      const fits = fitsOf.get(u) ?? 0;
      const holdsAmount = (text: string) => fits > 0 && statesQuantity(text, q.quantities!);
      const missing = lacking.filter((c) => !asksOnly(c.text) && !holdsAmount(c.text)).map((c) => c.text);
      // Nothing of the query in the text, its citation or its names: no result (a structure match always is one).
      if (tier === 0 && lacking.length === q.concepts.length && !partial.has(u)) continue;
      const chance = this.chance(t, found.via, q.concepts.length);
      const coverage = chance ? this.coverage(importance, topical.map((x, c) => x * chance[c]!), shares.map((x, c) => x * chance[c]!)) : this.coverage(importance, topical, shares);
      const bm25 = partial.bm25(u) + WORD_BOOST * (words.get(u) ?? 0);
      // A chapter, section or table found by its title holds nothing to read but that title (and a
      // table's column names): the articles and rows that say the words come first, unless the
      // query cites it (第四章) or is a table's caption or column name.
      // A list named by its short name (民生保障仗清单: its caption's characters in order) is what was asked for.
      const container = CONTAINERS.has(t.type) && rank === undefined && !(t.type === 'table' && q.concepts.some((c) => SHORT_NAME.test(c.text) && t.normalizedNames.some((n) => inOrder(c.text, n))));
      // A question asking how much (多少, 最高), what share (比例) or when (什么时候) is answered by a text printing one.
      // A title (a document's or an attachment's header) answers none of these.
      // A header's date is when the text was issued: no answer to when it takes effect (国资办法从什么时候起生效).
      const header = t.type === 'document' || t.type === 'attachment';
      // A text many times longer than most (a row quoting ten laws) holds many words by chance, a penalty's
      // word too (处理, 通报: what befalls someone is asked). Not a list row whose leading cells, what it is (行政检查 · 消防工作 · 乡镇（街道）), say much of the query.
      const long = this.namedByLeadingCells(t, forms, importance) ? 1 : Math.min(1, ((LONG_TEXT * this.manifest.averageFieldLength[0]!) / Math.max(1, t.searchable.length)) ** 0.25);
      // A document or attachment header answers no question of an amount (its numbers are its 文号 and date)
      // nor when a text comes into force (its date is when it was issued).
      const answers = !q.asks
        ? 1
        : q.asks === 'document'
          ? t.type === 'document' ? 1 + ANSWER_BOOST : 1
          : (ANSWERS[q.asks].test(t.searchable) || (q.asks === 'classification' && ANSWERS.classification.test(lead)) || (q.asks === 'permission' && q.lawful && UNLAWFUL_LEAD.test(lead))) && !(header && ((q.asks === 'time' && inForce) || q.asks === 'amount')) ? 1 + ANSWER_BOOST * (q.asks === 'consequence' ? long : 1) + (operates && OPERATING_PERMIT.test(t.searchable) ? OPERATING_BOOST : 0) : header ? 1 - ANSWER_BOOST : 1;
      // A text where words of a question are who does something (村民委员会负责…, 监理公司应当…, （县征拆中心牵头）) says
      // what they do; for a body's name alone, the tasks it leads or does come before a list naming it among members.
      const actors = 1 + (ACTOR_WEIGHT * found.actor.reduce((a, x, c) => a + (x ? importance[c]! : 0), 0)) / (importance.reduce((a, b) => a + b, 0) || 1);
      // A permit the question says is granted (筹建审批批下来了 … 还要办什么) is the step taken, not the one asked for.
      const taken = q.done && rank === undefined && t.normalizedNames.some((n) => q.done!.some((d) => n.includes(d.permit))) ? STEP_TAKEN : 1;
      // A range holding the amount fits it the closer its bound lies to it (超过20亩 for 二十多亩, before 5亩以上).
      const closeness = closenessOf(u);
      const fit = fits > 0 && closeness < (closest.get(this.parentOf(u)) ?? 0) - LOOSER_FIT ? 1 : fits > 1 ? 1 + FIT_BOOST * NEAR_FIT : fits > 0 ? 1 + FIT_BOOST * (1 + (NEAR_FIT - 1) * closeness) : fits < 0 && someFit ? 1 - FIT_MISS : 1;
      // The first step of a procedure asked for (第一步 …): the first item of a list its lead-in opens (按以下流程…：（一）).
      const first = q.firstStep && t.type === 'item' && /\/item_1$/u.test(t.id) && lead !== '' ? 1 + ANSWER_BOOST : 1;
      // A question for what a body does (县财政局管什么, 乡镇职责): the clause listing its duties (主要职责包括：) answers it.
      const duties = asksDuties && DUTY_LIST.test(t.searchable) ? 1 + ANSWER_BOOST : 1;
      const recent = newest !== '' && t.doc.date.startsWith(newest) ? 1 + RECENT_BOOST : 1;
      // The document issued the day the query names (2023年12月20日印发的消防综合治理方案), as its 文号 would.
      const issued = q.issued && t.doc.date.endsWith(q.issued) ? 1 + ISSUED_BOOST : 1;
      const retelling = !asksRetelling && !t.doc.docNumber && RETELLING_TITLE.test(t.doc.title) ? RETELLING_WEIGHT : 1;
      const score = (rank ?? 0) * 10 + coverage * coverage * (1 + Math.log1p(bm25)) * (0.75 + 0.25 * found.proximity) * (container ? CONTAINER_WEIGHT : 1) * answers * long * taken * actors * fit * first * duties * recent * issued * retelling;
      // A clause saying what the words beside its text's name ask (违建细则 乡镇职责: 乡镇人民政府…负责…) is
      // named by them, and stands with the texts holding every word, though it lacks one (职责).
      const answersAspect = !(container && t.type !== 'table') && this.answersAspect(t, q, forms, phrases);
      const named = container && t.type !== 'table' ? 0 : Math.max(u === byTopic ? 1 : 0, this.named(t, q, forms, phrases, answersAspect));
      const aspect = tier === 0 && named === 1 && answersAspect;
      const signals = options.explain ? { tier, named, coverage, bm25, proximity: found.proximity, answers, actors, fit, long, container, credit: found.credit, topical, via: [...found.via].map((f) => `${f.text}:${f.via}`) } : undefined;
      // A passage of the document a 文号 names that says most of the words typed beside it (9号文 网格员):
      // what was asked, before the document itself.
      const topic = rank === undefined && topicIn.length > 0 && coverage >= TOPIC_COVERAGE && covers(topicIn, u);
      ranked.push({ unit: u, tier, named, topic, aspect, score, missing, via: found.via, signals, credit: found.credit, leaned, fits: fits > 0 });
      coverageOf.set(u, coverage);
    }
    // A passage inside a cited part comes before it only if it says more of the words beside the path than
    // the part itself (消防综治方案3.1 基层消防队建设: the words are the heading's own title).
    for (const r of ranked) {
      const part = r.topic ? topicIn.find(([a, b]) => a < r.unit && r.unit <= b)?.[0] : undefined;
      if (part !== undefined && (coverageOf.get(part) ?? 0) >= coverageOf.get(r.unit)!) r.topic = false;
    }
    this.narrow(ranked, q.concepts.length, forms);
    // A heading a query names that is only its title over a paragraph (一、工作目标 of a 工作方案): that
    // paragraph says what the heading is about, so it is shown first, with the heading's standing.
    await this.addLeads(ranked, forms);
    // A lead paragraph stands where its heading does, just before it.
    const at = (r: (typeof ranked)[number]) => r.leadOf ?? r.unit;
    ranked.sort(
      (a, b) =>
        standing(b) - standing(a) ||
        b.named - a.named ||
        // Among structure matches and title hits, the document before its attachments and headings.
        (a.tier === 3 || a.named > 0 ? this.typeOrder(at(a)) - this.typeOrder(at(b)) : 0) ||
        // Of two headings a query names, the part before a task inside it (（五）… before its 36.).
        (a.named > 0 && b.named > 0 ? this.depth(at(a)) - this.depth(at(b)) || (at(a) === at(b) ? (b.leadOf === undefined ? 0 : 1) - (a.leadOf === undefined ? 0 : 1) : 0) : 0) ||
        // The articles of a list or range cited (第二十条至第二十二条) in reading order.
        (a.tier === 3 && b.tier === 3 && q.more ? a.unit - b.unit : 0) ||
        b.score - a.score ||
        // A lead (a heading's paragraph, a list's one row) before what it stands for.
        (at(a) === at(b) ? (b.leadOf === undefined ? 0 : 1) - (a.leadOf === undefined ? 0 : 1) : 0) ||
        a.unit - b.unit,
    );
    // A part cited by its path with words beside it that it does not print (58号文附件第九项 义务教育入学 办理时限: the
    // 九、 of the 办事指南 holds no 办理时限): the passage inside it holding every word is what was asked, before the part.
    // (Words the archive prints: 全表 of 附件二 全表 asks for the part itself.)
    const cited = ranked[0];
    // (A heading's: an article's words beside it are its items' and its chapter's, 国资办法“资产使用”章 第十九条.)
    const lacked = cited?.tier === 3 && this.texts.get(cited.unit)!.type === 'heading' ? cited.credit.flatMap((c, i) => (c === 0 && importance[i]! > 0 ? [i] : [])) : [];
    if (lacked.length) {
      const id = this.texts.get(cited!.unit)!.id;
      const inside = ranked.findIndex((r, k) => k > 0 && k < RESULTS_PER_PAGE && r.tier === 1 && lacked.every((i) => r.credit[i]! > 0) && this.texts.get(r.unit)!.id.startsWith(`${id}/`));
      if (inside > 0) ranked.unshift(...ranked.splice(inside, 1));
    }
    // A question for a document's 文号 or date of issue about what a passage says (那份买房补贴的文件
    // 文号多少): the document of the best passage, first; its header prints them.
    if (q.asks === 'document' && ranked.length && !ranked.slice(0, 1).some((r) => this.texts.get(r.unit)!.type === 'document')) {
      // The document a word of the question names (攸惠贷那份文件: the one issuing the 攸惠贷办法), else the best passage's.
      const names = (u: number) => this.texts.get(u)!.doc.scopes.some(([, title, aliases]) => [title, ...aliases].some((n) => q.concepts.some((c) => [...c.text].length >= 2 && normalizeSearchText(n).includes(c.text))));
      const about = ranked.slice(0, 10).find((r) => names(r.unit)) ?? ranked[0]!;
      const header = (await this.documentById(this.texts.get(about.unit)!.doc.id))?.[0];
      if (header !== undefined) {
        const at = ranked.findIndex((r) => r.unit === header);
        const [found] = at >= 0 ? ranked.splice(at, 1) : [];
        // It lacks what the passage it stands for lacks (a question about something no text says).
        ranked.unshift({ ...(found ?? about), unit: header, missing: about.missing, leadOf: undefined });
      }
    }
    // A task printed twice in its attachment (a heading of the prose, a row of the task list) shows
    // once among ranked matches, the other beside it; every exact match stays, as Ctrl-F finds it.
    let shown: Ranked[] = [];
    const sameTask = new Map<Ranked, number[]>();
    const tasks = new Map<string, number[]>();
    for (const r of ranked) {
      const key = r.tier < 2 ? taskKey(this.texts.get(r.unit)!) : undefined;
      const folded = key === undefined ? undefined : tasks.get(key);
      if (folded) folded.push(r.unit);
      else {
        const twins: number[] = [];
        if (key !== undefined) tasks.set(key, twins);
        shown.push(r);
        sameTask.set(r, twins);
      }
    }
    // The same passage printed by other issues of an archive shows once, as the newest prints it, the
    // others (exact matches too, with their tasks' other prints) listed with it: a page over years of
    // bulletins is not one passage's copies. Read only when the results span issues (versions.ts, a
    // chunk of its own: the page of one issue does not load it).
    const versions = new Map<Ranked, number[]>();
    if (new Set(shown.map((r) => this.texts.get(r.unit)!.doc.bulletinId)).size > 1) {
      const { foldVersions } = await this.versionsFolder();
      shown = foldVersions(shown, (r) => this.texts.get(r.unit)!).map(({ shown: r, others }) => {
        versions.set(r, others.flatMap((o) => [o.unit, ...sameTask.get(o)!]));
        return r;
      });
    }
    shown = shown.slice(0, limit);
    const results = shown.map((r) => {
      const needles = r.tier === 2 ? [q.phrase] : [...new Set([...[...r.via].map((f) => f.text), ...q.rest])];
      const result = this.result(r.unit, r.tier * 1000 + r.named * 100 + r.score, needles);
      // A unit the query names (房地产十二条 for the measures in twelve parts) lacks none of it.
      if (r.missing.length && r.tier < 2 && !r.named) result.missing = r.missing;
      if (pathAbsent && structural.has(r.unit)) result.missing = [pathAbsent];
      const twins = sameTask.get(r)!;
      if (twins.length) result.sameTask = twins.map((u) => ({ id: this.texts.get(u)!.id, citation: this.texts.get(u)!.citation }));
      const prints = versions.get(r) ?? [];
      if (prints.length) result.versions = prints.map((u) => ({ id: this.texts.get(u)!.id, citation: this.texts.get(u)!.citation, date: this.texts.get(u)!.doc.date }));
      if (r.tier < 2) {
        const parts = this.matchedParts(r.unit, needles);
        if (parts.length) result.matchedParts = parts;
      }
      if (r.signals) result.signals = r.signals;
      const used = [...r.via].flatMap((f) => (f.correction ? [f.correction] : []));
      if (used.length) result.corrected = used;
      return result;
    });
    // 您是不是要找 offers a correction one of the first results prints or was found by (镇上的消防队出警 is no
    // 出境 that none of them holds): one that none of them shows suggests a word the asker did not mean.
    const offered = corrected.filter((c) =>
      shown.slice(0, OFFERED_FROM).some((r) => this.texts.get(r.unit)!.searchable.includes(normalizeSearchText(c.to)) || [...r.via].some((f) => f.correction?.from === c.from && f.correction.to === c.to)),
    );
    if (!options.explain) return { results, corrected: offered };
    const readAs = q.concepts.map((c, i) => ({ text: c.text, importance: importance[i]!, forms: forms.filter((f) => f.concept === i).map((f) => `${f.text}:${f.via}:${f.weight}`) }));
    return { results, corrected: offered, concepts: readAs };
  }

  /**
   * Which of an article (款, heading) and one of its parts, both among the results, is the answer;
   * the one that is takes the other's place in the order, the other its place:
   * - an item (a paragraph) that, with the lead-in it continues, holds every concept its parent
   *   holds, where the parent holds some only through its parts, when it is the only such part and
   *   no list row of the parent's task holds all of them itself
   *   (第十六条's lead-in 企业破产 … 核销 and its （二）法院 … 文书: the （二））;
   * - an item setting the range that holds an amount asked, under a parent whose own text sets none
   *   (第十六条（三）400万元以上 for 四五百万的设备);
   * - not an item of a list that says nothing of the query its lead-in does not (第三十条, not its
   *   （六）应当进行资产清查的其他情形).
   */
  private narrow(ranked: Ranked[], concepts: number, forms: Form[]): void {
    // The parent ranked too (an article, 款 or heading), wherever its text is: both are here.
    const byId = new Map(ranked.map((r) => [this.texts.get(r.unit)!.id, r]));
    const parentOf = (r: Ranked) => {
      const id = this.texts.get(r.unit)!.id;
      return byId.get(id.slice(0, id.lastIndexOf('/')));
    };
    // Per parent, the concepts its own text holds in some way (printed, loosely, abbreviated, in its context).
    const ownCredit = new Map<Ranked, number[]>();
    const itselfOf = (parent: Ranked) => ownCredit.get(parent) ?? ownCredit.set(parent, this.presence(concepts, forms, this.texts.get(parent.unit)!).credit).get(parent)!;
    const narrower = new Map<Ranked, Ranked[]>();
    // A task printed twice (its heading in the prose, its row in the list): the row holding every concept
    // the heading holds through its parts answers whole (温暖社保 … 县人社局 in one row), no part of the heading.
    // (Read once, and only when a heading's part would take its place.)
    let byTask: Map<string, Ranked[]> | undefined;
    const answeredWhole = (parent: Ranked) => {
      const key = taskKey(this.texts.get(parent.unit)!);
      if (key === undefined) return false;
      if (!byTask) {
        byTask = new Map();
        for (const r of ranked) {
          const k = taskKey(this.texts.get(r.unit)!);
          if (k !== undefined) byTask.set(k, [...(byTask.get(k) ?? []), r]);
        }
      }
      return (byTask.get(key) ?? []).some((x) => x !== parent && parent.credit.every((v, c) => v === 0 || x.credit[c]! > 0));
    };
    for (const r of ranked) {
      if (!r.leaned) continue;
      const parent = parentOf(r);
      // A paragraph too, under its heading (（一）推进机制 over 由县长任召集人…).
      if (!parent || parent.tier > r.tier || parent.named > r.named || parent.score <= r.score || answeredWhole(parent)) continue;
      const itself = itselfOf(parent);
      const throughParts = parent.credit.some((x, c) => x > 0 && itself[c] === 0);
      if (throughParts && parent.credit.every((x, c) => x === 0 || r.credit[c]! > 0)) narrower.set(parent, [...(narrower.get(parent) ?? []), r]);
    }
    // Of two items that each would do, neither is the answer: the article is.
    for (const [parent, [item, ...others]] of narrower) if (!others.length) [item!.score, parent.score] = [parent.score, item!.score];
    // An item setting the range that holds an amount a question states, under an article whose own
    // text sets none (第十六条（三）400万元以上 for 四五百万的设备): the item is the answer.
    for (const r of ranked) {
      if (!r.fits) continue;
      const parent = parentOf(r);
      if (parent && !parent.fits && parent.tier <= r.tier && parent.named <= r.named && parent.score > r.score) [r.score, parent.score] = [parent.score, r.score];
    }
    // An item of a list that says of the query only what the lead-in opening the list says
    // (（六）应当进行资产清查的其他情形 under 有下列情形之一的，应当进行资产清查：): the lead-in is the answer.
    for (const r of ranked) {
      const type = this.texts.get(r.unit)!.type;
      if (type !== 'item' && type !== 'subitem') continue;
      const parent = parentOf(r);
      if (!parent || parent.tier < r.tier || parent.named < r.named || parent.score >= r.score || !this.leadOf(r.unit)) continue;
      const itself = itselfOf(parent);
      // (Not an item setting the range that holds an amount asked: 不超过1000万元 for 能贷50万吗.)
      if (!r.missing.length && !r.fits && r.credit.every((x, c) => x === 0 || itself[c]! > 0)) [r.score, parent.score] = [parent.score, r.score];
    }
  }

  /**
   * For each heading found by its name whose own text is only its title and whose first part is a
   * paragraph (一、工作目标 over 全面落实…), that paragraph as a result of the same standing, marked as
   * its heading's lead (`leadOf`); one already ranked takes that standing.
   */
  private async addLeads(ranked: Ranked[], forms: Form[]): Promise<void> {
    await this.addOnlyRows(ranked);
    await this.chapterLeads(ranked, forms);
    // Not for a part of a title typed (创新成果转化攻 of （二）创新成果转化攻坚行动): every unit printing it comes first, as Ctrl-F finds them.
    // So too a heading whose title is a synonym of a word typed (翻身仗 要达到什么效果: 工作目标).
    const synonymTitle = (t: LoadedText) => t.names.some((n) => forms.some((f) => f.via === 'synonym' && f.text === normalizeSearchText(n)));
    const headings = ranked.filter((r) => r.tier < 3 && !(r.tier === 2 && r.named < 2) && this.texts.get(r.unit)!.type === 'heading' && this.titleOnly(this.texts.get(r.unit)!) && (r.named > 0 || synonymTitle(this.texts.get(r.unit)!)));
    if (!headings.length) return;
    const next = await this.unitsAfter(headings.map((r) => r.unit));
    for (const [k, h] of headings.entries()) {
      const heading = this.texts.get(h.unit)!;
      const after = next[k];
      const lead = after === undefined ? undefined : this.texts.get(after);
      if (after === undefined || !lead || lead.type !== 'paragraph' || lead.id !== `${heading.id}/para_1`) continue;
      const found = ranked.find((r) => r.unit === after);
      if (found) Object.assign(found, { tier: Math.max(found.tier, h.tier), named: h.named, leadOf: h.unit });
      else ranked.push({ ...h, unit: after, missing: [], leadOf: h.unit });
    }
  }

  /**
   * A chapter whose title a word of the query is, as typed or corrected (第四章 代偿范围 for 代偿范围): its
   * first article (the unit after it, `unitsAfter`) stands where the best unit saying that word does, just before it;
   * where no other unit says it, just before the chapter.
   */
  private async chapterLeads(ranked: Ranked[], forms: Form[]): Promise<void> {
    const chapters = ranked.filter((r) => this.texts.get(r.unit)!.type === 'chapter' && r.tier <= 2);
    const after = await this.unitsAfter(chapters.map((r) => r.unit));
    for (const [k, r] of chapters.entries()) {
      const t = this.texts.get(r.unit)!;
      // Its title (its name), as typed or corrected (戴偿范围 → 代偿范围).
      const title = t.names.map(normalizeSearchText).find((n) => forms.some((f) => f.via !== 'synonym' && f.text === n));
      if (!title) continue;
      // Its first article: the unit right after it (in its fragment, or first in the next).
      const at = after[k];
      const next = at === undefined ? undefined : this.texts.get(at);
      if (at === undefined || !next || next.type !== 'article' || !next.id.startsWith(t.id.replace(/\/chp_\d+$/, '/art_'))) continue;
      const first = ranked.find((x) => x.unit === at);
      // The best unit saying the title's words: the article stands just before it.
      const best = ranked.filter((x) => x !== r && this.texts.get(x.unit)!.searchable.includes(title)).reduce<Ranked | undefined>((a, b) => (!a || b.tier > a.tier || (b.tier === a.tier && b.named > a.named) || (b.tier === a.tier && b.named === a.named && b.score > a.score) ? b : a), undefined);
      // None but the chapter: the article stands just before it, as a heading's paragraph does (业务流程: 第七条).
      if (!best) {
        if (first) Object.assign(first, { tier: Math.max(first.tier, r.tier), named: Math.max(first.named, r.named), score: Math.max(first.score, r.score), leadOf: r.unit });
        else ranked.push({ ...r, unit: at, missing: r.missing, leadOf: r.unit });
        continue;
      }
      // Not when it lacks a word of the query that unit holds (资产处置 账实相附: the clause saying 账实相附).
      if (!first || best === first || first.missing.some((m) => !best.missing.includes(m))) continue;
      // Nor when that unit is a part of it saying more of a query of several words (贷款核销 损失情况 基本情况:
      // 第十六条's （一） prints all three): the part is the answer, its article after it as scored.
      if (this.texts.get(best.unit)!.id.startsWith(`${next.id}/`) && new Set(forms.map((f) => f.concept)).size > 1) continue;
      if (best.tier > first.tier || best.named > first.named || best.score >= first.score) Object.assign(first, { tier: best.tier, named: best.named, score: best.score, leadOf: best.unit });
    }
  }

  /**
   * A list of one row (乡镇（街道）消防工作权责清单): what its caption and column names are asked of is
   * in that row, shown first with the list's standing, the list next.
   */
  private async addOnlyRows(ranked: Ranked[]): Promise<void> {
    // Not for a phrase the list prints (a column name typed whole): what prints it comes first, as Ctrl-F finds it.
    const tables = ranked.filter((r) => r.tier < 2 && this.texts.get(r.unit)!.type === 'table');
    if (!tables.length) return;
    // Its rows, in its fragment and the next (one row, or more than one: two fragments tell).
    await this.files.loadTextsFor(tables.flatMap((t) => [t.unit, t.unit + FRAGMENT_UNITS]));
    for (const t of tables) {
      const id = this.texts.get(t.unit)!.id;
      const rows = this.partsAfter(t.unit, 1).filter((k) => this.texts.get(k)!.type === 'row' && !this.texts.get(k)!.id.slice(id.length + 1).includes('/'));
      if (rows.length !== 1) continue;
      const first = rows[0]!;
      const found = ranked.find((r) => r.unit === first);
      if (found) Object.assign(found, { tier: Math.max(found.tier, t.tier), named: t.named, score: Math.max(found.score, t.score), leadOf: t.unit });
      else ranked.push({ ...t, unit: first, leadOf: t.unit });
    }
  }

  /** Whether a heading's text is its label and title alone (一、工作目标), its words all in the parts under it. */
  private titleOnly(t: LoadedText): boolean {
    const title = normalizeSearchText(outlineLabel(t.text)?.rest ?? t.text);
    return title.length > 0 && t.names.some((n) => normalizeSearchText(n) === title);
  }

  /**
   * The forms of each concept (typed, synonyms) with the terms that find them. A long query (a pasted
   * sentence, a rambling question) shares a budget of terms among its forms, spread over each: any of
   * a form's bigrams finds the units holding it, and the text check does the rest; fewer terms, fewer
   * chunks to fetch.
   */
  private forms(concepts: Concept[], pasted: boolean, long: boolean): Form[] {
    // A pasted sentence is looked up as printed: its words are the text's own, synonyms would only cost fetches.
    const alternatives = concepts.flatMap((c, i) => c.alternatives.filter((a) => !pasted || a.via === 'typed').map((a) => ({ concept: i, ...a })));
    // A question's words are scored on all their bigrams (a sample would miss the one that matters);
    // a pasted sentence on a sample of them.
    // A long question has its words' synonyms too: twice the budget of a pasted sentence.
    const total = !long ? Infinity : pasted ? TERM_BUDGET : 2 * TERM_BUDGET;
    const per = long ? Math.max(1, Math.min(MAX_CANDIDATE_TERMS, Math.floor(total / Math.max(1, alternatives.length)))) : MAX_FORM_TERMS;
    // A lone character (元 of a pasted sentence) finds candidates only when nothing longer does.
    const longer = alternatives.some((a) => a.via === 'typed' && [...a.text].length > 1);
    let budget = total;
    // The words typed take the budget first, then their synonyms; a form left without terms still counts when its text is checked.
    const order = [...alternatives.keys()].sort((x, y) => (alternatives[x]!.via === 'typed' ? 0 : 1) - (alternatives[y]!.via === 'typed' ? 0 : 1) || x - y);
    const terms: QueryTerm[][] = [];
    for (const k of order) {
      const a = alternatives[k]!;
      // A synonym finds its units by a few of its bigrams (the text check does the rest): fewer chunks to fetch.
      const own = longer && [...a.text].length === 1 ? [] : candidateTerms(a.text, Math.min(per, budget, a.via === 'synonym' ? MAX_SYNONYM_TERMS : Infinity));
      terms[k] = budget > 0 ? own : [];
      budget -= terms[k]!.length;
    }
    return alternatives.map((a, k) => ({ concept: a.concept, text: a.text, weight: a.weight, via: a.via, terms: terms[k]! }));
  }

  /**
   * The query in simplified characters, when it is typed in traditional ones (開飯店要辦什麼許可 →
   * 开饭店要办什么许可), read before anything else so that it is cut into words, read for what it asks
   * and ranked as the same question typed in simplified characters. A query is taken as traditional
   * when it holds a character outside GB 2312 that opencc makes simplified and the texts do not print
   * (gb2312.ts: a query typed in simplified characters fetches nothing for this; a stretch copied from
   * a text printing an extraction's 戶 or 員 is searched as printed, and Ctrl-F finds it). Then every
   * traditional character is made simplified: 後 and 於 too, and 員 in 執法人員. Character by character,
   * as the spelling files have it (傢俱 → 家俱, not opencc's 家具). Undefined when nothing changes.
   */
  private async simplifiedScript(query: string): Promise<Correction | undefined> {
    const chars = [...query];
    const outside = new Set(chars.filter((ch) => outsideGb2312(ch)));
    if (!outside.size) return undefined;
    const { simplified, printed } = await (await this.speller()).traditional(outside);
    if (![...outside].some((ch) => simplified.has(ch) && !printed.has(ch))) return undefined;
    const to = chars.map((ch) => simplified.get(ch) ?? ch).join('');
    return to === query ? undefined : { from: query, to };
  }

  /**
   * Corrections for what the index does not know: a concept in traditional characters, a stretch of
   * a concept no unit holds (its bigrams absent), a word typed in pinyin letters. Each correction
   * becomes another form of its concept, weighted below the words typed.
   */
  private async correct(q: ParsedQuery, forms: Form[], lexicon: Lexicon): Promise<Correction[]> {
    const out: Correction[] = [];
    const budget: SpellBudget = { syllables: new Set(), limit: SPELL_SYLLABLES };
    // Whether a bigram is in the index is known once its chunk is here.
    await this.files.loadChunksFor(q.concepts.flatMap((c) => queryTerms(c.text).filter((t) => !t.prefix)));
    for (const [i, c] of q.concepts.entries()) {
      const chars = [...c.text];
      const unknown = chars.slice(1).map((ch, k) => !this.postings.hasTerm(chars[k]! + ch));
      const latin = /^[a-z]{4,}$/.test(c.text) && unknown.some((x) => x);
      // Letters and characters in one run (youhui贷): read as pinyin, the characters typed kept.
      if (/[a-z]{2,}/.test(c.text) && /\p{Script=Han}/u.test(c.text)) {
        const mixed = await (await this.speller()).fromMixed(c.text);
        if (mixed) {
          out.push(mixed);
          forms.push({ concept: i, text: mixed.to, weight: CORRECTION_WEIGHT, via: 'correction', terms: candidateTerms(mixed.to, MAX_CANDIDATE_TERMS), correction: mixed });
        }
        continue;
      }
      // A word the table knows (环评 → 环境影响评价) is not a typo: its synonyms find it; nor is a short
      // name whose characters stand in order in a document's title (消防方案); nor a count asked (几次, 每项), nor a place
      // in a text no path rule read (第十项第四点 of a 纪要's points).
      if (!unknown.some((x) => x) || (chars.length < 2 && !latin) || c.alternatives.some((a) => a.via === 'synonym') || FUNCTION_WORD.test(c.text) || ORDINAL_PLACES.test(c.text)) continue;
      if (chars.length >= 4 && (await this.inTitleInOrder(c.text, chars, unknown))) continue;
      let correction: Correction | undefined;
      // The corpus's words inside the concept (jieba's, in the word field), for where a stretch may end.
      const isWord = await this.wordsWithin(c.text, lexicon);
      // Words typed without a break (研究生在攸县上班: 研究生 · 在 · 攸县 · 上班) are no typo: no spelling files
      // are fetched; nor are a question's words (要先办: 要 · 先 · 办).
      const next = q.concepts[i + 1]?.text ?? '';
      const beforeWord = [...next].length > 1 && q.phrase.includes(c.text + next);
      if (!latin && (gluedWords(chars, isWord, this.manifest.levels, beforeWord) || questionWords(c.text, isWord))) continue;
      if (latin) {
        correction = await (await this.speller()).fromPinyin(c.text);
        // Syllables typed apart are replaced as typed (wei jian xi ze → 违建细则).
        if (correction && c.typed) correction = { ...correction, from: c.typed };
      }
      else {
        const simple = await (await this.speller()).simplified(c.text);
        if (simple !== c.text) {
          correction = { from: c.text, to: simple };
          await this.files.loadChunksFor(queryTerms(simple).filter((t) => !t.prefix));
          const s = [...simple];
          const still = s.slice(1).map((ch, k) => !this.postings.hasTerm(s[k]! + ch));
          if (still.some((x) => x)) {
            const further = await (await this.speller()).correct(simple, still, await this.wordsWithin(simple, lexicon), undefined, budget);
            if (further) correction = { from: c.text, to: simple.replace(further.from, further.to) };
          }
        } else correction = await (await this.speller()).correct(c.text, unknown, isWord, (run) => this.printedRun(run), budget);
      }
      // A typo right after a word of the table (危险 · 费物 of 危险费物经营许可: 危险 is a table word) may
      // be one only in the run the two make (危险废物): read with the concept before it, as typed.
      let text = c.text;
      // So too right before one (搭气 · 污染 of 大气污染, 每仁 · 每年 of 每人每年: the slip makes the word before no word).
      const beside: Array<[before: string, after: string]> = [];
      if (!correction && !latin && i > 0) beside.push([q.concepts[i - 1]!.text, '']);
      if (!correction && !latin && i + 1 < q.concepts.length) beside.push(['', q.concepts[i + 1]!.text]);
      for (const [before, after] of beside) {
        const joined = before + c.text + after;
        if (correction || !/^\p{Script=Han}+$/u.test(joined) || !q.phrase.includes(joined)) continue;
        await this.files.loadChunksFor(queryTerms(joined).filter((t) => !t.prefix));
        const j = [...joined];
        // The word starts where the word before does, or inside this concept (搭气 · 污染 of 大气污染).
        const startsAt = (a: number) => (before ? a === 0 : true) && a < [...before, ...c.text].length;
        const across = await (await this.speller()).correct(joined, j.slice(1).map((ch, k) => !this.postings.hasTerm(j[k]! + ch)), await this.wordsWithin(joined, lexicon), undefined, budget, startsAt);
        const at = across ? joined.indexOf(across.from) : -1;
        // The slip is in this concept, not only in the one beside it.
        if (across && at + across.from.length > before.length && at < before.length + c.text.length && (await this.printedRun(joined.replace(across.from, across.to)))) {
          correction = across;
          text = joined;
        }
      }
      if (!correction) continue;
      // A word no unit prints (an everyday word of the tables: 违章) stands for the whole concept typed,
      // never for a stretch of it (旧电 of 旧电脑 is no 酒店).
      if (!latin && text === c.text && correction.from !== c.text && !(await this.printedRun(correction.to))) continue;
      const to = latin || correction.from === text ? correction.to : text.replace(correction.from, correction.to);
      out.push(correction);
      forms.push({ concept: i, text: to, weight: CORRECTION_WEIGHT, via: 'correction', terms: candidateTerms(to, MAX_CANDIDATE_TERMS), correction });
      // A typo of an everyday word (违张 → 违章) is searched as the words bulletins print for it too.
      const everyday = (await this.lexiconFor(to)).synonyms.get(to) ?? [];
      for (const s of everyday) {
        const text = normalizeSearchText(s);
        forms.push({ concept: i, text, weight: CORRECTION_WEIGHT * SYNONYM_WEIGHT, via: 'synonym', terms: candidateTerms(text, MAX_SYNONYM_TERMS), correction });
      }
    }
    return out;
  }

  /**
   * The query with its runs cut at the words they hold (query.ts, cutConcept): a concept typed as
   * one run of two characters or more, with no synonym or correction, that is no word of the corpus
   * or the table and whose characters do not stand in order in a title (国资办法: a short name; a
   * story's runs are not looked for in titles). `concept` maps each concept kept whole to its new
   * place. Undefined when nothing is cut.
   */
  private async cutRuns(q: ParsedQuery, forms: Form[], lexicon: Lexicon, question: boolean, story = false): Promise<{ query: ParsedQuery; concept: number[]; corrections: Form[] } | undefined> {
    const out: Concept[] = [];
    const concept: number[] = [];
    const corrections: Form[] = [];
    let changed = false;
    for (const [i, c] of q.concepts.entries()) {
      const chars = [...c.text];
      const whole = () => {
        concept[i] = out.length;
        out.push(c);
      };
      // A run kept whole that a light verb opens before a word of the corpus (打零工, 搞养殖, 当网格员), the run printed
      // nowhere: the word is one more form of it, as the texts name the thing and not the doing (零工市场).
      const wholeOrWithout = async () => {
        const rest = chars.slice(1).join('');
        if (question && chars.length >= 3 && /^\p{Script=Han}+$/u.test(c.text) && LIGHT_VERBS.includes(chars[0]!) && !c.alternatives.some((a) => a.text === rest) && !(await this.printedRun(c.text))) {
          await this.files.loadChunksFor(queryTerms(rest).filter((t) => !t.prefix));
          if ((await this.wordsWithin(rest, lexicon))(rest) || (await this.printedRun(rest))) {
            concept[i] = out.length;
            out.push({ ...c, alternatives: [...c.alternatives, { text: rest, weight: WITHOUT_VERB_WEIGHT, via: 'synonym' }] });
            changed = true;
            return;
          }
        }
        whole();
      };
      // A word of the table cut off the front of a word of the corpus (危险 · 废物交给有资质, of 危险废物):
      // the two are read together, cut at the corpus's words (危险废物 · 资质).
      const prev = q.concepts[i - 1];
      if (question && prev && prev.alternatives.length > 1 && out[out.length - 1] === prev && /^\p{Script=Han}+$/u.test(prev.text + c.text) && !forms.some((f) => (f.concept === i || f.concept === i - 1) && f.via === 'correction')) {
        const joined = prev.text + c.text;
        // The corpus's words starting with the table's word (its own term's chunk, fetched for it already,
        // and the next when the words starting with it run on into it).
        const starting: QueryTerm = { term: prev.text, prefix: true };
        await this.files.loadChunksFor([starting]);
        const across = this.postings.completions(prev.text, WORDS, this.files.chunksOf(starting)).some((w) => w.term.length > prev.text.length && w.term.length <= MAX_WORD && joined.startsWith(w.term));
        let pieces: Concept[] | undefined;
        if (across) {
          await this.files.loadChunksFor(queryTerms(joined).filter((t) => !t.prefix));
          pieces = cutConcept(joined, await this.wordsWithin(joined, lexicon), lexicon);
        }
        if (pieces?.length) {
          out.pop();
          concept[i - 1] = concept[i] = out.length;
          out.push(...pieces);
          changed = true;
          continue;
        }
      }
      // A number with its unit that no unit prints next to the words typed (超过30万) stands apart.
      const atNumbers = c.alternatives.length === 1 ? splitAtNumbers(c.text) : undefined;
      if (atNumbers && !forms.some((f) => f.concept === i && f.via === 'correction') && !(await this.printedRun(c.text))) {
        const pieces: Concept[] = [];
        // The words beside the number are cut at the words they hold, as a run without one is
        // (机关单位买一台 · 5万元 → 机关单位 · 买 · 一台 · 5万元), two characters too (攸惠贷 能贷50万吗: 能贷 → 贷).
        for (const p of atNumbers.flatMap((p) => readConcepts(p, lexicon))) {
          if (question && p.alternatives.length === 1 && /^\p{Script=Han}{2,}$/u.test(p.text) && !(await this.printedRun(p.text))) {
            await this.files.loadChunksFor(queryTerms(p.text).filter((t) => !t.prefix));
            const isWord = await this.wordsWithin(p.text, lexicon);
            const cut = isWord(p.text) ? undefined : cutConcept(p.text, isWord, lexicon);
            if (cut?.length) {
              pieces.push(...cut);
              continue;
            }
          }
          pieces.push(p);
        }
        if (pieces.length) {
          changed = true;
          out.push(...pieces);
          continue;
        }
      }
      // Letters that are no pinyin among characters (开KTV要, 都有5G信号): the letters are a word of their own.
      if (/[a-z]{2,}|\d[a-z]|[a-z]\d/.test(c.text) && /\p{Script=Han}/u.test(c.text) && !forms.some((f) => f.concept === i && f.via === 'correction')) {
        // A lone character of a run so cut (开, 要) goes, as readConcepts drops it beside other words.
        const pieces = (c.text.match(/[a-z0-9]+|[^a-z0-9]+/gu) ?? [])
          .flatMap((p) => readConcepts(p, lexicon))
          .filter((p) => !/^\p{Script=Han}$/u.test(p.text) || p.alternatives.length > 1);
        if (pieces.length) {
          changed = true;
          out.push(...pieces);
          continue;
        }
      }
      // A word of the table no unit prints, with a function character in it (来检查): the one word of the
      // corpus it holds (检查) is one more form of it, beside the table's.
      if (question && c.alternatives.length > 1 && chars.length >= 3 && /^\p{Script=Han}+$/u.test(c.text) && mayAsk(c.text) && !(await this.printedRun(c.text))) {
        const isWord = await this.wordsWithin(c.text, lexicon);
        const pieces = cutConcept(c.text, (w) => w !== c.text && isWord(w), lexicon);
        if (pieces?.length === 1 && !c.alternatives.some((a) => a.text === pieces[0]!.text)) {
          concept[i] = out.length;
          out.push({ ...c, alternatives: [...c.alternatives, { text: pieces[0]!.text, weight: SYNONYM_WEIGHT, via: 'synonym' }] });
          changed = true;
          continue;
        }
      }
      // A run of a question with a slip in it (想申请攸惠代贷款): cut as corrected (申请 · 攸惠贷 · 贷款), the
      // piece holding the slip as typed, its correction one more form of it, as for a word typed alone.
      const fix = forms.find((f) => f.concept === i && f.via === 'correction');
      if (question && fix?.correction && fix.text !== c.text && [...fix.text].length === chars.length && /^\p{Script=Han}+$/u.test(c.text)) {
        const pieces = await this.cutCorrected(c.text, fix, lexicon, out.length);
        if (pieces) {
          changed = true;
          out.push(...pieces.concepts);
          corrections.push(...pieces.forms);
          continue;
        }
      }
      if (chars.length < 2 || c.alternatives.length > 1 || !/^\p{Script=Han}+$/u.test(c.text) || forms.some((f) => f.concept === i && f.via === 'correction') || (!question && !mayAsk(c.text))) {
        await wholeOrWithout();
        continue;
      }
      await this.files.loadChunksFor(queryTerms(c.text).filter((t) => !t.prefix));
      const isWord = await this.wordsWithin(c.text, lexicon);
      if (!question && !askedInOneRun(c.text, isWord)) {
        whole();
        continue;
      }
      const unknown = chars.slice(1).map((ch, k) => !this.postings.hasTerm(chars[k]! + ch));
      // A run some unit may print (one holds all its bigrams: 拆除人民防空工程审批) is looked up as printed.
      // A story's runs are its teller's words, no text's short title: checking titles would fetch
      // the headers' fragments (up to MAX_TITLE_CHECKS a run) for nothing (13 of the 32 fragments of
      // the heaviest story of the eval sets).
      // A function character before a word (办攸惠贷, 做餐饮) is a verb and its object, no short title whose
      // characters stand in order in one (办 of 办公室, then 攸惠贷).
      const verbAndWord = FUNCTION_CHARS.includes(chars[0]!) && isWord(chars.slice(1).join(''));
      const pieces = (await this.printedRun(c.text)) || isWord(c.text) || (chars.length >= 4 && !story && !verbAndWord && (await this.inTitleInOrder(c.text, chars, unknown))) ? undefined : cutConcept(c.text, isWord, lexicon);
      if (!pieces) {
        await wholeOrWithout();
        continue;
      }
      changed = true;
      out.push(...pieces);
    }
    // A query of question words only (怎么办才好) keeps them.
    return changed && out.length ? { query: { ...q, concepts: out }, concept, corrections } : undefined;
  }

  /**
   * A corrected run of a question cut at the words its corrected text holds (想申请攸惠代贷款, corrected
   * 想申请攸惠贷贷款 → 申请 · 攸惠代 · 贷款): the pieces the correction leaves as typed are concepts as
   * cutConcept reads them; a piece it changes is a concept as typed (攸惠代) with the correction (攸惠贷)
   * and the correction's synonyms as forms, weighted as corrections are. `first`: the number of the
   * first new concept. Undefined when the corrected text is one word or printed as it is.
   */
  private async cutCorrected(typed: string, fix: Form, lexicon: Lexicon, first: number): Promise<{ concepts: Concept[]; forms: Form[] } | undefined> {
    const text = fix.text;
    await this.files.loadChunksFor(queryTerms(text).filter((t) => !t.prefix));
    const words = await this.wordsWithin(text, lexicon);
    // The word the speller read the slip as is one (金熔办 → 金融办, a name the texts print, which jieba
    // cuts 金融 · 办): cut apart, the slip's piece would be the broader 金融.
    const isWord = (w: string) => words(w) || w === fix.correction?.to;
    if (isWord(text) || (await this.printedRun(text))) return undefined;
    const pieces = cutConcept(text, isWord, lexicon);
    if (!pieces || pieces.length < 2) return undefined;
    const chars = [...text];
    const typedChars = [...typed];
    const concepts: Concept[] = [];
    const forms: Form[] = [];
    // Pieces come in order; the characters cut out between them (想) are skipped.
    const at = (start: number, length: number) => chars.slice(start, start + length).join('');
    let next = 0;
    for (const piece of pieces) {
      const length = [...piece.text].length;
      let start = next;
      while (start + length <= chars.length && at(start, length) !== piece.text) start++;
      if (start + length > chars.length) return undefined;
      next = start + length;
      const asTyped = typedChars.slice(start, next).join('');
      if (asTyped === piece.text) {
        concepts.push(piece);
        continue;
      }
      const k = first + concepts.length;
      concepts.push(wholeConcept(asTyped, lexicon));
      forms.push({ concept: k, text: piece.text, weight: CORRECTION_WEIGHT, via: 'correction', terms: candidateTerms(piece.text, MAX_CANDIDATE_TERMS), correction: fix.correction });
      for (const a of piece.alternatives.slice(1)) forms.push({ concept: k, text: a.text, weight: CORRECTION_WEIGHT * a.weight, via: 'synonym', terms: candidateTerms(a.text, MAX_SYNONYM_TERMS), correction: fix.correction });
    }
    return { concepts, forms };
  }

  /**
   * The concepts of a question (not its names, not 什么, not a place or 不到) that no unit of the texts it names
   * may hold in any form: what the asker is, which those texts never print (餐馆 of 攸惠贷). None: undefined.
   */
  private unnamedIn(namedIn: Array<{ concept: number; from: number; to: number }>, concepts: Concept[], forms: Form[], holding: Array<Set<number>>): boolean[] | undefined {
    const inside = (u: number) => namedIn.some((n) => n.from <= u && u <= n.to);
    const out = concepts.map((c, i) => !namedIn.some((n) => n.concept === i) && !ASKING.test(c.text) && !isPlace(c.text) && !isSideWord(c.text) && !forms.some((f, k) => f.concept === i && [...holding[k]!].some(inside)));
    return out.some(Boolean) ? out : undefined;
  }

  /**
   * The text a query names by what it is about and its kind, where no title prints the words
   * (营商环境工作方案, 稳楼市文件, 工业贷款风险补偿办法): of the documents and attachments whose title
   * ends with the kind (a document by the titles it issues; 文件 any document), the one holding the most
   * of the bigrams' postings read, each weighed by its idf, a bigram its title prints counting whole.
   * It must hold NAMED_TOPIC_SHARE of them; of one text and a text inside it, the inner one when it holds
   * nearly as much (TOPIC_INNER). The postings read are those the line holds; the kind's titles are a
   * header line, as a title word's are, and only the MAX_TITLE_CHECKS holding most of the topic are
   * fetched.
   */
  private async namedByTopic(q: ParsedQuery, lexicon: Lexicon): Promise<number | undefined> {
    if (q.asks || q.ref || q.docNumber || q.words.length > 2) return undefined;
    // The demonstrative or 的 before the kind as a name has it (化债那份方案), the county opening it.
    const m = TOPIC_NAME.exec(q.phrase.replace(COUNTY_OPENING, '').replace(FILLER_BEFORE_KIND, ''));
    if (!m) return undefined;
    const stem = m[1]!;
    const kind = m[2]!;
    const printed = (text: string) => queryTerms(text).filter((t) => !t.prefix && this.postings.hasTerm(t.term));
    // A topic printed nowhere (稳楼市) by the words the synonym tables give for it (稳房价, 房住不炒).
    let terms = printed(stem);
    if (!terms.length) terms = [...new Map(wholeConcept(stem, lexicon).alternatives.filter((a) => a.via === 'synonym').flatMap((a) => printed(a.text)).map((t) => [t.term, t])).values()];
    if (!terms.length) return undefined;
    const kindTerms = queryTerms(kind === '文件' ? '通知' : kind).filter((t) => !t.prefix);
    await this.files.loadChunksFor([...terms, ...kindTerms]);
    const lines = terms.map((t) => ({ term: t.term, p: this.postings.get(t.term, TEXT), idf: this.postings.idf(t.term, TEXT, false, []) })).filter((x) => x.p && x.p.units.length && x.idf > 0);
    const total = lines.reduce((a, x) => a + x.idf, 0);
    if (!total) return undefined;
    // Each header's share of a line, from the line's units in ascending order.
    const inRange = (units: ArrayLike<number>, from: number, to: number) => lowerBound(units, to + 1) - lowerBound(units, from);
    const bodyShare = (h: number, end: number) => lines.reduce((a, { p, idf }) => a + (idf * inRange(p!.units, h, end)) / p!.units.length, 0) / total;
    const headers = this.headers(kindTerms)
      .map(([h, end]) => ({ h, end, body: bodyShare(h, end) }))
      .sort((a, b) => b.body - a.body || a.h - b.h)
      .slice(0, MAX_TITLE_CHECKS);
    await this.files.loadTextsFor(headers.map((x) => x.h));
    const scored = headers.flatMap(({ h, end }) => {
      const t = this.texts.get(h)!;
      const names = [...t.normalizedNames, ...t.issuedTitles];
      if (t.type !== 'document' && t.type !== 'attachment') return [];
      if (kind === '文件' ? t.type !== 'document' : !names.some((n) => n.replace(TRAILING_NOTE, '').endsWith(kind))) return [];
      const titled = (term: string) => names.some((n) => n.includes(term));
      const share = lines.reduce((a, { term, p, idf }) => a + (titled(term) ? idf : (idf * inRange(p!.units, h, end)) / p!.units.length), 0) / total;
      return [{ h, end, share, titled: lines.every(({ term }) => titled(term)) }];
    });
    const best = scored.filter((s) => s.share >= NAMED_TOPIC_SHARE).sort((a, b) => b.share - a.share || a.h - b.h)[0];
    if (!best) return undefined;
    if (best.titled) return best.h;
    // A document is weighed alone for 文件, its attachments unread: one that has some is named by its title only.
    if (kind === '文件' && this.texts.get(best.h)!.doc.scopes.some(([prefix]) => prefix.includes('/att_'))) return undefined;
    // A text holding others of the kind (the 总体方案 over its six 工作方案) speaks of all their topics:
    // it is named by its title, or else through the one inside holding nearly as much.
    const inside = scored.filter((s) => s !== best && best.h <= s.h && s.end <= best.end);
    if (!inside.length) return best.h;
    return inside.filter((s) => s.share >= best.share * TOPIC_INNER).sort((a, b) => b.share - a.share || a.h - b.h)[0]?.h;
  }

  /**
   * The documents whose texts a concept names by a short name (风补办法, 违地细则, 违建细则: a kind of
   * text at its end, its characters in order in a title or a short name), as ranges of units; headers
   * holding the most of its bigrams are read, at most MAX_TITLE_CHECKS. `printed`: a concept of that many
   * characters or more printed whole in a title or short name names it too (攸惠贷; 风险补偿资金).
   */
  private async shortNameRanges(concepts: Concept[], printed = Infinity): Promise<Array<{ concept: number; from: number; to: number }>> {
    const out: Array<{ concept: number; from: number; to: number }> = [];
    for (const [c, concept] of concepts.entries()) {
      const short = SHORT_NAME.test(concept.text);
      if (!short && !([...concept.text].length >= printed && !isPlace(concept.text))) continue;
      const headers = this.headersHoldingMost(queryTerms(concept.text).filter((x) => !x.prefix && this.postings.hasTerm(x.term))).slice(0, MAX_TITLE_CHECKS);
      await this.files.loadTextsFor(headers.map(([h]) => h));
      for (const [h, end] of headers) {
        const names = this.texts.get(h)!.doc.scopes.flatMap(([, title, aliases]) => [title, ...aliases].map(normalizeSearchText));
        if (names.some((n) => (short ? inOrder(concept.text, n) : n.includes(concept.text)))) out.push({ concept: c, from: h, to: end });
      }
    }
    return out;
  }

  /**
   * The query with two or more concepts side by side that are one pinyin syllable each as one concept;
   * and pinyin words typed apart that read as words only together (yihu yibiao: 一户一表, where yibiao
   * alone reads as no word of the corpus) as one.
   */
  private async joinSyllables(q: ParsedQuery, lexicon: Lexicon): Promise<ParsedQuery | undefined> {
    // Without letters there is nothing to join, and the spelling check's code is not fetched for it.
    if (!q.concepts.some((c) => /^[a-z]+$/.test(c.text))) return undefined;
    const speller = await this.speller();
    const one = await speller.syllables(q.concepts.map((c) => c.text));
    if (one.filter(Boolean).length < 2) return this.joinPinyinWords(q, lexicon);
    const out: Concept[] = [];
    let run: Concept[] = [];
    const flush = () => {
      const texts = run.map((c) => c.text);
      if (run.length >= 2) out.push({ ...wholeConcept(texts.join(''), lexicon), typed: texts.join(' ') });
      else out.push(...run);
      run = [];
    };
    for (const [i, c] of q.concepts.entries()) {
      if (one[i]) {
        run.push(c);
      } else {
        flush();
        out.push(c);
      }
    }
    flush();
    return out.length < q.concepts.length ? { ...q, concepts: out } : undefined;
  }

  /**
   * Pinyin words side by side as one concept when together they read, where one reads as no word alone
   * or together they are one word of the vocabulary (yihu yibiao).
   */
  private async joinPinyinWords(q: ParsedQuery, lexicon: Lexicon): Promise<ParsedQuery | undefined> {
    const latin = q.concepts.map((c) => /^[a-z]{2,}$/.test(c.text));
    if (latin.filter(Boolean).length < 2) return undefined;
    const speller = await this.speller();
    const out: Concept[] = [];
    let changed = false;
    for (let i = 0; i < q.concepts.length; i++) {
      const c = q.concepts[i]!;
      const next = q.concepts[i + 1];
      if (latin[i] && next && latin[i + 1]) {
        const alone = await Promise.all([speller.fromPinyin(c.text), speller.fromPinyin(next.text)]);
        // Or together they are one word (yihu yibiao: 一户一表, though yibiao alone reads as 一标).
        if ((alone.some((x) => !x) && (await speller.fromPinyin(c.text + next.text))) || (await speller.isPinyinWord(c.text + next.text))) {
          out.push({ ...wholeConcept(c.text + next.text, lexicon), typed: `${c.text} ${next.text}` });
          changed = true;
          i++;
          continue;
        }
      }
      out.push(c);
    }
    return changed ? { ...q, concepts: out } : undefined;
  }

  /**
   * The query with each word typed that some unit prints as typed (排污口审批 of 环保局 排污口审批)
   * as one concept: the table's words inside it (排污, 审批) would cut it and drop what lies between (口);
   * and each word a word of the table cuts across a word of the corpus (执法人员配备: 法人) read at the
   * corpus's words (`cutAcrossKeys`).
   */
  private async keepPrinted(q: ParsedQuery, lexicon: Lexicon): Promise<ParsedQuery> {
    const read = q.words.map((w) => readConcepts(w, lexicon));
    // Only when the words' concepts are the query's (nothing read across a space).
    if (read.flat().map((c) => c.text).join(' ') !== q.concepts.map((c) => c.text).join(' ')) return q;
    let changed = false;
    const out: Concept[] = [];
    for (const [i, w] of q.words.entries()) {
      const split = read[i]!.length > 1 || (read[i]!.length === 1 && read[i]![0]!.text !== w);
      // Only a name or a phrase may be printed (four to eight characters, no function character):
      // each word checked costs the files of its bigrams.
      const length = [...w].length;
      if (q.words.length > 1 && split && length >= 4 && length <= MAX_PRINTED_WORD && /^\p{Script=Han}+$/u.test(w) && !mayAsk(w) && (await this.printedRun(w))) {
        out.push(wholeConcept(w, lexicon));
        changed = true;
      } else if (split && length >= 3 && length <= MAX_PRINTED_WORD && /^\p{Script=Han}+$/u.test(w) && !mayAsk(w)) {
        const recut = await this.cutAcrossKeys(w, read[i]!, lexicon);
        if (recut) changed = true;
        out.push(...(recut ?? read[i]!));
      } else out.push(...read[i]!);
    }
    return changed ? { ...q, concepts: out } : q;
  }

  /**
   * A word typed that the table's words cut across a word of the corpus (执法人员配备, cut at the
   * table's 法人: 法人 · 员配备): read at the corpus's words instead (执法人员 · 配备). Undefined when no
   * word of the table in it cuts a word of the corpus.
   */
  private async cutAcrossKeys(w: string, read: Concept[], lexicon: Lexicon): Promise<Concept[] | undefined> {
    const chars = [...w];
    await this.files.loadChunksFor(queryTerms(w).filter((t) => !t.prefix));
    const printed = (s: string) => this.postings.idf(s, WORDS, false, []) > 0;
    const crossing = new Set<string>();
    for (const k of read.filter((c) => c.alternatives.length > 1 && w.includes(c.text))) {
      const start = [...w.slice(0, w.indexOf(k.text))].length;
      const end = start + [...k.text].length;
      // A word of the corpus holding one end of the table's word and not the other.
      for (let a = 0; a < chars.length; a++) {
        for (let b = a + 2; b <= Math.min(chars.length, a + MAX_WORD); b++) {
          if (((a < start && b > start && b < end) || (a > start && a < end && b > end)) && printed(chars.slice(a, b).join(''))) crossing.add(k.text);
        }
      }
    }
    if (!crossing.size) return undefined;
    const isWord = await this.wordsWithin(w, lexicon);
    const pieces = cutConcept(w, (s) => (!crossing.has(s) || printed(s)) && isWord(s), lexicon);
    return pieces?.length ? pieces : undefined;
  }

  /** Whether some unit may print a run: one holds every bigram of it. */
  /**
   * Whether a unit prints `text` as it is, where the structure matches (`structural`) lie in more than
   * one text (a path that names none), or the words beside the path are no name (`named` false: 法 of
   * 法第七十四条, a character of a law's title quoted before its article). Reads at most MAX_TITLE_CHECKS
   * texts of each.
   */
  private async printedWhole(text: string, structural: Map<number, number>, named: boolean): Promise<boolean> {
    // The first few are enough to see two texts (an archive may hold hundreds of 第四条).
    const first = [...structural.keys()].slice(0, MAX_TITLE_CHECKS);
    await this.files.loadTextsFor(first);
    // Words naming the one text the path is in make a citation; not a sentence pasted whole, its clauses apart (按照
    // 消防工作权责清单（见附件1），明确…: the 附件1 it sends to is a word of the sentence; no citation ends a clause).
    if (named && !CLAUSE_END.test(text) && new Set(first.map((u) => this.texts.get(u)!.textKey)).size < 2) return false;
    return (await this.printedWithin(text)).length > 0;
  }

  /**
   * The units that print `text` as typed, among the first few holding its bigrams (inside the ranges, documents as
   * header and last unit, when given).
   */
  private async printedWithin(text: string, ranges?: Array<[number, number]>): Promise<number[]> {
    const terms = queryTerms(text).filter((t) => !t.prefix);
    if (!terms.length) return [];
    await this.files.loadChunksFor(terms);
    if (!terms.every((t) => this.postings.hasTerm(t.term))) return [];
    const holders = [...this.files.all(terms, TEXT)].filter((u) => !ranges || ranges.some(([a, b]) => a <= u && u <= b)).slice(0, MAX_TITLE_CHECKS);
    await this.files.loadTextsFor(holders);
    return holders.filter((u) => this.texts.get(u)!.searchable.includes(text));
  }

  private async printedRun(text: string): Promise<boolean> {
    const terms = queryTerms(text).filter((t) => !t.prefix);
    await this.files.loadChunksFor(terms);
    return terms.length > 0 && terms.every((t) => this.postings.hasTerm(t.term)) && this.files.all(terms, TEXT).size > 0;
  }

  /**
   * The unit an article's 款 or 项 (a 款's 项, a 项's 目, an outline heading's part) belongs to, when
   * its text is here: the closest unit before it whose id is the start of its own (of `types`, at most `reach`
   * units before it: a row's table is TABLE_TYPES, anywhere in the fragment).
   */
  private parentOf(u: number, types: ReadonlySet<UnitType> = WITHIN_TYPES, reach = MAX_WITHIN): number | undefined {
    const id = this.texts.get(u)!.id;
    const parent = id.slice(0, id.lastIndexOf('/'));
    // A document or attachment holds too much to count as one answer.
    if (!parent.includes('/')) return undefined;
    // Only in the unit's own fragment, which is here whenever the unit is: what a query finds never
    // depends on what earlier queries fetched.
    const start = u - (u % FRAGMENT_UNITS);
    for (let k = u - 1; k >= start && u - k <= reach; k--) {
      const t = this.texts.get(k);
      if (!t) return undefined;
      // Its elder siblings and their parts stand between it and the parent.
      if (t.id.startsWith(`${parent}/`)) continue;
      return t.id === parent && types.has(t.type) ? k : undefined;
    }
    return undefined;
  }

  /**
   * The credits with, for each concept the unit lacks, a little for the units of its own text
   * (instrument, attachment) near it that hold it: 耕地 is what 违地细则 is about, not 违建细则.
   */
  private topical(u: number, credit: number[], held: () => Array<Map<number, number>>, partial: PartialScores, near: Map<string, number[]>): number[] {
    if (credit.every((x) => x > 0)) return credit;
    const key = this.texts.get(u)!.textKey;
    const start = u - (u % FRAGMENT_UNITS);
    // The units of the same text in the fragment, once per query.
    let units = near.get(`${start} ${key}`);
    if (!units) {
      units = [];
      for (let k = start; k < start + FRAGMENT_UNITS; k++) {
        const n = this.texts.get(k);
        if (!n) break;
        if (n.textKey === key) units.push(k);
      }
      near.set(`${start} ${key}`, units);
    }
    const same = units.filter((k) => k !== u);
    if (same.length < TOPIC_MIN_UNITS) return credit;
    const heldBy = held();
    return credit.map((x, c) => {
      if (x > 0) return x;
      let holding = 0;
      let weight = 0;
      for (const k of same) {
        const w = Math.max(heldBy[c]!.get(k) ?? 0, TOPIC_PARTIAL * partial.share(k, c));
        if (w >= TOPIC_HELD) {
          holding++;
          weight = Math.max(weight, w);
        }
      }
      return holding / same.length >= TOPIC_SHARE && holding >= 2 ? TOPIC_WEIGHT * weight : 0;
    });
  }

  /**
   * Whether a row's leading cells (those before its first long one: 行政检查 · 消防工作 · 乡镇（街道） of the
   * 权责清单) hold concepts weighing LEADING_CELLS_SHARE of the query: the row is about them, however long its
   * other cells (the laws it quotes).
   */
  private namedByLeadingCells(t: LoadedText, forms: Form[], importance: number[]): boolean {
    if (t.type !== 'row') return false;
    const cells = t.searchable.split('\t');
    const lead: string[] = [];
    for (const cell of cells) {
      if ([...cell].length > LEADING_CELL) break;
      lead.push(cell);
    }
    if (!lead.length) return false;
    const head = lead.join('\t');
    const held = new Set(forms.filter((f) => f.text && head.includes(f.text)).map((f) => f.concept));
    const sum = importance.reduce((a, b) => a + b, 0) || 1;
    return [...held].reduce((a, c) => a + importance[c]!, 0) / sum >= LEADING_CELLS_SHARE;
  }

  /**
   * The lead-in an item continues (continuesLead): its parent's text when that ends in a colon
   * (应提交以下资料：) or names the list to come (有下列情形之一的，依法移送县纪委监委予以追责。); the title of
   * the heading a paragraph stands under (一、工作目标); the lead-in written with the unit when its
   * parent lies in another fragment. Empty otherwise.
   */
  private leadOf(u: number): string {
    const t = this.texts.get(u)!;
    if (t.type !== 'item' && t.type !== 'subitem' && t.type !== 'paragraph' && t.type !== 'heading') return '';
    const p = this.parentOf(u);
    if (p === undefined) return t.lead ? normalizeSearchText(t.lead) : '';
    const parent = this.texts.get(p)!;
    return continuesLead(t.type, parent) ? parent.readings[0]! : '';
  }

  /**
   * The units inside an article, 款, 项 or heading, in reading order: those of its own fragment (see
   * parentOf), fewer than `below`; undefined when it holds as many or more. A table's rows with TABLE_TYPES.
   */
  private partsOf(u: number, below: number, types: ReadonlySet<UnitType> = WITHIN_TYPES): number[] | undefined {
    const t = this.texts.get(u)!;
    if (!types.has(t.type)) return [];
    const end = u - (u % FRAGMENT_UNITS) + FRAGMENT_UNITS;
    const parts: number[] = [];
    for (let k = u + 1; k < end && this.texts.get(k)?.id.startsWith(`${t.id}/`); k++) {
      if (parts.length === below - 1) return undefined;
      parts.push(k);
    }
    return parts;
  }

  /**
   * The unit after each unit (here): the next in its fragment, or the first of the next fragment when it
   * ends its own (a fragment closes at FRAGMENT_UNITS units or FRAGMENT_CHARS characters, and the next
   * is numbered from the next multiple of FRAGMENT_UNITS); undefined past the last.
   */
  private async unitsAfter(units: number[]): Promise<Array<number | undefined>> {
    const next = units.map((u) => (this.texts.has(u + 1) ? u + 1 : (Math.floor(u / FRAGMENT_UNITS) + 1) * FRAGMENT_UNITS));
    await this.files.loadTextsFor(next);
    return next.map((k) => (this.texts.has(k) ? k : undefined));
  }

  /**
   * The Nth text a notice issues, as a scope, in each of the documents (ranges) a 文号 names that has
   * no attachment N but issues N texts or more (攸政办发〔2023〕4号 附件2: its second 细则).
   */
  private async issuedAsAttachment(ranges: Array<[number, number]>, n: number): Promise<NamedScope[]> {
    await this.files.loadTextsFor(ranges.map(([h]) => h));
    const out: NamedScope[] = [];
    for (const range of ranges) {
      const header = this.texts.get(range[0]);
      if (header?.type !== 'document') continue;
      const issued = header.doc.scopes.filter(([prefix]) => prefix.startsWith(`${header.id}/ins_`));
      if (issued.length >= 2 && issued[n - 1]) out.push({ range, prefix: issued[n - 1]![0], score: 1 });
    }
    return out;
  }

  /**
   * The units inside a unit, in its fragment and the `fragments` after it (which the caller loads),
   * across their ends (a fragment's units are numbered from a multiple of FRAGMENT_UNITS, the next
   * fragment's from the next). Never further: what a query finds does not depend on what earlier
   * queries fetched.
   */
  private partsAfter(u: number, fragments: number): number[] {
    const id = this.texts.get(u)!.id;
    const end = (Math.floor(u / FRAGMENT_UNITS) + fragments + 1) * FRAGMENT_UNITS;
    const parts: number[] = [];
    for (let k = u + 1; k < end; k++) {
      if (!this.texts.has(k) && k % FRAGMENT_UNITS) k += FRAGMENT_UNITS - (k % FRAGMENT_UNITS);
      if (k >= end || !this.texts.get(k)?.id.startsWith(`${id}/`)) return parts;
      parts.push(k);
    }
    return parts;
  }

  /**
   * The normalised texts of the units inside an article, 款, 项 or heading (fewer than MAX_WITHIN, when here):
   * its own parts, those inside them, and the part (with its own parts) holding most of the query by the
   * importance of the concepts it prints in any form.
   */
  private within(u: number, forms: Form[], importance: number[]): Within {
    // MAX_WITHIN units or more: a part too long to be one answer.
    const units = this.partsOf(u, MAX_WITHIN);
    if (!units?.length) return NOTHING_WITHIN;
    const depth = this.depth(u);
    const text = (ks: number[]) => ks.map((k) => this.texts.get(k)!.searchable).join('\t');
    const parts = text(units.filter((k) => this.depth(k) === depth + 1));
    const deeper = text(units.filter((k) => this.depth(k) !== depth + 1));
    // Which part says most matters only for a synonym read in them (presence): not looked for otherwise.
    if (!forms.some((f) => f.via === 'synonym' && f.text && (parts.includes(f.text) || deeper.includes(f.text)))) return { parts, deeper, most: parts + deeper };
    let best: number[] = [];
    let most = -1;
    for (const k of units.filter((j) => this.depth(j) === depth + 1)) {
      const id = `${this.texts.get(k)!.id}/`;
      const part = units.filter((j) => j === k || this.texts.get(j)!.id.startsWith(id));
      const said = text(part);
      const held = new Set(forms.filter((f) => f.text && said.includes(f.text)).map((f) => f.concept));
      const weight = [...held].reduce((a, c) => a + importance[c]!, 0);
      if (weight > most) {
        most = weight;
        best = part;
      }
    }
    return { parts, deeper, most: text(best) };
  }

  /**
   * The page's synonym table and the everyday words (core/search/everyday.ts) the query holds: the
   * index's lexicon files of the query's characters, fetched once each.
   */
  private async lexiconFor(query: string): Promise<Lexicon> {
    const folder = this.manifest.lexicon;
    if (!folder) return LEXICON;
    const text = normalizeSearchText(query).replace(/\s+/g, '');
    // Entries are filed by their first two characters: the files of each pair typed.
    const blocks = await Promise.all(
      lexiconKeysOf(text).map((key) => {
        let pending = this.lexiconBlocks.get(key);
        if (!pending) {
          pending = this.fetchJson(`${folder}/${key}.json`).then((data) => data as LexiconBlock);
          this.lexiconBlocks.set(key, pending);
        }
        return pending;
      }),
    );
    return LEXICON.withBlocks(blocks, text);
  }

  /** The forms with each synonym weighted by how much it says: SYNONYM_WEIGHT × (1 − SPECIFICITY × (1 − its idf / its concept's best synonym's)). */
  private bySpecificity(forms: Form[]): Form[] {
    const said = forms.map((f) => (f.via === 'synonym' ? f.terms.reduce((a, t) => a + this.postings.idf(t.term, TEXT, t.prefix, this.files.chunksOf(t)), 0) : 0));
    const best = new Map<number, number>();
    forms.forEach((f, k) => f.via === 'synonym' && best.set(f.concept, Math.max(best.get(f.concept) ?? 0, said[k]!)));
    return forms.map((f, k) => (f.via === 'synonym' && best.get(f.concept)! > 0 ? { ...f, weight: f.weight * (1 - SPECIFICITY * (1 - said[k]! / best.get(f.concept)!)) } : f));
  }

  /** Whether no form of the concept has a bigram the index holds (a lone character: any term it starts). */
  private absent(concept: number, forms: Form[]): boolean {
    return forms.every(
      (f) => f.concept !== concept || f.terms.every((t) => (t.prefix ? !this.postings.completions(t.term, TEXT, this.files.chunksOf(t)).length : !this.postings.hasTerm(t.term))),
    );
  }

  /** Which stretches of a concept (two to six characters) are words of the corpus or of the table. */
  private async wordsWithin(text: string, lexicon: Lexicon): Promise<(word: string) => boolean> {
    const chars = [...text];
    const stretches: QueryTerm[] = [];
    // A word of the corpus is printed, so each of its bigrams is a term (their chunks are here): only
    // stretches of known bigrams are looked up.
    const known = chars.slice(1).map((ch, k) => this.postings.hasTerm(chars[k]! + ch));
    for (let i = 0; i < chars.length; i++) {
      for (let j = i + 3; j <= Math.min(chars.length, i + MAX_WORD) && known[j - 2]; j++) {
        if (known[i]) stretches.push({ term: chars.slice(i, j).join(''), prefix: false });
      }
    }
    await this.files.loadChunksFor(stretches);
    return (word) => lexicon.synonyms.has(word) || this.postings.idf(word, WORDS, false, []) > 0;
  }

  /**
   * The last places of the candidates read go to each concept's strongest holders (CONCEPT_CANDIDATES
   * each, by the share of it they hold, then the postings' score), when the units that hold several
   * frequent words of the query would fill them all: the one row printing 环境影响评价 for 环评 of
   * 办个小塑料厂 环评谁来批 is read, though units holding 厂 and 批 outnumber it. As many texts are
   * read as before. Reorders `order` in place.
   */
  private shareCandidates(order: Array<{ u: number; s: number; p: number }>, want: number, concepts: number, partial: PartialScores): void {
    // The structure matches (first in order) stay, however many concepts share the rest (a citation with ten
    // words of a title and a part beside it: 攸县许可事项清单（2023年版） 法律行政法规国务院决定类 序号188).
    let cited = 0;
    while (cited < order.length && cited < want && order[cited]!.s > 0) cited++;
    const keep = Math.max(cited, want - CONCEPT_CANDIDATES * concepts);
    if (order.length <= keep) return;
    const tail = order.slice(keep);
    // Each concept's best holders, the first concept's first (read first when more than `want` are chosen).
    const chosen = new Set<number>();
    const extra: Array<(typeof order)[number]> = [];
    for (let c = 0; c < concepts; c++) {
      const holders = tail.filter((x) => partial.share(x.u, c) > 0 && !chosen.has(x.u)).map((x) => ({ x, share: partial.share(x.u, c) }));
      bestFirst(holders, CONCEPT_CANDIDATES, (a, b) => b.share - a.share || b.x.p - a.x.p || a.x.u - b.x.u);
      for (const e of holders.slice(0, CONCEPT_CANDIDATES)) {
        chosen.add(e.x.u);
        extra.push(e.x);
      }
    }
    if (!extra.length) return;
    // Rewritten in place without spreading: an archive's pool may hold more units than a call takes arguments.
    order.length = keep;
    for (const x of extra) order.push(x);
    for (const x of tail) if (!chosen.has(x.u)) order.push(x);
  }

  /**
   * Per unit, from the postings alone: how much of each concept it holds (the best form, its share of
   * the form's bigrams by idf, times the form's weight), its BM25 over every form's terms, and a score
   * to choose the candidates worth reading.
   *
   * The units scored together (the pool the candidates are chosen from; every unit holding a term when
   * nothing is `kept`, for a query asking for everything) are those `kept` (the query's
   * phrase or every concept they may hold), those of the texts a word names (a few: POOL_NAMED_TEXTS) or
   * `within` the texts a short name names, and each term's POOL_PER_TERM
   * strongest postings: over an archive a common bigram's line holds a thousand units, most of them
   * holding that bigram and nothing else of the query, and scoring them all made a query's time grow
   * with the archive. Any other unit is scored from the same postings when first asked about.
   */
  private partialScores(concepts: number, forms: Form[], field: number, importance: number[], kept: Iterable<number> | undefined, within: Array<[number, number]>, views: WholeViews): PartialScores {
    const out = new PartialScores(concepts);
    const counted = new Map<string, number>();
    const max = Math.log(1 + (this.manifest.units + 0.5) / 0.5);
    const held = this.heldScores;
    // Per form, its terms as read: the weight each adds to BM25, its idf, its postings.
    const read = forms.map((f) => {
      const idfs = f.terms.map((t) => this.postings.idf(t.term, field, t.prefix, this.files.chunksOf(t)) * this.wordness(t));
      // A typed bigram the index lacks weighs as a rare one, as in the concept's importance: a unit
      // holding 一家 of 想开一家 holds a little of it, not all of it.
      const lacking = f.via === 'typed' ? f.terms.filter((t) => !t.prefix && !this.postings.hasTerm(t.term)).length : 0;
      const total = idfs.reduce((a, b) => a + b, 0) + lacking * max || 1;
      const terms = f.terms.map((t, k) => {
        // A term shared by several forms counts once in BM25, at its best weight.
        const key = `${t.prefix ? '*' : ''}${t.term}`;
        const already = counted.get(key) ?? 0;
        const extra = Math.max(0, f.weight - already);
        if (extra > 0) counted.set(key, f.weight);
        // A term's postings as they are (sorted, each unit once: its line, or all of them when this query read
        // them); a prefix's added up over its terms.
        const postings = t.prefix ? undefined : this.postings.scored(t.term, field, views);
        let prefixed: Map<number, number> | undefined;
        if (t.prefix) this.postings.scores(t.term, field, true, this.files.chunksOf(t), (prefixed = new Map()), views);
        return { term: t, idf: idfs[k]!, extra, postings, prefixed };
      });
      // Words that name the document or attachment (攸惠贷 in its title or short names) count for
      // every unit of it, a little less than in the unit's own text: as the text check does with
      // the citation. The head field says which headers hold every bigram and what each covers.
      const named = this.headers(f.terms.filter((_, k) => idfs[k]! > 0));
      return { form: f, total, terms, named };
    });
    const pool = new Set<number>(kept ?? []);
    for (const r of kept ? read : []) {
      for (const t of r.terms) {
        if (t.postings) for (const u of this.postings.strongest(t.term.term, field, POOL_PER_TERM, views)) pool.add(u);
        else if (t.prefixed) for (const u of [...t.prefixed].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, POOL_PER_TERM)) pool.add(u[0]);
      }
    }
    // The texts a word names, when it names few (攸惠贷, not 资金 of a hundred titles): their ranges, joined
    // where they overlap and found by halving.
    const spans: Array<[number, number]> = [];
    for (const [a, b] of [...within, ...read.flatMap((r) => (r.named.length <= POOL_NAMED_TEXTS ? r.named : []))].sort((x, y) => x[0] - y[0])) {
      const last = spans.at(-1);
      if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
      else spans.push([a, b]);
    }
    const starts = spans.map(([a]) => a);
    const inPool = (u: number) => {
      if (!kept || pool.has(u)) return true;
      const at = lowerBound(starts, u + 1) - 1;
      return at >= 0 && u <= spans[at]![1];
    };
    for (const { form: f, total, terms, named } of read) {
      held.clear();
      for (const { idf, extra, postings, prefixed } of terms) {
        if (postings) {
          const { units, bm25 } = postings;
          for (let i = 0; i < units.length; i++) {
            if (!inPool(units[i]!)) continue;
            held.add(units[i]!, idf);
            out.addBm25(units[i]!, extra * bm25[i]!);
          }
        } else if (prefixed) {
          for (const [u, s] of prefixed) {
            if (!inPool(u)) continue;
            held.add(u, idf);
            out.addBm25(u, extra * s);
          }
        }
      }
      for (const u of held.units) out.raiseShare(u, f.concept, (f.weight * held.get(u)) / total);
      if (named.length) for (const u of out.units) if (covers(named, u)) out.raiseShare(u, f.concept, NAMED_WEIGHT * f.weight);
    }
    held.clear();
    out.weigh(importance);
    // A unit outside the pool, as the pool's are scored: the forms in order, a text's name counting from
    // the first form whose terms it holds.
    out.readOutsideWith((u) => {
      const shares = Array<number>(concepts).fill(0);
      let bm25 = 0;
      let met = false;
      for (const { form: f, total, terms, named } of read) {
        let sum = 0;
        let holds = false;
        for (const { idf, extra, postings, prefixed } of terms) {
          let s: number | undefined;
          if (postings) {
            const at = lowerBound(postings.units, u);
            if (at < postings.units.length && postings.units[at] === u) s = postings.bm25[at]!;
          } else s = prefixed?.get(u);
          if (s === undefined) continue;
          holds = true;
          sum += idf;
          bm25 += extra * s;
        }
        if (holds) {
          met = true;
          shares[f.concept] = Math.max(shares[f.concept]!, (f.weight * sum) / total);
        }
        if (met && named.length && covers(named, u)) shares[f.concept] = Math.max(shares[f.concept]!, NAMED_WEIGHT * f.weight);
      }
      return met ? { shares, bm25 } : { shares: [], bm25: 0 };
    });
    return out;
  }

  /**
   * A bigram that is a word of the corpus (jieba cut it as one: 补贴, 许可) carries meaning; one that
   * straddles two words of the query (要办, 领的) counts for less. Words and bigrams share one term
   * space, so the chunk that holds the bigram says.
   */
  private wordness(t: QueryTerm): number {
    return t.prefix || this.postings.idf(t.term, WORDS, false, []) > 0 ? 1 : STRADDLING;
  }

  /**
   * How much each concept weighs: the idf of the typed form's bigrams in the text field (a bigram the
   * index lacks counts as rare); nothing for a concept no form of which the index holds.
   */
  private importance(concepts: number, forms: Form[], absent: boolean[]): number[] {
    const out = Array<number>(concepts).fill(0);
    const max = Math.log(1 + (this.manifest.units + 0.5) / 0.5);
    const weight = (f: Form) => f.terms.reduce((a, t) => a + (this.postings.hasTerm(t.term) || t.prefix ? this.postings.idf(t.term, TEXT, t.prefix, this.files.chunksOf(t)) * this.wordness(t) : max), 0);
    for (const f of forms) {
      if (f.via !== 'typed' || absent[f.concept]) continue;
      out[f.concept] = weight(f) || max;
      // A word the index lacks, wholly or in part (饭店, 多少钱, 贷后管里, 一房多卖), is found by its
      // other forms and by the bigrams it shares with them: it weighs no more than the best of its
      // other forms (多少钱 as much as 金额 or 额度), not as the rare word its unknown bigrams make it.
      if (f.terms.some((t) => !t.prefix && !this.postings.hasTerm(t.term))) {
        const others = forms.filter((o) => o.concept === f.concept && o !== f && o.terms.length).map(weight);
        if (others.length) out[f.concept] = Math.min(out[f.concept]!, Math.max(...others));
      }
    }
    // A lone character beside longer words (厂 and 钱 of 厂里搞研发砸了不少钱 县财政扶不扶持咯) has no terms
    // of its own, so no idf: it weighs no more than the heaviest word typed beside it (不少), never as
    // the rarest word of all.
    const lone = forms.filter((f) => f.via === 'typed' && !f.terms.length && !absent[f.concept]).map((f) => f.concept);
    const beside = out.filter((w, c) => w > 0 && !lone.includes(c));
    if (lone.length && beside.length) for (const c of lone) out[c] = Math.min(out[c]!, Math.max(...beside));
    return out;
  }

  /**
   * How far each concept a long text holds is more than chance: a text many times longer than most
   * holds common words (单位, 处理, 直接) by chance, a few times each, where a text about them prints
   * them often. Per concept, the best form found in the text: with d the share of units holding it
   * and λ = d × (the text's length / the average), the chance of finding it at least k times (its
   * count) in a text that long, P(X ≥ k), X Poisson(λ); the credit keeps 1 − P of it, against
   * 1 − d for a text of average length (so no factor above 1). Undefined for a text of ordinary length.
   */
  private chance(t: LoadedText, via: Set<Form>, concepts: number): number[] | undefined {
    const average = this.manifest.averageFieldLength[0]!;
    const length = t.searchable.length;
    if (length <= LONG_TEXT * average) return undefined;
    const out = Array<number>(concepts).fill(1);
    const best = new Map<number, Form>();
    for (const f of via) if ((best.get(f.concept)?.weight ?? 0) < f.weight) best.set(f.concept, f);
    for (const [c, f] of best) {
      const terms = f.terms.filter((x) => !x.prefix);
      if (!terms.length) continue;
      const n = Math.min(...terms.map((x) => this.postings.get(x.term, TEXT)?.n ?? 0));
      const d = Math.min(1, n / Math.max(1, this.manifest.units));
      let k = 0;
      for (let at = t.searchable.indexOf(f.text); at >= 0 && k < MAX_COUNTED; at = t.searchable.indexOf(f.text, at + f.text.length)) k++;
      if (k === 0) continue;
      const lambda = (d * length) / average;
      // P(X < k) = Σ_{i<k} e^−λ λ^i / i!
      let term = Math.exp(-lambda);
      let below = 0;
      for (let i = 0; i < k; i++) {
        below += term;
        term *= lambda / (i + 1);
      }
      out[c] = Math.min(1, below / Math.max(1e-9, Math.exp(-d)));
    }
    return out;
  }

  /** Share of the query a unit covers, each concept by its best credit (exact in the text, or its bigrams). */
  private coverage(importance: number[], exact: number[], partial: number[]): number {
    const sum = importance.reduce((a, b) => a + b, 0) || 1;
    let covered = 0;
    importance.forEach((weight, c) => (covered += weight * Math.max(exact[c]!, 0.8 * (partial[c] ?? 0))));
    return covered / sum;
  }

  /**
   * Whether a word of two characters is printed in the unit's own text, and only across two of its words
   * (县城 in 县城管局: 县 · 城管局; 要建 in 需要建设: 需要 · 建设): its characters in two words of jieba's, one of
   * which runs past it. Not inside one word (城区 in 主城区), nor where other readings (variants, aliases) print it.
   */
  private straddling(t: LoadedText, word: string): boolean {
    if (word.length !== 2) return false;
    const { text, from } = t.printedMap;
    let k = text.indexOf(word);
    if (k < 0 || t.readings.slice(1).some((r) => r.includes(word))) return false;
    const spans = t.words;
    if (!spans.length) return false;
    // The span holding an offset: spans are sorted and do not overlap, and the offsets asked for never
    // go back, so one pass over them serves every place the word is printed.
    let s = 0;
    const spanAt = (offset: number): Span | undefined => {
      while (s < spans.length && spans[s]![1] <= offset) s++;
      return s < spans.length && spans[s]![0] <= offset ? spans[s] : undefined;
    };
    for (; k >= 0; k = text.indexOf(word, k + 1)) {
      const first = from[k]!;
      const second = from[k + 1]!;
      const [a1] = spanAt(first) ?? [first, first + 1];
      const [a2, b2] = spanAt(second) ?? [second, second + 1];
      if (a1 === a2 || (a1 === first && b2 === second + 1)) return false;
    }
    return true;
  }

  /**
   * A row's credits with each concept it lacks that names one of its table's columns whole (市应急局 值班电话 传真 over
   * 市应急管理局 ⇥ 8863 2110 ⇥ 8863 2111: the columns 值班电话 and 传真) counted as held, as a synonym is: the cell
   * under that column is what was asked. The table's unit (its caption, column names and notes) stands before its rows.
   */
  private underColumns<F extends { credit: number[] }>(u: number, concepts: Concept[], found: F): F {
    const at = this.parentOf(u, TABLE_TYPES, FRAGMENT_UNITS);
    const table = at === undefined ? undefined : this.texts.get(at)!;
    if (!table) return found;
    const columns = new Set(table.readings[0]!.split('\t').map((c) => c.trim()).filter(Boolean));
    const credit = found.credit.map((x, c) => (x === 0 && columns.has(normalizeSearchText(concepts[c]!.text)) ? SYNONYM_WEIGHT : x));
    return { ...found, credit };
  }

  /**
   * Which concepts the unit holds exactly: per concept the weight of its best form found in the
   * text (or, a little less, in its citation: the words that name the document, or its 款 and 项),
   * whether the form typed or a correction of it is among them (a synonym is another word: it is
   * not), and how close together the concepts found stand.
   */
  private presence(concepts: number, forms: Form[], t: LoadedText, within: Within = NOTHING_WITHIN, lead = ''): { credit: number[]; own: number[]; meant: boolean[]; proximity: number; via: Set<Form>; actor: boolean[] } {
    const credit = Array<number>(concepts).fill(0);
    const own = Array<number>(concepts).fill(0);
    const meant = Array<boolean>(concepts).fill(false);
    const at: Array<number | undefined> = Array(concepts).fill(undefined);
    // Per concept, the form its credit comes from (its length, for proximity, where it is placed).
    const bestWord = Array<string>(concepts).fill('');
    const via = new Set<Form>();
    for (const f of forms) {
      if (!f.text) continue;
      let i = unnegatedIndex(t.searchable, f.text);
      let quoted = false;
      if (i >= 0 && t.type !== 'document') {
        const outside = outsideQuotedTitle(f.text, t.searchable, i);
        quoted = outside < 0;
        if (!quoted) i = outside;
      }
      // A word of four characters or more printed with a 的, a 、 or brackets inside (省重点保护野生动植物
      // in 猎采省重点保护的野生动植物, 林业局初审 in 县林业局（初审）), a little less than as typed.
      const loose = i < 0 && [...f.text].length >= 4 && !LOOSE_MARKS_ONE.test(f.text) && t.loose.includes(f.text);
      // An abbreviation: a word of four characters or more, typed or corrected, every one in order in a short
      // stretch of the text (客运站许可 in 道路旅客运输站经营许可, 违地领导小组 in 违法用地工作领导小组).
      const abbreviated = i < 0 && !loose && f.via !== 'synonym' && [...f.text].length >= 4 && inOrderWithin(f.text, t.searchable, ABBREVIATION_SPAN);
      // Found only inside a quoted title, and abbreviated in the unit's own words too (客运站 in 《道路旅客运输及客运站管理规定》
      // and in 道路旅客运输站经营许可): a little more than in the title alone.
      const alsoAbbreviated = quoted && [...f.text].length >= 3 && inOrderWithin(f.text, t.searchable.replace(/《[^》]*》/gu, ' '), ABBREVIATION_SPAN);
      const straddling = i >= 0 && !quoted && this.straddling(t, f.text);
      // Where its parts hold it (read once): only inside a quoted title there (服务性收费 of an item's
      // 《…服务性收费指导标准》), it counts no more than that part's does.
      const inParts = i < 0 ? within.parts.indexOf(f.text) : -1;
      const inDeeper = i < 0 && inParts < 0 ? within.deeper.indexOf(f.text) : -1;
      if (inParts >= 0 || inDeeper >= 0) quoted = outsideQuotedTitle(f.text, inParts >= 0 ? within.parts : within.deeper, Math.max(inParts, inDeeper)) < 0;
      const w =
        i >= 0
          ? (quoted ? (alsoAbbreviated ? QUOTED_ABBREVIATED_WEIGHT : QUOTED_WEIGHT) : straddling ? STRADDLING_WEIGHT : 1) * f.weight
          : loose
            ? LOOSE_WEIGHT * f.weight
            : abbreviated
              ? ABBREVIATION_WEIGHT * f.weight
          : (t.context.includes(f.text) && !t.namesSibling(f.text)) || (concepts > 1 && f.via !== 'synonym' && t.shortNameOfContext(f.text))
            ? NAMED_WEIGHT * f.weight
            : f.via === 'synonym' && !within.most.includes(f.text) && (inParts >= 0 || inDeeper >= 0)
              ? OTHERS_WEIGHT * f.weight
              : inParts >= 0
              ? WITHIN_WEIGHT * (quoted ? QUOTED_WEIGHT : 1) * f.weight
              : inDeeper >= 0
                ? WITHIN_WEIGHT * WITHIN_WEIGHT * (quoted ? QUOTED_WEIGHT : 1) * f.weight
                : lead.includes(f.text)
                  ? LEAD_WEIGHT * f.weight
                  : 0;
      if (w > 0) via.add(f);
      // Its own text holds it, as printed, with marks inside (纵容、庇护) or abbreviated.
      if (i >= 0 || loose || abbreviated) own[f.concept] = Math.max(own[f.concept]!, w);
      if (w > credit[f.concept]!) {
        credit[f.concept] = w;
        // Placed where its best form is printed; a concept best found outside the text is not placed.
        at[f.concept] = i >= 0 ? i : undefined;
        bestWord[f.concept] = f.text;
      }
      if (w > 0 && f.via !== 'synonym' && !quoted) meant[f.concept] = true;
    }
    // Proximity: the concepts found in the text, as a share of the shortest stretch holding each
    // where its best form is printed, at any of the places it is.
    const places: Array<{ concept: number; at: number }> = [];
    let placed = 0;
    for (let c = 0; c < concepts; c++) {
      const a = at[c];
      if (a === undefined) continue;
      placed++;
      const word = bestWord[c]!;
      for (let i = a, n = 0; i >= 0 && n < MAX_PLACES; i = t.searchable.indexOf(word, i + 1), n++) places.push({ concept: c, at: i });
    }
    const proximity = placed > 1 ? shortestStretch(places, placed, bestWord.map((w) => w.length)) : 1;
    // Actors: concepts printed as the subject of a clause saying what someone does or must do (监理公司负责…).
    const actor = bestWord.map((w, c) => at[c] !== undefined && actsIn(w, t.searchable));
    return { credit, own, meant, proximity, via, actor };
  }

  /**
   * Completions of the last word of `input` (the run of letters, digits or Han characters it ends
   * with) from the corpus's jieba words, most units first. They come from the term chunks a search
   * for the same input fetches anyway (words and bigrams share one sorted term space), so
   * suggestions cost at most the next chunk or two (about 0.7 KB gzip each).
   */
  async suggest(input: string, limit = 8): Promise<Suggestion[]> {
    const wordStart = input.search(/[^\s\u3000]+$/);
    if (wordStart < 0) return [];
    const raw = input.slice(wordStart);
    const map = normalizeWithMap(raw);
    const run = /[\p{L}\p{N}]+$/u.exec(map.text);
    if (!run) return [];
    const prefix = run[0];
    const term: QueryTerm = { term: prefix, prefix: true };
    const whole = normalizeSearchText(raw);
    const named: QueryTerm = { term: whole, prefix: true };
    await this.files.loadChunksFor([term, named]);
    const head = input.slice(0, wordStart + map.from[run.index]!);
    // Names are filed under their normalised form (starting) and titles also under each later place
    // in them (containing), in the same sorted term space as the words.
    const names = this.postings.names(whole, this.files.chunksOf(named));
    // Words and names that start with what was typed, most units first; then names containing it.
    const starting = [
      ...this.postings.completions(prefix, WORDS, this.files.chunksOf(term)).map((c) => ({ key: c.term, text: head + c.term, word: c.term, units: c.units })),
      ...names
        .filter((n) => !n.entry[2])
        .map(({ key, entry: [name, units] }) => ({ key, text: input.slice(0, wordStart) + name, word: name, units })),
    ].sort((a, b) => b.units - a.units || a.key.length - b.key.length || (a.key < b.key ? -1 : 1));
    const containing = names
      .filter((n) => n.entry[2])
      .map(({ entry: [name, units] }) => ({ key: normalizeSearchText(name), text: input.slice(0, wordStart) + name, word: name, units }))
      .sort((a, b) => b.units - a.units || a.key.length - b.key.length || (a.key < b.key ? -1 : 1));
    const out: Suggestion[] = [];
    const seen = new Set<string>([normalizeSearchText(input)]);
    for (const c of [...starting, ...containing]) {
      if (out.length >= limit) break;
      const key = normalizeSearchText(c.text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: c.text, word: c.word, units: c.units });
    }
    return out;
  }

  /**
   * The words that do not name the unit's text (金融风险 of 阻击仗 金融风险): what the query asks of it,
   * beside words naming the text when there are some. A word names it too when the table gives it a
   * name the text prints (民生仗: 重点民生保障仗).
   */
  private topicWords(t: LoadedText, q: ParsedQuery, forms: Form[]): string[] {
    const namesByTable = (i: number) => forms.some((f) => f.concept === i && f.via === 'synonym' && [...f.text].length >= 4 && t.context.includes(f.text));
    return q.concepts.map((c) => c.text).filter((w, i) => !t.context.includes(w) && !t.shortNameOfContext(w) && !namesByTable(i));
  }

  /**
   * Whether a clause says what the words beside a text's name ask of it: what a word it defines means
   * (违地细则 当事人范围: 本细则所称的当事人，包括…), or what the body or thing it opens with does
   * (违建细则 乡镇职责: 乡镇人民政府…负责…). Such a clause answers the query though it lacks a word of
   * it (范围, 职责), so it stands with the texts holding them all.
   */
  private answersAspect(t: LoadedText, q: ParsedQuery, forms: Form[], phrases: string[]): boolean {
    const type = t.type;
    const topic = this.topicWords(t, q, forms);
    const besideName = topic.length > 0 && topic.length < q.concepts.length;
    // So does the clause that says what the word asked for means (本办法所称“代偿”是指), when it is the
    // whole query or all of it but words naming the text (风补办法 合作银行), or but a word asking what
    // it covers (违地细则 当事人范围: 本细则所称的当事人，包括…).
    // The word asked for may be typed in another form the table knows (合作行 for 合作银行).
    const core = topic.filter((w) => !EXTENT_WORDS.has(w));
    const coreForms = (w: string) => {
      const c = q.concepts.findIndex((x) => x.text === w);
      return forms.filter((f) => f.concept === c && f.via === 'synonym' && [...f.text].length >= 3).map((f) => f.text);
    };
    const asked = core.length === 1 && (besideName || core.length < topic.length) ? [...phrases, core[0]!, ...coreForms(core[0]!)] : phrases;
    if (asked.some((p) => p.length >= 2 && (t.searchable.includes(`"${p}"是指`) || definedTerms(t.searchable).some((d) => d === p || (p.length >= 3 && d.endsWith(p)))))) return true;
    // Beside words naming its text, the words an article or item opens with, or one of its sentences
    // (违建细则 公安: 第十一条 县人民法院…负责…。县公安局负责…): its subject, the agency or thing it is about;
    // a word asking for its duties beside it (违建细则 乡镇职责) need not open it too.
    if ((type === 'article' || type === 'paragraph' || type === 'item') && besideName) {
      const subject = topic.filter((w) => !DUTY_WORDS.has(w));
      const openings = t.searchable.replace(LABEL, '').split(/[。;；]/u).map((s) => s.slice(0, OPENING));
      if (subject.length && openings.some((opening) => subject.every((w) => opening.includes(w)))) return true;
    }
    // Beside words naming its text, a heading whose title holds the others but a word asking what the
    // part sets (主动仗 扩大有效投资目标: （二）扩大有效投资 of the 主动仗 方案, which sets it).
    if (type === 'heading' && besideName) {
      const subject = topic.filter((w) => !PART_ASKS.has(w));
      if (subject.length && subject.length < topic.length && t.normalizedNames.some((n) => subject.every((w) => n.includes(w)))) return true;
    }
    return false;
  }

  /** The query as typed, or as corrected (违法用第细则 → 违法用地细则), one correction or all at once (fengbu zijin → 风补资金). */
  private static phrases(q: ParsedQuery, forms: Form[]): string[] {
    const corrected = forms.filter((f) => f.via === 'correction');
    const phrases = [...new Set([q.phrase, bare(q.phrase)])];
    // A name typed after the place it belongs to (县里的消防工作责任清单): the name as typed alone.
    for (const p of [...phrases]) {
      const rest = withoutPlace(p);
      if (rest && !phrases.includes(rest)) phrases.push(rest);
    }
    // A list called by the other word for one (许可事项目录 for the 许可事项清单).
    for (const p of [...phrases]) if (p.length >= 4 && p.endsWith('目录')) phrases.push(`${p.slice(0, -2)}清单`);
    phrases.push(...corrected.map((f) => q.concepts.map((c, i) => (i === f.concept ? f.text : c.text)).join('')));
    if (corrected.length > 1) phrases.push(q.concepts.map((c, i) => corrected.find((f) => f.concept === i)?.text ?? c.text).join(''));
    return phrases;
  }

  /**
   * 2: the query is one of the unit's names (a cell, a label, a title); 1: the title of a document,
   * attachment or heading holds every concept of the query, in that order (国资管理办法 in
   * 攸县国有资产管理办法: the characters of a short name stand in the title in the order typed).
   */
  private named(t: LoadedText, q: ParsedQuery, forms: Form[], phrases: string[], answersAspect: boolean): number {
    if (phrases.some((p) => t.normalizedNames.includes(p))) return 2;
    const type = t.type;
    // The clause that defines a short name (（以下简称风补资金）, 简称“查控违”) answers a query for it.
    // Not where other words ask something else of the work it names (查控违 当事人范围: the clause on 当事人).
    const defined = [...q.concepts.map((c) => c.text), ...phrases];
    const besides = (d: string) => q.concepts.every((c) => c.text === d || d.includes(c.text) || t.searchable.includes(c.text));
    // The query is the name it defines (风补资金): the clause giving the name, before the texts called after it (风补资金管理办法).
    if (phrases.some((p) => p.length >= 2 && definesShortName(t.searchable, p))) return 2;
    if (defined.some((d) => d.length >= 2 && definesShortName(t.searchable, d) && besides(d))) return 1;
    if (answersAspect) return 1;
    if (type !== 'document' && type !== 'attachment' && type !== 'heading') return 0;
    // A question for an amount, a share or a time (经济要增长多少) is answered by a text, not a title.
    if (q.asks && q.asks !== 'document') return 0;
    const words = q.concepts.length ? q.concepts.map((c) => c.text) : [q.phrase];
    // Also where the title prints a word with quotes or a 的 inside (11.持续深化“放管服”改革 for 放管服改革).
    if (t.normalizedNames.some((n) => words.every((w) => n.includes(w) || ([...w].length >= 4 && n.replace(LOOSE_MARKS, '').includes(w))))) return 1;
    // A heading whose title holds the words that do not name its text (阻击仗 金融风险: （二）防范化解金融风险
    // of the 阻击仗 方案): the part of that text the query asks for.
    const topic = type === 'heading' ? this.topicWords(t, q, forms) : [];
    const besideName = topic.length > 0 && topic.length < q.concepts.length;
    if (type === 'heading' && besideName && t.normalizedNames.some((n) => topic.every((w) => n.includes(w)))) return 1;
    // A document or attachment whose title holds, for each word, it or a word the table gives for it
    // of four characters or more (攸县房产新政: 攸县, 房产新政 → 房地产业良性循环). A place typed beside
    // a short name (攸县楼市12条) need only be in one of its names (the title, not the short name).
    if ((type === 'document' || type === 'attachment') && q.concepts.length) {
      const place = (text: string) => isPlace(text) && t.normalizedNames.some((n) => n.includes(text));
      const held = (n: string) => q.concepts.every((c, i) => n.includes(c.text) || place(c.text) || forms.some((f) => f.concept === i && f.via === 'synonym' && f.text.length >= 4 && n.includes(f.text)));
      if (t.normalizedNames.some(held)) return 1;
    }
    // A short name: at least four characters, every one in a title in order, ending as the title's kind ends.
    // From five characters, one may differ (阻击仗 for the 阻击战 a title prints); from six, the words
    // before the kind may come in another order, one character differing (土地违法细则 for …违法用地…细则).
    // A document also by the titles of the texts it issues (攸县违法建设细则 for the notice issuing
    // 攸县实施《株洲市管控和查处违法建设办法》细则).
    const titles = type === 'document' ? [...t.normalizedNames, ...t.issuedTitles] : t.normalizedNames;
    return type !== 'heading' && phrases.some((p) => p.length >= 4 && titles.some((n) => (inOrder(p, n, p.length >= 5 ? 1 : 0) || (p.length >= 6 && inAnyOrder(p.slice(0, -2), n, 1))) && n.replace(TRAILING_NOTE, '').endsWith(p.slice(-2)))) ? 1 : 0;
  }

  private depth(unit: number): number {
    return this.texts.get(unit)!.id.split('/').length;
  }

  private typeOrder(unit: number): number {
    return TYPE_ORDER[this.texts.get(unit)!.type];
  }

  private passes(t: LoadedText, filter: SearchOptions['filter']): boolean {
    if (!filter) return true;
    if (filter.docId && t.doc.id !== filter.docId) return false;
    if (filter.kind && t.kind !== filter.kind) return false;
    if (filter.year && Number(t.doc.date.slice(0, 4)) !== filter.year) return false;
    return true;
  }

  /**
   * The query with a text's short name run into what is asked of it (攸惠贷办法企业范围, 违地细则施行日期,
   * 违建细则乡镇职责) read as typed apart: the name one word, the rest another. The name is the longest
   * start of a typed word, leaving two characters or more, that ends with a kind of text (办法, 细则,
   * 清单 …) and whose characters stand in order in a title, or else the longest start (three characters
   * or more) that a title prints in quotes (攸惠贷代偿范围: 攸县“攸惠贷”…) or that names a campaign a title
   * prints (翻身仗燃气整治: 攸县打好安全生产翻身仗工作方案), unless what follows is its list (翻身仗清单); a
   * word printed as it is, or standing in a title whole, stays. Undefined when no word is so read.
   */
  private async splitLeadingNames(q: ParsedQuery, lexicon: Lexicon): Promise<ParsedQuery | undefined> {
    let changed = false;
    const words: string[] = [];
    for (const w of q.words) {
      const chars = [...w];
      // The starts that could be a name; a story's long runs are its teller's words (no titles fetched for them).
      const han = chars.length >= 5 && chars.length < STORY_CHARACTERS && /^\p{Script=Han}+$/u.test(w);
      const ends = !han || chars.length < 6 ? [] : chars.map((_, end) => end).filter((end) => end >= 4 && end <= chars.length - 2 && (SHORT_NAME.test(chars.slice(0, end).join('')) || COUNT_NAME.test(chars.slice(0, end).join('')))).reverse();
      // Or a name a title prints in quotes (攸惠贷代偿范围: “攸惠贷”), three characters or more; not in a
      // question (攸惠贷能贷两千万吗), which is cut at its words later all the same.
      const quotedEnds = han && !CONVERSATION.test(w) ? chars.map((_, end) => end).filter((end) => end >= 3 && end <= chars.length - 2).reverse() : [];
      if (!ends.length && !quotedEnds.length) {
        words.push(w);
        continue;
      }
      await this.files.loadChunksFor(queryTerms(w).filter((t) => !t.prefix));
      const unknown = chars.slice(1).map((ch, k) => !this.postings.hasTerm(chars[k]! + ch));
      let split: string[] | undefined;
      if (!(await this.printedRun(w)) && !(await this.inTitleInOrder(w, chars, unknown))) {
        for (const end of ends) {
          if (await this.inTitleInOrder(chars.slice(0, end).join(''), chars.slice(0, end), unknown.slice(0, end - 1))) {
            split = [chars.slice(0, end).join(''), chars.slice(end).join('')];
            break;
          }
        }
        for (const end of split ? [] : quotedEnds) {
          if (await this.quotedInTitle(chars.slice(0, end), unknown.slice(0, end - 1), CAMPAIGN.test(chars.slice(0, end).join('')) && !LIST_WORD.test(chars.slice(end).join('')))) {
            split = [chars.slice(0, end).join(''), chars.slice(end).join('')];
            break;
          }
        }
      }
      if (split) changed = true;
      words.push(...(split ?? [w]));
    }
    return changed ? { ...q, words, rest: words, concepts: readConcepts(words.join(' '), lexicon) } : undefined;
  }

  /**
   * Whether a word of the query is a text's name by count (房地产十二条: 房地产业良性循环十二条, an alias
   * of the 若干措施 in twelve parts), its name's characters in order in the alias, the count the same.
   */
  private async calledByCount(q: ParsedQuery): Promise<boolean> {
    // The words without the path (房地产十二条 of 房地产十二条第二条).
    for (const w of q.rest) {
      const m = COUNT_NAME.exec(w);
      if (!m) continue;
      const terms = candidateTerms(m[1]!, MAX_CANDIDATE_TERMS).filter((t) => !t.prefix);
      await this.files.loadChunksFor(terms);
      const headers = this.headersHoldingMost(terms).slice(0, MAX_TITLE_CHECKS);
      await this.files.loadTextsFor(headers.map(([h]) => h));
      const named = (alias: string) => COUNT_NAME.test(alias) && alias.endsWith(m[2]!) && inOrder(m[1]!, alias.slice(0, -m[2]!.length));
      if (headers.some(([h]) => this.texts.get(h)!.doc.scopes.some(([, , aliases]) => aliases.some((a) => named(normalizeSearchText(a)))))) return true;
    }
    return false;
  }

  /**
   * Whether the characters of a concept (at least four, some of its bigrams unknown) stand in order
   * in the title of a document or attachment whose header holds the most of the bigrams the index knows
   * (消防方案 in 攸县消防安全专项整治三年行动实施方案, 科创方案 in 攸县打好科技创新攻坚战工作方案): a short name,
   * not a typo.
   */
  private async inTitleInOrder(text: string, chars: string[], unknown: boolean[]): Promise<boolean> {
    const known = chars.slice(1).flatMap((ch, k) => (unknown[k] ? [] : [{ term: chars[k]! + ch, prefix: false }]));
    if (!known.length) return false;
    // The headers holding the most of those bigrams: a bigram printed elsewhere (补办 of 风补办法) is
    // in no title.
    const headers = this.headersHoldingMost(known).slice(0, MAX_TITLE_CHECKS);
    await this.files.loadTextsFor(headers.map(([h]) => h));
    return headers.some(([h]) => this.titlesOf(h).some((title) => inOrder(text, title)));
  }

  /**
   * A header's titles, normalised: its document's, and its own names (an attachment's header is titled
   * by its own title, 攸县打好科技创新攻坚战工作方案, not its notice's).
   */
  private titlesOf(header: number): string[] {
    const t = this.texts.get(header)!;
    return [normalizeSearchText(t.doc.title), ...t.normalizedNames];
  }

  /**
   * Whether a title of the headers holding the most of these characters' bigrams prints them in quotes
   * (“攸惠贷”), or, for a campaign's name (`unquoted`: 翻身仗, 阻击战), at all.
   */
  private async quotedInTitle(chars: string[], unknown: boolean[], unquoted = false): Promise<boolean> {
    if (unknown.some((x) => x)) return false;
    const headers = this.headersHoldingMost(chars.slice(1).map((ch, k) => ({ term: chars[k]! + ch, prefix: false }))).slice(0, MAX_TITLE_CHECKS);
    await this.files.loadTextsFor(headers.map(([h]) => h));
    const name = unquoted ? chars.join('') : `"${chars.join('')}"`;
    return headers.some(([h]) => this.titlesOf(h).some((title) => title.includes(name)));
  }

  /**
   * The document and attachment headers holding every term (a prefix term: any term it starts),
   * as [header unit, last unit it covers], ascending.
   */
  private headers(terms: QueryTerm[]): Array<[number, number]> {
    if (!terms.length) return [];
    let acc: Map<number, number> | undefined;
    for (const t of terms) {
      const found = new Map<number, number>();
      const lists = this.headerPostings(t);
      for (const p of lists) {
        if (!p) continue;
        for (let i = 0; i < p.units.length; i++) found.set(p.units[i]!, p.ends ? p.ends[i]! : p.units[i]!);
      }
      acc = acc ? new Map([...acc].filter(([u]) => found.has(u))) : found;
      if (!acc.size) return [];
    }
    return [...acc!].sort((a, b) => a[0] - b[0]);
  }

  /**
   * The unit of an id (yzbf-2023-8, yzbf-2023-8/hd_5): its document by the 文号's year and number (the
   * ref field), then the text fragment that holds it, found by halving the document's fragments by
   * reading order (`readingOrder`); where the document no longer holds it, its nearest part that it
   * does. What is read grows with the log of the document, never with the archive (unitInRange).
   */
  private async unitById(id: string): Promise<number | undefined> {
    const found = await this.documentById(id);
    if (!found) return undefined;
    // A part the document does not hold (a link to a part since renumbered): the nearest part holding it.
    const parts = id.split('/');
    for (let depth = parts.length; depth > 1; depth--) {
      const unit = await this.unitInRange(parts.slice(0, depth).join('/'), found[0], found[1]);
      if (unit !== undefined) return unit;
    }
    return found[0];
  }

  /**
   * The unit bearing the id among units first..last (one document), or undefined: the last fragment
   * whose first unit does not come after the id, by halving. Where the ids do not say which comes
   * first (two kinds of part side by side: chp_2 and art_16, a list after an attachment's prose),
   * a fragment is placed by the first of its units whose id does say (the fragment is read whole),
   * or else by where such parts usually stand (usualOrder), then as if the part probed came first,
   * then as if it came after; when none finds the id it is not looked for further (the caller takes
   * the nearest part that holds it), so what is read stays a few fragments whatever the document.
   */
  private async unitInRange(id: string, first: number, last: number): Promise<number | undefined> {
    const unitsOf = async (f: number) => {
      const from = Math.max(first, f * FRAGMENT_UNITS);
      const to = Math.min(last, (f + 1) * FRAGMENT_UNITS - 1);
      await this.files.loadTextsFor([from]);
      const out: number[] = [];
      for (let u = from; u <= to && this.texts.has(u); u++) out.push(u);
      return out;
    };
    for (const unordered of ['usual', -1, 1] as const) {
      let lo = Math.floor(first / FRAGMENT_UNITS);
      let hi = Math.floor(last / FRAGMENT_UNITS);
      let guessed = false;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        const units = await unitsOf(mid);
        const at = units.find((u) => this.texts.get(u)!.id === id);
        if (at !== undefined) return at;
        // The first unit the id can be placed against: one before it puts the fragment's start before
        // it too; one after it (the id not being in the fragment) puts the whole fragment after it.
        let order: number | undefined = units.length ? undefined : 1;
        for (const u of units) if ((order = readingOrder(this.texts.get(u)!.id, id)) !== undefined) break;
        if (order === undefined) {
          order = unordered === 'usual' ? usualOrder(this.texts.get(units[0]!)!.id, id) : unordered;
          guessed = true;
        }
        if (order <= 0) lo = mid;
        else hi = mid - 1;
      }
      const unit = (await unitsOf(lo)).find((u) => this.texts.get(u)!.id === id);
      if (unit !== undefined || !guessed) return unit;
    }
    return undefined;
  }

  /**
   * The document an id is in (yzbf-2023-8, or the id of any part of it), as [header, last unit], found by
   * the 文号 the id holds; undefined when the index holds no such document.
   */
  private async documentById(id: string): Promise<[number, number] | undefined> {
    const doc = documentIdNumber(id);
    if (!doc) return undefined;
    return (await this.numberedDocuments(doc.year, doc.serial)).find(([h]) => this.texts.get(h)!.id === doc.id);
  }

  /** The documents numbered serial of that year, any agency (the ref field), as [header, last unit], their headers loaded. */
  private async numberedDocuments(year: number, serial: number): Promise<Array<[number, number]>> {
    const key = docNumberKey({ serial, year });
    await this.files.loadChunksFor([{ term: key, prefix: false }]);
    await this.files.completeTerms([{ term: key, prefix: false }], REF);
    const p = this.postings.get(key, REF);
    if (!p) return [];
    const docs = Array.from(p.units, (u, i): [number, number] => [u, p.ends ? p.ends[i]! : u]);
    await this.files.loadTextsFor(docs.map(([h]) => h));
    return docs;
  }

  /** Whether a heading inside the ranges bears a title (its own title holding it), MAX_SCOPE_HEADERS of its holders read. */
  private async titledElsewhere(title: string, ranges: Array<[number, number]> | undefined): Promise<boolean> {
    const terms = queryTerms(title).filter((t) => !t.prefix);
    await this.files.loadChunksFor(terms);
    const holders = [...this.files.all(terms, TEXT)].filter((u) => !ranges || ranges.some(([a, b]) => a <= u && u <= b)).slice(0, MAX_SCOPE_HEADERS);
    await this.files.loadTextsFor(holders);
    return holders.some((u) => this.texts.get(u)!.type === 'heading' && this.texts.get(u)!.normalizedNames.some((n) => n.includes(title)));
  }

  /**
   * The documents of a whole 文号 the corpus does not hold as typed because its agency lacks its 发, or is
   * the county government's office named in words (县政府办), or it lacks the county's character (政办发)
   * (攸政办〔2023〕4号 for 攸政办发〔2023〕4号): those of its year and serial whose agency is the typed
   * one with a 发, or ends with it. Not a 文号 of another agency (攸政发〔2023〕4号 is the county government's, not its office's).
   */
  private async agencyShort(n: DocNumberQuery): Promise<Array<[number, number]>> {
    if (!n.normalized || !n.year || !n.agency) return [];
    return (await this.numberedDocuments(n.year, n.serial)).filter(([h]) => {
      const agency = this.texts.get(h)!.doc.docNumber.split('〔')[0]!;
      // The office named as people say it (县政府办2023年第8号文件, 攸县政府办〔2023〕8号) for its 政办发;
      // its 发 or the county's character before it left out (攸政办〔2023〕4号, 政办发2023第4号).
      const bare = agency.replace(/发$/u, '');
      return agency !== n.agency && ([...n.agency!].length >= 2 && (agency.endsWith(n.agency!) || bare.endsWith(n.agency!)) || (SPOKEN_OFFICE.test(n.agency!) && /政办发?$/u.test(agency)));
    });
  }

  /**
   * Units the query names by structure, with how well their text is named: the document of a 文号
   * (whole, or short: 8号文, 〔2023〕8号), and the units at the citation path (第十四条第三项, 附件5,
   * 二、第八项) inside the documents and texts the query names — by 文号, or by the words left
   * (攸惠贷, 违建细则: a title or short name holding them, or their characters in order) — or anywhere
   * when it names none. All from the ref and head fields: the 文号 and the paths are terms there.
   * With them, the documents of a 文号 whose words beside it name none of its texts (`topicIn`), and
   * whether the words beside the path name no text (`unnamed`: the path was looked up everywhere).
   */
  private async structural(q: ParsedQuery): Promise<{ units: Map<number, number>; topicIn: Array<[number, number]>; absent?: string; unnamed?: boolean }> {
    const found = new Map<number, number>();
    // The units found, and no documents asked about (`topicIn`) unless a 文号 with words beside it says so.
    const structure: { units: Map<number, number>; topicIn: Array<[number, number]>; unnamed?: boolean } = { units: found, topicIn: [] };
    if (!q.ref && !q.docNumber) return structure;
    const lookups: QueryTerm[] = [];
    const numberKey = q.docNumber ? docNumberKey(q.docNumber) : undefined;
    if (numberKey) lookups.push({ term: numberKey, prefix: false });
    let paths = q.ref ? shorterPaths(q.ref) : [];
    // 第18条 of an attachment in outline form is the task its list numbers 18 (第十八项), and so is 第12条 of a list
    // or a text named by words (翻身仗清单第12条, 经济增长主动仗方案 第5条, of three parts); not of a document
    // named by its 文号 alone, whose texts may hold lists of their own (9号文 第二十条 is no row of its 附件2).
    if ((q.attachment || q.rest.length > 0) && q.ref && ORDINAL_PATH.test(q.ref) && q.ref.endsWith('条')) paths = [...paths, q.ref.replace(/条$/u, '项')];
    for (const term of paths) lookups.push({ term, prefix: false });
    // A part cited below the short title of its heading (主要目标第二项): a word beside the path (the one
    // before it, or the part's own title typed after it: 9号文 工作要求第一项 明确主体责任).
    // The title may be typed glued after the text's name (六仗总方案重点任务第一条): the word's ends too, the
    // longest first, leaving a name of two characters or more.
    const ordinal = !!q.ref && ORDINAL_PATH.test(q.ref);
    const glued: Array<{ word: string; title: string }> = [];
    if (ordinal) {
      for (const word of [...q.rest].reverse()) {
        const chars = [...word];
        for (let n = Math.min(CITED_TITLE, chars.length - 2); n >= 2; n--) {
          const title = chars.slice(-n).join('');
          if (/^\p{Script=Han}+$/u.test(title)) glued.push({ word, title });
        }
      }
    }
    const titles = ordinal ? [...[...q.rest].reverse().map((w) => `${w}${q.ref}`), ...glued.map((g) => `${g.title}${q.ref}`)] : [];
    // ... and a paragraph by its place below it (重点任务（四）第四段: 重点任务第四项第4段), or as its last
    // (重点任务（一）最后一段: 重点任务第一项末段; 倒数第二段: 重点任务第一项倒数第2段).
    const paragraphN = q.rest.map(paragraphPlace).find((n) => n !== undefined);
    const fromEndN = q.rest.map(paragraphFromEndPlace).find((n) => n !== undefined);
    // (The part as its title's 第N条 is its 第N项 there: 重点任务第一条最后一段.)
    const asItems = titles.map((t) => t.replace(/条$/u, '项'));
    const paragraphs = paragraphN ? asItems.map((t) => `${t}第${paragraphN}段`) : fromEndN ? asItems.map((t) => paragraphFromEndUnder(t, fromEndN)) : [];
    for (const term of [...paragraphs, ...titles]) lookups.push({ term, prefix: false });
    const attachmentPath = q.attachment ? `附件${q.attachment}` : undefined;
    if (attachmentPath) lookups.push({ term: attachmentPath, prefix: false });
    await this.files.loadChunksFor(lookups);
    // The title typed after a path checks the part cited (below); it does not name the text.
    let restWords = q.partTitle ? q.rest.filter((w) => w !== q.partTitle) : q.rest;
    const titledParagraph = paragraphs.find((term) => this.postings.get(term, REF));
    const titled = titledParagraph ?? titles.find((term) => this.postings.get(term, REF));
    if (titled) {
      paths = [titled];
      // (A paragraph's key counts the part as its 第N项.)
      const isTitle = (w: string) => titled.startsWith(`${w}${q.ref}`) || (!!titledParagraph && titled.startsWith(`${w}${q.ref}`.replace(/条$/u, '项')));
      restWords = restWords.filter((w) => !isTitle(w) && !(titledParagraph && (paragraphPlace(w) !== undefined || paragraphFromEndPlace(w) !== undefined)));
      // A title glued after the name: the name alone is left.
      const cut = glued.find((g) => isTitle(g.title) && restWords.includes(g.word));
      if (cut) restWords = restWords.map((w) => (w === cut.word ? [...w].slice(0, -[...cut.title].length).join('') : w));
    }

    // The documents a 文号 names, as ranges of units: [header, last unit].
    let chosen: Array<[number, number]> | undefined;
    if (numberKey) {
      await this.files.completeTerms([{ term: numberKey, prefix: false }], REF);
      const p = this.postings.get(numberKey, REF);
      chosen = p ? Array.from(p.units, (u, i): [number, number] => [u, p.ends ? p.ends[i]! : u]) : [];
      if (!chosen.length) chosen = await this.agencyShort(q.docNumber!);
      if (!chosen.length) return structure;
    }
    // The words left pick the text: scored on the titles and short names of the texts of the
    // documents whose header holds a bigram of them.
    // The title's marks typed around it (《攸县国有资产管理办法（试行）》第二十六条) name nothing.
    const rest = withoutTitleMarks(restWords.join(''));
    // A 登记号 among the words left (ZZYXDR-2023-01003号文件): the document registered under it.
    const registration = REGISTRATION_IN_TEXT.exec(rest)?.[0];
    // Or by its serial alone (01003号规范性文件): the document whose 登记号 ends with it.
    const serial = registration ? undefined : REGISTRATION_SERIAL.exec(rest)?.[1];
    const registeredAs = serial ? new RegExp(`[a-z]-?\\d{4}-?${serial}(?!\\d)`, 'u') : undefined;
    let scopes: NamedScope[] = [];
    let namedBy = '';
    // The words beside a path when they name no text, and the path is looked up everywhere.
    let topical: string | undefined;
    let nested: { scopes: NamedScope[]; name: string } | undefined;
    if (rest) {
      // The headers holding most of the words' terms first, then the newest (the lowest numbers) when many name
      // them (an archive of yearly issues): a bigram every header shares (20 of 2023, 青禾 of a county's every
      // title) must not crowd out the one header holding them all.
      const pool = this.headersHoldingMost(restWords.flatMap((w) => candidateTerms(w, MAX_CANDIDATE_TERMS)))
        .filter(([h]) => !chosen || chosen.some(([a, b]) => a <= h && h <= b))
        .slice(0, MAX_SCOPE_HEADERS);
      await this.files.loadTextsFor(pool.map(([h]) => h));
      // The words left name the text together, or one of them does and the others say what is asked
      // of the unit cited (六仗方案附件5 第19项 强化源头管控).
      // A name run into a part label and its title (翻身仗任务清单（一）强化安全监管 第2行): the name before it too.
      const before = rest.split('(')[0]!;
      // The list of a text named by the text's own name (阻击战方案清单: the 清单 of the 阻击战方案): that name too.
      const listOf = rest.endsWith('清单') && SHORT_NAME.test(rest.slice(0, -2)) ? rest.slice(0, -2) : '';
      // A name said with a demonstrative or 的 before its kind (违法建设那份细则, 消防那个方案): the name without it.
      // ... or with a kind of four characters its title does not print whole (违地实施细则 of 攸县实施《…违法用地办法》细则):
      // the name with the kind's last two (违地细则).
      // ... or after its edition (2023年版许可清单): the name, of the texts of that year.
      const plain = [rest, ...restWords.map(withoutTitleMarks)].flatMap((n) => [n.replace(FILLER_BEFORE_KIND, ''), n.replace(LONG_KIND, (k) => k.slice(-2)), n.replace(EDITION, '')]).filter((n) => n !== rest && !restWords.includes(n));
      const edition = [rest, ...restWords].map((n) => EDITION.exec(withoutTitleMarks(n))?.[1]).find(Boolean);
      const editionYear = edition ? String(yearNumber(edition)) : undefined;
      // A name and what is asked of it joined by 的 (攸县国有资产的范围界定): each apart, as if typed with a space.
      const apart = restWords.flatMap((w) => (w.includes('的') ? withoutTitleMarks(w).split('的').filter((p) => [...p].length >= 2) : []));
      const said = [rest, ...(restWords.length > 1 ? restWords.map(withoutTitleMarks) : []), ...(before.length >= 2 && before !== rest ? [before] : []), ...(listOf ? [listOf] : []), ...new Set([...plain, ...apart])];
      // A kind its title does not print (行政许可目录): also as the kind it prints (行政许可清单).
      const typed = [...said, ...said.flatMap((n) => KIND_SYNONYMS.filter(([k]) => n.includes(k)).map(([k, printed]) => n.replace(k, printed)))];
      // A place names every text of its bulletins (攸县 楼市12条): not where other words could name one.
      const names = typed.some((n) => !isPlace(n)) ? typed.filter((n) => !isPlace(n)) : typed;
      // The scopes a word names: the texts whose title or short names it is.
      const scopesOf = (name: string): NamedScope[] => {
        const found: NamedScope[] = [];
        for (const [h, end] of pool) {
          const header = this.texts.get(h)!;
          // A document's 登记号 (ZZYXDR-2023-01001) or 文号 as the words left: the whole document.
          if (header.type === 'document' && ((/\d/.test(name) && name.length >= 8 && header.searchable.includes(name)) || (registration && header.searchable.includes(registration)) || registeredAs?.test(header.searchable))) {
            found.push({ range: [h, end], prefix: header.id, score: Infinity });
            continue;
          }
          // A notice named by its own title (《…关于印发〈…〉的通知》（攸政办发〔2023〕6号）, as its citation prints it): the whole document.
          // A text that issues none (a 决定, a 批复, a 通告) is named by its own title in order too, shortened
          // (云溪修改和废止规范性文件决定 for 云溪县人民政府关于修改和废止部分县政府规范性文件的决定); a notice issuing a text is named by that text's.
          if (header.type === 'document' && !quotedTitles(normalizeSearchText(header.doc.title), 2).includes(name)) {
            const score = nameScore(name, withoutTitleMarks(normalizeSearchText(header.doc.title)), []);
            const issuesNone = !header.doc.scopes.some(([prefix]) => prefix === header.id || prefix.startsWith(`${header.id}/ins_`));
            if (score >= 2 || (issuesNone && score >= 1 && [...name].length >= OWN_TITLE_IN_ORDER)) found.push({ range: [h, end], prefix: header.id, score });
          }
          for (const [prefix, title, aliases] of header.doc.scopes) {
            // A document's header stands for all its texts; an attachment's for itself and what is in it.
            if (header.type === 'attachment' && prefix !== header.id && !prefix.startsWith(`${header.id}/`)) continue;
            // The title a text's own title quotes (《株洲市管控和查处违法建设办法》 of 攸县实施《…》细则) names
            // that other text, which the bulletin does not hold: its articles are not this text's.
            if (quotedTitles(normalizeSearchText(title), 1).includes(name)) continue;
            const score = nameScore(name, withoutTitleMarks(normalizeSearchText(title)), aliases.map((a) => withoutTitleMarks(normalizeSearchText(a))));
            // A notice's sole instrument (its units hang off the document) is neither the notice's own text nor its
            // attachments (unless one is cited: 六仗方案 附件2 第7项): each has a title of its own.
            if (score > 0) found.push({ range: [h, end], prefix, score, ...(header.type === 'document' && prefix === header.id ? { body: true } : {}) });
          }
        }
        return found;
      };
      for (const name of names) {
        namedBy = name;
        scopes = scopesOf(name);
        // A name found without its edition: the texts whose title or date holds that year.
        if (editionYear && !said.includes(name)) scopes = scopes.filter((sc) => this.texts.get(sc.range[0])!.doc.date.startsWith(editionYear) || this.texts.get(sc.range[0])!.doc.title.includes(editionYear));
        if (scopes.length) break;
      }
      // Another word naming a part of the text one names (消防方案 责任清单: the 方案's attachment titled
      // 责任清单): that part, where the path is looked up when the text holds it nowhere else.
      if (scopes.length && restWords.length > 1) {
        for (const name of restWords.map(withoutTitleMarks)) {
          if (name === namedBy) continue;
          const inside = scopesOf(name).filter((s) => scopes.some((o) => s.prefix.startsWith(`${o.prefix}/`)));
          if (inside.length) {
            nested = { scopes: inside, name };
            break;
          }
        }
      }
      const top = Math.max(0, ...scopes.map((s) => s.score));
      scopes = scopes.filter((s) => s.score === top);
      // Words naming no text beside an attachment's path (附件2 第8行 消防监管执法) say what is asked of
      // the unit cited: the attachments so numbered, of every document, with the words picking among them.
      // Words naming no text beside a path to a clause (出租出借报批材料 第19条（四）) may say what the clause is
      // about: the path is looked up in every text, and kept where the clause or its article prints most of them.
      if (!scopes.length && !q.docNumber && !attachmentPath) {
        if (!CLAUSE_PATH.test(q.ref ?? '') || q.partTitle) return structure;
        topical = rest;
        structure.unnamed = true;
      }
    }
    let ranges = scopes.length ? scopes.map((s) => s.range) : chosen;
    // A row path inside an attachment (附件2 第8项): the attachments of that number in those ranges,
    // the newest MAX_SCOPE_HEADERS when many are (an archive of many issues).
    let within: CitedAttachment[] | undefined;
    if (attachmentPath) {
      const units = (await this.refUnits(attachmentPath, ranges)).slice(0, MAX_SCOPE_HEADERS);
      await this.files.loadTextsFor(units);
      // Where each attachment ends, as the index records it for the path naming it (its last unit).
      const p = this.postings.get(attachmentPath, REF);
      within = units.map((u): CitedAttachment => {
        const i = p ? p.units.indexOf(u) : -1;
        return [u, this.texts.get(u)!.id, i >= 0 ? p!.ends?.[i] : undefined];
      });
      if (!within.length) {
        // A notice printing its texts without attachment labels (4号文 附件2 第二十条, for the two 细则 it
        // issues): its Nth text, as the file it was sent with numbers it.
        const issued = chosen && !scopes.length ? await this.issuedAsAttachment(chosen, q.attachment!) : [];
        if (!issued.length) return structure;
        scopes = issued;
        ranges = issued.map((s) => s.range);
        within = undefined;
      }
    }
    if (!q.ref) {
      // Words naming an attachment of it and nothing else (2号文 科技创新攻坚仗方案): that attachment, not the
      // whole document (消防9号文: 消防 names its 方案 too, the document).
      const onlyAttachments = scopes.length > 0 && namedBy === rest && scopes.every((s) => s.prefix.includes('/att_'));
      const attachments = onlyAttachments ? scopes.filter((s) => this.texts.get(s.range[0])?.type === 'attachment' && this.texts.get(s.range[0])!.id === s.prefix) : [];
      if (attachments.length) {
        for (const s of attachments) found.set(s.range[0], 2);
        return { units: found, topicIn: [] };
      }
      for (const [h] of chosen ?? []) found.set(h, 2);
      // Words beside the 文号 that do not all name a text of it ask about something in it (9号文 网格员,
      // 9号文 消防 网格员: 消防 names its 方案, 网格员 is asked about; 8号文 若干措施 names the text).
      return { units: found, topicIn: rest && chosen && !(scopes.length && namedBy === rest) ? chosen : [] };
    }
    // The units the path names, in those ranges (the pages of a frequent path that meet them); a path
    // the text does not hold is read shorter (第十四条第一款第三项 of an article of one 款 is its
    // 第十四条第三项; 第三十条第二款 of an article of one 款 is 第三十条).
    // The articles a list or range cites beside it (第十四条至第十六条) are looked up the same way.
    const cited = [paths, ...(q.more ?? []).map(shorterPaths)];
    if (q.more?.length) await this.files.loadChunksFor(cited.slice(1).flat().map((term) => ({ term, prefix: false })));
    const lookUp = async () => {
      for (const alternatives of cited) {
        for (const path of alternatives) if (await this.addPathUnits(path, ranges, within, scopes, q.docNumber !== undefined, found)) break;
      }
    };
    await lookUp();
    if (!found.size && nested && !within) {
      scopes = nested.scopes;
      namedBy = nested.name;
      ranges = scopes.map((s) => s.range);
      await lookUp();
    }
    // Words beside a 文号 that name a part of its document where the path is not (2号文 三、重点任务（一）之五: 重点任务
    // also names its attachments' 重点工作任务清单): the path in the whole document, the words a gloss.
    if (!found.size && chosen?.length && scopes.length && !within) {
      scopes = [];
      ranges = chosen;
      await lookUp();
    }
    // 第N项 of a text with a task list counts the list's rows (附件3 第1项: its first task), not the
    // text's outline parts (一、工作目标), which the path names too (第五条 of 房地产十二条 is its 五、).
    if (ORDINAL_PATH.test(q.ref) && q.ref.endsWith('项') && found.size > 1) {
      await this.files.loadTextsFor([...found.keys()]);
      const rows = [...found.keys()].flatMap((u) => (this.texts.get(u)!.type === 'row' ? [this.texts.get(u)!.id] : []));
      for (const u of [...found.keys()]) {
        const t = this.texts.get(u)!;
        // A list of the same text: its table stands beside the heading (附件3's 一、 and its tbl_1).
        const list = `${t.id.slice(0, t.id.lastIndexOf('/') + 1)}tbl_`;
        if (t.type === 'heading' && rows.some((r) => r.startsWith(list))) found.delete(u);
      }
    }
    if (topical !== undefined) {
      await this.files.loadTextsFor([...found.keys()]);
      // Its words as printed, or each word of it in a form the synonym tables give (报批材料: 批准, 资料).
      const words = q.concepts.filter((c) => [...c.text].length >= 2 && topical!.includes(c.text));
      const says = (u: number) => {
        // With its article's or 款's text, or the lead-in it carries when that lies in another fragment.
        const t = this.texts.get(u)!;
        const parent = this.parentOf(u);
        const text = t.searchable + (parent !== undefined ? this.texts.get(parent)!.searchable : t.lead ? normalizeSearchText(t.lead) : '');
        return printsGloss(topical!, text) || (words.length > 0 && words.every((c) => c.alternatives.some((a) => text.includes(a.text))));
      };
      for (const u of [...found.keys()]) if (!says(u)) found.delete(u);
      if (!found.size) return structure;
    }
    // A part cited with its title (9号文 四、工作要求): the parts at the path that bear it, else those
    // whose text says it (a gloss). When none does, the label was mistyped: the query is read as it was
    // before the path was seen (the documents its 文号 names, or its words as text).
    if (q.partTitle) {
      const title = q.partTitle;
      // A path alone (一、各有关部门要: no name, no 文号) stands at every such label of the archive: the newest of them are
      // read, as many as the texts a name may pick among, not every 一、 of hundreds of issues.
      // Those holding the title's terms (their postings say, before any text is read) first: 六、本 of an older issue's
      // 六、本决定自公布之日起施行, among fourteen bulletins' 六、.
      if (!ranges && found.size > MAX_SCOPE_HEADERS) {
        const terms = queryTerms(title);
        await this.files.loadChunksFor(terms);
        const holding = terms.length ? this.files.all(terms, TEXT) : new Set<number>();
        const keys = [...found.keys()];
        for (const u of [...keys.filter((k) => holding.has(k)), ...keys.filter((k) => !holding.has(k))].slice(MAX_SCOPE_HEADERS)) found.delete(u);
      }
      // The fragments after each too: a part's parts may run past the end of its own.
      await this.files.loadTextsFor([...found.keys()].flatMap((u) => Array.from({ length: PARTS_FRAGMENTS + 1 }, (_, k) => u + k * FRAGMENT_UNITS)));
      // The title as printed, or but for one character of five or more (县十大重点民生实事 for the
      // 县十大重点民生实项目 a heading misprints), as nameScore reads a text's title.
      const glossForms = [title, ...q.concepts.filter((c) => c.text === title).flatMap((c) => c.alternatives.map((a) => a.text))];
      const named = (names: string[]) => names.some((n) => n.length >= 2 && (n.includes(title) || title.includes(n) || (title.length >= 5 && inOrder(title, n, 1))));
      // A gloss in the citer's own words (四（二） 乡镇消防职责按权责清单 for 明晰工作职责): most of its
      // characters in runs of two or more the part's text prints (乡镇, 消防, 职责, 权责清单).
      const saysGloss = (t: LoadedText) => printsGloss(title, t.searchable);
      // A paragraph cited by its place under a titled part (二、工作目标 第一段) bears its heading's title.
      const bears = (k: number): boolean => {
        const t = this.texts.get(k)!;
        if (named(t.normalizedNames)) return true;
        // A clause without a title of its own, the words typed after its path in its text (十三（二） 专项经费:
        // 第十三条（二）县财政局负责做好专项经费安排工作).
        if (UNTITLED.has(t.type) && t.searchable.includes(title)) return true;
        // A task of a list's outline (附件6 二、（三）16. 保障房) is a sentence: a word typed after it names
        // its topic, as printed or in a form the synonym tables give (保障房: 保障性租赁住房).
        if (POINT.test(q.ref ?? '') && glossForms.some((f) => t.searchable.includes(f))) return true;
        if (t.type !== 'paragraph' || !/第\d+段$/u.test(q.ref ?? '')) return false;
        const heading = this.parentOf(k);
        return heading !== undefined ? named(this.texts.get(heading)!.normalizedNames) : !!t.lead && normalizeSearchText(t.lead).includes(title);
      };
      const atPath = [...found];
      for (const [u, score] of atPath) {
        if (bears(u)) continue;
        found.delete(u);
        // ... or the parts inside it that bear the title, printed without a label of their own
        // (2号文 三、（四）防范化解政府债务风险: a paragraph of the heading （四） titled so).
        for (const k of this.partsAfter(u, PARTS_FRAGMENTS)) if (bears(k)) found.set(k, score);
      }
      // None bears it as its title: the parts at the path whose text says the gloss, or the parts inside them, with
      // the words of the part they stand in (四（二） 县财政局职责: （二）县直有关部门职责 ⏎ 县财政局负责…).
      for (const [u, score] of found.size ? [] : atPath) {
        const at = this.texts.get(u)!;
        if (saysGloss(at)) found.set(u, score);
        else for (const k of this.partsAfter(u, PARTS_FRAGMENTS)) if (saysGloss(this.texts.get(k)!)) found.set(k, score);
        if (found.size) continue;
        for (const k of this.partsAfter(u, PARTS_FRAGMENTS)) if (printsGloss(title, `${at.searchable}\u0000${this.texts.get(k)!.searchable}`)) found.set(k, score);
      }
      // Nor says it: when no heading of the texts cited bears the title (the label not mistyped for another
      // part's), the part at the path whose text prints half of it (综治实施方案 第四部分（五） 制度建设: 完善管理制度).
      if (!found.size && atPath.length && !(await this.titledElsewhere(title, ranges ?? chosen))) {
        for (const [u, score] of atPath) if (printsGloss(title, this.texts.get(u)!.searchable, GLOSS_LOOSE)) found.set(u, score);
      }
      if (!found.size) {
        for (const [h] of chosen ?? []) found.set(h, 2);
        // ... and a passage of those documents saying the title (a paragraph titled so under another
        // label) is what was cited, before the document.
        return { ...structure, topicIn: chosen ?? [] };
      }
    }
    // A path the documents a 文号 names do not hold (攸政办发〔2023〕9号 第二十条, a notice without
    // articles): those documents, not another's 第二十条 as if it were theirs; unless the path was a row
    // guessed after the 文号, which is read again without it.
    if (!found.size && chosen?.length && !q.withoutRow) {
      // ... but where they print the path as text (a 决定 amending another text: 将第八条第二款修改为…), the passages
      // printing it are what was cited (云府发〔2025〕5号 第八条第二款).
      const printing = q.ref ? (await this.printedWithin(q.ref, chosen)).filter((u) => amends(this.texts.get(u)!.searchable, q.ref!)) : [];
      if (printing.length) {
        for (const u of printing) found.set(u, 2);
        return { ...structure, topicIn: chosen };
      }
      for (const [h] of chosen) found.set(h, 2);
      return { ...structure, topicIn: chosen, absent: q.ref };
    }
    // Words beside a path to a heading, an attachment or an article that do not name its text (阻击仗方案
    // 第一部分工作目标 债务金融风险化解目标, 2号文附件2 强化高层次人才引进培育) ask about something in it: the passages
    // inside it saying most of them come before it, as a document's do beside its 文号 (9号文 网格员).
    // A chapter or a section named by its title (管理机构及其职责章 第六条) is where the path lies, not something asked.
    const asked = restWords.filter((w) => !(scopes.length && namedBy.includes(withoutTitleMarks(w))) && !CHAPTER_NAMED.test(w));
    if (asked.length && found.size) {
      // The parts found, then the passages after those that hold any (a row holds none: nothing more is read for it).
      const parts = [...found.keys()];
      await this.files.loadTextsFor(parts);
      const holders = parts.filter((u) => HOLDING_PASSAGES.has(this.texts.get(u)!.type));
      await this.files.loadTextsFor(holders.flatMap((u) => Array.from({ length: PARTS_FRAGMENTS + 1 }, (_, k) => u + k * FRAGMENT_UNITS)));
      const looked = [...cited.flat(), ...(attachmentPath ? [attachmentPath] : [])];
      const inside = holders.map((u): [number, number] => [u, this.lastInside(u, looked)]);
      if (inside.length) return { ...structure, topicIn: inside };
    }
    return structure;
  }

  /**
   * The last unit inside a cited heading, attachment or article: an attachment's from the line of the path that
   * found it in the ref field (`paths`: the last unit its header covers, as the writer records for headers), a
   * heading's or an article's from the fragments after it (PARTS_FRAGMENTS).
   */
  private lastInside(u: number, paths: string[]): number {
    if (this.texts.get(u)!.type === 'attachment') {
      for (const path of paths) {
        const p = this.postings.get(path, REF);
        const i = p ? p.units.indexOf(u) : -1;
        if (p?.ends && i >= 0) return p.ends[i]!;
      }
    }
    return this.partsAfter(u, PARTS_FRAGMENTS).at(-1) ?? u;
  }

  /** Adds the units a path names in those ranges (inside those attachments and texts); whether it added any. */
  private async addPathUnits(path: string, ranges: Array<[number, number]> | undefined, within: CitedAttachment[] | undefined, scopes: NamedScope[], numbered: boolean, found: Map<number, number>): Promise<boolean> {
    if (!this.postings.get(path, REF)) return false;
    const before = found.size;
    let units = await this.refUnits(path, ranges);
    if (within) {
      // The first few units holding the path after each attachment (units ascend in reading order):
      // texts read stay bounded whatever the archive holds; their ids say which lie inside it.
      // Past an attachment's last unit, where the index records it, none is: no text is read for those.
      const near = new Set<number>();
      for (const [a, , end] of within) {
        const from = units.findIndex((u) => u > a);
        if (from >= 0) for (const u of units.slice(from, from + WITHIN_ATTACHMENT)) if (end === undefined || u <= end) near.add(u);
      }
      await this.files.loadTextsFor([...near]);
      units = [...near].filter((u) => within.some(([, id]) => this.texts.get(u)!.id.startsWith(`${id}/`))).sort((x, y) => x - y);
    }
    if (scopes.length) {
      await this.files.loadTextsFor(units);
      for (const u of units) {
        const id = this.texts.get(u)!.id;
        // An attachment cited (消防实施方案 附件一), or a unit inside one: the named text's attachments are in scope.
        if (scopes.some((s) => s.range[0] <= u && u <= s.range[1] && inNamedScope(s, id, within !== undefined || ATTACHMENT_PATH.test(path)))) found.set(u, 2);
      }
    } else for (const u of units) found.set(u, numbered ? 2 : 1);
    return found.size > before;
  }

  /**
   * The units a citation term (第十四条, 附件2) names inside unit ranges, fetching only the pages of
   * its postings that meet them; with no ranges (a path alone), the newest its line holds. Either
   * way what is read does not grow with the archive.
   */
  private async refUnits(term: string, ranges?: Array<[number, number]>): Promise<number[]> {
    const p = this.postings.get(term, REF);
    if (!p) return [];
    const inline = Array.from(p.units);
    if (!ranges) return inline;
    const files = this.postings.missingPages(term, REF, ranges);
    const paged = files.length ? this.postings.pageUnits(await Promise.all(files.map((f) => this.files.page(f)))) : [];
    return [...new Set([...inline, ...paged])].filter((u) => ranges.some(([a, b]) => a <= u && u <= b)).sort((x, y) => x - y);
  }

  /** The header postings of a term: its own, or those of its completions for a prefix term. */
  private headerPostings(t: QueryTerm): Array<ReturnType<Postings['get']>> {
    return t.prefix ? this.postings.completions(t.term, HEAD, this.files.chunksOf(t)).map((c) => this.postings.get(c.term, HEAD)!) : [this.postings.get(t.term, HEAD)];
  }

  /** Headers holding any of the terms, as [header, last unit], those holding the most first, then the newest (a prefix term: any of its completions). */
  private headersHoldingMost(terms: QueryTerm[]): Array<[number, number]> {
    const held = new Map<number, { n: number; end: number }>();
    for (const t of terms) {
      const lists = this.headerPostings(t);
      const found = new Map<number, number>();
      for (const p of lists) {
        if (!p) continue;
        for (let i = 0; i < p.units.length; i++) found.set(p.units[i]!, p.ends ? p.ends[i]! : p.units[i]!);
      }
      for (const [h, end] of found) {
        const e = held.get(h);
        if (e) e.n++;
        else held.set(h, { n: 1, end });
      }
    }
    return [...held].sort((a, b) => b[1].n - a[1].n || a[0] - b[0]).map(([h, { end }]) => [h, end]);
  }


  /** The text around the needles, cut from the reading that holds them: the printed text, or else another rendition's. */
  private snippetOf(t: LoadedText, needles: string[], length?: number): SnippetSegment[] {
    const has = (reading: string) => needles.some((n) => n && reading.includes(n));
    const i = Math.max(0, t.readings.findIndex(has));
    const shown = i === 0 ? t.text : t.variants[i - 1]!;
    const reading = t.readings[i]!;
    const offsets = needles.map((n) => (n ? reading.indexOf(n) : -1)).filter((o) => o >= 0);
    const hint = offsets.length ? Math.min(...offsets) : undefined;
    // Word boundaries are known for the printed text only.
    return i === 0 ? snippet(shown, needles, hint, length, t.words, t.printedMap) : snippet(shown, needles, hint, length);
  }

  /**
   * The parts of a unit, within its fragment, that print needles its own text lacks: the part
   * printing the most of them (the longest needles first), then the part printing the most of the
   * rest, up to MAX_MATCHED_PARTS, shown in printed order.
   */
  private matchedParts(u: number, needles: string[]): NonNullable<SearchResult['matchedParts']> {
    const t = this.texts.get(u)!;
    const holds = (c: LoadedText, n: string) => c.readings.some((r) => r.includes(n));
    let lacking = needles.filter((n) => n && !holds(t, n));
    if (!lacking.length) return [];
    const parts = (this.partsOf(u, FRAGMENT_UNITS) ?? []).map((k): [number, LoadedText] => [k, this.texts.get(k)!]);
    const picked: Array<[unit: number, text: LoadedText]> = [];
    while (picked.length < MAX_MATCHED_PARTS && lacking.length) {
      let best: [number, LoadedText] | undefined;
      let most = 0;
      for (const p of parts) {
        const held = lacking.reduce((s, n) => s + (holds(p[1], n) ? n.length : 0), 0);
        if (held > most) [best, most] = [p, held];
      }
      if (!best) break;
      picked.push(best);
      lacking = lacking.filter((n) => !holds(best[1], n));
    }
    return picked
      .sort((a, b) => a[0] - b[0])
      .map(([, c]) => ({ id: c.id, citation: c.citation, snippet: this.snippetOf(c, needles, PART_SNIPPET) }));
  }

  private result(unit: number, score: number, needles: string[]): SearchResult {
    const t = this.texts.get(unit)!;
    const { id, type, kind, doc } = t;
    const period = doc.periods.find(([prefix]) => id === prefix || id.startsWith(`${prefix}/`));
    // One shape for every result (a spread first made each a slow dictionary object): period is set last.
    const result: SearchResult = {
      id,
      docId: doc.id,
      docNumber: doc.docNumber,
      bulletinId: doc.bulletinId,
      citation: t.citation,
      title: doc.title,
      type,
      kind,
      date: doc.date,
      text: t.text,
      snippet: this.snippetOf(t, needles),
      score: Math.round(score * 1000) / 1000,
    };
    if (period) result.period = { ...(period[1] ? { effectiveFrom: period[1] } : {}), ...(period[2] ? { effectiveUntil: period[2] } : {}) };
    return result;
  }

}

/** Second-level headings a part is looked through for a point numbered through it (二、第九项). */
const MAX_SECOND_LEVEL = 10;

/**
 * A citation path, then the shorter paths it may stand for when the text does not hold it: without a
 * 第一款 (an article of one 款 is cited without it), a paragraph counted one further (第2段 for 第1段,
 * the heading's own line counted first), then with its last part dropped, one at a time
 * (第十四条第一款第三项 → 第十四条第三项 → 第十四条第一款 → 第十四条).
 */
export function shorterPaths(path: string): string[] {
  const parts = path.split(/(?=第)/).filter(Boolean);
  const out = [path];
  // A part's Nth item (二、第九项) where the part has no Nth second-level heading: its point numbered 9,
  // numbered through the part under whichever second level (二、(四)9.).
  const point = /^([一二三四五六七八九十]{1,3}、)第([一二三四五六七八九十百]+)项$/u.exec(path);
  const n = point ? parseNumeral(point[2]!) : undefined;
  if (point && n) for (let k = 1; k <= MAX_SECOND_LEVEL; k++) out.push(`${point[1]}(${toNumeral(k)})${n}.`);
  // An article's item (第四条第二项, typed 4.2) in a text of parts: its part's second level (四、(二)).
  const outline = /^第([一二三四五六七八九十]{1,3})条第([一二三四五六七八九十]{1,3})项$/u.exec(path);
  if (outline) out.push(`${outline[1]}、(${outline[2]})`);
  // ... and the other way: a part and its point typed as an outline's (攸惠贷办法 七（三）) in a text of
  // articles, its article's item (第七条第三项).
  const asArticle = /^([一二三四五六七八九十]{1,3})、\(([一二三四五六七八九十]{1,2})\)$/u.exec(path);
  if (asArticle) out.push(`第${asArticle[1]}条第${asArticle[2]}项`);
  // ... and its 目 (第二条第一项第四目, typed 2.1.4): the point printed with that number under it (二、(一)4.).
  const point3 = /^第([一二三四五六七八九十]{1,3})条第([一二三四五六七八九十]{1,3})项第([一二三四五六七八九十百]+)目$/u.exec(path);
  const pointNumber = point3 ? parseNumeral(point3[3]!) : undefined;
  if (point3 && pointNumber) out.push(`${point3[1]}、(${point3[2]})${pointNumber}.`);
  // ... or, in a text whose articles hold 款, the article's 款 and its item (违法建设细则3.1.4: 第三条第一款第四项).
  if (point3 && pointNumber) out.push(`第${point3[1]}条第${point3[2]}款第${toNumeral(pointNumber)}项`);
  // A point under a part's second level (三、(五)4., typed 第4点 or 第4项) where the part prints paragraphs, not
  // numbered points: its Nth paragraph (三、(五)第4段).
  const pointUnder = /^([一二三四五六七八九十]{1,3}、\([一二三四五六七八九十]{1,3}\))([0-9]{1,3})\.$/u.exec(path);
  if (pointUnder) out.push(`${pointUnder[1]}第${pointUnder[2]}段`);
  const withoutFirst = parts.filter((p, i) => i === 0 || p !== '第一款');
  if (withoutFirst.length < parts.length) out.push(withoutFirst.join(''));
  // A paragraph counted from the heading's own line (三、（一）第2段 for the one paragraph under （一）): the one before.
  const paragraph = /^第(\d+)段$/u.exec(parts.at(-1) ?? '');
  if (paragraph && Number(paragraph[1]) >= 2) out.push(`${parts.slice(0, -1).join('')}第${Number(paragraph[1]) - 1}段`);
  for (let n = parts.length - 1; n >= 1; n--) out.push(parts.slice(0, n).join(''));
  return [...new Set(out)];
}

/**
 * Puts the `k` first of `items` by `before` at its start, in that order, the others after them in no
 * particular order: a full sort of a pool of thousands costs more than the twenty it is read for.
 */
export function bestFirst<T>(items: T[], k: number, before: (a: T, b: T) => number): void {
  if (items.length <= k) {
    items.sort(before);
    return;
  }
  const best: T[] = [];
  const rest: T[] = [];
  for (const x of items) {
    if (best.length === k && before(x, best[k - 1]!) >= 0) {
      rest.push(x);
      continue;
    }
    let at = best.length;
    while (at > 0 && before(x, best[at - 1]!) < 0) at--;
    best.splice(at, 0, x);
    if (best.length > k) rest.push(best.pop()!);
  }
  items.length = 0;
  for (const x of best) items.push(x);
  for (const x of rest) items.push(x);
}

/**
 * The share of the shortest stretch holding one place of each of `concepts` concepts that their words
 * fill (1 when they stand side by side): places in any order, `lengths` per concept.
 */
export function shortestStretch(places: Array<{ concept: number; at: number }>, concepts: number, lengths: number[]): number {
  places.sort((a, b) => a.at - b.at);
  const inside = new Map<number, number>();
  let best = Infinity;
  for (let from = 0, to = 0; to < places.length; to++) {
    const p = places[to]!;
    inside.set(p.concept, (inside.get(p.concept) ?? 0) + 1);
    while (inside.size === concepts) {
      const q = places[from]!;
      let end = 0;
      for (let k = from; k <= to; k++) end = Math.max(end, places[k]!.at + lengths[places[k]!.concept]!);
      best = Math.min(best, end - q.at);
      const left = inside.get(q.concept)! - 1;
      if (left) inside.set(q.concept, left);
      else inside.delete(q.concept);
      from++;
    }
  }
  let filled = 0;
  for (const c of new Set(places.map((p) => p.concept))) filled += lengths[c]!;
  return Math.min(1, filled / Math.max(1, best));
}

/** A citation path naming an attachment itself (附件1). */
const ATTACHMENT_PATH = /^附件\d+$/u;

/**
 * Whether a unit (by id) lies in a text the words beside a path name: under its prefix, and for a
 * notice's sole instrument not in the notice's own text or an attachment, unless an attachment is cited.
 */
function inNamedScope(s: NamedScope, id: string, attachmentCited: boolean): boolean {
  if (id === s.prefix) return true;
  if (!id.startsWith(`${s.prefix}/`)) return false;
  return !s.body || attachmentCited || !(id.startsWith(`${s.prefix}/att_`) || id.startsWith(`${s.prefix}/notice/`));
}

/** Whether a word is printed as the subject of a clause saying what it does or must do (监理公司负责…, 由县城管局负责…), at one of its first places. */
function actsIn(word: string, text: string): boolean {
  if (!word) return false;
  for (let i = text.indexOf(word), n = 0; i >= 0 && n < MAX_PLACES; i = text.indexOf(word, i + 1), n++) {
    if (!CLAUSE_START.test(text.slice(Math.max(0, i - 8), i))) continue;
    // Past a note in brackets after the subject (村民委员会（社区居委会）负责…, 乡镇人民政府（街道办事处）应当…).
    // And past when it does it (合作银行在申请代偿及获得代偿资金后应…).
    const after = text.slice(i + word.length, i + word.length + 30).replace(SUBJECT_NOTE, '').replace(WHEN_CLAUSE, '');
    if (DUTY.test(after.slice(0, 10))) return true;
  }
  return false;
}

/** Whether a unit lies in one of the [header, last unit] ranges (ascending by header). */
function covers(ranges: Array<[number, number]>, u: number): boolean {
  for (const [a, b] of ranges) {
    if (a > u) return false;
    if (u <= b) return true;
  }
  return false;
}

/**
 * Whether a text amends the article or part at `path` (将第八条第二款修改为, 删去第五条, 在第三条后增加): a 决定 changing
 * another text prints the path it changes, not an article of its own; a path cited from a law (《消防法》第三十二条) is not that.
 */
function amends(text: string, path: string): boolean {
  for (let at = text.indexOf(path); at >= 0; at = text.indexOf(path, at + 1)) {
    if (/(?:将|把|删去|删除|在)$/u.test(text.slice(Math.max(0, at - 2), at)) || /^(?:修改为|改为|后增加|中的|增加)/u.test(text.slice(at + path.length))) return true;
  }
  return false;
}

/** A name without the marks printed around a title or a name inside it (《》, 〈〉, quotes). */
function withoutTitleMarks(name: string): string {
  return name.replace(TITLE_MARKS, '');
}

/**
 * The titles quoted `depth` marks deep in a normalised title, without marks: at depth 1 in a text's
 * own title (攸县实施《株洲市管控和查处违法建设办法》细则), at depth 2 in a notice's, which quotes the
 * texts it issues at depth 1 (关于印发《攸县实施〈株洲市…办法〉细则》的通知).
 */
function quotedTitles(title: string, depth: number): string[] {
  const out: string[] = [];
  let level = 0;
  let start = -1;
  for (let i = 0; i < title.length; i++) {
    const ch = title[i]!;
    if (ch === '《' || ch === '〈') {
      level++;
      if (level === depth) start = i + 1;
    } else if (ch === '》' || ch === '〉') {
      if (level === depth && start >= 0) out.push(withoutTitleMarks(title.slice(start, i)));
      level = Math.max(0, level - 1);
    }
  }
  return out;
}

/** Where a part stands in its unit, as its citation goes on from the unit's (第（三）项, 第二款, （四）). */
export function partPlace(unitCitation: string, partCitation: string): string {
  return partCitation.startsWith(unitCitation) ? partCitation.slice(unitCitation.length) : partCitation;
}

/** Every character of `short` in `long`, in any order, each used once, but for at most `misses` of them. */
function inAnyOrder(short: string, long: string, misses = 0): boolean {
  const left = [...long];
  for (const ch of short) {
    const at = left.indexOf(ch);
    if (at >= 0) left.splice(at, 1);
    else if (--misses < 0) return false;
  }
  return true;
}

/**
 * How well the words left of an article query name a text: 3 a short name or the title itself, 2 a
 * title or short name holding them, 1 their characters in the title in order, 0.5 the same but for
 * one of five or more (阻击战任务清单 for the 阻击仗…任务清单 a table's title prints); 0 not at all.
 */
function nameScore(words: string, title: string, aliases: string[]): number {
  if (words === title || aliases.includes(words)) return 3;
  if (title.includes(words) || aliases.some((a) => a.includes(words))) return 2;
  if (words.length >= 2 && inOrder(words, title)) return 1;
  if (words.length >= 5 && inOrder(words, title, 1)) return 0.5;
  // A long title's words typed in another order (管控查处违法用地实施细则 for 攸县实施《株洲市管控和查处违法用地办法》细则),
  // ending in the kind it ends in: not the title it quotes (《株洲市管控和查处违法建设办法》, another text).
  return words.length >= REORDERED_MIN && [title, ...aliases].some((n) => n.endsWith(words.slice(-2)) && bigramShare(words, n) >= REORDERED_SHARE) ? 0.25 : 0;
}

/**
 * A name typed in another order than its title's: at least this many characters, this share of its bigrams in the
 * title (管控查处违法用地实施细则: 73% of its bigrams in its 细则's title, 55% in the other 细则's).
 */
const REORDERED_MIN = 6;
const REORDERED_SHARE = 0.7;

/** The share of a text's bigrams another holds. */
function bigramShare(text: string, other: string): number {
  const chars = [...text];
  if (chars.length < 2) return 0;
  let held = 0;
  for (let i = 0; i + 1 < chars.length; i++) if (other.includes(chars[i]! + chars[i + 1]!)) held++;
  return held / (chars.length - 1);
}

/**
 * Terms that find candidates for one normalised text: its bigrams, or its single characters by
 * prefix. Any subset of a word's bigrams finds every unit containing the word (the exact check then
 * drops the others), so a long word uses a few spread over its length: fewer chunks to fetch.
 */
function candidateTerms(word: string, max: number): QueryTerm[] {
  const terms = queryTerms(word);
  const bigrams = terms.filter((t) => !t.prefix);
  // Lone characters only narrow what the bigrams already found; the exact check does the rest.
  if (!bigrams.length) return terms;
  if (bigrams.length <= max) return bigrams;
  if (max <= 1) return [bigrams[bigrams.length >> 1]!];
  const step = (bigrams.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => bigrams[Math.round(i * step)]!);
}

export { normalizeSearchText, readConcepts };

