/** The build as the publishing office runs it: a corpus folder in, dist/ out, never a broken dist/. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { BulletinFile } from '../schema/output.ts';

const seed = new URL('../corpus/youxian-2023-01.txt', import.meta.url);

describe('gongbao build', () => {
  const root = mkdtempSync(join(tmpdir(), 'gongbao-build-'));
  const corpus = join(root, 'corpus');
  const out = join(root, 'dist');
  mkdirSync(corpus);
  copyFileSync(seed, join(corpus, 'youxian-2023-01.txt'));

  it('writes one schema-valid JSON per bulletin', async () => {
    const result = await build({ corpus, out, dataOnly: true });
    expect(result.written).toBe(true);
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const file = JSON.parse(readFileSync(join(out, 'data', 'youxian-2023-01.json'), 'utf8'));
    expect(BulletinFile.parse(file).bulletin.children).toHaveLength(7);
    expect(Object.keys(result.timings)).toEqual(expect.arrayContaining(['ingest', 'structure', 'tables', 'reconcile', 'json']));
  });

  it('names the file and line of bad input, leaves that file out and publishes the others; --strict publishes nothing', async () => {
    writeFileSync(join(corpus, 'broken.txt'), '这不是公报\n\n只是一些文字\ufffd\n');
    const strict = await build({ corpus, out, dataOnly: true, strict: true });
    expect(strict.written).toBe(false);
    expect(strict.refused).toMatch(/--strict: 1 error/);
    const result = await build({ corpus, out, dataOnly: true });
    expect(result.written).toBe(true);
    expect(result.leftOut).toEqual(['broken.txt']);
    expect(result.files.map((f) => f.bulletin.id)).toEqual(['youxian-2023-01']);
    expect(result.messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'broken.txt', severity: 'error', code: 'no-documents', line: 1 }),
        expect.objectContaining({ file: 'broken.txt', severity: 'warning', code: 'undecodable-characters', line: 3 }),
      ]),
    );
    // Nothing but the published link and its store beside the corpus: no temporary folder left.
    expect(readdirSync(root).sort()).toEqual(['.dist.builds', 'corpus', 'dist']);
    // The published build and the caches of the next one.
    expect(readdirSync(join(root, '.dist.builds')).filter((n) => n !== 'lock' && n !== 'cache')).toHaveLength(1);
    rmSync(join(corpus, 'broken.txt'));
  });

  it('skips files it cannot read with a warning', async () => {
    const other = join(root, 'corpus2');
    mkdirSync(other);
    copyFileSync(seed, join(other, 'youxian-2023-01.txt'));
    writeFileSync(join(other, 'notes.docx'), 'x');
    const result = await build({ corpus: other, out: join(root, 'dist2'), dataOnly: true });
    expect(result.written).toBe(true);
    expect(result.messages).toContainEqual(expect.objectContaining({ file: 'notes.docx', code: 'unsupported-file', severity: 'warning' }));
  });
});

describe('an output that cannot be written', () => {
  it('is an error naming the output, and leaves nothing behind', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gongbao-outfile-'));
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    copyFileSync(seed, join(corpus, 'youxian-2023-01.txt'));
    writeFileSync(join(root, 'dist'), 'a file where the output should go');
    await expect(build({ corpus, out: join(root, 'dist'), dataOnly: true })).rejects.toThrow(
      `cannot publish the build as ${join(root, 'dist')}: the output ${join(root, 'dist')} is a file, not a folder: remove it or choose another --out`,
    );
    expect(readFileSync(join(root, 'dist'), 'utf8')).toBe('a file where the output should go');
    // Only the parse cache of this corpus (the next build's head start) stays: no build, no temporary folder.
    expect(readdirSync(join(root, '.dist.builds'))).toEqual(['cache']);
  });
});

describe('a corpus with the same bulletin twice', () => {
  it('refuses both files, each naming the other, instead of letting one overwrite the other', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gongbao-dup-'));
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    copyFileSync(seed, join(corpus, 'youxian-2023-01.txt'));
    copyFileSync(seed, join(corpus, 'youxian-2023-01-revised.txt'));
    const result = await build({ corpus, out: join(root, 'dist'), dataOnly: true });
    const duplicate = result.messages.filter((m) => m.code === 'duplicate-bulletin');
    expect(duplicate).toEqual([
      expect.objectContaining({ file: 'youxian-2023-01-revised.txt', severity: 'error', message: expect.stringContaining('youxian-2023-01.txt is also bulletin youxian-2023-01') }),
      expect.objectContaining({ file: 'youxian-2023-01.txt', severity: 'error', message: expect.stringContaining('youxian-2023-01-revised.txt is also bulletin youxian-2023-01') }),
    ]);
    // Nothing else is left to publish.
    expect(result.written).toBe(false);
    expect(result.refused).toMatch(/no bulletin/);
  });

  it('keeps a document printed in two bulletins in the first and leaves it out of the later one, both places named', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gongbao-dupdoc-'));
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    copyFileSync(seed, join(corpus, 'youxian-2023-01.txt'));
    // Another issue reprinting the whole of 2023年第1期 (its cover says 第2期).
    writeFileSync(join(corpus, 'youxian-2023-02.txt'), readFileSync(seed, 'utf8').replaceAll('2023 年第 1 期', '2023 年第 2 期'));
    const result = await build({ corpus, out: join(root, 'dist'), dataOnly: true });
    expect(result.written).toBe(true);
    const duplicate = result.messages.filter((m) => m.code === 'duplicate-document');
    expect(duplicate).toHaveLength(7);
    expect(duplicate[0]).toMatchObject({ file: 'youxian-2023-02.txt', line: 27, message: expect.stringContaining('youxian-2023-01.txt:27') });
    expect(result.files.map((f) => f.bulletin.id)).toEqual(['youxian-2023-01']);
    expect(result.leftOut).toEqual(['youxian-2023-02.txt']);
  });
});
