/**
 * The parse of a corpus file (ingest, structure, tables, reconcile: nearly all of a build's work per
 * bulletin), kept between builds under a key of the file's bytes, its name, the reader's options and
 * the version of the code (code-version.ts), in V8's serialization. A build reads an unchanged
 * file's tree and messages from here instead of parsing it again; `gongbao build --full` does not
 * use it. Entries no build used last are removed, so the cache holds about one corpus.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { BulletinNode } from '../schema/tree.ts';
import type { Message } from '../schema/message.ts';
import { codeVersion } from './code-version.ts';
import { writeCacheFile } from './cache-file.ts';

export interface Parsed {
  bulletin: BulletinNode;
  /** The file's messages from its parse. */
  messages: Message[];
}

export class ParseCache {
  private readonly used = new Set<string>();
  private constructor(
    private readonly dir: string,
    private readonly version: string,
  ) {}

  /** A cache in `dir` (created when missing) for this version of the code. */
  static async open(dir: string): Promise<ParseCache> {
    await mkdir(dir, { recursive: true });
    return new ParseCache(dir, await codeVersion());
  }

  /** The key of a file's parse. */
  key(name: string, bytes: Uint8Array, options: string): string {
    return createHash('sha256').update(this.version).update('\0').update(name).update('\0').update(options).update('\0').update(bytes).digest('hex').slice(0, 24);
  }

  async get(key: string): Promise<Parsed | undefined> {
    this.used.add(key);
    const path = join(this.dir, `${key}.v8`);
    if (!existsSync(path)) return undefined;
    try {
      return deserialize(await readFile(path)) as Parsed;
    } catch {
      return undefined; // damaged: parsed again
    }
  }

  /** Keeps a parse; a cache that cannot be written costs the next build time, not this one. */
  async put(key: string, parsed: Parsed): Promise<void> {
    this.used.add(key);
    await writeCacheFile(join(this.dir, `${key}.v8`), serialize(parsed));
  }

  /** Removes the entries this build did not use. */
  async prune(): Promise<void> {
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      if (!this.used.has(name.replace(/\.v8$/, ''))) await rm(join(this.dir, name), { force: true });
    }
  }
}
