/**
 * The built index read from disk (Node side of SearchClient): the CLI and the bench read the same
 * static files the page fetches, so the terminal ranks exactly as the page does.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readBuiltFiles } from '../built.ts';
import { SearchClient, type FetchJson } from '../../core/search/client.ts';
import { writeSearchIndex } from './write.ts';

/** Reads index files from <siteDir>/search/; `onFetch` sees every file fetched (the bench counts bytes). */
export function diskFetcher(siteDir: string, onFetch?: (path: string, content: string) => void): FetchJson {
  return async (path) => {
    const content = await readFile(join(siteDir, 'search', path), 'utf8');
    onFetch?.(path, content);
    return JSON.parse(content) as unknown;
  };
}

/**
 * Opens <out>/site/search/, building first when it is missing: the whole build when there is no
 * data yet, else only the index from <out>/data/.
 */
export async function openBuiltIndex(out: string, corpus = 'corpus', log: (line: string) => void = () => {}): Promise<SearchClient> {
  const siteDir = join(out, 'site');
  if (!existsSync(join(siteDir, 'search', 'manifest.json'))) {
    if (!existsSync(join(out, 'data'))) {
      log(`no build in ${out}/: building from ${corpus}/ first`);
      const { build } = await import('../build.ts');
      const result = await build({ corpus, out });
      if (!result.written) throw new Error(`the build failed; run gongbao build to see why`);
    }
    if (!existsSync(join(siteDir, 'search', 'manifest.json'))) {
      log(`no search index in ${siteDir}/search/: writing it from ${out}/data/`);
      await writeSearchIndex(await readBuiltFiles(out), siteDir);
    }
  }
  return SearchClient.open(diskFetcher(siteDir));
}
