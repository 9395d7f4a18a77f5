/**
 * Quantities a question states (一台一百五十万的设备, 几千块的打印机, 占了二十几亩) and the ranges a clause
 * sets (5万元以上(含5万元), 1万元以上(含1万元)、5万元以下, 低于30万元, 超过20亩): a question giving its
 * amount is answered by the clause whose range holds it (县属国企 … 一百五十万的设备 → 100万元以上(含100万元)、
 * 400万元以下 … 报项目分管副县长审定), not by its sibling for another range.
 *
 * Approximate amounts are read as people mean them: 几 as five (几千 5,000, 十几 15, 二十几 25), 来 and
 * 多 as the number before them (二十来万 200,000), a guess between two numbers as their mean (两三万
 * 25,000). Numerals come from core/chinese/numerals.ts; 万 and 亿 are read here, as no label or
 * citation prints them.
 */
import { CHINESE_NUMERAL, parseNumeral } from '../chinese/numerals.ts';

/** What a quantity counts: money in 元, land in 亩, floor area in 平方米, a share in per cent, a term in years, a person's age in years (岁, 周岁). */
export type QuantityUnit = 'yuan' | 'mu' | 'm2' | 'percent' | 'year' | 'age';

export interface Quantity {
  value: number;
  unit: QuantityUnit;
}

/** A range a clause sets, each bound included or not; either side may be open. */
export interface QuantityRange {
  unit: QuantityUnit;
  low?: number;
  lowIncluded?: boolean;
  high?: number;
  highIncluded?: boolean;
}

/**
 * The words setting which side of a number a quantity lies (超过 past it, 低于 under it, 不超过 at most,
 * 不低于 at least), for questions and texts alike; longest first, so that 不超过 is no 超过.
 */
const SIDES = {
  atMost: ['不超过', '不多于', '不大于', '不高于'],
  atLeast: ['不低于', '不少于', '不小于', '年满', '满'],
  over: ['超过', '多于', '大于', '高于', '过了', '超了', '超出'],
  under: ['不到', '不足', '不满', '未满', '少于', '小于', '低于'],
} as const;
type Side = keyof typeof SIDES;
const SIDE = Object.values(SIDES).flat().join('|');
/**
 * Words a question says a number is reached by (上了20亩, 达到五十万): at least it, past a bound at it. Not
 * read in texts, which print 达到 for a goal (达到1.54亿元), no range a clause sets.
 */
const REACHED = ['达到', '上了', '到了'];

/** Whether a word is one setting a side of a number (不到 of 不到一年 typed apart from its number). */
export function isSideWord(word: string): boolean {
  return Object.values(SIDES).some((words) => (words as readonly string[]).includes(word));
}

/** Which side of its number a word like 超过 or 不低于 sets. */
function sideOf(word: string): Side {
  return (Object.keys(SIDES) as Side[]).find((side) => (SIDES[side] as readonly string[]).includes(word))!;
}

/** A number people type: arabic, or the numerals of labels and citations with 几 among them (二十几, 几千). */
const NUMERAL = `(?:\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL.replace(/\]\+$/u, '几]+')})`;
/**
 * A stated quantity in a question: a numeral, 万 or 亿 maybe with more numerals after it (一万五), an
 * approximation (来, 多, 几), a unit (元, 块, 亩, 平方米) and a bound after it (以下, 以内, 以上); 万 alone is money
 * (一百五十万的设备).
 */
const STATED = new RegExp(
  `(?<side>${SIDE}|${REACHED.join('|')})?(?<![第这那哪每上近])(?<head>${NUMERAL})(?<oddBefore>[来多])?(?:(?<big>[万亿])(?<tail>${NUMERAL})?(?<oddAfter>[来多几])?)?(?<unitText>万元|元|块钱|块|亩|平方米|平米|平(?![台安时常均等方])|%|成(?![本立为员功果交绩熟])|个月|周岁|岁|年(?![级代底初末前后内度份]))?(?<sideAfter>以下|以内|之内|以上)?`,
  'gu',
);
/** A person's age said after 今年 (我爸今年85了, 今年八十多啦, 今年七十岁): an age, not the year a question asks of. */
const AGE_THIS_YEAR = new RegExp(`今年\\s*(${NUMERAL})(多)?(?:[了啦]|周?岁)`, 'gu');
/** The oldest age a question or a text states (a larger number before 岁 is no age). */
const MAX_AGE = 120;

/**
 * 二十多 (twenty-odd): half a step of its last place more than the round number (二十多 25, 八十多 85, 两百多万
 * 250万, 一百五十多 155).
 */
function odd(n: number): number {
  let place = 1;
  while (n % (place * 10) === 0 && place * 10 <= n) place *= 10;
  return n + place / 2;
}

/** Whether a unit counts an amount (money, land, floor area) or an age, not a share or a term. */
function isAmount(unit: QuantityUnit): boolean {
  return unit === 'yuan' || unit === 'mu' || unit === 'm2' || unit === 'age';
}

/** What a unit as typed or printed counts (亩; 平方米, 平米, 平; 元, 块, 万元, 亿元; 岁, 周岁). */
function unitOf(unitText: string): QuantityUnit {
  return unitText === '亩' ? 'mu' : unitText.startsWith('平') ? 'm2' : unitText === '%' || unitText === '成' ? 'percent' : unitText === '年' || unitText === '个月' ? 'year' : unitText.endsWith('岁') ? 'age' : 'yuan';
}

/**
 * A number of the question: arabic, or Chinese with 几 read as five (几千 → 5000, 二十几 → 25), and a
 * guess between two numbers as their mean (两三万 → 2.5万, 四五百 → 450, 十二三 → 12.5).
 */
function numberOf(text: string): number | undefined {
  if (/^\d/.test(text)) return Number(text);
  const pair = /([一二两三四五六七八九])([一二两三四五六七八九])/u.exec(text);
  if (pair) {
    const [low, high] = [pair[1], pair[2]].map((d) => numberOf(text.slice(0, pair.index) + d + text.slice(pair.index + 2)));
    return low === undefined || high === undefined ? undefined : (low + high) / 2;
  }
  const plain = text.replace(/几/gu, '五');
  // 几十 → 五十, but 十几 → 十五 and 二十几 → 二十五: parseNumeral reads both.
  return parseNumeral(plain);
}

/** The quantities a question states, in 元, 亩 or 平方米; none for a number without a unit it can tell. */
export function statedQuantities(query: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of query.matchAll(STATED)) {
    const { side, head, oddBefore, big, tail, oddAfter, unitText, sideAfter } = m.groups!;
    if (!big && !unitText) continue;
    // A share or a term asked for (几成, 几年) states none, where 十几年 states one; a year of the calendar (2023年) is no term.
    // 一年, 一个月 mostly say how often or since when (一年要来几趟, 一年比一年贵, 一个月都没管), no term.
    // 万 or 亿 with no unit after it is money (一百五十万的设备).
    const unit = unitText ? unitOf(unitText) : 'yuan';
    if (!isAmount(unit) && (big || head === '几' || Number(head) >= 1000 || (unit === 'year' && /^(?:一|1|两|2)$/u.test(head!)))) continue;
    const n = numberOf(head!);
    if (n === undefined || n === 0) continue;
    // 一块地, 两块田, 合到一块: a piece, not a sum of money (块钱 is one; 八千块, 两万块 are too).
    if (unitText === '块' && !big && n < 10) continue;
    // 几岁 alone asks an age (孩子几岁能上学), states none; 七十几岁 states one.
    if (unit === 'age' && (big || n > MAX_AGE || head === '几')) continue;
    let value = oddBefore === '多' ? odd(n) : n;
    if (big) {
      const scale = big === '万' ? 1e4 : 1e8;
      const rest = tail ? (numberOf(tail) ?? 0) : 0;
      // 一万五: the digit after 万 counts thousands.
      value = value * scale + (tail && tail.length === 1 && rest < 10 ? rest * (scale / 10) : rest);
    }
    if (oddAfter === '多' || oddAfter === '几') value = odd(value);
    if (unitText === '万元') value *= 1e4;
    if (unitText === '成') value *= 10;
    if (unitText === '个月') value /= 12;
    // 超过二十亩 is more than 20: past a bound of 20 (超过20亩); 不到一万 is less, and so is 不超过一百万
    // (at most, as a buyer says of a price under it); 不低于 is more.
    if (side) value *= REACHED.includes(side) || sideOf(side) === 'over' || sideOf(side) === 'atLeast' ? 1.001 : 0.999;
    // 400万元以下, 五亩以内: the range below the number, as a bound typed after it says (400万元以上: above it).
    else if (sideAfter && (unitText || big)) value *= sideAfter === '以上' ? 1.001 : 0.999;
    out.push({ value, unit });
  }
  for (const m of query.matchAll(AGE_THIS_YEAR)) {
    // 今年几岁 asks an age, states none.
    const n = m[1] === '几' ? undefined : numberOf(m[1]!);
    if (n !== undefined && n > 0 && n <= MAX_AGE && !out.some((q) => q.unit === 'age')) out.push({ value: m[2] ? odd(n) : n, unit: 'age' });
  }
  return out;
}

/** A text with the ages said after 今年 left out (我爸今年85了 → 我爸): what is left of 今年 asks of this year. */
export function withoutAgeThisYear(text: string): string {
  return text.replace(AGE_THIS_YEAR, '');
}

/**
 * Whether a word of a query is only a stated amount (二十几亩, 150万, 5万元), answered by the ranges that hold it
 * more than by its characters; a share or a term (七成, 3个月) is matched as printed too, and so is a bound (三岁以下,
 * 400万元以下: the clause printing it as typed says it).
 */
export function isQuantity(word: string): boolean {
  for (const m of word.matchAll(STATED)) if (m.index === 0 && m[0].length === word.length && m.groups!.sideAfter === undefined && statedQuantities(word).some((q) => isAmount(q.unit))) return true;
  return false;
}

/**
 * Whether a word of a query states one of the quantities the query states (`statedQuantities`): an amount
 * (二十几亩, 150万) or an age said as a number alone (the 85 of 我爸今年85了), which a range holding it answers.
 */
export function statesQuantity(word: string, stated: readonly Quantity[]): boolean {
  if (isQuantity(word)) return true;
  if (!/^\d{1,3}$/u.test(word)) return false;
  const n = Number(word);
  return stated.some((q) => q.unit === 'age' && (q.value === n || q.value === odd(n)));
}

/**
 * A bound a clause prints, in normalised text (5万元以上, 低于30万元, 超过20亩, 不超过1000万元): 以上,
 * 不超过 (at most) and 不低于 (at least) hold the number itself, 超过, 低于 and 不满 do not. 以下 does not
 * either, as these texts draft their ranges: 1万元以上(含1万元)、5万元以下, then 5万元以上(含5万元), the
 * bound marked on the side that holds it.
 */
const BOUND = new RegExp(`(${SIDE})?(\\d+(?:\\.\\d+)?)(万元|亿元|元|亩|平方米|%|个月|周岁|岁|年)(及?以上|及?以下|以内)?`, 'gu');
/** An age range a text prints from one age to another, both held (80周岁至89周岁, 80-89周岁, 0-3岁, 16至24岁). */
const AGE_SPAN = /(\d+)(?:周?岁)?(?:至|到|-|~)(\d+)周?岁/gu;

/** The ranges a text sets for money, land or floor area, clause by clause (1万元以上(含1万元)、5万元以下). */
export function quantityRanges(text: string): QuantityRange[] {
  if (!/\d(?:万元|亿元|元|亩|平方米|%|个月|年|岁|周岁)/u.test(text)) return [];
  const ranges: QuantityRange[] = [];
  for (const clause of text.split(/[。;；,，:：]/u)) {
    let open: QuantityRange | undefined;
    for (const m of clause.matchAll(AGE_SPAN)) if (Number(m[1]) < Number(m[2]) && Number(m[2]) <= MAX_AGE) ranges.push({ unit: 'age', low: Number(m[1]), lowIncluded: true, high: Number(m[2]), highIncluded: true });
    for (const m of clause.replace(AGE_SPAN, ' ').matchAll(BOUND)) {
      const [, before, digits, unitText, after] = m;
      if (!before && !after) continue;
      const unit = unitOf(unitText!);
      const value = Number(digits) * (unitText === '万元' ? 1e4 : unitText === '亿元' ? 1e8 : unitText === '个月' ? 1 / 12 : 1);
      const side = before === undefined ? undefined : sideOf(before);
      const lower = after?.endsWith('以上') || side === 'atLeast' || side === 'over';
      const included = after?.endsWith('以上') || side === 'atMost' || side === 'atLeast' || after === '及以下';
      if (lower) {
        open = { unit, low: value, lowIncluded: included };
        ranges.push(open);
      } else if (open && open.unit === unit && open.high === undefined && value > open.low!) {
        // 1万元以上(含1万元)、5万元以下: one range.
        open.high = value;
        open.highIncluded = included;
        open = undefined;
      } else {
        ranges.push({ unit, high: value, highIncluded: included });
      }
    }
  }
  return ranges;
}

/**
 * Whether a text's ranges hold a stated quantity: 2 when one bounded at it holds it (超过20亩 for
 * 超过二十亩), 1 when one of them holds one of the quantities, -1 when it sets ranges for the
 * quantities' units and none holds them, 0 when it sets none for them.
 */
export function fitsQuantities(text: string, stated: Quantity[]): number {
  if (!stated.length) return 0;
  const ranges = quantityRanges(text).filter((r) => stated.some((q) => q.unit === r.unit));
  if (!ranges.length) return 0;
  // A range bounded at the amount stated (超过二十亩: 超过20亩) fits it closer than a wider one holding it too (10亩以上).
  if (ranges.some((r) => stated.some((q) => holds(r, q) && (atAmount(r.low, q) || atAmount(r.high, q))))) return 2;
  if (ranges.some((r) => stated.some((q) => holds(r, q) || touches(r, q)))) return 1;
  // An age range past the text's first sentence is for part of what it says (每人每月120元；其中，80周岁以上的…150元),
  // no miss; one in it says whom the whole is for ((三)100周岁以上的,每人每月500元).
  return ranges.every((r) => r.unit === 'age') && !quantityRanges(text.split(/[。;；]/u)[0]!).some((r) => r.unit === 'age') ? 0 : -1;
}

/**
 * Whether an amount lies at a bound a range excludes (超过20亩 for 到二十亩, 快二十亩): the asker names the
 * threshold, not which side of it the law puts it.
 */
function touches(r: QuantityRange, q: Quantity): boolean {
  return q.unit === r.unit && ((r.lowIncluded !== true && atAmount(r.low, q)) || (r.highIncluded !== true && atAmount(r.high, q)));
}

/** Whether a bound lies at an amount (within a hundredth of it: 超过20亩 for 上了20亩, read as just past 20). */
function atAmount(bound: number | undefined, q: Quantity): boolean {
  return bound !== undefined && Math.abs(bound - q.value) <= 0.01 * q.value;
}

/** How close a range at whose excluded bound the amount lies fits it: nearly as close as one holding it there. */
const TOUCH_CLOSENESS = 0.9;

/** Whether a range holds an amount of its unit. */
function holds(r: QuantityRange, q: Quantity): boolean {
  return q.unit === r.unit && (r.low === undefined || q.value > r.low || (r.lowIncluded === true && q.value === r.low)) && (r.high === undefined || q.value < r.high || (r.highIncluded === true && q.value === r.high));
}

/**
 * How close the nearest bound of a range holding the amount stated lies to it, from 0 (far: 5亩以上 for
 * 二十多亩) to 1 (at it): of two ranges holding it, the tighter one answers (超过20亩). 0 when none holds it.
 * Measured in powers of ten either side (1 − |log10(bound ÷ amount)|): an upper bound twice the amount
 * (100万元以下 for 五十万) is as near as a lower bound half of it, and 5万元以上 is far from it.
 */
export function fitCloseness(text: string, stated: Quantity[]): number {
  let best = 0;
  for (const r of quantityRanges(text)) {
    for (const q of stated) {
      if (q.value > 0 && touches(r, q)) best = Math.max(best, TOUCH_CLOSENESS);
      if (q.value <= 0 || !holds(r, q)) continue;
      for (const bound of [r.low, r.high]) if (bound !== undefined && bound > 0) best = Math.max(best, Math.max(0, 1 - Math.abs(Math.log10(bound / q.value))));
    }
  }
  return best;
}

