/**
 * Builds the static search index from the bulletins and writes it under <site>/search/.
 * Build time only (Node): nodejieba segments the words field; the rest is shared with the page.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BulletinFile } from '../../schema/output.ts';
import type { DocumentNode, InstrumentNode } from '../../schema/tree.ts';
import type { Validity } from '../../schema/reference.ts';
import { walk } from '../walk.ts';
import { hashedName } from '../hash.ts';
import { buildSpell } from './spell.ts';
import { FIELDS, SEARCH_FORMAT, type DocMeta, type Manifest, type ManifestDoc, type NameList, type TextFragment } from '../../core/search/format.ts';
import { suggestionNames } from './names.ts';
import { indexTerms, normalizeSearchText, normalizeWithMap } from '../../core/search/tokenize.ts';
import { toOriginal } from '../../core/search/snippet.ts';
import { encodeSpans, type Span } from '../../core/search/word-spans.ts';
import { unitsFromFiles, type SearchUnit } from './units.ts';
import { segmentWords, type SegmentStats, type WordSpan } from './words.ts';

/** Characters of unit texts per fragment file (about 1–2 KB gzip): a query fetches the stretches its results stand in. */
const FRAGMENT_CHARS = 1500;

/** Postings per chunk: small enough that a query's few chunks stay light, large enough to keep the file count low. */
const CHUNK_POSTINGS = 600;

export interface SearchIndexFiles {
  units: SearchUnit[];
  /** Path relative to search/ → file content (JSON). */
  files: Map<string, string>;
  segment: SegmentStats;
}

/** The searchable form of a unit: its text, every other reading and its short names, normalised. */
export function searchableText(u: { text: string; variants: string[]; aliases?: string[] }): string {
  return [u.text, ...u.variants, ...(u.aliases ?? [])].map(normalizeSearchText).join('\t');
}

/**
 * The words that lie in the printed text (the searchable text's first reading), as spans of the
 * printed text: the page marks a whole word around a match in what it shows.
 */
/**
 * Shortest word written: a match of two or more characters can only lie inside a longer word, and
 * two-character words are most of the words (leaving them out saves two thirds of the bytes).
 */
const MIN_MARKED = 3;

function printedSpans(text: string, words: WordSpan[]): Span[] {
  const long = words.filter((w) => w.end - w.start >= MIN_MARKED);
  if (!long.length) return [];
  const map = normalizeWithMap(text);
  return long.filter((w) => w.end <= map.text.length).map((w) => toOriginal(text, map, [w.start, w.end]));
}

/** A term's postings per field id: units in order and their term frequencies (parallel arrays: fewer objects to collect). */
export interface IndexEntry {
  term: string;
  fields: Array<{ units: number[]; tfs: number[] } | undefined>;
  postings: number;
}

/**
 * MiniSearch's index for pre-tokenized units (unit i is MiniSearch's short id i): the `fieldIds`,
 * `fieldLength` and `averageFieldLength` of MiniSearch.toJSON() (serializationVersion 2), and the
 * entries of its `index`, written by chunkJson. MiniSearch.addAll + toJSON gives the same JSON
 * (test/search-index.test.ts loads ours with MiniSearch.loadJS and compares), but spent 1–3 s on
 * the seed's 200,000 bigrams — most of the build's budget — where this takes a tenth of that.
 */
export function serializeIndex(units: Array<string[][]>): {
  documentCount: number;
  fieldIds: Record<string, number>;
  fieldLength: number[][];
  averageFieldLength: number[];
  entries: IndexEntry[];
} {
  const postings = new Map<string, IndexEntry & { last: number[] }>();
  const fieldLength: number[][] = [];
  const totals = FIELDS.map(() => 0);
  for (const [unit, fields] of units.entries()) {
    const lengths: number[] = [];
    for (const [field, terms] of fields.entries()) {
      // MiniSearch's field length is the number of distinct terms.
      let distinct = 0;
      for (const term of terms) {
        let entry = postings.get(term);
        if (!entry) postings.set(term, (entry = { term, fields: [], postings: 0, last: [] }));
        const list = (entry.fields[field] ??= { units: [], tfs: [] });
        if (entry.last[field] === unit) list.tfs[list.tfs.length - 1]!++;
        else {
          list.units.push(unit);
          list.tfs.push(1);
          entry.last[field] = unit;
          entry.postings++;
          distinct++;
        }
      }
      lengths[field] = distinct;
      totals[field]! += distinct;
    }
    fieldLength.push(lengths);
  }
  return {
    documentCount: units.length,
    fieldIds: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
    fieldLength,
    averageFieldLength: totals.map((t) => (units.length ? t / units.length : 0)),
    entries: [...postings.values()]
      .map(({ term, fields, postings: count }) => ({ term, fields, postings: count }))
      .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)),
  };
}

/** A chunk file (TermChunk JSON) of entries, written directly: objects keyed by unit numbers are slow to build. */
export function chunkJson(entries: IndexEntry[]): string {
  let out = '{"index":[';
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    out += (e ? ',[' : '[') + JSON.stringify(entry.term) + ',{';
    let first = true;
    for (let field = 0; field < entry.fields.length; field++) {
      const postings = entry.fields[field];
      if (!postings) continue;
      const { units, tfs } = postings;
      out += (first ? '"' : ',"') + field + '":{';
      first = false;
      for (let i = 0; i < units.length; i++) out += (i ? ',"' : '"') + units[i]! + '":' + tfs[i]!;
      out += '}';
    }
    out += '}]';
  }
  return out + ']}';
}

/**
 * The periods of validity in a document, by the id prefix they cover: a document's only instrument
 * speaks for the whole document (its notice included); items and headings with a period of their own
 * come as longer prefixes.
 */
function periodsOf(doc: DocumentNode | undefined): NonNullable<DocMeta['periods']> {
  const out: NonNullable<DocMeta['periods']> = [];
  if (!doc) return out;
  const instruments = doc.children.filter((c): c is InstrumentNode => c.type === 'instrument');
  const add = (prefix: string, v: Validity | undefined) => {
    if (v && (v.effectiveFrom || v.effectiveUntil)) out.push([prefix, v.effectiveFrom ?? '', v.effectiveUntil ?? '']);
  };
  for (const ins of instruments) {
    add(instruments.length === 1 ? doc.id : ins.id, ins.validity);
    for (const node of walk(ins)) if ((node.type === 'item' || node.type === 'heading') && node.validity) add(node.id, node.validity);
  }
  return out;
}

/** A document's instruments and attachments, by the id prefix of their units (a sole instrument's units hang off the document). */
function scopesOf(doc: DocumentNode | undefined): NonNullable<DocMeta['scopes']> {
  if (!doc) return [];
  const instruments = doc.children.filter((c): c is InstrumentNode => c.type === 'instrument');
  const out: NonNullable<DocMeta['scopes']> = instruments.map((i) => [instruments.length === 1 ? doc.id : i.id, i.title, i.aliases ?? []]);
  for (const c of doc.children) if (c.type === 'attachment') out.push([c.id, c.title, c.aliases ?? []]);
  // A list named by its caption (经济增长主动仗重点工作任务清单 序号17).
  for (const node of walk(doc)) if (node.type === 'table' && node.caption) out.push([node.id, node.caption, []]);
  return out;
}

/** Builds every file of the search index in memory. */
export async function buildSearchIndex(input: BulletinFile[]): Promise<SearchIndexFiles> {
  const units = unitsFromFiles(input);
  const texts = units.map(searchableText);
  const { words, stats } = await segmentWords(texts);

  const js = serializeIndex(units.map((_, i) => [indexTerms(texts[i]!), words[i]!.map((w) => w.word)]));

  const documents = new Map(input.flatMap((f) => f.bulletin.children.map((d) => [d.id, d] as const)));
  const docs: ManifestDoc[] = [];
  const docIndex = new Map<string, number>();
  const fragments: TextFragment[][] = [];
  const fragmentOf: number[] = [];
  let size = 0;
  for (const [i, u] of units.entries()) {
    let d = docIndex.get(u.docId);
    if (d === undefined) {
      d = docs.length;
      docIndex.set(u.docId, d);
      docs.push({ id: u.docId, docNumber: u.docNumber, bulletinId: u.bulletinId, title: u.title, date: u.date, meta: '', fragments: [] });
      fragments.push([{ units: [] }]);
      size = 0;
    }
    // Row cells are the row's names: the page splits them from the text instead of storing them twice.
    const entry: TextFragment['units'][number] = [i, u.citation, u.text, u.variants, u.type === 'row' ? [] : u.names, encodeSpans(printedSpans(u.text, words[i]!))];
    if (u.aliases.length) entry.push(u.aliases);
    const bytes = JSON.stringify(entry).length;
    const own = fragments[d]!;
    if (size > 0 && size + bytes > FRAGMENT_CHARS) {
      own.push({ units: [] });
      size = 0;
    }
    own[own.length - 1]!.units.push(entry);
    fragmentOf[i] = own.length - 1;
    size += bytes;
  }

  const chunks: Manifest['chunks'] = [];
  const files = new Map<string, string>();
  let current: IndexEntry[] = [];
  let postings = 0;
  const flush = () => {
    if (!current.length) return;
    const json = chunkJson(current);
    const file = hashedName(`terms/${chunks.length}.json`, json);
    chunks.push({ file, first: chunks.length === 0 ? '' : current[0]!.term });
    files.set(file, json);
    current = [];
    postings = 0;
  };
  for (const entry of js.entries) {
    current.push(entry);
    postings += entry.postings;
    if (postings >= CHUNK_POSTINGS) flush();
  }
  flush();

  // Document texts and names under hashed names, the manifest pointing at them.
  for (const [d, doc] of docs.entries()) {
    const node = documents.get(doc.id);
    const meta = JSON.stringify({ periods: periodsOf(node), scopes: scopesOf(node) } satisfies DocMeta);
    doc.meta = hashedName(`docs/${doc.id}/meta.json`, meta);
    files.set(doc.meta, meta);
    fragments[d]!.forEach((fragment, k) => {
      const json = JSON.stringify(fragment);
      const file = hashedName(`docs/${doc.id}/${k}.json`, json);
      doc.fragments.push(file);
      files.set(file, json);
    });
  }
  const spell = buildSpell(units, words);
  for (const [path, json] of spell.files) files.set(path, json);
  const namesJson = JSON.stringify({ names: suggestionNames(units) } satisfies NameList);
  const namesFile = hashedName('names.json', namesJson);
  files.set(namesFile, namesJson);

  const manifest: Manifest = {
    format: SEARCH_FORMAT,
    minisearch: {
      documentCount: js.documentCount,
      nextId: js.documentCount,
      fieldIds: js.fieldIds,
      averageFieldLength: js.averageFieldLength,
      fieldLength: js.fieldLength,
    },
    docs,
    units: units.map((u, i) => [u.id, docIndex.get(u.docId)!, u.type, u.kind, u.refs.join('|'), fragmentOf[i]!]),
    chunks,
    names: namesFile,
    spell: spell.index,
  };
  files.set('manifest.json', JSON.stringify(manifest));
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
  const paths = [...built.files.keys()];
  for (const dir of new Set(paths.map((p) => dirname(join(root, p))))) await mkdir(dir, { recursive: true });
  await Promise.all(paths.map((p) => writeFile(join(root, p), built.files.get(p)!)));
}
