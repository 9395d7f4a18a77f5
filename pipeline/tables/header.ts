/**
 * Column headers. The header row repeats on every printed page, sometimes shifted
 * (`工作任务\t工作事项\t牵头单位\t责任单位\t` vs `工作任务\t\t工作事项\t…`) or spaced out
 * (工 作 事 项); a header cell may span several columns (工作任务 over 类别 and task), and a table
 * may have a second header row under the spanning cells (权力清单 → 项目名称, 实施层级, 设定依据).
 */
import type { Column, ColumnKind } from '../../schema/table.ts';
import { assign, features, type Piece, type PrintedCell, type Profile } from './align.ts';
import { compactKey } from './cell.ts';

/** A printed row as the table stage reads it. */
export interface PrintedRow {
  cells: string[];
  line: number;
  /** The cells read once (cell.ts, align.ts). */
  read: PrintedCell[];
}

/** The comparison key of a header row: its non-empty cells without spaces, in order. */
export function headerKey(cells: string[]): string {
  return cells.map(compactKey).filter((c) => c !== '').join('|');
}

/** A column named by a year of a plan (2024年, 2023年基数, 2023年治理村数（个）): no date a row holds (2024年6月底前). */
const YEAR_COLUMN = /^\d{4}年度?(?![\d月])[^\d]{0,12}$/u;

/** A first row that names columns rather than holding data; a plan's indicators name columns by year (指标名称 2023年基数 2024年 …). */
export function looksLikeHeader(cells: string[]): boolean {
  const filled = cells.map(compactKey).filter((c) => c !== '');
  const years = filled.filter((c) => YEAR_COLUMN.test(c)).length;
  return filled.length >= 2 && years < filled.length && filled.every((c) => c.length <= 30 && !features(c).has('task') && !features(c).has('serial') && (!features(c).has('date') || (years >= 2 && YEAR_COLUMN.test(c))));
}

/**
 * A second header row: short names printed under the spanning cells of the first
 * (non-empty exactly where the first row spans, or under its empty continuation cells).
 */
function isSubHeader(first: string[], second: string[]): boolean {
  const a = first.map(compactKey);
  const b = second.map(compactKey);
  if (b.filter((c) => c !== '').length < 2 || !b.every((c) => c.length <= 12 && (c === '' || !features(c).has('task')))) return false;
  let spans = 0;
  for (let j = 0; j < Math.max(a.length, b.length); j++) {
    const top = a[j] ?? '';
    const below = b[j] ?? '';
    if (top === '' && below === '') return false;
    const spanning = top === '' || (a[j + 1] ?? 'x') === '';
    if (spanning && top === '' && below !== '') spans++;
    if (!spanning && below !== '') return false;
  }
  return spans > 0;
}

/**
 * The first row's names wrapped onto a second line (调节金征收比例 ⏎ （占成交价款）, 其中：县级 ⏎ 分享, 村集体留存 ⏎ 比例):
 * the line right under them leaves its first cell empty, which no row of data does there (it has no row above to
 * continue), and prints at least two short words, no figure among them, each under a name.
 */
function wrapsHeader(first: string[], second: string[]): boolean {
  const a = first.map(compactKey);
  const b = second.map(compactKey);
  return b[0] === '' && b.length <= a.length && b.filter((c) => c !== '').length >= 2 && b.every((c, j) => c === '' || (a[j] !== '' && c.length <= 12 && !/\d/u.test(c)));
}

/**
 * The same header printed again: the same names, allowing a typo in a long name
 * (省、市、县重点民生实项目目及… vs 省、市、县重点民生实项目及…).
 */
export function sameHeader(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split('|');
  const y = b.split('|');
  if (x.length !== y.length) return false;
  return x.every((name, i) => name === y[i] || similarity(name, y[i]!) >= 0.8);
}

/** Dice coefficient of character bigrams. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * common) / total;
}

export interface HeaderRows {
  /** Keys of header rows: the first, and the sub-header row when there is one. */
  keys: string[];
  /** Indices of all header rows (every repetition) among the printed rows. */
  indices: Set<number>;
  /** The second key is the first row's names wrapped onto a line of their own (`wrapsHeader`), not a sub-header. */
  wrapped?: boolean;
}

export function findHeaderRows(rows: PrintedRow[]): HeaderRows {
  const indices = new Set<number>();
  if (rows.length === 0 || !looksLikeHeader(rows[0]!.cells)) return { keys: [], indices };
  const keys = [headerKey(rows[0]!.cells)];
  const sub = rows[1] !== undefined && isSubHeader(rows[0]!.cells, rows[1].cells);
  const wrapped = rows[1] !== undefined && !sub && wrapsHeader(rows[0]!.cells, rows[1].cells);
  if (sub || wrapped) keys.push(headerKey(rows[1]!.cells));
  rows.forEach((r, i) => {
    // Header names are short: a row with a long cell is data, whatever else it holds.
    if (r.cells.some((c) => c.length > 60)) return;
    if (keys.some((k) => sameHeader(k, headerKey(r.cells)))) indices.add(i);
  });
  return wrapped ? { keys, indices, wrapped } : { keys, indices };
}

/** What a header name says about its column's content. */
function hint(name: string, p: Profile): number {
  if (/序号/.test(name)) return 2 * p.share.serial - 1;
  if (/单位|部门|机关/.test(name)) return 2 * p.share.unit - 1;
  if (/时限|时间|期限/.test(name)) return 2 * p.share.date - 1;
  if (/事项$|内容|依据|具体任务/.test(name)) return 2 * p.share.long - 1;
  return 0;
}

/** Places the names of a printed header row on the table's columns: a name per column ('' where none) and the text as printed. */
export function alignHeader(cells: string[], cols: Profile[]): { names: string[]; printed: string[]; moved: boolean } {
  const pieces: Array<Piece & { printed: string }> = [];
  cells.forEach((c, i) => {
    const name = compactKey(c);
    if (name !== '') pieces.push({ text: name, cell: i, printed: c.trim() });
  });
  const names = Array(cols.length).fill('') as string[];
  const printed = Array(cols.length).fill('') as string[];
  const fitted = assign(pieces, cols, (p, j) => hint(p.text, cols[j]!) - (p.cell === j ? 0 : 0.5));
  const columns = fitted?.columns ?? pieces.map((p) => Math.min(p.cell, cols.length - 1));
  columns.forEach((j, i) => {
    // Without a fit (more names than columns) the surplus names share the last column.
    names[j] = names[j] ? `${names[j]}${pieces[i]!.text}` : pieces[i]!.text;
    printed[j] = printed[j] ? `${printed[j]} ${pieces[i]!.printed}` : pieces[i]!.printed;
  });
  return { names, printed, moved: pieces.some((p, i) => columns[i] !== p.cell) };
}

/** Header names of a column of row numbers. */
const SERIAL_NAME = /序号|编号|序列|^序$|^No\.?$/iu;

export function columnKind(p: Profile, index: number): ColumnKind {
  const s = p.share;
  // Row numbers stand first, or second after a category (a column of counts further right is none: 2026年 of 98, 3, 20).
  if (s.serial > 0.5 && index <= 1) return 'serial';
  if (s.task > 0.5) return 'task';
  if (s.category > 0.3 || (index === 0 && p.empty > 0.3 && s.long < 0.5)) return 'category';
  if (s.date > 0.5) return 'date';
  if (s.unit > 0.5) return 'unit';
  if (s.long > 0.5) return 'text';
  return 'other';
}

const FALLBACK: Record<ColumnKind, string> = {
  serial: '序号',
  category: '类别',
  task: '事项',
  text: '内容',
  unit: '单位',
  date: '时限',
  other: '内容',
};

/**
 * Columns from the aligned header rows. A column under a spanning cell takes the spanning name when
 * it carries the numbered items (工作任务 → 1.开展促消费活动) and its neighbour becomes 类别;
 * otherwise it is named by what it holds.
 */
export function buildColumns(top: string[], sub: string[] | undefined, printed: string[][], profilesOf: Profile[]): Column[] {
  const kinds = profilesOf.map((p, j) => columnKind(p, j));
  const keys: string[] = Array(top.length).fill('');
  // The nearest named column to the left of each column (-1 for none), in one pass: a header of
  // thousands of empty cells (a line of tabs) must not cost their square.
  const namedBefore: number[] = [];
  let lastNamed = -1;
  for (let j = 0; j < top.length; j++) {
    namedBefore.push(lastNamed);
    if (top[j]) lastNamed = j;
  }
  const names: string[] = top.map((t, j) => {
    const below = sub?.[j] ?? '';
    const parent = t || (namedBefore[j]! >= 0 ? top[namedBefore[j]!]! : '');
    return below ? (parent ? `${parent}·${below}` : below) : parent;
  });
  // A column of small numbers its header names otherwise (分值, 数量, 泊位数) counts something: no 序号.
  for (let j = 0; j < top.length; j++) if (kinds[j] === 'serial' && names[j] && !SERIAL_NAME.test(names[j]!)) kinds[j] = 'other';
  // A second 序号 further right (a list printed in two halves side by side: 序号 犬种名称 … 序号 犬种名称 …) is one.
  for (let j = 2; j < top.length; j++) if (names[j] && SERIAL_NAME.test(names[j]!) && profilesOf[j]!.share.serial > 0.5) kinds[j] = 'serial';
  for (let j = 0; j < top.length; j++) {
    const below = sub?.[j] ?? '';
    if (below) keys[j] = below;
    else if (top[j]) keys[j] = top[j]!;
  }
  for (let j = 0; j < top.length; j++) {
    if (keys[j] !== '') continue;
    const parentIndex = namedBefore[j]!;
    if (parentIndex >= 0 && kinds[j] === 'task' && kinds[parentIndex] === 'category' && !sub?.[parentIndex]) {
      keys[j] = keys[parentIndex]!;
      keys[parentIndex] = FALLBACK.category;
    } else keys[j] = FALLBACK[kinds[j]!];
  }
  const seen = new Map<string, number>();
  const unique = keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}${n}`;
  });
  return unique.map((key, j) => ({
    key,
    name: names[j] || key,
    printed: [...new Set(printed.map((row) => row[j] ?? '').filter((t) => t !== ''))],
    kind: kinds[j]!,
  }));
}
