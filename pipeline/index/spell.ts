/**
 * What the page needs to correct a mistyped query (build side): the corpus vocabulary by pinyin, and
 * the pinyin and simplified forms of single characters.
 *
 * pinyin-pro and opencc-js do the work here, at build time; the browser gets their answers as small
 * static files, fetched only when a query holds something the index does not know. Measured here
 * (esbuild, minified, gzip -9): pinyin-pro in the page would cost 145 KB and opencc-js's t2cn 58 KB,
 * against a page of 16 KB; the character files below are a few hundred bytes each and a vocabulary
 * shard a few KB.
 *
 * - `spell/chars/<hash>/<block>.json` (the folder named by the hash of all its files): `{pinyin: {character: readings}, t2s: "國国資资…"}` — every
 *   reading (toneless, ü as v) of the 6,763 characters of GB 2312 and of every character of the
 *   corpus, and each traditional character opencc converts to a single simplified one, as pairs; one
 *   file per block of 32 code points (format.ts, spellCharsKey).
 * - `spell/words/<hash>/<syllable>.json`: `{words: [[key, word, units]], real?: [word]}` — the vocabulary
 *   (jieba's words of two to eight characters, names: cells, titles, aliases, “quoted” terms) whose
 *   pinyin starts with that syllable; `key` is the whole toneless pinyin (增长 → zengzhang, as
 *   pinyin-pro reads the word in context), `units` how many units use it; `real`: common words of the
 *   language (jieba's dictionary, used 20 times or more) starting with that syllable that read like a
 *   vocabulary word or are one character off one, which the page leaves as typed (新房, not 信访).
 */
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js/t2cn';
import type { SearchUnit } from './units.ts';
import type { WordSpan } from './words.ts';
import { suggestionNames } from './names.ts';
import { normalizeSearchText, searchableOf } from '../../core/search/tokenize.ts';
import { numberRuns, spellCharsKey, type SpellIndex, type SpellChars, type SpellShard } from '../../core/search/format.ts';
import { pinyinKeys } from '../../core/search/spell.ts';
import { FUNCTION_CHARS, STOP_CHARS } from '../../core/search/lexicon.ts';
import { gb2312Characters, outsideGb2312 } from '../../core/chinese/gb2312.ts';
import { contentHash } from '../hash.ts';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project.ts';
import { writeCacheFileSync } from '../cache-file.ts';

const HAN = /^\p{Script=Han}+$/u;
const MIN = 2;
const MAX = 8;
/** Least frequency in jieba's dictionary for a word to count as a common word of the language. */
const COMMON_FREQUENCY = 20;
/** Longest common word looked at (the speller reads stretches of at most six characters). */
const MAX_COMMON = 6;

/** The 6,763 characters of GB 2312: in GBK, lead byte 0xB0–0xF7, trail byte 0xA1–0xFE. */
function gb2312(): string[] {
  const set = gb2312Characters();
  if (!set) throw new Error('This Node has no GBK decoder (TextDecoder); the spelling files need one (Node built with ICU).');
  return [...set].sort();
}

/**
 * What pinyin-pro and opencc said, kept across builds in node_modules/.cache (as jieba's cut is):
 * the character tables cost most of a second to compute and never change for the same versions.
 */
interface SpellCache {
  versions: string;
  common: string[];
  t2s: string;
  readings: Record<string, string[]>;
  words: Record<string, string>;
}

const CACHE_FILE = join(PROJECT_ROOT, 'node_modules', '.cache', 'gongbao', 'spell.json');
/** Most words kept in the cache. */
const CACHE_WORDS = 200_000;

function versions(): string {
  const require = createRequire(import.meta.url);
  const version = (name: string) => {
    try {
      return (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      return '?';
    }
  };
  return `pinyin-pro@${version('pinyin-pro')} opencc-js@${version('opencc-js')} 1`;
}

let cache: SpellCache | undefined;
let dirty = false;

function loadCache(): SpellCache {
  if (cache) return cache;
  const wanted = versions();
  try {
    const read = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as SpellCache;
    if (read.versions === wanted) return (cache = read);
  } catch {
    // No cache yet, or unreadable: computed again below.
  }
  dirty = true;
  return (cache = { versions: wanted, common: gb2312(), t2s: traditionalPairs(), readings: {}, words: {} });
}

function saveCache(): void {
  if (!cache || !dirty || !existsSync(join(PROJECT_ROOT, 'node_modules'))) return;
  const words = Object.entries(cache.words);
  if (words.length > CACHE_WORDS) cache.words = Object.fromEntries(words.slice(words.length - CACHE_WORDS));
  if (writeCacheFileSync(CACHE_FILE, JSON.stringify(cache))) dirty = false;
}

function readings(ch: string): string[] {
  const c = loadCache();
  let r = c.readings[ch];
  if (!r) {
    r = [...new Set(pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true }) as string[])].filter((s) => /^[a-z]+$/.test(s));
    c.readings[ch] = r;
    dirty = true;
  }
  return r;
}

/** Traditional → simplified, one character to one, as opencc's t2cn converts them. */
function traditionalPairs(): string {
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  let pairs = '';
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const ch = String.fromCharCode(c);
    const s = convert(ch);
    // One UTF-16 unit each, so the page can read the pairs two units at a time.
    if (s.length === 1 && s !== ch) pairs += ch + s;
  }
  return pairs;
}

/** The toneless pinyin of a word, syllable by syllable, as pinyin-pro reads it in context. */
export function wordPinyin(word: string): string[] {
  const c = loadCache();
  let p = c.words[word];
  if (p === undefined) {
    p = (pinyin(word, { toneType: 'none', type: 'array', v: true }) as string[]).map((s) => s.toLowerCase()).join(' ');
    c.words[word] = p;
    dirty = true;
  }
  return p.split(' ');
}

/** The vocabulary a correction may lead to, with the number of units using each word (one bulletin's, summed over the archive by the caller). */
export function vocabulary(units: SearchUnit[], words: WordSpan[][]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (word: string, n = 1) => {
    const w = normalizeSearchText(word);
    if (w.length >= MIN && w.length <= MAX && HAN.test(w)) counts.set(w, (counts.get(w) ?? 0) + n);
  };
  units.forEach((u, i) => {
    for (const w of new Set(words[i]!.map((x) => x.word))) add(w);
    // “攸惠贷”, “发展六仗”: a quoted term is a name people type, though jieba cuts it.
    for (const m of u.text.matchAll(/[“"]([^”"]{2,8})[”"]/gu)) add(m[1]!);
    // （以下简称风补资金）, （简称“查控违”）: a short name the text defines.
    for (const m of u.text.matchAll(/简称[“"]?([^”"）)，,。；]{2,8})/gu)) add(m[1]!);
    for (const a of u.aliases) add(a);
  });
  for (const [name, n] of suggestionNames(units)) add(name, n);
  return counts;
}

/** Characters that join a word to the next rather than make one (由县…, 报县…, 中的). */
const JOINING = new RegExp(`[${STOP_CHARS}${FUNCTION_CHARS}由经到于对为将以及等中其之所第年月日向]`, 'u');

/**
 * Runs of two to four Han characters between the words jieba found in a text (托育服务托位: 服务 a word,
 * 托育 and 托位 cut one character at a time): words its dictionary lacks, which people type (in pinyin
 * too: tuoyu). Not a run holding a character that joins words rather than makes one (由县 is no word).
 */
export function singlesRuns(text: string, spans: readonly WordSpan[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const gap of [...spans.map((s) => [s.start, s.end] as const), [text.length, text.length] as const]) {
    for (const run of text.slice(at, gap[0]).match(/\p{Script=Han}+/gu) ?? []) {
      if ([...run].length >= 2 && [...run].length <= 4 && !JOINING.test(run)) out.push(run);
    }
    at = Math.max(at, gap[1]);
  }
  return out;
}

/** The runs of characters jieba cut one by one (singlesRuns of each text), with the number of texts printing each. */
export function singlesVocabulary(runs: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const own of runs) for (const w of new Set(own)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * The Han characters a bulletin's units print outside GB 2312, each once (an extraction's 戶 for 户,
 * 員 for 员): such a character does not make a query count as typed in traditional characters, so a
 * stretch copied from the text is searched as printed.
 */
export function printedOutsideGb2312(units: SearchUnit[]): string {
  const found = new Set<string>();
  for (const u of units) {
    for (const text of [searchableOf(u.text, u.variants, u.aliases), ...u.names, u.title]) {
      for (const ch of text) if (ch.charCodeAt(0) >= 0x3400 && outsideGb2312(ch)) found.add(ch);
    }
  }
  return [...found].sort().join('');
}

/** jieba's dictionary: its words of two to six Han characters used at least COMMON_FREQUENCY times. */
let common: string[] | undefined;
function commonWords(): string[] {
  if (common) return common;
  const require = createRequire(import.meta.url);
  const file = join(require.resolve('nodejieba/package.json'), '..', 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
  common = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, frequency] = line.split(' ');
    if (!word || Number(frequency) < COMMON_FREQUENCY) continue;
    const n = [...word].length;
    if (n >= MIN && n <= MAX_COMMON && HAN.test(word)) common.push(word);
  }
  return common;
}

/**
 * Common words outside the vocabulary that a correction could take for a typo of a vocabulary word,
 * by the first syllables of their characters: those reading the same as one (新房 xinfang, 信访), and
 * those of three characters or more one character off one. The page leaves them as typed.
 */
function realWords(vocab: Map<string, number>): Map<string, Set<string>> {
  const keys = new Set<string>();
  const patterns = new Set<string>();
  for (const word of vocab.keys()) {
    const chars = [...word];
    if (chars.length > MAX_COMMON) continue;
    for (const key of readingKeys(chars)) keys.add(key);
    if (chars.length >= 3) chars.forEach((_, i) => patterns.add(chars.map((c, k) => (k === i ? '?' : c)).join('')));
  }
  const out = new Map<string, Set<string>>();
  for (const word of commonWords()) {
    if (vocab.has(word)) continue;
    const chars = [...word];
    const collides =
      readingKeys(chars).some((k) => keys.has(k)) || (chars.length >= 3 && chars.some((_, i) => patterns.has(chars.map((c, k) => (k === i ? '?' : c)).join(''))));
    if (!collides) continue;
    for (const first of readings(chars[0]!)) (out.get(first) ?? out.set(first, new Set()).get(first)!).add(word);
  }
  return out;
}

/** Every reading of the characters as one key, as the page reads a stretch typed. */
function readingKeys(chars: string[]): string[] {
  return pinyinKeys(chars, readings).map((k) => k.key);
}

/**
 * The spelling files for a vocabulary (word → units using it), and `printed`: the characters the
 * texts print outside GB 2312 (printedOutsideGb2312, over every bulletin).
 */
export function buildSpell(vocab: Map<string, number>, printed = '', runs: Map<string, number> = new Map(), levels: string[] = []): { files: Map<string, string>; index: SpellIndex } {
  const files = new Map<string, string>();
  const { common, t2s } = loadCache();
  const chars = new Set(common);
  for (const w of vocab.keys()) for (const ch of w) chars.add(ch);
  // Character files by code point block: readings, and the traditional characters of the block.
  const blocks = new Map<number, SpellChars>();
  const block = (ch: string) => {
    const key = spellCharsKey(ch);
    let b = blocks.get(key);
    if (!b) blocks.set(key, (b = { pinyin: {}, t2s: '' }));
    return b;
  };
  const syllables = new Set<string>();
  for (const ch of [...chars].sort()) {
    const r = readings(ch);
    if (!r.length) continue;
    block(ch).pinyin[ch] = r.join(' ');
    for (const s of r) syllables.add(s);
  }
  for (let i = 0; i + 1 < t2s.length; i += 2) block(t2s[i]!).t2s += t2s[i]! + t2s[i + 1]!;
  // Each set of files in a folder named by the hash of all of them: the index names the folder once.
  const charJsons = [...blocks].sort((a, b) => a[0] - b[0]).map(([key, content]) => [key, JSON.stringify(content)] as const);
  const charsFolder = `spell/chars/${contentHash(...charJsons.flatMap(([key, json]) => [String(key), json])).slice(0, 10)}`;
  for (const [key, json] of charJsons) files.set(`${charsFolder}/${key}.json`, json);

  const shards = new Map<string, SpellShard['words']>();
  const keys = new Set<string>();
  const file = (word: string, n: number, run: boolean) => {
    const syllables = wordPinyin(word);
    if (syllables.length !== word.length || !syllables.every((s) => /^[a-z]+$/.test(s))) return;
    const key = syllables.join('');
    // A run is a word only where no word of the vocabulary reads the same (报县 is no 保险).
    if (run && keys.has(key)) return;
    keys.add(key);
    const first = syllables[0]!;
    (shards.get(first) ?? shards.set(first, []).get(first)!).push([key, word, n]);
  };
  for (const [word, n] of vocab) file(word, n, false);
  for (const [word, n] of runs) if (!vocab.has(word)) file(word, n, true);
  const real = realWords(vocab);
  for (const first of real.keys()) if (!shards.has(first)) shards.set(first, []);
  const shardJsons = [...shards]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([syllable, entries]) => {
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : b[2] - a[2]));
      const words = real.get(syllable);
      return [syllable, JSON.stringify({ words: entries, ...(words ? { real: [...words].sort() } : {}) } satisfies SpellShard)] as const;
    });
  const shardsFolder = `spell/words/${contentHash(...shardJsons.flat()).slice(0, 10)}`;
  for (const [syllable, json] of shardJsons) files.set(`${shardsFolder}/${syllable}.json`, json);
  const index: SpellIndex = {
    syllables: [...syllables].sort(),
    charsFolder,
    chars: numberRuns(charJsons.map(([key]) => key)),
    shardsFolder,
    shards: shardJsons.map(([syllable]) => syllable),
  };
  const gb = gb2312Characters()!;
  const printedSet = new Set(printed);
  let inGb = '';
  let printedTraditional = '';
  for (let i = 0; i + 1 < t2s.length; i += 2) {
    if (gb.has(t2s[i]!)) inGb += t2s[i]! + t2s[i + 1]!;
    if (printedSet.has(t2s[i]!)) printedTraditional += t2s[i]!;
  }
  if (inGb) index.traditionalInGb2312 = inGb;
  if (printedTraditional) index.printedTraditional = printedTraditional;
  if (levels.length) index.levels = [...levels].sort().map((ch) => [ch, readings(ch)[0]!]);
  saveCache();
  return { files, index };
}
