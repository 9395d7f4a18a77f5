/**
 * Where the archive's vocabulary comes from. A real archive keeps meeting new words: each issue is
 * about other roads, crops, firms, programmes. The generator imitates that by giving every issue its
 * own content words: a share of the words of the seed's running prose is replaced, issue by issue,
 * by words of the same part of speech and length drawn from jieba's dictionary (the one the index
 * already uses: nodejieba's jieba.dict.utf8, 349k words with frequency and part of speech), frequent
 * words more often, so the distinct words and bigrams of the archive grow the way a corpus's do
 * (fast at first, then slower: Heaps' law) instead of staying those of one issue.
 *
 * Only words of running prose are candidates: a word printed in a title, heading, 附件 list or table
 * header of the seed, a word of the grammar the parser and linker read (施行, 简称, 依照, 办法 …) and
 * a word with a character of a label (第, 条, 款, 项 …) are never replaced nor put in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Seed } from './seed.ts';
import type { Random } from './text.ts';
import { DEPARTMENTS, NAMES, SUBJECTS, SYNONYMS } from './vocab.ts';

/** Parts of speech whose words may be swapped (jieba's tags): nouns, verbal nouns, names (swapping verbs and adjectives reads as nonsense). */
const POS = new Set(['n', 'vn', 'nz', 'ns', 'nt']);
/** Words the structure and link stages read, or that open a clause they read. */
const GRAMMAR =
  /施行|实施|执行|生效|试行|有效|废止|失效|印发|发布|公布|签发|简称|以下|所称|是指|依照|按照|参照|根据|依据|规定|办法|细则|方案|措施|清单|条例|决定|意见|通知|文件|附件|目录|名单|标准|期限|之日|同时|其中|法律|法规|规章/;
/** Characters of labels and references (第十四条, 本办法, 前款, 附件1, 文号) and of dates. */
const LABEL_CHARS = /[第条款项章节编目本前号附件年月日〇零一二三四五六七八九十百千万两]/;
const HAN_WORD = /^\p{Script=Han}{2,4}$/u;
const MIN_CHAR = 5;

export interface WordPool {
  /** Candidate words of the seed's prose, with their tag, in a fixed order. */
  candidates: Array<{ word: string; pos: string }>;
  /** Replacements by tag and length: words and the cumulative weights to draw them by. */
  pools: Map<string, { words: string[]; cumulative: Float64Array }>;
  /** Longest-first lookup for segmenting prose: dictionary words of 2–4 characters. */
  dictionary: Set<string>;
}

export function jiebaDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  let root: string;
  try {
    root = dirname(require.resolve('nodejieba/package.json'));
  } catch {
    throw new Error('the archive generator draws its words from nodejieba\'s dictionary: install the project\'s dependencies (npm install)');
  }
  const path = join(root, 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
  if (!existsSync(path)) throw new Error(`jieba's dictionary is not at ${path}`);
  return path;
}

/** Prose: a line that holds a sentence (。；) and is not a table row's header. */
export function isProse(line: string): boolean {
  return /[。；]/.test(line);
}

/**
 * The text of a prose line that may change words: no citation, no date or period clause, no alias.
 * (The same test decides for the seed's candidates and for the generated text.)
 */
export const KEEP_SENTENCE = new RegExp(`[《》〈〉]|${GRAMMAR.source}|第|本[办细方措规条法]|前[款条项]`);

let cached: { seed: Seed; pool: WordPool } | undefined;

/** The candidates of the seed and the replacement pools (read once per process, ≈0.5 s). */
export function wordPool(seed: Seed, options: { minFrequency?: number; exponent?: number } = {}): WordPool {
  if (cached?.seed === seed) return cached.pool;
  const minFrequency = options.minFrequency ?? 30;
  const exponent = options.exponent ?? 0.6;
  const entries = new Map<string, { freq: number; pos: string }>();
  for (const line of readFileSync(jiebaDictionaryPath(), 'utf8').split('\n')) {
    const [word, freq, pos] = line.split(' ');
    if (!word || !pos || !HAN_WORD.test(word)) continue;
    const prior = entries.get(word);
    const f = Number(freq);
    if (!prior || prior.freq < f) entries.set(word, { freq: f, pos });
  }
  const dictionary = new Set(entries.keys());

  // Words printed anywhere but running prose, and every string the substitution lists handle, stay.
  const fixed = new Set<string>();
  const addSubstrings = (text: string) => {
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) for (let n = 2; n <= 4 && i + n <= chars.length; n++) fixed.add(chars.slice(i, i + n).join(''));
  };
  const prose: string[] = [];
  for (const r of seed.renditions) {
    for (const d of r.documents) {
      addSubstrings(d.titleLines.join(''));
      for (const line of d.body) {
        if (!isProse(line)) addSubstrings(line);
        else for (const cell of line.split('\t')) (isProse(cell) ? prose : []).push(cell);
      }
    }
  }
  for (const list of [DEPARTMENTS.flat(), NAMES, SYNONYMS.flat(), Object.values(SUBJECTS).flatMap((slots) => slots.flatMap((s) => s.alternatives.flat()))]) {
    for (const s of list) addSubstrings(s);
  }

  // The words an issue brings are made of the characters official prose uses (each printed at least
  // MIN_CHAR times in the seed): new words of the same register, not 尧舜 or 惧怕.
  const charCount = new Map<string, number>();
  for (const r of seed.renditions) for (const c of r.text) charCount.set(c, (charCount.get(c) ?? 0) + 1);
  const register = (word: string) => [...word].every((c) => (charCount.get(c) ?? 0) >= MIN_CHAR);
  const usable = (word: string, pos: string) => POS.has(pos) && !GRAMMAR.test(word) && !LABEL_CHARS.test(word);
  const found = new Map<string, string>();
  for (const text of prose) {
    for (const sentence of text.split(/(?<=[。；！？])/)) {
      if (KEEP_SENTENCE.test(sentence)) continue;
      for (const word of segment(sentence, dictionary)) {
        const e = entries.get(word);
        if (e && !fixed.has(word) && usable(word, e.pos)) found.set(word, e.pos);
      }
    }
  }
  const candidates = [...found].map(([word, pos]) => ({ word, pos })).sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));

  const grouped = new Map<string, Array<[string, number]>>();
  for (const [word, e] of entries) {
    if (e.freq < minFrequency || !usable(word, e.pos) || !register(word)) continue;
    const key = `${e.pos}/${[...word].length}`;
    let list = grouped.get(key);
    if (!list) grouped.set(key, (list = []));
    list.push([word, e.freq]);
  }
  const pools = new Map<string, { words: string[]; cumulative: Float64Array }>();
  for (const [key, list] of grouped) {
    list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const cumulative = new Float64Array(list.length);
    let sum = 0;
    list.forEach(([, f], i) => (cumulative[i] = sum += f ** exponent));
    pools.set(key, { words: list.map(([w]) => w), cumulative });
  }
  const pool = { candidates, pools, dictionary };
  cached = { seed, pool };
  return pool;
}

/**
 * Forward maximum matching against the dictionary (4, 3, 2 characters), other characters one by
 * one. (UTF-16 units: the Han words of the dictionary are all in the Basic Multilingual Plane.)
 */
export function segment(text: string, dictionary: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    let n = Math.min(4, text.length - i);
    for (; n >= 2; n--) if (dictionary.has(text.slice(i, i + n))) break;
    if (n < 2) n = 1;
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

/** The seed's sentences segmented once: every issue segments the same sentences. */
const segmented = new Map<string, string[] | null>();

/**
 * Puts this issue's words into a line of the seed's prose: sentence by sentence (table cells one by
 * one), word boundaries from the dictionary, sentences that cite or date something left as they are.
 */
export function replaceProseWords(line: string, words: Map<string, string>, dictionary: Set<string>): string {
  if (words.size === 0 || !isProse(line)) return line;
  return line
    .split('\t')
    .map((cell) => {
      if (!isProse(cell)) return cell;
      return cell
        .split(/(?<=[。；！？])/)
        .map((sentence) => {
          let parts = segmented.get(sentence);
          if (parts === undefined) {
            parts = KEEP_SENTENCE.test(sentence) ? null : segment(sentence, dictionary);
            segmented.set(sentence, parts);
          }
          if (!parts) return sentence;
          let out = '';
          for (const w of parts) out += words.get(w) ?? w;
          return out;
        })
        .join('');
    })
    .join('\t');
}

/** A word of the pool for (tag, length), frequent words more often. */
function draw(random: Random, pool: { words: string[]; cumulative: Float64Array }): string {
  const target = random() * pool.cumulative[pool.cumulative.length - 1]!;
  let lo = 0;
  let hi = pool.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pool.cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return pool.words[lo]!;
}

/** This issue's words: each candidate replaced with probability `rate` by a drawn word. */
export function issueWords(pool: WordPool, random: Random, rate: number): Map<string, string> {
  const map = new Map<string, string>();
  for (const { word, pos } of pool.candidates) {
    if (random() >= rate) continue;
    const p = pool.pools.get(`${pos}/${[...word].length}`);
    if (p) map.set(word, draw(random, p));
  }
  return map;
}
