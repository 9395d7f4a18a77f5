/**
 * Character error rate, the measure of OCR accuracy used in README.md:
 *
 *   CER = edit distance(reference, OCR text) / length(reference)
 *
 * after removing all whitespace from both (layout spaces are not what OCR is judged on), where the
 * edit distance counts single-character insertions, deletions and substitutions (Levenshtein), on
 * code points. `fold` also maps full-width and half-width forms together (NFKC: ，→, （→( ０→0),
 * since the recognizer writes ASCII punctuation in crops without Han characters. `han` keeps
 * only Han characters on both sides: the error on the words themselves, without the symbols
 * (± read as 土, 〔 as （, the dashes of — 5 —) that make most of the rest.
 */

export interface CerResult {
  /** Edit distance. */
  errors: number;
  /** Characters in the reference. */
  length: number;
  /** errors / length (0 when both are empty). */
  cer: number;
}

export interface CerOptions {
  fold?: boolean;
  han?: boolean;
}

export function normalizeForCer(text: string, options: CerOptions = {}): string[] {
  const s = (options.fold ? text.normalize('NFKC') : text).replace(/\s+/gu, '');
  const chars = Array.from(s);
  return options.han ? chars.filter((c) => /\p{Script=Han}/u.test(c)) : chars;
}

/** Levenshtein distance on arrays of code points, O(n·m) time and O(m) memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Uint32Array(b.length + 1);
  let curr = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b[j - 1] ? 0 : 1;
      curr[j] = Math.min(curr[j - 1]! + 1, prev[j]! + 1, prev[j - 1]! + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

export function characterErrorRate(reference: string, hypothesis: string, options: CerOptions = {}): CerResult {
  const ref = normalizeForCer(reference, options);
  const hyp = normalizeForCer(hypothesis, options);
  const errors = editDistance(ref, hyp);
  return { errors, length: ref.length, cer: ref.length ? errors / ref.length : hyp.length ? 1 : 0 };
}

/** Pools results (sum of errors over sum of lengths), as the README's per-file numbers are. */
export function pooled(results: readonly CerResult[]): CerResult {
  const errors = results.reduce((n, r) => n + r.errors, 0);
  const length = results.reduce((n, r) => n + r.length, 0);
  return { errors, length, cer: length ? errors / length : 0 };
}
