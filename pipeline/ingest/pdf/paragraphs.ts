/**
 * Printed lines → paragraphs, over the whole file so that a paragraph runs on across a page break
 * (and over the running header and footer between, removed before). A line starts a new paragraph
 * when the line before it ended short (what starts this line would have fitted there), when it is
 * indented as a 公文 paragraph's first line (two characters), when the font size changes, after a
 * wide vertical gap, when it opens a numbered unit after a finished sentence, and when it is
 * centred or set apart to the right (文号, titles, 署名, dates stay lines of their own). Consecutive
 * centred lines of one style are one title wrapped over lines.
 */
import type { Line } from './lines.ts';
import { endsParagraph, ENDS_SENTENCE, OPENS_UNIT } from './wrap.ts';
import { joiner } from './lattice.ts';

/** The text block of a page: left and right edges of its full lines, and its usual line pitch. */
export interface Geometry {
  left: number;
  right: number;
  /** Baseline distance of consecutive lines in one paragraph, in points (0 when unknown). */
  pitch: number;
}

/** Lines that are never part of a wrapped title: 文号, dates, 登记号. */
const NEVER_JOINED = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|〔\d{4}〕\s*\d+\s*号$|\[\d{4}\]\s*\d+\s*号$|^[A-Z]{2,10}\s*[—–\-－]+\s*\d{4}/;

/** A 目录 entry's end: dot leaders and a page number. */
const LEADER_END = /[.．。…·]{3,}\s*\d+$/;

function clusters(values: number[], tolerance: number): Array<{ at: number; count: number }> {
  const sorted = [...values].sort((a, b) => a - b);
  const out: Array<{ values: number[] }> = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last.values[last.values.length - 1]! <= tolerance) last.values.push(v);
    else out.push({ values: [v] });
  }
  return out.map((c) => ({ at: c.values.reduce((s, v) => s + v, 0) / c.values.length, count: c.values.length }));
}

/**
 * The text block of lines set on pages of one size (a bulletin keeps one block throughout): the
 * leftmost and rightmost edges that several lines share. Undefined when there are too few lines to
 * tell, or they share no edges as wide as a text block (at least 45% of the page's width).
 */
export function geometry(lines: Line[], pageWidth: number): Geometry | undefined {
  if (lines.length < 4) return undefined;
  const need = Math.max(2, Math.ceil(0.03 * lines.length));
  const lefts = clusters(lines.map((l) => l.x0), 2).filter((c) => c.count >= need);
  const rights = clusters(lines.map((l) => l.x1), 2).filter((c) => c.count >= need);
  if (lefts.length === 0 || rights.length === 0) return undefined;
  const left = lefts[0]!.at;
  // The right edge: the rightmost shared edge (lines with hanging punctuation reach a little past it).
  const right = rights[rights.length - 1]!.at;
  if (right - left < 0.45 * pageWidth) return undefined;
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && Math.abs(a.size - b.size) < 0.5) steps.push(b.baseline - a.baseline);
  }
  const pitches = clusters(steps.filter((s) => s > 0), 1).sort((a, b) => b.count - a.count);
  return { left, right, pitch: pitches[0]?.at ?? 0 };
}

/** A line whose both sides stand well in from the text block, about equally. */
export function isCentred(line: Line, g: Geometry): boolean {
  const leftOff = line.x0 - g.left;
  const rightOff = g.right - line.x1;
  const em = line.size;
  return leftOff > 1.5 * em && rightOff > 1.5 * em && Math.abs(leftOff - rightOff) < Math.max(2 * em, 0.08 * (g.right - g.left));
}

export interface Placed {
  line: Line;
  geometry: Geometry;
}

/** Does `next` start a new paragraph after `prev` (both placed on their pages' text blocks)? */
export function startsParagraph(prev: Placed | undefined, next: Placed): boolean {
  if (!prev) return true;
  const P = prev.line;
  const Q = next.line;
  const em = Q.size;
  if (Math.abs(P.size - Q.size) > 0.15 * Math.max(P.size, Q.size)) return true;
  const samePage = P.page === Q.page;
  const pCentred = isCentred(P, prev.geometry);
  const qCentred = isCentred(Q, next.geometry);
  const wrapped = !endsParagraph(P, Q, prev.geometry.right);
  if (qCentred) {
    // A title wrapped over centred lines of one page: same face, close lines, neither a 文号 nor a date.
    const close = samePage && Q.baseline - P.baseline <= 1.9 * Math.max(P.size, Q.size);
    const sameStyle = P.family === Q.family && P.allBold === Q.allBold;
    // A line filled to the width wraps; a bold title is also broken by hand into centred lines (梯形, 菱形). Other centred
    // lines (the cover's issuer and issue) stay apart.
    const title = (wrapped || (pCentred && P.allBold && Q.allBold)) && sameStyle && close;
    return !(title && !NEVER_JOINED.test(P.text) && !NEVER_JOINED.test(Q.text) && !OPENS_UNIT.test(Q.text));
  }
  if (pCentred) return true;
  if (!wrapped || NEVER_JOINED.test(P.text) || NEVER_JOINED.test(Q.text) || LEADER_END.test(P.text)) return true;
  if (samePage && next.geometry.pitch > 0 && Q.baseline - P.baseline > 1.6 * next.geometry.pitch) return true;
  const indent = (Q.x0 - next.geometry.left) / em;
  // Set out to the left of the text block: a heading of its own.
  if (indent < -0.3) return true;
  // A first-line indent of two characters (1.2–2.6 em); deeper: a hanging indent continuing a list entry, or a line set apart.
  if (indent >= 1.2 && indent <= 2.6) return true;
  if (indent > 4.5) return true;
  if (indent > 2.6) return false;
  return OPENS_UNIT.test(Q.text) && ENDS_SENTENCE.test(P.text);
}

export interface Paragraph {
  text: string;
  bold: Array<[number, number]>;
  lines: Line[];
}

/** Appends a line to a paragraph: wrapped lines join without a space in Chinese, with one between Latin words. */
export function extend(paragraph: Paragraph, line: Line): void {
  const glue = paragraph.text ? joiner(paragraph.text, line.text) : '';
  const shift = paragraph.text.length + glue.length;
  const last = paragraph.bold[paragraph.bold.length - 1];
  for (const [s, e] of line.bold) {
    // Bold running on from the line before stays one span.
    if (last && s === 0 && last[1] === paragraph.text.length) last[1] = e + shift;
    else paragraph.bold.push([s + shift, e + shift]);
  }
  paragraph.text += glue + line.text;
  paragraph.lines.push(line);
}
