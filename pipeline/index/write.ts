/**
 * Builds the static search index from the bulletins and writes it under <site>/search/.
 * Build time only (Node): nodejieba segments the words field; the rest is shared with the page.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import type { BulletinFile } from '../../schema/output.ts';
import { FIELDS, SEARCH_FORMAT, type DocTexts, type Manifest, type ManifestDoc, type TermChunk } from './format.ts';
import { indexTerms, normalizeSearchText } from './tokenize.ts';
import { unitsFromFiles, type SearchUnit } from './units.ts';
import { segmentWords, type SegmentStats } from './words.ts';

/** Postings per chunk: small enough that a query's few chunks stay light, large enough to keep the file count low. */
const CHUNK_POSTINGS = 3000;

interface IndexedUnit {
  i: number;
  text: string;
  words: string;
}

export interface SearchIndexFiles {
  units: SearchUnit[];
  /** Path relative to search/ → file content (JSON). */
  files: Map<string, string>;
  segment: SegmentStats;
}

/** The searchable form of a unit: its text and every other reading, normalised. */
export function searchableText(u: { text: string; variants: string[] }): string {
  return [u.text, ...u.variants].map(normalizeSearchText).join('\t');
}

/** Builds every file of the search index in memory. */
export async function buildSearchIndex(input: BulletinFile[]): Promise<SearchIndexFiles> {
  const units = unitsFromFiles(input);
  const texts = units.map(searchableText);
  const { words, stats } = await segmentWords(texts);

  const ms = new MiniSearch<IndexedUnit>({
    idField: 'i',
    fields: [...FIELDS],
    // Units arrive tokenized (terms joined by newlines): the tokenizer lives in tokenize.ts.
    tokenize: (text) => (text ? text.split('\n') : []),
    processTerm: (term) => term,
  });
  ms.addAll(
    units.map((_, i) => ({ i, text: indexTerms(texts[i]!).join('\n'), words: words[i]!.join('\n') })),
  );
  const js = ms.toJSON();

  const docs: ManifestDoc[] = [];
  const docIndex = new Map<string, number>();
  const docTexts: DocTexts[] = [];
  for (const [i, u] of units.entries()) {
    let d = docIndex.get(u.docId);
    if (d === undefined) {
      d = docs.length;
      docIndex.set(u.docId, d);
      docs.push({ id: u.docId, docNumber: u.docNumber, bulletinId: u.bulletinId, title: u.title, date: u.date, file: `docs/${u.docId}.json` });
      docTexts.push({ units: [] });
    }
    // Row cells are the row's names: the page splits them from the text instead of storing them twice.
    docTexts[d]!.units.push([i, u.citation, u.text, u.variants, u.type === 'row' ? [] : u.names]);
  }

  const entries = [...js.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const chunks: Manifest['chunks'] = [];
  const files = new Map<string, string>();
  let current: TermChunk = { index: [] };
  let postings = 0;
  const flush = () => {
    if (!current.index.length) return;
    const file = `terms/${chunks.length}.json`;
    chunks.push({ file, first: chunks.length === 0 ? '' : current.index[0]![0] });
    files.set(file, JSON.stringify(current));
    current = { index: [] };
    postings = 0;
  };
  for (const entry of entries) {
    current.index.push(entry as TermChunk['index'][number]);
    for (const field of Object.values(entry[1])) postings += Object.keys(field).length;
    if (postings >= CHUNK_POSTINGS) flush();
  }
  flush();

  const fieldLength: number[][] = [];
  for (let i = 0; i < units.length; i++) fieldLength.push(js.fieldLength[String(i)] ?? []);
  const manifest: Manifest = {
    format: SEARCH_FORMAT,
    minisearch: {
      documentCount: js.documentCount,
      nextId: js.nextId,
      fieldIds: js.fieldIds,
      averageFieldLength: js.averageFieldLength,
      fieldLength,
    },
    docs,
    units: units.map((u) => [u.id, docIndex.get(u.docId)!, u.type, u.kind, u.ref]),
    chunks,
  };
  files.set('manifest.json', JSON.stringify(manifest));
  for (const [d, doc] of docs.entries()) files.set(doc.file, JSON.stringify(docTexts[d]));
  return { units, files, segment: stats };
}

/** Writes the search index as plain static files under <siteDir>/search/ (replacing an older one). */
export async function writeSearchIndex(files: BulletinFile[], siteDir: string): Promise<void> {
  await writeIndexFiles(await buildSearchIndex(files), siteDir);
}

/** Writes index files built by buildSearchIndex under <siteDir>/search/. */
export async function writeIndexFiles(built: SearchIndexFiles, siteDir: string): Promise<void> {
  const root = join(siteDir, 'search');
  await rm(root, { recursive: true, force: true });
  for (const [path, content] of built.files) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}
