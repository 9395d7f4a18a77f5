/**
 * The whole pipeline for a corpus folder: every bulletin file is read by the reader of its kind,
 * structured, its tables normalised, its renditions reconciled; then references are linked across
 * the corpus, every bulletin is validated against the schema and written as JSON, and the search
 * index and site are built.
 *
 * Degrade, don't fail: a file that cannot be read (binary, empty, not a bulletin, a crash of
 * gongbao on it) is reported by name and left out while the others build; `strict` makes any
 * error fail the build instead.
 *
 * Never publish less by accident: the build takes the output's lock, writes everything into a
 * temporary folder and swaps it in with renames only (see output.ts), and only when it holds at
 * least every bulletin and document the live output holds, unless `allowShrink`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { BulletinNode } from '../schema/tree.ts';
import { BulletinFile, SCHEMA_VERSION } from '../schema/output.ts';
import type { Message } from '../schema/message.ts';
import { Messages, type Report } from './messages.ts';
import { structure } from './structure/index.ts';
import { reconcile } from './reconcile/index.ts';
import { normalizeTables } from './tables/index.ts';
import { prepareSegmenter, writeSearchIndex } from './index/index.ts';
import type { SegmentStats } from './index/segment-cache.ts';
import { writeSite, type PreviousSite, type SiteWritten } from './site/index.ts';
import { link, type LinkResult } from './link/index.ts';
import { AuthoritiesFile } from '../schema/reference.ts';
import { GENERATED_BY } from './version.ts';
import { checkBytes, CorpusError, describeFsError, listCorpus, readBytes, type CorpusFile } from './corpus.ts';
import { FileProblem } from './ingest/problem.ts';
import { idFromCover, idFromFileName } from './bulletin-id.ts';
import { ensureUniqueIds, validateBulletinFile } from './repair.ts';
import { acquireLock, liveIds, makeTemp, OutputBusy, outputPaths, publish, removeLeftovers, type Lock } from './output.ts';
import { EXTENSIONS, type ReadOptions } from './ingest/readers.ts';
import { placeOnPages } from './structure/pages.ts';
import { documentLabel, nameNumberless } from './structure/numberless.ts';
import { ParseCache } from './parse-cache.ts';
import { FileWriter } from './file-writer.ts';
import { contentHash } from './hash.ts';
import { lazyOcr } from './ingest/ocr/lazy.ts';

export { CorpusError } from './corpus.ts';

export interface BuildOptions {
  /** Folder of bulletin files (.txt, .md). */
  corpus: string;
  /** Output folder: data/ and site/ are written under it. */
  out: string;
  /** Skip the search index and site (JSON only). */
  dataOnly?: boolean;
  /** Write validity statuses for this date (YYYY-MM-DD); without it the output does not depend on the day of the build. */
  asOf?: string | undefined;
  /** Any error fails the build: nothing is published. */
  strict?: boolean;
  /** Publish even when the build holds fewer bulletins or documents than the live output, or none. */
  allowShrink?: boolean;
  /** How long to wait for another build of the same output to finish, in ms (default 10 minutes). */
  waitMs?: number;
  /** Progress lines (waiting for another build). */
  log?: (line: string) => void;
  /**
   * Parse everything again and write the whole index: ignore the caches beside the output (each
   * file's parse, each bulletin's index segment) and the live output's index.
   */
  full?: boolean;
  /** Read PDF pages without a text layer by OCR (needs `npm run setup:ocr`). */
  ocr?: boolean;
}

export interface Crash {
  file: string;
  stage: string;
  stack: string;
}

export interface BuildResult {
  files: BulletinFile[];
  messages: Message[];
  /** Milliseconds per stage, summed over files. */
  timings: Record<string, number>;
  /** False when nothing was published (the previous output is unchanged); `refused` says why. */
  written: boolean;
  refused?: string;
  /** Corpus files that are bulletin files but were left out with an error (the messages say why). */
  leftOut: string[];
  /** Stacks of the crashes reported as internal-error (printed with --verbose). */
  crashes: Crash[];
  /** What this build took from the caches and the live output instead of making it again. */
  reuse: Reuse;
}

export interface Reuse {
  /** Files parsed, and files whose parse came from the cache. */
  parsed: number;
  cachedParses: number;
  /** Bulletins whose index segment was computed, and read from the cache. */
  segmentsBuilt: number;
  cachedSegments: number;
  /** The live index's large tier was kept (only the issues since were indexed). */
  indexKept: boolean;
  /** Bulletins whose pages were rendered, and linked from the live site. */
  pagesRendered: number;
  pagesReused: number;
}

/** @deprecated the readers decide: see ingest/readers.ts. */
export const TEXT_EXTENSIONS = new Set(EXTENSIONS);

const DEFAULT_WAIT_MS = 10 * 60_000;

/**
 * Test-only: with GONGBAO_TEST_HALT=<point> the build stops at that point (printing `halt <point>`
 * to stderr) and waits to be killed, so a test can kill it exactly there (test/publish.test.ts).
 */
export async function halt(point: string): Promise<void> {
  if (process.env.GONGBAO_TEST_HALT !== point) return;
  process.stderr.write(`halt ${point}\n`);
  setInterval(() => {}, 1 << 30);
  await new Promise(() => {});
}

export class Stages {
  readonly timings: Record<string, number> = {};
  /** The stage an exception came out of (until taken). */
  private failedIn: string | undefined;
  async time<T>(stage: string, f: () => T | Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await f();
    } catch (error) {
      this.failedIn ??= stage;
      throw error;
    } finally {
      this.timings[stage] = (this.timings[stage] ?? 0) + performance.now() - t;
    }
  }

  /** The stage the last exception came out of, once. */
  takeFailed(): string | undefined {
    const stage = this.failedIn;
    this.failedIn = undefined;
    return stage;
  }
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

function crashReport(report: Report, crashes: Crash[], file: string, stage: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  report('error', 'internal-error', `gongbao crashed on this file in its ${stage} stage (${message.slice(0, 200)}); the file is left out (--verbose prints the stack)`);
  crashes.push({ file, stage, stack: stackOf(error) });
}

/**
 * One bulletin file through ingest, structure, tables and reconcile, its id given from its cover.
 * Returns undefined when the file is left out; the reason is reported (a crash included).
 */
export async function readBulletin(file: { name: string; bytes: Uint8Array; reader: CorpusFile['reader'] }, messages: Messages, stages: Stages, crashes: Crash[], options: ReadOptions = {}): Promise<BulletinNode | undefined> {
  const { name } = file;
  const report = messages.reporter(name, 'build');
  try {
    // Test-only: a crash of gongbao on this file, to test that it is reported and the others build.
    if (process.env.GONGBAO_TEST_CRASH === name) throw new TypeError(`GONGBAO_TEST_CRASH: a crash on ${name}`);
    checkBytes(file.bytes, file.reader);
    const source = await stages.time('ingest', () => file.reader.read(file.bytes, name, messages.reporter(name, 'ingest'), options));
    const renditions = await stages.time('structure', () => structure(source, '', messages.reporter(name, 'structure')));
    if (renditions.length === 0) return undefined;
    if (renditions.every((r) => r.children.length === 0)) {
      const line = renditions[0]!.position.line;
      report('error', 'no-documents', 'no document found: no line holds a 发文字号 such as 攸政办发〔2023〕1号 on its own (is this a bulletin?)', { line });
      return undefined;
    }
    const tabled = await stages.time('tables', () => renditions.map((r) => normalizeTables(r, messages.reporter(name, 'tables'))));
    // A PDF's lines know their pages: every node gets the PDF page and printed page it starts (and ends) on.
    const merged = placeOnPages(await stages.time('reconcile', () => reconcile(tabled, messages.reporter(name, 'reconcile'))), source);
    const stem = basename(name, extname(name));
    const fromFile = await idFromFileName(stem);
    const fromCover = await idFromCover(renditions[0]);
    merged.id = fromCover ?? fromFile;
    nameNumberless(merged, merged.id);
    if (!fromCover) report('info', 'bulletin-id', `no cover with a name, year and issue: the bulletin id ${merged.id} comes from the file name`);
    else if (fromCover !== fromFile) report('info', 'bulletin-id', `bulletin id ${fromCover}, from the cover (${renditions[0]!.title} ${renditions[0]!.year} 年第 ${renditions[0]!.issue} 期)`);
    ensureUniqueIds(merged, report);
    return merged;
  } catch (error) {
    if (error instanceof FileProblem) report('error', error.code, error.message, { line: error.line });
    else crashReport(report, crashes, name, stages.takeFailed() ?? 'build', error);
    return undefined;
  }
}

/**
 * Ids are addresses on the site and in citations. Two files claiming one bulletin are refused, both
 * named (a variant's line could not say which file it is in); a document printed in two bulletins
 * is kept in the first (by file name) and left out of the later one, both places named.
 */
export function checkUnique(bulletins: BulletinNode[], messages: Messages): BulletinNode[] {
  const claims = new Map<string, BulletinNode[]>();
  for (const b of bulletins) {
    const list = claims.get(b.id);
    if (list) list.push(b);
    else claims.set(b.id, [b]);
  }
  const kept: BulletinNode[] = [];
  for (const b of bulletins) {
    const claimants = claims.get(b.id)!;
    if (claimants.length > 1) {
      const others = claimants.filter((c) => c !== b).map((c) => c.file);
      messages.reporter(b.file, 'build')(
        'error',
        'duplicate-bulletin',
        `${others.join(', ')} ${others.length === 1 ? 'is' : 'are'} also bulletin ${b.id}${b.year ? ` (${b.title} ${b.year} 年第 ${b.issue} 期)` : ''}: two files of one issue are not merged; keep one of them. Both are left out.`,
        { line: b.position.line },
      );
      continue;
    }
    kept.push(b);
  }
  const documents = new Map<string, { file: string; line: number }>();
  const out: BulletinNode[] = [];
  for (const b of kept) {
    const report = messages.reporter(b.file, 'build');
    b.children = b.children.filter((d) => {
      const seen = documents.get(d.id);
      if (seen) {
        report('error', 'duplicate-document', `${documentLabel(d)} is also in ${seen.file}:${seen.line}; a document belongs to one bulletin: it is left out here (remove the older file?)`, { line: d.position.line });
        return false;
      }
      documents.set(d.id, { file: b.file, line: d.position.line });
      return true;
    });
    if (b.children.length > 0) out.push(b);
  }
  return out;
}

/** Link and validate: the bulletins that pass, their files, and the link result. */
export interface Finished {
  files: BulletinFile[];
  linked: LinkResult;
  kept: BulletinNode[];
}

/**
 * Links the corpus and validates each bulletin. A crash in link is traced to the bulletin that
 * causes it (each linked alone), which is left out; a bulletin that fails validation is left out;
 * then the rest is linked again, so that no reference points into a file that is not published.
 */
export async function finish(
  bulletins: BulletinNode[],
  messages: Messages,
  stages: Stages,
  crashes: Crash[],
  options: Pick<BuildOptions, 'asOf'>,
): Promise<Finished> {
  let kept = bulletins;
  for (;;) {
    const attempt = new Messages();
    let linked: LinkResult;
    try {
      linked = await stages.time('link', () => link(kept, (file) => attempt.reporter(file, 'link'), { generatedBy: GENERATED_BY, asOf: options.asOf }));
    } catch (error) {
      const survivors: BulletinNode[] = [];
      for (const b of kept) {
        try {
          link([b], () => () => {}, { generatedBy: GENERATED_BY, asOf: options.asOf });
          survivors.push(b);
        } catch (alone) {
          crashReport(messages.reporter(b.file, 'link'), crashes, b.file, 'link', alone);
        }
      }
      // A crash that no single bulletin causes: nothing to leave out, the build fails with it.
      if (survivors.length === kept.length) throw error;
      kept = survivors;
      continue;
    }
    const files: BulletinFile[] = [];
    const failed: BulletinNode[] = [];
    await stages.time('json', () => {
      for (const bulletin of kept) {
        const report = messages.reporter(bulletin.file, 'json');
        const candidate: Record<string, unknown> = {
          schemaVersion: SCHEMA_VERSION,
          generatedBy: GENERATED_BY,
          bulletin,
          messages: [...messages.forFile(bulletin.file), ...attempt.forFile(bulletin.file)],
          ...linked.links.get(bulletin.id),
        };
        // Checked every time: reading the live file back instead was measured no faster (≈20 ms a bulletin either way).
        const checked = validateBulletinFile(candidate, report);
        if (!checked.ok) {
          report('error', 'schema-violation', `${checked.message}; the file is left out`, { line: checked.line });
          failed.push(bulletin);
          continue;
        }
        files.push(checked.file);
      }
    });
    if (failed.length === 0) {
      // The link messages of the attempt that stands; and each file's messages as they are now (repairs included).
      messages.addAll(attempt.list);
      for (const f of files) f.messages = messages.forFile(f.bulletin.file);
      return { files, linked, kept };
    }
    kept = kept.filter((b) => !failed.includes(b));
  }
}

/**
 * Writes the search index and the site. A crash is traced to the bulletin that causes it (each
 * written alone into a scratch folder); those are returned to be left out.
 */
async function writeSiteOf(
  files: BulletinFile[],
  site: string,
  stages: Stages,
  index: { cacheDir: string; previous?: string },
  previous: PreviousSite | undefined,
  fileHashes: ReadonlyMap<string, string>,
): Promise<{ culprits: BulletinFile[]; crashes: Array<{ file: BulletinFile; stage: string; error: unknown }> } | (SiteWritten & { index: SegmentStats & { kept: boolean } })> {
  try {
    const written = await stages.time('index', () => writeSearchIndex(files, site, index));
    return { ...(await stages.time('site', () => writeSite(files, site, { previous, fileHashes }))), index: written };
  } catch (error) {
    await rm(site, { recursive: true, force: true });
    // The disk, not a bulletin: nothing to leave out.
    if ((error as NodeJS.ErrnoException).code) throw new OutputError(`cannot write the site into ${site}: ${describeFsError(error)}`, { cause: error });
    const crashes: Array<{ file: BulletinFile; stage: string; error: unknown }> = [];
    for (const f of files) {
      const scratch = `${site}.probe`;
      let stage = 'index';
      try {
        await writeSearchIndex([f], scratch);
        stage = 'site';
        await writeSite([f], scratch);
      } catch (alone) {
        crashes.push({ file: f, stage, error: alone });
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    }
    // No single bulletin causes it: the build fails with it.
    if (crashes.length === 0) throw error;
    return { culprits: crashes.map((c) => c.file), crashes };
  }
}

/**
 * What a build leaves beside data/ and site/ for the next one (not published: no server serves it):
 * each bulletin's page key, so that unchanged pages are linked instead of rendered (site/reuse.ts).
 */
interface BuildState {
  /** Bulletin id → its page key. */
  site?: Record<string, string>;
  /** Bulletin id → hash of its data/<id>.json (linked when unchanged). */
  data?: Record<string, string>;
  /** Bulletin id → its documents' ids: what the output publishes, for the shrink check. */
  ids?: Record<string, string[]>;
}

const STATE_FILE = 'build-state.json';

/** The state the live output was built with ({} when none or unreadable). */
async function readState(out: string): Promise<BuildState> {
  try {
    return JSON.parse(await readFile(join(out, STATE_FILE), 'utf8')) as BuildState;
  } catch {
    return {};
  }
}

/** What the live output publishes: from its state, else from its data files. */
async function published(out: string, state: BuildState): ReturnType<typeof liveIds> {
  if (!state.ids) return liveIds(out);
  const documents = new Map<string, string>();
  for (const [b, docs] of Object.entries(state.ids)) for (const d of docs) documents.set(d, b);
  return { bulletins: new Set(Object.keys(state.ids)), documents };
}

/** Each file's JSON hash, and the JSON itself where it differs from the live data file's (`live`: their hashes). */
function fileJson(files: BulletinFile[], live: Record<string, string> | undefined): { hashes: Map<string, string>; changed: Map<string, string | undefined> } {
  const hashes = new Map<string, string>();
  const changed = new Map<string, string | undefined>();
  for (const f of files) {
    const text = JSON.stringify(f);
    const hash = contentHash(text);
    hashes.set(f.bulletin.id, hash);
    // A few texts are kept for writing; a full build's would fill the memory, and are made again.
    if (live?.[f.bulletin.id] !== hash) changed.set(f.bulletin.id, changed.size < 64 ? text : undefined);
  }
  return { hashes, changed };
}

/** An error of the output folder (disk full, no permission, a file in the way), with the path it concerns. */
export class OutputError extends Error {}

async function outputStep<T>(what: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (error) {
    if (error instanceof OutputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new OutputError(`${what}: ${describeFsError(error)}${describeFsError(error) === message ? '' : ` (${message})`}`, { cause: error });
  }
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  // On a cold cache jieba's dictionary (seconds) loads in a worker while the other stages run.
  if (!options.dataOnly) prepareSegmenter();
  const messages = new Messages();
  const stages = new Stages();
  const crashes: Crash[] = [];
  const corpus = resolve(options.corpus);
  const paths = outputPaths(options.out);
  const reuse: Reuse = { parsed: 0, cachedParses: 0, segmentsBuilt: 0, cachedSegments: 0, indexKept: false, pagesRendered: 0, pagesReused: 0 };
  const result = (written: boolean, files: BulletinFile[], refused?: string): BuildResult => {
    const list = messages.list;
    const leftOut = [...new Set(list.filter((m) => m.severity === 'error').map((m) => m.file))].filter((f) => !files.some((b) => b.bulletin.file === f));
    return { files, messages: list, timings: stages.timings, written, leftOut, crashes, reuse, ...(refused ? { refused } : {}) };
  };

  // A mistyped --corpus is an error at once, before any waiting for the lock.
  try {
    if (!(await stat(corpus)).isDirectory()) throw new CorpusError(`the corpus ${options.corpus} is not a folder`);
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw new CorpusError(`there is no corpus folder ${options.corpus} (${corpus})`);
  }

  let lock: Lock;
  try {
    lock = await acquireLock(paths, {
      waitMs: options.waitMs ?? DEFAULT_WAIT_MS,
      onWait: (h) => options.log?.(`waiting for the build of pid ${h.pid} on ${h.host} (since ${h.since}) to finish with ${options.out} …`),
    });
  } catch (error) {
    if (error instanceof OutputBusy) return result(false, [], error.message);
    throw new Error(`cannot lock the output ${paths.out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let tmp: string | undefined;
  try {
    const cacheDir = paths.cache;
    await removeLeftovers(paths);
    if (options.full) await rm(cacheDir, { recursive: true, force: true });
    await halt('locked');

    const entries = await listCorpus(corpus, (name) => messages.reporter(name, 'corpus'));
    const parses = await ParseCache.open(join(cacheDir, 'parse'));
    const ocr = options.ocr ? lazyOcr() : undefined;
    const bulletins: BulletinNode[] = [];
    try {
      for (const entry of entries) {
        let bytes: Uint8Array;
        try {
          bytes = await readBytes(entry);
        } catch (error) {
          if (!(error instanceof FileProblem)) throw error;
          messages.reporter(entry.name, 'corpus')('error', error.code, error.message);
          continue;
        }
        // An unchanged file (same bytes, name, options and code) is not parsed again.
        const key = parses.key(entry.name, bytes, ocr ? 'ocr' : '');
        const cached = await stages.time('cache', () => parses.get(key));
        if (cached) {
          reuse.cachedParses++;
          messages.addAll(cached.messages);
          bulletins.push(cached.bulletin);
          continue;
        }
        reuse.parsed++;
        const own = new Messages();
        const bulletin = await readBulletin({ name: entry.name, bytes, reader: entry.reader }, own, stages, crashes, ocr ? { ocr: ocr.hook } : {});
        messages.addAll(own.list);
        if (bulletin) {
          bulletins.push(bulletin);
          await parses.put(key, { bulletin, messages: own.list });
        }
      }
    } finally {
      await ocr?.close();
    }
    await parses.prune();

    // What the live output was built with: the next build reuses what did not change.
    const previous = options.full ? {} : await readState(paths.out);
    const finishOptions = { asOf: options.asOf };
    let finished = await finish(checkUnique(bulletins, messages), messages, stages, crashes, finishOptions);
    await halt('parsed');
    if (options.strict && messages.errors > 0) {
      return result(false, finished.files, `--strict: ${messages.errors} error${messages.errors === 1 ? '' : 's'}, nothing published`);
    }
    if (finished.files.length === 0 && !options.allowShrink) {
      return result(false, [], `no bulletin in ${options.corpus}/ (${entries.length} file${entries.length === 1 ? '' : 's'} read${entries.length ? ', none built' : `; gongbao reads ${EXTENSIONS.join(', ')}`}); nothing published (--allow-shrink publishes an empty output)`);
    }

    tmp = await outputStep(`cannot write into ${paths.store}`, () => makeTemp(paths));
    await outputStep(`cannot write into ${tmp}`, () => mkdir(join(tmp!, 'data'), { recursive: true }));
    const state: BuildState = {};
    // Each file's JSON once: its hash names its pages (site/reuse.ts) and tells whether the live data
    // file is the same; the text is kept only where it is not.
    let json = await stages.time('json', () => fileJson(finished.files, previous.data));
    if (!options.dataOnly) {
      for (;;) {
        const site = join(tmp, 'site');
        const failed = await writeSiteOf(
          finished.files,
          site,
          stages,
          { cacheDir: join(cacheDir, 'index'), ...(options.full ? {} : { previous: join(paths.out, 'site', 'search') }) },
          previous.site ? { dir: join(paths.out, 'site'), keys: previous.site } : undefined,
          json.hashes,
        );
        if ('keys' in failed) {
          state.site = failed.keys;
          Object.assign(reuse, {
            segmentsBuilt: failed.index.built,
            cachedSegments: failed.index.cached,
            indexKept: failed.index.kept,
            pagesRendered: failed.rendered,
            pagesReused: failed.reused,
          });
          break;
        }
        for (const c of failed.crashes) crashReport(messages.reporter(c.file.bulletin.file, c.stage), crashes, c.file.bulletin.file, c.stage, c.error);
        finished = await finish(
          finished.kept.filter((b) => !failed.culprits.some((f) => f.bulletin.id === b.id)),
          messages,
          stages,
          crashes,
          finishOptions,
        );
        json = await stages.time('json', () => fileJson(finished.files, previous.data));
        if (options.strict) return result(false, finished.files, `--strict: ${messages.errors} errors, nothing published`);
      }
    }
    await outputStep(`cannot write the build into ${tmp}`, () =>
      stages.time('write', async () => {
        state.data = {};
        state.ids = {};
        const writer = new FileWriter(tmp!);
        for (const file of finished.files) {
          const id = file.bulletin.id;
          const name = join('data', `${id}.json`);
          state.data[id] = json.hashes.get(id)!;
          state.ids[id] = file.bulletin.children.map((d) => d.id);
          // The same bytes as the live file: a link to it, not another copy.
          if (json.changed.has(id)) await writer.write(name, json.changed.get(id) ?? JSON.stringify(file));
          else await writer.link(join(paths.out, name), name, () => JSON.stringify(file));
        }
        await writer.flush();
        await writeFile(join(tmp!, 'data', 'authorities.json'), JSON.stringify(AuthoritiesFile.parse(finished.linked.authorities)));
        await writeFile(join(tmp!, STATE_FILE), JSON.stringify(state));
      }),
    );
    await halt('written');

    const files = finished.files;
    const live = await published(paths.out, options.full ? await readState(paths.out) : previous);
    if (live && !options.allowShrink) {
      const bulletinIds = new Set(files.map((f) => f.bulletin.id));
      const documentIds = new Set(files.flatMap((f) => f.bulletin.children.map((d) => d.id)));
      const lostBulletins = [...live.bulletins].filter((id) => !bulletinIds.has(id));
      const lostDocuments = [...live.documents].filter(([d, b]) => !documentIds.has(d) && bulletinIds.has(b)).map(([d]) => d);
      if (lostBulletins.length || lostDocuments.length) {
        const list = (ids: string[]) => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}`;
        const what = [
          lostBulletins.length ? `${lostBulletins.length} bulletin${lostBulletins.length === 1 ? '' : 's'} (${list(lostBulletins)})` : '',
          lostDocuments.length ? `${lostDocuments.length} document${lostDocuments.length === 1 ? '' : 's'} (${list(lostDocuments)})` : '',
        ].filter(Boolean);
        return result(false, files, `this build lacks ${what.join(' and ')} that ${options.out}/ publishes now; the live output is kept (--allow-shrink publishes the smaller build)`);
      }
    }

    await outputStep(`cannot publish the build as ${paths.out}`, () => stages.time('publish', () => publish(paths, tmp!, halt)));
    tmp = undefined;
    return result(true, files);
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
    await lock.release();
  }
}
