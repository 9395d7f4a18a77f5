/**
 * The built index read from disk (Node side of SearchClient): the CLI and the bench read the same
 * static files the page fetches, so the terminal ranks exactly as the page does.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureBuilt } from '../built.ts';
import { SearchClient, type FetchJson } from '../../core/search/client.ts';

/** Reads index files from <siteDir>/search/; `onFetch` sees every file fetched (the bench counts bytes). */
export function diskFetcher(siteDir: string, onFetch?: (path: string, content: string) => void): FetchJson {
  return async (path) => {
    const content = await readFile(join(siteDir, 'search', path), 'utf8');
    onFetch?.(path, content);
    return JSON.parse(content) as unknown;
  };
}

/** Opens <out>/site/search/, building the site first when it is missing. */
export async function openBuiltIndex(out: string, corpus = 'corpus', log: (line: string) => void = () => {}): Promise<SearchClient> {
  await ensureBuilt({ out, corpus, need: 'site', log });
  return SearchClient.open(diskFetcher(join(out, 'site')));
}
