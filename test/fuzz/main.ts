/**
 * The fuzz suite: `npm run fuzz -- --runs 10000` (options below). Inputs are generated and run in
 * worker threads, one at a time each, under a time limit per input: a worker that exceeds it is
 * terminated and the input counted as a hang. Prints the counts (runs, crashes, hangs, duplicate
 * ids, schema-invalid outputs, U+FFFD published, files lost without a word, clear per-file errors)
 * and the slowest input's time per KB; exits 1 when any of the failure counts is not 0. Each
 * failing input is saved under .cache/fuzz/ with its description, and `--replay N` runs input N
 * of the session in this process with its stack.
 */
import { Worker } from 'node:worker_threads';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { fuzzInput, sources } from './mutate.ts';
import { runInput, type Outcome } from './run.ts';
import { PROJECT_ROOT } from '../../pipeline/project.ts';

export interface FuzzOptions {
  runs: number;
  seed: number;
  jobs: number;
  /** Every Nth run is the whole seed (0: never). */
  wholeEvery: number;
  /** Every Nth run also builds the search index and the site (0: never). */
  siteEvery: number;
  /** Time limit per input: base ms plus ms per KB. */
  limitMs: number;
  limitPerKbMs: number;
  /** Progress lines. */
  log?: (line: string) => void;
  /** Where failing inputs are saved (none when undefined). */
  saveDir?: string;
}

export interface FuzzReport {
  runs: number;
  ms: number;
  built: number;
  crashes: number;
  hangs: number;
  duplicateIds: number;
  schemaInvalid: number;
  replacement: number;
  silent: number;
  clearErrors: number;
  siteRuns: number;
  bytes: number;
  slowest: { msPerKb: number; ms: number; bytes: number; n: number; description: string } | undefined;
  failures: Array<{ n: number; kind: string; description: string; detail?: string }>;
}

const SEED_FILE = join(PROJECT_ROOT, 'corpus', 'youxian-2023-01.txt');
const WORKER_BUNDLE = join(PROJECT_ROOT, '.cache', 'gongbao-fuzz-worker.mjs');

/** The worker as one ES module (packages external), one level below the project root like the CLI bundle. */
async function bundleWorker(): Promise<string> {
  await esbuild.build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: ['test/fuzz/worker.ts'],
    outfile: WORKER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'error',
  });
  return WORKER_BUNDLE;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const bundle = await bundleWorker();
  const report: FuzzReport = {
    runs: 0,
    ms: 0,
    built: 0,
    crashes: 0,
    hangs: 0,
    duplicateIds: 0,
    schemaInvalid: 0,
    replacement: 0,
    silent: 0,
    clearErrors: 0,
    siteRuns: 0,
    bytes: 0,
    slowest: undefined,
    failures: [],
  };
  const src = options.saveDir ? sources(readFileSync(SEED_FILE, 'utf8')) : undefined;
  const save = (n: number, kind: string, description: string, detail?: string) => {
    report.failures.push({ n, kind, description, ...(detail ? { detail } : {}) });
    if (!options.saveDir || !src) return;
    mkdirSync(options.saveDir, { recursive: true });
    const input = fuzzInput(src, options.seed, n, options);
    input.files.forEach((f, i) => writeFileSync(join(options.saveDir!, `${kind}-${n}-${i}-${f.name.replace(/[^\w.-]+/g, '_')}`), f.bytes));
    writeFileSync(join(options.saveDir, `${kind}-${n}.txt`), `seed ${options.seed}, run ${n}: ${description}\n\n${detail ?? ''}\n`);
  };
  let next = 0;
  let lastLog = 0;
  const record = (n: number, description: string, o: Outcome, site: boolean) => {
    report.runs++;
    report.bytes += o.bytes;
    if (site) report.siteRuns++;
    if (o.built) report.built++;
    report.clearErrors += o.clearErrors;
    report.duplicateIds += o.duplicateIds;
    report.schemaInvalid += o.schemaInvalid;
    report.replacement += o.replacement;
    report.silent += o.silent;
    if (o.crash) {
      report.crashes++;
      save(n, 'crash', description, o.crash);
    }
    if (o.duplicateIds) save(n, 'duplicate-id', description);
    if (o.schemaInvalid) save(n, 'schema-invalid', description);
    if (o.replacement) save(n, 'replacement', description);
    if (o.silent) save(n, 'silent', description);
    // Time per KB of inputs of 8 KB or more (below, start-up costs dominate and say nothing).
    const kb = o.bytes / 1024;
    if (kb >= 8 && !site && (!report.slowest || o.ms / kb > report.slowest.msPerKb)) {
      report.slowest = { msPerKb: o.ms / kb, ms: o.ms, bytes: o.bytes, n, description };
    }
    if (options.log && report.runs - lastLog >= 500) {
      lastLog = report.runs;
      options.log(`${report.runs}/${options.runs} runs, ${Math.round((performance.now() - started) / 1000)} s: ${report.crashes} crashes, ${report.hangs} hangs`);
    }
  };

  await new Promise<void>((done) => {
    let active = 0;
    const workerData = { seedFile: SEED_FILE, seed: options.seed, wholeEvery: options.wholeEvery, siteEvery: options.siteEvery };
    const spawn = () => {
      if (next >= options.runs) {
        if (active === 0) done();
        return;
      }
      active++;
      const worker = new Worker(bundle, { workerData, execArgv: ['--enable-source-maps'] });
      let timer: NodeJS.Timeout | undefined;
      let current = -1;
      let currentSite = false;
      const finishWorker = () => {
        clearTimeout(timer);
        active--;
        void worker.terminate();
      };
      const feed = () => {
        if (next >= options.runs) {
          finishWorker();
          if (active === 0) done();
          return;
        }
        current = next++;
        worker.postMessage(current);
      };
      worker.on('message', (m: { type: 'start'; n: number; bytes: number; site: boolean } | { type: 'done'; n: number; description: string; outcome: Outcome }) => {
        if (m.type === 'start') {
          currentSite = m.site;
          const limit = options.limitMs + (m.bytes / 1024) * options.limitPerKbMs + (m.site ? 60_000 : 0);
          timer = setTimeout(() => {
            report.runs++;
            report.hangs++;
            save(m.n, 'hang', `(over ${Math.round(limit)} ms)`);
            worker.removeAllListeners();
            finishWorker();
            spawn();
          }, limit);
          return;
        }
        clearTimeout(timer);
        record(m.n, m.description, m.outcome, currentSite);
        feed();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        report.runs++;
        report.crashes++;
        save(current, 'crash', 'worker died', error instanceof Error ? (error.stack ?? error.message) : String(error));
        worker.removeAllListeners();
        active--;
        spawn();
      });
      feed();
    };
    for (let j = 0; j < Math.max(1, options.jobs); j++) spawn();
  });
  // A hang's description is the input's: generated again here, in the parent.
  if (src) for (const f of report.failures) if (f.kind === 'hang') f.description = `${fuzzInput(src, options.seed, f.n, options).description} ${f.description}`;
  report.ms = performance.now() - started;
  return report;
}

export function formatReport(r: FuzzReport, options: FuzzOptions): string {
  const lines = [
    `fuzz: seed ${options.seed}, ${r.runs} runs in ${(r.ms / 1000).toFixed(1)} s on ${options.jobs} worker${options.jobs === 1 ? '' : 's'} (${(r.bytes / 1024 / 1024).toFixed(1)} MB of input, ${r.siteRuns} runs with index and site)`,
    `  crashes                 ${r.crashes}`,
    `  hangs                   ${r.hangs}`,
    `  duplicate ids           ${r.duplicateIds}`,
    `  schema-invalid outputs  ${r.schemaInvalid}`,
    `  U+FFFD published        ${r.replacement}`,
    `  files lost silently     ${r.silent}`,
    `  clear per-file errors   ${r.clearErrors}`,
    `  runs that built         ${r.built}`,
    r.slowest ? `  slowest: ${r.slowest.msPerKb.toFixed(2)} ms/KB (${Math.round(r.slowest.ms)} ms for ${Math.round(r.slowest.bytes / 1024)} KB), run ${r.slowest.n}: ${r.slowest.description}` : '  slowest: no input of 8 KB or more',
  ];
  for (const f of r.failures.slice(0, 20)) lines.push(`  ${f.kind} in run ${f.n}: ${f.description}${f.detail ? `\n    ${f.detail.split('\n').slice(0, 6).join('\n    ')}` : ''}`);
  return lines.join('\n');
}

export function failed(r: FuzzReport): boolean {
  return r.crashes + r.hangs + r.duplicateIds + r.schemaInvalid + r.replacement + r.silent > 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      jobs: { type: 'string', default: String(Math.max(1, availableParallelism())) },
      'whole-every': { type: 'string', default: '100' },
      'site-every': { type: 'string', default: '50' },
      'limit-ms': { type: 'string', default: '10000' },
      'limit-per-kb-ms': { type: 'string', default: '20' },
      replay: { type: 'string' },
    },
    strict: true,
  });
  const options: FuzzOptions = {
    runs: Number(values.runs),
    seed: Number(values.seed),
    jobs: Number(values.jobs),
    wholeEvery: Number(values['whole-every']),
    siteEvery: Number(values['site-every']),
    limitMs: Number(values['limit-ms']),
    limitPerKbMs: Number(values['limit-per-kb-ms']),
    log: (line) => process.stderr.write(`${line}\n`),
    saveDir: join(PROJECT_ROOT, '.cache', 'fuzz'),
  };
  if (values.replay !== undefined) {
    const input = fuzzInput(sources(readFileSync(SEED_FILE, 'utf8')), options.seed, Number(values.replay), options);
    process.stdout.write(`${input.description}\n`);
    process.stdout.write(`${JSON.stringify(await runInput(input), null, 2)}\n`);
    return;
  }
  const report = await runFuzz(options);
  process.stdout.write(`${formatReport(report, options)}\n`);
  process.exitCode = failed(report) ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) await main();
