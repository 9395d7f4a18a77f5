/**
 * Word segmentation with nodejieba, for the ranking field and the whole-word marks of snippets
 * (build time only: the browser cannot run it). Its dictionary load costs seconds, so jieba's
 * whole cut of each text is cached by content hash across builds and the dictionary is loaded only
 * when a text is not in the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeCacheFileSync } from '../cache-file.ts';
import { wordRuns } from '../../core/search/tokenize.ts';
import { PROJECT_ROOT } from '../project.ts';

/** Segments texts into words. */
type Cut = (texts: string[]) => Promise<string[][]>;

let segmenter: Promise<Cut> | undefined;

/** nodejieba in this thread, its dictionary loaded once per process. */
function loadHere(): Promise<Cut> {
  return import('nodejieba').then((m) => {
    const lib = ((m as { default?: typeof import('nodejieba') }).default ?? m) as typeof import('nodejieba');
    lib.load();
    return async (texts: string[]) => texts.map((t) => lib.cut(t));
  });
}

/** The worker's code (CommonJS): load the dictionary at once, then cut what it is sent. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const jieba = require(workerData.module);
jieba.load();
parentPort.on('message', (texts) => parentPort.postMessage(texts.map((t) => jieba.cut(t))));
`;

/** nodejieba in a worker thread, loading its dictionary while this thread goes on. */
function loadInWorker(): Promise<Cut> {
  const worker = new Worker(WORKER, { eval: true, workerData: { module: createRequire(import.meta.url).resolve('nodejieba') } });
  // An idle worker must not keep the process alive (a build may end without segmenting anything).
  worker.unref();
  const cut: Cut = (texts) =>
    new Promise((resolve, reject) => {
      worker.once('message', (words: string[][]) => resolve(words));
      worker.once('error', reject);
      worker.ref();
      worker.postMessage(texts);
    }).finally(() => worker.unref()) as Promise<string[][]>;
  return Promise.resolve(cut);
}

/**
 * Starts loading the dictionary in a worker thread when the cache is cold (no cache file), so that
 * its seconds overlap the stages before the index: call it at the start of a build. Without it,
 * segmentWords loads the dictionary itself when a text is not in the cache.
 */
export function prepareSegmenter(cacheFile = DEFAULT_CACHE): void {
  if (!segmenter && !existsSync(cacheFile)) segmenter = loadInWorker();
}

/** Most texts kept in the cache (about 400 bytes each): an archive of a few hundred bulletins. */
const CACHE_ENTRIES = 200_000;

/** Cache files read once per process: entries, the keys used since loading, and whether any is new. */
const stores = new Map<string, { entries: Record<string, string>; size: number; used: Set<string>; dirty: boolean }>();

function store(cacheFile: string) {
  let s = stores.get(cacheFile);
  if (!s) {
    let entries: Record<string, string> = {};
    try {
      entries = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>;
    } catch {
      // No cache yet (first build): every text is segmented.
    }
    stores.set(cacheFile, (s = { entries, size: Object.keys(entries).length, used: new Set(), dirty: false }));
  }
  return s;
}

/**
 * Writes the cache file if new cuts were made: the texts used since it was read first, then older
 * entries (other checkouts, the texts of earlier builds while a parser changes) up to a bound, so
 * that one changed text does not cost a dictionary load next time and the cache does not grow
 * without limit.
 */
export function saveWordCache(cacheFile = DEFAULT_CACHE): void {
  const s = stores.get(cacheFile);
  if (!s?.dirty) return;
  const kept: Record<string, string> = {};
  let count = 0;
  for (const key of s.used) {
    if (count >= CACHE_ENTRIES) break;
    kept[key] = s.entries[key]!;
    count++;
  }
  for (const [key, value] of Object.entries(s.entries)) {
    if (count >= CACHE_ENTRIES) break;
    if (!(key in kept)) {
      kept[key] = value;
      count++;
    }
  }
  if (writeCacheFileSync(cacheFile, JSON.stringify(kept))) s.dirty = false;
}

/**
 * In the project's node_modules/.cache (ignored by git, kept by CI caches), wherever gongbao is run
 * from. Each entry is the whole cut joined by SEPARATOR (jieba-words.json held only the kept words,
 * which cannot place them in the text).
 */
export const DEFAULT_CACHE = join(PROJECT_ROOT, 'node_modules', '.cache', 'gongbao', 'jieba-cut.json');

/** Joins a cut in the cache: invisible, and not a character of the bulletins. */
const SEPARATOR = '\u2063';

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, 16);
}

/** Words of two or more characters: single characters are already terms of the bigram field. */
function keep(word: string): boolean {
  const runs = wordRuns(word);
  return runs.length === 1 && runs[0]!.length >= 2 && runs[0]!.join('') === word;
}

export interface SegmentStats {
  cached: number;
  segmented: number;
  /** Waiting for the segmenter (dictionary load, unless prepared early) and segmenting, in ms. */
  loadMs: number;
}

/** A word of two or more characters and where it is: text.slice(start, end) === word. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * The kept words of a cut, placed in the text. Each piece is looked for from where the last one
 * ended, so a cut that covers the text (jieba's does) places every word exactly.
 */
function place(text: string, cut: string[]): WordSpan[] {
  const out: WordSpan[] = [];
  let at = 0;
  for (const piece of cut) {
    const start = text.startsWith(piece, at) ? at : text.indexOf(piece, at);
    if (start < 0) continue;
    at = start + piece.length;
    if (piece.length >= 2 && keep(piece)) out.push({ word: piece, start, end: at });
  }
  return out;
}

/**
 * Words of each normalised text, in order and placed in it. Texts already segmented in an earlier
 * build come from the cache file; jieba is loaded only for the rest. The file is written at the end
 * unless `defer` (a caller segmenting bulletin by bulletin calls saveWordCache once).
 */
export async function segmentWords(texts: string[], cacheFile = DEFAULT_CACHE, defer = false): Promise<{ words: WordSpan[][]; stats: SegmentStats }> {
  const s = store(cacheFile);
  const cache = s.entries;
  const keys = texts.map(hash);
  const stats: SegmentStats = { cached: 0, segmented: 0, loadMs: 0 };
  const todo = texts.filter((_, i) => !(keys[i]! in cache));
  const fresh = new Map<string, string>();
  if (todo.length) {
    const t = performance.now();
    segmenter ??= loadHere();
    const cut = await segmenter;
    const words = await cut(todo);
    todo.forEach((text, i) => fresh.set(hash(text), words[i]!.join(SEPARATOR)));
    stats.loadMs = performance.now() - t;
  }
  const words = texts.map((text, i) => {
    const key = keys[i]!;
    let w = cache[key];
    if (w !== undefined) stats.cached++;
    else {
      w = fresh.get(key)!;
      stats.segmented++;
      // Bounded in memory too: an archive's texts would otherwise all wait here until the build ends.
      if (s.size < CACHE_ENTRIES) {
        cache[key] = w;
        s.size++;
        s.dirty = true;
      }
    }
    if (key in cache) s.used.add(key);
    return place(text, w.split(SEPARATOR));
  });
  if (!defer) saveWordCache(cacheFile);
  return { words, stats };
}
