/**
 * A bulletin's id (its address on the site and the name of its JSON file) comes from what the
 * bulletin says about itself, so that renaming a file changes nothing and two files of one issue
 * are seen to be one:
 *
 *   <place>-<year>-<issue>      攸县人民政府公报 · 2023 年第 1 期 → youxian-2023-01
 *
 * - place: the cover's name (its first line) without 公报/政报 and without the 人民政府 that
 *   publishes most of them (攸县人民政府公报 → 攸县); when that leaves nothing, the issuer line the
 *   same way (攸县人民政府办公室 → 攸县). Administrative suffixes stay, so 长沙县 (changshaxian) and
 *   长沙市 (changshashi) differ; other publishers keep their whole name (国务院公报 → guowuyuan,
 *   湖南省人民代表大会常务委员会公报 → hunanshengrenmindaibiaodahuichangwuweiyuanhui).
 * - transliterated with pinyin-pro, without tones, syllables run together, ü as v (吕梁市 → lvliangshi);
 *   Latin letters and digits kept (lower case), anything else a hyphen; at most MAX_SLUG characters.
 * - issue: two digits at least (第1期 → 01, 第12期 → 12, 第123期 → 123).
 *
 * Without a cover (no 年第N期 in the first lines) the file name gives the id, transliterated the
 * same way (攸县公报 2024 第1期.txt → youxiangongbao-2024-di1qi); a name with nothing to keep gives
 * bulletin-<hash of the name>. Ids are never empty and never start or end with a hyphen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project.ts';
import { contentHash } from './hash.ts';
import { writeCacheFileSync } from './cache-file.ts';
import { bulletinIdOf } from '../core/bulletin-id.ts';

export const MAX_SLUG = 48;

export interface CoverFacts {
  title: string;
  issuer: string;
  year: number;
  issue: number;
}

/** The part of a bulletin's name or issuer that names its place (or its publisher, when not a 人民政府). */
export function placeOf(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/(?:公报|政报)$/, '')
    .replace(/(?:人民政府|政府)(?:办公室|办公厅)?$/, '');
}

const HAN = /\p{Script=Han}/u;

/** Transliterations already computed, so that most builds never load pinyin-pro's dictionary (≈0.3 s). */
const CACHE_FILE = join(PROJECT_ROOT, 'node_modules', '.cache', 'gongbao', 'pinyin.json');
let cache: Map<string, string[]> | undefined;
let pinyinOf: ((text: string) => string[]) | undefined;

function loadCache(): Map<string, string[]> {
  if (cache) return cache;
  cache = new Map();
  try {
    if (existsSync(CACHE_FILE)) for (const [k, v] of Object.entries(JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, string[]>)) cache.set(k, v);
  } catch {
    // A damaged cache is rebuilt.
  }
  return cache;
}

function saveCache(map: Map<string, string[]>): void {
  // Bounded: the names of a corpus (a few per county), not its texts.
  writeCacheFileSync(CACHE_FILE, JSON.stringify(Object.fromEntries([...map].slice(-5000))));
}

/** Pinyin syllables of the Han characters, other runs as they are (pinyin-pro's array form). */
async function syllables(text: string): Promise<string[]> {
  const map = loadCache();
  const known = map.get(text);
  if (known) return known;
  if (!pinyinOf) {
    const { pinyin } = await import('pinyin-pro');
    pinyinOf = (t) => pinyin(t, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  }
  const result = pinyinOf(text);
  map.set(text, result);
  saveCache(map);
  return result;
}

/** ASCII slug of any text: Han as pinyin run together, letters and digits lower-cased, the rest hyphens. */
export async function slugOf(text: string, max = MAX_SLUG): Promise<string> {
  const parts = HAN.test(text) ? await syllables(text.slice(0, 4 * max)) : [text.slice(0, 4 * max)];
  let slug = parts
    .join('')
    .normalize('NFKD')
    .replace(/ü/g, 'v')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > max) slug = slug.slice(0, max).replace(/-+$/, '');
  return slug;
}

/** The id from the cover, when it names a place (or publisher), a year and an issue. */
export async function idFromCover(cover: CoverFacts | undefined): Promise<string | undefined> {
  if (!cover || cover.year < 1000 || cover.year > 9999 || cover.issue < 1) return undefined;
  const place = (await slugOf(placeOf(cover.title))) || (await slugOf(placeOf(cover.issuer)));
  if (!place) return undefined;
  return bulletinIdOf(place, cover.year, cover.issue);
}

/** The id from a file name (without its extension): its slug, or bulletin-<hash> when nothing of it is kept. */
export async function idFromFileName(stem: string): Promise<string> {
  return (await slugOf(stem, 64)) || `bulletin-${contentHash(stem).slice(0, 8)}`;
}
