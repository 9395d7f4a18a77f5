/**
 * The index files: MiniSearch's own format (what MiniSearch.addAll + toJSON gives, loadable with
 * MiniSearch.loadJS), scored as MiniSearch scores, cut into term-range chunks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { build } from '../pipeline/build.ts';
import { FIELDS, type Manifest, type TermChunk } from '../core/search/format.ts';
import { Postings } from '../core/search/postings.ts';
import { indexTerms } from '../core/search/tokenize.ts';
import { buildSearchIndex, chunkJson, searchableText, serializeIndex, type SearchIndexFiles } from '../pipeline/index/write.ts';
import { prepareSegmenter, segmentWords } from '../pipeline/index/words.ts';

let built: SearchIndexFiles;
let tokenized: string[][][];

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'gongbao-index-'));
  try {
    built = await buildSearchIndex((await build({ corpus: join(import.meta.dirname, '..', 'corpus'), out, dataOnly: true })).files);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  // Words as written in the index, read back from the chunks.
  const words: string[][] = built.units.map(() => []);
  for (const [path, content] of built.files) {
    if (!path.startsWith('terms/')) continue;
    for (const [term, fields] of (JSON.parse(content) as TermChunk).index) {
      for (const [unit, tf] of Object.entries(fields['1'] ?? {})) for (let k = 0; k < tf; k++) words[Number(unit)]!.push(term);
    }
  }
  tokenized = built.units.map((u, i) => [indexTerms(searchableText(u)), words[i]!]);
});

function miniSearch(): MiniSearch {
  const ms = new MiniSearch<{ i: number; text: string; words: string }>({
    idField: 'i',
    fields: [...FIELDS],
    tokenize: (text) => (text ? text.split('\n') : []),
    processTerm: (term) => term,
  });
  ms.addAll(tokenized.map(([text, words], i) => ({ i, text: text!.join('\n'), words: words!.join('\n') })));
  return ms;
}

const byTerm = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

describe('the serialized index', () => {
  it('is what MiniSearch itself writes for the seed', () => {
    const ours = serializeIndex(tokenized);
    const theirs = miniSearch().toJSON();
    expect(ours.documentCount).toBe(theirs.documentCount);
    expect(ours.fieldIds).toEqual(theirs.fieldIds);
    expect(ours.fieldLength).toEqual(tokenized.map((_, i) => theirs.fieldLength[String(i)]));
    ours.averageFieldLength.forEach((v, i) => expect(v).toBeCloseTo(theirs.averageFieldLength[i]!, 6));
    const written = (JSON.parse(chunkJson(ours.entries)) as TermChunk).index;
    expect(written).toEqual([...theirs.index].sort(byTerm));
  });

  it('loads in MiniSearch, which scores its terms as the client does', () => {
    const manifest = JSON.parse(built.files.get('manifest.json')!) as Manifest;
    const chunks = manifest.chunks.map((c) => JSON.parse(built.files.get(c.file)!) as TermChunk);
    const m = manifest.minisearch;
    const ms = MiniSearch.loadJS(
      {
        documentCount: m.documentCount,
        nextId: m.nextId,
        documentIds: Object.fromEntries(built.units.map((_, i) => [i, i])),
        fieldIds: m.fieldIds,
        fieldLength: Object.fromEntries(m.fieldLength.map((l, i) => [i, l])),
        averageFieldLength: m.averageFieldLength,
        storedFields: {},
        index: chunks.flatMap((c) => c.index),
        serializationVersion: 2,
      },
      { idField: 'i', fields: [...FIELDS], tokenize: (s) => [s], processTerm: (s) => s },
    );
    const postings = new Postings(m.documentCount, m.fieldLength, m.averageFieldLength);
    chunks.forEach((c, i) => postings.add(i, c));
    for (const term of ['教育', '资金', '攸惠', '县']) {
      const ours = postings.scores(term, 0, false, []);
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
        for (const [u, s] of postings.scores(t, 0, false, [])) {
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

  it('is cut into chunks of disjoint, ordered term ranges', () => {
    const manifest = JSON.parse(built.files.get('manifest.json')!) as Manifest;
    expect(manifest.chunks.length).toBeGreaterThan(4);
    let last = '';
    for (const [i, c] of manifest.chunks.entries()) {
      const terms = (JSON.parse(built.files.get(c.file)!) as TermChunk).index.map((e) => e[0]);
      if (i > 0) expect(terms[0]).toBe(c.first);
      for (const t of terms) {
        expect(t > last || (i === 0 && last === '')).toBe(true);
        last = t;
      }
    }
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
});
