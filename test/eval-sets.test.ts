/**
 * The blind query sets of test/eval/ hold together against the tree the seed builds to (with the
 * bulletins of test/eval/bulletins/, which sets over a bulletin never tuned on are written for): every
 * expected id exists and is a search unit, ids are unique across the sets and carry their kind, a
 * `none` query expects nothing and every other query something. No search runs here: the held-out
 * sets are only read for their ids, never scored (npm run bench scores them).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { removeOutput } from '../pipeline/output.ts';
import { walk } from '../pipeline/walk.ts';

interface EvalQuery {
  id: string;
  query: string;
  kind: string;
  expected: string[];
}

/** Each set, the id prefix of its queries, and whether it lists tables (the second set's writer did). */
const SETS = [
  { file: 'queries-dev.json', prefix: '', tables: false },
  { file: 'queries-test.json', prefix: '', tables: false },
  { file: 'queries-dev2.json', prefix: 'd2', tables: true },
  { file: 'queries-test2.json', prefix: 'x2', tables: false },
  { file: 'queries-test3.json', prefix: 'x3', tables: false },
  { file: 'queries-dev3.json', prefix: 'd3', tables: false },
  { file: 'queries-test4.json', prefix: 'x4', tables: false },
  { file: 'queries-test5.json', prefix: 'x5', tables: false },
  { file: 'queries-dev4.json', prefix: 'd4', tables: false },
  { file: 'queries-test6.json', prefix: 'x6', tables: false },
  { file: 'queries-test7.json', prefix: 'x7', tables: false },
  { file: 'queries-test8.json', prefix: 'x8', tables: false },
  { file: 'queries-test9.json', prefix: 'x9', tables: false },
  { file: 'queries-test10.json', prefix: 'xa', tables: false },
  { file: 'queries-test11.json', prefix: 'xb', tables: false },
  { file: 'queries-test12.json', prefix: 'xc', tables: false },
  { file: 'queries-test13.json', prefix: 'xd', tables: false },
  { file: 'queries-test14.json', prefix: 'xe', tables: false },
  { file: 'queries-test15.json', prefix: 'xf', tables: false },
  { file: 'queries-test16.json', prefix: 'xg', tables: false },
  { file: 'queries-test17.json', prefix: 'xh', tables: false },
  { file: 'queries-test18.json', prefix: 'xi', tables: false },
  { file: 'queries-test19.json', prefix: 'xj', tables: false },
  { file: 'queries-test20.json', prefix: 'xk', tables: false },
  { file: 'queries-test21.json', prefix: 'xl', tables: false },
  { file: 'queries-test22.json', prefix: 'xm', tables: false },
  { file: 'queries-test23.json', prefix: 'xn', tables: false },
  { file: 'queries-test24.json', prefix: 'xo', tables: false },
  { file: 'queries-test25.json', prefix: 'xp', tables: false },
  { file: 'queries-test26.json', prefix: 'xq', tables: false },
  { file: 'queries-test27.json', prefix: 'xr', tables: false },
  { file: 'queries-test28.json', prefix: 'xs', tables: false },
  { file: 'queries-test29.json', prefix: 'xt', tables: false },
  { file: 'queries-test30.json', prefix: 'xu', tables: false },
  { file: 'queries-test31.json', prefix: 'xv', tables: false },
  { file: 'queries-test32.json', prefix: 'xw', tables: false },
  { file: 'queries-test33.json', prefix: 'xx', tables: false },
  { file: 'queries-test34.json', prefix: 'xy', tables: false },
  { file: 'queries-test35.json', prefix: 'xz', tables: false },
  { file: 'queries-test36.json', prefix: 'ya', tables: false },
  { file: 'queries-test37.json', prefix: 'yb', tables: false },
  { file: 'queries-test38.json', prefix: 'yc', tables: false },
  { file: 'queries-test39.json', prefix: 'yd', tables: false },
  { file: 'queries-test40.json', prefix: 'ye', tables: false },
  { file: 'queries-test41.json', prefix: 'yf', tables: false },
  { file: 'queries-test42.json', prefix: 'yg', tables: false },
  { file: 'queries-test43.json', prefix: 'yh', tables: false },
  { file: 'queries-test44.json', prefix: 'yi', tables: false },
  { file: 'queries-test45.json', prefix: 'yj', tables: false },
  { file: 'queries-test46.json', prefix: 'yk', tables: false },
  { file: 'queries-test47.json', prefix: 'yl', tables: false },
  { file: 'queries-test48.json', prefix: 'ym', tables: false },
  { file: 'queries-test49.json', prefix: 'yn', tables: false },
  { file: 'queries-test50.json', prefix: 'yo', tables: false },
  { file: 'queries-test51.json', prefix: 'yp', tables: false },
  { file: 'queries-test52.json', prefix: 'yq', tables: false },
  { file: 'queries-test53.json', prefix: 'yr', tables: false },
  { file: 'queries-test54.json', prefix: 'ys', tables: false },
  { file: 'queries-test55.json', prefix: 'yt', tables: false },
  { file: 'queries-test56.json', prefix: 'yu', tables: false },
  { file: 'queries-test57.json', prefix: 'yv', tables: false },
  { file: 'queries-test58.json', prefix: 'yw', tables: false },
  { file: 'queries-test59.json', prefix: 'yx', tables: false },
  { file: 'queries-test60.json', prefix: 'yy', tables: false },
  { file: 'queries-test61.json', prefix: 'yz', tables: false },
  { file: 'queries-test62.json', prefix: 'za', tables: false },
  { file: 'queries-test63.json', prefix: 'zb', tables: false },
  { file: 'queries-test64.json', prefix: 'zc', tables: false },
  { file: 'queries-test65.json', prefix: 'zd', tables: false },
  { file: 'queries-test66.json', prefix: 'ze', tables: false },
  { file: 'queries-test67.json', prefix: 'zf', tables: false },
  { file: 'queries-test68.json', prefix: 'zg', tables: false },
  { file: 'queries-test69.json', prefix: 'zh', tables: false },
  { file: 'queries-test70.json', prefix: 'zi', tables: false },
  { file: 'queries-test71.json', prefix: 'zj', tables: false },
  { file: 'queries-test72.json', prefix: 'zk', tables: false },
  { file: 'queries-test73.json', prefix: 'zl', tables: false },
  { file: 'queries-test74.json', prefix: 'zm', tables: false },
  { file: 'queries-test75.json', prefix: 'zn', tables: false },
  { file: 'queries-test76.json', prefix: 'zo', tables: false },
  { file: 'queries-test77.json', prefix: 'zp', tables: false },
  { file: 'queries-test78.json', prefix: 'zq', tables: false },
  { file: 'queries-test79.json', prefix: 'zr', tables: false },
  { file: 'queries-test80.json', prefix: 'zs', tables: false },
  { file: 'queries-test81.json', prefix: 'zt', tables: false },
  { file: 'queries-test82.json', prefix: 'zu', tables: false },
  { file: 'queries-test83.json', prefix: 'zv', tables: false },
  { file: 'queries-test84.json', prefix: 'zw', tables: false },
  { file: 'queries-test85.json', prefix: 'zx', tables: false },
  { file: 'queries-test86.json', prefix: 'zy', tables: false },
  { file: 'queries-test87.json', prefix: 'zz', tables: false },
  { file: 'queries-test88.json', prefix: 'wa', tables: false },
  { file: 'queries-test89.json', prefix: 'wb', tables: false },
  { file: 'queries-test90.json', prefix: 'wc', tables: false },
  { file: 'queries-test91.json', prefix: 'wd', tables: false },
  { file: 'queries-test92.json', prefix: 'we', tables: false },
  { file: 'queries-test93.json', prefix: 'wf', tables: false },
  { file: 'queries-test94.json', prefix: 'wg', tables: false },
  { file: 'queries-test95.json', prefix: 'wh', tables: false },
  { file: 'queries-test96.json', prefix: 'wi', tables: false },
  { file: 'queries-test97.json', prefix: 'wj', tables: false },
  { file: 'queries-test98.json', prefix: 'wk', tables: false },
  { file: 'queries-test99.json', prefix: 'wl', tables: false },
  { file: 'queries-test100.json', prefix: 'wm', tables: false },
  { file: 'queries-test101.json', prefix: 'wn', tables: false },
  { file: 'queries-test102.json', prefix: 'wo', tables: false },
  { file: 'queries-test103.json', prefix: 'wp', tables: false },
  { file: 'queries-test104.json', prefix: 'wq', tables: false },
  { file: 'queries-test105.json', prefix: 'wr', tables: false },
  { file: 'queries-test106.json', prefix: 'ws', tables: false },
  { file: 'queries-test107.json', prefix: 'wt', tables: false },
  { file: 'queries-test108.json', prefix: 'wu', tables: false },
  { file: 'queries-test109.json', prefix: 'wv', tables: false },
  { file: 'queries-test110.json', prefix: 'ww', tables: false },
  { file: 'queries-test111.json', prefix: 'wx', tables: false },
  { file: 'queries-test112.json', prefix: 'wy', tables: false },
  { file: 'queries-test113.json', prefix: 'wz', tables: false },
  { file: 'queries-test114.json', prefix: 'va', tables: false },
  { file: 'queries-qinghe1.json', prefix: 'qh', tables: false },
  { file: 'queries-xiyuan1.json', prefix: 'qx', tables: false },
  { file: 'queries-shiling1.json', prefix: 'qs', tables: false },
  { file: 'queries-nanxi1.json', prefix: 'qn', tables: false },
  { file: 'queries-test115.json', prefix: 'vb', tables: false },
  { file: 'queries-test116.json', prefix: 'vc', tables: false },
  { file: 'queries-test117.json', prefix: 'vd', tables: false },
  { file: 'queries-test118.json', prefix: 've', tables: false },
  { file: 'queries-test119.json', prefix: 'vf', tables: false },
  { file: 'queries-test120.json', prefix: 'vg', tables: false },
  { file: 'queries-fengcheng1.json', prefix: 'qf', tables: false },
  { file: 'queries-liutang1.json', prefix: 'ql', tables: false },
  { file: 'queries-test123.json', prefix: 'vj', tables: false },
  { file: 'queries-test124.json', prefix: 'vk', tables: false },
  { file: 'queries-test121.json', prefix: 'vh', tables: false },
  { file: 'queries-test122.json', prefix: 'vi', tables: false },
  { file: 'queries-tongmu1.json', prefix: 'qt', tables: false },
  { file: 'queries-test125.json', prefix: 'vl', tables: false },
  { file: 'queries-test126.json', prefix: 'vm', tables: false },
  { file: 'queries-test127.json', prefix: 'vn', tables: false },
  { file: 'queries-test128.json', prefix: 'vo', tables: false },
  { file: 'queries-test129.json', prefix: 'vp', tables: false },
  { file: 'queries-test130.json', prefix: 'vq', tables: false },
  { file: 'queries-meiling1.json', prefix: 'qm', tables: false },
  { file: 'queries-test131.json', prefix: 'vr', tables: false },
  { file: 'queries-test132.json', prefix: 'vs', tables: false },
  { file: 'queries-yunxi1.json', prefix: 'qy', tables: false },
  { file: 'queries-test133.json', prefix: 'vt', tables: false },
  { file: 'queries-test134.json', prefix: 'vu', tables: false },
  { file: 'queries-hexi1.json', prefix: 'hx', tables: false },
  { file: 'queries-test135.json', prefix: 'vw', tables: false },
  { file: 'queries-test136.json', prefix: 'vx', tables: false },
  { file: 'queries-tanshan1.json', prefix: 'ts', tables: false },
  { file: 'queries-test137.json', prefix: 'vy', tables: false },
  { file: 'queries-test138.json', prefix: 'vz', tables: false },
  { file: 'queries-lanchuan1.json', prefix: 'lc', tables: false },
  { file: 'queries-archive1.json', prefix: 'ar', tables: false },
  { file: 'queries-biquan1.json', prefix: 'bq', tables: false },
  { file: 'queries-archive2.json', prefix: 'aw', tables: false },
  { file: 'queries-archive2-test.json', prefix: 'aw', tables: false },
];
const LETTER: Record<string, string> = { citizen: 'c', staff: 's', abbrev: 'a', typo: 't', citation: 'r', exact: 'e', none: 'n' };
const UNITS = new Set(['document', 'attachment', 'article', 'paragraph', 'item', 'subitem', 'heading', 'row']);

const types = new Map<string, string>();
const sets = new Map<string, EvalQuery[]>();

beforeAll(async () => {
  // The seed, and the bulletins of test/eval/bulletins/ that sets over a bulletin never tuned on are written for.
  const out = await mkdtemp(join(tmpdir(), 'gongbao-eval-'));
  const corpus = await mkdtemp(join(tmpdir(), 'gongbao-eval-corpus-'));
  try {
    for (const dir of ['corpus', 'test/eval/bulletins']) {
      const from = join(import.meta.dirname, '..', dir);
      for (const e of existsSync(from) ? await readdir(from, { withFileTypes: true }) : []) if (e.isFile() && e.name.endsWith('.txt')) await copyFile(join(from, e.name), join(corpus, e.name));
    }
    const result = await build({ corpus, out, dataOnly: true });
    for (const file of result.files) for (const node of walk(file.bulletin)) types.set(node.id, node.type);
  } finally {
    await removeOutput(out);
    await rm(corpus, { recursive: true, force: true });
  }
  for (const s of SETS) {
    const json = JSON.parse(await readFile(join(import.meta.dirname, 'eval', s.file), 'utf8')) as { queries: EvalQuery[] };
    sets.set(s.file, json.queries);
  }
});

describe('the blind query sets', () => {
  it('expect only units the seed (or the bulletin a set is written over) builds, of the types a search returns', () => {
    const wrong: string[] = [];
    for (const s of SETS) {
      const allowed = s.tables ? new Set([...UNITS, 'table']) : UNITS;
      for (const q of sets.get(s.file)!) for (const id of q.expected) if (!allowed.has(types.get(id) ?? '')) wrong.push(`${s.file} ${q.id}: ${id} (${types.get(id) ?? 'missing'})`);
    }
    expect(wrong).toEqual([]);
  });

  it('give every query a unique id naming its kind, and an answer unless it is kind none', () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (const s of SETS) {
      for (const q of sets.get(s.file)!) {
        if (seen.has(q.id)) wrong.push(`${q.id}: twice`);
        seen.add(q.id);
        const letter = LETTER[q.kind];
        if (!letter || !new RegExp(`^${s.prefix}${letter}\\d{2,}$`).test(q.id)) wrong.push(`${s.file} ${q.id}: kind ${q.kind}`);
        if ((q.kind === 'none') !== (q.expected.length === 0)) wrong.push(`${s.file} ${q.id}: ${q.expected.length} expected for kind ${q.kind}`);
        if (new Set(q.expected).size !== q.expected.length) wrong.push(`${s.file} ${q.id}: an id listed twice`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('hold each query once within a set', () => {
    for (const s of SETS) {
      const texts = sets.get(s.file)!.map((q) => q.query.replace(/\s+/g, ''));
      expect(new Set(texts).size, s.file).toBe(texts.length);
    }
  });
});
