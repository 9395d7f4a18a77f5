/**
 * `gongbao watch`: builds once, then rebuilds whenever a file in the corpus folder changes. Each
 * build is `gongbao build`'s own run (build() from pipeline/build.ts, the same messages and
 * summary). Changes are debounced; a change during a build queues one more build; never two at once.
 */
import { watch as watchFolder, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parseCommand, UsageError, wholeNumber } from '../args.ts';
import { run as runBuild } from './build.ts';

const spec = {
  options: {
    corpus: { type: 'string' },
    out: { type: 'string' },
    debounce: { type: 'string' },
  },
} as const;

/** A debounced, never-overlapping runner: `poke()` asks for a run; runs queued during one become one more. */
export function serialRunner(task: () => Promise<void>, debounceMs: number) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let queued = false;
  let stopped = false;
  const start = () => {
    timer = undefined;
    if (stopped) return;
    if (running) {
      queued = true;
      return;
    }
    running = task().finally(() => {
      running = undefined;
      if (queued && !stopped) {
        queued = false;
        poke();
      }
    });
  };
  const poke = () => {
    if (stopped) return;
    if (running) {
      queued = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(start, debounceMs);
  };
  return {
    poke,
    /** Runs at once (the first build). */
    now: start,
    /** No more runs; resolves when the one running (if any) ends. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommand(args, spec);
  const corpus = values.corpus ?? 'corpus';
  const out = values.out ?? 'dist';
  const debounceMs = wholeNumber(values.debounce, '--debounce', 500, 0);
  try {
    if (!(await stat(corpus)).isDirectory()) throw new UsageError(`the corpus ${corpus} is not a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`there is no corpus folder ${corpus}`);
  }
  const buildArgs = ['--corpus', corpus, '--out', out];
  let builds = 0;
  const runner = serialRunner(async () => {
    builds++;
    process.stderr.write(`${builds === 1 ? 'building' : 'rebuilding'} ${corpus}/ → ${out}/ …\n`);
    try {
      await runBuild(buildArgs);
    } catch (error) {
      // A failed build is reported; watching goes on.
      process.stderr.write(`gongbao watch: the build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.stderr.write(`watching ${corpus}/ for changes (Ctrl+C to stop)\n`);
  }, debounceMs);

  let watcher: FSWatcher;
  try {
    // Dot files are skipped: editors' swap files and gongbao add's temporary copies, which the build skips too.
    watcher = watchFolder(corpus, (_event, name) => {
      if (name && String(name).startsWith('.')) return;
      runner.poke();
    });
  } catch (error) {
    throw new Error(`cannot watch ${corpus}: ${error instanceof Error ? error.message : String(error)}`);
  }
  runner.now();
  await new Promise<void>((done) => {
    const stop = () => {
      process.stderr.write('stopping (after the build running now, if any) …\n');
      // A second Ctrl+C does not wait.
      process.once('SIGINT', () => process.exit(130));
      done();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    watcher.on('error', (error) => {
      process.stderr.write(`gongbao watch: cannot watch ${corpus} any more: ${error.message}\n`);
      done();
    });
  });
  watcher.close();
  await runner.stop();
  return 0;
}
