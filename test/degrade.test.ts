/**
 * Degrade, don't fail, piece by piece: the schema check that turns a misplaced node into a
 * paragraph, unique ids, crashes reported per file, the cap on repeated messages, and bulletin
 * ids from the content.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkUnique, finish, readBulletin, Stages, type Crash } from '../pipeline/build.ts';
import { Messages, MAX_SIMILAR, summarize } from '../pipeline/messages.ts';
import { ensureUniqueIds, validateBulletinFile } from '../pipeline/repair.ts';
import { TEXT_READER } from '../pipeline/ingest/readers.ts';
import { idFromCover, idFromFileName, placeOf } from '../pipeline/bulletin-id.ts';
import { SCHEMA_VERSION } from '../schema/output.ts';
import type { BulletinNode } from '../schema/tree.ts';
import { walk } from '../pipeline/walk.ts';
import { FIXTURES } from './fuzz/mutate.ts';
import { gongbao, ROOT } from './cli.ts';

const seedText = readFileSync(join(ROOT, 'corpus', 'youxian-2023-01.txt'), 'utf8');

async function bulletinOf(text: string, name = 'x.txt'): Promise<{ bulletin: BulletinNode; messages: Messages }> {
  const messages = new Messages();
  const bulletin = await readBulletin({ name, bytes: Buffer.from(text), reader: TEXT_READER }, messages, new Stages(), []);
  return { bulletin: bulletin!, messages };
}

describe('the schema check', () => {
  it('keeps a node that does not fit where it stands as a paragraph of its text, with a warning at its line', async () => {
    const { bulletin } = await bulletinOf(FIXTURES[0]!);
    const instrument = bulletin.children[0]!.children.find((c) => c.type === 'instrument')!;
    // An item straight under the instrument: the schema allows none there.
    const item = { id: 'yzbf-2024-1/item_9', type: 'item', label: '（九）', number: 9, text: '放错地方的项', position: { line: 31, endLine: 31 }, children: [] };
    (instrument.children as unknown[]).splice(1, 0, item);
    const messages = new Messages();
    const checked = validateBulletinFile({ schemaVersion: SCHEMA_VERSION, generatedBy: 'test', bulletin, messages: [] }, messages.reporter('x.txt', 'json'));
    expect(checked.ok).toBe(true);
    expect(instrument.children[1]).toEqual({ id: 'yzbf-2024-1/item_9', type: 'paragraph', text: '放错地方的项', position: { line: 31, endLine: 31 } });
    expect(messages.list).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'schema-violation', line: 31, message: expect.stringMatching(/^an item does not fit here \(bulletin\.children\.0\.children\.\d+\.children\.1\.type: Invalid discriminator value.*\); kept as a paragraph of its text$/) }),
    ]);
  });

  it('leaves out, with an error at its line, a node no paragraph may replace; what cannot be repaired names the line', async () => {
    const { bulletin } = await bulletinOf(FIXTURES[0]!);
    const doc = bulletin.children[0]!;
    (doc as { date: string }).date = '2024年3月1日';
    const messages = new Messages();
    const checked = validateBulletinFile({ schemaVersion: SCHEMA_VERSION, generatedBy: 'test', bulletin, messages: [] }, messages.reporter('x.txt', 'json'));
    expect(checked.ok).toBe(true);
    expect(bulletin.children).toEqual([]);
    expect(messages.list).toEqual([expect.objectContaining({ severity: 'error', code: 'schema-violation', line: doc.position.line, message: expect.stringContaining('bulletin.children.0.date') })]);

    const broken = await bulletinOf(FIXTURES[0]!);
    (broken.bulletin as { year: unknown }).year = 'two thousand';
    const failed = validateBulletinFile({ schemaVersion: SCHEMA_VERSION, generatedBy: 'test', bulletin: broken.bulletin, messages: [] }, () => {});
    expect(failed).toEqual({ ok: false, message: expect.stringContaining('bulletin.year'), line: broken.bulletin.position.line });
  });

  it('renames the later of two nodes with one id, its subtree with it', async () => {
    const { bulletin } = await bulletinOf(FIXTURES[0]!);
    const copy = structuredClone(bulletin.children[0]!);
    bulletin.children.push(copy);
    const messages = new Messages();
    expect(ensureUniqueIds(bulletin, messages.reporter('x.txt', 'build'))).toBe(1);
    expect(copy.id).toBe('yzbf-2024-1-dup2');
    const ids = [...walk(bulletin)].map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('yzbf-2024-1-dup2/art_3/item_2');
    expect(messages.list[0]).toMatchObject({ code: 'duplicate-id', message: 'yzbf-2024-1 was given to two nodes; this one is yzbf-2024-1-dup2' });
  });
});

describe('a crash', () => {
  it('in one file is reported as an internal error of that file, with its stage and stack', async () => {
    const messages = new Messages();
    const crashes: Crash[] = [];
    const reader = { ...TEXT_READER, read: () => (undefined as unknown as { lines: string[] }).lines as never };
    const b = await readBulletin({ name: 'bad.txt', bytes: Buffer.from('x'), reader }, messages, new Stages(), crashes);
    expect(b).toBeUndefined();
    expect(messages.list).toEqual([expect.objectContaining({ file: 'bad.txt', severity: 'error', code: 'internal-error', message: expect.stringMatching(/^gongbao crashed on this file in its ingest stage \(Cannot read properties of undefined/) })]);
    expect(crashes[0]).toMatchObject({ file: 'bad.txt', stage: 'ingest', stack: expect.stringContaining('TypeError') });
  });

  it('in the link stage is traced to its bulletin, which is left out while the others are linked', async () => {
    const good = await bulletinOf(FIXTURES[0]!, 'good.txt');
    const bad = await bulletinOf(FIXTURES[1]!.replaceAll('2024 年第 2 期', '2024 年第 3 期').replaceAll('〔2024〕2号', '〔2024〕9号'), 'bad.txt');
    // A text that is not a string, nor can be made one: the link stage cannot scan it.
    const paragraph = [...walk(bad.bulletin)].find((n) => n.type === 'paragraph')!;
    (paragraph as { text: unknown }).text = Symbol('not a text');
    const messages = new Messages();
    const crashes: Crash[] = [];
    const { files } = await finish(checkUnique([good.bulletin, bad.bulletin], messages), messages, new Stages(), crashes, {});
    expect(files.map((f) => f.bulletin.file)).toEqual(['good.txt']);
    expect(messages.list.filter((m) => m.code === 'internal-error')).toEqual([expect.objectContaining({ file: 'bad.txt', stage: 'link', message: expect.stringContaining('in its link stage') })]);
    expect(crashes).toHaveLength(1);
  });

  it('through the command line: the file is named, the stack printed with --verbose, the others built, exit code 3', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gongbao-crash-'));
    mkdirSync(join(root, 'corpus'));
    writeFileSync(join(root, 'corpus', 'youxian-2023-01.txt'), seedText);
    writeFileSync(join(root, 'corpus', 'youxian-2024-02.txt'), FIXTURES[0]!);
    const args = ['build', '--corpus', join(root, 'corpus'), '--out', join(root, 'dist'), '--data-only'];
    const quiet = await gongbao(args, { env: { GONGBAO_TEST_CRASH: 'youxian-2024-02.txt' } });
    expect(quiet.code).toBe(3);
    expect(quiet.stderr).toContain('youxian-2024-02.txt: error: gongbao crashed on this file in its build stage (GONGBAO_TEST_CRASH: a crash on youxian-2024-02.txt); the file is left out (--verbose prints the stack) [internal-error]');
    expect(quiet.stderr).not.toMatch(/at readBulletin/);
    expect(quiet.stdout).toMatch(/built 1 bulletin\(s\), 7 documents/);
    const verbose = await gongbao([...args, '--verbose'], { env: { GONGBAO_TEST_CRASH: 'youxian-2024-02.txt' } });
    expect(verbose.stderr).toMatch(/youxian-2024-02\.txt: the crash in its build stage:\nTypeError: GONGBAO_TEST_CRASH[^\n]*\n\s+at readBulletin/);
  });
});

describe('messages repeated without end', () => {
  it('are kept 50 times per file and code, the rest counted in one "…and N more like this"', () => {
    const messages = new Messages();
    const report = messages.reporter('x.txt', 'structure');
    for (let i = 1; i <= 1000; i++) report('warning', 'duplicate-number', `第二条 is printed again (${i})`, { line: i });
    messages.reporter('y.txt', 'structure')('warning', 'duplicate-number', 'once', { line: 1 });
    const list = messages.list;
    expect(list).toHaveLength(MAX_SIMILAR + 2);
    expect(list.at(-1)).toEqual({ severity: 'warning', code: 'duplicate-number', message: '…and 950 more like this, the first of them at line 51', file: 'x.txt', line: 51, stage: 'structure', omitted: 950 });
    expect(summarize(list)).toBe('1001 messages: 1001 warning duplicate-number');
    // Added to another list, the count carries over.
    const other = new Messages();
    other.addAll(list);
    expect(other.list).toEqual(list);
  });
});

describe('bulletin ids from the content', () => {
  it('come from the cover: place (without 公报 and 人民政府) as pinyin, year, issue', async () => {
    expect(await idFromCover({ title: '攸县人民政府公报', issuer: '攸县人民政府办公室', year: 2023, issue: 1 })).toBe('youxian-2023-01');
    expect(await idFromCover({ title: '长沙县人民政府公报', issuer: '', year: 2024, issue: 12 })).toBe('changshaxian-2024-12');
    expect(await idFromCover({ title: '长沙市人民政府公报', issuer: '', year: 2024, issue: 12 })).toBe('changshashi-2024-12');
    expect(await idFromCover({ title: '株洲市天元区人民政府公报', issuer: '', year: 2024, issue: 3 })).toBe('zhuzhoushitianyuanqu-2024-03');
    expect(await idFromCover({ title: '国务院公报', issuer: '国务院办公厅', year: 2023, issue: 101 })).toBe('guowuyuan-2023-101');
    expect(await idFromCover({ title: '政府公报', issuer: '吕梁市人民政府办公室', year: 2023, issue: 2 })).toBe('lvliangshi-2023-02');
    expect(await idFromCover({ title: '攸县人民政府公报', issuer: '', year: 0, issue: 0 })).toBeUndefined();
    expect(placeOf('湖南省人民代表大会常务委员会公报')).toBe('湖南省人民代表大会常务委员会');
  });

  it('fall back to the file name, in ASCII, never empty or only hyphens', async () => {
    expect(await idFromFileName('攸县公报 2024 第1期')).toBe('youxiangongbao-2024-di1qi');
    expect(await idFromFileName('youxian-2023-01')).toBe('youxian-2023-01');
    expect(await idFromFileName('新建 文本文档 (2)')).toBe('xinjian-wenbenwendang-2');
    expect(await idFromFileName('——')).toMatch(/^bulletin-[0-9a-f]{8}$/);
    expect(await idFromFileName(' ')).toMatch(/^bulletin-[0-9a-f]{8}$/);
    expect((await idFromFileName('攸'.repeat(300))).length).toBeLessThanOrEqual(64);
  });
});
