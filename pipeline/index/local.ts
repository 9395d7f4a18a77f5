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
  // At most READS_IN_FLIGHT files open at once: reading a whole archive's index (loadAll, for the bench)
  // asks for tens of thousands together, past the process's limit of open files.
  let open = 0;
  const waiting: Array<() => void> = [];
  return async (path) => {
    if (open >= READS_IN_FLIGHT) await new Promise<void>((go) => waiting.push(go));
    open++;
    let content: string;
    try {
      content = await readFile(join(siteDir, 'search', path), 'utf8');
    } finally {
      open--;
      waiting.shift()?.();
    }
    onFetch?.(path, content);
    return JSON.parse(content) as unknown;
  };
}

const READS_IN_FLIGHT = 64;

/** Opens <out>/site/search/, building the site first when it is missing. */
export async function openBuiltIndex(out: string, corpus = 'corpus', log: (line: string) => void = () => {}): Promise<SearchClient> {
  await ensureBuilt({ out, corpus, need: 'site', log });
  return SearchClient.open(diskFetcher(join(out, 'site')));
}
