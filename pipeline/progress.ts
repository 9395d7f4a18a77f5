/**
 * A one-line progress counter for long loops (files added, bulletins built):
 *
 *   const progress = createProgress({ total: files.length, label: 'parsing', stream: process.stderr });
 *   for (const f of files) { …; progress.tick(f); }
 *   progress.done();
 *
 * On a terminal it rewrites one line, `parsing 3/12 (ETA 8 s) download.txt`; where the output is
 * not a terminal (a pipe, a log file, a test) or under CI (process.env.CI) it prints nothing at all,
 * so logs and the messages printed between ticks stay clean.
 */

/** Where progress goes: a stream that may be a terminal (process.stderr, process.stdout). */
export interface ProgressStream {
  /** True on a terminal: only then is anything printed. */
  isTTY?: boolean | undefined;
  /** Columns of the terminal, to keep the line from wrapping (default 80). */
  columns?: number | undefined;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** How many ticks make the whole (≥ 0). */
  total: number;
  /** What is being counted, printed before the counts: `parsing 3/12`. */
  label: string;
  stream: ProgressStream;
  /** Print or not; default: the stream is a TTY and process.env.CI is not set. */
  enabled?: boolean;
  /** Milliseconds since some fixed moment (default performance.now), for tests. */
  now?: () => number;
}

export interface Progress {
  /** One more done; `name` (what was just done) is shown after the counts. */
  tick(name?: string): void;
  /** Clears the line (call it before printing anything else, and at the end). Idempotent. */
  done(): void;
  /** Whether this progress prints anything. */
  readonly enabled: boolean;
}

/** Printed at most this often (ms), except the last tick. */
const MIN_INTERVAL_MS = 100;

/** The time left, in words: `12 s`, `3 min 5 s`. */
export function formatEta(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** The line for n of total after `elapsed` ms: `label n/total (ETA 12 s) name` (no ETA before the first tick). */
export function progressLine(label: string, n: number, total: number, elapsedMs: number, name?: string): string {
  const eta = n > 0 && n < total ? ` (ETA ${formatEta((elapsedMs / n) * (total - n))})` : '';
  return `${label} ${n}/${total}${eta}${name ? ` ${name}` : ''}`;
}

/** A progress counter; prints only on a terminal outside CI (see the module's comment). */
export function createProgress(options: ProgressOptions): Progress {
  const { total, label, stream } = options;
  const now = options.now ?? (() => performance.now());
  const enabled = options.enabled ?? (Boolean(stream.isTTY) && !process.env.CI);
  const start = now();
  let n = 0;
  let shown = false;
  let finished = false;
  let lastWrite = -Infinity;

  const show = (name?: string) => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    let line = progressLine(label, n, total, now() - start, name);
    if (line.length > width) line = `${line.slice(0, width - 1)}…`;
    // \r to the line's start, the text, then erase what a longer line left.
    stream.write(`\r${line}\x1b[K`);
    shown = true;
    lastWrite = now();
  };

  if (enabled && total > 0) show();
  return {
    enabled,
    tick(name) {
      if (finished) return;
      n = Math.min(n + 1, total);
      if (!enabled) return;
      if (n < total && now() - lastWrite < MIN_INTERVAL_MS) return;
      show(name);
    },
    done() {
      if (finished) return;
      finished = true;
      if (enabled && shown) stream.write('\r\x1b[K');
    },
  };
}
