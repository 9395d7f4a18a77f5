/**
 * The preview server: serves the files of one folder (dist/site) and nothing else. Paths are
 * decoded, normalised and checked to stay inside the folder after symlinks are resolved, so
 * `/../package.json`, `%2e%2e%2f` or a link pointing out of the folder get a 404. Responses are
 * gzipped like a typical static host would, so measured page weights mean something.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface SiteServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The file a request path names inside root, or undefined when it names nothing there.
 * Pure path logic; the caller still checks the real path for symlinks.
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const base = resolve(root);
  const target = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (target !== base && !target.startsWith(base + sep)) return undefined;
  return decoded.endsWith('/') ? join(target, 'index.html') : target;
}

async function fileFor(root: string, realRoot: string, urlPath: string): Promise<string | undefined> {
  let path = resolveInside(root, urlPath);
  if (!path) return undefined;
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const real = await realpath(path);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}

/**
 * The file a request names, opened. The root is resolved for every request and the file looked up
 * under the folder it resolves to: dist/ is a link that a rebuild points to a new folder
 * (pipeline/output.ts), so each request is answered from one build, old or new, never a mix. When
 * a swap happens while a request is looked up (the old folder is removed after it), the lookup is
 * made once more from the new folder.
 */
async function openFor(root: string, urlPath: string): Promise<{ file: string; handle: FileHandle } | undefined> {
  for (let attempt = 0; ; attempt++) {
    const realRoot = await realpath(root).catch(() => undefined);
    if (!realRoot) return undefined;
    const file = await fileFor(realRoot, realRoot, urlPath);
    const swapped = async () => attempt === 0 && (await realpath(root).catch(() => realRoot)) !== realRoot;
    if (!file) {
      if (await swapped()) continue;
      return undefined;
    }
    try {
      return { file, handle: await open(file, 'r') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !(await swapped())) throw error;
    }
  }
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'method not allowed\n');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const opened = await openFor(root, url.pathname);
  if (!opened) {
    send(res, 404, 'not found\n');
    return;
  }
  const { file, handle } = opened;
  try {
    await respond(file, handle, req, res);
  } finally {
    await handle.close();
  }
}

async function respond(file: string, handle: FileHandle, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const info = await handle.stat();
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Revalidate every time (a rebuilt site shows at once) but cheaply: an unchanged file is a 304.
  const etag = `W/"${info.size.toString(16)}-${Math.round(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string | number> = {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  let body = await handle.readFile();
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !type.startsWith('image/png');
  if (gzip) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Serves root on host:port (port 0 picks a free one). */
export async function serveSite(root: string, options: { port?: number; host?: string } = {}): Promise<SiteServer> {
  const base = resolve(root);
  await realpath(base);
  const server: Server = createServer((req, res) => {
    handle(base, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `${error instanceof Error ? error.message : String(error)}\n`);
      else res.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
