import { z } from 'zod';

/** A problem found while reading a bulletin, reported like a compiler warning. */
export const Message = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string().describe('Stable kebab-case name, e.g. missing-attachment-heading.'),
  message: z.string(),
  file: z.string(),
  line: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  stage: z.string().describe('Pipeline stage that reported it: ingest, structure, reconcile, tables, link…'),
});
export type Message = z.infer<typeof Message>;
