/**
 * The output folder (dist/) as the build publishes it: never half-written, never missing, never
 * written by two builds at once.
 *
 * Layout: <out> is a symbolic link to a finished build in a hidden folder beside it,
 *
 *   dist -> .dist.builds/b-<time>-<pid>/      (data/ and site/ inside)
 *   .dist.builds/lock                          who is building now: {pid, host, since, start}
 *   .dist.builds/tmp-<pid>-…/                  the build being written
 *   .dist.builds/cache/                        what the next build may reuse (parses, index segments)
 *
 * A build writes everything into its tmp folder, renames it to its final name, makes a new link
 * beside the old one and renames the link over <out>. rename(2) replaces a link atomically, so at
 * every moment <out> names either the whole old build or the whole new one: a static server (or a
 * reader of dist/data) opening dist/site/index.html during the swap gets one or the other, never
 * "not found" (test/publish.test.ts reads in a loop through a hundred swaps). Only the first build
 * into a plain folder left by an older gongbao swaps folder for link in two renames, microseconds
 * apart. Paths under <out> work as before: `cp -r dist/site …`, `gongbao start`, a web server
 * rooted at dist/site all follow the link.
 *
 * The lock is a file created exclusively. A build that finds it waits (up to --wait seconds),
 * then says who holds it: pid, host and since when. A lock whose process is gone (same host, pid
 * dead or reused: the process start time is kept beside the pid) is stale and taken over. The
 * holder of the lock removes what killed builds left: tmp folders, builds no link names, and the
 * .dist.tmp-PID / dist.old-PID folders of earlier versions.
 */
import { hostname } from 'node:os';
import { lstat, mkdir, readdir, readFile, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface OutputPaths {
  /** The published path (a link once a build is published). */
  out: string;
  /** The hidden folder of builds beside it. */
  store: string;
  lock: string;
  /** The caches of the builds of this output (each file's parse, each bulletin's index segment): kept between builds. */
  cache: string;
}

export function outputPaths(out: string): OutputPaths {
  const abs = resolve(out);
  const store = join(dirname(abs), `.${basename(abs)}.builds`);
  return { out: abs, store, lock: join(store, 'lock'), cache: join(store, 'cache') };
}

export interface LockInfo {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
  /** The process's start time (Linux /proc clock ticks), so that a reused pid is not taken for the holder. */
  start?: string;
}

export class OutputBusy extends Error {
  constructor(
    readonly holder: LockInfo | undefined,
    readonly lockPath: string,
    waitedMs: number,
  ) {
    super(
      holder
        ? `another build holds ${lockPath}: pid ${holder.pid} on ${holder.host} since ${holder.since}; waited ${Math.round(waitedMs / 1000)} s (--wait). If no build is running there, remove that file.`
        : `${lockPath} is held and unreadable; waited ${Math.round(waitedMs / 1000)} s (--wait). If no build is running, remove that file.`,
    );
  }
}

/** Start time of a process (field 22 of /proc/<pid>/stat), where the system has /proc. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function alive(info: LockInfo): boolean {
  try {
    process.kill(info.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  if (info.start === undefined) return true;
  const start = processStart(info.pid);
  return start === undefined || start === info.start;
}

async function readLock(path: string): Promise<LockInfo | undefined> {
  try {
    const info = JSON.parse(await readFile(path, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? info : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Lock {
  info: LockInfo;
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another build to finish (ms). */
  waitMs: number;
  /** Called once when the lock is found held by a live build. */
  onWait?: (holder: LockInfo) => void;
}

/** A lock (or a takeover mark) that nobody has written into for this long belongs to a dead process. */
const UNREADABLE_STALE_MS = 10_000;

export async function acquireLock(paths: OutputPaths, options: LockOptions): Promise<Lock> {
  await mkdir(paths.store, { recursive: true });
  const started = Date.now();
  const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const start = processStart(process.pid);
  if (start !== undefined) info.start = start;
  let told = false;
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(paths.lock, JSON.stringify(info), { flag: 'wx' });
      return { info, release: () => releaseLock(paths.lock, info) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readLock(paths.lock);
    const stale = holder ? holder.host === info.host && !alive(holder) : await olderThan(paths.lock, UNREADABLE_STALE_MS);
    if (stale) {
      await takeOver(paths.lock, holder);
      continue;
    }
    const waited = Date.now() - started;
    if (waited >= options.waitMs) throw new OutputBusy(holder, paths.lock, waited);
    if (holder && !told) {
      told = true;
      options.onWait?.(holder);
    }
    await sleep(Math.min(250, 20 + attempt * 10, Math.max(1, options.waitMs - waited)));
  }
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(path)).mtimeMs > ms;
  } catch {
    return false;
  }
}

/**
 * Removes a stale lock. Two builds may find the same stale lock: the takeover mark (created
 * exclusively) lets one of them check again and remove it, so a live lock taken meanwhile is never
 * removed by mistake.
 */
async function takeOver(lock: string, stale: LockInfo | undefined): Promise<void> {
  const mark = `${lock}.takeover`;
  try {
    await writeFile(mark, String(process.pid), { flag: 'wx' });
  } catch {
    // Someone else is taking over (or died doing it: their mark goes after a while).
    if (await olderThan(mark, UNREADABLE_STALE_MS)) await rm(mark, { force: true });
    await sleep(20);
    return;
  }
  try {
    const now = await readLock(lock);
    const same = stale ? now?.pid === stale.pid && now.since === stale.since : now === undefined;
    if (same) await rm(lock, { force: true });
  } finally {
    await rm(mark, { force: true });
  }
}

async function releaseLock(lock: string, info: LockInfo): Promise<void> {
  const now = await readLock(lock);
  if (now?.pid === info.pid && now.since === info.since) await rm(lock, { force: true });
}

/** A new folder to write a build into (inside the store, so that renaming it is atomic). */
export async function makeTemp(paths: OutputPaths): Promise<string> {
  const dir = join(paths.store, `tmp-${process.pid}-${Date.now().toString(36)}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** The build <out> names now (a folder in the store), if <out> is a link. */
async function currentTarget(paths: OutputPaths): Promise<string | undefined> {
  try {
    return resolve(dirname(paths.out), await readlink(paths.out));
  } catch {
    return undefined;
  }
}

/**
 * Removes what earlier builds left: in the store everything but the lock and the build <out>
 * names; beside <out> the .out.tmp-PID and out.old-PID folders of earlier gongbao versions whose
 * process is gone. Call with the lock held.
 */
export async function removeLeftovers(paths: OutputPaths, keep: string[] = []): Promise<string[]> {
  const removed: string[] = [];
  const current = await currentTarget(paths);
  const kept = new Set([paths.lock, `${paths.lock}.takeover`, paths.cache, ...(current ? [current] : []), ...keep.map((k) => resolve(k))]);
  for (const name of await readdir(paths.store).catch(() => [] as string[])) {
    const path = join(paths.store, name);
    if (kept.has(path)) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  const parent = dirname(paths.out);
  const base = basename(paths.out);
  const legacy = new RegExp(`^(?:\\.${escape(base)}\\.tmp|${escape(base)}\\.old)-(\\d+)$`);
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const m = legacy.exec(name);
    if (!m || alive({ pid: Number(m[1]), host: '', since: '' })) continue;
    await rm(join(parent, name), { recursive: true, force: true });
    removed.push(join(parent, name));
  }
  return removed;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Puts a finished build (a folder in the store) in place of the published one with renames only,
 * then removes the old build. Call with the lock held.
 */
export async function publish(paths: OutputPaths, built: string, halt: (point: string) => Promise<void> = async () => {}): Promise<void> {
  const id = `b-${Date.now().toString(36)}-${process.pid}`;
  const final = join(paths.store, id);
  const link = join(paths.store, `link-${process.pid}`);
  const aside = join(paths.store, `old-${process.pid}`);
  let movedAside = false;
  let swapped = false;
  try {
    await rename(built, final);
    await halt('renamed');
    await rm(link, { force: true });
    // Relative, so that the output folder can be moved or mounted elsewhere with its store.
    await symlink(join(basename(paths.store), id), link, process.platform === 'win32' ? 'junction' : 'dir');
    let existing;
    try {
      existing = await lstat(paths.out);
    } catch {
      existing = undefined;
    }
    if (existing && !existing.isSymbolicLink()) {
      if (!existing.isDirectory()) throw new Error(`the output ${paths.out} is a file, not a folder: remove it or choose another --out`);
      // A plain folder from an earlier gongbao: moved aside (the only swap with a gap, once).
      await rename(paths.out, aside);
      movedAside = true;
    }
    await halt('linked');
    await rename(link, paths.out);
    swapped = true;
  } finally {
    // Not published: what this build made goes (a killed build's leftovers go with the next build).
    if (!swapped) {
      if (movedAside) await rename(aside, paths.out).catch(() => undefined);
      await rm(link, { force: true });
      await rm(final, { recursive: true, force: true });
    }
  }
  await halt('swapped');
  await removeLeftovers(paths, [final]);
}

/** Bulletin and document ids the published output holds now (none when there is none). */
export async function liveIds(out: string): Promise<{ bulletins: Set<string>; documents: Map<string, string> } | undefined> {
  const dir = join(out, 'data');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return undefined;
  }
  const bulletins = new Set<string>();
  const documents = new Map<string, string>();
  for (const name of names) {
    try {
      const json = JSON.parse(await readFile(join(dir, name), 'utf8')) as { bulletin?: { id?: unknown; children?: Array<{ id?: unknown }> } };
      const b = json.bulletin;
      if (!b || typeof b.id !== 'string') continue;
      bulletins.add(b.id);
      for (const d of b.children ?? []) if (typeof d.id === 'string') documents.set(d.id, b.id);
    } catch {
      // A damaged file of the live output is nothing to keep.
    }
  }
  return { bulletins, documents };
}

/** Removes a published output: the link (or a plain folder) and the store of builds beside it. */
export async function removeOutput(out: string): Promise<void> {
  const paths = outputPaths(out);
  await rm(paths.out, { recursive: true, force: true });
  await rm(paths.store, { recursive: true, force: true });
}
