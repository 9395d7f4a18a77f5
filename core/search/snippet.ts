/**
 * Snippets: a window of the printed text around the first match, as segments the page escapes and
 * marks itself (no HTML is produced here). Matches are found in the normalised text and mapped
 * back to the printed one, so 攸政办发[2023]6号 highlights where 攸政办发〔2023〕6号 was asked for.
 * Given where jieba's words lie, a match inside a longer word (发放 in 发放贷款) also marks that
 * word: its segments, the match among them, carry `word: true`.
 */
import { normalizeWithMap, type Normalized } from './tokenize.ts';
import type { Span } from './word-spans.ts';

export interface SnippetSegment {
  text: string;
  /** Part of the match: exactly the text asked for. */
  match: boolean;
  /** Part of a jieba word that a match lies inside and is shorter than (absent otherwise). */
  word?: true;
}

const BEFORE = 24;
const LENGTH = 110;

/** Ranges [start, end) of the normalised text where any needle occurs, merged. */
function matchRanges(text: string, needles: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const n of needles) {
    if (!n) continue;
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) ranges.push([at, at + n.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Original offsets of a normalised range, without the whitespace the normalisation dropped after it. */
export function toOriginal(original: string, map: Normalized, [a, b]: [number, number]): [number, number] {
  let end = map.from[b]!;
  while (end > map.from[a]! && /\s/.test(original[end - 1]!)) end--;
  return [map.from[a]!, end];
}

/**
 * Segments of `original` around the needles (normalised strings). Without a match the start of the
 * text is given. `hint`, the offset of the first match in the normalised text, lets a long text be
 * normalised only around it (normalisation barely moves offsets; a miss falls back to the whole).
 * `normalized`, the whole text's normalised form with its map when the caller keeps one, spares
 * normalising it again.
 */
export function snippet(original: string, needles: string[], hint?: number, length = LENGTH, words: Span[] = [], normalized?: Normalized): SnippetSegment[] {
  if (normalized) return cut(original, needles, 0, original.length, length, words, normalized) ?? [{ text: original.slice(0, length), match: false }];
  if (hint !== undefined && original.length > 2 * length) {
    const longest = Math.max(0, ...needles.map((n) => n.length));
    const from = Math.max(0, hint - 2 * BEFORE - 16);
    const to = Math.min(original.length, hint + 2 * longest + length + 32);
    const near = cut(original, needles, from, to, length, words);
    if (near) return near;
  }
  return cut(original, needles, 0, original.length, length, words) ?? [{ text: original.slice(0, length), match: false }];
}

/** The words (sorted spans of the original) that a match range lies inside and is shorter than. */
function enclosing(ranges: Span[], words: Span[]): Span[] {
  const out: Span[] = [];
  let w = 0;
  for (const [a, b] of ranges) {
    while (w < words.length && words[w]![1] <= a) w++;
    const word = words[w];
    if (word && word[0] <= a && b <= word[1] && word[1] - word[0] > b - a && out[out.length - 1] !== word) out.push(word);
  }
  return out;
}

/** The snippet from original[from, to), or undefined when no needle occurs there (and from > 0 or to < end). */
function cut(original: string, needles: string[], from: number, to: number, length: number, words: Span[], normalized?: Normalized): SnippetSegment[] | undefined {
  const part = original.slice(from, to);
  const map = normalized ?? normalizeWithMap(part);
  const ranges = matchRanges(map.text, needles).map((r) => toOriginal(part, map, r).map((x) => x + from) as [number, number]);
  const first = ranges[0];
  if (!first && (from > 0 || to < original.length)) return undefined;
  let start = first ? Math.max(0, first[0] - BEFORE) : 0;
  // Start on a clean boundary when one is close: after a tab, space or sentence end.
  if (start > 0) {
    const boundary = original.slice(start, first![0]).search(/[\t 。；，]/);
    if (boundary >= 0 && boundary < 8) start += boundary + 1;
  }
  const end = Math.min(original.length, Math.max(start + length, first ? first[1] : 0));
  const segments: SnippetSegment[] = [];
  const push = (text: string, match: boolean, word = false) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match && (last.word ?? false) === word) last.text += text;
    else segments.push(word ? { text, match, word } : { text, match });
  };
  if (start > 0) push('…', false);
  // Cut at every edge of a match or of a word around one; each piece is inside both or not.
  const marked = enclosing(ranges, words);
  const edges = new Set<number>([start, end]);
  for (const [a, b] of [...ranges, ...marked]) for (const x of [a, b]) if (x > start && x < end) edges.add(x);
  const cuts = [...edges].sort((x, y) => x - y);
  const inside = (spans: Span[], x: number) => spans.some(([a, b]) => a <= x && x < b);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    push(original.slice(a, b), inside(ranges, a), inside(marked, a));
  }
  if (end < original.length) push('…', false);
  return segments.map((s) => (s.match ? s : { ...s, text: s.text.replace(/\t/g, ' │ ') }));
}
