/**
 * gongbao start: builds the site when dist/site is missing or older than the corpus, then serves
 * dist/site on localhost (and nothing outside it) until Ctrl+C.
 */
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from '../../build.ts';
import { formatMessage, summarize } from '../../messages.ts';
import { serveSite, type SiteServer } from '../../site/serve.ts';
import { siteIsStale } from '../../site/stale.ts';
import { option } from '../args.ts';

const DEFAULT_PORT = 8080;

async function listen(siteDir: string, host: string, port: number | undefined): Promise<SiteServer> {
  try {
    return await serveSite(siteDir, { host, port: port ?? DEFAULT_PORT });
  } catch (error) {
    // The default port being taken is no reason to fail: take any free one. An asked-for port is.
    if (port === undefined && (error as NodeJS.ErrnoException).code === 'EADDRINUSE') return serveSite(siteDir, { host, port: 0 });
    throw error;
  }
}

export async function run(args: string[]): Promise<number> {
  const corpus = resolve(option(args, '--corpus') ?? 'corpus');
  const out = resolve(option(args, '--out') ?? 'dist');
  const host = option(args, '--host') ?? '127.0.0.1';
  const portArg = option(args, '--port');
  const port = portArg === undefined ? undefined : Number(portArg);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) {
    process.stderr.write(`gongbao start: --port needs a number from 0 to 65535, got "${portArg}"\n`);
    return 2;
  }
  const siteDir = join(out, 'site');

  if (!args.includes('--no-build') && (await siteIsStale(corpus, siteDir))) {
    process.stderr.write(`building ${siteDir} from ${corpus} …\n`);
    const result = await build({ corpus, out });
    for (const m of result.messages) if (m.severity === 'error') process.stderr.write(`${formatMessage(m)}\n`);
    process.stderr.write(`${summarize(result.messages)}\n`);
    if (!result.written) {
      process.stderr.write('gongbao start: the build failed; run `gongbao build` for the details\n');
      return 1;
    }
  }
  try {
    await access(join(siteDir, 'index.html'));
  } catch {
    process.stderr.write(`gongbao start: no site in ${siteDir} (run \`gongbao build\`)\n`);
    return 1;
  }

  const server = await listen(siteDir, host, port);
  // Listen for the stop signal before printing the URL: a script that reads the URL may stop us at once.
  const stopped = new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  process.stdout.write(`serving ${siteDir}\n${server.url}\n(Ctrl+C to stop)\n`);
  await stopped;
  await server.close();
  return 0;
}
