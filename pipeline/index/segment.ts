/**
 * A bulletin's share of the search index, computed from that bulletin alone: its units cut into text
 * fragments and numbered locally, each unit's terms per field (bigrams, jieba's words, the header's
 * bigrams with what it covers, the citations naming it), its names for suggestions and its
 * vocabulary for corrections. Nearly all the index's work is here, so an archive caches a segment
 * per bulletin (keyed by the bulletin's content and the code's version) and a build recomputes only
 * the segments of bulletins that changed; merging segments into the index files is the only step
 * that reads them all (write.ts).
 */
import type { BulletinFile } from '../../schema/output.ts';
import { HEAD, REF, TEXT, WORDS } from '../../core/search/format.ts';
import { indexTerms, normalizeSearchText, searchableOf } from '../../core/search/tokenize.ts';
import { docNumberKeys } from '../../core/search/refs.ts';
import { DEFINED_NAME } from '../../core/chinese/quote.ts';
import { LEVELS, regionOf } from '../../core/chinese/region.ts';
import { unitsFromFiles, type SearchUnit } from './units.ts';
import { segmentWords } from './words.ts';
import { fragmentUnits } from './fragments.ts';
import { suggestionNames } from './names.ts';
import { printedOutsideGb2312, singlesRuns, singlesVocabulary, vocabulary } from './spell.ts';

/** One field's postings in a segment: terms sorted, term k's postings at [start[k], start[k+1]). */
export interface SegmentField {
  terms: string[];
  start: Uint32Array;
  /** Local unit numbers (local fragment × 64 + place), ascending within a term. */
  locals: Uint32Array;
  tfs: Uint16Array;
  /** Field lengths (distinct terms of the unit in the field). */
  lengths: Uint32Array;
  /** Last local unit a header covers (head field), the unit itself otherwise. */
  ends: Uint32Array;
}

/** What the merge needs of every bulletin, even one whose postings it keeps from the last build. */
export interface SegmentInfo {
  bulletinId: string;
  /** The latest date its documents carry: bulletins are numbered by it (fragments.ts). */
  latest: string;
  /** Folder of its fragments: id and a hash of their content (and so of all its postings). */
  key: string;
  /** Number of its text fragments. */
  fragmentCount: number;
  units: number;
  /** Summed field lengths of the text and words fields (BM25's averages). */
  lengthSums: number[];
  /** Vocabulary for corrections: [word, units using it]. */
  vocab: Array<[word: string, units: number]>;
  /** Runs of characters jieba cut one by one, for pinyin and corrections where no word reads so (singlesRuns). */
  runs?: Array<[word: string, units: number]>;
  /** The Han characters its texts print outside GB 2312 (an extraction's 戶, 員), each once. */
  outsideGb2312: string;
  /**
   * What its issuer's bodies are printed after and called without: the last character of the place it opens
   * with (攸县人民政府办公室 → 县: 县交通运输局; 枫城市人民政府 → 市: 市住房和城乡建设局), when that is a county's, a city's or
   * a district's.
   */
  level?: string;
}

export interface Segment extends SegmentInfo {
  /** Its text fragments as written (JSON). */
  fragments: string[];
  fields: SegmentField[];
  /** Names for suggestions: [normalised key, name as printed, units it names]. */
  names: Array<[key: string, name: string, units: number]>;
  /** Normalised keys of the titles among the names (filed also under each later place in them). */
  titles: string[];
  /** Units with their unit numbers, for tests and the bench (not cached). */
  searchUnits?: SearchUnit[];
  localNumbers?: number[];
}

/** The level of the place an issuer's name opens with (SegmentInfo.level), as a field to spread. */
function levelOf(issuer: string): { level?: string } {
  const last = [...(regionOf(issuer) ?? '')].at(-1);
  return last && LEVELS.includes(last) ? { level: last } : {};
}

/** The searchable form of a unit (searchableOf in core/search/tokenize.ts). */
export function searchableText(u: { text: string; variants: string[]; aliases?: string[] }): string {
  return searchableOf(u.text, u.variants, u.aliases ?? []);
}

/**
 * The names a text coins in quotes ("攸惠贷", '发展六仗', "放管服"; each of a list, "信用村(社区)、信用乡镇"
 * → 信用村, 社区, 信用乡镇) or defines as a short name ((以下简称风补资金)): words of the corpus though jieba
 * cuts them (攸 · 惠贷, 风 · 补 · 资金), so that a query gluing one to a verb (能贷攸惠贷, 想要风补资金支持) is cut at it.
 */
export function coinedNames(normalized: string): string[] {
  const quoted = [...[...normalized.matchAll(/"([^"\t]{2,24})"|'([^'\t]{2,24})'/gu)].map((m) => m[1] ?? m[2]!), ...[...normalized.matchAll(DEFINED_NAME)].map((m) => m[1]!)];
  return quoted.flatMap((q) => q.match(/\p{Script=Han}+/gu) ?? []).filter((w) => w.length >= 2 && w.length <= 8);
}

/** The citations a unit is found by: its refs, what it is misnamed as and keyed as, and for a document the short forms of its 文号 (〔2023〕8号, 8号). */
function refTerms(u: SearchUnit): string[] {
  const out = [...u.refs, ...(u.misnamedAs ?? []), ...(u.keyedAs ?? [])];
  if (u.type === 'document' && u.docNumber) out.push(...docNumberKeys(normalizeSearchText(u.docNumber)));
  return out;
}

/**
 * Per document issuing two instruments or more, the terms of its header that name one of them and not
 * every one: bigrams of an instrument's title and short names that the other instruments' lack and the
 * header prints nowhere else (违法建设, 建细 of 违建细则; not 细则, 攸县, 印发, 通知): `own`; and the terms of
 * each instrument's title and short names, by its id (`byInstrument`), which name its units in their stead.
 */
function instrumentsOwnNames(file: BulletinFile): { own: Map<string, Set<string>>; byInstrument: Map<string, string[]> } {
  const own = new Map<string, Set<string>>();
  const byInstrument = new Map<string, string[]>();
  for (const doc of file.bulletin.children) {
    const instruments = doc.children.filter((c) => c.type === 'instrument');
    if (instruments.length < 2) continue;
    const names = instruments.map((ins) => new Set([ins.title, ...(ins.aliases ?? [])].flatMap((t) => indexTerms(normalizeSearchText(t)))));
    // The notice quotes a title with its inner marks turned (《…〈…〉…》): compared without marks.
    const bare = (t: string) => normalizeSearchText(t).replace(/[《》〈〉"'“”‘’]/gu, '');
    let rest = bare(doc.title);
    for (const ins of instruments) rest = rest.split(bare(ins.title)).join('\t');
    const elsewhere = new Set(indexTerms(rest));
    const all = new Set<string>();
    instruments.forEach((ins, k) => {
      for (const t of names[k]!) if (!names.every((s) => s.has(t)) && !elsewhere.has(t)) all.add(t);
      byInstrument.set(ins.id, [...names[k]!]);
    });
    own.set(doc.id, all);
  }
  return { own, byInstrument };
}

/** The instruments with names of their own, by the index of their first unit: their id and the index of their last (one pass). */
function instrumentSpans(units: SearchUnit[], instruments: Map<string, string[]>): Map<number, { id: string; last: number }> {
  const out = new Map<number, { id: string; last: number }>();
  let open: { id: string; last: number } | undefined;
  for (const [i, u] of units.entries()) {
    const id = u.id.split('/', 2).join('/');
    if (open?.id === id) open.last = i;
    else if (instruments.has(id) && u.id !== id) out.set(i, (open = { id, last: i }));
    else open = undefined;
  }
  return out;
}

/** A header's terms without those naming one instrument alone (instrumentsOwnNames). */
function withoutOthersNames(terms: string[], own: Set<string> | undefined): string[] {
  return own?.size ? terms.filter((t) => !own.has(t)) : terms;
}

/** The last unit a document or attachment header covers: the run of units whose ids lie under its own. */
function scopeEnds(units: SearchUnit[], numbers: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, u] of units.entries()) {
    if (u.type !== 'document' && u.type !== 'attachment') continue;
    let j = i;
    while (j + 1 < units.length && units[j + 1]!.id.startsWith(`${u.id}/`)) j++;
    out.set(i, numbers[j]!);
  }
  return out;
}

/** The captions of the tables each document or attachment header holds directly (not in an attachment of its own), by the header's index. */
function listCaptions(units: SearchUnit[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let header = -1;
  for (const [i, u] of units.entries()) {
    if (u.type === 'document' || u.type === 'attachment') header = i;
    else if (u.type === 'table' && u.names[0] && header >= 0 && u.id.startsWith(`${units[header]!.id}/`)) (out.get(header) ?? out.set(header, []).get(header)!).push(u.names[0]);
  }
  return out;
}

/** Collects one field's postings, unit by unit in ascending local numbers. */
class FieldCollector {
  private readonly lists = new Map<string, { locals: number[]; tfs: number[]; lengths: number[]; ends: number[] }>();
  total = 0;

  add(local: number, terms: Iterable<string>, end = local): void {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [term, n] of tf) {
      let list = this.lists.get(term);
      if (!list) this.lists.set(term, (list = { locals: [], tfs: [], lengths: [], ends: [] }));
      list.locals.push(local);
      list.tfs.push(Math.min(n, 0xffff));
      list.lengths.push(tf.size);
      list.ends.push(end);
    }
    this.total += tf.size;
  }

  done(): SegmentField {
    const terms = [...this.lists.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const count = terms.reduce((s, t) => s + this.lists.get(t)!.locals.length, 0);
    const field: SegmentField = {
      terms,
      start: new Uint32Array(terms.length + 1),
      locals: new Uint32Array(count),
      tfs: new Uint16Array(count),
      lengths: new Uint32Array(count),
      ends: new Uint32Array(count),
    };
    let at = 0;
    terms.forEach((t, k) => {
      const list = this.lists.get(t)!;
      field.start[k] = at;
      field.locals.set(list.locals, at);
      field.tfs.set(list.tfs, at);
      field.lengths.set(list.lengths, at);
      field.ends.set(list.ends, at);
      at += list.locals.length;
    });
    field.start[terms.length] = at;
    return field;
  }
}

/** A bulletin's segment. */
export async function buildSegment(file: BulletinFile): Promise<Segment> {
  const units = unitsFromFiles([file]);
  const texts = units.map(searchableText);
  const { words } = await segmentWords(texts, undefined, true);
  const { numbers, bulletins } = fragmentUnits([file], units, words, true);
  const ends = scopeEnds(units, numbers);
  const captions = listCaptions(units);
  const ownNames = instrumentsOwnNames(file);
  const spans = instrumentSpans(units, ownNames.byInstrument);
  // Runs jieba cut one character at a time: words of the word field (those of two characters) and of the spelling vocabulary.
  const runs = texts.map((t, i) => singlesRuns(t, words[i]!));
  const collectors = [TEXT, WORDS, HEAD, REF].map(() => new FieldCollector());
  for (const [i, u] of units.entries()) {
    const n = numbers[i]!;
    const bigrams = indexTerms(texts[i]!);
    collectors[TEXT]!.add(n, bigrams);
    collectors[WORDS]!.add(n, [...words[i]!.map((w) => w.word), ...coinedNames(texts[i]!), ...runs[i]!.filter((r) => [...r].length === 2)]);
    const end = ends.get(i);
    // A header is named by its title and by the captions of the lists it holds (科创任务清单 序号9: the
    // 清单 of an attachment whose title is the 方案's).
    // A notice issuing several instruments names each in its title; what names one of them alone (违法建设
    // of the 违建细则, 违法用地 of the other) does not name the other's units (instrumentsOwnNames).
    // Those terms name the instrument's own units instead, from its first unit to its last (instrumentSpans).
    const named = u.type === 'document' ? withoutOthersNames(bigrams, ownNames.own.get(u.id)) : bigrams;
    if (end !== undefined) collectors[HEAD]!.add(n, [...named, ...(captions.get(i) ?? []).flatMap((c) => indexTerms(normalizeSearchText(c)))], end);
    const span = spans.get(i);
    if (span && end === undefined) collectors[HEAD]!.add(n, ownNames.byInstrument.get(span.id) ?? [], numbers[span.last]!);
    const refs = refTerms(u);
    if (refs.length) collectors[REF]!.add(n, refs, end ?? n);
  }
  // Titles: what document and attachment headers are called (the 《title》 a notice issues included) and their short names.
  const headers = units.filter((u) => u.type === 'document' || u.type === 'attachment');
  const titles = new Set([...suggestionNames(headers).map(([n]) => n), ...headers.flatMap((u) => u.aliases)].map(normalizeSearchText));
  const names = suggestionNames(units).map(([name, count]): [string, string, number] => [normalizeSearchText(name), name, count]);
  const b = bulletins[0];
  return {
    bulletinId: file.bulletin.id,
    latest: file.bulletin.children.reduce((m, d) => (d.date > m ? d.date : m), ''),
    key: b?.key ?? `${file.bulletin.id}.empty`,
    fragments: (b?.fragments ?? []).map((f) => JSON.stringify(f)),
    fragmentCount: b?.fragments.length ?? 0,
    units: units.length,
    lengthSums: [collectors[TEXT]!.total, collectors[WORDS]!.total],
    fields: collectors.map((c) => c.done()),
    names,
    titles: [...titles],
    vocab: [...vocabulary(units, words)],
    runs: [...singlesVocabulary(runs)],
    outsideGb2312: printedOutsideGb2312(units),
    ...levelOf(file.bulletin.issuer || file.bulletin.title),
    searchUnits: units,
    localNumbers: numbers,
  };
}
