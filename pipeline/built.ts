/**
 * A finished build on disk: what the commands that read <out>/ (outline, authorities, search, start,
 * bench) start from, and the one way they build it first when it is missing.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BulletinFile } from '../schema/output.ts';
import { AuthoritiesFile } from '../schema/reference.ts';
import type { BuildResult } from './build.ts';
import { siteIsStale } from './site/stale.ts';

/** The bulletins of a finished build (<out>/data/*.json, other data such as authorities.json skipped), schema-checked. */
export async function readBuiltFiles(out: string): Promise<BulletinFile[]> {
  const dir = join(out, 'data');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  const files: BulletinFile[] = [];
  for (const name of names) {
    const json = JSON.parse(await readFile(join(dir, name), 'utf8')) as Record<string, unknown>;
    if ('bulletin' in json) files.push(BulletinFile.parse(json));
  }
  return files;
}

/** <out>/data/authorities.json, schema-checked. */
export async function readAuthorities(out: string): Promise<AuthoritiesFile> {
  return AuthoritiesFile.parse(JSON.parse(await readFile(join(out, 'data', 'authorities.json'), 'utf8')));
}

export interface EnsureOptions {
  out: string;
  corpus: string;
  /** data: the JSON files; site: the JSON, the search index and the pages. */
  need: 'data' | 'site';
  /** Rebuild also when the site is older than the corpus (gongbao start). */
  ifStale?: boolean;
  log?: (line: string) => void;
}

/**
 * Makes sure <out> holds what a command needs, building it from the corpus when it is missing:
 * returns the build's result when it built, undefined when the build on disk served.
 */
export async function ensureBuilt(options: EnsureOptions): Promise<BuildResult | undefined> {
  const { out, corpus, need } = options;
  const present =
    need === 'data'
      ? existsSync(join(out, 'data', 'authorities.json'))
      : existsSync(join(out, 'site', 'index.html')) && existsSync(join(out, 'site', 'search', 'manifest.json'));
  const stale = present && options.ifStale ? await siteIsStale(corpus, join(out, 'site')) : false;
  if (present && !stale) return undefined;
  options.log?.(present ? `${out}/site is older than ${corpus}/: building it again …` : `no build in ${out}/: building from ${corpus}/ first …`);
  const { build } = await import('./build.ts');
  const result = await build({ corpus, out, dataOnly: need === 'data' });
  if (!result.written) throw new Error(`building ${corpus}/ failed: ${result.refused ?? 'errors'}; run gongbao build to see every message`);
  return result;
}
