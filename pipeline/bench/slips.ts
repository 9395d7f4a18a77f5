/**
 * Generated slips: distinctive words of the corpus (three or four Han characters, printed in at most
 * three units) with one character replaced by another the corpus prints that reads the same in
 * pinyin (tones aside), the slip itself printed nowhere. Typed alone, the first result should print
 * the word meant. Written by rule, not by hand: a measure of the corrections no query set was tuned on.
 */
import { pinyin } from 'pinyin-pro';
import { seededRandom } from './random.ts';
import type { WordSpan } from '../index/words.ts';

export interface SlipCase {
  /** What is typed. */
  query: string;
  /** The word meant. */
  word: string;
}

/** Up to `count` slips from the units' normalised texts and their words, drawn with `seed`. */
export function sampleSlips(texts: string[], words: WordSpan[][], count: number, seed: number): SlipCase[] {
  const all = texts.join('\n');
  const held = new Map<string, number>();
  for (const unit of words) for (const w of new Set(unit.map((s) => s.word))) if (/^\p{Script=Han}{3,4}$/u.test(w)) held.set(w, (held.get(w) ?? 0) + 1);
  const distinctive = [...held].filter(([, n]) => n <= 3).map(([w]) => w).sort();
  const bySound = new Map<string, string[]>();
  for (const ch of new Set(all.match(/\p{Script=Han}/gu) ?? [])) {
    const sound = pinyin(ch, { toneType: 'none' });
    (bySound.get(sound) ?? bySound.set(sound, []).get(sound)!).push(ch);
  }
  const random = seededRandom(seed);
  const out: SlipCase[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < count && tries < count * 20 && distinctive.length; tries++) {
    const word = distinctive[Math.floor(random() * distinctive.length)]!;
    const chars = [...word];
    const at = Math.floor(random() * chars.length);
    const alike = (bySound.get(pinyin(chars[at]!, { toneType: 'none' })) ?? []).filter((c) => c !== chars[at]);
    if (!alike.length) continue;
    chars[at] = alike[Math.floor(random() * alike.length)]!;
    const query = chars.join('');
    if (all.includes(query) || seen.has(query)) continue;
    seen.add(query);
    out.push({ query, word });
  }
  return out;
}
