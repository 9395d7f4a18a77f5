/**
 * Ruled tables ("lattice", as pdfplumber and camelot call it, done on vectors): rules that cross
 * each other form a grid; grid cells with no border between them are one cell with a row or column
 * span; text runs go to the cell that holds their centre (a run printed across a border is cut at
 * its estimated character positions); inside a cell, lines are rejoined and a line that ends short
 * ends a paragraph (joined with '\n').
 */
import type { Rule } from './graphics.ts';
import { bottom, top, type Run } from './runs.ts';
import { advance } from './chars.ts';
import { groupLines, type Line } from './lines.ts';
import { endsParagraph, ENDS_SENTENCE, OPENS_UNIT } from './wrap.ts';

/** Rules closer than this (points) are one line of the grid. */
const SNAP = 1.5;
/** How far a rule may stop short of the grid line it should meet. */
const REACH = 2.5;

export interface GridCell {
  /** 0-based grid row and column of the cell's top left. */
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Paragraphs joined by '\n'. */
  text: string;
  /** Every character in the cell is bold (and there is some). */
  bold: boolean;
  lines: Line[];
}

export interface GridTable {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Grid lines: column boundaries (x) and row boundaries (y), sorted. */
  xs: number[];
  ys: number[];
  /** Cells by the grid row they start in. */
  rows: GridCell[][];
}

/** Clusters values within `tolerance` of their neighbour; returns the cluster means, sorted. */
export function cluster(values: number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tolerance) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/** Collinear rules (same line within SNAP, touching or overlapping) become one. */
export function mergeRules(rules: Rule[]): Rule[] {
  const out: Rule[] = [];
  for (const horizontal of [true, false]) {
    const group = rules.filter((r) => r.horizontal === horizontal).sort((a, b) => a.at - b.at);
    const lines: Rule[][] = [];
    for (const r of group) {
      const last = lines[lines.length - 1];
      if (last && r.at - last[last.length - 1]!.at <= SNAP) last.push(r);
      else lines.push([r]);
    }
    for (const line of lines) {
      const at = line.reduce((s, r) => s + r.at, 0) / line.length;
      const spans = line.sort((a, b) => a.from - b.from);
      let current: Rule | undefined;
      for (const r of spans) {
        if (current && r.from <= current.to + REACH) {
          current.to = Math.max(current.to, r.to);
          current.width = Math.max(current.width, r.width);
        } else {
          current = { horizontal, at, from: r.from, to: r.to, width: r.width };
          out.push(current);
        }
      }
    }
  }
  return out;
}

function crosses(h: Rule, v: Rule): boolean {
  return v.at >= h.from - REACH && v.at <= h.to + REACH && h.at >= v.from - REACH && h.at <= v.to + REACH;
}

/** Sets of rules that touch each other: each with at least two horizontal and two vertical rules is a table's frame. */
export function frames(rules: Rule[]): Rule[][] {
  const merged = mergeRules(rules).filter((r) => r.to - r.from > 3);
  const parent = merged.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const hs = merged.map((r, i) => [r, i] as const).filter(([r]) => r.horizontal);
  const vs = merged.map((r, i) => [r, i] as const).filter(([r]) => !r.horizontal);
  for (const [h, i] of hs) for (const [v, j] of vs) if (crosses(h, v)) parent[find(i)] = find(j);
  const groups = new Map<number, Rule[]>();
  merged.forEach((r, i) => {
    const root = find(i);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = []));
    group.push(r);
  });
  return [...groups.values()].filter((g) => g.filter((r) => r.horizontal).length >= 2 && g.filter((r) => !r.horizontal).length >= 2);
}

/** Does some rule of `rules` run along `at` over most of [from, to]? */
function covered(rules: Rule[], at: number, from: number, to: number): boolean {
  let length = 0;
  for (const r of rules) {
    if (Math.abs(r.at - at) > SNAP + r.width / 2) continue;
    length += Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));
  }
  return length >= 0.6 * (to - from);
}

/**
 * Tables of a page from its rules. Returns the tables (cells filled with the runs inside them)
 * and the runs that lie in no table.
 */
export function findTables(rules: Rule[], runs: Run[], page: number): { tables: GridTable[]; rest: Run[] } {
  const tables: GridTable[] = [];
  let rest = runs;
  for (const frame of frames(rules)) {
    const hs = frame.filter((r) => r.horizontal);
    const vs = frame.filter((r) => !r.horizontal);
    // Grid lines, with the frame's outer extent where the outer border is not drawn (open sides).
    const xs = cluster([...vs.map((r) => r.at), Math.min(...hs.map((r) => r.from)), Math.max(...hs.map((r) => r.to))], REACH);
    const ys = cluster([...hs.map((r) => r.at), Math.min(...vs.map((r) => r.from)), Math.max(...vs.map((r) => r.to))], REACH);
    if (xs.length < 2 || ys.length < 2) continue;
    const table = buildGrid(xs, ys, hs, vs, page);
    const inside = (r: Run) => {
      const cx = (r.x0 + r.x1) / 2;
      const cy = (top(r) + bottom(r)) / 2;
      return cx > table.x0 && cx < table.x1 && cy > table.top && cy < table.bottom;
    };
    const mine = rest.filter(inside);
    rest = rest.filter((r) => !inside(r));
    fillCells(table, splitAtBorders(mine, table.xs.slice(1, -1)));
    tables.push(table);
  }
  return { tables: tables.sort((a, b) => a.top - b.top), rest };
}

function buildGrid(xs: number[], ys: number[], hs: Rule[], vs: Rule[], page: number): GridTable {
  const R = ys.length - 1;
  const C = xs.length - 1;
  const id = (r: number, c: number) => r * C + c;
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && !covered(vs, xs[c + 1]!, ys[r]!, ys[r + 1]!)) union(id(r, c), id(r, c + 1));
      if (r + 1 < R && !covered(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!)) union(id(r, c), id(r + 1, c));
    }
  }
  const regions = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = find(id(r, c));
      const g = regions.get(root);
      if (!g) regions.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        g.r0 = Math.min(g.r0, r);
        g.r1 = Math.max(g.r1, r);
        g.c0 = Math.min(g.c0, c);
        g.c1 = Math.max(g.c1, c);
      }
    }
  }
  // A region that is not a rectangle (a border missing in the middle of a row) is taken as its bounding box; overlaps keep the first.
  const taken = new Set<number>();
  const rows: GridCell[][] = Array.from({ length: R }, () => []);
  const ordered = [...regions.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  for (const g of ordered) {
    let free = true;
    for (let r = g.r0; r <= g.r1 && free; r++) for (let c = g.c0; c <= g.c1; c++) if (taken.has(id(r, c))) free = false;
    if (!free) continue;
    for (let r = g.r0; r <= g.r1; r++) for (let c = g.c0; c <= g.c1; c++) taken.add(id(r, c));
    rows[g.r0]!.push({
      row: g.r0,
      column: g.c0,
      rowSpan: g.r1 - g.r0 + 1,
      columnSpan: g.c1 - g.c0 + 1,
      x0: xs[g.c0]!,
      x1: xs[g.c1 + 1]!,
      top: ys[g.r0]!,
      bottom: ys[g.r1 + 1]!,
      text: '',
      bold: false,
      lines: [],
    });
  }
  for (const row of rows) row.sort((a, b) => a.column - b.column);
  return { page, x0: xs[0]!, x1: xs[C]!, top: ys[0]!, bottom: ys[R]!, xs, ys, rows };
}

/** Cuts runs printed across a column border (one text item over two cells) at their estimated character positions. */
export function splitAtBorders(runs: Run[], columnBorders: number[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const borders = columnBorders.filter((x) => x > run.x0 + 0.5 * run.size && x < run.x1 - 0.5 * run.size);
    if (borders.length === 0 || run.text.length < 2) {
      out.push(run);
      continue;
    }
    const chars = [...run.text];
    const weights = chars.map(advance);
    const total = weights.reduce((s, w) => s + w, 0);
    const scale = (run.x1 - run.x0) / total;
    let x = run.x0;
    let piece: { text: string; x0: number; x1: number } = { text: '', x0: x, x1: x };
    const pieces: Array<typeof piece> = [];
    let lastCentre = -Infinity;
    chars.forEach((ch, i) => {
      const w = weights[i]! * scale;
      const centre = x + w / 2;
      if (piece.text && borders.some((b) => lastCentre < b && centre > b)) {
        pieces.push(piece);
        piece = { text: '', x0: x, x1: x };
      }
      if (ch.trim()) lastCentre = centre;
      piece.text += ch;
      x += w;
      piece.x1 = x;
    });
    pieces.push(piece);
    for (const p of pieces) {
      const text = p.text.trim();
      if (text) out.push({ ...run, text, x0: p.x0, x1: p.x1 });
    }
  }
  return out;
}

function fillCells(table: GridTable, runs: Run[]): void {
  const cells = table.rows.flat();
  const byCell = new Map<GridCell, Run[]>();
  for (const run of runs) {
    const cx = (run.x0 + run.x1) / 2;
    const cy = (top(run) + bottom(run)) / 2;
    let best: GridCell | undefined;
    let distance = Infinity;
    for (const cell of cells) {
      const dx = Math.max(cell.x0 - cx, 0, cx - cell.x1);
      const dy = Math.max(cell.top - cy, 0, cy - cell.bottom);
      const d = dx + dy;
      if (d < distance) {
        distance = d;
        best = cell;
      }
      if (d === 0) break;
    }
    if (!best) continue;
    let mine = byCell.get(best);
    if (!mine) byCell.set(best, (mine = []));
    mine.push(run);
  }
  // The padding: the smallest gap seen between a cell's border and its text.
  let padding = Infinity;
  for (const [cell, mine] of byCell) padding = Math.min(padding, Math.min(...mine.map((r) => r.x0)) - cell.x0);
  padding = Number.isFinite(padding) ? Math.max(0.5, padding) : 2;
  for (const [cell, mine] of byCell) setCellText(cell, mine, table.page, cell.x1 - padding);
}

/** A cell's lines from its runs, rejoined: a line that ends short of `right` ends a paragraph ('\n'). */
export function setCellText(cell: GridCell, runs: Run[], page: number, right: number): void {
  const lines = groupLines(runs, page, { fields: false });
  cell.lines = lines;
  let text = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    // A line that ends short ends its paragraph; so does a full one ending a sentence before a line opening a numbered unit.
    if (prev) text += endsParagraph(prev, line, right) || (ENDS_SENTENCE.test(prev.text) && OPENS_UNIT.test(line.text)) ? '\n' : joiner(prev.text, line.text);
    text += line.text;
  });
  cell.text = text;
  cell.bold = runs.length > 0 && runs.every((r) => r.bold);
}

/** What joins two wrapped lines of one paragraph: nothing in Chinese, a space between Latin words. */
export function joiner(before: string, after: string): string {
  const a = before[before.length - 1] ?? '';
  const b = after[0] ?? '';
  const latin = /[A-Za-z]/.test(a) || /[A-Za-z]/.test(b);
  return latin && /[A-Za-z0-9,;:.]/.test(a) && /[A-Za-z0-9(]/.test(b) ? ' ' : '';
}
