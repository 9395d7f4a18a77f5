import { z } from 'zod';
import { nodeBase } from './base.ts';

export const RowNode = z.object({
  ...nodeBase,
  type: z.literal('row'),
  cells: z.array(z.string()).describe('Cells as printed, left to right.'),
  text: z.string().describe('Cells joined by a tab.'),
  header: z.boolean().optional().describe('A repeated column-header row.'),
});
export type RowNode = z.infer<typeof RowNode>;

export const TableNode = z.object({
  ...nodeBase,
  type: z.literal('table'),
  caption: z.string().optional(),
  number: z.number().int(),
  children: z.array(RowNode),
});
export type TableNode = z.infer<typeof TableNode>;

