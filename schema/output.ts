import { z } from 'zod';
import { BulletinNode } from './tree.ts';
import { Message } from './message.ts';
import { CitedBy, Reference } from './reference.ts';

export const SCHEMA_VERSION = 1;

/** One file under dist/data/: a bulletin and what was reported while reading it. */
export const BulletinFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedBy: z.string(),
  bulletin: BulletinNode,
  messages: z.array(Message),
  references: z.array(Reference).optional().describe('Citations found in this bulletin\'s texts (link stage).'),
  citedBy: z.record(z.string(), z.array(CitedBy)).optional().describe('Node id → the places, in any bulletin, that cite it.'),
});
export type BulletinFile = z.infer<typeof BulletinFile>;
