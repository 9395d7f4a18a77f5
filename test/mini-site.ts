/**
 * A site built from a bulletin written in a test (a rendition of a few documents), in a folder of its own,
 * and a SearchClient over it: for search behaviour that the seed cannot show.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { SearchClient } from '../core/search/client.ts';
import { diskFetcher } from '../pipeline/index/local.ts';

export interface MiniSite {
  client: SearchClient;
  /** Removes its folder. */
  remove(): Promise<void>;
}

/** Builds `text` as `file` of a corpus of its own and opens a SearchClient on the site. */
export async function miniSite(file: string, text: string): Promise<MiniSite> {
  const dir = await mkdtemp(join(tmpdir(), 'gongbao-mini-'));
  await mkdir(join(dir, 'corpus'));
  await writeFile(join(dir, 'corpus', file), text);
  await build({ corpus: join(dir, 'corpus'), out: join(dir, 'dist') });
  const client = await SearchClient.open(diskFetcher(join(dir, 'dist', 'site')));
  return { client, remove: () => rm(dir, { recursive: true, force: true }) };
}
