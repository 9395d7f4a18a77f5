/**
 * One fuzz input through the real pipeline, in memory: each file through its reader, structure,
 * tables and reconcile (readBulletin), the corpus checks, link and schema validation (finish), and
 * for a sample the search index and the site. Then the checks: no crash, unique ids, every file
 * schema-valid, no U+FFFD in the JSON or the pages, and every file either built or named by an
 * error.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { checkUnique, finish, readBulletin, Stages, type Crash } from '../../pipeline/build.ts';
import { Messages } from '../../pipeline/messages.ts';
import { readerFor } from '../../pipeline/ingest/readers.ts';
import { buildSearchIndex } from '../../pipeline/index/index.ts';
import { writeSite } from '../../pipeline/site/index.ts';
import { BulletinFile } from '../../schema/output.ts';
import type { BulletinNode } from '../../schema/tree.ts';
import { walk } from '../../pipeline/walk.ts';
import type { FuzzInput } from './mutate.ts';

export interface Outcome {
  ms: number;
  bytes: number;
  /** Bulletins built. */
  built: number;
  /** A crash: an exception out of the pipeline, or an internal-error it reported. */
  crash?: string;
  duplicateIds: number;
  schemaInvalid: number;
  /** Files whose JSON or pages hold U+FFFD. */
  replacement: number;
  /** Files neither built nor named by an error (lost without a word). */
  silent: number;
  /** Files left out with a clear error naming them. */
  clearErrors: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

export async function runInput(input: FuzzInput): Promise<Outcome> {
  const t = performance.now();
  const bytes = input.files.reduce((n, f) => n + f.bytes.length, 0);
  const outcome: Outcome = { ms: 0, bytes, built: 0, duplicateIds: 0, schemaInvalid: 0, replacement: 0, silent: 0, clearErrors: 0 };
  const messages = new Messages();
  const stages = new Stages();
  const crashes: Crash[] = [];
  try {
    const bulletins: BulletinNode[] = [];
    for (const f of input.files) {
      const reader = readerFor(extname(f.name))!;
      const b = await readBulletin({ name: f.name, bytes: f.bytes, reader }, messages, stages, crashes);
      if (b) bulletins.push(b);
    }
    const { files } = await finish(checkUnique(bulletins, messages), messages, stages, crashes, {});
    outcome.built = files.length;
    const ids = new Set<string>();
    for (const file of files) {
      const json = JSON.stringify(file);
      if (json.includes('\ufffd')) outcome.replacement++;
      if (!BulletinFile.safeParse(JSON.parse(json)).success) outcome.schemaInvalid++;
      for (const node of walk(file.bulletin)) {
        if (ids.has(node.id)) outcome.duplicateIds++;
        ids.add(node.id);
      }
    }
    if (input.site && files.length) {
      const built = await buildSearchIndex(files);
      for (const [, content] of built.files) if (content.includes('\ufffd')) outcome.replacement++;
      const dir = await mkdtemp(join(tmpdir(), 'gongbao-fuzz-site-'));
      try {
        await writeSite(files, dir);
        for (const p of await filesUnder(dir)) if (/\.(html|json)$/.test(p) && (await readFile(p, 'utf8')).includes('\ufffd')) outcome.replacement++;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    const list = messages.list;
    for (const f of input.files) {
      if (files.some((b) => b.bulletin.file === f.name)) continue;
      if (list.some((m) => m.file === f.name && m.severity === 'error')) outcome.clearErrors++;
      else outcome.silent++;
    }
    if (crashes.length) outcome.crash = crashes.map((c) => `${c.file} (${c.stage}): ${c.stack}`).join('\n');
  } catch (error) {
    outcome.crash = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  outcome.ms = performance.now() - t;
  return outcome;
}
