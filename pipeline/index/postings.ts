/**
 * The postings of every term, by field (core/search/format.ts: text, words, head, ref), and their
 * written form. A term's line carries at most POSTINGS_INLINE postings — for a frequent term those it
 * weighs most in — and points to pages holding all of them by unit range, so the line a query fetches
 * is bounded whatever the archive holds. BM25 needs no table beside: the document frequency is on the
 * line and each posting carries its unit's field length.
 */
import { FIELDS, HEAD, POSTINGS_INLINE, REF, type FieldPostings, type NameEntry, type PostingsPage } from '../../core/search/format.ts';

/** MiniSearch's BM25 parameters (core/search/postings.ts scores with the same). */
const K = 1.2;
const B = 0.7;

/** Postings per page file of a frequent term. */
export const PAGE_POSTINGS = 4000;

/** One term's postings in one field, units ascending. */
export interface FieldList {
  units: number[];
  tfs: number[];
  /** Field length of each unit (text and words fields). */
  lengths: number[];
  /** Last unit each header covers (head field). */
  ends: number[];
}

export interface TermEntry {
  term: string;
  fields: Array<FieldList | undefined>;
  names?: NameEntry[];
}

/** Collects postings unit by unit (units must come in ascending order). */
export class PostingsBuilder {
  private readonly entries = new Map<string, TermEntry>();
  private readonly totals = FIELDS.map(() => 0);
  private count = 0;

  /**
   * Adds a unit's terms for one field; returns the field length (distinct terms, as MiniSearch
   * counts it). `end` is the last unit a header covers (head field).
   */
  add(unit: number, field: number, terms: Iterable<string>, end?: number): number {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [term, n] of tf) {
      const list = (this.entry(term).fields[field] ??= { units: [], tfs: [], lengths: [], ends: [] });
      list.units.push(unit);
      list.tfs.push(n);
      list.lengths.push(tf.size);
      if (end !== undefined) list.ends.push(end);
    }
    this.totals[field]! += tf.size;
    return tf.size;
  }

  /** Counts one unit (BM25's document count). */
  unit(): void {
    this.count++;
  }

  /** A name offered for suggestions under a term (its normalised start). */
  name(term: string, entry: NameEntry): void {
    (this.entry(term).names ??= []).push(entry);
  }

  get units(): number {
    return this.count;
  }

  /** Average field length per scored field. */
  averages(): number[] {
    return this.totals.slice(0, 2).map((t) => (this.count ? t / this.count : 0));
  }

  /** Every term, sorted as strings compare (the order chunks and their directory use). */
  sorted(): TermEntry[] {
    return [...this.entries.values()].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  }

  private entry(term: string): TermEntry {
    let e = this.entries.get(term);
    if (!e) this.entries.set(term, (e = { term, fields: [] }));
    return e;
  }
}

/** Differences of ascending numbers, the first from 0. */
function deltas(xs: number[]): number[] {
  const out = new Array<number>(xs.length);
  let prev = 0;
  for (let i = 0; i < xs.length; i++) {
    out[i] = xs[i]! - prev;
    prev = xs[i]!;
  }
  return out;
}

/** The written form of some postings of a list (by their indexes, ascending). */
function page(list: FieldList, field: number, at: number[]): PostingsPage {
  const units = at.map((i) => list.units[i]!);
  const out: PostingsPage = { u: deltas(units) };
  if (field === HEAD || field === REF) {
    // Mostly 0 for citations (a unit's own number): only headers cover more.
    if (at.some((i) => list.ends[i] !== list.units[i])) out.e = at.map((i) => list.ends[i]! - list.units[i]!);
  } else {
    if (at.some((i) => list.tfs[i] !== 1)) out.t = at.map((i) => list.tfs[i]! - 1);
    out.l = at.map((i) => list.lengths[i]!);
  }
  return out;
}

/**
 * A field's postings as written in the term's line; pages of all postings are handed to `writePage`
 * (which returns the file name) when there are more than a line carries.
 */
export function fieldPostings(list: FieldList, field: number, average: number, writePage: (page: PostingsPage) => string, inline = POSTINGS_INLINE): FieldPostings {
  const n = list.units.length;
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= inline) return { n, ...page(list, field, all) };
  // The postings the term weighs most in: BM25's term part (frequency against field length), the
  // newest on ties (the lowest numbers: fragments.ts); for headers and citations, the newest.
  const weight = (i: number) => {
    if (field === HEAD || field === REF) return 0;
    const tf = list.tfs[i]!;
    return (tf * (K + 1)) / (tf + K * (1 - B + (B * list.lengths[i]!) / (average || 1)));
  };
  const best = [...all].sort((a, b) => weight(b) - weight(a) || a - b).slice(0, inline).sort((a, b) => a - b);
  const pages: NonNullable<FieldPostings['p']> = [];
  for (let s = 0; s < n; s += PAGE_POSTINGS) {
    const at = all.slice(s, s + PAGE_POSTINGS);
    pages.push([list.units[at[0]!]!, list.units[at.at(-1)!]!, writePage(page(list, field, at))]);
  }
  return { n, ...page(list, field, best), p: pages };
}
