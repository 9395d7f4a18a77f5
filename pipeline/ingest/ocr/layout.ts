/**
 * From OCR boxes to the lines and paragraphs a text layer would give. PaddleOCR's detector returns
 * one box per run of text without a wide gap, so a table row or a 签发人 line comes as several boxes
 * at the same height, and it reads straight across columns. Here boxes are grouped into visual rows
 * by their vertical extent, kept left to right, and joined with or without a space as the scripts
 * on either side demand; rows are then grouped into paragraphs by indent, short last lines, gaps,
 * font size and heading patterns, as the PDF ingest does with text items (NOTES §4).
 *
 * Pure functions on plain boxes: nothing here needs the OCR packages.
 *
 * Coordinates are PDF user space of the page, like the text layer's `transform[4..5]`: points,
 * x to the right, y up, so a box [x0, y0, x1, y1] has its bottom at y0 and its top at y1.
 */

export type Box = [x0: number, y0: number, x1: number, y1: number];

/** One box as the recognizer read it. */
export interface OcrBox {
  text: string;
  box: Box;
  /** 0–1. */
  confidence: number;
}

/** A visual row: the boxes at one height, left to right, joined. */
export interface OcrLine {
  text: string;
  box: Box;
  /** Mean confidence of its boxes, weighted by their characters. */
  confidence: number;
  /** Estimated font size in points (from the height of its boxes). */
  fontSize: number;
  /** The boxes of the row, left to right (several when the row has wide gaps: table cells, tab stops). */
  segments: OcrBox[];
}

export interface OcrParagraph {
  text: string;
  box: Box;
  confidence: number;
  fontSize: number;
  /** Its rows, top to bottom. */
  lines: OcrLine[];
}

/**
 * Font size ≈ this × box height. The detector's boxes (PaddleOCR's shrunk text map padded by 0.6
 * of its height above and below, at the default detection size of 960 px) come out a little taller
 * than the em: median text-layer font size / median OCR row height was 0.80 on the text pages of
 * GB/T 9704 (pages 1–11) and 0.83 on the WPS sample (measure.ts prints it as fontSizePerBoxHeight). 0.75–1.06 at other detection sizes.
 */
export const FONT_SIZE_PER_BOX_HEIGHT = 0.8;

/** Han characters, CJK punctuation, full-width forms, kana, Bopomofo: text written without spaces. */
const WIDE = /[\u2E80-\u303F\u3040-\u30FF\u3100-\u312F\u31A0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u201C\u201D\u2018\u2019\u2014\u2026\u00B7]/u;

export function isWide(ch: string | undefined): boolean {
  return ch !== undefined && WIDE.test(ch);
}

const height = (b: Box) => b[3] - b[1];
const centerY = (b: Box) => (b[1] + b[3]) / 2;
const centerX = (b: Box) => (b[0] + b[2]) / 2;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function unionBox(boxes: Box[]): Box {
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** Character-weighted mean confidence. */
function meanConfidence(parts: Array<{ text: string; confidence: number }>): number {
  let sum = 0;
  let n = 0;
  for (const p of parts) {
    const w = Math.max(1, Array.from(p.text.replace(/\s/g, '')).length);
    sum += p.confidence * w;
    n += w;
  }
  return n ? sum / n : 0;
}

/**
 * Spaces inside one recognized box: the recognizer writes a space where it sees a gap, which in
 * Chinese text is letter-spacing (各 职 能), not a word break. Keep spaces only between Latin
 * letters or digits; never two in a row.
 */
export function cleanBoxText(text: string): string {
  const chars = Array.from(text.replace(/\s+/gu, ' ').trim());
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === ' ' && (isWide(chars[i - 1]) || isWide(chars[i + 1]))) continue;
    out += ch;
  }
  return out;
}

/**
 * Whether a gap of `gap` points between two pieces of one row is a space, by the characters on
 * either side (the rules NOTES §4 gives for text items): between Han characters only a gap of
 * about a character (a real space or a tab stop in 公文 such as 签发人：), at a Han/Latin boundary
 * half a character, between Latin letters or digits a fifth.
 */
export function gapIsSpace(left: string, right: string, gap: number, em: number): boolean {
  const l = isWide(left);
  const r = isWide(right);
  if (l && r) return gap >= 1.0 * em;
  if (l || r) return gap >= 0.6 * em;
  return gap >= 0.2 * em;
}

/** Joins the boxes of one row, left to right. */
export function joinRow(segments: readonly OcrBox[], em: number): string {
  let out = '';
  let prev: OcrBox | undefined;
  for (const seg of segments) {
    const text = cleanBoxText(seg.text);
    if (!text) continue;
    if (prev && out) {
      const gap = seg.box[0] - prev.box[2];
      if (gapIsSpace(Array.from(out).at(-1)!, Array.from(text)[0]!, gap, em)) out += ' ';
    }
    out += text;
    prev = seg;
  }
  return out;
}

/**
 * Groups boxes into visual rows, top to bottom, each left to right. A box joins a row when their
 * vertical extents overlap by at least half of the lower one's height and it does not overlap a
 * box already in the row horizontally (two such boxes are stacked lines, not one row).
 */
export function groupRows(boxes: readonly OcrBox[]): OcrLine[] {
  const sorted = boxes.filter((b) => b.text.trim() !== '' && height(b.box) > 0).sort((a, b) => b.box[3] - a.box[3] || a.box[0] - b.box[0]);
  const rows: Array<{ ref: Box; items: OcrBox[] }> = [];
  for (const item of sorted) {
    let best: { ref: Box; items: OcrBox[] } | undefined;
    let bestOverlap = 0;
    // Rows are in order of their tops: only the last few can still overlap this box.
    for (let i = rows.length - 1; i >= 0 && i >= rows.length - 8; i--) {
      const row = rows[i]!;
      const overlap = Math.min(row.ref[3], item.box[3]) - Math.max(row.ref[1], item.box[1]);
      const need = 0.5 * Math.min(height(row.ref), height(item.box));
      if (overlap < need || overlap <= bestOverlap) continue;
      if (row.items.some((o) => Math.min(o.box[2], item.box[2]) - Math.max(o.box[0], item.box[0]) > 0.3 * Math.min(height(o.box), height(item.box)))) continue;
      best = row;
      bestOverlap = overlap;
    }
    if (best) best.items.push(item);
    else rows.push({ ref: item.box, items: [item] });
  }
  return rows
    .map((row) => makeLine(row.items))
    .sort((a, b) => centerY(b.box) - centerY(a.box) || a.box[0] - b.box[0]);
}

function makeLine(items: OcrBox[]): OcrLine {
  const segments = [...items].sort((a, b) => a.box[0] - b.box[0]);
  const fontSize = median(segments.map((s) => height(s.box))) * FONT_SIZE_PER_BOX_HEIGHT;
  return {
    text: joinRow(segments, fontSize),
    box: unionBox(segments.map((s) => s.box)),
    confidence: meanConfidence(segments),
    fontSize,
    segments,
  };
}

/** Starts of a 公文 heading or numbered item: 第X章/节/条, 一、 （一） 1. （1） ①, 附件. */
const HEADING_START = /^(?:第[一二三四五六七八九十百零〇\d]+[章节条款编部分]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.](?!\d)|[①-⑳]|附件\s*\d*[：:\s]?$)/u;

/** A row wholly in brackets: (1989年6月30日通过), （第18号） under a title. */
const PARENTHETICAL = /^[（(][^（()）]*[）)]$/u;

/** Ends of a paragraph's last line: sentence-final punctuation. */
const SENTENCE_END = /[。！？；：”」』）)]$/u;

/**
 * Groups rows into paragraphs, as a text layer's lines would be: a row starts a paragraph when it
 * is indented by about two characters from the text's left edge (公文 first-line indent), when the
 * row above ended short of the right edge, after a vertical gap wider than the page's usual line
 * pitch, at a change of font size, at a heading pattern, when it or the row above is wholly in
 * brackets ((1989年6月30日通过) under a title), or when it or the row above is a row of several boxes
 * spread over the width (a table row or a form line: kept on its own). The rows of a title set
 * centred and larger than the body stay together.
 */
export function groupParagraphs(lines: readonly OcrLine[]): OcrParagraph[] {
  if (lines.length === 0) return [];
  // The body's font size: the size of the median character (not row: a title has few characters a row).
  const em = weightedMedian(lines.map((l) => [l.fontSize, Array.from(l.text).length] as const)) || 1;
  // The text block: the common start and end of the wide rows, or further out where at least two
  // rows of any width share an edge (a page of indented paragraphs may have few full rows; a lone
  // speck of a scan is not the margin).
  const wide = lines.filter((l) => l.box[2] - l.box[0] > 10 * em);
  const body = wide.length ? wide : [...lines];
  const left = Math.min(percentile(body.map((l) => l.box[0]), 0.2), sharedEdge(lines.map((l) => l.box[0]), 0.5 * em, 1));
  const right = Math.max(percentile(body.map((l) => l.box[2]), 0.8), sharedEdge(lines.map((l) => l.box[2]), 0.5 * em, -1));
  // Usual distance between the bottoms of consecutive rows of one paragraph, in font sizes (a title
  // set larger has its rows further apart).
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const size = Math.max(lines[i - 1]!.fontSize, lines[i]!.fontSize) || em;
    const p = (lines[i - 1]!.box[1] - lines[i]!.box[1]) / size;
    if (p > 0 && p < 4) pitches.push(p);
  }
  const pitch = pitches.length ? percentile(pitches, 0.3) : 1.5;

  const paragraphs: OcrLine[][] = [];
  let current: OcrLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = lines[i - 1];
    if (prev && current.length && !continues(prev, line, { em, left, right, pitch })) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length) paragraphs.push(current);
  return paragraphs.map(makeParagraph);
}

/** `page.pitch` is the usual row distance in font sizes. */
function continues(prev: OcrLine, line: OcrLine, page: { em: number; left: number; right: number; pitch: number }): boolean {
  const em = Math.max(prev.fontSize, line.fontSize, 1e-6);
  const gap = prev.box[1] - line.box[1];
  if (gap > 1.45 * page.pitch * em) return false;
  // Box heights are quantized by the detector's scale (a 300-dpi page detected at 960 px: ±2 pt), so
  // only a clear change counts: 三号 body to 二号 title, not 三号 to 四号.
  if (Math.abs(prev.fontSize - line.fontSize) > 0.3 * em) return false;
  if (isSpread(prev, page.em) || isSpread(line, page.em)) return false;
  if (HEADING_START.test(line.text)) return false;
  if (PARENTHETICAL.test(prev.text) || PARENTHETICAL.test(line.text)) return false;
  const indent = line.box[0] - page.left;
  if (indent > 1.2 * em) {
    // A first-line indent, a centred or a right-aligned row starts a paragraph, except the next row
    // of a title: both centred on the same axis, the first not ending a sentence. Centred means
    // indented on both sides alike, and set larger than the body or well in: two indented body
    // rows of one width (附件：… / 附件：…) are not a title.
    const centred = (l: OcrLine) => {
      const l0 = l.box[0] - page.left;
      const r0 = page.right - l.box[2];
      return l0 > 2 * em && Math.abs(r0 - l0) < 1.5 * em && (l.fontSize > 1.15 * page.em || l0 > 4 * em);
    };
    return centred(prev) && centred(line) && Math.abs(centerX(prev.box) - centerX(line.box)) < em && !SENTENCE_END.test(prev.text);
  }
  if (prev.box[2] < page.right - 1.5 * em) return false; // the row above ended short: its paragraph ended
  return true;
}

/** A row of several boxes with gaps of more than two characters: table cells or a form line. */
function isSpread(line: OcrLine, em: number): boolean {
  for (let i = 1; i < line.segments.length; i++) {
    if (line.segments[i]!.box[0] - line.segments[i - 1]!.box[2] > 2 * em) return true;
  }
  return false;
}

function weightedMedian(pairs: ReadonlyArray<readonly [value: number, weight: number]>): number {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((n, [, w]) => n + w, 0);
  let sum = 0;
  for (const [value, weight] of sorted) {
    sum += weight;
    if (sum >= total / 2) return value;
  }
  return 0;
}

/** The first value, from the left (`dir` 1) or the right (-1), that another value lies within `tolerance` of. */
function sharedEdge(values: number[], tolerance: number, dir: 1 | -1): number {
  const sorted = [...values].sort((a, b) => dir * (a - b));
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (Math.abs(sorted[i + 1]! - sorted[i]!) <= tolerance) return sorted[i]!;
  }
  return sorted[0] ?? 0;
}

function percentile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] ?? 0;
}

/** Joins the rows of a paragraph: no space at a line break next to Chinese, one between Latin words. */
export function joinLines(texts: readonly string[]): string {
  let out = '';
  for (const text of texts) {
    if (!text) continue;
    if (out && !isWide(Array.from(out).at(-1)) && !isWide(Array.from(text)[0]) && !out.endsWith('-')) out += ' ';
    out += text;
  }
  return out;
}

function makeParagraph(lines: OcrLine[]): OcrParagraph {
  return {
    text: joinLines(lines.map((l) => l.text)),
    box: unionBox(lines.map((l) => l.box)),
    confidence: meanConfidence(lines),
    fontSize: median(lines.map((l) => l.fontSize)),
    lines,
  };
}
