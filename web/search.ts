/**
 * Script of the search page. The engine is pipeline/index/client.ts, the same code the CLI
 * ranks with; it fetches the index files under search/ as it needs them.
 */
import { SearchClient } from '../core/search/client.ts';
import { startSearchView } from './search-view.ts';
import { bindSearchKey } from './keys.ts';
import { registerOffline } from './offline.ts';
import { SEARCH_DIR } from '../core/routes.ts';
import { UnreachableError } from './search-types.ts';

const root = document.body.dataset.root ?? '';

async function fetchJson(path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${root}${SEARCH_DIR}${path}`);
  } catch (cause) {
    throw new UnreachableError(path, { cause });
  }
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

bindSearchKey();
registerOffline(root, startSearchView(() => SearchClient.open(fetchJson), root));
