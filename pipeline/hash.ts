/** Short content hashes: file names that change with their content (a cache never pairs a new manifest with an old chunk), cache versions. */
import { createHash } from 'node:crypto';

export function contentHash(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** terms/3.json → terms/3.<hash>.json */
export function hashedName(path: string, content: string): string {
  return path.replace(/(\.[a-z]+)$/, `.${contentHash(content).slice(0, 10)}$1`);
}
