/**
 * Runs → printed lines. Runs whose baselines lie within 0.3 × font size form a line, ordered by x;
 * lines are ordered top to bottom (reading order by position, not by content stream). Spaces between
 * runs come from the gaps: kept between Latin words (> 0.2 em), at a Latin/Chinese boundary (> 0.5 em),
 * and between Chinese characters only for a gap as wide as a character, which a justified or
 * letter-spaced line does not leave. A gap of several ems splits the line in two (署名 and date on
 * one baseline, 印发机关 and 印发日期): those are fields, not words of a sentence.
 */
import { isWide } from './chars.ts';
import { bottom, top, type Run } from './runs.ts';
import type { FontFamily } from './fonts.ts';

export interface Line {
  page: number;
  text: string;
  /** Bold spans of `text`, [start, end). */
  bold: Array<[number, number]>;
  x0: number;
  x1: number;
  baseline: number;
  top: number;
  bottom: number;
  /** Font size of most of the line's characters. */
  size: number;
  /** Font family of most of the line's characters. */
  family: FontFamily;
  /** Every character of the line is bold. */
  allBold: boolean;
  runs: Run[];
  /** Mean OCR confidence when the line was read by OCR. */
  ocr?: number;
}

/** A gap this many ems wide between two runs on one baseline separates two fields. */
export const FIELD_GAP = 4;

/**
 * Upright runs grouped by baseline (within 0.3 × font size), each row sorted by x, rows top to
 * bottom; superscripts joined to their line.
 */
export function baselineRows(runs: Run[]): Run[][] {
  const upright = runs.filter((r) => r.upright).sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const rows: Run[][] = [];
  let current: Run[] = [];
  let base = 0;
  let size = 0;
  for (const r of upright) {
    if (current.length && Math.abs(r.baseline - base) <= 0.3 * Math.min(size, r.size) + 0.01) {
      current.push(r);
      continue;
    }
    if (current.length) rows.push(current);
    current = [r];
    base = r.baseline;
    size = r.size;
  }
  if (current.length) rows.push(current);
  attachScripts(rows);
  for (const row of rows) row.sort((a, b) => a.x0 - b.x0);
  return rows;
}

/**
 * Rows of runs → lines in reading order. `fields: false` keeps a row whole however wide its gaps
 * (inside a table cell). Rotated runs are read one by one, each a line at its place.
 */
export function rowsToLines(rows: Run[][], rotated: Run[], page: number, options: { fields?: boolean } = {}): Line[] {
  const lines: Line[] = [];
  for (const row of rows) for (const part of options.fields === false ? [row] : splitFields(row)) lines.push(makeLine(part, page));
  for (const r of rotated) lines.push(makeLine([r], page));
  return lines.sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
}

/** Groups runs into lines (see baselineRows and rowsToLines). */
export function groupLines(runs: Run[], page: number, options: { fields?: boolean } = {}): Line[] {
  return rowsToLines(baselineRows(runs), runs.filter((r) => !r.upright), page, options);
}

/**
 * Superscripts and subscripts (m², 注¹) sit off the baseline in a smaller size: a row of small runs
 * whose middle lies inside the box of a neighbouring row of larger text, between its runs, joins it.
 */
function attachScripts(rows: Run[][]): void {
  const size = (row: Run[]) => Math.max(...row.map((r) => r.size));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length === 0) continue;
    const s = size(row);
    const middle = row.reduce((sum, r) => sum + (top(r) + bottom(r)) / 2, 0) / row.length;
    for (const j of [i - 1, i + 1]) {
      const other = rows[j];
      if (!other || other.length === 0 || s > 0.8 * size(other)) continue;
      const t = Math.min(...other.map(top));
      const b = Math.max(...other.map(bottom));
      const overlaps = row.some((r) => other.some((o) => r.x0 < o.x1 - 0.1 && o.x0 < r.x1 - 0.1));
      if (middle > t && middle < b && !overlaps) {
        other.push(...row);
        rows[i] = [];
        break;
      }
    }
  }
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i]!.length === 0) rows.splice(i, 1);
}

/** Splits a row of runs at gaps of FIELD_GAP ems or more. */
export function splitFields(row: Run[]): Run[][] {
  const parts: Run[][] = [[row[0]!]];
  for (let i = 1; i < row.length; i++) {
    const prev = row[i - 1]!;
    const r = row[i]!;
    const em = Math.min(prev.size, r.size);
    if (r.x0 - prev.x1 >= FIELD_GAP * em) parts.push([r]);
    else parts[parts.length - 1]!.push(r);
  }
  return parts;
}

/** Whether a space goes between two runs printed `gap` points apart on one line. */
export function spaceBetween(prev: Run, next: Run, gap: number): boolean {
  const em = Math.min(prev.size, next.size);
  const a = prev.text[prev.text.length - 1]!;
  const b = next.text[0]!;
  const wideA = isWide(a);
  const wideB = isWide(b);
  if (wideA && wideB) return gap >= 0.9 * em;
  if (!wideA && !wideB) return gap > 0.2 * em || ((prev.spaceAfter || next.spaceBefore) && gap > -0.1 * em);
  return gap > 0.5 * em;
}

/** A line from runs on one baseline, ordered by x. */
export function makeLine(runs: Run[], page: number): Line {
  let text = '';
  const bold: Array<[number, number]> = [];
  const sizes = new Map<number, number>();
  const families = new Map<FontFamily, number>();
  let boldChars = 0;
  runs.forEach((r, i) => {
    if (i > 0) {
      const prev = runs[i - 1]!;
      if (spaceBetween(prev, r, r.x0 - prev.x1)) text += ' ';
    }
    const start = text.length;
    text += r.text;
    if (r.bold) {
      const last = bold[bold.length - 1];
      // A space between two bold runs stays inside the span.
      if (last && last[1] >= start - 1) last[1] = text.length;
      else bold.push([start, text.length]);
      boldChars += r.text.length;
    }
    const key = Math.round(r.size * 2) / 2;
    sizes.set(key, (sizes.get(key) ?? 0) + r.text.length);
    families.set(r.font.family, (families.get(r.font.family) ?? 0) + r.text.length);
  });
  const chars = runs.reduce((n, r) => n + r.text.length, 0);
  const mostOf = <K>(m: Map<K, number>) => [...m].sort((a, b) => b[1] - a[1])[0]![0];
  const read = runs.filter((r) => r.ocr !== undefined);
  const ocr = read.length ? { ocr: read.reduce((s, r) => s + r.ocr!, 0) / read.length } : {};
  return {
    ...ocr,
    page,
    text,
    bold,
    x0: Math.min(...runs.map((r) => r.x0)),
    x1: Math.max(...runs.map((r) => r.x1)),
    baseline: runs.reduce((s, r) => s + r.baseline * r.text.length, 0) / chars,
    top: Math.min(...runs.map(top)),
    bottom: Math.max(...runs.map(bottom)),
    size: mostOf(sizes),
    family: mostOf(families),
    allBold: boldChars === chars,
    runs,
  };
}
