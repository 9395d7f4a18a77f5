/** Where the text of a normalised cell was printed, for cells with and without a details entry. */
import type { CellSource, Column, RowNode } from '../../schema/table.ts';

export function cellSources(row: RowNode, columns: Column[], j: number): CellSource[] {
  const detail = row.details?.[columns[j]!.key];
  if (detail) return detail.sources;
  const text = row.cells[j] ?? '';
  return text === '' ? [] : [{ line: row.position.line, cell: j, text }];
}
