/**
 * gongbao: the command line. Each command lives in its own module under commands/ and is loaded
 * only when asked for, so `gongbao search` does not pay for the PDF reader and vice versa.
 */
import { HELP, COMMANDS } from './commands.ts';

const [name, ...args] = process.argv.slice(2);

if (!name || name === '--help' || name === '-h' || name === 'help') {
  process.stdout.write(HELP);
  process.exit(name ? 0 : 1);
}
if (name === '--version') {
  process.stdout.write('gongbao 0.1.0\n');
  process.exit(0);
}
const command = COMMANDS[name];
if (!command) {
  process.stderr.write(`gongbao: unknown command "${name}"\n\n${HELP}`);
  process.exit(2);
}
try {
  const mod = (await command.load()) as { run(args: string[]): Promise<number> };
  process.exitCode = await mod.run(args);
} catch (error) {
  process.stderr.write(`gongbao ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.GONGBAO_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}
