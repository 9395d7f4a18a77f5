import { z } from 'zod';

/** Where a node's own text was printed: 1-based source lines (and the printed page once known). */
export const Position = z
  .object({
    line: z.number().int().positive(),
    endLine: z.number().int().positive(),
    page: z.number().int().positive().optional(),
  })
  .describe('Source lines of the node\'s own text (children carry their own positions).');
export type Position = z.infer<typeof Position>;

/** Another reading of the same text, from a second rendition of the bulletin. */
export const Variant = z.object({
  text: z.string(),
  line: z.number().int().positive().describe('Line of this reading in the source file.'),
});
export type Variant = z.infer<typeof Variant>;

export const nodeId = z
  .string()
  .regex(/^[a-z0-9-]+(\/[a-z0-9_-]+)*$/)
  .describe('Stable citation-like path, e.g. yzbf-2023-1/art_14/item_3.');

export const nodeBase = {
  id: nodeId,
  position: Position,
  variants: z.array(Variant).optional().describe('Other readings of `text` found in another rendition.'),
};

