/**
 * Reads a written index back whole (Node; for tests and the bench): every term with all its postings
 * per field, pages included, and every fragment by unit number. The page never does this: it fetches
 * what a query needs (core/search/client.ts).
 */
import {
  FRAGMENT_UNITS,
  type BulletinDirectory,
  type FieldPostings,
  type FragmentUnit,
  type Manifest,
  type NameEntry,
  type PostingsPage,
  type TermChunk,
  termChunks,
  type TermDirectory,
  type TextFragment,
} from '../../core/search/format.ts';

export interface ReadPostings {
  /** Document frequency as written. */
  n: number;
  units: number[];
  tfs: number[];
  lengths: number[];
  ends: number[];
  /** Units written on the term's line (all of them unless the term has pages). */
  inline: number[];
}

export interface ReadIndex {
  manifest: Manifest;
  /** Term → its postings per field id, and the names filed under it. */
  terms: Map<string, { fields: Array<ReadPostings | undefined>; names: NameEntry[] }>;
  /** Chunk files in term order, with their first term. */
  chunks: Array<{ file: string; terms: string[] }>;
  /** Unit number → its fragment entry and the fragment's document. */
  units: Map<number, { unit: FragmentUnit; doc: TextFragment['doc']; file: string }>;
}

function undelta(d: number[]): number[] {
  let at = 0;
  return d.map((x) => (at += x));
}

function decode(p: PostingsPage): Omit<ReadPostings, 'n' | 'inline'> {
  const units = undelta(p.u);
  return {
    units,
    tfs: p.t ? p.t.map((t) => t + 1) : units.map(() => 1),
    lengths: p.l ?? [],
    ends: p.e ? p.e.map((e, i) => units[i]! + e) : units,
  };
}

/** Reads every file of an index through `get` (path relative to search/ → its JSON text). */
export function readIndex(get: (path: string) => string): ReadIndex {
  const json = <T>(path: string) => JSON.parse(get(path)) as T;
  const manifest = json<Manifest>('manifest.json');
  const terms: ReadIndex['terms'] = new Map();
  const chunks: ReadIndex['chunks'] = [];
  for (const [, dir] of manifest.tiers.flatMap((t) => t.terms)) {
    for (const [, file] of termChunks(json<TermDirectory>(dir))) {
      const chunk = json<TermChunk>(file);
      chunks.push({ file, terms: chunk.terms.map(([t]) => t) });
      for (const [term, entry] of chunk.terms) {
        const fields: Array<ReadPostings | undefined> = [];
        for (const [key, value] of Object.entries(entry)) {
          if (key === 'n') continue;
          const p = value as FieldPostings;
          const inline = decode(p);
          const all = p.p ? p.p.map(([, , f]) => decode(json<PostingsPage>(f))).reduce((a, b) => ({ units: [...a.units, ...b.units], tfs: [...a.tfs, ...b.tfs], lengths: [...a.lengths, ...b.lengths], ends: [...a.ends, ...b.ends] })) : inline;
          fields[Number(key)] = { n: p.n, ...all, inline: inline.units };
        }
        const had = terms.get(term);
        if (!had) terms.set(term, { fields, names: entry.n ?? [] });
        else {
          // The same term in another tier: postings side by side in unit order.
          fields.forEach((f, i) => {
            const g = had.fields[i];
            if (!f) return;
            if (!g) had.fields[i] = f;
            else {
              const [a, b] = (g.units[0] ?? 0) < (f.units[0] ?? 0) ? [g, f] : [f, g];
              had.fields[i] = { n: a.n + b.n, units: [...a.units, ...b.units], tfs: [...a.tfs, ...b.tfs], lengths: [...a.lengths, ...b.lengths], ends: [...a.ends, ...b.ends], inline: [...a.inline, ...b.inline] };
            }
          });
          had.names.push(...(entry.n ?? []));
        }
      }
    }
  }
  const units: ReadIndex['units'] = new Map();
  for (const [, dir] of manifest.tiers.flatMap((t) => t.bulletins)) {
    for (const [first, key, count] of json<BulletinDirectory>(dir).bulletins) {
      if ((manifest.deleted ?? []).some(([f]) => f === first)) continue;
      for (let k = 0; k < count; k++) {
        const file = `units/${key}/${k}.json`;
        const fragment = json<TextFragment>(file);
        fragment.units.forEach((unit, i) => units.set((first + k) * FRAGMENT_UNITS + i, { unit, doc: fragment.doc, file }));
      }
    }
  }
  return { manifest, terms, chunks, units };
}
