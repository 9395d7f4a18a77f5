/**
 * Tables without rules (the "stream" method). A table starts at a row of runs broken by wide gaps
 * (an em) into two or more segments and goes on until a line of prose (one piece without even the
 * narrow gap of a cell's padding, as wide as a text block, or a numbered heading) or a wide
 * vertical gap. Columns start where the runs of several
 * lines start (justified and left-aligned cells all start at their column's left edge; centred
 * header cells fall inside their column). Rows: printed lines that overlap vertically are one band;
 * bands are grouped into rows where the gaps between them fall into two sizes (the wider one between
 * rows, from the cell padding), else at the lines that fill the first column.
 */
import type { Run } from './runs.ts';
import { bottom, top } from './runs.ts';
import { setCellText, splitAtBorders, type GridCell, type GridTable } from './lattice.ts';

/** A gap this wide (in ems) separates two cells of an unruled table. */
const CELL_GAP = 1;
/** Run starts closer than this (points) are one column start. */
const ALIGN = 2.5;
const HEADING = /^(第[〇零一二两三四五六七八九十百千\d]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|附\s*件)/;

/** Pieces of a row separated by gaps of at least `gap` ems. */
function segments(row: Run[], gap = CELL_GAP): number {
  let n = 1;
  for (let i = 1; i < row.length; i++) if (row[i]!.x0 - row[i - 1]!.x1 >= gap * Math.min(row[i]!.size, row[i - 1]!.size)) n++;
  return n;
}

/** Inside a table, cells filled to their width leave only the padding between them: a third of an em. */
const PADDING_GAP = 0.3;

/**
 * Finds unruled tables among rows of runs (grouped by baseline, top to bottom, sorted by x).
 * Returns the tables and the runs that are in none.
 */
export function findStreamTables(rows: Run[][], page: number, pageWidth = 595): { tables: GridTable[]; rest: Run[] } {
  const size = (row: Run[]) => Math.max(...row.map((r) => r.size));
  const width = (row: Run[]) => row[row.length - 1]!.x1 - row[0]!.x0;
  const prose = (row: Run[]) => segments(row, PADDING_GAP) === 1 && (width(row) >= 0.45 * pageWidth || HEADING.test(row[0]!.text));
  const tables: GridTable[] = [];
  const used = new Set<number>();
  let i = 0;
  // A table starts at a row of three cells or more (a 第X条 label and its text are two pieces of one line).
  const opens = (row: Run[]) => segments(row) >= 3 || segments(row, 2.5) >= 2;
  while (i < rows.length) {
    if (!opens(rows[i]!)) {
      i++;
      continue;
    }
    let start = i;
    // A header cell wrapped over two lines is centred around the row's other cells: its first line sits above them.
    while (start > 0 && !used.has(start - 1) && rows[i]![0]!.baseline - rows[start - 1]![0]!.baseline < size(rows[i]!) && !prose(rows[start - 1]!)) start--;
    let end = i + 1;
    while (end < rows.length && !prose(rows[end]!) && rows[end]![0]!.baseline - rows[end - 1]![0]!.baseline <= 3 * size(rows[end]!)) end++;
    const table = asTable(rows.slice(start, end), page);
    if (table) {
      tables.push(table);
      for (let k = start; k < end; k++) used.add(k);
    }
    i = end;
  }
  const rest = rows.filter((_, k) => !used.has(k)).flat();
  return { tables, rest };
}

function asTable(block: Run[][], page: number): GridTable | undefined {
  const runs = block.flat();
  const em = Math.max(...runs.map((r) => r.size));
  // Column starts: x where runs of two or more lines start.
  const starts = [...runs.map((r) => r.x0)].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const x of starts) {
    const last = groups[groups.length - 1];
    if (last && x - last[last.length - 1]! <= ALIGN) last.push(x);
    else groups.push([x]);
  }
  // A column start no run of the block is printed across (a river of white down the block): justified
  // prose lines can leave gaps at the same places (CJK glyphs sit on a grid), but other lines cross them.
  const columns = groups
    .filter((g) => g.length >= 2)
    .map((g) => Math.min(...g))
    .filter((x, k) => k === 0 || !runs.some((r) => r.x0 < x - 0.5 * r.size && r.x1 > x + 0.5 * r.size));
  if (columns.length < 2) return undefined;
  const left = Math.min(...runs.map((r) => r.x0));
  const right = Math.max(...runs.map((r) => r.x1));
  const xs = [Math.min(left, columns[0]!), ...columns.slice(1), right];
  const pieces = splitAtBorders(runs, columns.slice(1));
  const columnOf = (r: Run) => {
    let k = 0;
    for (let c = 1; c < columns.length; c++) if (columns[c]! <= r.x0 + ALIGN) k = c;
    return k;
  };

  // Bands: printed lines, those overlapping vertically taken together.
  const sorted = [...pieces].sort((a, b) => top(a) - top(b));
  const bands: Array<{ top: number; bottom: number; runs: Run[] }> = [];
  for (const r of sorted) {
    const last = bands[bands.length - 1];
    if (last && top(r) < last.bottom - 0.1 * r.size) {
      last.runs.push(r);
      last.bottom = Math.max(last.bottom, bottom(r));
    } else bands.push({ top: top(r), bottom: bottom(r), runs: [r] });
  }
  const gaps = bands.slice(1).map((b, k) => b.top - bands[k]!.bottom);
  // Two sizes of gap: between lines of a cell, and (wider, the cell padding) between rows.
  const ordered = [...gaps].sort((a, b) => a - b);
  let threshold: number | undefined;
  let jump = 0;
  for (let k = 1; k < ordered.length; k++) {
    if (ordered[k]! - ordered[k - 1]! > jump) {
      jump = ordered[k]! - ordered[k - 1]!;
      threshold = (ordered[k]! + ordered[k - 1]!) / 2;
    }
  }
  const hasKey = (b: (typeof bands)[number]) => b.runs.some((r) => columnOf(r) === 0);
  const rowsOf: Array<typeof bands> = [];
  bands.forEach((b, k) => {
    const newRow = k === 0 || (threshold !== undefined && jump >= 0.2 * em ? gaps[k - 1]! > threshold : hasKey(b));
    if (newRow) rowsOf.push([b]);
    else rowsOf[rowsOf.length - 1]!.push(b);
  });
  const C = xs.length - 1;
  // Enough evidence for a table: three columns over three printed lines, or two columns over four rows.
  if (C < 2 || bands.length < 3 || rowsOf.length < 2 || (C === 2 && rowsOf.length < 4)) return undefined;

  const ys = [...rowsOf.map((r) => r[0]!.top), rowsOf[rowsOf.length - 1]!.at(-1)!.bottom];
  const grid: GridCell[][] = rowsOf.map((bandsOfRow, k) => {
    const mine = bandsOfRow.flatMap((b) => b.runs);
    const cells: GridCell[] = [];
    for (let c = 0; c < C; c++) {
      const inCell = mine.filter((r) => columnOf(r) === c);
      if (inCell.length === 0) continue;
      const cell: GridCell = { row: k, column: c, rowSpan: 1, columnSpan: 1, x0: xs[c]!, x1: xs[c + 1]!, top: ys[k]!, bottom: ys[k + 1]!, text: '', bold: false, lines: [] };
      setCellText(cell, inCell, page, (c + 1 < C ? xs[c + 1]! : right) - 0.2 * em);
      cells.push(cell);
    }
    return cells;
  });
  // Every row but a few must fill two or more columns: a block of prose does not.
  if (grid.filter((cells) => cells.length >= 2).length < Math.max(2, 0.5 * grid.length)) return undefined;
  // Cells of one character (not a number) are the gaps of a letter-spaced line cut into pieces, not cells.
  const filled = grid.flat().filter((c) => c.text.trim() !== '');
  if (filled.filter((c) => [...c.text.trim()].length === 1 && !/\d/.test(c.text)).length > 0.25 * filled.length) return undefined;
  return { page, x0: xs[0]!, x1: right, top: ys[0]!, bottom: ys[ys.length - 1]!, xs, ys, rows: grid };
}
