/**
 * The Ctrl-F test: random substrings of the corpus (2–8 characters, fixed seed), each with the set
 * of units whose normalised text (or another reading of it) contains it. Search must return all of
 * them (recall) and nothing else on top (precision@10).
 */
import { seededRandom } from './random.ts';

export interface SubstringCase {
  query: string;
  /** Unit indexes whose searchable text contains the query. */
  truth: Set<number>;
}

/**
 * Draws `count` substrings from the units' normalised searchable texts, a position chosen uniformly
 * over all their characters. A query with whitespace is two words to the search (an AND), not a
 * substring, so draws containing a space or tab are skipped, as are draws without a letter, digit or
 * Han character (punctuation alone is not searchable).
 */
export function sampleSubstrings(searchable: string[], count: number, seed: number): SubstringCase[] {
  const random = seededRandom(seed);
  const starts: number[] = [];
  let total = 0;
  for (const s of searchable) {
    starts.push(total);
    total += s.length;
  }
  const cases: SubstringCase[] = [];
  const seen = new Set<string>();
  for (let attempts = 0; cases.length < count && attempts < count * 100; attempts++) {
    const at = Math.floor(random() * total);
    let unit = upperBound(starts, at) - 1;
    const text = searchable[unit]!;
    const offset = at - starts[unit]!;
    const length = 2 + Math.floor(random() * 7);
    const chars = Array.from(text.slice(offset));
    if (chars.length < length) continue;
    const query = chars.slice(0, length).join('');
    if (/\s/.test(query) || !/[\p{L}\p{N}]/u.test(query) || /^[\uDC00-\uDFFF]/.test(query) || seen.has(query)) continue;
    seen.add(query);
    const truth = new Set<number>();
    for (unit = 0; unit < searchable.length; unit++) if (searchable[unit]!.includes(query)) truth.add(unit);
    cases.push({ query, truth });
  }
  return cases;
}

function upperBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
