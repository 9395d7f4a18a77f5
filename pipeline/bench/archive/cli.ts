/**
 * Entry of the archive scripts (run with tsx):
 *   npm run archive -- --bulletins N [--out DIR] [--seed N]        → cli.ts generate …
 *   npm run bench:archive -- --sizes 1,50,500 [...]               → cli.ts bench …
 * The modules themselves only export functions, so the CLI bundle or a test can import them.
 */
import { archiveMain } from './generate.ts';
import { benchMain } from './run.ts';

const [command, ...args] = process.argv.slice(2);
const main = command === 'generate' ? archiveMain : command === 'bench' ? benchMain : undefined;
if (!main) {
  process.stderr.write('usage: tsx pipeline/bench/archive/cli.ts generate|bench [options]\n');
  process.exit(2);
}
main(args).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${command === 'generate' ? 'archive' : 'bench:archive'}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
