/**
 * Term lookup over loaded chunks (browser-safe). Scores are MiniSearch's BM25 with its default
 * parameters, computed from what a chunk line carries (the term's document frequency, each posting's
 * field length) and the manifest's unit count and average lengths: no table of units anywhere.
 * The lookup reads postings directly: MiniSearch.search allocates match objects for every posting and
 * expands a one-character prefix through its radix tree, which cost 30–50 ms for 县 here, against a
 * budget of 5 ms for the whole query.
 *
 * A frequent term's line holds the postings it weighs most in (format.ts, POSTINGS_INLINE); its pages
 * of all postings are loaded when a query asks for everything (`complete`) or for a range of units.
 */
import { FRAGMENT_UNITS, type FieldPostings, type NameEntry, type PostingsPage, type TermChunk } from './format.ts';

/** MiniSearch's BM25+ defaults. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** Weight of a longer term found through a one-character prefix (MiniSearch's prefixWeight). */
const PREFIX_WEIGHT = 0.375;

/** One tier's postings of a term in one field. */
interface Part {
  n: number;
  units: Uint32Array;
  freqs?: Uint16Array;
  lengths?: Uint32Array;
  ends?: Uint32Array;
  /** Pages of all its postings, when the line holds only some. */
  pages?: FieldPostings['p'];
  complete: boolean;
}

/** A term's postings in one field over every tier loaded, unpacked once for fast scoring. */
export interface Unpacked extends Part {
  idf: number;
  /** The tiers' parts, in ascending units (the tiers' unit ranges are disjoint). */
  parts: Part[];
  /**
   * Each posting's BM25 score, computed when the term is first scored: it depends on the posting and
   * the index alone, so a term read by many queries (or by several forms of one) is scored once.
   */
  bm25?: Float64Array;
  /** The units of the postings it weighs most in (`strongest`), computed when first asked. */
  strongest?: Uint32Array;
}

/**
 * A query's whole postings of some terms (their pages fetched), read in place of their lines by that
 * query alone: what another query fetched never changes what this one finds. Keyed by `viewKey`.
 */
export type WholeViews = ReadonlyMap<string, Unpacked>;

/** The key of a term's whole postings in a field among a query's `WholeViews`. */
export function viewKey(term: string, field: number): string {
  return `${field} ${term}`;
}

export const NO_VIEWS: WholeViews = new Map();

interface Entry {
  fields: Array<Unpacked | undefined>;
  names?: NameEntry[];
}

/** Unpacks written postings (a line or a page). */
function unpack(p: PostingsPage, n: number, pages?: FieldPostings['p']): Part {
  const count = p.u.length;
  const units = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) units[i] = at += p.u[i]!;
  const out: Part = { n, units, complete: !pages };
  if (p.l) out.lengths = Uint32Array.from(p.l);
  if (p.l) out.freqs = p.t ? Uint16Array.from(p.t, (t) => t + 1) : new Uint16Array(count).fill(1);
  if (p.e) out.ends = Uint32Array.from(p.e, (e, i) => units[i]! + e);
  if (pages) out.pages = pages;
  return out;
}

/** Parts joined in unit order: one part of a few, as typed arrays. */
function join(parts: Part[]): Part {
  if (parts.length === 1) return parts[0]!;
  const total = parts.reduce((s, p) => s + p.units.length, 0);
  const concat = <T extends Uint32Array | Uint16Array>(key: 'units' | 'freqs' | 'lengths' | 'ends', make: (n: number) => T): T | undefined => {
    if (!parts.every((p) => p[key])) return undefined;
    const out = make(total);
    let at = 0;
    for (const p of parts) {
      out.set(p[key]!, at);
      at += p.units.length;
    }
    return out;
  };
  const out: Part = { n: parts.reduce((s, p) => s + p.n, 0), units: concat('units', (n) => new Uint32Array(n))!, complete: parts.every((p) => p.complete) };
  const freqs = concat('freqs', (n) => new Uint16Array(n));
  const lengths = concat('lengths', (n) => new Uint32Array(n));
  const ends = concat('ends', (n) => new Uint32Array(n));
  if (freqs) out.freqs = freqs;
  if (lengths) out.lengths = lengths;
  if (ends) out.ends = ends;
  const pages = parts.flatMap((p) => p.pages ?? []);
  if (pages.length) out.pages = pages;
  return out;
}

export class Postings {
  /** Per loaded chunk file: its terms (sorted, as written). */
  private readonly chunks = new Map<string, string[]>();
  private readonly byTerm = new Map<string, Entry>();
  /** Whole postings made for queries (`whole`), by `viewKey`. */
  private readonly wholes = new Map<string, Unpacked>();

  /** Unit ranges [from, to) of deleted bulletins (Manifest.deleted), ascending. */
  private readonly deleted: Array<[number, number]>;

  constructor(
    private readonly documentCount: number,
    private readonly averageFieldLength: number[],
    deleted: Array<[firstFragment: number, fragments: number]> = [],
  ) {
    this.deleted = deleted.map(([first, n]): [number, number] => [first * FRAGMENT_UNITS, (first + n) * FRAGMENT_UNITS]);
  }

  /** A part without the units of deleted bulletins. */
  private live(part: Part): Part {
    if (!this.deleted.length) return part;
    const keep: number[] = [];
    for (let i = 0; i < part.units.length; i++) {
      const u = part.units[i]!;
      if (!this.deleted.some(([a, b]) => a <= u && u < b)) keep.push(i);
    }
    if (keep.length === part.units.length) return part;
    const pick = (a: Uint32Array | undefined) => a && Uint32Array.from(keep, (i) => a[i]!);
    const out: Part = { ...part, n: Math.max(0, part.n - (part.units.length - keep.length)), units: pick(part.units)! };
    const freqs = part.freqs && Uint16Array.from(keep, (i) => part.freqs![i]!);
    const lengths = pick(part.lengths);
    const ends = pick(part.ends);
    if (freqs) out.freqs = freqs;
    if (lengths) out.lengths = lengths;
    if (ends) out.ends = ends;
    return out;
  }

  has(chunk: string): boolean {
    return this.chunks.has(chunk);
  }

  /**
   * Adds a chunk (a tier's chunks cover disjoint term ranges, each sorted). A term another tier's
   * chunk brought already gets this tier's postings added: document frequencies add up.
   */
  add(file: string, chunk: TermChunk): void {
    const terms: string[] = [];
    for (const [term, written] of chunk.terms) {
      let entry = this.byTerm.get(term);
      if (!entry) this.byTerm.set(term, (entry = { fields: [] }));
      for (const [key, value] of Object.entries(written)) {
        if (key === 'n') entry.names = mergeNames(entry.names, value as NameEntry[]);
        else {
          const p = value as FieldPostings;
          const field = Number(key);
          entry.fields[field] = this.view([...(entry.fields[field]?.parts ?? []), this.live(unpack(p, p.n, p.p))]);
        }
      }
      terms.push(term);
    }
    this.chunks.set(file, terms);
  }

  /** The scoring view of a term's parts. */
  private view(parts: Part[]): Unpacked {
    const sorted = [...parts].sort((a, b) => (a.units[0] ?? 0) - (b.units[0] ?? 0));
    const joined = join(sorted);
    return { ...joined, idf: this.idfOf(joined.n), parts: sorted };
  }

  /** MiniSearch's idf for a document frequency. */
  private idfOf(n: number): number {
    return Math.log(1 + (this.documentCount - n + 0.5) / (n + 0.5));
  }

  /**
   * The term's postings in a field, as loaded (undefined when no unit holds it or its chunk is not here):
   * its line, or all of them when the query fetched them (`views`).
   */
  get(term: string, field: number, views: WholeViews = NO_VIEWS): Unpacked | undefined {
    return views.get(viewKey(term, field)) ?? this.byTerm.get(term)?.fields[field];
  }

  /**
   * The term's postings in a field with each one's BM25 score (`bm25`), for loops reading them
   * directly; undefined when no unit holds it or its chunk is not here.
   */
  scored(term: string, field: number, views: WholeViews = NO_VIEWS): (Unpacked & { bm25: Float64Array }) | undefined {
    const postings = this.get(term, field, views);
    if (!postings) return undefined;
    postings.bm25 ??= this.bm25(postings, field);
    return postings as Unpacked & { bm25: Float64Array };
  }

  /**
   * The units of the `count` postings of a term in a field with the highest BM25 (the newest on ties,
   * as the build keeps a line's), in ascending order; all of them when it has no more.
   */
  strongest(term: string, field: number, count: number, views: WholeViews = NO_VIEWS): Uint32Array {
    const postings = this.scored(term, field, views);
    if (!postings) return new Uint32Array(0);
    if (postings.units.length <= count) return postings.units;
    if (postings.strongest?.length === count) return postings.strongest;
    const { units, bm25 } = postings;
    const order = Array.from(units.keys()).sort((a, b) => bm25[b]! - bm25[a]! || units[a]! - units[b]!);
    postings.strongest = Uint32Array.from(order.slice(0, count), (i) => units[i]!).sort();
    return postings.strongest;
  }

  /** Page files of a term's field not loaded yet: all of them, or those meeting the unit ranges. */
  missingPages(term: string, field: number, ranges?: Array<[number, number]>): string[] {
    const p = this.get(term, field);
    if (!p || p.complete || !p.pages) return [];
    return p.pages.filter(([first, last]) => !ranges || ranges.some(([a, b]) => first <= b && a <= last)).map(([, , file]) => file);
  }

  /** The units of some fetched pages of a term (a partial read: those meeting some unit ranges), deleted bulletins left out. */
  pageUnits(pages: PostingsPage[]): number[] {
    return pages.flatMap((p) => Array.from(unpack(p, 0).units)).filter((u) => !this.deleted.some(([a, b]) => a <= u && u < b));
  }

  /**
   * All the postings of a term in a field, from its pages (`pages`: every page file of the term's
   * field, as fetched), for the query that fetched them (`WholeViews`); its line when it has no pages.
   * Made once per term and field.
   */
  whole(term: string, field: number, pages: Map<string, PostingsPage>): Unpacked | undefined {
    const p = this.get(term, field);
    if (!p || p.complete) return p;
    const key = viewKey(term, field);
    let view = this.wholes.get(key);
    if (!view || view.parts.length !== p.parts.length) {
      view = this.view(this.wholeParts(p, pages));
      this.wholes.set(key, view);
    }
    return view;
  }

  /** A term's parts with each line replaced by all the postings of its pages. */
  private wholeParts(p: Unpacked, pages: Map<string, PostingsPage>): Part[] {
    return p.parts.map((part) => (part.complete ? part : this.live({ ...join(part.pages!.map(([, , file]) => unpack(pages.get(file)!, part.n))), n: part.n, complete: true })));
  }

  /**
   * Replaces the line's postings of a term by all of them, from its pages (`pages`: every page file
   * of the term's field, as fetched), so scores and holders are exact: for the ref field's 文号 keys,
   * which every query reading them completes.
   */
  complete(term: string, field: number, pages: Map<string, PostingsPage>): void {
    const p = this.get(term, field);
    if (!p || p.complete) return;
    this.byTerm.get(term)!.fields[field] = this.view(this.wholeParts(p, pages));
  }

  /**
   * Units having the term in the field, with BM25 scores; a prefix term sums its derived terms,
   * looked up in the given chunks (those whose range meets the prefix).
   */
  scores(term: string, field: number, prefix: boolean, chunks: string[], into = new Map<number, number>(), views: WholeViews = NO_VIEWS): Map<number, number> {
    if (!prefix) {
      this.score(term, field, 1, into, views);
      return into;
    }
    for (const [, t] of this.range(term, chunks)) this.score(t, field, t === term ? 1 : PREFIX_WEIGHT, into, views);
    return into;
  }

  /** Whether a loaded chunk holds the term (in any field). */
  hasTerm(term: string): boolean {
    const entry = this.byTerm.get(term);
    return !!entry && entry.fields.length > 0;
  }

  /**
   * The term's BM25 idf in the field (MiniSearch's), 0 when no unit has it; for a prefix term, the
   * rarest of the terms it stands for in the given chunks.
   */
  idf(term: string, field: number, prefix: boolean, chunks: string[]): number {
    if (!prefix) return this.byTerm.get(term)?.fields[field]?.idf ?? 0;
    let best = 0;
    for (const [entry] of this.range(term, chunks)) best = Math.max(best, entry.fields[field]?.idf ?? 0);
    return best;
  }

  /** Terms of the field starting with `prefix` in the given chunks, each with the number of units holding it. */
  completions(prefix: string, field: number, chunks: string[]): Array<{ term: string; units: number }> {
    const out: Array<{ term: string; units: number }> = [];
    for (const [entry, term] of this.range(prefix, chunks)) {
      const postings = entry.fields[field];
      if (postings) out.push({ term, units: postings.n });
    }
    return out;
  }

  /** Names filed under terms starting with `prefix` in the given chunks, with the term they were filed under. */
  names(prefix: string, chunks: string[]): Array<{ key: string; entry: NameEntry }> {
    const out: Array<{ key: string; entry: NameEntry }> = [];
    for (const [entry, term] of this.range(prefix, chunks)) for (const n of entry.names ?? []) out.push({ key: term, entry: n });
    return out;
  }

  /** Entries of the loaded chunks among `chunks` whose term starts with `prefix` (a term in two tiers once). */
  private *range(prefix: string, chunks: string[]): Generator<[Entry, string]> {
    const seen = new Set<string>();
    for (const c of chunks) {
      const terms = this.chunks.get(c);
      if (!terms) continue;
      for (let i = lowerBound(terms, prefix); i < terms.length && terms[i]!.startsWith(prefix); i++) {
        const term = terms[i]!;
        if (seen.has(term)) continue;
        seen.add(term);
        yield [this.byTerm.get(term)!, term];
      }
    }
  }

  private score(term: string, field: number, weight: number, into: Map<number, number>, views: WholeViews): void {
    const postings = this.scored(term, field, views);
    if (!postings) return;
    const { units, bm25 } = postings;
    for (let i = 0; i < units.length; i++) into.set(units[i]!, (into.get(units[i]!) ?? 0) + weight * bm25[i]!);
  }

  /** MiniSearch's BM25+ score of each posting of a term in a field. */
  private bm25(postings: Unpacked, field: number): Float64Array {
    const { units, freqs, lengths, idf } = postings;
    const avg = this.averageFieldLength[field] ?? 1;
    const out = new Float64Array(units.length).fill(idf);
    if (freqs && lengths) {
      for (let i = 0; i < units.length; i++) {
        const tf = freqs[i]!;
        out[i] = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[i]!) / avg)));
      }
    }
    return out;
  }
}

/** Names filed under one term by two tiers: one entry per name, their units added up. */
function mergeNames(a: NameEntry[] | undefined, b: NameEntry[]): NameEntry[] {
  if (!a) return b;
  const out = new Map<string, NameEntry>();
  for (const e of [...a, ...b]) {
    const key = `${e[0]}\u0000${e[2] ?? 0}`;
    const prev = out.get(key);
    out.set(key, prev ? [e[0], prev[1] + e[1], ...(e[2] ? [e[2]] : [])] as NameEntry : e);
  }
  return [...out.values()];
}

/** The first index of a sorted array (terms, or a line's units) whose value is at least `value`. */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
