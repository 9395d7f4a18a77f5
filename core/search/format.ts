/**
 * The static files of the search index under <site>/search/, shared by the writer and the client.
 * Pagefind-style: a small manifest, the MiniSearch postings cut into term-range chunks (a query
 * fetches only the chunks of its terms), and the unit texts one file per document (fetched for
 * the documents a query's candidates fall in, to check exact matches and cut snippets).
 */
import type { InstrumentKind } from '../../schema/tree.ts';

export const SEARCH_FORMAT = 1;

/** The kinds of search unit: the node types a result can be. */
export type UnitType =
  | 'chapter'
  | 'section'
  | 'table'
  | 'document'
  | 'attachment'
  | 'article'
  | 'paragraph'
  | 'item'
  | 'subitem'
  | 'heading'
  | 'row';


/** MiniSearch options every side must agree on: units are added pre-tokenized. */
export const FIELDS = ['text', 'words'] as const;

export interface Manifest {
  format: typeof SEARCH_FORMAT;
  /** MiniSearch's serialized header; documentIds are the unit indexes and omitted. */
  minisearch: {
    documentCount: number;
    nextId: number;
    fieldIds: Record<string, number>;
    averageFieldLength: number[];
    /** fieldLength[unitIndex] = per-field lengths. */
    fieldLength: number[][];
  };
  docs: ManifestDoc[];
  /** One row per unit, by unit index: [id, doc index, type, kind, refs joined by |]. */
  units: ManifestUnit[];
  /** chunks[i] holds the terms t with chunks[i].first <= t < chunks[i+1].first. */
  chunks: Array<{ file: string; first: string }>;
  /** The names list (NameList) for suggestions. */
  names: string;
  /** Where the spelling files are (fetched only for a query the index does not know). */
  spell: SpellIndex;
}

/** The spelling files: pinyin and simplified forms of characters, and the vocabulary by pinyin. */
export interface SpellIndex {
  /** Every toneless syllable (ü as v), for reading letters typed in pinyin. */
  syllables: string[];
  /** spellCharsKey(character) → its SpellChars file: a query fetches those of the characters it corrects. */
  chars: Record<string, string>;
  /** First syllable of a word's pinyin → its SpellShard. */
  shards: Record<string, string>;
}

export interface SpellChars {
  /** Character → its toneless readings joined by spaces (长 → chang zhang). */
  pinyin: Record<string, string>;
  /** Traditional and simplified characters in pairs: 國国資资… */
  t2s: string;
}

/** Which SpellChars file holds a character: its code point in blocks of 512. */
export function spellCharsKey(ch: string): string {
  return String(ch.codePointAt(0)! >> 9);
}

export interface SpellShard {
  /** [whole toneless pinyin, word, units using it], sorted by pinyin. */
  words: Array<[key: string, word: string, units: number]>;
}

export interface ManifestDoc {
  id: string;
  docNumber: string;
  bulletinId: string;
  title: string;
  date: string;
  /** The document's DocMeta, relative to search/. */
  meta: string;
  /** Its unit texts, a few kilobytes per file, in reading order (TextFragment). */
  fragments: string[];
}

/** [id, doc index, type, kind, refs joined by |, the fragment of the document that holds its text]. */
export type ManifestUnit = [id: string, doc: number, type: UnitType, kind: InstrumentKind, refs: string, fragment: number];

/** A postings chunk: MiniSearch's serialized index entries for a term range. */
export interface TermChunk {
  index: Array<[string, Record<string, Record<string, number>>]>;
}

/**
 * Unit texts of a stretch of a document, a few kilobytes: fetched for the units a query ranks or
 * shows, not for the whole document. [unit index, citation, text, variants, names, words] where words
 * are jieba's words of the printed text, as spans encoded by word-spans.ts; the last element, the
 * unit's short names (a document header's instruments' aliases), is there only when it has some.
 */
export interface TextFragment {
  units: Array<[unit: number, citation: string, text: string, variants: string[], names: string[], words: string, aliases?: string[]]>;
}

/** What a document's units share, fetched with the first of its fragments a query needs. */
export interface DocMeta {
  /**
   * When the parts of the document apply: [node id prefix, effectiveFrom, effectiveUntil] ('' when
   * absent), for a result to show its status (已失效 …) on the reader's day; the longest prefix of
   * a unit's id wins (an item with a period of its own inside its instrument).
   */
  periods?: Array<[prefix: string, from: string, until: string]>;
  /**
   * The texts the document holds (its instruments and attachments) as citations name them: [node id
   * prefix of their units, title, short names]. An article query (违建细则 第十条) picks the text here.
   */
  scopes?: Array<[prefix: string, title: string, aliases: string[]]>;
}

/**
 * The names list: whole names (cells, titles, 《titles》) with the number of units they name, most
 * first; fetched for suggestions. Every file but the manifest is named with a hash of its content
 * (terms/3.<hash>.json), so a cache can never pair a new manifest with an old chunk.
 */
export interface NameList {
  names: Array<[name: string, units: number]>;
}
