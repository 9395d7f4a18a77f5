/**
 * The files of a corpus folder, each with the reader that reads it, or a message saying why it is
 * not read: another kind of file, a folder (even one named y.txt), a pipe, a link to nothing, a file
 * over its reader's size limit. Every message names the entry; nothing here throws for one entry.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Report } from './messages.ts';
import { EXTENSIONS, readerFor, type Reader } from './ingest/readers.ts';
import { FileProblem } from './ingest/problem.ts';

export interface CorpusFile {
  /** Name in the corpus folder, as messages print it. */
  name: string;
  path: string;
  reader: Reader;
  size: number;
}

/** A corpus folder that is missing or not a folder: the command line is wrong, not a file. */
export class CorpusError extends Error {}

/** What a Node error code means for a file, in words. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'it does not exist (any more)',
    ELOOP: 'a link that points to itself or loops',
    EISDIR: 'it is a folder',
    EIO: 'an input/output error (a failing disk or network drive?)',
    ENAMETOOLONG: 'the name is too long',
    EMFILE: 'too many open files',
    ENOTDIR: 'a part of the path is not a folder',
  };
  const message = error instanceof Error ? error.message : String(error);
  return code && words[code] ? `${words[code]} (${code})` : message;
}

/** Lists the corpus in name order; entries not read are reported (warning or error) and left out. */
export async function listCorpus(dir: string, reportFor: (name: string) => Report): Promise<CorpusFile[]> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    throw new CorpusError(`the corpus folder ${dir} cannot be opened: ${describeFsError(error)}`);
  }
  if (!info.isDirectory()) throw new CorpusError(`the corpus ${dir} is not a folder`);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (error) {
    throw new CorpusError(`the corpus folder ${dir} cannot be listed: ${describeFsError(error)}`);
  }
  const files: CorpusFile[] = [];
  for (const name of names) {
    const report = reportFor(name);
    const path = join(dir, name);
    const reader = readerFor(extname(name));
    let entry;
    try {
      const link = await lstat(path);
      try {
        entry = await stat(path);
      } catch (error) {
        if (link.isSymbolicLink()) {
          const code = (error as NodeJS.ErrnoException).code;
          report(reader ? 'error' : 'warning', 'unreadable-file', code === 'ELOOP' ? 'a link that points to itself or loops' : `a link to a file that does not exist: ${describeFsError(error)}`);
          continue;
        }
        throw error;
      }
    } catch (error) {
      report('error', 'unreadable-file', `cannot be read: ${describeFsError(error)}`);
      continue;
    }
    if (entry.isDirectory()) {
      report('warning', 'unsupported-file', 'a folder, not a file: skipped (gongbao reads the files directly in the corpus folder)');
      continue;
    }
    if (!entry.isFile()) {
      report('warning', 'unsupported-file', 'not a regular file (a pipe, socket or device): skipped');
      continue;
    }
    if (!reader) {
      report('warning', 'unsupported-file', `skipped: gongbao reads ${EXTENSIONS.join(', ')} files`);
      continue;
    }
    if (entry.size > reader.maxBytes) {
      report('error', 'file-too-large', `${megabytes(entry.size)} is more than a ${reader.name} may have (${megabytes(reader.maxBytes)}); split it, one issue per file`);
      continue;
    }
    files.push({ name, path, reader, size: entry.size });
  }
  return files;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The bytes of a corpus file; a FileProblem naming the reason when they cannot be read. */
export async function readBytes(file: CorpusFile): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    throw new FileProblem('unreadable-file', `cannot be read: ${describeFsError(error)}`);
  }
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  // The size is checked again: the file may have grown since it was listed.
  checkBytes(view, file.reader);
  return view;
}

/** A FileProblem for bytes no reader should be given: none at all, or more than the reader's limit. */
export function checkBytes(bytes: Uint8Array, reader: Reader): void {
  if (bytes.length > reader.maxBytes) throw new FileProblem('file-too-large', `${megabytes(bytes.length)} is more than a ${reader.name} may have (${megabytes(reader.maxBytes)})`);
  if (bytes.length === 0) throw new FileProblem('empty-file', 'the file is empty (0 bytes)');
}
