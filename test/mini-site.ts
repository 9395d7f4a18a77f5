/**
 * A site built from a bulletin written in a test (a rendition of a few documents), in a folder of its own,
 * and a SearchClient over it: for search behaviour that the seed cannot show.
 */
import { copyFile, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { SearchClient } from '../core/search/client.ts';
import { diskFetcher } from '../pipeline/index/local.ts';
import type { BulletinFile } from '../schema/output.ts';
import type { TreeNode } from '../schema/tree.ts';
import { walk } from './seed.ts';
import { afterAll, beforeAll } from 'vitest';

export interface MiniSite {
  client: SearchClient;
  /** What the build returned: the bulletins' files and the messages. */
  built: Awaited<ReturnType<typeof build>>;
  /** The folder of the built site (index.html, doc/…). */
  site: string;
  /** Removes its folder. */
  remove(): Promise<void>;
}

/** Builds `text` as `file` of a corpus of its own and opens a SearchClient on the site. */
export async function miniSite(file: string, text: string): Promise<MiniSite> {
  const dir = await mkdtemp(join(tmpdir(), 'gongbao-mini-'));
  await mkdir(join(dir, 'corpus'));
  await writeFile(join(dir, 'corpus', file), text);
  const built = await build({ corpus: join(dir, 'corpus'), out: join(dir, 'dist') });
  const client = await SearchClient.open(diskFetcher(join(dir, 'dist', 'site')));
  return { client, built, site: join(dir, 'dist', 'site'), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The seed and bulletins of test/eval/bulletins/ built as one archive, as an office adding issues would have it. */
export async function archiveSite(names: string[]): Promise<MiniSite> {
  const dir = await mkdtemp(join(tmpdir(), 'gongbao-archive-'));
  await mkdir(join(dir, 'corpus'));
  await copyFile(join(import.meta.dirname, '..', 'corpus', 'youxian-2023-01.txt'), join(dir, 'corpus', 'youxian-2023-01.txt'));
  for (const name of names) await copyFile(join(import.meta.dirname, 'eval', 'bulletins', name), join(dir, 'corpus', name));
  const built = await build({ corpus: join(dir, 'corpus'), out: join(dir, 'dist') });
  const client = await SearchClient.open(diskFetcher(join(dir, 'dist', 'site')));
  return { client, built, site: join(dir, 'dist', 'site'), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A bulletin of test/eval/bulletins/ built alone, with its file, its messages and its nodes by id. */
export interface BlindBulletin extends MiniSite {
  file: BulletinFile;
  messages: MiniSite['built']['messages'];
  nodes: Map<string, TreeNode>;
}

/** A bulletin of test/eval/bulletins/ (written blind, never in the corpus) built alone. */
export async function blindBulletin(name: string): Promise<BlindBulletin> {
  const site = await miniSite(name, await readFile(join(import.meta.dirname, 'eval', 'bulletins', name), 'utf8'));
  const file = site.built.files[0]!;
  const nodes = new Map<string, TreeNode>();
  for (const node of walk(file.bulletin)) nodes.set(node.id, node);
  return { ...site, file, messages: site.built.messages, nodes };
}

/** A blind bulletin built once for a test file (before its tests, removed after), and its messages of some codes as `line: message`. */
export interface BlindBulletinSuite {
  /** The bulletin as built; read it inside a test, once the file's set-up has run. */
  readonly bulletin: BlindBulletin;
  codes(...wanted: string[]): string[];
}

/** Registers the set-up and clean-up of a test file over a bulletin of test/eval/bulletins/ (blindBulletin). */
export function blindBulletinSuite(name: string): BlindBulletinSuite {
  let built: BlindBulletin | undefined;
  beforeAll(async () => {
    built = await blindBulletin(name);
  });
  afterAll(() => built?.remove());
  return {
    get bulletin() {
      if (!built) throw new Error(`${name} is not built yet: read it inside a test`);
      return built;
    },
    codes: (...wanted) => built!.messages.filter((m) => wanted.includes(m.code)).map((m) => `${m.line}: ${m.message}`),
  };
}
