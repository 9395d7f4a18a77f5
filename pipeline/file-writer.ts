/**
 * Writing thousands of small files under one folder, a few at a time in the order they are made
 * (so that they never wait in memory all at once), each folder created once; a file can instead be
 * linked from an earlier build (a hard link: the same file, no copy; copied where links fail).
 * Each path is written once: a second write or link of it is ignored.
 */
import { copyFile, link, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Files in flight at most. */
const IN_FLIGHT = 16;

export class FileWriter {
  private readonly made = new Map<string, Promise<unknown>>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly done = new Set<string>();

  constructor(private readonly root: string) {}

  /** Writes `content` at `path` (under the root). */
  write(path: string, content: string): Promise<void> {
    return this.queue(path, (target) => writeFile(target, content));
  }

  /** Links the file `from` as `path`; `orElse` gives its content when linking fails (copied otherwise). */
  link(from: string, path: string, orElse?: () => string): Promise<void> {
    return this.queue(path, (target) => link(from, target).catch(() => (orElse ? writeFile(target, orElse()) : copyFile(from, target))));
  }

  /** Waits for every file queued. */
  async flush(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  private async queue(path: string, job: (target: string) => Promise<void>): Promise<void> {
    if (this.done.has(path)) return;
    this.done.add(path);
    if (this.inFlight.size >= IN_FLIGHT) await Promise.race(this.inFlight);
    const target = join(this.root, path);
    const dir = dirname(target);
    if (!this.made.has(dir)) this.made.set(dir, mkdir(dir, { recursive: true }));
    const p = (async () => {
      await this.made.get(dir);
      await job(target);
    })().finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }
}
