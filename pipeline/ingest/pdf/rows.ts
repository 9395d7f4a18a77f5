/**
 * Grid rows → source rows. A table that goes on over a page break is one table: its part on the
 * next page (the page's first content, with the same columns as the last table of the page before)
 * has its first rows compared with the table's first rows, and those that repeat the header are
 * marked `header`; the first row after them is marked `pageStart`. Rows with no text at all are
 * dropped (row spans count the rows kept). Cells are tab-joined by grid column, one field per
 * column, a spanned or covered column empty.
 */
import type { SourceCell, SourceRow } from '../source.ts';
import type { GridCell, GridTable } from './lattice.ts';
import type { RowItem } from './layout.ts';

/**
 * Same columns: the same number of grid columns of the same widths (within 3 pt); the table may sit
 * further left or right (odd and even pages have mirrored margins).
 */
export function sameColumns(a: GridTable, b: GridTable): boolean {
  if (a.xs.length !== b.xs.length) return false;
  return a.xs.every((x, i) => Math.abs(x - a.xs[0]! - (b.xs[i]! - b.xs[0]!)) <= 3);
}

const compact = (s: string) => s.replace(/\s+/g, '');

export function rowKey(cells: GridCell[]): string {
  return cells.map((c) => `${c.column}:${compact(c.text)}`).join('|');
}

export interface BuiltRow {
  row: SourceRow;
  text: string;
  bold: Array<[number, number]>;
}

/** The rows of one table part with text, spans counted over the rows kept. */
export function keptRows(items: RowItem[]): RowItem[] {
  return items.filter((item) => item.cells.some((c) => c.text.trim() !== ''));
}

/** Builds a source row from a grid row of a part. `kept` are the part's kept row indices (grid rows), in order. */
export function buildRow(item: RowItem, kept: number[]): BuiltRow {
  const columns = item.table.xs.length - 1;
  const cells: SourceCell[] = item.cells.map((c) => {
    const last = c.row + c.rowSpan - 1;
    const rowSpan = Math.max(1, kept.filter((r) => r >= c.row && r <= last).length);
    const cell: SourceCell = { text: c.text, column: c.column, columnSpan: c.columnSpan, rowSpan };
    if (c.bold) cell.bold = true;
    return cell;
  });
  const fields: string[] = Array(columns).fill('');
  for (const c of cells) fields[c.column] = c.text;
  let text = '';
  const bold: Array<[number, number]> = [];
  fields.forEach((f, j) => {
    if (j > 0) text += '\t';
    const start = text.length;
    text += f;
    const cell = cells.find((c) => c.column === j);
    if (cell?.bold && f) bold.push([start, text.length]);
  });
  return { row: { cells, columns }, text, bold };
}
