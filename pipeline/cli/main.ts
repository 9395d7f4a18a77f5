/**
 * gongbao: the command line. Each command lives in its own module under commands/ and is loaded
 * only when asked for, so `gongbao search` does not pay for the PDF reader and vice versa.
 */
import { COMMANDS, HELP, usageOf } from './commands.ts';
import { UsageError } from './args.ts';
import { VERSION } from '../version.ts';

const [name, ...args] = process.argv.slice(2);

// Output piped into a reader that stops early (gongbao search … | head): stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

if (!name || name === '--help' || name === '-h' || name === 'help') {
  process.stdout.write(HELP);
  process.exit(name ? 0 : 1);
}
if (name === '--version') {
  process.stdout.write(`gongbao ${VERSION}\n`);
  process.exit(0);
}
const command = COMMANDS[name];
if (!command) {
  process.stderr.write(`gongbao: unknown command "${name}"\n\n${HELP}`);
  process.exit(2);
}
try {
  const mod = await command.load();
  process.exitCode = args.includes('--help') || args.includes('-h') ? (process.stdout.write(usageOf(name)), 0) : await mod.run(args);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`gongbao ${name}: ${error.message}\n${usageOf(name)}`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`gongbao ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    if ((process.env.GONGBAO_DEBUG || args.includes('--verbose')) && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
}
