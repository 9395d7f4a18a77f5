/**
 * Builds the static search index from the bulletins and writes it under <site>/search/.
 * Build time only (Node). Each bulletin's segment (segment.ts: nearly all the work) is computed
 * alone and may come from the cache; merging them writes the files of core/search/format.ts, one
 * term at a time, straight to their destination.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BulletinFile } from '../../schema/output.ts';
import { buildSpell } from './spell.ts';
import {
  SEARCH_FORMAT,
  lexiconKey,
  LEXICON_BLOCKS,
  type BulletinDirectory,
  type LexiconBlock,
  type Manifest,
  type NameEntry,
  type TermChunk,
  separatingKey,
  termChunkFile,
  type TermDirectory,
  type Tier,
} from '../../core/search/format.ts';
import { EVERYDAY, EVERYDAY_VOCABULARY } from '../../core/search/everyday.ts';
import { normalizedTable, SYNONYMS, synonymMap } from '../../core/search/lexicon.ts';
import { MAX_WORD } from '../../core/search/query.ts';
import { TABLE } from '../../core/search/lexicon-table.ts';
import { normalizeSearchText } from '../../core/search/tokenize.ts';
import { contentHash } from '../hash.ts';
import { codeVersion } from '../code-version.ts';
import { planTiers } from './tiers.ts';
import type { SearchUnit } from './units.ts';
import { fieldJson } from './postings.ts';
import { contentName, Cutter } from './chunks.ts';
import { FIRST_FRAGMENT } from './fragments.ts';
import { searchableText, type Segment, type SegmentInfo } from './segment.ts';
import { loadSegments, type Segments, type SegmentStats } from './segment-cache.ts';
import { FileWriter } from '../file-writer.ts';
import { mergeTerms, type MergedTerm } from './merge.ts';

export { searchableText };

/** Chunk sizes in characters of JSON: 0.3–1.2 KB (2.5 KB before: over an archive a line holds more postings, and a chunk of ten lines grew to 1 KB gzip; at 1.2 the seed's questions fetch 4.8 KB of chunks, not 5.9, and archive1's over thirteen bulletins 14.6, not 17.1), about 1 KB (0.4 KB gzip) on average on the seed: a query reads a line or two of each chunk it fetches, so smaller chunks cost fewer bytes before the first result (a long question: 140 KB → 111 KB at 1.2 KB gzip; 126 → 96 KB from 1.2 to 0.7 KB; the seed's heaviest question 87.5 → 81.5 KB of search files from 0.7 to 0.45 KB, the median 42.5 → 40.9 KB, with 1,120 → 1,876 chunks and the term directory's pages 6 → 10 KB). */
const CHUNK_CUT = { min: 300, max: 1200, every: 10 };
/** Term directory pages: 64–256 chunks, about 190 (a key is about 5 characters of JSON). */
const DIRECTORY_CUT = { min: 64 * 5, max: 256 * 5, every: 128 };
/** Bulletins per page of the bulletin directory. */
const DIRECTORY_BULLETINS = 128;
/** Most characters of a title looked up inside it (攸惠 → 攸县“攸惠贷”…). */
const MAX_TITLE = 40;

export interface IndexOptions {
  /** Most postings of a term on its line (format.ts POSTINGS_INLINE); Infinity writes an unsharded index, to compare with. */
  inlinePostings?: number;
  /** Where segments are kept across builds (none: computed every time). */
  cacheDir?: string;
}

export interface SearchIndexFiles {
  /** The units of the bulletins given (in their order) and the unit number of each. */
  units: SearchUnit[];
  numbers: number[];
  /** Path relative to search/ → file content (JSON). */
  files: Map<string, string>;
  segment: SegmentStats;
}

/** Where the index's files go: a path relative to search/ and its content. */
export type IndexSink = (path: string, content: string) => void | Promise<void>;

/** Names for suggestions under the terms they start with; titles also under each later place in them. */
function namesByTerm(segments: Segment[]): Map<string, NameEntry[]> {
  const names = new Map<string, { name: string; units: number }>();
  const titles = new Set<string>();
  // Newest first: a name printed two ways keeps the newest issue's form.
  for (const s of segments) {
    for (const [key, name, units] of s.names) {
      const e = names.get(key);
      if (e) e.units += units;
      else names.set(key, { name, units });
    }
    for (const t of s.titles) titles.add(t);
  }
  const out = new Map<string, NameEntry[]>();
  const file = (term: string, entry: NameEntry) => (out.get(term) ?? out.set(term, []).get(term)!).push(entry);
  const sorted = [...names].sort((a, b) => b[1].units - a[1].units || (a[1].name < b[1].name ? -1 : a[1].name > b[1].name ? 1 : 0));
  for (const [key, { name, units }] of sorted) {
    file(key, [name, units]);
    if (!titles.has(key)) continue;
    const chars = [...key].slice(0, MAX_TITLE);
    for (let s = 1; s + 1 < chars.length; s++) if (/[\p{L}\p{N}]/u.test(chars[s]!)) file(chars.slice(s).join(''), [name, units, 1]);
  }
  return out;
}

/** The JSON of one term's line in its chunk; a frequent term's pages go to the sink. */
async function termLine(entry: MergedTerm, sink: IndexSink, inline?: number): Promise<string> {
  const fields: string[] = [];
  const pages: Array<[string, string]> = [];
  entry.fields.forEach((list, field) => {
    if (!list) return;
    const json = fieldJson(
      list,
      field,
      (page) => {
        const file = contentName('terms/p', page);
        pages.push([file, page]);
        return file;
      },
      inline,
    );
    fields.push(`"${field}":${json}`);
  });
  for (const [file, json] of pages) await sink(file, json);
  if (entry.names) fields.push(`"n":${JSON.stringify(entry.names)}`);
  return `[${JSON.stringify(entry.term)},{${fields.join(',')}}]`;
}

/** Oldest first by the latest date a bulletin's documents carry, then id. */
function byAge<T extends SegmentInfo>(segments: T[]): T[] {
  return [...segments].sort((a, b) => (a.latest < b.latest ? -1 : a.latest > b.latest ? 1 : a.bulletinId < b.bulletinId ? -1 : a.bulletinId > b.bulletinId ? 1 : 0));
}

/** Numbers the segments' fragments down from `top`, oldest highest (fragments.ts): first fragment by key. */
function number(segments: SegmentInfo[], top: number, firsts: Map<string, number>): void {
  let next = top;
  for (const s of byAge(segments)) firsts.set(s.key, (next -= s.fragmentCount));
}

/**
 * Writes one tier of the index for these segments (numbered in `firsts`) to the sink: their texts,
 * the bulletin directory, the terms merged and cut into chunks, the term directory, and the list of
 * the tier's files.
 */
async function emitTier(input: Segment[], fragmentsOf: (s: SegmentInfo) => Promise<string[]>, firsts: Map<string, number>, sink: IndexSink, options: IndexOptions, code: string): Promise<Tier> {
  const files: string[] = [];
  const put = async (path: string, content: string) => {
    files.push(path);
    await sink(path, content);
  };
  // Ascending numbers: newest first.
  const segments = [...input].sort((a, b) => firsts.get(a.key)! - firsts.get(b.key)!);
  for (const s of segments) {
    // A bulletin's folder is named by its content: one already there is the same.
    for (const [k, json] of (await fragmentsOf(s)).entries()) await put(`units/${s.key}/${k}.json`, json);
  }
  const bulletins: Tier['bulletins'] = [];
  for (let i = 0; i < segments.length; i += DIRECTORY_BULLETINS) {
    const page = segments.slice(i, i + DIRECTORY_BULLETINS);
    const json = JSON.stringify({ bulletins: page.map((s) => [firsts.get(s.key)!, s.key, s.fragmentCount, s.units, s.lengthSums[0]!, s.lengthSums[1]!]) } satisfies BulletinDirectory);
    const file = contentName('units/dir', json);
    await put(file, json);
    bulletins.push([firsts.get(page[0]!.key)!, file]);
  }

  // The tier's chunks are numbered in a folder named by what they are made of: the indexing code, the
  // bulletins (their keys name their content) with their numbers, and the options; the same name
  // always holds the same files (builds are reproducible), so caches may keep them as content-named.
  const folder = contentHash(code, JSON.stringify(segments.map((s) => [s.key, firsts.get(s.key)])), `inlinePostings ${options.inlinePostings ?? 'default'}`).slice(0, 12);
  const chunkRefs: Array<{ key: string; text: string }> = [];
  const chunks: Array<{ first: string; last: string; texts: string[] }> = [];
  const cutter = new Cutter(CHUNK_CUT, (g) => chunks.push(g));
  // The last term of the chunk before: a directory key need only sort after it.
  let before = '';
  const flushChunks = async () => {
    for (const group of chunks.splice(0)) {
      await put(termChunkFile(folder, chunkRefs.length), `{"terms":[${group.texts.join(',')}]}`);
      const key = chunkRefs.length ? separatingKey(before, group.first) : group.first;
      chunkRefs.push({ key, text: JSON.stringify(key) });
      before = group.last;
    }
  };
  const order = segments.map((s) => firsts.get(s.key)!);
  for (const entry of mergeTerms(segments, order, namesByTerm(segments))) {
    cutter.add(entry.term, await termLine(entry, put, options.inlinePostings));
    await flushChunks();
  }
  cutter.flush();
  await flushChunks();
  const terms: Tier['terms'] = [];
  const pages: Array<{ first: string; texts: string[] }> = [];
  const dirCutter = new Cutter(DIRECTORY_CUT, (g) => pages.push(g));
  for (const c of chunkRefs) dirCutter.add(c.key, c.text);
  dirCutter.flush();
  let from = 0;
  for (const [i, group] of pages.entries()) {
    const json = `{"folder":${JSON.stringify(folder)},"from":${from},"keys":[${group.texts.join(',')}]}`;
    from += group.texts.length;
    const file = contentName('terms/dir', json);
    await put(file, json);
    // The first page starts at the beginning of the term space, whatever its first term.
    terms.push([i === 0 ? '' : group.first, file]);
  }
  const list = [...new Set(files)].join('\n');
  const listFile = contentName('tiers', list).replace(/\.json$/, '.txt');
  await sink(listFile, list);
  return {
    units: segments.reduce((s, x) => s + x.units, 0),
    lengthSums: [0, 1].map((f) => segments.reduce((s, x) => s + x.lengthSums[f]!, 0)),
    terms,
    bulletins,
    files: listFile,
  };
}

/** What a build may keep of the index it replaces: its large tier, when nothing in it changed. */
export interface Previous {
  manifest: Manifest;
  /** The bulletins of its large tier: [first fragment, key, fragments]. */
  bulletins: BulletinDirectory['bulletins'];
  /** Reads a file of the previous index; `keep` links it into the new one. */
  keep: (path: string) => Promise<void>;
  read: (path: string) => Promise<string>;
}

/**
 * Writes every file of the index for these segments to the sink: the tiers (tiers.ts decides
 * whether the previous index's large tier is kept), the spelling files and the manifest last.
 */
export async function emitIndex(
  all: SegmentInfo[],
  read: Pick<Segments, 'load' | 'fragments'>,
  sink: IndexSink,
  options: IndexOptions & { previous?: Previous } = {},
): Promise<{ firsts: Map<string, number>; kept: boolean }> {
  const code = await codeVersion();
  const firsts = new Map<string, number>();
  const plan = planTiers(all, options.previous, code);
  const tiers: Tier[] = [];
  if (plan.keep) {
    const prev = options.previous!;
    const main = prev.manifest.tiers[0]!;
    for (const path of (await prev.read(main.files)).split('\n').filter(Boolean)) await prev.keep(path);
    await prev.keep(main.files);
    tiers.push(main);
    for (const [first, key] of prev.bulletins) firsts.set(key, first);
    // The issues added since, numbered below the kept tier.
    number(plan.recent, Math.min(...prev.bulletins.map(([first]) => first)), firsts);
    if (plan.recent.length) tiers.push(await emitTier(await Promise.all(plan.recent.map(read.load)), read.fragments, firsts, sink, options, code));
  } else {
    number(all, FIRST_FRAGMENT, firsts);
    tiers.push(await emitTier(await Promise.all(all.map(read.load)), read.fragments, firsts, sink, options, code));
  }

  const vocab = new Map<string, number>();
  for (const s of all) for (const [w, n] of s.vocab) vocab.set(w, (vocab.get(w) ?? 0) + n);
  // The everyday words of the synonym tables are words a typo may stand for too (违张 → 违章 → 违法建设).
  for (const w of lexiconWords()) if (!vocab.has(w)) vocab.set(w, 1);
  const runs = new Map<string, number>();
  for (const s of all) for (const [w, n] of s.runs ?? []) runs.set(w, (runs.get(w) ?? 0) + n);
  const levels = [...new Set(all.flatMap((s) => (s.level ? [s.level] : [])))];
  const spell = buildSpell(vocab, [...new Set(all.flatMap((s) => [...(s.outsideGb2312 ?? '')]))].join(''), runs, levels);
  for (const [path, json] of spell.files) await sink(path, json);
  const spellJson = JSON.stringify(spell.index);
  const spellFile = contentName('spell/index', spellJson);
  await sink(spellFile, spellJson);

  // The units of bulletins marked deleted leave the counts and lengths; their postings stay in the
  // kept tier's document frequencies until the next merge.
  const gone = new Set(plan.deleted.map(([first]) => first));
  const deletedEntries = plan.keep ? options.previous!.bulletins.filter(([first]) => gone.has(first)) : [];
  const units = tiers.reduce((s, t) => s + t.units, 0) - deletedEntries.reduce((s, e) => s + (e[3] ?? 0), 0);
  const averageFieldLength = [0, 1].map((f) => (units ? (tiers.reduce((s, t) => s + t.lengthSums[f]!, 0) - deletedEntries.reduce((s, e) => s + ((f === 0 ? e[4] : e[5]) ?? 0), 0)) / units : 0));
  const lexicon = lexiconFiles(vocab.keys());
  for (const [path, json] of lexicon.files) await sink(path, json);
  const manifest: Manifest = { format: SEARCH_FORMAT, units, averageFieldLength, tiers, deleted: plan.deleted, spell: spellFile, lexicon: lexicon.index, ...(levels.length ? { levels: [...levels].sort() } : {}), code };
  await sink('manifest.json', JSON.stringify(manifest));
  return { firsts, kept: plan.keep };
}

/**
 * The curated table and the everyday words as LEXICON_BLOCKS files by each word's first two characters,
 * the curated table's entries first (the order of their words' printed lists is the page's), with the
 * words the curated table prints by theirs, and the words of the corpus (`corpusWords`, jieba's) a word
 * of the tables would cut apart (`cutByKey`: 执法人员 of 法人, 排污口 of 排污): a query is cut at them as
 * at printed words, so the table's word does not cut them apart;
 * in a folder named by their hash.
 */
function lexiconFiles(corpusWords: Iterable<string>): { files: Map<string, string>; index: string } {
  const blocks = Array.from({ length: LEXICON_BLOCKS }, () => new Map<string, string[]>());
  const printedBy = Array.from({ length: LEXICON_BLOCKS }, () => new Set<string>());
  const table = normalizedTable(TABLE);
  const entries = synonymMap([...table, ...normalizedTable(EVERYDAY)]);
  for (const [word, printed] of entries) blocks[lexiconKey(word)]!.set(word, printed);
  for (const [, printed] of table) for (const p of printed) if ([...p].length >= 2) printedBy[lexiconKey(p)]!.add(p);
  for (const w of corpusWords) if (cutByKey(w, entries)) printedBy[lexiconKey(w)]!.add(w);
  const jsons = blocks.map((block, k) =>
    JSON.stringify({ entries: [...block].sort((a, b) => (a[0] < b[0] ? -1 : 1)), ...(printedBy[k]!.size ? { printed: [...printedBy[k]!].sort() } : {}) } satisfies LexiconBlock),
  );
  const folder = `lexicon/${contentHash(...jsons).slice(0, 10)}`;
  return { files: new Map(jsons.map((json, k) => [`${folder}/${k}.json`, json])), index: folder };
}

/**
 * Whether a word of a table of two characters or more would cut a word apart: it stands inside it,
 * neither at its start nor at its end (法人 of 执法人员), or it is all the word but its last character
 * (排污 of 排污口; measured: two characters more churned the tuning sets' ranks, +4 −2).
 */
function cutByKey(word: string, keys: ReadonlyMap<string, unknown>): boolean {
  const chars = [...word];
  if (chars.length < 3 || chars.length > MAX_WORD || !/^\p{Script=Han}+$/u.test(word) || keys.has(word)) return false;
  if (keys.has(chars.slice(0, -1).join(''))) return true;
  for (let i = 1; i < chars.length - 2; i++) for (let j = i + 2; j < chars.length; j++) if (keys.has(chars.slice(i, j).join(''))) return true;
  return false;
}

/**
 * The words of the curated synonym table and of the everyday table (two to six Han characters),
 * normalised; not those of the vocabulary tables (EVERYDAY_VOCABULARY: everyday-vocabulary-1.ts to -5.ts,
 * everyday-units-*.ts, everyday-people-*.ts): a typo of one of their 9,700 colloquial words is rare, and
 * each would make the spelling files a correction fetches larger (2 KB more for a long question; -3.ts
 * alone put one question of the bench over 150 KB).
 */
function lexiconWords(): string[] {
  const vocabulary = new Set(EVERYDAY_VOCABULARY.flatMap(([w]) => w));
  const words = [...SYNONYMS.keys(), ...EVERYDAY.flatMap(([w]) => w).filter((w) => !vocabulary.has(w))].map(normalizeSearchText);
  return [...new Set(words)].filter((w) => /^\p{Script=Han}{2,6}$/u.test(w));
}

/** Builds every file of the search index in memory (tests, the bench). */
export async function buildSearchIndex(input: BulletinFile[], options: IndexOptions = {}): Promise<SearchIndexFiles> {
  const segments = await loadSegments(input, options.cacheDir);
  const { infos, load, stats } = segments;
  const files = new Map<string, string>();
  const { firsts } = await emitIndex(infos, segments, (path, content) => void files.set(path, content), options);
  const units: SearchUnit[] = [];
  const numbers: number[] = [];
  for (const s of await Promise.all(infos.map(load))) {
    const offset = firsts.get(s.key)! * 64;
    for (const [i, u] of (s.searchUnits ?? []).entries()) {
      units.push(u);
      numbers.push(offset + s.localNumbers![i]!);
    }
  }
  return { units, numbers, files, segment: stats };
}

/** The previous index in a search/ folder, if there is one of this format. */
async function readPrevious(dir: string, link: (from: string, path: string) => Promise<void>): Promise<Previous | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    if (manifest.format !== SEARCH_FORMAT || !manifest.tiers?.length) return undefined;
    const bulletins: Previous['bulletins'] = [];
    for (const [, file] of manifest.tiers[0]!.bulletins) bulletins.push(...(JSON.parse(await readFile(join(dir, file), 'utf8')) as BulletinDirectory).bulletins);
    return { manifest, bulletins, read: (path) => readFile(join(dir, path), 'utf8'), keep: (path) => link(join(dir, path), path) };
  } catch {
    return undefined;
  }
}

/**
 * Writes the search index as plain static files under <siteDir>/search/ (replacing an older one).
 * `previous`: the search/ folder of the build being replaced: its large tier is kept when none of
 * its bulletins changed (tiers.ts), and any file of the same name (named by content, so the same)
 * is linked instead of written again. Says how many segments were computed and whether the large
 * tier was kept.
 */
export async function writeSearchIndex(input: BulletinFile[], siteDir: string, options: IndexOptions & { previous?: string } = {}): Promise<SegmentStats & { kept: boolean }> {
  const root = join(siteDir, 'search');
  await rm(root, { recursive: true, force: true });
  const segments = await loadSegments(input, options.cacheDir);
  const files = new FileWriter(root);
  const previous = options.previous ? await readPrevious(options.previous, (from, path) => files.link(from, path)) : undefined;
  const { kept } = await emitIndex(
    segments.infos,
    segments,
    // A file the previous index has under the same name has the same content (names are content
    // hashes): linked. The manifest is the one file named otherwise.
    (path, content) => {
      const old = options.previous && path !== 'manifest.json' ? join(options.previous, path) : undefined;
      return old && existsSync(old) ? files.link(old, path, () => content) : files.write(path, content);
    },
    { inlinePostings: options.inlinePostings, ...(previous ? { previous } : {}) },
  );
  await files.flush();
  return { ...segments.stats, kept };
}

/** Writes index files built by buildSearchIndex under <siteDir>/search/. */
export async function writeIndexFiles(built: SearchIndexFiles, siteDir: string): Promise<void> {
  const root = join(siteDir, 'search');
  await rm(root, { recursive: true, force: true });
  const paths = [...built.files.keys()];
  for (const dir of new Set(paths.map((p) => dirname(join(root, p))))) await mkdir(dir, { recursive: true });
  await Promise.all(paths.map((p) => writeFile(join(root, p), built.files.get(p)!)));
}

export type { TermChunk, TermDirectory };
