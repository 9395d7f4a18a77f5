/**
 * What the page needs from a search engine: the shipped page passes pipeline/index/client.ts's
 * SearchClient; the view depends only on this shape so it can be read and tested on its own.
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
