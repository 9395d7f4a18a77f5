/**
 * When an instrument applies, read from its own clauses: 本办法从 2023 年 2 月 1 日起施行;
 * 本细则自文件印发之日起施行 (= the notice's date); 执行期限暂定 1 年; 有效期至…; 其中第二、三、四、五项
 * …执行期限从 2024 年 1 月 1 日起至 2024 年 6 月 30 日止 (a shorter period for those items);
 * 原《…》同时废止. The tree keeps the dates; the status (施行中 …) is computed where it is shown
 * (core/validity.ts), and written into the tree only when the build is given a date (--as-of).
 */
import type { Validity } from '../../schema/reference.ts';
import { DATE, isoFromMatch } from '../../core/chinese/dates.ts';
import { parseNumeral } from '../../core/chinese/numerals.ts';
import { validityStatus } from '../../core/validity.ts';

const FROM = new RegExp(String.raw`(?:自|从|于)?\s*(?:${DATE}|((?:文件|本\S{1,4})?(?:印发|发布|公布|签发)之日))\s*起\s*(?:施行|实施|执行|生效|试行)`, 'u');
const PERIOD = new RegExp(String.raw`(?:从|自)?\s*${DATE}\s*起?\s*至\s*${DATE}\s*止?`, 'u');
const UNTIL = new RegExp(String.raw`(?:有效期|执行期|期限)\S{0,4}?至\s*${DATE}`, 'u');
const DURATION = /(?:执行期限|有效期|试行期|实施期)(?:暂定|为|暂定为)?\s*(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(年|个月)/u;
const REPEAL = /(?:废止|停止执行|不再执行|同时失效)/u;

/** The last day of a period of n years or months starting on `from` (2024-01-01 + 1 年 → 2024-12-31). */
export function periodEnd(from: string, n: number, unit: '年' | '个月'): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(unit === '年' ? y + n : y, unit === '年' ? m - 1 : m - 1 + n, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** What one clause (a stretch between ，；。) says about time. */
export interface ClauseReading {
  from?: string;
  until?: string;
  /** 执行期限暂定 1 年: an end relative to the start. */
  duration?: { n: number; unit: '年' | '个月' };
  repeal?: boolean;
}

/** Reads one clause. `issued` is the notice's date, for 自印发之日起. */
export function readClause(clause: string, issued: string): ClauseReading {
  const out: ClauseReading = {};
  const period = PERIOD.exec(clause);
  if (period) {
    const from = isoFromMatch(period, 1);
    const until = isoFromMatch(period, 4);
    if (from) out.from = from;
    if (until) out.until = until;
  } else {
    const from = FROM.exec(clause);
    const start = from ? (from[1] ? isoFromMatch(from, 1) : issued) : undefined;
    if (start) out.from = start;
    const until = UNTIL.exec(clause);
    const end = until ? isoFromMatch(until, 1) : undefined;
    if (end) out.until = end;
  }
  const duration = DURATION.exec(clause);
  const n = duration ? parseNumeral(duration[1]!) : undefined;
  if (duration && n && !out.until) out.duration = { n, unit: duration[2] as '年' | '个月' };
  if (REPEAL.test(clause)) out.repeal = true;
  return out;
}

/** Splits a sentence into clauses at ，；, keeping offsets. */
export function clauses(text: string): Array<{ start: number; end: number; text: string; sentence: number }> {
  const out: Array<{ start: number; end: number; text: string; sentence: number }> = [];
  let start = 0;
  let sentence = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || c === '，' || c === '；' || c === '。' || c === ',' || c === ';') {
      if (i > start) out.push({ start, end: i, text: text.slice(start, i), sentence });
      start = i + 1;
      if (c === '。') sentence++;
    }
  }
  return out;
}

/** Fills effectiveUntil from a duration, and the status on `asOf` when the build was given a date. */
export function finish(v: Validity, asOf: string | undefined, duration?: { n: number; unit: '年' | '个月' }): Validity {
  if (duration && v.effectiveFrom && !v.effectiveUntil) v.effectiveUntil = periodEnd(v.effectiveFrom, duration.n, duration.unit);
  if (asOf) {
    const s = validityStatus(v, asOf);
    if (s) v.status = s;
    v.asOf = asOf;
  }
  return v;
}
