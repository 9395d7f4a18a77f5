/**
 * Realigning printed rows with the table's columns. Extractions drop leading empty cells
 * (`10.推进政府投资管理创新\t…` loses the empty 工作任务 cell), add trailing ones, or print two
 * columns in one cell (<p>16. 深化…</p> <p>聚焦…</p>). Most rows are printed right, so each column's
 * profile (how often its cells are numbered, dates, unit names, long prose) is learnt from the rows
 * of full width; every row is then fitted to the columns by the order-preserving assignment of its
 * non-empty cells that best matches those profiles, moving cells only when the evidence is clear.
 */

import { outlineLabel } from '../../core/chinese/labels.ts';

export const FEATURES = ['serial', 'task', 'category', 'date', 'unit', 'long'] as const;
export type Feature = (typeof FEATURES)[number];

/** A date, or the rest of one a cell wrapped inside its year (2024年8月1日至2024 ⏎ 年9月30日, 至2 ⏎ 024年10月20日). */
const DATE = /\d{4}\s*年\s*\d*\s*月?|^\d{0,3}\s*年\s*\d{1,2}\s*月|长期坚持|月底前/;
// 联 only as a body's (妇联, 工商联, 残联), 会 not of 社会, 区 not of 以南区: a cell's words wrapped inside 联席会议
// (…召开共驻共建联), before 救助 (…开展社会) or inside 区域 (…划出白鹭港以南区) name none.
const UNIT = /(局|办|委|部|院|(?<!以[东南西北])区|队|(?<!社)会|中心|公司|集团|[妇商侨文残科]联|站|所|支行|单位|部门|街道[)）]|乡镇|政府)(等)?(负责|牵头|配合|落实)?$/;

export function features(text: string): Set<Feature> {
  const f = new Set<Feature>();
  if (text === '') return f;
  const label = outlineLabel(text);
  if (/^\d{1,4}$/.test(text)) f.add('serial');
  else if (label?.level === 3 && text.length <= 60) f.add('task');
  if (label?.level === 1 || label?.level === 2) f.add('category');
  if (text.length <= 30 && DATE.test(text)) f.add('date');
  if (text.length <= 80 && UNIT.test(text) && !f.has('task')) f.add('unit');
  if (text.length >= 40) f.add('long');
  return f;
}

export interface Profile {
  /** Share of non-empty cells with each feature. */
  share: Record<Feature, number>;
  /** Share of rows leaving the column empty. */
  empty: number;
}

/** A printed cell, read once: its paragraphs, its text and what it looks like. */
export interface PrintedCell {
  paragraphs: string[];
  text: string;
  features: Set<Feature>;
}

/** Profiles of `width` columns, learnt from rows printed with exactly that many cells. */
export function profiles(rows: PrintedCell[][], width: number): Profile[] {
  const full = rows.filter((r) => r.length === width);
  return Array.from({ length: width }, (_, j) => {
    const counts = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<Feature, number>;
    let filled = 0;
    for (const r of full) {
      const cell = r[j];
      if (!cell || cell.text === '') continue;
      filled++;
      for (const f of cell.features) counts[f]++;
    }
    const share = Object.fromEntries(FEATURES.map((f) => [f, filled ? counts[f] / filled : 0])) as Record<Feature, number>;
    return { share, empty: full.length ? 1 - filled / full.length : 1 };
  });
}

/** How well a cell fits a column: features the column usually has count for, features it lacks against. */
export function fit(f: Set<Feature>, profile: Profile): number {
  let score = 0;
  for (const name of FEATURES) {
    const share = profile.share[name];
    if (f.has(name)) score += 2 * share - 1;
    else if (name !== 'long') score -= share;
  }
  if (profile.empty > 0.95) score -= 1;
  return score;
}

/** Cost of moving a printed cell to another column: small, so only clear evidence moves it. */
const MOVE = 0.5;

export interface Piece {
  text: string;
  /** features(text), when already known. */
  features?: Set<Feature>;
  /** Printed index of the cell this piece comes from. */
  cell: number;
}

/**
 * Assigns the pieces, in order, to increasing columns. Returns the column of each piece, or
 * undefined when there are more pieces than columns.
 */
export function assign(pieces: Piece[], cols: Profile[], score: (p: Piece, j: number) => number): { columns: number[]; score: number } | undefined {
  const m = pieces.length;
  const w = cols.length;
  if (m > w) return undefined;
  if (m === 0) return { columns: [], score: 0 };
  // best[i*w+j]: best score placing pieces 0..i with piece i in column j; from: the column of piece i-1 then.
  const best = new Float64Array(m * w).fill(-Infinity);
  const from = new Int32Array(m * w).fill(-1);
  for (let j = 0; j <= w - m; j++) best[j] = score(pieces[0]!, j);
  for (let i = 1; i < m; i++) {
    let runMax = -Infinity;
    let runArg = -1;
    for (let j = i; j <= w - m + i; j++) {
      const prev = best[(i - 1) * w + j - 1]!;
      if (prev > runMax) {
        runMax = prev;
        runArg = j - 1;
      }
      best[i * w + j] = runMax + score(pieces[i]!, j);
      from[i * w + j] = runArg;
    }
  }
  let end = -1;
  let top = -Infinity;
  for (let j = m - 1; j < w; j++) {
    // Ties go to the leftmost ending, which keeps printed positions when nothing argues otherwise.
    const value = best[(m - 1) * w + j]!;
    if (value > top + 1e-9) {
      top = value;
      end = j;
    }
  }
  const columns: number[] = Array(m).fill(0);
  for (let i = m - 1, j = end; i >= 0; i--) {
    columns[i] = j;
    j = from[i * w + j]!;
  }
  return { columns, score: top };
}

/** Fits the non-empty pieces of a printed row to the columns; the printed place scores a bonus. */
export function alignPieces(pieces: Piece[], cols: Profile[]): { columns: number[]; score: number } | undefined {
  const found = new Map(pieces.map((p) => [p, p.features ?? features(p.text)]));
  return assign(pieces, cols, (p, j) => fit(found.get(p)!, cols[j]!) - (p.cell === j ? 0 : MOVE));
}
