import { z } from 'zod';

/**
 * Where a node's own text was printed: 1-based source lines (the file's lines for a text rendition,
 * the lines of the text rebuilt from a PDF), and for a PDF the pages: the page in the file and the
 * number printed on it, where it starts and, when it runs over a page break, where it ends.
 */
export const Position = z
  .object({
    line: z.number().int().positive(),
    endLine: z.number().int().positive(),
    page: z.number().int().positive().optional().describe('PDF page (1-based index in the file) where the text starts.'),
    endPage: z.number().int().positive().optional().describe('PDF page where it ends, when not `page`.'),
    printedPage: z.number().int().optional().describe('The page number printed on `page` (— 5 —): what a citation names.'),
    endPrintedPage: z.number().int().optional().describe('The page number printed on `endPage`.'),
  })
  .describe('Source lines (and pages) of the node\'s own text (children carry their own positions).');
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

/** Text read from a page image by OCR, and how sure the reader was (0–1, the least of its lines). */
export const Ocr = z.object({ confidence: z.number().min(0).max(1) });

export const nodeBase = {
  id: nodeId,
  position: Position,
  variants: z.array(Variant).optional().describe('Other readings of `text` found in another rendition.'),
  ocr: Ocr.optional().describe('The text was read by OCR from a scanned page.'),
};

