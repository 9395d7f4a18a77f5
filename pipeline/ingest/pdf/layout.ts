/**
 * A page's content in reading order: ruled tables first (their runs leave the flow), then unruled
 * tables, then the remaining runs as lines; every item placed by its top, top to bottom.
 */
import type { PageData } from './page.ts';
import { findTables, type GridCell, type GridTable } from './lattice.ts';
import { findStreamTables } from './stream.ts';
import { baselineRows, rowsToLines, type Line } from './lines.ts';

export interface LineItem {
  kind: 'line';
  line: Line;
  top: number;
  bottom: number;
}

export interface RowItem {
  kind: 'row';
  table: GridTable;
  /** Index of the grid row in the table. */
  index: number;
  cells: GridCell[];
  top: number;
  bottom: number;
  /** The table had rules (lattice) or was read from column alignment (stream). */
  ruled: boolean;
}

export type Item = LineItem | RowItem;

export interface PageLayout {
  page: number;
  width: number;
  height: number;
  items: Item[];
  tables: GridTable[];
}

export function layoutPage(data: PageData): PageLayout {
  const found = findTables(data.graphics.rules, data.runs, data.page);
  // A frame of one column is a box around text (a boxed note), not a table: its text goes back to the flow.
  const ruled = {
    tables: found.tables.filter((t) => t.xs.length > 2),
    rest: [...found.rest, ...found.tables.filter((t) => t.xs.length <= 2).flatMap((t) => t.rows.flat().flatMap((c) => c.lines.flatMap((l) => l.runs)))],
  };
  const rows = baselineRows(ruled.rest);
  const stream = findStreamTables(rows, data.page, data.width);
  const kept = new Set(stream.rest);
  const lines = rowsToLines(
    rows.map((row) => row.filter((r) => kept.has(r))).filter((row) => row.length > 0),
    ruled.rest.filter((r) => !r.upright),
    data.page,
  );
  const items: Item[] = lines.map((line) => ({ kind: 'line', line, top: line.top, bottom: line.bottom }));
  const rowItems = (table: GridTable, isRuled: boolean): RowItem[] =>
    table.rows.map((cells, index) => ({
      kind: 'row',
      table,
      index,
      cells,
      top: table.ys[index]!,
      bottom: table.ys[index + 1]!,
      ruled: isRuled,
    }));
  for (const t of ruled.tables) items.push(...rowItems(t, true));
  for (const t of stream.tables) items.push(...rowItems(t, false));
  items.sort((a, b) => a.top - b.top || (a.kind === 'line' && b.kind === 'line' ? a.line.x0 - b.line.x0 : 0));
  return { page: data.page, width: data.width, height: data.height, items, tables: [...ruled.tables, ...stream.tables] };
}
