/** `gongbao build`: the whole pipeline for a corpus folder, written atomically to <out>/. */
import { build } from '../../build.ts';
import { formatMessage, summarize } from '../../messages.ts';
import { isoDateOption, parseCommand, UsageError } from '../args.ts';

const spec = {
  options: {
    corpus: { type: 'string' },
    out: { type: 'string' },
    'data-only': { type: 'boolean' },
    'as-of': { type: 'string' },
    verbose: { type: 'boolean' },
    quiet: { type: 'boolean' },
  },
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
  const t = performance.now();
  const result = await build({ corpus, out, dataOnly, asOf });
  for (const m of result.messages) {
    if (m.severity === 'info' && !values.verbose) continue;
    if (values.quiet && m.severity !== 'error') continue;
    process.stderr.write(`${formatMessage(m)}\n`);
  }
  const ms = Math.round(performance.now() - t);
  const docs = result.files.reduce((n, f) => n + f.bulletin.children.length, 0);
  process.stderr.write(`${summarize(result.messages)}\n`);
  if (!result.written) {
    process.stderr.write(`build failed: nothing written, the previous build in ${out}/ is unchanged\n`);
    return 1;
  }
  const where = dataOnly ? `${out}/data/` : `${out}/data/ and ${out}/site/`;
  process.stdout.write(`built ${result.files.length} bulletin(s), ${docs} documents → ${where} in ${ms} ms\n`);
  return 0;
}
