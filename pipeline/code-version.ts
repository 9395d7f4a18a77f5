/**
 * The version of the code that turns a corpus file into what a build keeps across runs: a hash of
 * every source file of pipeline/, core/ and schema/ and of the lockfile (the libraries' versions).
 * Any change to them makes every cached result stale — coarse, but never wrong; computing it reads
 * a few hundred small files (≈10 ms).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash } from './hash.ts';
import { PROJECT_ROOT } from './project.ts';

let cached: Promise<string> | undefined;

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    // The bench measures the build; it does not change what a build makes.
    if (e.isFile() && /\.ts$/.test(e.name) && !e.parentPath.includes('node_modules') && !e.parentPath.includes(join('pipeline', 'bench'))) out.push(join(e.parentPath, e.name));
  }
  return out.sort();
}

export function codeVersion(): Promise<string> {
  cached ??= (async () => {
    const files = (await Promise.all(['pipeline', 'core', 'schema'].map((d) => sources(join(PROJECT_ROOT, d))))).flat();
    files.push(join(PROJECT_ROOT, 'package-lock.json'));
    const parts = await Promise.all(files.map(async (f) => `${f.slice(PROJECT_ROOT.length)}\0${await readFile(f, 'utf8').catch(() => '')}`));
    return contentHash(...parts);
  })();
  return cached;
}
