/**
 * Term lookup over loaded chunks of the MiniSearch index (browser-safe). The chunks are MiniSearch's
 * own serialized entries, and scores are MiniSearch's BM25 with its default parameters; but the
 * lookup reads the postings directly: MiniSearch.search allocates match objects for every posting
 * and expands a one-character prefix through its radix tree, which cost 30–50 ms for 县 here,
 * against a budget of 5 ms for the whole query.
 */
import type { TermChunk } from './format.ts';

/** MiniSearch's BM25+ defaults. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** Weight of a longer term found through a one-character prefix (MiniSearch's prefixWeight). */
const PREFIX_WEIGHT = 0.375;

type Entry = Record<string, Record<string, number>>;

/** One term's postings in one field, unpacked once for fast scoring. */
interface FieldPostings {
  units: Uint32Array;
  freqs: Uint16Array;
  idf: number;
}

/** A term's postings by field id. */
type Unpacked = Array<FieldPostings | undefined>;

export class Postings {
  /** Per loaded chunk: its terms (sorted, as written) and their entries. */
  private readonly chunks = new Map<number, { terms: string[]; entries: Unpacked[] }>();
  private readonly byTerm = new Map<string, Unpacked>();

  constructor(
    private readonly documentCount: number,
    private readonly fieldLength: number[][],
    private readonly averageFieldLength: number[],
  ) {}

  has(chunk: number): boolean {
    return this.chunks.has(chunk);
  }

  /** Adds chunk number `c` (chunks cover disjoint term ranges, each sorted). */
  add(c: number, chunk: TermChunk): void {
    const terms: string[] = [];
    const entries: Unpacked[] = [];
    for (const [term, entry] of chunk.index) {
      const unpacked = this.unpack(entry);
      terms.push(term);
      entries.push(unpacked);
      this.byTerm.set(term, unpacked);
    }
    this.chunks.set(c, { terms, entries });
  }

  /**
   * Units having the term in the field, with BM25 scores; a prefix term sums its derived terms,
   * looked up in the given chunks (those whose range meets the prefix).
   */
  scores(term: string, field: number, prefix: boolean, chunks: number[], into = new Map<number, number>()): Map<number, number> {
    if (!prefix) {
      const entry = this.byTerm.get(term);
      if (entry) this.score(entry, field, 1, into);
      return into;
    }
    for (const c of chunks) {
      const chunk = this.chunks.get(c);
      if (!chunk) continue;
      for (let i = lowerBound(chunk.terms, term); i < chunk.terms.length && chunk.terms[i]!.startsWith(term); i++) {
        this.score(chunk.entries[i]!, field, chunk.terms[i] === term ? 1 : PREFIX_WEIGHT, into);
      }
    }
    return into;
  }

  /** Whether a loaded chunk holds the term (in any field). */
  hasTerm(term: string): boolean {
    return this.byTerm.has(term);
  }

  /**
   * The term's BM25 idf in the field (MiniSearch's), 0 when no unit has it; for a prefix term, the
   * rarest of the terms it stands for in the given chunks.
   */
  idf(term: string, field: number, prefix: boolean, chunks: number[]): number {
    if (!prefix) return this.byTerm.get(term)?.[field]?.idf ?? 0;
    let best = 0;
    for (const c of chunks) {
      const chunk = this.chunks.get(c);
      if (!chunk) continue;
      for (let i = lowerBound(chunk.terms, term); i < chunk.terms.length && chunk.terms[i]!.startsWith(term); i++) {
        best = Math.max(best, chunk.entries[i]![field]?.idf ?? 0);
      }
    }
    return best;
  }

  /**
   * Terms of the field starting with `prefix` in the given chunks, each with the number of units
   * holding it (its document frequency), for suggestions.
   */
  completions(prefix: string, field: number, chunks: number[]): Array<{ term: string; units: number }> {
    const out: Array<{ term: string; units: number }> = [];
    for (const c of chunks) {
      const chunk = this.chunks.get(c);
      if (!chunk) continue;
      for (let i = lowerBound(chunk.terms, prefix); i < chunk.terms.length && chunk.terms[i]!.startsWith(prefix); i++) {
        const postings = chunk.entries[i]![field];
        if (postings) out.push({ term: chunk.terms[i]!, units: postings.units.length });
      }
    }
    return out;
  }

  private unpack(entry: Entry): Unpacked {
    const out: Unpacked = [];
    for (const [field, postings] of Object.entries(entry)) {
      const ids = Object.keys(postings);
      const units = new Uint32Array(ids.length);
      const freqs = new Uint16Array(ids.length);
      for (let i = 0; i < ids.length; i++) {
        units[i] = Number(ids[i]);
        freqs[i] = postings[ids[i]!]!;
      }
      const idf = Math.log(1 + (this.documentCount - ids.length + 0.5) / (ids.length + 0.5));
      out[Number(field)] = { units, freqs, idf };
    }
    return out;
  }

  private score(entry: Unpacked, field: number, weight: number, into: Map<number, number>): void {
    const postings = entry[field];
    if (!postings) return;
    const { units, freqs, idf } = postings;
    const avg = this.averageFieldLength[field]!;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      const tf = freqs[i]!;
      const length = this.fieldLength[unit]![field]!;
      const s = weight * idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avg)));
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
