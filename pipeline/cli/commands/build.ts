/** `gongbao build`: the whole pipeline for a corpus folder, published atomically to <out>/. */
import { build, CorpusError } from '../../build.ts';
import { formatMessage, summarize } from '../../messages.ts';
import { isoDateOption, parseCommand, UsageError, wholeNumber } from '../args.ts';
import { findOcrPackages } from '../../ingest/ocr/load.ts';

const spec = {
  options: {
    corpus: { type: 'string' },
    out: { type: 'string' },
    'data-only': { type: 'boolean' },
    'as-of': { type: 'string' },
    strict: { type: 'boolean' },
    'allow-shrink': { type: 'boolean' },
    wait: { type: 'string' },
    verbose: { type: 'boolean' },
    quiet: { type: 'boolean' },
    full: { type: 'boolean' },
    ocr: { type: 'boolean' },
  },
} as const;

/** Exit codes of gongbao build (also in its help). */
export const EXIT = {
  /** Published; every bulletin file built. */
  ok: 0,
  /** Nothing published: the previous output is unchanged. */
  notPublished: 1,
  /** The command line is wrong (an unknown option, no such corpus folder). */
  usage: 2,
  /** Published, but with errors: their files or documents were left out. */
  partial: 3,
} as const;

/** The date statuses are written for: --as-of, else SOURCE_DATE_EPOCH (seconds, as reproducible builds set it), else none. */
export function asOfDate(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (flag !== undefined) return isoDateOption(flag, '--as-of');
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH needs whole seconds since 1970, got "${epoch}"`);
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommand(args, spec);
  const corpus = values.corpus ?? 'corpus';
  const out = values.out ?? 'dist';
  const dataOnly = values['data-only'] ?? false;
  const asOf = asOfDate(values['as-of']);
  const waitMs = wholeNumber(values.wait, '--wait', 600, 0) * 1000;
  if (values.ocr) {
    try {
      findOcrPackages();
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
  }
  const t = performance.now();
  let result;
  try {
    result = await build({
      corpus,
      out,
      dataOnly,
      asOf,
      strict: values.strict ?? false,
      allowShrink: values['allow-shrink'] ?? false,
      waitMs,
      full: values.full ?? false,
      ocr: values.ocr ?? false,
      log: (line) => process.stderr.write(`${line}\n`),
    });
  } catch (error) {
    if (error instanceof CorpusError) throw new UsageError(error.message);
    throw error;
  }
  for (const m of result.messages) {
    if (m.severity === 'info' && !values.verbose) continue;
    if (values.quiet && m.severity !== 'error') continue;
    process.stderr.write(`${formatMessage(m)}\n`);
  }
  if (values.verbose) for (const c of result.crashes) process.stderr.write(`${c.file}: the crash in its ${c.stage} stage:\n${c.stack}\n`);
  const ms = Math.round(performance.now() - t);
  const docs = result.files.reduce((n, f) => n + f.bulletin.children.length, 0);
  process.stderr.write(`${summarize(result.messages)}\n`);
  if (!result.written) {
    process.stderr.write(`build failed: ${result.refused ?? 'nothing written'}; the previous build in ${out}/ is unchanged\n`);
    return EXIT.notPublished;
  }
  const where = dataOnly ? `${out}/data/` : `${out}/data/ and ${out}/site/`;
  process.stdout.write(`built ${result.files.length} bulletin(s), ${docs} documents → ${where} in ${ms} ms\n`);
  const r = result.reuse;
  if (r.cachedParses || r.indexKept || r.pagesReused) {
    const parts = [
      `${r.cachedParses} of ${r.cachedParses + r.parsed} files unchanged (not parsed again)`,
      ...(dataOnly ? [] : [r.indexKept ? `the index of the published issues kept, ${r.segmentsBuilt} indexed` : `${r.segmentsBuilt} of ${r.segmentsBuilt + r.cachedSegments} issues indexed`, `pages of ${r.pagesRendered} issue(s) rendered, ${r.pagesReused} linked`]),
    ];
    process.stdout.write(`reused: ${parts.join('; ')} (--full builds everything again)\n`);
  }
  if (result.leftOut.length) process.stderr.write(`left out with errors: ${result.leftOut.join(', ')}\n`);
  if (result.messages.some((m) => m.severity === 'error')) return EXIT.partial;
  return EXIT.ok;
}
