import { z } from 'zod';
import { BulletinNode } from './tree.ts';
import { Message } from './message.ts';

export const SCHEMA_VERSION = 1;

/** One file under dist/data/: a bulletin and what was reported while reading it. */
export const BulletinFile = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedBy: z.string(),
  bulletin: BulletinNode,
  messages: z.array(Message),
});
export type BulletinFile = z.infer<typeof BulletinFile>;
