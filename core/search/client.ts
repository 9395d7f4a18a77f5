/**
 * The search client shared by the page and the CLI (browser-safe: no Node imports). It reads the
 * static files written by write.ts through a `fetchJson` the caller supplies (fetch() on the page,
 * readFile in Node), loading only the term chunks and document texts a query needs.
 *
 * Ranking, best first:
 *  3. structure: the article path (攸惠贷 第十四条, 第14条) or the 文号 (攸政办发[2023]6号) the query names;
 *  2. the whole query as an exact phrase of the unit's text or another reading of it;
 *  1. every word the user separated with spaces in the text or the citation, scattered.
 * Within a tier, a query equal to one of the unit's names (label, heading or attachment title,
 * table cell) comes first, then BM25 on character bigrams plus a jieba word-field boost.
 * Every result is checked against the normalised text: bigrams alone can match scattered.
 */
import type { InstrumentKind } from '../../schema/tree.ts';
import { SEARCH_FORMAT, type DocTexts, type Manifest, type NameList, type TermChunk, type UnitType } from './format.ts';
import { Postings } from './postings.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { snippet, type SnippetSegment } from './snippet.ts';
import { normalizeSearchText, normalizeWithMap, queryTerms, wordRuns, type QueryTerm } from './tokenize.ts';

import { decodeSpans, type Span } from './word-spans.ts';
import type { Period } from '../validity.ts';

export type { SnippetSegment } from './snippet.ts';

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
}

export interface SearchOptions {
  /** Most results returned (default 20; Infinity for all). */
  limit?: number;
  filter?: { docId?: string; kind?: string; year?: number };
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

/** Fetches a file of the index by its path relative to the search/ folder, parsed as JSON. */
export type FetchJson = (path: string) => Promise<unknown>;

/** A unit's texts as fetched; the normalised forms are computed when a query first needs them. */
class LoadedText {
  private cache?: { readings: string[]; searchable: string; context: string; normalizedNames: string[] };
  private spans?: Span[];

  constructor(
    readonly citation: string,
    readonly text: string,
    readonly variants: string[],
    /** Label, titles, cells: a query equal to one is a direct hit. */
    readonly names: string[],
    private readonly docTitle: string,
    private readonly wordCode: string,
  ) {}

  /** Where jieba's words lie in the printed text. */
  get words(): Span[] {
    this.spans ??= decodeSpans(this.wordCode);
    return this.spans;
  }

  private get normalized() {
    if (!this.cache) {
      const readings = [this.text, ...this.variants].map(normalizeSearchText);
      this.cache = {
        readings,
        searchable: readings.join('\t'),
        context: `${normalizeSearchText(this.citation)}\t${normalizeSearchText(this.docTitle)}`,
        normalizedNames: this.names.map(normalizeSearchText).filter((n) => n.length > 0),
      };
    }
    return this.cache;
  }

  /** Normalised text, then each normalised reading. */
  get readings(): string[] {
    return this.normalized.readings;
  }
  /** The readings tab-joined: what a query must be found in. */
  get searchable(): string {
    return this.normalized.searchable;
  }
  /** Normalised citation and document title: where words that name the document may be found. */
  get context(): string {
    return this.normalized.context;
  }
  get normalizedNames(): string[] {
    return this.normalized.normalizedNames;
  }
}

const TYPE_ORDER: Record<UnitType, number> = {
  document: 0,
  article: 1,
  attachment: 2,
  heading: 3,
  paragraph: 4,
  item: 5,
  subitem: 6,
  row: 7,
};

/** Longest run looked up in the word field, and most runs looked up. */
const MAX_WORD = 6;
const MAX_BOOST_TERMS = 4;

/** Weight of the jieba word field next to the bigram field. */
const WORD_BOOST = 0.5;

export class SearchClient {
  private readonly postings: Postings;
  private readonly pendingChunks = new Map<number, Promise<void>>();
  private readonly texts = new Map<number, LoadedText>();
  private readonly pendingDocs = new Map<number, Promise<void>>();
  /** Per document index: its periods of validity, longest prefix first. */
  private readonly periods = new Map<number, NonNullable<DocTexts['periods']>>();
  private names?: Promise<Array<{ name: string; key: string; units: number }>>;

  private constructor(
    private readonly fetchJson: FetchJson,
    private readonly manifest: Manifest,
  ) {
    const m = manifest.minisearch;
    this.postings = new Postings(m.documentCount, m.fieldLength, m.averageFieldLength);
  }

  /** Opens the index: fetches only the manifest (a few KB); chunks and texts come with queries. */
  static async open(fetchJson: FetchJson): Promise<SearchClient> {
    const manifest = (await fetchJson('manifest.json')) as Manifest;
    if (manifest.format !== SEARCH_FORMAT) throw new Error(`search index format ${manifest.format}, expected ${SEARCH_FORMAT}`);
    return new SearchClient(fetchJson, manifest);
  }

  /** Number of units in the index. */
  get size(): number {
    return this.manifest.units.length;
  }

  /** Loads every chunk and text, e.g. before timing queries or going offline. */
  async loadAll(): Promise<void> {
    await Promise.all([
      ...this.manifest.chunks.map((_, i) => this.chunk(i)),
      ...this.manifest.docs.map((_, d) => this.docTexts(d)),
      this.loadNames(),
    ]);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
    const q = parseQuery(query);
    if (!q.phrase) return [];
    const limit = options.limit ?? 20;
    // A budget of bigrams shared by the words and the phrase keeps a long query's fetches few.
    const budget = q.words.length === 1 ? MAX_CANDIDATE_TERMS : Math.max(2, Math.floor(12 / (q.words.length + 1)));
    const wordTerms = q.words.map((w) => candidateTerms(w, budget));
    const phraseTerms = q.words.length > 1 ? candidateTerms(q.phrase, budget) : [];
    // The word field boosts units where a typed run is a whole jieba word (教育, not 教育局); a run
    // longer than a word (a pasted sentence) cannot be one and would only cost chunk fetches.
    const boostTerms = [
      ...new Set(q.words.flatMap((w) => wordRuns(w).filter((r) => r.length >= 2 && r.length <= MAX_WORD).map((r) => r.join('')))),
    ].slice(0, MAX_BOOST_TERMS);
    await this.loadChunksFor([...wordTerms.flat(), ...phraseTerms, ...boostTerms.map((term) => ({ term, prefix: false }))]);

    // Candidates: units with every bigram of a word (or of the whole phrase); structure matches.
    const bm25 = new Map<number, number>();
    const add = (scores: Map<number, number>) => {
      for (const [u, s] of scores) bm25.set(u, (bm25.get(u) ?? 0) + s);
    };
    const text = this.field('text');
    for (const terms of wordTerms) add(this.all(terms, text));
    if (phraseTerms.length) add(this.all(phraseTerms, text));
    const structural = this.structural(q);
    const candidates = new Set<number>([...bm25.keys(), ...structural]);
    const allowed = [...candidates].filter((u) => this.passes(u, options.filter));
    await this.loadTextsFor(allowed);

    const words = boostTerms.length ? this.any(boostTerms, this.field('words')) : new Map<number, number>();
    const ranked: Array<{ unit: number; tier: number; cited: number; named: number; score: number }> = [];
    for (const u of allowed) {
      const t = this.texts.get(u)!;
      let tier = 0;
      if (structural.has(u) && q.rest.every((w) => t.context.includes(w) || t.searchable.includes(w))) tier = 3;
      else if (t.searchable.includes(q.phrase)) tier = 2;
      else if (
        q.words.length > 1 &&
        q.words.some((w) => t.searchable.includes(w)) &&
        q.words.every((w) => t.searchable.includes(w) || t.context.includes(w))
      ) {
        tier = 1;
      }
      if (!tier) continue;
      const named = this.named(u, t, q);
      const score = (bm25.get(u) ?? 0) + WORD_BOOST * (words.get(u) ?? 0);
      // Words that name the document are better found in the unit's own citation (its instrument's
      // title) than only in the document's title, which names every instrument it issues.
      const cited = tier === 3 && q.rest.every((w) => t.context.slice(0, t.context.indexOf('\t')).includes(w)) ? 1 : 0;
      ranked.push({ unit: u, tier, cited, named, score });
    }
    ranked.sort(
      (a, b) =>
        b.tier - a.tier ||
        b.cited - a.cited ||
        b.named - a.named ||
        // Among structure matches and title hits, the document before its attachments and headings.
        (a.tier === 3 || a.named > 0 ? this.typeOrder(a.unit) - this.typeOrder(b.unit) : 0) ||
        b.score - a.score ||
        a.unit - b.unit,
    );
    return ranked.slice(0, limit).map((r) => {
      // Highlight the phrase where it occurs as a whole; the separate words where it does not.
      const needles = r.tier === 2 ? [q.phrase] : [...q.words, ...q.rest];
      return this.result(r.unit, r.tier * 1000 + r.named * 100 + r.score, needles);
    });
  }

  /**
   * Completions of the last word of `input` (the run of letters, digits or Han characters it ends
   * with) from the corpus's jieba words, most units first. They come from the term chunks a search
   * for the same input fetches anyway (words and bigrams share one sorted term space), so
   * suggestions cost at most a neighbouring chunk.
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
    await this.loadChunksFor([term]);
    const names = await this.loadNames();
    const head = input.slice(0, wordStart + map.from[run.index]!);
    const whole = normalizeSearchText(raw);
    // Words and names that start with what was typed, most units first; then names containing it.
    const starting = [
      ...this.postings
        .completions(prefix, this.field('words'), this.chunksOf(term))
        .map((c) => ({ key: c.term, text: head + c.term, word: c.term, units: c.units })),
      ...names
        .filter((n) => n.key.startsWith(whole))
        .map((n) => ({ key: n.key, text: input.slice(0, wordStart) + n.name, word: n.name, units: n.units })),
    ].sort((a, b) => b.units - a.units || a.key.length - b.key.length || (a.key < b.key ? -1 : 1));
    const containing = names
      .filter((n) => !n.key.startsWith(whole) && n.key.includes(whole))
      .map((n) => ({ key: n.key, text: input.slice(0, wordStart) + n.name, word: n.name, units: n.units }));
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

  /** The names list (names.json), fetched once, with each name's normalised form. */
  private loadNames(): Promise<Array<{ name: string; key: string; units: number }>> {
    this.names ??= this.fetchJson(this.manifest.names).then((data) =>
      (data as NameList).names.map(([name, units]) => ({ name, key: normalizeSearchText(name), units })),
    );
    return this.names;
  }

  /**
   * 2: the query is one of the unit's names (a cell, a label, a title); 1: the title of a document,
   * attachment or heading contains the query (or all its words).
   */
  private named(unit: number, t: LoadedText, q: ParsedQuery): number {
    if (t.normalizedNames.includes(q.phrase)) return 2;
    const type = this.manifest.units[unit]![2];
    if (type !== 'document' && type !== 'attachment' && type !== 'heading') return 0;
    const words = q.words.length > 1 ? q.words : [q.phrase];
    return t.normalizedNames.some((n) => words.every((w) => n.includes(w))) ? 1 : 0;
  }

  private typeOrder(unit: number): number {
    return TYPE_ORDER[this.manifest.units[unit]![2]];
  }

  private passes(unit: number, filter: SearchOptions['filter']): boolean {
    if (!filter) return true;
    const [, d, , kind] = this.manifest.units[unit]!;
    const doc = this.manifest.docs[d]!;
    if (filter.docId && doc.id !== filter.docId) return false;
    if (filter.kind && kind !== filter.kind) return false;
    if (filter.year && Number(doc.date.slice(0, 4)) !== filter.year) return false;
    return true;
  }

  /** Units whose article path or 文号 is the one the query names. */
  private structural(q: ParsedQuery): Set<number> {
    const found = new Set<number>();
    if (!q.ref && !q.docNumber) return found;
    for (const [i, [, d, type, , ref]] of this.manifest.units.entries()) {
      const doc = this.manifest.docs[d]!;
      if (q.ref) {
        if (ref === q.ref && (!q.docNumber || normalizeSearchText(doc.docNumber) === q.docNumber)) found.add(i);
      } else if (type === 'document' && ref === q.docNumber) {
        found.add(i);
      }
    }
    return found;
  }

  private result(unit: number, score: number, needles: string[]): SearchResult {
    const [id, d, type, kind] = this.manifest.units[unit]!;
    const doc = this.manifest.docs[d]!;
    const t = this.texts.get(unit)!;
    // Cut the snippet from the reading that matched: the printed text, or else another rendition's.
    const has = (reading: string) => needles.some((n) => n && reading.includes(n));
    const i = Math.max(0, t.readings.findIndex(has));
    const shown = i === 0 ? t.text : t.variants[i - 1]!;
    const reading = t.readings[i]!;
    const offsets = needles.map((n) => (n ? reading.indexOf(n) : -1)).filter((o) => o >= 0);
    const hint = offsets.length ? Math.min(...offsets) : undefined;
    const period = this.periods.get(d)?.find(([prefix]) => id === prefix || id.startsWith(`${prefix}/`));
    return {
      ...(period ? { period: { ...(period[1] ? { effectiveFrom: period[1] } : {}), ...(period[2] ? { effectiveUntil: period[2] } : {}) } } : {}),
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
      // Word boundaries are known for the printed text only.
      snippet: snippet(shown, needles, hint, undefined, i === 0 ? t.words : []),
      score: Math.round(score * 1000) / 1000,
    };
  }

  /** Units having every term (AND), with summed BM25 scores. */
  private all(terms: QueryTerm[], field: number): Map<number, number> {
    let acc: Map<number, number> | undefined;
    for (const t of terms) {
      const scores = this.lookup(t, field);
      if (!acc) acc = scores;
      else {
        const next = new Map<number, number>();
        for (const [u, s] of scores) {
          const prev = acc.get(u);
          if (prev !== undefined) next.set(u, prev + s);
        }
        acc = next;
      }
      if (acc.size === 0) break;
    }
    return acc ?? new Map();
  }

  /** Units having any of the terms (OR), with summed scores. */
  private any(terms: string[], field: number): Map<number, number> {
    const acc = new Map<number, number>();
    for (const term of terms) this.postings.scores(term, field, false, [], acc);
    return acc;
  }

  private lookup(t: QueryTerm, field: number): Map<number, number> {
    return this.postings.scores(t.term, field, t.prefix, t.prefix ? this.chunksOf(t) : []);
  }

  private field(name: string): number {
    return this.manifest.minisearch.fieldIds[name]!;
  }

  /** Chunks that may hold the term (all chunks of the prefix's range for a prefix term). */
  private chunksOf(t: QueryTerm): number[] {
    const first = this.chunkOf(t.term);
    if (!t.prefix) return [first];
    const last = this.chunkOf(t.term + '\uffff');
    const out: number[] = [];
    for (let c = first; c <= last; c++) out.push(c);
    return out;
  }

  private chunkOf(term: string): number {
    const chunks = this.manifest.chunks;
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid]!.first <= term) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private async loadChunksFor(terms: QueryTerm[]): Promise<void> {
    const needed = new Set(terms.flatMap((t) => this.chunksOf(t)));
    await Promise.all([...needed].map((c) => this.chunk(c)));
  }

  private chunk(c: number): Promise<void> {
    let pending = this.pendingChunks.get(c);
    if (!pending) {
      // BM25 needs corpus-wide counts and lengths (the manifest) and each term's full postings (its chunk).
      pending = this.fetchJson(this.manifest.chunks[c]!.file).then((data) => this.postings.add(c, data as TermChunk));
      this.pendingChunks.set(c, pending);
    }
    return pending;
  }

  private async loadTextsFor(units: number[]): Promise<void> {
    const docs = new Set(units.filter((u) => !this.texts.has(u)).map((u) => this.manifest.units[u]![1]));
    await Promise.all([...docs].map((d) => this.docTexts(d)));
  }

  private docTexts(d: number): Promise<void> {
    let pending = this.pendingDocs.get(d);
    if (!pending) {
      const doc = this.manifest.docs[d]!;
      pending = this.fetchJson(doc.file).then((data) => {
        const texts = data as DocTexts;
        this.periods.set(d, [...(texts.periods ?? [])].sort((a, b) => b[0].length - a[0].length));
        for (const [unit, citation, text, variants, names, words] of texts.units) {
          // Row cells are the row's names (not stored twice).
          const allNames = this.manifest.units[unit]![2] === 'row' ? text.split('\t') : names;
          this.texts.set(unit, new LoadedText(citation, text, variants, allNames, doc.title, words));
        }
      });
      this.pendingDocs.set(d, pending);
    }
    return pending;
  }
}

/** Most bigrams of one word used to find candidates (a pasted sentence has dozens). */
const MAX_CANDIDATE_TERMS = 8;

/**
 * Terms that find candidates for one normalised word: its bigrams, or its single characters by
 * prefix. Any subset of a word's bigrams finds every unit containing the word (the exact check then
 * drops the others), so a long word uses a few spread over its length: fewer chunks to fetch.
 */
function candidateTerms(word: string, max: number): QueryTerm[] {
  const terms = queryTerms(word);
  const bigrams = terms.filter((t) => !t.prefix);
  // Lone characters only narrow what the bigrams already found; the exact check does the rest.
  if (!bigrams.length) return terms;
  if (bigrams.length <= max) return bigrams;
  const step = (bigrams.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => bigrams[Math.round(i * step)]!);
}

export { normalizeSearchText };
