/**
 * Builds the static search index from the bulletins and writes it under <site>/search/.
 * Build time only (Node): nodejieba segments the words field; the formats are core/search/format.ts.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BulletinFile } from '../../schema/output.ts';
import { buildSpell } from './spell.ts';
import {
  HEAD,
  REF,
  SEARCH_FORMAT,
  TEXT,
  WORDS,
  type BulletinDirectory,
  type Manifest,
  type TermChunk,
  type TermDirectory,
} from '../../core/search/format.ts';
import { suggestionNames } from './names.ts';
import { indexTerms, normalizeSearchText } from '../../core/search/tokenize.ts';
import { docNumberKeys } from '../../core/search/refs.ts';
import { unitsFromFiles, type SearchUnit } from './units.ts';
import { segmentWords, type SegmentStats } from './words.ts';
import { fragmentUnits } from './fragments.ts';
import { PostingsBuilder, fieldPostings, type TermEntry } from './postings.ts';
import { contentName, cut } from './chunks.ts';

/** Chunk sizes in characters of JSON: 2–16 KB, about 6 KB (1–2 KB gzip) on average. */
const CHUNK_CUT = { min: 2000, max: 16000, every: 64 };
/** Term directory pages: 64–256 chunks, about 190. */
const DIRECTORY_CUT = { min: 64 * 24, max: 256 * 24, every: 128 };
/** Bulletins per page of the bulletin directory. */
const DIRECTORY_BULLETINS = 128;
/** Most characters of a title looked up inside it (攸惠 → 攸县“攸惠贷”…). */
const MAX_TITLE = 40;

export interface SearchIndexFiles {
  units: SearchUnit[];
  /** Unit number of each unit (by index in `units`): what postings and results carry. */
  numbers: number[];
  /** Path relative to search/ → file content (JSON). */
  files: Map<string, string>;
  segment: SegmentStats;
}

/** The searchable form of a unit: its text, every other reading and its short names, normalised. */
export function searchableText(u: { text: string; variants: string[]; aliases?: string[] }): string {
  return [u.text, ...u.variants, ...(u.aliases ?? [])].map(normalizeSearchText).join('\t');
}

/** The citations a unit is found by: its refs, and for a document the short forms of its 文号 (〔2023〕8号, 8号). */
function refTerms(u: SearchUnit): string[] {
  const out = [...u.refs];
  if (u.type === 'document' && u.docNumber) out.push(...docNumberKeys(normalizeSearchText(u.docNumber)));
  return out;
}

/** The last unit a document or attachment header covers: the run of units whose ids lie under its own. */
function scopeEnds(units: SearchUnit[], numbers: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, u] of units.entries()) {
    if (u.type !== 'document' && u.type !== 'attachment') continue;
    let j = i;
    while (j + 1 < units.length && units[j + 1]!.bulletinId === u.bulletinId && units[j + 1]!.id.startsWith(`${u.id}/`)) j++;
    out.set(i, numbers[j]!);
  }
  return out;
}

/** Names for suggestions under the terms they start with; titles also under each later place in them. */
function addNames(units: SearchUnit[], postings: PostingsBuilder): void {
  // Titles: what document and attachment headers are called (the 《title》 a notice issues included) and their short names.
  const headers = units.filter((u) => u.type === 'document' || u.type === 'attachment');
  const titles = new Set([...suggestionNames(headers).map(([n]) => n), ...headers.flatMap((u) => u.aliases)].map(normalizeSearchText));
  for (const [name, count] of suggestionNames(units)) {
    const key = normalizeSearchText(name);
    postings.name(key, [name, count]);
    if (!titles.has(key)) continue;
    const chars = [...key].slice(0, MAX_TITLE);
    for (let s = 1; s + 1 < chars.length; s++) if (/[\p{L}\p{N}]/u.test(chars[s]!)) postings.name(chars.slice(s).join(''), [name, count, 1]);
  }
}

/** The JSON of one term's line in its chunk. */
function termLine(entry: TermEntry, averages: number[], files: Map<string, string>, inline?: number): string {
  const fields: Record<string, unknown> = {};
  entry.fields.forEach((list, field) => {
    if (!list) return;
    fields[field] = fieldPostings(list, field, averages[field] ?? 0, (page) => {
      const json = JSON.stringify(page);
      const file = contentName('terms/p', json);
      files.set(file, json);
      return file;
    }, inline);
  });
  if (entry.names) fields.n = entry.names;
  return JSON.stringify([entry.term, fields]);
}

export interface IndexOptions {
  /** Most postings of a term on its line (format.ts POSTINGS_INLINE); Infinity writes an unsharded index, to compare with. */
  inlinePostings?: number;
}

/** Builds every file of the search index in memory. */
export async function buildSearchIndex(input: BulletinFile[], options: IndexOptions = {}): Promise<SearchIndexFiles> {
  const units = unitsFromFiles(input);
  const texts = units.map(searchableText);
  const { words, stats } = await segmentWords(texts);
  const { numbers, bulletins } = fragmentUnits(input, units, words);
  const ends = scopeEnds(units, numbers);

  const postings = new PostingsBuilder();
  // Postings go in ascending unit numbers: newest bulletin first (fragments.ts).
  const byNumber = units.map((_, i) => i).sort((a, b) => numbers[a]! - numbers[b]!);
  for (const i of byNumber) {
    const u = units[i]!;
    const n = numbers[i]!;
    const bigrams = indexTerms(texts[i]!);
    postings.unit();
    postings.add(n, TEXT, bigrams);
    postings.add(n, WORDS, words[i]!.map((w) => w.word));
    const end = ends.get(i);
    if (end !== undefined) postings.add(n, HEAD, bigrams, end);
    const refs = refTerms(u);
    if (refs.length) postings.add(n, REF, refs, end ?? n);
  }
  addNames(units, postings);

  const files = new Map<string, string>();
  const averages = postings.averages();
  const lines = postings.sorted().map((entry) => ({ key: entry.term, text: termLine(entry, averages, files, options.inlinePostings) }));
  const chunks = cut(lines, CHUNK_CUT).map((group) => {
    const json = `{"terms":[${group.texts.join(',')}]}` satisfies string;
    const file = contentName('terms', json);
    files.set(file, json);
    return { key: group.first, text: JSON.stringify([group.first, file]) };
  });
  const terms: Manifest['terms'] = cut(chunks, DIRECTORY_CUT).map((group, i) => {
    const json = `{"chunks":[${group.texts.join(',')}]}`;
    const file = contentName('terms/dir', json);
    files.set(file, json);
    // The first page starts at the beginning of the term space, whatever its first term.
    return [i === 0 ? '' : group.first, file];
  });

  const directory: Manifest['bulletins'] = [];
  for (let s = 0; s < bulletins.length; s += DIRECTORY_BULLETINS) {
    const page = bulletins.slice(s, s + DIRECTORY_BULLETINS);
    const json = JSON.stringify({ bulletins: page.map((b) => [b.first, b.key, b.fragments.length]) } satisfies BulletinDirectory);
    const file = contentName('units/dir', json);
    files.set(file, json);
    directory.push([page[0]!.first, file]);
  }
  for (const b of bulletins) b.fragments.forEach((f, k) => files.set(`units/${b.key}/${k}.json`, JSON.stringify(f)));

  const spell = buildSpell(units, words);
  for (const [path, json] of spell.files) files.set(path, json);
  const spellJson = JSON.stringify(spell.index);
  const spellFile = contentName('spell/index', spellJson);
  files.set(spellFile, spellJson);

  const manifest: Manifest = { format: SEARCH_FORMAT, units: postings.units, averageFieldLength: averages, terms, bulletins: directory, spell: spellFile };
  files.set('manifest.json', JSON.stringify(manifest));
  return { units, numbers, files, segment: stats };
}

/** Writes the search index as plain static files under <siteDir>/search/ (replacing an older one). */
export async function writeSearchIndex(files: BulletinFile[], siteDir: string): Promise<void> {
  await writeIndexFiles(await buildSearchIndex(files), siteDir);
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
