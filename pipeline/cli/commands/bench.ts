/** gongbao bench [--corpus DIR] [--queries FILE] [--seed N] [--substrings N] [--repeat N]: see pipeline/bench/run.ts. */
import { runBench } from '../../bench/run.ts';
import { option } from '../args.ts';

export async function run(args: string[]): Promise<number> {
  const number = (flag: string, fallback: number) => {
    const v = option(args, flag);
    const n = v === undefined ? fallback : Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number`);
    return n;
  };
  await runBench({
    corpus: option(args, '--corpus') ?? 'corpus',
    queries: option(args, '--queries') ?? 'test/queries.json',
    seed: number('--seed', 20230131),
    substrings: number('--substrings', 300),
    repeat: number('--repeat', 5),
    log: (line) => process.stdout.write(`${line}\n`),
  });
  return 0;
}
