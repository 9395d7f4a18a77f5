/**
 * gongbao start: builds the site when dist/site is missing or older than the corpus, then serves
 * dist/site on localhost (and nothing outside it) until Ctrl+C.
 */
import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatMessage, summarize } from '../../messages.ts';
import { serveSite, type SiteServer } from '../../site/serve.ts';
import { ensureBuilt } from '../../built.ts';
import { parseCommand, wholeNumber } from '../args.ts';

const spec = {
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    corpus: { type: 'string' },
    out: { type: 'string' },
    'no-build': { type: 'boolean' },
  },
} as const;

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
  const { values } = parseCommand(args, spec);
  const corpus = resolve(values.corpus ?? 'corpus');
  const out = resolve(values.out ?? 'dist');
  const host = values.host ?? '127.0.0.1';
  const port = values.port === undefined ? undefined : wholeNumber(values.port, '--port', 0, 0, 65535);
  const siteDir = join(out, 'site');

  if (!values['no-build']) {
    const result = await ensureBuilt({ out, corpus, need: 'site', ifStale: true, log: (line) => process.stderr.write(`${line}\n`) });
    if (result) {
      for (const m of result.messages) if (m.severity === 'error') process.stderr.write(`${formatMessage(m)}\n`);
      process.stderr.write(`${summarize(result.messages)}\n`);
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
