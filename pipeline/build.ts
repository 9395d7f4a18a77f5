/**
 * The whole pipeline for a corpus folder: every bulletin file is ingested, structured, its tables
 * normalised, its renditions reconciled; then references are linked across the corpus, every
 * bulletin is validated against the schema and written as JSON, and the search index and site are
 * built. Everything is written to a temporary folder first and renamed into place at the end, so a
 * failed build never destroys the last good one.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { BulletinNode } from '../schema/tree.ts';
import { BulletinFile, SCHEMA_VERSION } from '../schema/output.ts';
import type { Message } from '../schema/message.ts';
import { Messages } from './messages.ts';
import { ingestText } from './ingest/text.ts';
import { structure } from './structure/index.ts';
import { reconcile } from './reconcile/index.ts';
import { normalizeTables } from './tables/index.ts';
import { prepareSegmenter, writeSearchIndex } from './index/index.ts';
import { writeSite } from './site/index.ts';
import { link } from './link/index.ts';
import { AuthoritiesFile } from '../schema/reference.ts';
import { GENERATED_BY } from './version.ts';

export interface BuildOptions {
  /** Folder of bulletin files (.txt, .md). */
  corpus: string;
  /** Output folder: data/ and site/ are written under it. */
  out: string;
  /** Skip the search index and site (JSON only). */
  dataOnly?: boolean;
  /** Write validity statuses for this date (YYYY-MM-DD); without it the output does not depend on the day of the build. */
  asOf?: string | undefined;
}

export interface BuildResult {
  files: BulletinFile[];
  messages: Message[];
  /** Milliseconds per stage, summed over files. */
  timings: Record<string, number>;
  /** False when an error kept the build from replacing the previous one. */
  written: boolean;
}

export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

export async function build(options: BuildOptions): Promise<BuildResult> {
  // On a cold cache jieba's dictionary (seconds) loads in a worker while the other stages run.
  if (!options.dataOnly) prepareSegmenter();
  const messages = new Messages();
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, f: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await f();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - t;
    }
  };

  const corpus = resolve(options.corpus);
  const names = (await readdir(corpus)).filter((n) => !n.startsWith('.')).sort();
  const bulletins: BulletinNode[] = [];
  for (const name of names) {
    const ext = extname(name).toLowerCase();
    const report = messages.reporter(name, 'ingest');
    if (!TEXT_EXTENSIONS.has(ext)) {
      report('warning', 'unsupported-file', `skipped: gongbao reads ${[...TEXT_EXTENSIONS].join(', ')} files`);
      continue;
    }
    const content = await readFile(join(corpus, name), 'utf8');
    const bulletinId = basename(name, ext).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    try {
      const source = await time('ingest', () => ingestText(content, name, report));
      const renditions = await time('structure', () => structure(source, bulletinId, messages.reporter(name, 'structure')));
      if (renditions.length === 0) continue;
      if (renditions.every((r) => r.children.length === 0)) {
        report('error', 'no-documents', 'no document found: no line holds a 发文字号 such as 攸政办发〔2023〕1号 on its own', { line: 1 });
        continue;
      }
      const tabled = await time('tables', () => renditions.map((r) => normalizeTables(r, messages.reporter(name, 'tables'))));
      const merged = await time('reconcile', () => reconcile(tabled, messages.reporter(name, 'reconcile')));
      bulletins.push(merged);
    } catch (error) {
      messages.reporter(name, 'build')('error', 'internal-error', `could not read the file: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  checkUnique(bulletins, messages);

  const generatedBy = GENERATED_BY;
  const linked = await time('link', () => link(bulletins, (file) => messages.reporter(file, 'link'), { generatedBy, asOf: options.asOf }));
  const files: BulletinFile[] = [];
  await time('json', () => {
    for (const bulletin of bulletins) {
      const candidate = {
        schemaVersion: SCHEMA_VERSION,
        generatedBy,
        bulletin,
        messages: messages.list.filter((m) => m.file === bulletin.file),
        ...linked.links.get(bulletin.id),
      };
      const parsed = BulletinFile.safeParse(candidate);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        messages.reporter(bulletin.file, 'json')('error', 'schema-violation', `output does not match the schema at ${issue.path.join('.')}: ${issue.message}`);
        continue;
      }
      files.push(parsed.data);
    }
  });

  const result: BuildResult = { files, messages: messages.list, timings, written: false };
  if (messages.errors > 0) return result;

  const out = resolve(options.out);
  const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  try {
    await mkdir(join(tmp, 'data'), { recursive: true });
    await time('write', async () => {
      for (const file of files) {
        await writeFile(join(tmp, 'data', `${file.bulletin.id}.json`), JSON.stringify(file));
      }
      await writeFile(join(tmp, 'data', 'authorities.json'), JSON.stringify(AuthoritiesFile.parse(linked.authorities)));
    });
    if (!options.dataOnly) {
      const site = join(tmp, 'site');
      await time('index', () => writeSearchIndex(files, site));
      await time('site', () => writeSite(files, site));
    }
    await swap(tmp, out);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  result.written = true;
  return result;
}

/**
 * Ids are addresses on the site and in citations: a bulletin file given twice (a.txt and a.md), or a
 * document printed in two bulletins, would make two things answer to one address.
 */
function checkUnique(bulletins: BulletinNode[], messages: Messages): void {
  const bulletinFiles = new Map<string, string>();
  const documents = new Map<string, { file: string; line: number }>();
  for (const b of bulletins) {
    const report = messages.reporter(b.file, 'build');
    const other = bulletinFiles.get(b.id);
    if (other) report('error', 'duplicate-bulletin', `${b.file} and ${other} are both bulletin "${b.id}": rename or remove one`);
    bulletinFiles.set(b.id, b.file);
    for (const d of b.children) {
      const seen = documents.get(d.id);
      if (seen) {
        report('error', 'duplicate-document', `${d.docNumber} is also in ${seen.file}:${seen.line}; a document belongs to one bulletin (remove the older file?)`, { line: d.position.line });
      } else documents.set(d.id, { file: b.file, line: d.position.line });
    }
  }
}

/** Puts the new build in place of the old one with renames only. */
async function swap(tmp: string, out: string): Promise<void> {
  const old = `${out}.old-${process.pid}`;
  let hadOld = true;
  try {
    await rename(out, old);
  } catch {
    hadOld = false;
  }
  await rename(tmp, out);
  if (hadOld) await rm(old, { recursive: true, force: true });
}
