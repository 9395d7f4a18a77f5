/**
 * Writing a cache file: whole or not at all (a temporary file beside it, renamed over it), and never
 * a failed build. A cache is an optimisation: a full disk or a read-only folder costs the next build
 * time, not this one, so a write that fails is given up (the temporary file removed) and reported
 * to the caller as false.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

/**
 * The name of a temporary file written beside `path` and renamed over it: unique per process,
 * worker thread and call, so two builds, two workers of one build or two writes of one worker never
 * write the same temporary file (worker threads share a pid).
 */
export function tempName(path: string): string {
  return `${path}.${process.pid}-${threadId}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`;
}

/** Writes `data` to `path` whole; false when it could not. */
export function writeCacheFileSync(path: string, data: string | Uint8Array): boolean {
  const tmp = tempName(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
    return true;
  } catch {
    rmSync(tmp, { force: true });
    return false;
  }
}

/** writeCacheFileSync without blocking. */
export async function writeCacheFile(path: string, data: string | Uint8Array): Promise<boolean> {
  const tmp = tempName(path);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, data);
    await rename(tmp, path);
    return true;
  } catch {
    await rm(tmp, { force: true });
    return false;
  }
}
