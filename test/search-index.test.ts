/**
 * The index files: scored as MiniSearch scores (BM25 from what each chunk line carries), cut into
 * disjoint term ranges listed by directory pages, a frequent term's line bounded with all its
 * postings in pages, units numbered newest bulletin first; and the ranking of an archive the same
 * as with every posting inline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { build } from '../pipeline/build.ts';
import { separatingKey, termChunkFile, termChunks, type TermDirectory } from '../core/search/format.ts';
import { FIELDS, FRAGMENT_UNITS, lexiconKeysOf, POSTINGS_INLINE, TEXT, WORDS, type LexiconBlock, type Manifest, type TermChunk } from '../core/search/format.ts';
import { LEXICON, Lexicon, parseQuery } from '../core/search/query.ts';
import { synonymMap } from '../core/search/lexicon.ts';
import { pageEntries } from '../core/search/lexicon-table.ts';
import { normalizeSearchText } from '../core/search/tokenize.ts';
import { Postings } from '../core/search/postings.ts';
import { continuesLead } from '../core/search/loaded-text.ts';
import type { UnitType } from '../core/search/format.ts';
import { SearchClient } from '../core/search/client.ts';
import { indexTerms } from '../core/search/tokenize.ts';
import { buildSearchIndex, searchableText, type SearchIndexFiles } from '../pipeline/index/write.ts';
import { readIndex, type ReadIndex } from '../pipeline/index/read.ts';
import { prepareSegmenter, segmentWords } from '../pipeline/index/words.ts';
import { buildSpell, singlesRuns } from '../pipeline/index/spell.ts';
import type { BulletinFile } from '../schema/output.ts';
import { removeOutput } from '../pipeline/output.ts';

let files: BulletinFile[];
let built: SearchIndexFiles;
let read: ReadIndex;
let tokenized: string[][][];

const reader = (b: SearchIndexFiles) => (path: string) => {
  const content = b.files.get(path);
  if (content === undefined) throw new Error(`404 ${path}`);
  return content;
};

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'gongbao-index-'));
  try {
    files = (await build({ corpus: join(import.meta.dirname, '..', 'corpus'), out, dataOnly: true })).files;
    built = await buildSearchIndex(files);
  } finally {
    await removeOutput(out);
  }
  read = readIndex(reader(built));
  // Words as written in the index, read back from the chunks.
  const words = new Map<number, string[]>();
  for (const [term, entry] of read.terms) {
    const p = entry.fields[WORDS];
    if (p) p.units.forEach((u, i) => words.set(u, [...(words.get(u) ?? []), ...Array<string>(p.tfs[i]!).fill(term)]));
  }
  tokenized = built.units.map((u, i) => [indexTerms(searchableText(u)), words.get(built.numbers[i]!) ?? []]);
});

function miniSearch(): MiniSearch {
  const ms = new MiniSearch<{ i: number; text: string; words: string }>({
    idField: 'i',
    fields: ['text', 'words'],
    tokenize: (text) => (text ? text.split('\n') : []),
    processTerm: (term) => term,
  });
  ms.addAll(tokenized.map(([text, words], i) => ({ i: built.numbers[i]!, text: text!.join('\n'), words: words!.join('\n') })));
  return ms;
}

function clientPostings(b: SearchIndexFiles): Postings {
  const manifest = JSON.parse(b.files.get('manifest.json')!) as Manifest;
  const postings = new Postings(manifest.units, manifest.averageFieldLength);
  for (const c of readIndex(reader(b)).chunks) postings.add(c.file, JSON.parse(b.files.get(c.file)!) as TermChunk);
  return postings;
}

describe('the written index', () => {
  it('names every unit by its fragment, each fragment holding its units in reading order', () => {
    expect(FIELDS).toEqual(['text', 'words', 'head', 'ref']);
    expect(read.units.size).toBe(built.units.length);
    for (const [i, u] of built.units.entries()) {
      const found = read.units.get(built.numbers[i]!)!;
      expect(found.unit[0]).toBe(u.id);
      expect(found.doc.id).toBe(u.docId);
      expect(found.file).toMatch(/^units\/youxian-2023-01\.[0-9a-f]{10}\/\d+\.json$/);
    }
    // Reading order within the bulletin is ascending numbers; a document starts a fragment.
    expect(built.numbers.every((n, i) => i === 0 || n > built.numbers[i - 1]!)).toBe(true);
    for (const [i, u] of built.units.entries()) if (u.type === 'document') expect(built.numbers[i]! % FRAGMENT_UNITS).toBe(0);
  });

  it('gives each fragment the scopes its units lie in or hold, not the whole list of its document', () => {
    const fragments = [...built.files].filter(([path]) => /^units\/youxian/.test(path)).map(([, json]) => JSON.parse(json) as { doc: { id: string; scopes?: Array<[string, string, string[]]> }; units: Array<[string]> });
    const plan = fragments.filter((f) => f.doc.id === 'yzbf-2023-2');
    const all = plan.find((f) => f.units.some(([id]) => id === 'yzbf-2023-2'))!.doc.scopes!.map(([p]) => p);
    // The notice's header fragment: every attachment and task list (a path query reads them from it).
    expect(all).toEqual(expect.arrayContaining(['yzbf-2023-2/att_1', 'yzbf-2023-2/att_6', 'yzbf-2023-2/att_3/tbl_1']));
    let narrowed = 0;
    for (const f of plan) {
      const kept = (f.doc.scopes ?? []).map(([p]) => p);
      // Each unit still finds the longest scope its id lies in.
      for (const [id] of f.units) {
        const own = all.filter((p) => id === p || id.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0];
        if (own) expect(kept, id).toContain(own);
      }
      if (kept.length < all.length) narrowed++;
    }
    // Most fragments of the plan lie inside one attachment and carry its scopes alone.
    expect(narrowed).toBeGreaterThan(plan.length / 2);
    // The 细则 of one notice: a fragment of one carries the other's title (a clause may name it).
    for (const f of fragments.filter((x) => x.doc.id === 'yzbf-2023-4' && x.units.some(([id]) => id.includes('/ins_1/')))) {
      expect(f.doc.scopes!.map(([p]) => p)).toEqual(expect.arrayContaining(['yzbf-2023-4/ins_1', 'yzbf-2023-4/ins_2']));
    }
  });

  it('writes the lead-in an item or paragraph continues with it when its parent lies in another fragment, and only then', () => {
    type Unit = [string, string, string, string, string, string, string[], string[], string, string[]?, string?];
    const fragments = [...built.files].filter(([path]) => /^units\/youxian/.test(path)).map(([path, json]) => ({ path, units: (JSON.parse(json) as { units: Unit[] }).units }));
    const where = new Map(fragments.flatMap((f) => f.units.map((u) => [u[0], { path: f.path, unit: u }] as const)));
    let written = 0;
    for (const [id, { path, unit }] of where) {
      const parent = where.get(id.slice(0, id.lastIndexOf('/')));
      const leads = parent !== undefined && continuesLead(unit[1] as UnitType, { type: parent.unit[1] as UnitType, text: parent.unit[5] });
      if (leads && parent!.path !== path) {
        expect(unit[10], id).toBe(parent!.unit[5]);
        written++;
      } else expect(unit[10], id).toBeUndefined();
    }
    // 第十四条's fourth item, after the fragment its lead-in (…必须同时符合以下条件：) ends.
    expect(where.get('yzbf-2023-1/art_14/item_4')!.unit[10]).toMatch(/同时符合以下条件：$/);
    expect(written).toBeGreaterThan(10);
  });

  it('scores as MiniSearch does, from document frequencies and lengths on the lines', () => {
    const ms = miniSearch();
    const json = ms.toJSON();
    const manifest = read.manifest;
    expect(manifest.units).toBe(json.documentCount);
    manifest.averageFieldLength.forEach((v, i) => expect(v).toBeCloseTo(json.averageFieldLength[i]!, 6));
    const postings = clientPostings(built);
    for (const term of ['教育', '资金', '攸惠', '县']) {
      const ours = postings.scores(term, TEXT, false, []);
      const theirs = ms.search(term, { fields: ['text'] });
      expect(new Set(ours.keys()), term).toEqual(new Set(theirs.map((r) => r.id as number)));
      for (const r of theirs) expect(ours.get(r.id as number)).toBeCloseTo(r.score, 6);
    }
    // A query of several terms, OR-combined as MiniSearch's default: its score is the sum of the
    // terms' BM25 times the number of terms matched; the client sums the same BM25 per unit (and
    // weighs coverage by idf itself).
    for (const terms of [['开饭', '饭店', '许可'], ['消防', '网格', '职责'], ['风补', '资金', '专户']]) {
      const sums = new Map<number, { score: number; matched: number }>();
      for (const t of terms) {
        for (const [u, s] of postings.scores(t, TEXT, false, [])) {
          const e = sums.get(u) ?? { score: 0, matched: 0 };
          sums.set(u, { score: e.score + s, matched: e.matched + 1 });
        }
      }
      const theirs = ms.search(terms.join(' '), { fields: ['text'], combineWith: 'OR', tokenize: (s) => s.split(' ') });
      expect(new Set(sums.keys()), terms.join(' ')).toEqual(new Set(theirs.map((r) => r.id as number)));
      for (const r of theirs) {
        const ours = sums.get(r.id as number)!;
        expect(ours.score * ours.matched, terms.join(' ')).toBeCloseTo(r.score, 6);
      }
    }
  });

  it('is cut into chunks of disjoint, ordered term ranges, listed by directory pages', () => {
    expect(read.chunks.length).toBeGreaterThan(4);
    let last = '';
    const dirs = read.manifest.tiers[0]!.terms;
    expect(dirs[0]![0]).toBe('');
    for (const [i, c] of read.chunks.entries()) {
      for (const t of c.terms) {
        expect(t > last || (i === 0 && last === '')).toBe(true);
        last = t;
      }
    }
    // Each directory key is the shortest start of its chunk's first term that sorts after the chunk
    // before: every term is found in the chunk the directory sends it to.
    const pages = dirs.map(([, page]) => JSON.parse(built.files.get(page)!) as TermDirectory);
    const entries = pages.flatMap(termChunks);
    expect(entries.map(([, file]) => file)).toEqual(read.chunks.map((c) => c.file));
    // The chunks are numbered through the tier's folder, page after page, and named by nothing else:
    // the pages hold keys, not a hash per chunk.
    expect(new Set(pages.map((p) => p.folder)).size).toBe(1);
    expect(pages.map((p) => p.from)).toEqual(pages.map((_, i) => pages.slice(0, i).reduce((n, p) => n + p.keys.length, 0)));
    expect(entries.map(([, file]) => file)).toEqual(entries.map((_, k) => termChunkFile(pages[0]!.folder, k)));
    let shortened = 0;
    for (const [i, [key]] of entries.entries()) {
      const { terms } = read.chunks[i]!;
      expect(terms[0]!.startsWith(key)).toBe(true);
      if (i > 0) expect(key > read.chunks[i - 1]!.terms.at(-1)!).toBe(true);
      if (key !== terms[0]) shortened++;
    }
    expect(shortened).toBeGreaterThan(entries.length / 10);
    expect(separatingKey('设置', '设置或者撤销内河渡口审批')).toBe('设置或');
    expect(separatingKey('设局', '设类')).toBe('设类');
    // Chunks are small: a few kilobytes each.
    const sizes = read.chunks.map((c) => built.files.get(c.file)!.length);
    expect(Math.max(...sizes)).toBeLessThan(40_000);
    // The manifest is small and lists no unit, document or chunk.
    expect(built.files.get('manifest.json')!.length).toBeLessThan(1000);
  });

  it('holds the 文号, its short forms and the citation paths in the ref field, and the headers with what they cover', () => {
    const ref = (t: string) => read.terms.get(t)?.fields[3]?.units ?? [];
    const doc = built.units.findIndex((u) => u.docNumber === '攸政办发〔2023〕1号' && u.type === 'document');
    for (const key of ['攸政办发〔2023〕1号', '#2023-1', '#1']) expect(ref(key), key).toContain(built.numbers[doc]);
    const art = built.units.findIndex((u) => u.id === 'yzbf-2023-1/art_14');
    expect(ref('第十四条')).toContain(built.numbers[art]);
    const head = read.terms.get('攸惠')!.fields[2]!;
    const at = head.units.indexOf(built.numbers[doc]!);
    expect(at).toBeGreaterThanOrEqual(0);
    // The header covers its document: every unit whose id lies under it.
    const last = built.units.map((u) => u.docId).lastIndexOf('yzbf-2023-1');
    expect(head.ends[at]).toBe(built.numbers[last]);
  });
});

/** The seed as `copies` bulletins of different ids and years: an archive where every term is frequent. */
function archive(copies: number): BulletinFile[] {
  return Array.from({ length: copies }, (_, k) => {
    const file = structuredClone(files[0]!);
    file.bulletin.id = `copy-${2000 + k}`;
    for (const d of file.bulletin.children) d.date = `${2000 + k}${d.date.slice(4)}`;
    return file;
  });
}

describe('an archive', () => {
  it('numbers its term chunks in a folder named by what the tier is made of: the same input, the same files; another, another folder', async () => {
    const folderOf = (b: SearchIndexFiles) => [...b.files.keys()].find((p) => /^terms\/[0-9a-f]{12}\/0\.json$/.test(p))!.split('/')[1];
    const [one, again, two, unsharded] = [await buildSearchIndex(archive(1)), await buildSearchIndex(archive(1)), await buildSearchIndex(archive(2)), await buildSearchIndex(archive(1), { inlinePostings: Infinity })];
    expect(folderOf(again)).toBe(folderOf(one));
    expect([...again.files]).toEqual([...one.files]);
    expect(folderOf(two)).not.toBe(folderOf(one));
    expect(folderOf(unsharded)).not.toBe(folderOf(one));
  });

  it('keeps a frequent term to the postings it weighs most in, all of them in pages, newest bulletin first', async () => {
    const copies = 4;
    const big = await buildSearchIndex(archive(copies));
    const r = readIndex(reader(big));
    const management = r.terms.get('管理')!.fields[TEXT]!;
    expect(management.n).toBeGreaterThan(POSTINGS_INLINE);
    expect(management.inline.length).toBe(POSTINGS_INLINE);
    expect(management.units.length).toBe(management.n);
    // The newest copy holds the lowest numbers.
    const newest = big.units.findIndex((u) => u.bulletinId === `copy-${2000 + copies - 1}`);
    expect(big.numbers[newest]).toBe(Math.min(...big.numbers));
    // No line carries more than its bound.
    for (const [term, entry] of r.terms) for (const f of entry.fields) if (f) expect(f.inline.length, term).toBeLessThanOrEqual(POSTINGS_INLINE);
  });

  it('ranks as an index with every posting inline, on a sample of queries', async () => {
    const input = archive(4);
    const bounded = await buildSearchIndex(input);
    const unbounded = await buildSearchIndex(input, { inlinePostings: Infinity });
    const open = (b: SearchIndexFiles) => SearchClient.open(async (p) => JSON.parse(reader(b)(p)) as unknown);
    const [a, b] = await Promise.all([open(bounded), open(unbounded)]);
    const queries = ['管理', '校车使用许可', '开饭店要办什么许可', '网格员管什么', '攸惠贷 第十四条', '攸政办发〔2023〕1号', '风险补偿', '安全生产', '县财政局 职责', '发放贷款'];
    let same = 0;
    for (const q of queries) {
      const x = (await a.search(q, { limit: 10 })).map((res) => res.id + res.bulletinId);
      const y = (await b.search(q, { limit: 10 })).map((res) => res.id + res.bulletinId);
      if (JSON.stringify(x) === JSON.stringify(y)) same++;
      // The first result always agrees.
      expect(x[0], q).toBe(y[0]);
    }
    expect(same).toBeGreaterThanOrEqual(queries.length - 1);
  });

  it('reads a citation path alone from its line: no more files as the archive grows', async () => {
    // Lines of two postings: every path of the archive is in pages.
    const filesFor = async (copies: number, query: string) => {
      const built = await buildSearchIndex(archive(copies), { inlinePostings: 2 });
      const seen: string[] = [];
      const client = await SearchClient.open(async (p) => {
        seen.push(p);
        return JSON.parse(reader(built)(p)) as unknown;
      });
      const results = await client.search(query, { limit: 10 });
      expect(results.length, query).toBeGreaterThan(0);
      expect(results[0]!.citation, query).toMatch(/第十四条$/);
      return { files: seen.length, pages: seen.filter((p) => p.includes('terms/p/')).length };
    };
    // The same files for two copies of the seed and five, and no page of postings (files under terms/p/).
    const [two, five] = [await filesFor(2, '第十四条'), await filesFor(5, '第十四条')];
    expect(five).toEqual(two);
    expect(five.pages).toBe(0);
  });
});

describe('the word field', () => {
  it('segments with jieba (loaded early in a worker), keeps words of two or more characters, and caches them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gongbao-words-'));
    try {
      const cache = join(dir, 'words.json');
      prepareSegmenter(cache);
      const texts = ['合作银行按以下流程发放贷款及办理贷款纳入代偿范围备案：', '县教育局负责。'];
      const first = await segmentWords(texts, cache);
      const words = first.words.map((spans) => spans.map((s) => s.word));
      expect(words[0]).toContain('发放贷款');
      expect(words[1]).toContain('教育局');
      expect(words.flat().every((w) => w.length >= 2 && !/[：。]/.test(w))).toBe(true);
      // Each word is placed where jieba cut it: 贷款 twice, the second after 办理.
      for (const [i, spans] of first.words.entries()) for (const s of spans) expect(texts[i]!.slice(s.start, s.end)).toBe(s.word);
      const loans = first.words[0]!.filter((s) => s.word === '贷款');
      expect(loans.map((s) => s.start)).toEqual([texts[0]!.indexOf('办理贷款') + 2]);
      expect(first.words[0]!.find((s) => s.word === '发放贷款')!.start).toBe(texts[0]!.indexOf('发放贷款'));
      expect(first.stats).toMatchObject({ cached: 0, segmented: 2 });
      const again = await segmentWords(texts, cache);
      expect(again.words).toEqual(first.words);
      expect(again.stats).toEqual({ cached: 2, segmented: 0, loadMs: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps the runs of characters jieba cut one by one as words for pinyin and corrections', async () => {
    const texts = ['促进养老托育服务高质量发展。至2023年底全县0-3岁托育服务托位建设达到2600个。', '经县人民政府同意后报县财政局备案'];
    const dir = await mkdtemp(join(tmpdir(), 'gongbao-runs-'));
    const { words } = await segmentWords(texts, join(dir, 'words.json')).finally(() => rm(dir, { recursive: true, force: true }));
    expect(singlesRuns(texts[0]!, words[0]!)).toEqual(expect.arrayContaining(['托育', '托位']));
    // No run holding a character that joins words rather than makes one (经县, 报县).
    expect(singlesRuns(texts[1]!, words[1]!).filter((r) => /[经报]县/.test(r))).toEqual([]);
    // A run is filed only where no word of the vocabulary reads the same.
    const spell = buildSpell(new Map([['保险', 1]]), '', new Map([['报县', 5], ['托位', 2]]));
    const filed = [...spell.files].filter(([path]) => path.startsWith(spell.index.shardsFolder)).flatMap(([, json]) => (JSON.parse(json) as { words: Array<[string, string, number]> }).words.map(([, w]) => w));
    expect(filed.sort()).toEqual(['保险', '托位']);
    // Runs of two characters are words of the word field too: a query typing 托育 weighs it as the word it
    // is, not as a bigram straddling two words (务高 of 服务高质量).
    expect(read.terms.get('托育')?.fields[WORDS]?.units.length).toBeGreaterThan(0);
    expect(read.terms.get('托育服')?.fields[WORDS]).toBeUndefined();
  });
});

describe('the curated table, fetched from the index by the page', () => {
  it('files the corpus words a word of the tables would cut apart as printed, so a query is not cut across them', async () => {
    const manifest = JSON.parse(built.files.get('manifest.json')!) as Manifest;
    const block = (k: number) => JSON.parse(built.files.get(`${manifest.lexicon}/${k}.json`)!) as LexiconBlock;
    const read = (text: string, without?: string) => LEXICON.withBlocks(lexiconKeysOf(text).map(block).map((b) => ({ ...b, printed: b.printed?.filter((w) => w !== without) })), text);
    // 法人 (a word of the table) stands inside 执法人员, 部队 inside 干部队伍: both printed by the seed (执法人员 is a
    // printed word of the tables themselves too, lexicon-general-2.ts; 干部队伍 only the corpus's).
    for (const [word, inside] of [['执法人员', '法人'], ['干部队伍', '部队']] as const) {
      expect(read(word).printed.has(word)).toBe(true);
      expect(LEXICON.printed.has(word)).toBe(word === '执法人员');
      const question = `每个乡镇要配几个持证的${word}`;
      expect(parseQuery(question, read(question)).concepts.map((c) => c.text)).not.toContain(inside);
      // Without it filed (and where the tables print it not), the table's word cuts it apart.
      if (!LEXICON.printed.has(word)) expect(parseQuery(question, read(question, word)).concepts.map((c) => c.text)).toContain(inside);
    }
    // All of a corpus word but its last character (排污 of 排污口) would cut it too.
    expect(read('排污口').printed.has('排污口')).toBe(true);
    // A word of the table at a corpus word's start, two characters short (危险 of 危险废物): not filed.

    expect(read('危险废物').printed.has('危险废物')).toBe(false);
  });

  it('gives a query the same words and printed words as the whole table in the script would', async () => {
    const manifest = JSON.parse(built.files.get('manifest.json')!) as Manifest;
    const block = (k: number) => JSON.parse(built.files.get(`${manifest.lexicon}/${k}.json`)!) as LexiconBlock;
    // The lexicon a query is read with, from the files of its pairs of characters, as the client reads it.
    const read = (base: Lexicon, text: string) => base.withBlocks(lexiconKeysOf(text).map(block), text);
    const page = new Lexicon(synonymMap(pageEntries()));
    const queries: string[] = [];
    for (const f of (await readdir(join(import.meta.dirname, 'eval'))).filter((f) => f.endsWith('.json'))) {
      for (const q of (JSON.parse(await readFile(join(import.meta.dirname, 'eval', f), 'utf8')) as { queries: Array<{ query: string }> }).queries) queries.push(q.query);
    }
    expect(queries.length).toBeGreaterThan(2000);
    const differ: string[] = [];
    for (const q of queries) {
      const text = normalizeSearchText(q).replace(/\s+/g, '');
      const [whole, fetched] = [read(LEXICON, text), read(page, text)];
      const chars = [...text];
      for (let i = 0; i < chars.length; i++) {
        for (let j = i + 1; j <= Math.min(chars.length, i + 8); j++) {
          const w = chars.slice(i, j).join('');
          if (JSON.stringify(whole.synonyms.get(w)) !== JSON.stringify(fetched.synonyms.get(w))) differ.push(`${q}: ${w} synonyms`);
          if (j - i >= 2 && whole.printed.has(w) !== fetched.printed.has(w)) differ.push(`${q}: ${w} printed`);
        }
      }
      // The words a query is cut at: every one of two characters or more the query holds.
      const holds = (l: Lexicon) => l.keys.filter((k) => [...k].length >= 2 && text.includes(k)).sort().join(' ');
      if (holds(whole) !== holds(fetched)) differ.push(`${q}: keys`);
    }
    expect(differ.slice(0, 10)).toEqual([]);
    // The page script carries only the one-character words' entries.
    expect(pageEntries().flatMap(([words]) => words).every((w) => [...w].length === 1)).toBe(true);
  });
});
