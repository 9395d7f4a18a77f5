/**
 * Publishing: a build killed at any point leaves the live output as it was (or, once swapped, the
 * whole new one) and the next build removes what it left; builds of one output take turns; the
 * swap never leaves a moment without an output, for a reader of the files or a web server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { acquireLock, makeTemp, outputPaths, publish } from '../pipeline/output.ts';
import { serveSite } from '../pipeline/site/serve.ts';
import { BulletinFile } from '../schema/output.ts';
import { BIN, gongbao, ROOT } from './cli.ts';
import { FIXTURES } from './fuzz/mutate.ts';

const seedText = readFileSync(join(ROOT, 'corpus', 'youxian-2023-01.txt'), 'utf8');
const SMALL = (n: number) =>
  `攸县人民政府公报\n\n攸县人民政府办公室\n\n2024 年第 7 期\n\n攸政办发〔2024〕70号\n\n攸县人民政府办公室关于印发《攸县测试办法》的通知\n\n各乡镇人民政府：\n\n现将《攸县测试办法》印发给你们。第${n}次修订。\n\n攸县人民政府办公室\n\n2024年7月1日\n\n攸县测试办法\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法适用于本县。\n\n第三条 本办法自印发之日起施行。\n`;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gongbao-publish-'));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The published data files and their bytes. */
function snapshot(out: string): Record<string, string> {
  const dir = join(out, 'data');
  return Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

/** What the store beside an output holds but the caches the next build reuses (pipeline/output.ts). */
function builds(store: string): string[] {
  return readdirSync(store).filter((n) => n !== 'cache');
}

/** Starts a build that stops at `point` (GONGBAO_TEST_HALT), kills it there with SIGKILL, and resolves when it is dead. */
function killAt(args: string[], point: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, GONGBAO_TEST_HALT: point }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes(`halt ${point}\n`)) child.kill('SIGKILL');
    });
    child.on('error', fail);
    child.on('close', (code, signal) => (signal === 'SIGKILL' ? done() : fail(new Error(`the build did not stop at ${point} (exit ${code}): ${stderr}`))));
  });
}

/** Kills a build after `ms`, wherever it is then. */
function killAfter(args: string[], ms: number): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', fail);
    child.on('close', () => {
      clearTimeout(timer);
      done();
    });
  });
}

describe('a build killed with SIGKILL', () => {
  it('at any point leaves the live output whole (the old one, or after the swap the new one), and the next build cleans up', async () => {
    const corpus = join(root, 'kill-corpus');
    const out = join(root, 'kill-out');
    mkdirSync(corpus);
    // A small bulletin beside a fixed one: builds of a second or so, each point reached for sure.
    writeFileSync(join(corpus, 'youxian-2024-02.txt'), FIXTURES[0]!);
    writeFileSync(join(corpus, 'youxian-2024-07.txt'), SMALL(0));
    const args = ['build', '--corpus', corpus, '--out', out, '--data-only'];
    expect((await gongbao(args)).code).toBe(0);
    const store = join(root, '.kill-out.builds');
    let n = 0;
    for (const point of ['locked', 'parsed', 'written', 'renamed', 'linked', 'swapped']) {
      const before = snapshot(out);
      // The killed build would publish something else: the small bulletin changes each time.
      writeFileSync(join(corpus, 'youxian-2024-07.txt'), SMALL(++n));
      await killAt(args, point);
      const after = snapshot(out);
      if (point === 'swapped') {
        // Swapped before it died: the new build is live, and whole.
        expect(after['youxian-2024-07.json'], point).toContain(`第${n}次修订`);
        expect(after['youxian-2024-02.json'], point).toBe(before['youxian-2024-02.json']);
      } else {
        expect(after, point).toEqual(before);
      }
      for (const [name, text] of Object.entries(after)) if (name !== 'authorities.json') BulletinFile.parse(JSON.parse(text));
      // It left something: its lock (a dead pid), a temporary folder or a finished build nobody links.
      expect(builds(store).length, point).toBeGreaterThan(1);
      const next = await gongbao(args);
      expect(next.code, `${point}: ${next.stderr}`).toBe(0);
      expect(next.stderr).not.toMatch(/waiting/);
      // Nothing left but the build now published.
      expect(builds(store), point).toEqual([readlinkSync(out).split('/').pop()]);
      expect(snapshot(out)['youxian-2024-07.json'], point).toContain(`第${n}次修订`);
    }
    // Killed wherever it happens to be: with the seed in the corpus a build lasts long enough to be
    // caught reading, linking or writing.
    writeFileSync(join(corpus, 'youxian-2023-01.txt'), seedText);
    expect((await gongbao(args)).code).toBe(0);
    for (const ms of [300, 700, 1100]) {
      writeFileSync(join(corpus, 'youxian-2024-07.txt'), SMALL(++n));
      const before = snapshot(out);
      await killAfter(args, ms);
      const after = snapshot(out);
      const changed = after['youxian-2024-07.json'] !== before['youxian-2024-07.json'];
      // Either untouched, or the whole new build.
      expect(changed ? after['youxian-2024-07.json'] : before['youxian-2024-07.json'], `${ms} ms`).toContain(changed ? `第${n}次修订` : `第${n - 1}次修订`);
      expect((await gongbao(args)).code).toBe(0);
      expect(builds(store)).toHaveLength(1);
    }
  });

  it('the next build also removes the .dist.tmp-PID and dist.old-PID folders earlier versions left', async () => {
    const corpus = join(root, 'legacy-corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'youxian-2024-07.txt'), SMALL(1));
    const out = join(root, 'legacy-out');
    // An earlier gongbao's output: a plain folder, and what its killed builds left beside it.
    mkdirSync(join(out, 'data'), { recursive: true });
    mkdirSync(join(root, '.legacy-out.tmp-999999'));
    mkdirSync(join(root, 'legacy-out.old-999998'));
    const result = await build({ corpus, out, dataOnly: true });
    expect(result.written).toBe(true);
    expect(readdirSync(root).filter((n) => n.includes('legacy-out')).sort()).toEqual(['.legacy-out.builds', 'legacy-out']);
  });
});

describe('the lock on the output', () => {
  it('makes a second build wait, then name the build it waited for (pid, host, since when)', async () => {
    const corpus = join(root, 'lock-corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'youxian-2024-07.txt'), SMALL(1));
    const out = join(root, 'lock-out');
    const lock = await acquireLock(outputPaths(out), { waitMs: 0 });
    try {
      const t = performance.now();
      const lines: string[] = [];
      const result = await build({ corpus, out, dataOnly: true, waitMs: 700, log: (l) => lines.push(l) });
      expect(performance.now() - t).toBeGreaterThanOrEqual(650);
      expect(result.written).toBe(false);
      expect(result.refused).toBe(
        `another build holds ${outputPaths(out).lock}: pid ${process.pid} on ${hostname()} since ${lock.info.since}; waited 1 s (--wait). If no build is running there, remove that file.`,
      );
      expect(lines).toEqual([`waiting for the build of pid ${process.pid} on ${hostname()} (since ${lock.info.since}) to finish with ${out} …`]);
    } finally {
      await lock.release();
    }
    expect((await build({ corpus, out, dataOnly: true, waitMs: 0 })).written).toBe(true);
  });

  it('takes over the lock of a build that is gone (its pid dead, or reused by another process)', async () => {
    const corpus = join(root, 'stale-corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'youxian-2024-07.txt'), SMALL(1));
    const out = join(root, 'stale-out');
    const paths = outputPaths(out);
    mkdirSync(paths.store, { recursive: true });
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => dead.on('close', r));
    writeFileSync(paths.lock, JSON.stringify({ pid: dead.pid, host: hostname(), since: '2024-01-01T00:00:00.000Z' }));
    expect((await build({ corpus, out, dataOnly: true, waitMs: 0 })).written).toBe(true);
    // This very process's pid, but another process start time: the pid was reused.
    writeFileSync(paths.lock, JSON.stringify({ pid: process.pid, host: hostname(), since: '2024-01-01T00:00:00.000Z', start: '1' }));
    expect((await build({ corpus, out, dataOnly: true, waitMs: 0 })).written).toBe(true);
  });
});

describe('the swap', () => {
  it('never leaves a moment without the output: readers of the files and of the preview server see every request answered through 60 swaps', async () => {
    const corpus = join(root, 'swap-corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'youxian-2024-07.txt'), SMALL(1));
    const out = join(root, 'swap-out');
    expect((await build({ corpus, out })).written).toBe(true);
    const paths = outputPaths(out);
    const server = await serveSite(join(out, 'site'));
    let swapping = true;
    const misses = { fs: 0, http: 0 };
    const reads = { fs: 0, http: 0 };
    const fsReader = (async () => {
      while (swapping) {
        try {
          await readFile(join(out, 'site', 'index.html'));
          await readFile(join(out, 'data', 'youxian-2024-07.json'));
          reads.fs++;
        } catch {
          misses.fs++;
        }
      }
    })();
    // A GET on a kept-alive connection the server closed as idle at that moment (ECONNRESET: timers fire late on a
    // loaded machine) is sent again, as browsers resend an idempotent request; a miss is a failed answer to both.
    const get = async () => {
      try {
        return await fetch(`${server.url}index.html`);
      } catch {
        return await fetch(`${server.url}index.html`).catch(() => undefined);
      }
    };
    const httpReader = (async () => {
      while (swapping) {
        const r = await get();
        await r?.arrayBuffer();
        if (r?.status === 200) reads.http++;
        else misses.http++;
      }
    })();
    try {
      const lock = await acquireLock(paths, { waitMs: 0 });
      try {
        for (let i = 0; i < 60; i++) {
          const tmp = await makeTemp(paths);
          cpSync(join(root, readlinkSync(out)), tmp, { recursive: true });
          await publish(paths, tmp);
        }
      } finally {
        await lock.release();
      }
    } finally {
      swapping = false;
      await Promise.all([fsReader, httpReader]);
      await server.close();
    }
    expect(reads.fs).toBeGreaterThan(60);
    expect(reads.http).toBeGreaterThan(20);
    expect(misses).toEqual({ fs: 0, http: 0 });
    // Each swap copies a whole output (about 6,000 files, most of them the search index's) while two
    // readers spin: 85–120 s on this 2-core machine, more when it is shared. The test is about what
    // the readers see, not how fast, so its limit is generous.
  }, 360_000);
});
