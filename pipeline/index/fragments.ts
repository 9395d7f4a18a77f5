/**
 * Text fragments: the units of a stretch of one document, a few kilobytes each, and the unit numbers
 * they give. A unit's number is its fragment × 64 + its place in it, so a posting's number alone says
 * which file holds the unit's text. Fragments are numbered down from FIRST_FRAGMENT, the oldest
 * bulletin's highest, in reading order within each bulletin: the lower a number, the newer its
 * bulletin, so “lowest first” is newest first among equals and reading order within a bulletin, and a
 * new issue takes numbers below the others without moving theirs (its postings are added, the rest
 * of the index keeps its files). A bulletin's
 * fragments live under a folder named by its id and a hash of their content (units/<key>/<k>.json),
 * whose address therefore never changes meaning (a cache may keep them forever).
 */
import type { BulletinFile } from '../../schema/output.ts';
import type { DocumentNode, InstrumentNode } from '../../schema/tree.ts';
import type { Validity } from '../../schema/reference.ts';
import { FRAGMENT_UNITS, type FragmentDoc, type FragmentUnit, type TextFragment } from '../../core/search/format.ts';
import { continuesLead } from '../../core/search/loaded-text.ts';
import { encodeSpans, type Span } from '../../core/search/word-spans.ts';
import { normalizeWithMap } from '../../core/search/tokenize.ts';
import { toOriginal } from '../../core/search/snippet.ts';
import { contentHash } from '../hash.ts';
import { walk } from '../walk.ts';
import type { SearchUnit } from './units.ts';
import type { WordSpan } from './words.ts';

/** Characters of unit texts per fragment (about 1–2 KB gzip): a query fetches the stretches its results stand in. */
const FRAGMENT_CHARS = 1500;

/**
 * Shortest word whose place is written: a match of two or more characters can only lie inside a
 * longer word, and two-character words are most of the words (leaving them out saves two thirds of
 * the bytes).
 */
const MIN_MARKED = 3;

/** The words that lie in the printed text, as spans of it: the page marks a whole word around a match. */
function printedSpans(text: string, words: WordSpan[]): Span[] {
  const long = words.filter((w) => w.end - w.start >= MIN_MARKED);
  if (!long.length) return [];
  const map = normalizeWithMap(text);
  return long.filter((w) => w.end <= map.text.length).map((w) => toOriginal(text, map, [w.start, w.end]));
}

/**
 * The periods of validity in a document, by the id prefix they cover: a document's only instrument
 * speaks for the whole document (its notice included); items and headings with a period of their own
 * come as longer prefixes.
 */
function periodsOf(doc: DocumentNode | undefined): NonNullable<FragmentDoc['periods']> {
  const out: NonNullable<FragmentDoc['periods']> = [];
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
function scopesOf(doc: DocumentNode | undefined): NonNullable<FragmentDoc['scopes']> {
  if (!doc) return [];
  const instruments = doc.children.filter((c): c is InstrumentNode => c.type === 'instrument');
  const out: NonNullable<FragmentDoc['scopes']> = instruments.map((i) => [instruments.length === 1 ? doc.id : i.id, i.title, i.aliases ?? []]);
  for (const c of doc.children) if (c.type === 'attachment') out.push([c.id, c.title, c.aliases ?? []]);
  // A list named by its caption (经济增长主动仗重点工作任务清单 序号17).
  for (const node of walk(doc)) if (node.type === 'table' && node.caption) out.push([node.id, node.caption, []]);
  return out;
}

/**
 * What of its document's scopes and periods a fragment needs: those its units lie in or hold (a
 * document's header holds all of them, an attachment's those inside it), and every instrument when
 * one of its units lies in one (a clause naming the other 细则 of its notice). The others are written
 * in the fragments of the units they cover: each fragment carries its document's title and 文号, not
 * the whole list again (a fifth of a fragment's bytes for a document of many attachments).
 */
function narrowed(doc: FragmentDoc, ids: string[]): FragmentDoc {
  const inInstrument = ids.some((id) => id.includes('/ins_'));
  const needed = (prefix: string) =>
    ids.some((id) => id === prefix || id.startsWith(`${prefix}/`) || prefix.startsWith(`${id}/`)) || (inInstrument && prefix.includes('/ins_'));
  const { periods, scopes, ...rest } = doc;
  const keptPeriods = periods?.filter(([prefix]) => needed(prefix));
  const keptScopes = scopes?.filter(([prefix]) => needed(prefix));
  return { ...rest, ...(keptPeriods?.length ? { periods: keptPeriods } : {}), ...(keptScopes?.length ? { scopes: keptScopes } : {}) };
}

/** A bulletin's fragments and where they go. */
export interface BulletinFragments {
  bulletinId: string;
  /** Folder of its fragments under search/units/: the id and a hash of their content. */
  key: string;
  /** Number of its first fragment in the archive. */
  first: number;
  fragments: TextFragment[];
}

export interface Fragmented {
  /** Unit number of each unit (by index in the units list). */
  numbers: number[];
  /** Newest first (ascending first fragment). */
  bulletins: BulletinFragments[];
}

/** Numbers fragments count down from (2^24: 16 million fragments, a hundred thousand bulletins). */
export const FIRST_FRAGMENT = 1 << 24;

/** A folder name from a bulletin id (ids are [a-z0-9-] already; anything else is replaced). */
function folder(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-') || 'bulletin';
}

/**
 * Cuts the units (in reading order, bulletin by bulletin) into fragments: a new one at each document,
 * after 64 units or about 1,500 characters. `local`: numbered from 0 (a segment, for one bulletin).
 */
export function fragmentUnits(input: BulletinFile[], units: SearchUnit[], words: WordSpan[][], fromZero = false): Fragmented {
  const documents = new Map<string, DocumentNode>(input.flatMap((f) => f.bulletin.children.map((d) => [`${f.bulletin.id}\0${d.id}`, d] as const)));
  const local: Array<{ bulletin: BulletinFragments; fragment: number; index: number }> = [];
  const bulletins: BulletinFragments[] = [];
  let size = 0;
  let current: TextFragment | undefined;
  let docKey = '';
  // What a document's fragments share, computed once per document (each walks the whole document).
  const docs = new Map<string, FragmentDoc>();
  for (const [i, u] of units.entries()) {
    let bulletin = bulletins.at(-1);
    if (!bulletin || bulletin.bulletinId !== u.bulletinId) {
      bulletin = { bulletinId: u.bulletinId, key: '', first: 0, fragments: [] };
      bulletins.push(bulletin);
      current = undefined;
    }
    const entry: FragmentUnit = [u.id, u.type, u.kind, u.refs.join('|'), u.citation, u.text, u.variants, u.type === 'row' ? [] : u.names, encodeSpans(printedSpans(u.text, words[i]!))];
    // Row cells are the row's names: the page splits them from the text instead of storing them twice.
    if (u.aliases.length) entry.push(u.aliases);
    const bytes = JSON.stringify(entry).length;
    const key = `${u.bulletinId}\0${u.docId}`;
    if (!current || key !== docKey || current.units.length >= FRAGMENT_UNITS || (size > 0 && size + bytes > FRAGMENT_CHARS)) {
      if (key !== docKey || !current) docKey = key;
      let doc = docs.get(key);
      if (!doc) {
        const node = documents.get(key);
        doc = { id: u.docId, docNumber: u.docNumber, bulletinId: u.bulletinId, title: u.title, date: u.date };
        const periods = periodsOf(node);
        const scopes = scopesOf(node);
        if (periods.length) doc.periods = periods;
        if (scopes.length) doc.scopes = scopes;
        docs.set(key, doc);
      }
      current = { doc, units: [] };
      bulletin.fragments.push(current);
      size = 0;
    }
    local[i] = { bulletin, fragment: bulletin.fragments.length - 1, index: current.units.length };
    current.units.push(entry);
    size += bytes;
  }
  // An item or paragraph whose parent, the lead-in it continues, lies in another fragment carries that
  // lead-in: the client reads a unit with its lead-in, and fetches no fragment but the unit's own.
  const at = new Map(units.map((u, i) => [`${u.bulletinId}\0${u.id}`, i]));
  for (const [i, u] of units.entries()) {
    const j = at.get(`${u.bulletinId}\0${u.id.slice(0, u.id.lastIndexOf('/'))}`);
    if (j === undefined || (local[j]!.bulletin === local[i]!.bulletin && local[j]!.fragment === local[i]!.fragment)) continue;
    if (!continuesLead(u.type, units[j]!)) continue;
    const entry = local[i]!.bulletin.fragments[local[i]!.fragment]!.units[local[i]!.index]!;
    if (entry.length < 10) entry.push([]);
    entry.push(units[j]!.text);
  }
  for (const b of bulletins) for (const f of b.fragments) f.doc = narrowed(f.doc, f.units.map((u) => u[0]));
  // Oldest first by the latest date a bulletin's documents carry (then id), numbered downwards.
  const latest = new Map(input.map((f) => [f.bulletin.id, f.bulletin.children.reduce((m, d) => (d.date > m ? d.date : m), '')]));
  const byAge = [...bulletins].sort((a, b) => {
    const da = latest.get(a.bulletinId) ?? '';
    const db = latest.get(b.bulletinId) ?? '';
    return da < db ? -1 : da > db ? 1 : a.bulletinId < b.bulletinId ? -1 : a.bulletinId > b.bulletinId ? 1 : 0;
  });
  // Local numbering (one bulletin's segment): its fragments from 0.
  let next = fromZero ? byAge.reduce((s, b) => s + b.fragments.length, 0) : FIRST_FRAGMENT;
  for (const b of byAge) {
    next -= b.fragments.length;
    b.first = next;
    b.key = `${folder(b.bulletinId)}.${contentHash(...b.fragments.map((f) => JSON.stringify(f))).slice(0, 10)}`;
  }
  const numbers = local.map(({ bulletin, fragment, index }) => (bulletin.first + fragment) * FRAGMENT_UNITS + index);
  return { numbers, bulletins: byAge.reverse() };
}

/** The fragment a unit number is in, and its place there. */
export function fragmentOf(unit: number): { fragment: number; index: number } {
  return { fragment: Math.floor(unit / FRAGMENT_UNITS), index: unit % FRAGMENT_UNITS };
}

