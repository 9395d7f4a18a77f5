/** gongbao search: the terminal ranks as the page does, and a query set runs in one process. */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { removeOutput } from '../pipeline/output.ts';

const root = join(import.meta.dirname, '..');
let out: string;

function gongbao(args: string[], input?: string) {
  return spawnSync(process.execPath, [join(root, 'bin', 'gongbao.mjs'), ...args], { cwd: root, input, encoding: 'utf8' });
}

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'gongbao-cli-'));
  const result = await build({ corpus: join(root, 'corpus'), out, dataOnly: true });
  expect(result.written).toBe(true);
});

afterAll(async () => {
  await removeOutput(out);
});

describe('gongbao search', () => {
  it('answers one query per stdin line with one JSON array per line, writing the index when missing', () => {
    const run = gongbao(['search', '--json', '-', '--out', out], '攸政办发[2023]6号\n校车使用许可\n\n攸惠贷 第十四条\n');
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(out, 'site', 'search', 'manifest.json'))).toBe(true);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Array<Record<string, unknown>>);
    expect(lines).toHaveLength(4);
    expect(lines[0]![0]!.id).toBe('yzbf-2023-6');
    expect(lines[1]![0]).toMatchObject({ id: 'yzbf-2023-7/tbl_1/row_11', docNumber: '攸政办发〔2023〕7号', citation: '《攸县行政许可事项清单（2023年版）》一、序号11' });
    expect(Object.keys(lines[1]![0]!).sort()).toEqual(['citation', 'docNumber', 'id', 'score', 'text']);
    expect(lines[2]).toEqual([]);
    expect(lines[3]![0]!.id).toBe('yzbf-2023-1/art_14');
  });

  it('prints citations, highlighted snippets and deep links, and honours --limit', () => {
    const run = gongbao(['search', '校车使用许可', '--limit', '2', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('1. 《攸县行政许可事项清单（2023年版）》一、序号11');
    expect(run.stdout).toContain('【校车使用许可】');
    expect(run.stdout).toContain('#yzbf-2023-7/tbl_1/row_11');
    expect(run.stdout).not.toContain('\n3. ');
    // A word no result holds: said once above the list, not on each result.
    const noise = gongbao(['search', '消防', '网格员', '职责', '啵啵', '--limit', '5', '--out', out]);
    expect(noise.stdout).toMatch(/^结果均不含：啵啵\n\n1\. /);
    expect(noise.stdout).toContain('   缺少：');
    expect(noise.stdout).not.toMatch(/缺少：[^\n]*啵啵/);
    // An article found through its 项 (two of them: neither alone is the answer): the 项 under it, by
    // where they stand, with their matches and their links.
    const parts = gongbao(['search', '国有资产', '评估', '出租', '划转', '--limit', '1', '--out', out]);
    expect(parts.stdout).toContain('   ↳ 第（二）项：（二）发生重大资产调拨、【划转】的；  #yzbf-2023-6/art_28/item_2\n   ↳ 第（三）项：（三）资产处置、【出租】的；  #yzbf-2023-6/art_28/item_3\n');
    const [art] = JSON.parse(gongbao(['search', '国有资产 评估 出租 划转', '--limit', '1', '--json', '--out', out]).stdout) as Array<{ matchedParts: unknown }>;
    expect(art!.matchedParts).toEqual([
      { id: 'yzbf-2023-6/art_28/item_2', citation: '《攸县国有资产管理办法（试行）》（攸政办发〔2023〕6号）第二十八条第（二）项', snippet: '（二）发生重大资产调拨、划转的；' },
      { id: 'yzbf-2023-6/art_28/item_3', citation: '《攸县国有资产管理办法（试行）》（攸政办发〔2023〕6号）第二十八条第（三）项', snippet: '（三）资产处置、出租的；' },
    ]);
    // One 项 saying with the lead-in all the article says of the query is the answer itself, the article next.
    expect(gongbao(['search', '国有资产', '评估', '出租', '--limit', '1', '--out', out]).stdout).toContain('#yzbf-2023-6/art_28/item_3 ');
  });

  it('stops quietly when the reader of its output stops early (| head)', () => {
    // Enough output to fill the pipe after head has gone: the writes that follow meet a closed pipe.
    const queries = Array.from({ length: 150 }, (_, i) => (i % 2 ? '消防 网格 职责' : '国有资产 出租')).join('\n');
    const run = spawnSync('bash', ['-c', `set -o pipefail; node bin/gongbao.mjs search --json - --limit 20 --out "$OUT" | head -c 100 > /dev/null`], {
      cwd: root,
      input: queries,
      encoding: 'utf8',
      env: { ...process.env, OUT: out },
    });
    // (It may say that it builds the index first, when this test runs alone.)
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(run.status).toBe(0);
  });

  it('says why each result ranks where it does with --explain', () => {
    const run = gongbao(['search', '攸惠贷这个政策从哪天开始能申请', '--limit', '2', '--explain', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^read as: 攸惠贷 \(\d/);
    expect(run.stdout).toMatch(/why: part of the query · coverage 0\.\d\d · BM25 [\d.]+ · proximity [\d.]+ · answers ×1\.4/);
    const json = gongbao(['search', '校车使用许可', '--limit', '1', '--json', '--explain', '--out', out]);
    const [first] = JSON.parse(json.stdout) as Array<{ signals: { tier: number; credit: number[] } }>;
    expect(first!.signals).toMatchObject({ tier: 2, credit: [1] });
  });

  it('rejects a bad --limit and a missing query', () => {
    expect(gongbao(['search', '校车', '--limit', 'x', '--out', out]).status).toBe(2);
    expect(gongbao(['search', '--out', out]).status).toBe(2);
  });
});
