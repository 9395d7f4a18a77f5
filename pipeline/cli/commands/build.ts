import { build } from '../../build.ts';
import { formatMessage, summarize } from '../../messages.ts';
import { option } from '../args.ts';

export async function run(args: string[]): Promise<number> {
  const corpus = option(args, '--corpus') ?? 'corpus';
  const out = option(args, '--out') ?? 'dist';
  const quiet = args.includes('--quiet');
  const t = performance.now();
  const dataOnly = args.includes('--data-only');
  const result = await build({ corpus, out, dataOnly });
  for (const m of result.messages) {
    if (m.severity === 'info' && !args.includes('--verbose')) continue;
    if (quiet && m.severity !== 'error') continue;
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
