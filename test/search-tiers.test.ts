/**
 * The index in tiers (pipeline/index/tiers.ts): a build that adds an issue keeps the previous
 * index's large tier (its files linked, not written) and writes the new issue in a small tier; a
 * changed issue is marked deleted in the large tier and found in its new version; too many changes,
 * or changed code, merge everything into one tier. Searches read both tiers as one index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { writeSearchIndex } from '../pipeline/index/write.ts';
import { diskFetcher } from '../pipeline/index/local.ts';
import { SearchClient } from '../core/search/client.ts';
import type { Manifest } from '../core/search/format.ts';
import type { BulletinFile } from '../schema/output.ts';

let dir: string;
let seed: BulletinFile;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongbao-tiers-'));
  seed = (await build({ corpus: join(import.meta.dirname, '..', 'corpus'), out: join(dir, 'out'), dataOnly: true })).files[0]!;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The seed as the issue of a year: its own bulletin id and dates. */
function issue(year: number): BulletinFile {
  const file = structuredClone(seed);
  file.bulletin.id = `copy-${year}`;
  for (const d of file.bulletin.children) d.date = `${year}${d.date.slice(4)}`;
  return file;
}

const manifest = async (site: string) => JSON.parse(await readFile(join(site, 'search', 'manifest.json'), 'utf8')) as Manifest;
const open = (site: string) => SearchClient.open(diskFetcher(site));

describe('tiers', () => {
  it('keeps the large tier when an issue is added, and searches both as one index', async () => {
    const cacheDir = join(dir, 'cache');
    const first = join(dir, 'site-1');
    const stats1 = await writeSearchIndex([issue(2020), issue(2021)], first, { cacheDir });
    expect(stats1).toMatchObject({ built: 2, kept: false });
    expect((await manifest(first)).tiers.length).toBe(1);

    const second = join(dir, 'site-2');
    const stats2 = await writeSearchIndex([issue(2020), issue(2021), issue(2022)], second, { cacheDir, previous: join(first, 'search') });
    expect(stats2).toMatchObject({ cached: 2, built: 1, kept: true });
    const m = await manifest(second);
    expect(m.tiers.length).toBe(2);
    expect(m.tiers[0]).toEqual((await manifest(first)).tiers[0]);
    // The kept tier's files are the same files, linked.
    const chunk = m.tiers[0]!.terms[0]![1];
    expect((await stat(join(second, 'search', chunk))).ino).toBe((await stat(join(first, 'search', chunk))).ino);

    // The same answers as one tier written from scratch, the newest issue first among equals.
    const whole = join(dir, 'site-whole');
    await writeSearchIndex([issue(2020), issue(2021), issue(2022)], whole, { cacheDir });
    const [tiered, single] = await Promise.all([open(second), open(whole)]);
    expect(tiered.size).toBe(single.size);
    for (const q of ['攸惠贷 第十四条', '校车使用许可', '开饭店要办什么许可', '攸政办发〔2023〕1号', '风险补偿 资金', '消防 网格员 职责']) {
      const a = await tiered.search(q, { limit: 10 });
      const b = await single.search(q, { limit: 10 });
      expect(a.map((r) => `${r.bulletinId} ${r.id}`), q).toEqual(b.map((r) => `${r.bulletinId} ${r.id}`));
    }
    // Units equal in every respect (an article, a row: the same text in each issue) are one passage
    // (core/search/versions.ts): the newest issue's shown, the others with it, newest first.
    for (const q of ['攸惠贷 第十四条', '校车使用许可']) {
      const [first] = await tiered.search(q, { limit: 3 });
      expect(first?.bulletinId, q).toBe('copy-2022');
      expect(first?.versions?.map((v) => v.date.slice(0, 4)), q).toEqual(['2021', '2020']);
    }
    expect(await tiered.suggest('校车')).toEqual(await single.suggest('校车'));
  });

  it('marks a changed issue deleted in the large tier and finds its new version', async () => {
    const cacheDir = join(dir, 'cache-2');
    const first = join(dir, 'site-a');
    await writeSearchIndex([issue(2020), issue(2021)], first, { cacheDir });
    const changed = issue(2020);
    const doc = changed.bulletin.children[0]!;
    doc.title = `${doc.title}（修订版：示范性改动）`;
    const second = join(dir, 'site-b');
    const stats = await writeSearchIndex([changed, issue(2021)], second, { cacheDir, previous: join(first, 'search') });
    expect(stats.kept).toBe(true);
    const m = await manifest(second);
    expect(m.deleted.length).toBe(1);
    const client = await open(second);
    const found = await client.search('示范性改动', { limit: 5 });
    expect(found[0]?.bulletinId).toBe('copy-2020');
    expect(found[0]?.title).toContain('示范性改动');
    // The old version's units are not found twice.
    const all = await client.search('攸政办发〔2023〕1号', { limit: 10 });
    expect(all.filter((r) => r.type === 'document').length).toBe(2);
    // Its 离线保存 lists the new version's texts only.
    expect((await client.bulletinFiles('copy-2020')).every((f) => !f.includes(m.tiers[0]!.files))).toBe(true);
  });

  it('merges into one tier when the code changed or without a previous index', async () => {
    const cacheDir = join(dir, 'cache-3');
    const first = join(dir, 'site-x');
    await writeSearchIndex([issue(2020)], first, { cacheDir });
    const m = await manifest(first);
    // Another version of the code wrote it: nothing is kept.
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(first, 'search', 'manifest.json'), JSON.stringify({ ...m, code: 'older' }));
    const stats = await writeSearchIndex([issue(2020), issue(2021)], join(dir, 'site-y'), { cacheDir, previous: join(first, 'search') });
    expect(stats.kept).toBe(false);
    expect((await manifest(join(dir, 'site-y'))).tiers.length).toBe(1);
  });
});
