/**
 * Grid rows → source rows: the cells with their columns and spans (row spans count the rows kept:
 * rows without text are not printed as rows), and the text tab-joined by grid column, one field per
 * column, a spanned or covered column empty. Tables over page breaks: continuation.ts.
 */
import type { SourceCell, SourceRow } from '../source.ts';
import type { RowItem } from './layout.ts';

export interface BuiltRow {
  row: SourceRow;
  text: string;
  bold: Array<[number, number]>;
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
