/**
 * When an instrument applies, read from its own clauses: 本办法从 2023 年 2 月 1 日起施行;
 * 本细则自文件印发之日起施行 (= the notice's date); 执行期限暂定 1 年; 有效期至…; 其中第二、三、四、五项
 * …执行期限从 2024 年 1 月 1 日起至 2024 年 6 月 30 日止 (a shorter period for those items);
 * 原《…》同时废止. The status is computed for a given date, so the same tree gives the same answer
 * for the same build date.
 */
import type { Validity, ValidityStatus } from '../../schema/reference.ts';

const DATE = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const FROM = new RegExp(String.raw`(?:自|从|于)?\s*(?:${DATE}|((?:文件|本\S{1,4})?(?:印发|发布|公布|签发)之日))\s*起\s*(?:施行|实施|执行|生效|试行)`, 'u');
const PERIOD = new RegExp(String.raw`(?:从|自)?\s*${DATE}\s*起?\s*至\s*${DATE}\s*止?`, 'u');
const UNTIL = new RegExp(String.raw`(?:有效期|执行期|期限)\S{0,4}?至\s*${DATE}`, 'u');
const DURATION = /(?:执行期限|有效期|试行期|实施期)(?:暂定|为|暂定为)?\s*(\d{1,2}|[一二两三四五六七八九十])\s*(年|个月)/u;
const REPEAL = /(?:废止|停止执行|不再执行|同时失效)/u;

export function isoDate(y: string | number, m: string | number, d: string | number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The last day of a period of n years or months starting on `from` (2024-01-01 + 1 年 → 2024-12-31). */
export function periodEnd(from: string, n: number, unit: '年' | '个月'): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(unit === '年' ? y + n : y, unit === '年' ? m - 1 : m - 1 + n, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

const SMALL: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

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
    out.from = isoDate(period[1]!, period[2]!, period[3]!);
    out.until = isoDate(period[4]!, period[5]!, period[6]!);
  } else {
    const from = FROM.exec(clause);
    if (from) out.from = from[1] ? isoDate(from[1], from[2]!, from[3]!) : issued;
    const until = UNTIL.exec(clause);
    if (until) out.until = isoDate(until[1]!, until[2]!, until[3]!);
  }
  const duration = DURATION.exec(clause);
  if (duration && !out.until) out.duration = { n: /\d/.test(duration[1]!) ? Number(duration[1]) : SMALL[duration[1]!]!, unit: duration[2] as '年' | '个月' };
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

export function status(validity: Pick<Validity, 'effectiveFrom' | 'effectiveUntil'>, asOf: string): ValidityStatus | undefined {
  if (validity.effectiveFrom && asOf < validity.effectiveFrom) return '尚未施行';
  if (validity.effectiveUntil && asOf > validity.effectiveUntil) return '已失效';
  if (validity.effectiveFrom) return '施行中';
  return undefined;
}

/** Fills effectiveUntil from a duration and the status for the build date. */
export function finish(v: Validity, asOf: string, duration?: { n: number; unit: '年' | '个月' }): Validity {
  if (duration && v.effectiveFrom && !v.effectiveUntil) v.effectiveUntil = periodEnd(v.effectiveFrom, duration.n, duration.unit);
  const s = status(v, asOf);
  if (s) v.status = s;
  v.asOf = asOf;
  return v;
}
