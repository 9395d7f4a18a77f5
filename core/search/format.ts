/**
 * The static files of the search index under <site>/search/, shared by the writer and the client.
 * Pagefind-style: a manifest of fixed size, postings cut into term-range chunks bounded in bytes (a
 * query fetches only the chunks of its terms, and of a frequent term only the postings that weigh
 * most), and unit texts in fragments of a few kilobytes fetched for the units a query shows. What a
 * query fetches depends on the query, not on the size of the archive.
 */
import type { InstrumentKind } from '../../schema/tree.ts';

export const SEARCH_FORMAT = 4;

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

/**
 * The fields of a term's entry, by id: `text` (bigrams of every reading) and `words` (jieba's
 * words) are scored with BM25; `head` holds the document and attachment headers (title, 文号, short
 * names) with the last unit of what each heads, so words naming a text count for all of its units;
 * `ref` holds the citations that name a unit (第十四条第三项, 附件5, a 文号 and its short forms) for
 * article and 文号 queries.
 */
export const FIELDS = ['text', 'words', 'head', 'ref'] as const;
export const TEXT = 0;
export const WORDS = 1;
export const HEAD = 2;
export const REF = 3;

/**
 * Units are numbered by the text fragment that holds them: unit = fragment × 64 + its place in the
 * fragment, fragments numbered through the archive in order. A result's texts are then found from
 * its number alone (fragment → bulletin directory → units/<bulletin key>/<k>.json): no table of
 * units anywhere.
 */
export const UNIT_BITS = 6;
export const FRAGMENT_UNITS = 1 << UNIT_BITS;

/**
 * The only file fetched on open, its size independent of the archive's: a query reaches everything
 * else through the directories, each a list of pages (a page lists up to 256 chunks or 128
 * bulletins), so it stays a few hundred bytes for hundreds of bulletins and grows by one line per
 * page past that.
 */
export interface Manifest {
  format: typeof SEARCH_FORMAT;
  /** Number of units (BM25's document count). */
  units: number;
  /** Average length of the text and words fields (BM25), in distinct terms. */
  averageFieldLength: number[];
  /**
   * The index in at most two tiers, like a log-structured store: the archive as last merged, and the
   * issues added since (numbered below it). A query reads a term from both and adds them up; adding
   * an issue rewrites the small tier only, and the build merges the two when the small one grows
   * past a twentieth of the archive (pipeline/index/tiers.ts).
   */
  tiers: Tier[];
  /**
   * Bulletins of the large tier changed or removed since it was written, as [first fragment,
   * fragments]: their units there are ignored (the new version, if any, is in the small tier), as
   * deletions are in a log-structured store until the next merge.
   */
  deleted: Array<[firstFragment: number, fragments: number]>;
  /** The SpellIndex file (fetched by the first query that needs a correction). */
  spell: string;
  /**
   * The curated table (core/search/lexicon-table.ts) and the everyday words (core/search/everyday.ts)
   * as LexiconBlock files `<folder>/<k>.json`, k from 0 to LEXICON_BLOCKS - 1 by lexiconKey of each
   * word's first two characters: a query fetches those of the pairs of characters it holds
   * (lexiconKeysOf). The folder is named by the hash of the files.
   */
  lexicon?: string;
  /**
   * The levels the archive's issuers print their bodies after (县 for 攸县人民政府办公室, 市 for a city's): a
   * body named by its level alone (市政府办, 市里) is the archive's own where its level is one of these.
   */
  levels?: string[];
  /** The version of the code that wrote the index: a build reuses a tier only when it is the same. */
  code: string;
}

export interface Tier {
  /** Units in the tier and their summed text and words field lengths. */
  units: number;
  lengthSums: number[];
  /** Pages of the term directory: [first term, file of a TermDirectory]; page i covers terms from its first to the next page's. */
  terms: Array<[first: string, file: string]>;
  /** Pages of the bulletin directory: [first fragment, file of a BulletinDirectory]. */
  bulletins: Array<[firstFragment: number, file: string]>;
  /** The list of the tier's files, for a later build to keep them (not fetched by the page). */
  files: string;
}

/**
 * A page of the term directory: keys[i] starts the terms of the tier's chunk `from + i`, up to the next
 * key. A key is the shortest start of the chunk's first term that sorts after every term of the chunk
 * before (设置 for 设置或者撤销内河渡口审批); a chunk's file is its number in its tier's folder
 * (termChunkFile), which is named by what the tier is made of: a long query reads every page, and
 * a quarter of their bytes went to whole terms and repeated paths, two thirds of the rest to a
 * content hash per chunk (the seed's directory: 16.5 KB gzip in six pages with a hash per chunk, 6.2 KB
 * in seven numbered).
 */
export interface TermDirectory {
  /** The tier's folder of chunks: terms/<folder>/<k>.json. */
  folder: string;
  /** The number of the page's first chunk in its tier. */
  from: number;
  keys: string[];
}

/** The file of the tier's chunk number `k`. */
export function termChunkFile(folder: string, k: number): string {
  return `terms/${folder}/${k}.json`;
}

/** A directory page's chunks: [key, file] each. */
export function termChunks(page: TermDirectory): Array<[key: string, file: string]> {
  return page.keys.map((key, i) => [key, termChunkFile(page.folder, page.from + i)]);
}

/** The shortest start of `first` that sorts after `before` (the whole of `first` when none is shorter). */
export function separatingKey(before: string, first: string): string {
  const chars = [...first];
  for (let n = 1; n < chars.length; n++) {
    const key = chars.slice(0, n).join('');
    if (key > before) return key;
  }
  return first;
}

/**
 * A page of the bulletin directory: per bulletin its first fragment, its key (the folder of its
 * fragments: bulletin id and a hash of their content, so a fragment's address never changes meaning)
 * and its number of fragments.
 */
export interface BulletinDirectory {
  /** Its units and their field lengths summed, so that a bulletin marked deleted leaves BM25's statistics. */
  bulletins: Array<[firstFragment: number, key: string, fragments: number, units?: number, textLength?: number, wordsLength?: number]>;
}

/**
 * A term's postings in one field. Units ascending, as differences (the first from 0); `t` the term
 * frequencies less one (absent when all are 1), `l` the field lengths (text and words fields), `e`
 * for the head field the last unit each header covers, as a difference from the unit. A term held by
 * more units than a chunk line may carry (POSTINGS_INLINE) keeps inline those it weighs most in
 * (BM25's term part: frequency against length; for `head` and `ref` the latest), and all of them in
 * pages by unit range `p`: [first unit, last unit, file of a PostingsPage].
 */
export interface FieldPostings {
  /** Units holding the term (document frequency). */
  n: number;
  u: number[];
  t?: number[];
  l?: number[];
  e?: number[];
  p?: Array<[first: number, last: number, file: string]>;
}

/** Most postings of one term and field in its chunk line. */
export const POSTINGS_INLINE = 1000;

/** A page of a term's postings: units ascending (as differences), with `t`, `l`, `e` as in FieldPostings. */
export type PostingsPage = Omit<FieldPostings, 'n' | 'p'>;

/**
 * Names offered as suggestions (a cell such as 校车使用许可, a title, a short name), under the
 * term they start with: [name as printed, units it names, 1 when the term is a later part of a
 * title (攸惠 → 攸县“攸惠贷”风险补偿资金管理办法)].
 */
export type NameEntry = [name: string, units: number, inside?: 1];

/**
 * A term chunk: terms in order, each with its postings by field id (FIELDS) and the names starting
 * with it (`n`).
 */
export interface TermChunk {
  terms: Array<[term: string, entry: { [field: string]: FieldPostings } & { n?: NameEntry[] }]>;
}

/**
 * A text fragment: the units of a stretch of one document (up to 64, about 1,500 characters; 1–2 KB
 * gzip), fetched for the units a query ranks or shows, with what a result needs of their document.
 * Units in order; the i-th is unit fragment × 64 + i.
 */
export interface TextFragment {
  doc: FragmentDoc;
  units: FragmentUnit[];
}

export interface FragmentDoc {
  id: string;
  docNumber: string;
  bulletinId: string;
  title: string;
  date: string;
  /**
   * When the parts of the document apply: [node id prefix, effectiveFrom, effectiveUntil] ('' when
   * absent), for a result to show its status (已失效 …) on the reader's day; the longest prefix of
   * a unit's id wins (an item with a period of its own inside its instrument).
   */
  periods?: Array<[prefix: string, from: string, until: string]>;
  /**
   * The texts the document holds (its instruments, attachments, captioned tables) as citations name
   * them: [node id prefix of their units, title, short names]. An article query (违建细则 第十条)
   * picks the text here.
   */
  scopes?: Array<[prefix: string, title: string, aliases: string[]]>;
}

/**
 * [id, type, kind, refs joined by |, citation, text, variants, names, words, short names?, lead-in?]:
 * words are jieba's words of the printed text as spans encoded by word-spans.ts; the short names (a
 * document header's instruments' aliases) only when there are some (an empty list before a lead-in);
 * the lead-in, its parent's printed text, only for an item, paragraph or outline point continuing it (continuesLead)
 * whose parent lies in another fragment.
 */
export type FragmentUnit = [
  id: string,
  type: UnitType,
  kind: InstrumentKind,
  refs: string,
  citation: string,
  text: string,
  variants: string[],
  names: string[],
  words: string,
  aliases?: string[],
  lead?: string,
];

/** The spelling files: pinyin and simplified forms of characters, and the vocabulary by pinyin. */
export interface SpellIndex {
  /** Every toneless syllable (ü as v), for reading letters typed in pinyin. */
  syllables: string[];
  /**
   * The SpellChars files: `<charsFolder>/<spellCharsKey(character)>.json` for each key in `chars`, as
   * runs of block numbers, first and last (the blocks of the Han characters run on, with few gaps); a
   * query fetches those of the characters it corrects. The folder is named by the hash of all of them.
   */
  charsFolder: string;
  chars: Array<[first: number, last: number]>;
  /** The SpellShards: `<shardsFolder>/<first syllable of a word's pinyin>.json` for each syllable in `shards`. */
  shardsFolder: string;
  shards: string[];
  /**
   * The traditional characters opencc makes simplified that GB 2312 holds too, in pairs with their
   * simplified forms (後后於于…): a query typed in traditional characters has them made simplified
   * with the rest, though they alone do not tell that it is (core/chinese/gb2312.ts).
   */
  traditionalInGb2312?: string;
  /** The traditional characters the texts print (an extraction's 戶, 員): searched as printed. */
  printedTraditional?: string;
  /**
   * What the archive's bodies are printed after and called without (县 of 县交通运输局, 市 of a city's 市住房和城乡建设局),
   * with the syllable whose words file holds them: a short name never printed (退役局) is looked for after each.
   */
  levels?: Array<[character: string, syllable: string]>;
}

export interface SpellChars {
  /** Character → its toneless readings joined by spaces (长 → chang zhang). */
  pinyin: Record<string, string>;
  /** Traditional and simplified characters in pairs: 國国資资… */
  t2s: string;
}

/**
 * Which SpellChars file holds a character: its code point in blocks of 32. A question of twenty
 * characters has them in some fifteen blocks whatever their size: blocks of 32 (about 0.2 KB gzip
 * each) cost it 3–4 KB less than blocks of 128 (0.5 KB), the heaviest questions of test133/134 up to
 * 3.9 KB less (a correction of eight characters fetched about 3 KB of them with blocks of 128, not 9).
 */
export function spellCharsKey(ch: string): number {
  return ch.codePointAt(0)! >> 5;
}

/** Runs of consecutive numbers, first and last, of sorted distinct numbers. */
export function numberRuns(sorted: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/**
 * Number of LexiconBlock files, and which holds the words starting with a pair of characters (a word
 * of the table has two or more). By pairs, not by first character: a query of n characters fetches at
 * most n − 1 files, each holding a word or two (about 80 bytes gzip), where files by character held a
 * dozen words starting with any of several characters the query did not hold. 4,096 files: a long
 * question fetched fifty, 4.3 KB, where 1,024 larger ones cost it 10.5 KB; with 11,000 everyday words
 * (2026-12-05) the bench's heaviest question fetched 7.4 KB of 4,096 files and fetches 4.9 KB of 8,192
 * (about 80 bytes gzip each on average, a median of 57).
 */
export const LEXICON_BLOCKS = 8192;
export function lexiconKey(word: string): number {
  const [a, b] = [...word];
  return ((Math.imul(a!.codePointAt(0)!, 65599) + (b?.codePointAt(0) ?? 0)) >>> 0) % LEXICON_BLOCKS;
}

/** The LexiconBlock files a text's pairs of characters name (老赖, 卡拉ok, kt of ktv: each pair typed). */
export function lexiconKeysOf(text: string): number[] {
  const chars = [...text];
  return [...new Set(chars.slice(1).map((ch, i) => lexiconKey(chars[i]! + ch)))];
}

/** Everyday words starting with a pair of characters, each with the words bulletins print for it. */
export interface LexiconBlock {
  entries: Array<[word: string, printed: string[]]>;
  /**
   * The words the curated table (core/search/lexicon-table.ts) prints starting with that pair: a
   * query is cut at them as at its words, and the page does not carry the table.
   */
  printed?: string[];
}

export interface SpellShard {
  /** [whole toneless pinyin, word, units using it], sorted by pinyin. */
  words: Array<[key: string, word: string, units: number]>;
  /**
   * Common words of the language (jieba's dictionary) starting with this syllable that read like a
   * vocabulary word or are one character off one (新房 beside 信访, 几年 beside 纪念): typed, they are
   * what the user meant, not a typo to correct.
   */
  real?: string[];
}
