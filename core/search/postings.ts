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
import type { FieldPostings, NameEntry, PostingsPage, TermChunk } from './format.ts';

/** MiniSearch's BM25+ defaults. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** Weight of a longer term found through a one-character prefix (MiniSearch's prefixWeight). */
const PREFIX_WEIGHT = 0.375;

/** One term's postings in one field, unpacked once for fast scoring. */
export interface Unpacked {
  /** Units holding the term in the index (document frequency), whether or not all are loaded. */
  n: number;
  units: Uint32Array;
  freqs?: Uint16Array;
  lengths?: Uint32Array;
  /** Head field: the last unit each header covers. */
  ends?: Uint32Array;
  idf: number;
  /** Pages of all postings, when the line holds only some. */
  pages?: FieldPostings['p'];
  /** Whether `units` are all the units holding the term. */
  complete: boolean;
}

interface Entry {
  fields: Array<Unpacked | undefined>;
  names?: NameEntry[];
}

/** Unpacks written postings (a line or a page). */
function unpack(p: PostingsPage, n: number, idf: number, pages?: FieldPostings['p']): Unpacked {
  const count = p.u.length;
  const units = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) units[i] = at += p.u[i]!;
  const out: Unpacked = { n, units, idf, complete: !pages };
  if (p.l) out.lengths = Uint32Array.from(p.l);
  if (p.l) out.freqs = p.t ? Uint16Array.from(p.t, (t) => t + 1) : new Uint16Array(count).fill(1);
  if (p.e) out.ends = Uint32Array.from(p.e, (e, i) => units[i]! + e);
  if (pages) out.pages = pages;
  return out;
}

export class Postings {
  /** Per loaded chunk file: its terms (sorted, as written) and their entries. */
  private readonly chunks = new Map<string, { terms: string[]; entries: Entry[] }>();
  private readonly byTerm = new Map<string, Entry>();

  constructor(
    private readonly documentCount: number,
    private readonly averageFieldLength: number[],
  ) {}

  has(chunk: string): boolean {
    return this.chunks.has(chunk);
  }

  /** Adds a chunk (chunks cover disjoint term ranges, each sorted). */
  add(file: string, chunk: TermChunk): void {
    const terms: string[] = [];
    const entries: Entry[] = [];
    for (const [term, written] of chunk.terms) {
      const entry: Entry = { fields: [] };
      for (const [key, value] of Object.entries(written)) {
        if (key === 'n') entry.names = value as NameEntry[];
        else {
          const p = value as FieldPostings;
          entry.fields[Number(key)] = unpack(p, p.n, this.idfOf(p.n), p.p);
        }
      }
      terms.push(term);
      entries.push(entry);
      this.byTerm.set(term, entry);
    }
    this.chunks.set(file, { terms, entries });
  }

  /** MiniSearch's idf for a document frequency. */
  private idfOf(n: number): number {
    return Math.log(1 + (this.documentCount - n + 0.5) / (n + 0.5));
  }

  /** The term's postings in a field, as loaded (undefined when no unit holds it or its chunk is not here). */
  get(term: string, field: number): Unpacked | undefined {
    return this.byTerm.get(term)?.fields[field];
  }

  /** Page files of a term's field not loaded yet: all of them, or those meeting the unit ranges. */
  missingPages(term: string, field: number, ranges?: Array<[number, number]>): string[] {
    const p = this.get(term, field);
    if (!p || p.complete || !p.pages) return [];
    return p.pages.filter(([first, last]) => !ranges || ranges.some(([a, b]) => first <= b && a <= last)).map(([, , file]) => file);
  }

  /**
   * Replaces the line's postings of a term by all of them, from its pages (every page, in order), so
   * scores and holders are exact.
   */
  complete(term: string, field: number, pages: PostingsPage[]): void {
    const p = this.get(term, field);
    if (!p || p.complete) return;
    const parts = pages.map((page) => unpack(page, p.n, p.idf));
    const join = <T extends Uint32Array | Uint16Array>(key: 'units' | 'freqs' | 'lengths' | 'ends', make: (n: number) => T): T | undefined => {
      if (!parts[0]?.[key]) return undefined;
      const out = make(parts.reduce((s, x) => s + x.units.length, 0));
      let at = 0;
      for (const x of parts) {
        out.set(x[key]!, at);
        at += x.units.length;
      }
      return out;
    };
    const entry = this.byTerm.get(term)!;
    const full: Unpacked = { n: p.n, idf: p.idf, complete: true, units: join('units', (n) => new Uint32Array(n))! };
    const freqs = join('freqs', (n) => new Uint16Array(n));
    const lengths = join('lengths', (n) => new Uint32Array(n));
    const ends = join('ends', (n) => new Uint32Array(n));
    if (freqs) full.freqs = freqs;
    if (lengths) full.lengths = lengths;
    if (ends) full.ends = ends;
    entry.fields[field] = full;
  }

  /**
   * Units having the term in the field, with BM25 scores; a prefix term sums its derived terms,
   * looked up in the given chunks (those whose range meets the prefix).
   */
  scores(term: string, field: number, prefix: boolean, chunks: string[], into = new Map<number, number>()): Map<number, number> {
    if (!prefix) {
      const entry = this.byTerm.get(term);
      if (entry) this.score(entry, field, 1, into);
      return into;
    }
    for (const [entry, t] of this.range(term, chunks)) this.score(entry, field, t === term ? 1 : PREFIX_WEIGHT, into);
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

  /** Entries of the loaded chunks among `chunks` whose term starts with `prefix`. */
  private *range(prefix: string, chunks: string[]): Generator<[Entry, string]> {
    for (const c of chunks) {
      const chunk = this.chunks.get(c);
      if (!chunk) continue;
      for (let i = lowerBound(chunk.terms, prefix); i < chunk.terms.length && chunk.terms[i]!.startsWith(prefix); i++) yield [chunk.entries[i]!, chunk.terms[i]!];
    }
  }

  private score(entry: Entry, field: number, weight: number, into: Map<number, number>): void {
    const postings = entry.fields[field];
    if (!postings) return;
    const { units, freqs, lengths, idf } = postings;
    const avg = this.averageFieldLength[field] ?? 1;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      let s = weight * idf;
      if (freqs && lengths) {
        const tf = freqs[i]!;
        s *= D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[i]!) / avg));
      }
      into.set(unit, (into.get(unit) ?? 0) + s);
    }
  }
}

function lowerBound(terms: string[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
