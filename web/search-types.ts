/**
 * What the page needs from a search engine. The shipped page passes pipeline/index/client.ts's
 * SearchClient; the view depends only on this shape so it can be read and tested on its own.
 */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: string;
  docId: string;
  docNumber: string;
  bulletinId: string;
  citation: string;
  title: string;
  type: string;
  kind: string;
  date: string;
  text: string;
  snippet: SnippetPart[];
  score: number;
}

export interface SearchFilter {
  docId?: string;
  kind?: string;
  year?: number;
}

export interface Searcher {
  search(query: string, options: { limit?: number; filter?: SearchFilter }): Promise<SearchHit[]>;
  /** Fetches the whole index, so later queries need no network. */
  loadAll?(): Promise<void>;
}
