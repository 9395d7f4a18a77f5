/**
 * Dates as 公文 print them: 2023年1月31日 (成文日期 in Arabic numerals, GB/T 9704), also with spaces
 * (2023 年 1 月 31 日), in full-width digits (２０２３年１月３１日) and in Chinese numerals (二〇二三年一月三十一日,
 * older documents, their zero often typed as a circle: 二○二三, 二O二三). One pattern for every stage, ISO strings
 * (YYYY-MM-DD) inside the tree, and the printed form back for pages.
 */
import { CHINESE_DIGIT, ORDINAL_NUMERAL, parseNumeral } from './numerals.ts';

/** The zero of a year in Chinese numerals as typed: 〇, or a circle or letter O in its place (二○二三, 二◯二三, 二O二三). */
const TYPED_ZERO = /[○◯ＯO]/gu;
/** One digit of a year in Chinese numerals, typed zeros included. */
const YEAR_DIGIT = `(?:${CHINESE_DIGIT}|[○◯ＯO])`;
/** A year in Chinese numerals, digit by digit (二〇二三, 二○二三), as 公文 print and people type it. */
export const CHINESE_YEAR = `${YEAR_DIGIT}{4}`;

/** The number of a year printed in digits or in Chinese numerals (2023, ２０２３, 二〇二三, 二○二三). */
export function yearNumber(text: string): number | undefined {
  return parseNumeral(text.replace(TYPED_ZERO, '〇'));
}

/**
 * A printed date as a regex source with exactly three groups: year, month, day (each Arabic or
 * Chinese). Compose it into larger patterns: new RegExp(`^${DATE}$`, 'u').
 */
export const DATE = String.raw`([0-9０-９]{4}|${CHINESE_YEAR})\s*年\s*([0-9０-９]{1,2}|${ORDINAL_NUMERAL})\s*月\s*([0-9０-９]{1,2}|${ORDINAL_NUMERAL})\s*日`;

/** YYYY-MM-DD from numbers or printed numerals; undefined when not a real calendar date. */
export function isoDate(year: string | number, month: string | number, day: string | number): string | undefined {
  const [y, m, d] = [year, month, day].map((v) => (typeof v === 'number' ? v : parseNumeral(v.replace(TYPED_ZERO, '〇'))));
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The ISO date of the three groups of a DATE match starting at group `first`. */
export function isoFromMatch(m: RegExpExecArray | RegExpMatchArray, first = 1): string | undefined {
  return isoDate(m[first]!, m[first + 1]!, m[first + 2]!);
}

const WHOLE = new RegExp(`^${DATE}$`, 'u');

/** A text that is a printed date and nothing else → YYYY-MM-DD. */
export function parseDate(text: string): string | undefined {
  const m = WHOLE.exec(text.trim());
  return m ? isoFromMatch(m) : undefined;
}

/** 2023-01-31 → 2023年1月31日, as dates are printed in 公文. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** A date typed in digits with one separator (2023-09-04, 2023.9.4, 2023/9/4), a year from 1900 to 2099. */
const NUMERIC_DATE = /(?<![0-9.\-/])((?:19|20)[0-9]{2})([-./])([0-9]{1,2})\2([0-9]{1,2})(?![0-9.\-/])/gu;

/** A printed date anywhere in a text (DATE): in Chinese numerals (二〇二三年九月二十八日, as older 公文 print a 成文日期) too. */
const ANY_DATE = new RegExp(DATE, 'gu');

/**
 * A text with its dates typed in digits (2023-09-04, 2023.9.4) or in Chinese numerals (二〇二三年九月四日) as 公文 print
 * them now (2023年9月4日, GB/T 9704); other numbers left.
 */
export function numericDatesAsPrinted(text: string): string {
  return text
    .replace(NUMERIC_DATE, (m, y: string, _sep: string, mo: string, d: string) => {
      const iso = isoDate(Number(y), Number(mo), Number(d));
      return iso ? formatDate(iso) : m;
    })
    .replace(ANY_DATE, (m, y: string, mo: string, d: string) => {
      const iso = isoDate(y, mo, d);
      return iso ? formatDate(iso) : m;
    });
}
