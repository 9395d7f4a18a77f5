/** The seed bulletin, read once per test file: its source lines, each rendition's tree and the merged tree. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingestText } from '../pipeline/ingest/text.ts';
import { structure } from '../pipeline/structure/index.ts';
import { reconcile } from '../pipeline/reconcile/index.ts';
import { Messages } from '../pipeline/messages.ts';
import type { BulletinNode, TreeNode } from '../schema/tree.ts';
import { walk } from '../pipeline/walk.ts';

export const SEED_FILE = 'youxian-2023-01.txt';
export const seedText = readFileSync(fileURLToPath(new URL(`../corpus/${SEED_FILE}`, import.meta.url)), 'utf8');

/** The seed, or a small text (a hand-written case or an excerpt), through ingest, structure and reconcile. */
export function readSeed(text = seedText) {
  const messages = new Messages();
  const source = ingestText(text, SEED_FILE);
  const renditions = structure(source, 'youxian-2023-01', messages.reporter(SEED_FILE, 'structure'));
  const merged = reconcile(renditions, messages.reporter(SEED_FILE, 'reconcile'));
  return { source, renditions, merged, messages: messages.list };
}

export { walk };

export function byId(root: BulletinNode, id: string): TreeNode | undefined {
  for (const n of walk(root)) if (n.id === id) return n;
  return undefined;
}

/** Lines a..b (1-based, inclusive) of the seed, for excerpt tests. */
export function seedLines(a: number, b: number): string {
  return seedText.split('\n').slice(a - 1, b).join('\n');
}
