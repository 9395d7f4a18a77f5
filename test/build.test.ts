/** The build as the publishing office runs it: a corpus folder in, dist/ out, never a broken dist/. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
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

  it('names the file and line of bad input and leaves the last good build in place', async () => {
    const before = readFileSync(join(out, 'data', 'youxian-2023-01.json'), 'utf8');
    writeFileSync(join(corpus, 'broken.txt'), '这不是公报\n\n只是一些文字\ufffd\n');
    const result = await build({ corpus, out, dataOnly: true });
    expect(result.written).toBe(false);
    expect(result.messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'broken.txt', severity: 'error', code: 'no-documents', line: 1 }),
        expect.objectContaining({ file: 'broken.txt', code: 'unreadable-line', line: 3 }),
      ]),
    );
    expect(readFileSync(join(out, 'data', 'youxian-2023-01.json'), 'utf8')).toBe(before);
    expect(readdirSync(root).sort()).toEqual(['corpus', 'dist']);
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

describe('a corpus with the same bulletin twice', () => {
  it('fails with both files named instead of letting one document overwrite the other', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gongbao-dup-'));
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    copyFileSync(seed, join(corpus, 'youxian-2023-01.txt'));
    copyFileSync(seed, join(corpus, 'youxian-2023-01-revised.txt'));
    const result = await build({ corpus, out: join(root, 'dist'), dataOnly: true });
    expect(result.written).toBe(false);
    const duplicate = result.messages.filter((m) => m.code === 'duplicate-document');
    expect(duplicate).toHaveLength(7);
    expect(duplicate[0]).toMatchObject({ file: 'youxian-2023-01.txt', line: 27, message: expect.stringContaining('youxian-2023-01-revised.txt:27') });
  });
});
