/**
 * Cutting sorted lines into files, and listing the files in directory pages. Cuts fall where a
 * line's key hashes to a chosen remainder (content-defined, as rsync and backup tools cut), within
 * bounds on size: a bulletin added or replaced changes the chunks its terms fall in and leaves the
 * cuts elsewhere where they were. (Term chunks are numbered in their tier's folder, which a changed
 * tier renames whole, so no chunk keeps its name through a merge; the cuts stay content-defined.)
 */
import { contentHash } from '../hash.ts';

/** A cheap stable hash of a key (FNV-1a over UTF-16 units). */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export interface CutOptions {
  /** No cut before this many characters. */
  min: number;
  /** Always a cut past this many characters. */
  max: number;
  /** A cut after a key whose hash is 0 modulo this (between min and max). */
  every: number;
}

/** Groups of consecutive lines: [first key, lines] each. */
export function cut(lines: Array<{ key: string; text: string }>, options: CutOptions): Array<{ first: string; texts: string[] }> {
  const out: Array<{ first: string; texts: string[] }> = [];
  const cutter = new Cutter(options, (g) => out.push(g));
  for (const line of lines) cutter.add(line.key, line.text);
  cutter.flush();
  return out;
}

/** A file name from its content: <dir>/<hash>.json. */
export function contentName(dir: string, content: string): string {
  return `${dir}/${contentHash(content)}.json`;
}

/** `cut` one line at a time: each completed group is handed to `emit`. */
export class Cutter {
  private current: { first: string; last: string; texts: string[] } | undefined;
  private size = 0;

  constructor(
    private readonly options: CutOptions,
    private readonly emit: (group: { first: string; last: string; texts: string[] }) => void,
  ) {}

  add(key: string, text: string): void {
    if (!this.current) {
      this.current = { first: key, last: key, texts: [] };
      this.size = 0;
    }
    this.current.last = key;
    this.current.texts.push(text);
    this.size += text.length;
    if (this.size >= this.options.max || (this.size >= this.options.min && keyHash(key) % this.options.every === 0)) this.flush();
  }

  flush(): void {
    if (this.current) this.emit(this.current);
    this.current = undefined;
  }
}
