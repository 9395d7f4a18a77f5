/**
 * Script of the search page. The engine is pipeline/index/client.ts, the same code the CLI
 * ranks with; it fetches the index files under search/ as it needs them.
 */
import { SearchClient } from '../core/search/client.ts';
import { startSearchView } from './search-view.ts';
import { bindSearchKey } from './keys.ts';
import { registerOffline } from './offline.ts';
import { SEARCH_DIR } from '../core/routes.ts';

const root = document.body.dataset.root ?? '';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(`${root}${SEARCH_DIR}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

bindSearchKey();
registerOffline(root, startSearchView(() => SearchClient.open(fetchJson), root));
