/**
 * The flat accumulators a query's postings are added up in (core/search/unit-scores.ts) answer as
 * the Maps they replaced, over unit numbers as an archive has them (a fragment's number times 64,
 * counted down from 2^24, spread), and the lexicon's key lookup answers as reading every key did.
 */
import { describe, expect, it } from 'vitest';
import { PartialScores, UnitScores } from '../core/search/unit-scores.ts';
import { LEXICON } from '../core/search/query.ts';
import { intersectSorted } from '../core/search/index-files.ts';
import { Postings } from '../core/search/postings.ts';

/** A fixed pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Unit numbers as an archive numbers them: fragments counted down from 2^24, up to 64 units each. */
function archiveUnits(next: () => number, count: number): number[] {
  return Array.from({ length: count }, () => ((1 << 24) - Math.floor(next() * 3000)) * 64 + Math.floor(next() * 64));
}

describe('UnitScores', () => {
  it('adds up as a Map does, keeps the order units were first met in, and forgets on clear', () => {
    const next = random(7);
    const scores = new UnitScores();
    for (let round = 0; round < 3; round++) {
      const map = new Map<number, number>();
      for (const u of archiveUnits(next, 5000)) {
        const s = next();
        scores.add(u, s);
        map.set(u, (map.get(u) ?? 0) + s);
      }
      expect([...scores.units]).toEqual([...map.keys()]);
      for (const [u, s] of map) expect(scores.get(u)).toBe(s);
      expect(scores.has(12345)).toBe(false);
      expect(scores.get(12345)).toBe(0);
      scores.clear();
      expect(scores.units.length).toBe(0);
      for (const u of map.keys()) expect(scores.has(u)).toBe(false);
    }
  });

  it('takes small unit numbers too (a segment numbered from 0)', () => {
    const scores = new UnitScores();
    for (let u = 0; u < 300; u++) scores.add(u, u);
    scores.add(0, 1);
    expect(scores.get(0)).toBe(1);
    expect(scores.get(299)).toBe(299);
    expect(scores.units.length).toBe(300);
  });
});

describe('PartialScores', () => {
  it('keeps per unit the best share of each concept, its BM25 and its weighed coverage', () => {
    const partial = new PartialScores(3);
    const u = (1 << 30) - 5;
    const v = (1 << 30) - 700;
    partial.addBm25(u, 1.5);
    partial.addBm25(u, 0.25);
    partial.raiseShare(u, 0, 0.4);
    partial.raiseShare(u, 0, 0.2);
    partial.raiseShare(u, 2, 0.9);
    partial.raiseShare(v, 1, 1);
    partial.weigh([1, 2, 1]);
    expect([...partial.units]).toEqual([u, v]);
    expect(partial.bm25(u)).toBe(1.75);
    expect(partial.concept(u)).toEqual([0.4, 0, 0.9]);
    expect(partial.share(v, 1)).toBe(1);
    expect(partial.coverage(u)).toBeCloseTo((0.4 + 0.9) / 4, 12);
    expect(partial.coverage(v)).toBeCloseTo(2 / 4, 12);
    expect(partial.has(v - 1)).toBe(false);
    expect(partial.concept(v - 1)).toEqual([]);
    expect(partial.bm25(v - 1)).toBe(0);
  });

  it('grows past its first arrays without losing what it held', () => {
    const next = random(11);
    const partial = new PartialScores(2);
    const units = [...new Set(archiveUnits(next, 4000))];
    units.forEach((unit, i) => {
      partial.addBm25(unit, i);
      partial.raiseShare(unit, i % 2, i / units.length);
    });
    expect([...partial.units]).toEqual(units);
    units.forEach((unit, i) => {
      expect(partial.bm25(unit)).toBe(i);
      expect(partial.share(unit, i % 2)).toBe(i / units.length);
      expect(partial.share(unit, 1 - (i % 2))).toBe(0);
    });
  });
});

describe('Lexicon.firstKeyIn', () => {
  it('finds the key reading every key finds, on pieces of questions and on words of the table', () => {
    const next = random(3);
    const keys = LEXICON.keys;
    const pieces = ['开饭店要办什么许可', '电瓶车在哪上牌', '农村房子着火了谁管', '单位出租门面', '在附近读书', '没有', '', '县'];
    // Pieces made of two keys and a little around them, as questions hold them.
    for (let i = 0; i < 400; i++) {
      const a = keys[Math.floor(next() * keys.length)]!;
      const b = keys[Math.floor(next() * keys.length)]!;
      pieces.push(`我${a}的${b}吗`, `${a}${b}`, a.slice(1));
    }
    for (const piece of pieces) expect(LEXICON.firstKeyIn(piece)).toBe(keys.find((k) => piece.includes(k)));
  });
});

describe('Lexicon.withBlocks', () => {
  it('takes the words of the fetched files a text holds or spreads over (电瓶车在哪上牌: 电瓶车上牌), and no other', () => {
    const block = {
      entries: [
        ['电瓶车上牌', ['电动自行车登记']],
        ['上牌', ['登记']],
        ['牌照', ['号牌']],
        ['车', ['车辆']],
        ['电瓶', ['蓄电池']],
        ['在哪', ['地点']],
      ] as Array<[string, string[]]>,
    };
    const out = LEXICON.withBlocks([block], '电瓶车在哪上牌');
    for (const word of ['电瓶车上牌', '上牌', '车', '电瓶', '在哪']) expect(out.synonyms.has(word), word).toBe(true);
    expect(out.synonyms.get('电瓶车上牌')).toContain('电动自行车登记');
    expect(out.apart).toEqual(['电瓶车上牌']);
    expect(out.synonyms.get('牌照') ?? []).not.toContain('号牌');
  });
});

describe('the units two postings lines share (intersectSorted)', () => {
  it('are those a set of the longer finds among the shorter, in ascending order, for lines of any lengths and spreads', () => {
    const next = random(20261208);
    const line = (n: number, spread: number) => Uint32Array.from(new Set(Array.from({ length: n }, () => 2 ** 24 * 64 - Math.floor(next() * spread)))).sort();
    for (let round = 0; round < 300; round++) {
      const a = line(Math.floor(next() * 40), 1 + Math.floor(next() * 5000));
      const b = line(Math.floor(next() * 1200), 1 + Math.floor(next() * 5000));
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      const inLong = new Set(long);
      expect(Array.from(intersectSorted(short, long))).toEqual(Array.from(short).filter((u) => inLong.has(u)));
    }
    expect(Array.from(intersectSorted(new Uint32Array([5]), new Uint32Array([])))).toEqual([]);
    expect(Array.from(intersectSorted(new Uint32Array([1, 9]), new Uint32Array([1, 2, 3, 4, 5, 6, 7, 8, 9])))).toEqual([1, 9]);
  });
});

describe('the pool a query chooses its candidates from', () => {
  it('takes a term\'s strongest postings by BM25, the newest (lowest number) on ties, in ascending order', () => {
    const postings = new Postings(1000, [10, 5, 5, 5]);
    // Units 100 … 109; 103 and 107 hold the term three times, 101 and 105 twice, the rest once; all of length 10.
    const units = Array.from({ length: 10 }, (_, k) => 100 + k);
    const tf = [1, 2, 1, 3, 1, 2, 1, 3, 1, 1];
    postings.add('c0', { terms: [['补贴', { 0: { n: 10, u: units.map((u, k) => (k === 0 ? u : 1)), t: tf.map((t) => t - 1), l: units.map(() => 10) } }]] });
    expect(Array.from(postings.strongest('补贴', 0, 3))).toEqual([101, 103, 107]);
    expect(Array.from(postings.strongest('补贴', 0, 4))).toEqual([101, 103, 105, 107]);
    // Ties among the once-held: the newest first.
    expect(Array.from(postings.strongest('补贴', 0, 5))).toEqual([100, 101, 103, 105, 107]);
    expect(Array.from(postings.strongest('补贴', 0, 50))).toEqual(units);
    expect(Array.from(postings.strongest('没有', 0, 3))).toEqual([]);
  });

  it('scores a unit outside it when first asked, as it would have been scored in it', () => {
    const partial = new PartialScores(2);
    partial.raiseShare(7, 0, 0.5);
    partial.addBm25(7, 2);
    partial.weigh([3, 1]);
    let asked = 0;
    partial.readOutsideWith((u) => {
      asked++;
      return u === 9 ? { shares: [0, 1], bm25: 4 } : { shares: [], bm25: 0 };
    });
    expect(partial.pooled(7)).toBe(true);
    expect(partial.pooled(9)).toBe(false);
    expect(partial.has(9)).toBe(true);
    expect(partial.share(9, 1)).toBe(1);
    expect(partial.concept(9)).toEqual([0, 1]);
    expect(partial.bm25(9)).toBe(4);
    // Its coverage weighs its shares as the pool's are weighed: (0·3 + 1·1) / 4.
    expect(partial.coverage(9)).toBeCloseTo(0.25);
    expect(partial.coverage(7)).toBeCloseTo(0.375);
    expect(partial.has(11)).toBe(false);
    expect(partial.bm25(11)).toBe(0);
    // Each unit is read once.
    expect(asked).toBe(2);
    expect(partial.units).toEqual([7]);
  });
});
