/**
 * The written form of a term's postings in one field (core/search/format.ts: text, words, head,
 * ref). A term's line carries at most POSTINGS_INLINE postings — for a frequent term those it weighs
 * most in — and points to pages holding all of them by unit range, so the line a query fetches is
 * bounded whatever the archive holds. BM25 needs no table beside: the document frequency is on the
 * line and each posting carries its unit's field length.
 */
import { HEAD, POSTINGS_INLINE, REF } from '../../core/search/format.ts';

/** MiniSearch's BM25 parameters (core/search/postings.ts scores with the same). */
const K = 1.2;
const B = 0.7;

/**
 * Field lengths a posting's weight is judged against when choosing a frequent term's line: the
 * seed's averages (77 and 27 distinct terms), fixed so that the choice, and the line, stay the same
 * when other bulletins change the archive's averages.
 */
const TYPICAL_LENGTH = [77, 27];

/** One term's postings in one field, units ascending. */
export interface FieldList {
  units: Uint32Array;
  tfs: Uint16Array;
  /** Field length of each unit (text and words fields). */
  lengths: Uint32Array;
  /** Last unit each header covers (head field); the unit itself otherwise. */
  ends: Uint32Array;
}

/** Postings per page file of a frequent term: cut where a unit number hashes to 0, within bounds. */
const PAGE_MIN = 2000;
const PAGE_MAX = 8000;
const PAGE_EVERY = 2048;

/**
 * A cut after this unit (content-defined: where a unit's number hashes to 0, so a new issue's
 * postings, numbered below the rest, change the first pages and leave later cuts where they were).
 */
function cutsAfter(unit: number): boolean {
  return (Math.imul(unit ^ (unit >>> 15), 0x2c1b3c6d) >>> 0) % PAGE_EVERY === 0;
}

/** The JSON of the postings at the given indexes of a list (ascending), in the form of PostingsPage. */
function pageJson(list: FieldList, field: number, at: ArrayLike<number>): string {
  const n = at.length;
  const u = new Array<number>(n);
  let prev = 0;
  for (let k = 0; k < n; k++) {
    const unit = list.units[at[k]!]!;
    u[k] = unit - prev;
    prev = unit;
  }
  let out = `{"u":[${u.join(',')}]`;
  if (field === HEAD || field === REF) {
    // Mostly 0 for citations (a unit's own number): only headers cover more.
    let any = false;
    const e = new Array<number>(n);
    for (let k = 0; k < n; k++) if ((e[k] = list.ends[at[k]!]! - list.units[at[k]!]!) !== 0) any = true;
    if (any) out += `,"e":[${e.join(',')}]`;
  } else {
    let any = false;
    const t = new Array<number>(n);
    const l = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      if ((t[k] = list.tfs[at[k]!]! - 1) !== 0) any = true;
      l[k] = list.lengths[at[k]!]!;
    }
    if (any) out += `,"t":[${t.join(',')}]`;
    out += `,"l":[${l.join(',')}]`;
  }
  return `${out}}`;
}

/** 0 … n−1. */
function range(from: number, to: number): Uint32Array {
  const out = new Uint32Array(to - from);
  for (let i = 0; i < out.length; i++) out[i] = from + i;
  return out;
}

/**
 * A field's postings as written in the term's line (JSON of FieldPostings); pages of all postings
 * are handed to `writePage` (which returns the file name) when there are more than a line carries.
 */
export function fieldJson(list: FieldList, field: number, writePage: (json: string) => string, inline = POSTINGS_INLINE): string {
  const n = list.units.length;
  if (n <= inline) return `{"n":${n},${pageJson(list, field, range(0, n)).slice(1)}`;
  // The postings the term weighs most in: BM25's term part (frequency against field length), the
  // newest on ties (the lowest numbers: fragments.ts); for headers and citations, the newest.
  let best: Uint32Array;
  if (field === HEAD || field === REF) best = range(0, inline);
  else {
    const weights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const tf = list.tfs[i]!;
      weights[i] = (tf * (K + 1)) / (tf + K * (1 - B + (B * list.lengths[i]!) / TYPICAL_LENGTH[field]!));
    }
    // The weight of the inline-th best: those above it, then those equal to it from the newest.
    const threshold = Float64Array.from(weights).sort()[n - inline]!;
    best = new Uint32Array(inline);
    let k = 0;
    for (let i = 0; i < n; i++) if (weights[i]! > threshold) best[k++] = i;
    for (let i = 0; i < n && k < inline; i++) if (weights[i] === threshold) best[k++] = i;
    best.sort();
  }
  const pages: string[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const size = i + 1 - start;
    if (i === n - 1 || size >= PAGE_MAX || (size >= PAGE_MIN && cutsAfter(list.units[i]!))) {
      const file = writePage(pageJson(list, field, range(start, i + 1)));
      pages.push(`[${list.units[start]},${list.units[i]},${JSON.stringify(file)}]`);
      start = i + 1;
    }
  }
  return `{"n":${n},${pageJson(list, field, best).slice(1, -1)},"p":[${pages.join(',')}]}`;
}
