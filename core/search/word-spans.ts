/**
 * Where jieba's words lie in a unit's printed text, for marking the whole word around a match
 * (发放 in 发放贷款). Written into the document texts file at build time, read by the page
 * (browser-safe). Encoded compactly because the page fetches it before its first result: per word,
 * the characters skipped since the previous word (decimal, omitted when 0), then its length as a
 * letter (a = 1 … z = 26): "b3d" = [0, 2), [5, 9). About a byte per word.
 */

/** [start, end) offsets in the printed text, sorted, not overlapping. */
export type Span = [start: number, end: number];

const A = 'a'.charCodeAt(0);
const MAX_LENGTH = 26;

export function encodeSpans(spans: Span[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    // A longer or misplaced span cannot be written; it is left out (no mark, never a wrong one).
    if (start < at || end - start < 1 || end - start > MAX_LENGTH) continue;
    if (start > at) out += String(start - at);
    out += String.fromCharCode(A + end - start - 1);
    at = end;
  }
  return out;
}

export function decodeSpans(code: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  let gap = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c >= 48 && c <= 57) gap = gap * 10 + (c - 48);
    else {
      const start = at + gap;
      at = start + (c - A + 1);
      spans.push([start, at]);
      gap = 0;
    }
  }
  return spans;
}
