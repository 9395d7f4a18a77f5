/**
 * Merging segments into the archive's term space: every term in order (a heap over each segment's
 * sorted terms per field), with its postings per field in unit numbers (a segment's local numbers
 * offset by its first fragment). Reads each posting once; holds one term's lists at a time.
 */
import { FIELDS, FRAGMENT_UNITS, type NameEntry } from '../../core/search/format.ts';
import type { Segment } from './segment.ts';
import type { FieldList } from './postings.ts';

/** A term with its postings per field (in ascending unit numbers) and the names filed under it. */
export interface MergedTerm {
  term: string;
  fields: Array<FieldList | undefined>;
  names?: NameEntry[];
}

interface Cursor {
  /** Segment index, or -1 for the names list. */
  seg: number;
  field: number;
  k: number;
  terms: string[];
}

/** A binary heap of cursors by their current term. */
class Heap {
  private readonly items: Cursor[] = [];
  get size(): number {
    return this.items.length;
  }
  private key(c: Cursor): string {
    return c.terms[c.k]!;
  }
  push(c: Cursor): void {
    const a = this.items;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.key(a[p]!) <= this.key(a[i]!)) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  peek(): Cursor | undefined {
    return this.items[0];
  }
  pop(): Cursor {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.key(a[l]!) < this.key(a[m]!)) m = l;
        if (r < a.length && this.key(a[r]!) < this.key(a[m]!)) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Every term of the segments in order. `segments` come in ascending numbering order (newest first)
 * with `firsts[i]` the first fragment of segment i; `names` maps a term to the names filed under it.
 */
export function* mergeTerms(segments: Segment[], firsts: number[], names: Map<string, NameEntry[]>): Generator<MergedTerm> {
  const heap = new Heap();
  segments.forEach((s, seg) => s.fields.forEach((f, field) => f.terms.length && heap.push({ seg, field, k: 0, terms: f.terms })));
  const nameTerms = [...names.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (nameTerms.length) heap.push({ seg: -1, field: -1, k: 0, terms: nameTerms });
  const parts: Array<Array<{ seg: number; k: number }>> = FIELDS.map(() => []);
  while (heap.size) {
    const top = heap.peek()!;
    const term = top.terms[top.k]!;
    for (const p of parts) p.length = 0;
    let named = false;
    while (heap.size) {
      const c = heap.peek()!;
      if (c.terms[c.k] !== term) break;
      heap.pop();
      if (c.seg < 0) named = true;
      else parts[c.field]!.push({ seg: c.seg, k: c.k });
      if (c.k + 1 < c.terms.length) {
        c.k++;
        heap.push(c);
      }
    }
    const out: MergedTerm = { term, fields: [] };
    for (let field = 0; field < FIELDS.length; field++) {
      const list = parts[field]!;
      if (!list.length) continue;
      // Segments in ascending order, so the concatenation is ascending.
      list.sort((a, b) => a.seg - b.seg);
      let n = 0;
      for (const c of list) {
        const f = segments[c.seg]!.fields[field]!;
        n += f.start[c.k + 1]! - f.start[c.k]!;
      }
      const merged: FieldList = { units: new Uint32Array(n), tfs: new Uint16Array(n), lengths: new Uint32Array(n), ends: new Uint32Array(n) };
      let i = 0;
      for (const c of list) {
        const f = segments[c.seg]!.fields[field]!;
        const offset = firsts[c.seg]! * FRAGMENT_UNITS;
        const from = f.start[c.k]!;
        const to = f.start[c.k + 1]!;
        merged.tfs.set(f.tfs.subarray(from, to), i);
        merged.lengths.set(f.lengths.subarray(from, to), i);
        for (let p = from; p < to; p++, i++) {
          merged.units[i] = offset + f.locals[p]!;
          merged.ends[i] = offset + f.ends[p]!;
        }
      }
      out.fields[field] = merged;
    }
    if (named) out.names = names.get(term)!;
    yield out;
  }
}
