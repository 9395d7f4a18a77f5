/**
 * What the page needs from a search engine: the shipped page passes pipeline/index/client.ts's
 * SearchClient; the view depends only on this shape (and on the error a file out of reach throws) so
 * it can be read and tested on its own.
 */
import type { SearchAnswer, SearchOptions, SearchResult, Suggestion } from '../core/search/client.ts';

export type SearchHit = SearchResult;
export type SearchFilter = NonNullable<SearchOptions['filter']>;

export interface Searcher {
  /** Results and the corrections made to find them (您是不是要找). */
  find(query: string, options: SearchOptions): Promise<SearchAnswer>;
  /** Completions of the last word typed, for the list under the box. */
  suggest?(input: string, limit?: number): Promise<Suggestion[]>;
}

/**
 * A search file the page could not reach at all (no answer, not an HTTP error): the network is down or
 * the server gone, whatever navigator.onLine says (it stays true on a network without the internet, and
 * in some browsers when the page is taken offline), and the file is in no cache.
 */
export class UnreachableError extends Error {
  constructor(path: string, options?: { cause?: unknown }) {
    super(`${path}: unreachable`, options);
    this.name = 'UnreachableError';
  }
}
