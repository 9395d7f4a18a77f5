/**
 * Snippets: a window of the printed text around the first match, as segments the page escapes and
 * marks itself (no HTML is produced here). Matches are found in the normalised text and mapped
 * back to the printed one, so 攸政办发[2023]6号 highlights where 攸政办发〔2023〕6号 was asked for.
 */
import { normalizeWithMap, type Normalized } from './tokenize.ts';

export interface SnippetSegment {
  text: string;
  match: boolean;
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
function toOriginal(original: string, map: Normalized, [a, b]: [number, number]): [number, number] {
  let end = map.from[b]!;
  while (end > map.from[a]! && /\s/.test(original[end - 1]!)) end--;
  return [map.from[a]!, end];
}

/**
 * Segments of `original` around the needles (normalised strings). Without a match the start of the
 * text is given. `hint`, the offset of the first match in the normalised text, lets a long text be
 * normalised only around it (normalisation barely moves offsets; a miss falls back to the whole).
 */
export function snippet(original: string, needles: string[], hint?: number, length = LENGTH): SnippetSegment[] {
  if (hint !== undefined && original.length > 2 * length) {
    const longest = Math.max(0, ...needles.map((n) => n.length));
    const from = Math.max(0, hint - 2 * BEFORE - 16);
    const to = Math.min(original.length, hint + 2 * longest + length + 32);
    const near = cut(original, needles, from, to, length);
    if (near) return near;
  }
  return cut(original, needles, 0, original.length, length) ?? [{ text: original.slice(0, length), match: false }];
}

/** The snippet from original[from, to), or undefined when no needle occurs there (and from > 0 or to < end). */
function cut(original: string, needles: string[], from: number, to: number, length: number): SnippetSegment[] | undefined {
  const part = original.slice(from, to);
  const map = normalizeWithMap(part);
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
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= at || a >= end) continue;
    push(original.slice(at, Math.max(at, a)), false);
    push(original.slice(Math.max(at, a), Math.min(b, end)), true);
    at = Math.min(b, end);
  }
  push(original.slice(at, end), false);
  if (end < original.length) push('…', false);
  return segments.map((s) => (s.match ? s : { text: s.text.replace(/\t/g, ' │ '), match: false }));
}
