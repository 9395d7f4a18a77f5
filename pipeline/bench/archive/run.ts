/**
 * The archive bench: for each size N, the synthetic archive of N bulletins (generate.ts) in
 * .archive/<N>/corpus, a full build through the CLI into a fresh .archive/<N>/dist (wall and CPU
 * time), the site's size on disk, the site measured in Chromium (measure.ts), then one more bulletin
 * (N+1) added to the corpus and the build run again on the same output (what adding an issue costs:
 * an incremental build, which parses the new file, keeps the published index and links unchanged
 * pages). The extra bulletin is taken
 * out of the corpus afterwards, so .archive/<N>/corpus holds the N bulletins again (dist/ holds N+1).
 * Before the bulletin is added, the seed's query sets are searched in Node over the N bulletins (warm,
 * three runs each): a query's time must not grow with the archive.
 *
 *   npm run bench:archive -- --sizes 1,50,500 [--seed N] [--dir .archive] [--queries q1,q2] [--json FILE]
 */
import { spawn } from 'node:child_process';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../project.ts';
import { removeOutput } from '../../output.ts';
import { DEFAULT_SEED, generateBulletin, writeArchive } from './generate.ts';
import { DEFAULT_QUERIES, formatReport, kb, measureSite, type SiteReport } from './measure.ts';
import { SearchClient } from '../../../core/search/client.ts';
import { diskFetcher } from '../../index/local.ts';
import { queryLatency, type Latency } from '../latency.ts';

/** The query sets timed in Node over each archive: the seed's tuned set and the dev halves of the first two blind sets. */
export const LATENCY_SETS = ['test/queries.json', 'test/eval/queries-dev.json', 'test/eval/queries-dev2.json'];

// The project's root, from the source file or from the CLI's bundle alike.
const ROOT = PROJECT_ROOT;
const CLI = join(ROOT, 'bin', 'gongbao.mjs');

export interface ArchiveBenchOptions {
  sizes: number[];
  seed?: number;
  /** Where the archives live (default .archive in the project). */
  dir?: string;
  queries?: string[];
  chromium?: string;
  /** Skip the browser (build numbers only). */
  measure?: boolean;
  serviceWorkerTimeout?: number;
  openTimeout?: number;
  /** V8 heap for the builds, MB (NODE_OPTIONS=--max-old-space-size); default: node's own limit. */
  buildHeap?: number;
  log?: (line: string) => void;
}

export interface BuildRun {
  wallMs: number;
  /** User + system CPU time of the build process and its children. */
  cpuMs: number;
  ok: boolean;
  /** The build's summary line (N messages: …) and its last line. */
  summary: string;
  errors: number;
  warnings: number;
  /** The V8 heap limit given to the build (MB), when not node's default. */
  heap?: number;
}

export interface ArchiveBenchRow {
  bulletins: number;
  documents: number;
  corpusBytes: number;
  build: BuildRun;
  addOne: BuildRun;
  site: { bytes: number; files: number };
  report?: SiteReport;
  /** The seed's query sets searched in Node over the archive (LATENCY_SETS). */
  latency: Latency;
  /** Load average (1 min) when the row was measured: the machine may be shared. */
  load: number;
}

/** Runs `gongbao build` and times it (wall clock, and CPU from bash's `times`). */
export async function timeBuild(corpus: string, out: string, options: { heap?: number } = {}): Promise<BuildRun> {
  const t = performance.now();
  const env = { ...process.env };
  if (options.heap) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${options.heap}`.trim();
  const child = spawn('bash', ['-c', '"$0" "$@"; code=$?; times >&3; exit $code', process.execPath, CLI, 'build', '--corpus', corpus, '--out', out], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let times = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (times += d.toString()));
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  const wallMs = performance.now() - t;
  // `times`: the shell's own user/sys, then its children's.
  const seconds = (s: string) => {
    const m = /(\d+)m([\d.]+)s/.exec(s);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  const children = times.trim().split('\n')[1]?.trim().split(/\s+/) ?? [];
  const cpuMs = Math.round((seconds(children[0] ?? '') + seconds(children[1] ?? '')) * 1000);
  const summary = stderr.split('\n').find((l) => /^\d+ messages?:/.test(l)) ?? (/heap out of memory/.test(stderr) ? 'JavaScript heap out of memory' : '');
  // "70 messages: 32 info table-row-realigned, 6 warning missing-attachment-heading, …"
  const count = (severity: string) => [...summary.matchAll(new RegExp(`(\\d+) ${severity} `, 'g'))].reduce((n, m) => n + Number(m[1]), 0);
  return {
    wallMs: Math.round(wallMs),
    cpuMs,
    ok: code === 0,
    summary: `${summary}${summary ? '; ' : ''}${(code === 0 ? stdout : stderr).trim().split('\n').at(-1) ?? ''}`,
    errors: count('error'),
    warnings: count('warning'),
    ...(options.heap ? { heap: options.heap } : {}),
  };
}

async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
};

export async function runArchiveBench(options: ArchiveBenchOptions): Promise<ArchiveBenchRow[]> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const seed = options.seed ?? DEFAULT_SEED;
  const base = resolve(ROOT, options.dir ?? '.archive');
  const rows: ArchiveBenchRow[] = [];
  for (const n of options.sizes) {
    const corpus = join(base, String(n), 'corpus');
    const out = join(base, String(n), 'dist');
    const t = performance.now();
    const written = await writeArchive({ bulletins: n, seed, out: corpus });
    const corpusBytes = written.bulletins.reduce((s, b) => s + Buffer.byteLength(b.text), 0);
    const documents = written.bulletins.reduce((s, b) => s + b.documents.length, 0);
    log(`[${n}] ${n} bulletins, ${documents} documents, ${(corpusBytes / 1e6).toFixed(1)} MB in ${corpus} (${Math.round(performance.now() - t)} ms)`);

    // The output and the store beside it (its caches too): the full build starts from nothing.
    await removeOutput(out);
    log(`[${n}] full build …`);
    const build = await timeBuild(corpus, out, { heap: options.buildHeap });
    log(`[${n}] full build: ${(build.wallMs / 1000).toFixed(1)} s (CPU ${(build.cpuMs / 1000).toFixed(1)} s) — ${build.summary}`);
    if (!build.ok) {
      // A build that died (out of memory) leaves its temporary folder in the store beside the output.
      await removeOutput(out);
      throw new Error(`the build of ${n} bulletins failed after ${(build.wallMs / 1000).toFixed(0)} s: ${build.summary}`);
    }
    const site = await folderSize(join(out, 'site'));

    log(`[${n}] timing the seed's queries in Node …`);
    const latency = await archiveLatency(join(out, 'site'));
    log(`[${n}] query latency (Node, warm, ${latency.queries} queries × ${latency.runs}, per-query median): p50 ${latency.p50.toFixed(2)} ms, p95 ${latency.p95.toFixed(2)} ms, max ${latency.max.toFixed(2)} ms`);

    let report: SiteReport | undefined;
    if (options.measure !== false) {
      log(`[${n}] measuring the site in Chromium …`);
      report = await measureSite({
        siteDir: join(out, 'site'),
        queries: options.queries ?? DEFAULT_QUERIES,
        ...(options.chromium ? { chromium: options.chromium } : {}),
        ...(options.serviceWorkerTimeout ? { serviceWorkerTimeout: options.serviceWorkerTimeout } : {}),
        ...(options.openTimeout ? { openTimeout: options.openTimeout } : {}),
        log: (line) => log(`[${n}]   ${line}`),
      });
      log(formatReport(report).replace(/^/gm, `[${n}] `));
    }

    // One more issue, the build again on the same output.
    const extra = generateBulletin(n, { seed });
    const extraPath = join(corpus, extra.name);
    await writeFile(extraPath, extra.text);
    log(`[${n}] adding ${extra.name} (${extra.documents.length} documents), build again …`);
    let addOne: BuildRun;
    try {
      addOne = await timeBuild(corpus, out, { heap: options.buildHeap });
    } finally {
      await rm(extraPath, { force: true });
    }
    log(`[${n}] add one: ${(addOne.wallMs / 1000).toFixed(1)} s (CPU ${(addOne.cpuMs / 1000).toFixed(1)} s) — ${addOne.summary}`);
    rows.push({ bulletins: n, documents, corpusBytes, build, addOne, site, ...(report ? { report } : {}), latency, load: loadavg()[0]! });
  }
  log('');
  log(formatArchiveTable(rows));
  return rows;
}

/** The seed's query sets (LATENCY_SETS) searched over a built site, warm, three runs each. */
export async function archiveLatency(siteDir: string): Promise<Latency> {
  const queries: string[] = [];
  for (const set of LATENCY_SETS) {
    const data = JSON.parse(await readFile(join(ROOT, set), 'utf8')) as Array<{ query: string }> | { queries: Array<{ query: string }> };
    queries.push(...(Array.isArray(data) ? data : data.queries).map((q) => q.query));
  }
  const client = await SearchClient.open(diskFetcher(siteDir));
  await client.loadAll();
  return queryLatency(client, queries, 3);
}

function cell(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

/** The bench's table: one row per archive size. */
export function formatArchiveTable(rows: ArchiveBenchRow[]): string {
  const head = ['bulletins', 'full build', 'add one', 'site MB', 'open bytes', '1st query bytes med/max', '1st result ms med/max', 'SW precache', 'Node query ms p50/p95'];
  const widths = [9, 16, 16, 8, 10, 24, 22, 20, 22];
  const lines = [head.map((h, i) => cell(h, widths[i]!)).join(' ')];
  const secs = (b: BuildRun) => `${(b.wallMs / 1000).toFixed(1)}s (${(b.cpuMs / 1000).toFixed(0)} cpu)`;
  for (const r of rows) {
    const cold = r.report?.perQuery.map((q) => q.cold) ?? [];
    const bytes = cold.map((q) => q.gzip);
    const ms = cold.map((q) => q.ms);
    const sw = r.report?.serviceWorker;
    lines.push(
      [
        String(r.bulletins),
        secs(r.build),
        secs(r.addOne),
        (r.site.bytes / 1e6).toFixed(1),
        r.report ? `${kb(r.report.open.gzip)}${r.report.open.idle ? '' : '+'}` : '-',
        r.report ? `${kb(median(bytes))} / ${kb(Math.max(...bytes))}` : '-',
        r.report ? `${median(ms)} / ${Math.max(...ms)}` : '-',
        sw ? `${kb(sw.gzip)}${sw.ready ? '' : '+'} (${sw.files})` : '-',
        `${r.latency.p50.toFixed(2)} / ${r.latency.p95.toFixed(2)}`,
      ]
        .map((c, i) => cell(c, widths[i]!))
        .join(' '),
    );
  }
  lines.push(
    `bytes: gzip -9 of each response body; open = first visit with the service worker blocked until the network is idle ("+": still busy at the timeout); ` +
      `1st query = fresh page, bytes the page fetched from the first key to the first result and time from the last key to it, over ${rows[0]?.report?.queries.length ?? 0} queries; ` +
      `SW precache = what the service worker fetched on a first visit (files); Node query = the seed's ${rows[0]?.latency.queries ?? 0} queries of ${LATENCY_SETS.join(', ')} searched warm in Node, ` +
      `three runs each, per-query median. Machine: ${availableParallelism()} cores, load ${rows.map((r) => r.load.toFixed(1)).join('/')} during the rows.` +
      rows
        .filter((r) => r.build.heap)
        .map((r) => ` The builds of ${r.bulletins} ran with --max-old-space-size=${r.build.heap}.`)
        .join(''),
  );
  return lines.join('\n');
}

/** The command line of `npm run bench:archive` (cli.ts). */
export async function benchMain(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      seed: { type: 'string' },
      dir: { type: 'string' },
      queries: { type: 'string' },
      chromium: { type: 'string' },
      'no-measure': { type: 'boolean' },
      'sw-timeout': { type: 'string' },
      'open-timeout': { type: 'string' },
      'build-heap': { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      'npm run bench:archive -- [--sizes 1,50,500] [--seed N] [--dir .archive] [--queries q1,q2] [--chromium PATH] [--no-measure] [--sw-timeout S] [--open-timeout S] [--build-heap MB] [--json FILE]\n',
    );
    return 0;
  }
  const whole = (text: string, name: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} takes whole numbers, got "${text}"`);
    return n;
  };
  const sizes = (values.sizes ?? '1,50,500').split(',').map((s) => whole(s.trim(), '--sizes'));
  if (sizes.some((n) => n < 1)) throw new Error('--sizes: every size must be at least 1');
  const rows = await runArchiveBench({
    sizes,
    seed: values.seed === undefined ? DEFAULT_SEED : whole(values.seed, '--seed'),
    ...(values.dir ? { dir: values.dir } : {}),
    ...(values.queries ? { queries: values.queries.split(',').map((q) => q.trim()).filter(Boolean) } : {}),
    ...(values.chromium ? { chromium: values.chromium } : {}),
    measure: !values['no-measure'],
    ...(values['sw-timeout'] ? { serviceWorkerTimeout: whole(values['sw-timeout'], '--sw-timeout') * 1000 } : {}),
    ...(values['open-timeout'] ? { openTimeout: whole(values['open-timeout'], '--open-timeout') * 1000 } : {}),
    ...(values['build-heap'] ? { buildHeap: whole(values['build-heap'], '--build-heap') } : {}),
  });
  if (values.json) await writeFile(values.json, `${JSON.stringify(rows, null, 1)}\n`);
  return 0;
}
