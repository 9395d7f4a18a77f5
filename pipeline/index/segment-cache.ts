/**
 * Segments kept across builds, per bulletin version: <dir>/<hash>.info and <hash>.seg, the hash
 * taken over the bulletin's published JSON and the version of the code that indexes it
 * (code-version.ts), in V8's serialization (typed arrays as they are: far faster than JSON). The
 * info is small (what every build needs of every bulletin); the postings are read only for the
 * bulletins a build merges (all of them when it merges the tiers, the new ones otherwise). A file
 * that cannot be read is computed again; files not used by a build are removed after it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { BulletinFile } from '../../schema/output.ts';
import { contentHash } from '../hash.ts';
import { codeVersion } from '../code-version.ts';
import { buildSegment, type Segment, type SegmentInfo } from './segment.ts';
import { saveWordCache } from './words.ts';
import { writeCacheFile } from '../cache-file.ts';

export interface SegmentStats {
  /** Segments read from the cache, and computed. */
  cached: number;
  built: number;
}

export interface Segments {
  infos: SegmentInfo[];
  /** A bulletin's segment: its postings and names (its texts only when computed in this build). */
  load: (info: SegmentInfo) => Promise<Segment>;
  /** A bulletin's text fragments (JSON), read one bulletin at a time when the index is written. */
  fragments: (info: SegmentInfo) => Promise<string[]>;
  stats: SegmentStats;
}

async function put(path: string, value: unknown): Promise<void> {
  await writeCacheFile(path, serialize(value));
}

/** The segment of each bulletin, from `dir` when it holds this version's, computed (and kept) otherwise. */
export async function loadSegments(files: BulletinFile[], dir: string | undefined): Promise<Segments> {
  const stats: SegmentStats = { cached: 0, built: 0 };
  // By key (a segment's content): load() returns new objects, which fragments() is then given.
  const whole = new Map<string, Segment>();
  const paths = new Map<string, string>();
  const infos: SegmentInfo[] = [];
  const used = new Set<string>();
  const version = dir ? await codeVersion() : '';
  if (dir) await mkdir(dir, { recursive: true });
  for (const f of files) {
    const base = dir ? join(dir, contentHash(version, JSON.stringify(f.bulletin))) : undefined;
    let info: SegmentInfo | undefined;
    if (base && existsSync(`${base}.info`) && existsSync(`${base}.seg`) && existsSync(`${base}.frag`)) {
      try {
        info = deserialize(await readFile(`${base}.info`)) as SegmentInfo;
        paths.set(info.key, base);
        stats.cached++;
      } catch {
        info = undefined;
      }
    }
    if (!info) {
      const segment = await buildSegment(f);
      stats.built++;
      if (base) {
        // Written and let go: an archive's segments together outgrow the memory; each is read again when merged.
        const { searchUnits: _u, localNumbers: _n, fragments, fields, names, titles, ...light } = segment;
        await put(`${base}.frag`, fragments);
        await put(`${base}.seg`, { fields, names, titles });
        await put(`${base}.info`, light);
        info = light;
        paths.set(info.key, base);
      } else {
        info = segment;
        whole.set(info.key, segment);
      }
    }
    if (base) used.add(base.slice(dir!.length + 1));
    infos.push(info);
  }
  saveWordCache();
  if (dir) for (const name of await readdir(dir)) if (/\.(info|seg|frag)$/.test(name) && !used.has(name.replace(/\.(info|seg|frag)$/, ''))) await rm(join(dir, name), { force: true });
  return {
    infos,
    stats,
    load: async (info) => {
      const built = whole.get(info.key);
      if (built) return built;
      const heavy = deserialize(await readFile(`${paths.get(info.key)!}.seg`)) as Pick<Segment, 'fields' | 'names' | 'titles'>;
      return { ...info, fragments: [], ...heavy };
    },
    fragments: async (info) => whole.get(info.key)?.fragments ?? (deserialize(await readFile(`${paths.get(info.key)!}.frag`)) as string[]),
  };
}
