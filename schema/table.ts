import { z } from 'zod';
import { Position, nodeBase } from './base.ts';

/** One printed piece a logical cell was built from: which source line, which printed cell, what text. */
export const CellSource = z.object({
  line: z.number().int().positive(),
  cell: z.number().int().nonnegative().describe('0-based index of the cell in the printed line (before realignment).'),
  text: z.string().describe('The piece as normalised (stray spaces and <p> markup removed).'),
});
export type CellSource = z.infer<typeof CellSource>;

/**
 * How a logical cell came to be, for the cells not printed plainly (one piece, on the row's first line,
 * in its own column): filled down, printed over several lines, moved to another column, or split.
 */
export const CellDetail = z.object({
  merged: z
    .enum(['filled', 'spanned'])
    .optional()
    .describe('filled: empty in print under a merged (row-spanning) cell, text carried down from the row above; spanned: the cell was printed across several lines (sub-rows or pages).'),
  filledFrom: z.string().optional().describe('Row id whose cell was carried down (merged = filled).'),
  sources: z.array(CellSource).describe('Printed pieces, in order; empty for a filled cell. A piece printed again on the next page (行政检查) is a source but not a second paragraph.'),
});
export type CellDetail = z.infer<typeof CellDetail>;

export const RowNode = z.object({
  ...nodeBase,
  type: z.literal('row'),
  cells: z
    .array(z.string())
    .describe('Raw rows: cells as printed, left to right. Normalised rows: one cell per column of the table, aligned with `columns`.'),
  text: z.string().describe('Cells joined by a tab.'),
  header: z.boolean().optional().describe('A repeated column-header row (raw rows only).'),
  wrapped: z
    .array(z.object({ line: z.number().int().positive(), text: z.string() }))
    .optional()
    .describe('Raw rows only: words of the row printed on lines of their own (no tab), apart from `cells`, which its own line prints; the tables stage places them in the cell they continue.'),
  serial: z.number().int().optional().describe('The printed 序号 (or task number 11. of a task list).'),
  label: z.string().optional().describe('The cell that carries the 序号, as printed: 11 or 11.持续深化“放管服”改革'),
  record: z.record(z.string(), z.string()).optional().describe('The cells keyed by column key.'),
  details: z
    .record(z.string(), CellDetail)
    .optional()
    .describe('Provenance keyed by column key, for cells not printed plainly; a cell without an entry was printed as is on the row\'s first line, in its column. Paragraphs of a cell are separated by \\n in `cells`.'),
  lines: z.array(z.number().int().positive()).optional().describe('Source lines the logical row was printed on.'),
  subrows: z
    .array(z.object({ line: z.number().int().positive(), cells: z.array(z.string()) }))
    .optional()
    .describe('When the row was printed on several lines (sub-rows of a task, a page break): each line fitted to the columns, so a 牵头单位 stays with its 工作事项.'),
  citation: z.string().optional().describe('Human citation: 《攸县行政许可事项清单（2023年版）》一、序号11'),
});
export type RowNode = z.infer<typeof RowNode>;

export const ColumnKind = z
  .enum(['serial', 'category', 'task', 'text', 'unit', 'date', 'other'])
  .describe('serial: 序号; category: row-spanning group label (（一）…); task: numbered item (1.…); text: long prose; unit: 单位 lists; date: 时限.');
export type ColumnKind = z.infer<typeof ColumnKind>;

export const Column = z.object({
  key: z.string().describe('Unique name of the column within the table, used as the record key: 事项名称, 牵头单位, 类别.'),
  name: z.string().describe('Header text normalised (工 作 事 项 → 工作事项); a parent header and its sub-header joined by ·'),
  printed: z.array(z.string()).describe('Header texts as printed, every distinct variant over the repeated header rows.'),
  kind: ColumnKind,
});
export type Column = z.infer<typeof Column>;

export const TableNote = z.object({
  text: z.string(),
  position: Position,
});
export type TableNote = z.infer<typeof TableNote>;

export const TableNode = z.object({
  ...nodeBase,
  type: z.literal('table'),
  caption: z.string().optional().describe('The line printed above the table, or the heading it sits under.'),
  number: z.number().int(),
  title: z.string().optional().describe('What a citation names: 《攸县行政许可事项清单（2023年版）》一、'),
  columns: z.array(Column).optional().describe('Set once normalised; absent on raw tables.'),
  headerLines: z.array(z.number().int().positive()).optional().describe('Source lines of the (repeated) header rows.'),
  statedCount: z.number().int().optional().describe('Row count stated by the caption or heading: （250项）'),
  notes: z.array(TableNote).optional().describe('备注 printed under the table.'),
  children: z.array(RowNode),
});
export type TableNode = z.infer<typeof TableNode>;
