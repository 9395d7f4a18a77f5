/**
 * The text operations of the archive generator, each one pure and linear in the text: string maps
 * applied in one pass, dates and years moved, amounts changed, sentences reordered inside a
 * paragraph, and a confused character now and then. Digits are only touched where their context says
 * what they are (a date, a year before 年 or inside 〔〕, an amount before its unit), never a label,
 * a 序号 or a page number.
 */

export type Random = () => number;

/** A random integer in [0, n). */
export function pick(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

export function choose<T>(random: Random, items: readonly T[]): T {
  return items[pick(random, items.length)]!;
}

export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = pick(random, i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** A string → string map compiled into one alternation, longest key first, so no output is rewritten. */
export interface Substitution {
  pattern: RegExp | undefined;
  map: Map<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function substitution(map: Map<string, string>): Substitution {
  const keys = [...map.keys()].filter((k) => k !== '' && map.get(k) !== k).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return { pattern: keys.length ? new RegExp(keys.map(escape).join('|'), 'gu') : undefined, map };
}

export function substitute(text: string, s: Substitution): string {
  return s.pattern ? text.replace(s.pattern, (m) => s.map.get(m) ?? m) : text;
}

/**
 * Placeholders for text that later steps must not touch (a 文号 already renumbered, a date already
 * moved): one private-use character and an index character, no digits, no Han.
 */
export class Shelf {
  private items: string[] = [];
  put(text: string): string {
    this.items.push(text);
    return `\uE000${String.fromCharCode(0xe100 + this.items.length - 1)}`;
  }
  restore(text: string): string {
    return text.replace(/\uE000([\uE100-\uF8FF])/g, (_, c: string) => this.items[c.charCodeAt(0) - 0xe100]!);
  }
}

const DAY = 86_400_000;

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** 2023年1月31日 and 2023 年 2 月 1 日, spacing kept. */
const FULL_DATE = /(?<!\d)(\d{4})(\s*)年(\s*)(\d{1,2})(\s*)月(\s*)(\d{1,2})(\s*)日/g;
/**
 * A year where the context says it is one: before 年, a closing bracket or a dash (2023年, 〔2023〕,
 * 2023-2025年), or after an opening bracket or a dash. 2600个 and 1000 万元 are not years.
 */
const YEAR = /(?<![\d.])((?:19|20)\d{2})(?=\s*[年〕\]】）)\-—–－])|(?<=[〔[【（(\-—–－]\s*)((?:19|20)\d{2})(?![\d.])/g;

/**
 * What stays as printed when a document moves in time: the world outside the county does not move.
 * 文号 tails of other offices (〔2017〕79号, C2013〕143号), numbers with a year (2021年第1号, 2014年省政府令第271号),
 * standards (GB/T35547-2017), and titles in 《》 unless they name a county text of this issue
 * (they start with 攸县 and no 文号 follows them).
 */
const FIXED = /[〔[【（(C]\s*\d{4}\s*[〕\]】）)]\s*第?\s*\d{1,5}\s*号|\d{4}\s*年[^，。；、）)\t]{0,8}第\s*\d+\s*号|[A-Z]{1,4}\s*(?:\/\s*T)?\s*\d+(?:\.\d+)?\s*[-—–]\s*\d{4}/g;
const NUMBER_AFTER = /^\s*[（(][^（()）]{0,20}号\s*[）)]/;

export function fixedSpans(text: string, county = '攸县'): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(FIXED)) spans.push([m.index, m.index + m[0].length]);
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '《') {
      if (depth++ === 0) start = i;
    } else if (c === '》' && depth > 0 && --depth === 0) {
      const inner = text.slice(start + 1, i);
      if (!inner.startsWith(county) || NUMBER_AFTER.test(text.slice(i + 1, i + 40))) spans.push([start, i + 1]);
    }
  }
  return spans;
}

const inside = (spans: Array<[number, number]>, at: number) => spans.some(([a, b]) => at >= a && at < b);

/**
 * Moves every full date by `days` (the document's dates keep their order and distances) and every
 * other year by `years`, except in the spans fixedSpans() keeps; the moved dates go on the shelf.
 */
export function moveDates(text: string, days: number, years: number, shelf: Shelf): string {
  let spans = fixedSpans(text);
  const moved = text.replace(FULL_DATE, (whole: string, y: string, s1: string, s2: string, m: string, s3: string, s4: string, d: string, s5: string, at: number) => {
    if (inside(spans, at)) return whole;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCMonth() !== Number(m) - 1) return whole;
    const to = addDays(date.toISOString().slice(0, 10), days);
    const [ny, nm, nd] = to.split('-').map(Number) as [number, number, number];
    return shelf.put(`${ny}${s1}年${s2}${nm}${s3}月${s4}${nd}${s5}日`);
  });
  if (moved !== text) spans = fixedSpans(moved);
  return moved.replace(YEAR, (whole: string, a: string | undefined, b: string | undefined, at: number) =>
    inside(spans, at) ? whole : String(Number(a ?? b) + years),
  );
}

/** An amount: a number and its unit. */
const AMOUNT = /(?<![\d.A-Za-z〔[【])(\d+(?:\.\d+)?)(\s*)(万平方米|平方米|万元|亿元|万美元|元|万人次|人次|万人|公里|兆瓦|个|家|名|座|套|户|%)/g;

/**
 * Changes each amount with probability `rate` by a factor between ½ and 2, keeping its precision
 * (integers stay integers, 3.96 keeps two decimals) and percentages at most 100 when they were.
 */
export function changeAmounts(text: string, random: Random, rate: number): string {
  return text.replace(AMOUNT, (whole, n: string, space: string, unit: string) => {
    if (/^(?:19|20)\d{2}$/.test(n) || random() >= rate) return whole;
    const value = Number(n);
    const factor = Math.exp((random() - 0.5) * Math.log(4));
    const decimals = n.includes('.') ? n.split('.')[1]!.length : 0;
    let next = decimals ? Number((value * factor).toFixed(decimals)) : Math.max(1, Math.round(value * factor));
    if (unit === '%' && value <= 100) next = Math.min(100, next);
    const printed = decimals ? next.toFixed(decimals) : String(next);
    return `${printed}${space}${unit}`;
  });
}

const OPENERS = new Set('“‘（(《〈【「『');
const CLOSERS = new Set('”’）)》〉】」』');

/**
 * A paragraph's sentences: split after 。！？ outside quotes and brackets. The last piece may be a
 * fragment (a sentence cut by a page break, a trailing （县商务局牵头…）).
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '。' || c === '！' || c === '？')) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Lines whose sentence order is not free: tables, markup, 附件 lists, enumerations (一是…二是…). */
const FIXED_ORDER = /[\t<|]|\*\*|^\s*[-*]?\s*附\s*件|一是|首先|其次|第一步/;

/**
 * Reorders the sentences of a paragraph line with probability `rate`: the first sentence stays first
 * (it carries the label, the heading of an outline item, or the end of a sentence the page broke),
 * a trailing fragment stays last. Sentences are whole, so every bigram inside them is kept.
 */
export function reorderSentences(line: string, random: Random, rate: number): string {
  if (line.length < 40 || FIXED_ORDER.test(line)) return line;
  const parts = sentences(line);
  if (parts.length < 3) return line;
  const head = parts[0]!;
  const tail = /[。！？]$/.test(parts[parts.length - 1]!) ? '' : parts.pop()!;
  const middle = parts.slice(1);
  if (middle.length < 2 || random() >= rate) return line;
  return head + shuffle(random, middle).join('') + tail;
}

/** Sentences that cite something (a title, an article, 本办法, 前款) keep every character. */
const CITES = /[《》〈〉第本前]/;

/** Replaces one character of a sentence by a look-alike with probability `rate` per sentence. */
export function confuse(line: string, random: Random, rate: number, pairs: ReadonlyArray<readonly [string, string]>): string {
  if (rate <= 0 || FIXED_ORDER.test(line)) return line;
  const parts = sentences(line);
  if (parts.length < 2) return line;
  let changed = false;
  for (let i = 1; i < parts.length; i++) {
    const s = parts[i]!;
    if (CITES.test(s) || random() >= rate) continue;
    const candidates = pairs.filter(([from]) => s.includes(from));
    if (!candidates.length) continue;
    const [from, to] = choose(random, candidates);
    const at = s.indexOf(from);
    parts[i] = s.slice(0, at) + to + s.slice(at + from.length);
    changed = true;
  }
  return changed ? parts.join('') : line;
}

/**
 * Breaks a title into lines of about `width` characters, never so that a line would open with a
 * label (1. 一、 （一）) a parser could take for a new unit.
 */
export function wrap(text: string, width: number, opensUnit: (line: string) => boolean): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let end = Math.min(chars.length, i + width);
    while (end < chars.length && end > i + 1 && opensUnit(chars.slice(end).join(''))) end--;
    lines.push(chars.slice(i, end).join(''));
    i = end;
  }
  return lines;
}

/** Levenshtein distance (titles are short). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length]!;
}
