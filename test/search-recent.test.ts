/**
 * A question of what holds now (今年, 现在, 最新) in an archive of several years: a county prints the same
 * matters year after year (低保标准 raised each year), and the reader means the newest year's. Two issues
 * written here, a year apart, each raising the standard in the same words; the older one's text is the
 * shorter, so it ranks first when the question says nothing of the year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { SearchClient } from '../core/search/client.ts';
import { diskFetcher } from '../pipeline/index/local.ts';
import { parseQuery } from '../core/search/query.ts';

const issue = (year: number, number: number, month: number, text: string) =>
  `攸县人民政府公报\n\n攸县人民政府办公室\n\n${year} 年第 ${number} 期\n\n` +
  `攸政办发〔${year}〕${month}号\n\n攸县人民政府办公室关于提高城乡最低生活保障标准的通知\n\n各乡镇人民政府：\n\n${text}\n\n请认真执行。\n\n攸县人民政府办公室\n\n${year}年${month}月8日\n\n`;

const OLDER = issue(2023, 3, 6, '经县人民政府同意，农村低保标准提高到每人每月490元。');
const NEWER = issue(2024, 4, 7, '经县人民政府研究，决定从2024年7月1日起，城市低保标准提高到每人每月680元，农村低保标准提高到每人每月520元，特困人员基本生活标准按不低于当地低保标准的1.3倍同步提高，所需资金由县财政统筹安排。');

let dir: string;
let client: SearchClient;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongbao-recent-'));
  await mkdir(join(dir, 'corpus'));
  await writeFile(join(dir, 'corpus', 'youxian-2023-03.txt'), OLDER);
  await writeFile(join(dir, 'corpus', 'youxian-2024-04.txt'), NEWER);
  await build({ corpus: join(dir, 'corpus'), out: join(dir, 'out') });
  client = await SearchClient.open(diskFetcher(join(dir, 'out', 'site')));
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const firstYear = async (q: string) => (await client.search(q, { limit: 5 }))[0]?.date.slice(0, 4);

describe('a question of what holds now', () => {
  it('reads 今年, 现在, 最新 as asking for now, not an age stated with 今年', () => {
    for (const q of ['今年农村低保标准提高到多少', '现在的低保标准是多少', '最新的低保标准', '新任的商务局副局长是谁', '孩子明年上小学', '去年全县平均收入多少']) expect(parseQuery(q).recent, q).toBe(true);
    for (const q of ['农村低保标准提高到多少', '我爸今年85了每个月能领多少', '我妈今年七十岁了', '奶奶今年八十多了', '以前的规定还管用吗']) expect(parseQuery(q).recent, q).toBeUndefined();
  });

  it('answers it with the newest year\'s text, the older one\'s when the question says nothing of the year', async () => {
    expect(await firstYear('农村低保标准提高到多少')).toBe('2023');
    expect(await firstYear('今年农村低保标准提高到多少')).toBe('2024');
    expect(await firstYear('现在农村低保标准提高到多少')).toBe('2024');
    expect(await firstYear('最新的农村低保标准提高到多少')).toBe('2024');
    // Next year's and last year's too (明年, 去年): a reader asks of the newest text, which says what comes and what was done.
    expect(await firstYear('明年农村低保标准提高到多少')).toBe('2024');
    expect(await firstYear('去年农村低保标准提高到多少')).toBe('2024');
  });
});
