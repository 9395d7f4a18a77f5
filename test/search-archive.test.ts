/**
 * Search over an archive: the seed and the thirteen bulletins of test/eval/bulletins/ built as one
 * site, as an office keeping years of issues would search them. What only shows when many bulletins
 * print the same labels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { SearchClient } from '../core/search/client.ts';
import { diskFetcher } from '../pipeline/index/local.ts';
import { archiveSite, type MiniSite } from './mini-site.ts';

let archive: MiniSite;

beforeAll(async () => {
  archive = await archiveSite(readdirSync(join(import.meta.dirname, 'eval', 'bulletins')).filter((f) => f.endsWith('.txt')));
}, 180_000);
afterAll(() => archive?.remove());

describe('an archive of fourteen bulletins', () => {
  it('finds a path run into a word (六、本) first where a unit prints it as typed, though the path reads only the newest 六、', async () => {
    // An older issue prints 六、本决定…; the newest 24 headings 六、 are other bulletins'.
    const results = await archive.client.search('六、本', { limit: 10 });
    expect(results[0]?.id).toBe('nzf-2024-9/notice/hd_6');
    // The other, 六、本基准… of a 裁量基准 an 通知 issues, the path does not read; asked for everything (Ctrl-F), it
    // stands with the path's best as it prints the query as typed.
    const all = await archive.client.search('六、本', { limit: Infinity });
    expect(all.slice(0, 2).map((r) => r.id).sort()).toEqual(['fzbf-2024-12/hd_6', 'nzf-2024-9/notice/hd_6']);
  });

  it('answers whether one must apply or get approval with the clause saying none is needed (免申即享, 不需要办理审批手续)', async () => {
    const top = async (query: string, n: number) => (await archive.client.search(query, { limit: n })).map((r) => r.id);
    expect(await top('满80岁的高龄津贴 要自己跑去申请吗', 3)).toContain('szbf-2024-17/ins_1/art_13/para_1');
    expect(await top('门面上挂块店招 要不要先跑城管办审批手续', 5)).toContain('nzbf-2024-21/ins_1/art_10/para_2');
  });

  it('answers with the clause a 政策解读 retells, not the retelling, unless asked why or for the 解读', async () => {
    const top = async (query: string) => (await archive.client.search(query, { limit: 1 }))[0]?.id;
    // 南溪's 办法 says it; 云溪's 政策解读 of its own 办法 retells the same in more words.
    expect(await top('卖二手房的时候交过的维修基金能退给我吗')).toBe('nzf-2024-7/art_26/para_2');
    expect(await top('小区电梯老是坏还困过人，用维修基金修的话是不是非得全体业主投票同意才行啊')).not.toMatch(/^yunxixian-2025-03-no7\//);
    // Why is what a 解读 says and a clause does not.
    expect(await top('业委会任期为啥定五年不是三年')).toMatch(/^yunxixian-2025-03-no7\//);
  });

  it('answers a query as a fresh page does, whatever other queries read whole before it', async () => {
    // Over an archive a frequent term's line holds only some of its units; a query reads every posting of its
    // rarest typed term. Another query having done so for a term must not change what this one finds.
    const ids = async (client: SearchClient, query: string) => (await client.search(query, { limit: 5 })).map((r) => r.id);
    const queries = ['欠了几个月物业费，物业说再不交就给我家停水停电，他们能这么干吗', '岩口苗族乡 县人民政府副县长 县民族宗教事务局', '檀山灵活就业社保补贴细则 原矿业企业职工 能补到什么时候', '枫政办发2024年11号 电动自行车停放充电规定 十一条一项 楼梯间'];
    const fresh = [];
    for (const q of queries) fresh.push(await ids(await SearchClient.open(diskFetcher(archive.site)), q));
    const used = await SearchClient.open(diskFetcher(archive.site));
    const before = JSON.parse(readFileSync(join(import.meta.dirname, 'eval', 'queries-archive1.json'), 'utf8')) as { queries: Array<{ query: string }> };
    for (const { query } of before.queries) await used.search(query, { limit: 10 });
    for (const [i, q] of queries.entries()) expect(await ids(used, q), q).toEqual(fresh[i]);
  }, 120_000);
});
