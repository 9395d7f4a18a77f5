/** A finished build on disk: what the commands that read dist/ (outline, search, bench) start from. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BulletinFile } from '../schema/output.ts';

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
