/**
 * The same corpus gives the same bytes whatever day the build runs: the tree keeps validity dates,
 * and statuses (施行中 / 已失效) are computed where they are shown; a build given a date (--as-of,
 * SOURCE_DATE_EPOCH) writes them for that date only.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from '../pipeline/build.ts';
import { asOfDate } from '../pipeline/cli/commands/build.ts';

const CORPUS = join(import.meta.dirname, '..', 'corpus');
let dir: string;

async function files(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(relative(root, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  }
  return out;
}

async function buildOn(day: string, out: string, asOf?: string) {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${day}T09:30:00Z`) });
  try {
    const result = await build({ corpus: CORPUS, out: join(dir, out), asOf });
    expect(result.written).toBe(true);
  } finally {
    vi.useRealTimers();
  }
  return files(join(dir, out));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongbao-repro-'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('reproducible builds', () => {
  it('writes identical files (data, index, pages, scripts) when built on two different days', async () => {
    // 攸政办发〔2023〕8号 applies to 2024 only: in force on the first day, expired on the second.
    const first = await buildOn('2024-03-01', 'a');
    const second = await buildOn('2026-12-01', 'b');
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([path, bytes]) => !bytes.equals(second.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(50);
    const data = JSON.parse(first.get(join('data', 'youxian-2023-01.json'))!.toString('utf8')) as object;
    expect(JSON.stringify(data)).not.toMatch(/"status":|"asOf":/);
  });

  it('writes the statuses for the date it is given, and only then', async () => {
    const dated = await buildOn('2026-12-01', 'c', '2024-03-01');
    const text = dated.get(join('data', 'youxian-2023-01.json'))!.toString('utf8');
    expect(text).toContain('"status":"施行中","asOf":"2024-03-01"');
    expect(asOfDate(undefined, {})).toBeUndefined();
    expect(asOfDate(undefined, { SOURCE_DATE_EPOCH: '1709251200' })).toBe('2024-03-01');
    expect(asOfDate('2024-06-30', { SOURCE_DATE_EPOCH: '1709251200' })).toBe('2024-06-30');
    expect(() => asOfDate('2024-02-30', {})).toThrow(/YYYY-MM-DD/);
  });
});
