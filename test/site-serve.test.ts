/**
 * The preview server serves the site folder and nothing outside it, whatever the request path
 * looks like; and `gongbao start` knows when the site is older than the corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resolveInside, serveSite, type SiteServer } from '../pipeline/site/serve.ts';
import { siteIsStale } from '../pipeline/site/stale.ts';
import { removeOutput } from '../pipeline/output.ts';

let dir: string;
let server: SiteServer;

/** A raw request: the path is sent exactly as given (no URL normalisation on the client side). */
function get(path: string, options: { method?: string; gzip?: boolean } = {}) {
  return new Promise<{ status: number; type: string; body: string; encoding: string }>((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.gzip ? { 'Accept-Encoding': 'gzip' } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const encoding = String(res.headers['content-encoding'] ?? '');
          done({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            body: (encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8'),
            encoding,
          });
        });
      },
    );
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongbao-serve-'));
  await mkdir(join(dir, 'site', 'doc'), { recursive: true });
  await writeFile(join(dir, 'site', 'index.html'), '<!doctype html><title>站点</title>');
  await writeFile(join(dir, 'site', 'doc', 'yzbf-2023-1.html'), '文件');
  await writeFile(join(dir, 'site', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'outside the site');
  await writeFile(join(dir, 'site-secret.txt'), 'next to the site');
  await symlink(join(dir, 'secret.txt'), join(dir, 'site', 'link.txt'));
  server = await serveSite(join(dir, 'site'));
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('preview server', () => {
  it('serves files with their types, and index.html for a folder', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.type).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('站点');
    expect((await get('/index.html?q=%E6%94%B8')).body).toContain('站点');
    expect((await get('/doc/yzbf-2023-1.html')).body).toBe('文件');
    expect((await get('/app.js')).type).toContain('text/javascript');
    const zipped = await get('/doc/yzbf-2023-1.html', { gzip: true });
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.body).toBe('文件');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/doc/../../secret.txt',
    '/doc/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/../site-secret.txt',
    '/%2e%2e/site-secret.txt',
    '/link.txt',
    '/%00index.html',
    '/index.html%00',
    '/%E0%A4%A',
    '//etc/passwd',
    '/missing.html',
  ])('refuses %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside the site');
    expect(res.body).not.toContain('next to the site');
  });

  it('answers an unchanged file with 304 when asked with its ETag', async () => {
    const first = await fetch(`${server.url}doc/yzbf-2023-1.html`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect((await fetch(`${server.url}doc/yzbf-2023-1.html`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await fetch(`${server.url}index.html`, { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('/index.html', { method: 'POST' })).status).toBe(405);
    const head = await get('/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('keeps resolved paths inside the root', () => {
    expect(resolveInside('/srv/site', '/a/b.html')).toBe('/srv/site/a/b.html');
    expect(resolveInside('/srv/site', '/a/')).toBe('/srv/site/a/index.html');
    // A sibling folder whose name starts like the root's is still outside it.
    expect(resolveInside('/srv/site', '/../site2/x')).toBeUndefined();
    expect(resolveInside('/srv/site', '/a/../../site/b')).toBe('/srv/site/b');
    expect(resolveInside('/srv/site', '/%2e%2e%2fsite2/x')).toBeUndefined();
  });
});

describe('site freshness', () => {
  it('is stale when missing or older than any corpus file, fresh otherwise', async () => {
    const root = await mkdtemp(join(tmpdir(), 'gongbao-stale-'));
    try {
      const corpus = join(root, 'corpus');
      const site = join(root, 'site');
      await mkdir(corpus);
      await writeFile(join(corpus, 'a.txt'), 'x');
      expect(await siteIsStale(corpus, site)).toBe(true);
      await mkdir(site);
      await writeFile(join(site, 'index.html'), '');
      const old = new Date(Date.now() - 60_000);
      await utimes(join(corpus, 'a.txt'), old, old);
      await utimes(corpus, old, old);
      expect(await siteIsStale(corpus, site)).toBe(false);
      const later = new Date(Date.now() + 60_000);
      await utimes(join(corpus, 'a.txt'), later, later);
      expect(await siteIsStale(corpus, site)).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('gongbao start', () => {
  const bin = join(import.meta.dirname, '..', 'bin', 'gongbao.mjs');

  function start(args: string[]) {
    const child = spawn(process.execPath, [bin, 'start', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const url = new Promise<string>((done, fail) => {
      child.stdout.on('data', () => {
        const m = /http:\/\/\S+\//.exec(stdout);
        if (m) done(m[0]);
      });
      void exit.then(() => fail(new Error(`exited: ${stderr}`)));
    });
    url.catch(() => undefined); // awaited only by the tests that expect a server
    return { child, url, exit, output: () => stdout + stderr };
  }

  it('serves a built site on a free port, prints its URL and stops on SIGTERM', async () => {
    const run = start(['--out', dir, '--corpus', dir, '--no-build', '--port', '0']);
    const url = await run.url;
    const res = await fetch(`${url}index.html`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('站点');
    expect((await fetch(`${url}..%2fsecret.txt`)).status).toBe(404);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
  });

  it('builds the seed when there is no site yet, then serves pages and the search index', async () => {
    const out = await mkdtemp(join(tmpdir(), 'gongbao-start-'));
    try {
      const run = start(['--out', out, '--corpus', join(import.meta.dirname, '..', 'corpus'), '--port', '0']);
      const url = await run.url;
      expect(run.output()).toContain('building');
      expect(await (await fetch(`${url}`)).text()).toContain('攸县人民政府公报');
      expect((await fetch(`${url}doc/yzbf-2023-1.html`)).status).toBe(200);
      expect(((await (await fetch(`${url}search/manifest.json`)).json()) as { units: number }).units).toBeGreaterThan(500);
      run.child.kill('SIGTERM');
      expect(await run.exit, run.output()).toBe(0);
      // Now fresh: a second start serves without building.
      const again = start(['--out', out, '--corpus', join(import.meta.dirname, '..', 'corpus'), '--port', '0']);
      await again.url;
      expect(again.output()).not.toContain('building');
      again.child.kill('SIGTERM');
      expect(await again.exit, again.output()).toBe(0);
    } finally {
      await removeOutput(out);
    }
  });

  it('says so when there is no site to serve, and rejects a bad port', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'gongbao-empty-'));
    try {
      const none = start(['--out', empty, '--no-build']);
      expect(await none.exit).toBe(1);
      expect(none.output()).toContain('no site in');
      const bad = start(['--out', dir, '--no-build', '--port', 'eighty']);
      expect(await bad.exit).toBe(2);
      expect(bad.output()).toContain('--port');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
