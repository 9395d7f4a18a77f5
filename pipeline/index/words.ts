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
    // Keep only what this corpus uses, so the cache does not grow without bound.
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(`${cacheFile}.tmp`, JSON.stringify(used));
    renameSync(`${cacheFile}.tmp`, cacheFile);
  }
  return { words, stats };
}
