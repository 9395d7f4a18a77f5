/**
 * `gongbao add` as a user runs it, on temporary corpora: a downloaded file lands under its bulletin
 * id, a bulletin already there is refused (replaced with --replace), bad files are named with their
 * reasons while the good ones are added, a 文号 already in another bulletin is reported, --dry-run
 * copies nothing. And progress.ts: silent off a terminal, counts on one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { BIN, gongbao, ROOT } from './cli.ts';
import { createProgress, progressLine } from '../pipeline/progress.ts';

const SEED = join(ROOT, 'corpus', 'youxian-2023-01.txt');
const SEED_DOCS = ['攸政办发〔2023〕1号', '攸政办发〔2023〕2号', '攸政办发〔2023〕4号', '攸政办发〔2023〕6号', '攸政办发〔2023〕7号', '攸政办发〔2023〕8号', '攸政办发〔2023〕9号'];
let root: string;
let n = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gongbao-add-'));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A fresh folder with a corpus/ inside (holding these files) and the given files beside it. */
function workspace(corpus: Record<string, string | Uint8Array> = {}, beside: Record<string, string | Uint8Array> = {}): { dir: string; corpus: string } {
  const dir = join(root, `w${n++}`);
  mkdirSync(join(dir, 'corpus'), { recursive: true });
  for (const [name, content] of Object.entries(corpus)) writeFileSync(join(dir, 'corpus', name), content);
  for (const [name, content] of Object.entries(beside)) writeFileSync(join(dir, name), content);
  return { dir, corpus: join(dir, 'corpus') };
}

const listing = (dir: string) => readdirSync(dir).sort();
const both = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;

const COVER = (year: number, issue: number) => `攸县人民政府公报\n\n攸县人民政府办公室\n\n${year} 年第 ${issue} 期\n\n`;
const notice = (docNumber: string, title: string, date: string) =>
  `${docNumber}\n\n攸县人民政府办公室关于印发《${title}》的通知\n\n各乡镇人民政府：\n\n现将《${title}》印发给你们。\n\n攸县人民政府办公室\n\n${date}\n\n${title}\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法自印发之日起施行。\n\n`;

describe('gongbao add', () => {
  it('adds a downloaded file under its bulletin id and lists its documents; again is refused, --replace replaces', async () => {
    const w = workspace();
    copyFileSync(SEED, join(w.dir, 'download (3).txt'));
    const first = await gongbao(['add', 'download (3).txt', '--corpus', 'corpus'], { cwd: w.dir });
    expect(first.code, both(first)).toBe(0);
    expect(listing(w.corpus)).toEqual(['youxian-2023-01.txt']);
    expect(readFileSync(join(w.corpus, 'youxian-2023-01.txt'))).toEqual(readFileSync(SEED));
    expect(first.stdout).toContain('bulletin youxian-2023-01 (攸县人民政府公报 2023 年第 1 期), 7 documents');
    for (const doc of SEED_DOCS) expect(first.stdout).toContain(`  ${doc}  攸县人民政府办公室`);
    expect(first.stdout).toMatch(/12 warnings, 0 errors/);
    expect(first.stderr).toContain('download (3).txt:445: warning: 附件3');
    expect(first.stdout).toContain('run `gongbao build` (or `npm run build`) to publish it');

    const again = await gongbao(['add', 'download (3).txt', '--corpus', 'corpus'], { cwd: w.dir });
    expect(again.code, both(again)).toBe(1);
    expect(again.stderr).toContain('refused download (3).txt: the corpus already holds bulletin youxian-2023-01');
    expect(again.stderr).toContain('--replace');

    // The same bulletin under another name in the corpus is found by its cover, and --replace removes it.
    rmSync(join(w.corpus, 'youxian-2023-01.txt'));
    copyFileSync(SEED, join(w.corpus, 'old name.md'));
    const hidden = await gongbao(['add', 'download (3).txt', '--corpus', 'corpus'], { cwd: w.dir });
    expect(hidden.code, both(hidden)).toBe(1);
    expect(hidden.stderr).toMatch(/already holds bulletin youxian-2023-01.*old name\.md/);
    expect(listing(w.corpus)).toEqual(['old name.md']);
    const replaced = await gongbao(['add', 'download (3).txt', '--corpus', 'corpus', '--replace', '--quiet'], { cwd: w.dir });
    expect(replaced.code, both(replaced)).toBe(0);
    expect(replaced.stdout).toContain('replacing corpus/old name.md');
    expect(replaced.stdout).not.toContain(SEED_DOCS[0]);
    expect(listing(w.corpus)).toEqual(['youxian-2023-01.txt']);

    // A file already in the corpus under another name is renamed, not doubled.
    renameSync(join(w.corpus, 'youxian-2023-01.txt'), join(w.corpus, 'Download.TXT'));
    const moved = await gongbao(['add', 'corpus/Download.TXT', '--quiet'], { cwd: w.dir });
    expect(moved.code, both(moved)).toBe(0);
    expect(moved.stdout).toContain('added corpus/Download.TXT as corpus/youxian-2023-01.txt (renamed from corpus/Download.TXT)');
    expect(listing(w.corpus)).toEqual(['youxian-2023-01.txt']);
  });

  it('refuses a binary file, an empty file and a text that is no bulletin, naming each and why, and adds the good one beside them (exit 3)', async () => {
    const w = workspace({}, {
      'scan.txt': Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0])]),
      'empty.txt': '',
      'prose.txt': '今天天气很好。\n\n这不是一份公报，也没有发文字号。\n',
      'good.txt': readFileSync(SEED),
    });
    const r = await gongbao(['add', 'scan.txt', 'empty.txt', 'good.txt', 'prose.txt', '--corpus', 'corpus'], { cwd: w.dir });
    expect(r.code, both(r)).toBe(3);
    expect(listing(w.corpus)).toEqual(['youxian-2023-01.txt']);
    expect(r.stderr).toContain('scan.txt: error: this is a PDF file, not a text rendition');
    expect(r.stderr).toMatch(/refused scan\.txt: not a bulletin with documents \(binary-file\)/);
    expect(r.stderr).toContain('empty.txt: error: the file is empty (0 bytes) [empty-file]');
    expect(r.stderr).toMatch(/refused empty\.txt: .*empty-file/);
    expect(r.stderr).toMatch(/prose\.txt:1: error: no document found/);
    expect(r.stderr).toMatch(/refused prose\.txt: .*no-documents/);
    expect(r.stderr).toContain('3 files refused, nothing copied for them: scan.txt, empty.txt, prose.txt');
    expect(r.stdout).toContain('added good.txt as corpus/youxian-2023-01.txt');

    const none = await gongbao(['add', 'empty.txt', 'prose.txt', '--corpus', 'corpus'], { cwd: w.dir });
    expect(none.code, both(none)).toBe(1);
    expect(listing(w.corpus)).toEqual(['youxian-2023-01.txt']);
  });

  it('refuses two given files of one bulletin, both named, and copies neither', async () => {
    const text = COVER(2024, 5) + notice('攸政办发〔2024〕3号', '攸县测试办法', '2024年5月3日');
    const w = workspace({}, { 'a.txt': text, 'b.md': text });
    const r = await gongbao(['add', 'a.txt', 'b.md', '--corpus', 'corpus'], { cwd: w.dir });
    expect(r.code, both(r)).toBe(1);
    expect(r.stderr).toContain('refused a.txt: b.md is also bulletin youxian-2024-05');
    expect(r.stderr).toContain('refused b.md: a.txt is also bulletin youxian-2024-05');
    expect(listing(w.corpus)).toEqual([]);
  });

  it('reports a 文号 already in another bulletin, with its dates and the file the build keeps it in; --dry-run copies nothing', async () => {
    const w = workspace(
      { 'youxian-2024-01.txt': COVER(2024, 1) + notice('攸政办发〔2024〕1号', '攸县旧办法', '2024年1月5日') },
      { 'new.txt': COVER(2024, 5) + notice('攸政办发〔2024〕1号', '攸县旧办法', '2024年5月1日') + notice('攸政办发〔2024〕3号', '攸县另一办法', '2024年5月3日') },
    );
    const dry = await gongbao(['add', 'new.txt', '--corpus', 'corpus', '--dry-run'], { cwd: w.dir });
    expect(dry.code, both(dry)).toBe(0);
    expect(dry.stderr).toContain(
      "攸政办发〔2024〕1号 is also in youxian-2024-01.txt (dated 2024-01-05); this file's version dated 2024-05-01 is newer: the build keeps it in youxian-2024-01.txt (first by name) and leaves it out of this file (youxian-2024-05.txt)",
    );
    expect(dry.stdout).toContain('would add new.txt as corpus/youxian-2024-05.txt (--dry-run: nothing copied)');
    expect(listing(w.corpus)).toEqual(['youxian-2024-01.txt']);
    expect(listing(w.dir)).toEqual(['corpus', 'new.txt']);

    // A file all of whose documents are in an earlier file would be left out whole by the build: refused.
    const w2 = workspace({ 'youxian-2024-01.txt': COVER(2024, 1) + notice('攸政办发〔2024〕1号', '攸县旧办法', '2024年1月5日') }, { 'copy.txt': COVER(2024, 7) + notice('攸政办发〔2024〕1号', '攸县旧办法', '2024年1月5日') });
    const whole = await gongbao(['add', 'copy.txt', '--corpus', 'corpus'], { cwd: w2.dir });
    expect(whole.code, both(whole)).toBe(1);
    expect(whole.stderr).toContain('refused copy.txt: every document of it is already in an earlier file of the corpus');
    expect(listing(w2.corpus)).toEqual(['youxian-2024-01.txt']);

    // One that would take every document of a later file (first by name wins) would make the build leave that file out: refused.
    const w3 = workspace({ 'youxian-2024-07.txt': COVER(2024, 7) + notice('攸政办发〔2024〕1号', '攸县旧办法', '2024年7月5日') }, { 'early.txt': COVER(2024, 5) + notice('攸政办发〔2024〕1号', '攸县旧办法', '2024年5月1日') + notice('攸政办发〔2024〕3号', '攸县另一办法', '2024年5月3日') });
    const emptied = await gongbao(['add', 'early.txt', '--corpus', 'corpus'], { cwd: w3.dir });
    expect(emptied.code, both(emptied)).toBe(1);
    expect(emptied.stderr).toContain('the build keeps it in this file (youxian-2024-05.txt, first by name) and leaves it out of youxian-2024-07.txt');
    expect(emptied.stderr).toContain('refused early.txt: youxian-2024-07.txt would lose every document to it');
    expect(listing(w3.corpus)).toEqual(['youxian-2024-07.txt']);
  });

  it('says what is wrong with the command line (exit 2)', async () => {
    const w = workspace();
    expect((await gongbao(['add', '--corpus', 'corpus'], { cwd: w.dir })).code).toBe(2);
    const missing = await gongbao(['add', 'x.txt', '--corpus', 'no-such-folder'], { cwd: w.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('there is no corpus folder no-such-folder');
    expect((await gongbao(['add', 'x.txt', '--force'], { cwd: w.dir })).code).toBe(2);
  });
});

describe('gongbao watch', () => {
  it('builds once, rebuilds when a file of the corpus changes (not for a dot file), and stops on Ctrl+C', async () => {
    const w = workspace({ 'youxian-2024-01.txt': COVER(2024, 1) + notice('攸政办发〔2024〕1号', '攸县旧办法', '2024年1月5日') });
    const child = spawn(process.execPath, [BIN, 'watch', '--corpus', 'corpus', '--out', 'out', '--debounce', '100'], { cwd: w.dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const builds = () => stdout.match(/^built /gm)?.length ?? 0;
    const until = async (what: () => boolean, label: string) => {
      for (let t = Date.now(); !what(); await new Promise((r) => setTimeout(r, 50))) {
        if (Date.now() - t > 60_000) throw new Error(`no ${label} in a minute:\n${stdout}\n${stderr}`);
      }
    };
    try {
      // stdout and stderr are two pipes: under load the one may be read before the other.
      await until(() => /watching corpus\/ for changes/.test(stderr) && builds() === 1, 'first build');
      expect(stdout).toMatch(/^built 1 bulletin\(s\), 1 documents → out\/data\/ and out\/site\//m);
      writeFileSync(join(w.corpus, 'youxian-2024-05.txt'), COVER(2024, 5) + notice('攸政办发〔2024〕3号', '攸县测试办法', '2024年5月3日'));
      await until(() => builds() === 2 && stderr.lastIndexOf('watching') > stderr.lastIndexOf('rebuilding'), 'rebuild');
      expect(stdout).toMatch(/^built 2 bulletin\(s\), 2 documents/m);
      // An editor's swap file (and gongbao add's temporary copy) is a dot file, which the build skips: no build.
      writeFileSync(join(w.corpus, '.editor.swp'), 'x');
      await new Promise((r) => setTimeout(r, 600));
      expect(builds()).toBe(2);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});

describe('progress', () => {
  const sink = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, stream: { isTTY, columns: 80, write: (s: string) => writes.push(s) } };
  };

  it('prints nothing where the output is not a terminal', () => {
    const { writes, stream } = sink(false);
    const p = createProgress({ total: 3, label: 'parsing', stream });
    p.tick('a.txt');
    p.tick('b.txt');
    p.tick('c.txt');
    p.done();
    expect(p.enabled).toBe(false);
    expect(writes).toEqual([]);
  });

  it('prints nothing under CI, even on a terminal', () => {
    const before = process.env.CI;
    process.env.CI = 'true';
    try {
      const { writes, stream } = sink(true);
      const p = createProgress({ total: 2, label: 'parsing', stream });
      p.tick();
      p.done();
      expect(writes).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.CI;
      else process.env.CI = before;
    }
  });

  it('on a terminal, rewrites one line with the counts and the time left, and clears it when done', () => {
    const { writes, stream } = sink(true);
    let clock = 0;
    const p = createProgress({ total: 4, label: 'parsing', stream, enabled: true, now: () => clock });
    clock = 1000;
    p.tick('a.txt');
    clock = 2000;
    p.tick('b.txt');
    clock = 2050; // within 100 ms of the last line: not printed
    p.tick('c.txt');
    clock = 2060;
    p.tick('d.txt'); // the last one always is
    p.done();
    expect(writes).toEqual(['\rparsing 0/4\x1b[K', '\rparsing 1/4 (ETA 3 s) a.txt\x1b[K', '\rparsing 2/4 (ETA 2 s) b.txt\x1b[K', '\rparsing 4/4 d.txt\x1b[K', '\r\x1b[K']);
    expect(progressLine('reading', 10, 100, 60_000)).toBe('reading 10/100 (ETA 9 min 0 s)');
  });
});
