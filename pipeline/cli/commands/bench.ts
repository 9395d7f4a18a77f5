/** gongbao bench [--corpus DIR] [--queries FILE] [--seed N] [--substrings N] [--repeat N]: see pipeline/bench/run.ts. */
import { runBench } from '../../bench/run.ts';
import { parseCommand, wholeNumber } from '../args.ts';

const spec = {
  options: {
    corpus: { type: 'string' },
    queries: { type: 'string' },
    seed: { type: 'string' },
    substrings: { type: 'string' },
    repeat: { type: 'string' },
  },
} as const;

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommand(args, spec);
  await runBench({
    corpus: values.corpus ?? 'corpus',
    queries: values.queries ?? 'test/queries.json',
    seed: wholeNumber(values.seed, '--seed', 20230131),
    substrings: wholeNumber(values.substrings, '--substrings', 300),
    repeat: wholeNumber(values.repeat, '--repeat', 5),
    log: (line) => process.stdout.write(`${line}\n`),
  });
  return 0;
}
