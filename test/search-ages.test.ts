/**
 * Ages a question states (我爸今年85了, 娃才两岁, 八十多岁) and the age ranges texts print (80周岁至89周岁,
 * 0-3岁, 65岁及以上, 年满80周岁, 不满12周岁): a question giving an age is answered by the item whose range
 * holds it, though that item prints nothing else of the question (its lead-in does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchClient } from '../core/search/client.ts';
import { miniSite, type MiniSite } from './mini-site.ts';
import { normalizeSearchText } from '../core/search/tokenize.ts';
import { fitsQuantities, isQuantity, quantityRanges, statedQuantities } from '../core/search/quantities.ts';

const stated = (q: string) => statedQuantities(normalizeSearchText(q));
const ranges = (t: string) => quantityRanges(normalizeSearchText(t));

describe('ages in questions and texts', () => {
  it('reads the age a question states, with 岁 or as 今年N了', () => {
    expect(stated('我爸今年85了，每个月能领多少')).toEqual([{ value: 85, unit: 'age' }]);
    expect(stated('娃娃才两岁 爸妈都要上班')).toEqual([{ value: 2, unit: 'age' }]);
    expect(stated('七八十岁的老人')).toEqual([{ value: 75, unit: 'age' }]);
    // 多 is half a step of the number's last place: 八十多 is 85, not a quarter more (100).
    expect(stated('家里八十多岁的老人')).toEqual([{ value: 85, unit: 'age' }]);
    expect(stated('违法占地二十多亩')).toEqual([{ value: 25, unit: 'mu' }]);
    expect(stated('一百多万的设备')).toEqual([{ value: 1_500_000, unit: 'yuan' }]);
    // 几岁 alone asks an age (孩子几岁能上学): it states none, or every range above five would miss it.
    expect(stated('孩子几岁能上幼儿园')).toEqual([]);
    expect(stated('今年几岁了')).toEqual([]);
    expect(stated('开校车的司机几岁以上才行')).toEqual([]);
    expect(stated('七十几岁的老人')).toEqual([{ value: 75, unit: 'age' }]);
    // No age past a lifetime, nor a year of the calendar.
    expect(stated('2023岁')).toEqual([]);
    expect(stated('今年2023年了')).toEqual([]);
  });

  it('reads a bound typed after an amount as the side of it the question means', () => {
    // 400万元以下: the range below 400万 (the item 100万元以上…、400万元以下), not the one from it (400万元以上(含400万元)).
    const below = stated('常务副县长审批 县属国企 400万元以下');
    expect(below).toHaveLength(1);
    expect(below[0]!.value).toBeLessThan(4_000_000);
    expect(fitsQuantities(normalizeSearchText('（二）县属国有企业购置100万元以上(含100万元)、400万元以下的项目资产'), below)).toBeGreaterThan(0);
    expect(fitsQuantities(normalizeSearchText('（三）县属国有企业购置400万元以上(含400万元)的项目资产'), below)).toBeLessThan(0);
    expect(stated('400万以上')[0]!.value).toBeGreaterThan(4_000_000);
    // A bound is said as printed too: it is no amount answered by ranges alone.
    expect(isQuantity('400万元以下')).toBe(false);
    expect(isQuantity('400万元')).toBe(true);
  });

  it('reads the age ranges texts print', () => {
    expect(ranges('（一）80周岁至89周岁的，每人每月60元；')).toEqual([{ unit: 'age', low: 80, lowIncluded: true, high: 89, highIncluded: true }]);
    expect(ranges('高龄津贴\t80—89周岁\t本县户籍\t60')).toEqual([{ unit: 'age', low: 80, lowIncluded: true, high: 89, highIncluded: true }]);
    expect(ranges('至2023年底全县0-3岁托育服务托位建设')).toEqual([{ unit: 'age', low: 0, lowIncluded: true, high: 3, highIncluded: true }]);
    expect(ranges('摸清 65 岁及以上老年人合并基础疾病情况')).toEqual([{ unit: 'age', low: 65, lowIncluded: true }]);
    expect(ranges('具有本县户籍、年满80周岁的老年人')).toEqual([{ unit: 'age', low: 80, lowIncluded: true }]);
    expect(ranges('不得向不满12周岁的未成年人销售')).toEqual([{ unit: 'age', high: 12, highIncluded: false }]);
    // A span of years is no age range.
    expect(ranges('2023-2025年')).toEqual([]);
  });

  it('counts an age range past a text\'s first sentence as no miss: it is for part of what the text says', () => {
    const seventy = stated('我妈今年七十岁了');
    expect(fitsQuantities(normalizeSearchText('服务补贴标准为每人每月120元；其中，80周岁以上的经济困难老年人，每人每月150元。'), seventy)).toBe(0);
    expect(fitsQuantities(normalizeSearchText('（三）100周岁以上的，每人每月500元。'), seventy)).toBe(-1);
    expect(fitsQuantities(normalizeSearchText('（一）65周岁至79周岁的，每人每月100元；'), seventy)).toBe(1);
  });
});

const BULLETIN =
  '攸县人民政府公报\n\n攸县人民政府办公室\n\n2024 年第 5 期\n\n' +
  '攸政办发〔2024〕11号\n\n攸县人民政府办公室关于印发《攸县老年人津贴发放办法》的通知\n\n各乡镇人民政府：\n\n现将《攸县老年人津贴发放办法》印发给你们，请认真执行。\n\n攸县人民政府办公室\n\n2024年5月11日\n\n' +
  '攸县老年人津贴发放办法\n\n' +
  '第一条 为保障老年人基本生活，制定本办法。\n\n' +
  '第二条 具有本县户籍、年满70周岁的老年人，可以享受高龄津贴。县民政局负责高龄津贴的审核和发放。\n\n' +
  '第三条 高龄津贴按照年龄段分档发放，标准如下：\n\n（一）70周岁至79周岁的，每人每月50元；\n\n（二）80周岁至89周岁的，每人每月80元；\n\n（三）90周岁至99周岁的，每人每月200元；\n\n（四）100周岁以上的，每人每月600元。\n\n' +
  '第四条 高龄津贴按月发放至老年人本人的社会保障卡。老年人死亡的，自次月起停发。\n\n' +
  '第五条 本办法自印发之日起施行。\n\n';

describe('a question stating an age', () => {
  let site: MiniSite;
  let client: SearchClient;
  beforeAll(async () => {
    site = await miniSite('youxian-2024-05.txt', BULLETIN);
    client = site.client;
  });
  afterAll(async () => {
    await site?.remove();
  });

  it('ranks the item whose age range holds it before its siblings', async () => {
    const ids = async (q: string) => (await client.search(q, { limit: 10 })).map((r) => r.id);
    const eightySix = await ids('奶奶今年86了 每个月高龄津贴能领多少');
    const item = (n: number) => eightySix.indexOf(`yzbf-2024-11/art_3/item_${n}`);
    expect(item(2)).toBeGreaterThanOrEqual(0);
    for (const other of [1, 3, 4]) if (item(other) >= 0) expect(item(2)).toBeLessThan(item(other));
    // The item holding 86 does not say it lacks it (缺少: 86), an age said as a number alone.
    const results = await client.search('奶奶今年86了 每个月高龄津贴能领多少', { limit: 10 });
    expect(results.find((r) => r.id === 'yzbf-2024-11/art_3/item_2')?.missing ?? []).not.toContain('86');
    // ... and the one whose range misses it does (70周岁至79周岁).
    expect(results.find((r) => r.id === 'yzbf-2024-11/art_3/item_1')?.missing).toContain('86');
    const ninetyOdd = await ids('家里九十多岁的老人 高龄津贴一个月多少钱');
    const at = (n: number) => ninetyOdd.indexOf(`yzbf-2024-11/art_3/item_${n}`);
    expect(at(3)).toBeGreaterThanOrEqual(0);
    for (const other of [1, 2, 4]) if (at(other) >= 0) expect(at(3)).toBeLessThan(at(other));
  });
});

/** 3 → 三, 13 → 十三, 26 → 二十六. */
const chinese = (n: number) => `${n >= 20 ? '二' : ''}${n >= 10 ? '十' : ''}${n % 10 ? '〇一二三四五六七八九'[n % 10] : ''}`;

// The tiers' article prints only 分档标准如下： before its items, and many articles print more of the question's words:
// it is no candidate of its own, though the article before it is.
const CROWDED =
  '攸县人民政府公报\n\n攸县人民政府办公室\n\n2024 年第 6 期\n\n' +
  '攸政办发〔2024〕12号\n\n攸县人民政府办公室关于印发《攸县高龄补贴管理办法》的通知\n\n各乡镇人民政府：\n\n现将《攸县高龄补贴管理办法》印发给你们，请认真执行。\n\n攸县人民政府办公室\n\n2024年6月3日\n\n' +
  '攸县高龄补贴管理办法\n\n' +
  '第一条 具有本县户籍、年满80周岁的老年人，每个月可以领取高龄补贴。\n\n' +
  '第二条 分档标准如下：\n\n（一）80周岁至89周岁的，每人每月60元；\n\n（二）90周岁至99周岁的，每人每月150元；\n\n（三）100周岁以上的，每人每月500元。\n\n' +
  Array.from({ length: 24 }, (_, i) => `第${chinese(i + 3)}条 困难群众每个月领取第${i + 1}类救助金的，领取账户变更的，应当及时告知乡镇。\n\n`).join('') +
  '第二十七条 本办法自印发之日起施行。\n\n';

describe('a question stating an age, its tiers\' article no candidate', () => {
  let site: MiniSite;
  beforeAll(async () => {
    site = await miniSite('youxian-2024-06.txt', CROWDED);
  });
  afterAll(async () => {
    await site?.remove();
  });

  it('reads the items near the best candidates for the one whose range holds the age', async () => {
    // On the page (its 20 results), among many articles printing more of the question's words.
    const ids = (await site.client.search('我爸今年85了，每个月能领多少高龄补贴', { limit: 20 })).map((r) => r.id);
    expect(ids).toContain('yzbf-2024-12/art_2/item_1');
    expect(ids).not.toContain('yzbf-2024-12/art_2/item_2');
  });
});
