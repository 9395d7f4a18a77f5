/**
 * Whether the built site is older than the corpus it was built from: `gongbao start` rebuilds
 * then. The corpus folder's own time counts too, so a deleted bulletin also makes the site stale.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

async function newest(dir: string): Promise<number> {
  let time = (await stat(dir)).mtimeMs;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? await newest(path) : (await stat(path)).mtimeMs);
  }
  return time;
}

export async function siteIsStale(corpus: string, siteDir: string): Promise<boolean> {
  let built: number;
  try {
    built = (await stat(join(siteDir, 'index.html'))).mtimeMs;
  } catch {
    return true;
  }
  return (await newest(corpus)) > built;
}
