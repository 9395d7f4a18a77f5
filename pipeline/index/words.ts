/**
 * Word segmentation with nodejieba, for the ranking field (build time only: the browser cannot run
 * it). Its dictionary load costs seconds, so results are cached by content hash across builds and
 * the dictionary is loaded only when a text is not in the cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { wordRuns } from './tokenize.ts';

type Jieba = typeof import('nodejieba');

let jieba: Promise<Jieba> | undefined;

/** Loads nodejieba and its dictionary once per process. */
function loadJieba(): Promise<Jieba> {
  jieba ??= import('nodejieba').then((m) => {
    const lib = ((m as { default?: Jieba }).default ?? m) as Jieba;
    lib.load();
    return lib;
  });
  return jieba;
}

/** Most texts kept in the cache (about 400 bytes each). */
const CACHE_ENTRIES = 50_000;

export const DEFAULT_CACHE = join(process.cwd(), 'node_modules', '.cache', 'gongbao', 'jieba-words.json');

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
  loadMs: number;
}

/**
 * Words of each normalised text, in order. Texts already segmented in an earlier build come from
 * the cache file; jieba is loaded only for the rest.
 */
export async function segmentWords(texts: string[], cacheFile = DEFAULT_CACHE): Promise<{ words: string[][]; stats: SegmentStats }> {
  let cache: Record<string, string[]> = {};
  try {
    cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string[]>;
  } catch {
    // No cache yet (first build): every text is segmented.
  }
  const keys = texts.map(hash);
  const missing = keys.some((k) => !(k in cache));
  const stats: SegmentStats = { cached: 0, segmented: 0, loadMs: 0 };
  let lib: Jieba | undefined;
  if (missing) {
    const t = performance.now();
    lib = await loadJieba();
    stats.loadMs = performance.now() - t;
  }
  const used: Record<string, string[]> = {};
  const words = texts.map((text, i) => {
    const key = keys[i]!;
    let w = cache[key];
    if (w) stats.cached++;
    else {
      w = lib!.cut(text).filter(keep);
      stats.segmented++;
    }
    used[key] = w;
    return w;
  });
  if (missing) {
    // This corpus's texts first, then older entries (other checkouts, the texts of earlier
    // builds while a parser changes) up to a bound, so that one changed text does not cost a
    // dictionary load next time and the cache does not grow without limit.
    const kept: Record<string, string[]> = { ...used };
    let count = Object.keys(kept).length;
    for (const [key, value] of Object.entries(cache)) {
      if (count >= CACHE_ENTRIES) break;
      if (!(key in kept)) {
        kept[key] = value;
        count++;
      }
    }
    mkdirSync(dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(kept));
    renameSync(tmp, cacheFile);
  }
  return { words, stats };
}
