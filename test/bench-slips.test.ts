/** The generated slips the bench types (pipeline/bench/slips.ts): one character read alike, printed nowhere. */
import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { sampleSlips } from '../pipeline/bench/slips.ts';
import { segmentWords } from '../pipeline/index/words.ts';
import { seedText } from './seed.ts';

describe('generated slips', () => {
  it('replaces one character of a distinctive word by one read alike that the corpus prints, the slip printed nowhere', async () => {
    const texts = seedText.split('\n').filter((l) => l.trim().length > 0);
    const { words } = await segmentWords(texts);
    const slips = sampleSlips(texts, words, 50, 1);
    expect(slips.length).toBe(50);
    const all = texts.join('\n');
    for (const { query, word } of slips) {
      expect(all.includes(query)).toBe(false);
      expect(all.includes(word)).toBe(true);
      const a = [...query];
      const b = [...word];
      expect(a.length).toBe(b.length);
      const changed = a.flatMap((ch, i) => (ch === b[i] ? [] : [i]));
      expect(changed.length).toBe(1);
      const i = changed[0]!;
      expect(pinyin(a[i]!, { toneType: 'none' })).toBe(pinyin(b[i]!, { toneType: 'none' }));
      expect(all.includes(a[i]!)).toBe(true);
    }
    // The same seed draws the same slips.
    expect(sampleSlips(texts, words, 50, 1)).toEqual(slips);
  });
});
