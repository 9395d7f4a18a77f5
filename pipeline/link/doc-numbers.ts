/**
 * 文号 in running text: 湘政办发〔2017〕79号, also 公治〔2017〕529号, 财税〔2022〕41号 (agency codes
 * need not end in 发), 安监总厅管一C2013〕143号 (a garbled bracket), 国办发〔2022〕34 号; and the numbers
 * that name rules and standards next to a title: 省政府令第297号, GB/T35547-2017.
 * The shared DOC_NUMBER_PATTERN reads whole lines; in a sentence its agency part swallows the verb
 * before it (落实财税…, 含国发…), so the agency is cut back here.
 */
import { DOC_NUMBER_TAIL, docNumberId, type DocNumber } from '../../core/chinese/doc-number.ts';

export type NumberKind = 'docNumber' | 'decree' | 'standard';

export interface DocNumberMention {
  start: number;
  end: number;
  surface: string;
  kind: NumberKind;
  /** 攸政办发〔2023〕1号, 省政府令第297号, GB/T 35547-2017 */
  normalized: string;
  /** For a 文号: its parts, and the id a corpus document with this number gets. */
  docNumber?: DocNumber;
  id?: string;
}

/** Verbs and particles that run into an agency code in a sentence. */
const LEADING_WORDS =
  /^(?:根据|依据|依照|按照|参照|落实|贯彻|执行|印发|转发|见|含|和|及|与|或|的|按|据|由|经|即|如|以|在|对|将|并|等|于|详见|参见|文件|精神)/u;
const DECREE = /((?:[\p{Script=Han}]\s?){1,12}?令)\s*(?:〔\s*(\d{4})\s*〕\s*)?第\s*(\d{1,4})\s*号/gu;
const STANDARD = /\b(GB|GB\/T|DB\d{0,2}\/T|DB\d{0,2}|JGJ|CJJ|XF|XF\/T|GA|GA\/T)\s*(\d{1,6}(?:\.\d+)?)\s*[-—–]\s*(\d{4})/gu;

export function findDocNumbers(text: string): DocNumberMention[] {
  const out: DocNumberMention[] = [];
  // Cheap guards first: most texts cite nothing, and the patterns below cost per character.
  const hasNumber = text.includes('号');
  for (const m of hasNumber ? text.matchAll(DOC_NUMBER_TAIL) : []) {
    const coreStart = m.index!;
    // The agency: the run of Han characters (and a Latin letter or two: 安监总厅管一) right before.
    let s = coreStart;
    while (s > 0 && /[\p{Script=Han}]/u.test(text[s - 1]!) && coreStart - s < 12) s--;
    let agency = text.slice(s, coreStart);
    while (agency.length > 2 && LEADING_WORDS.test(agency)) {
      const cut = agency.match(LEADING_WORDS)![0].length;
      if (agency.length - cut < 2) break;
      agency = agency.slice(cut);
    }
    // Full-width parentheses around a bare year with no agency are not a 文号: （2021年第1号） has 年.
    if (agency.length < 2) continue;
    if (/[（(]/.test(m[0][0]!) && !/[）)]/.test(m[0])) continue;
    const start = coreStart - agency.length;
    const year = Number(m[1]);
    const serial = Number(m[2]);
    const docNumber: DocNumber = { agency, year, serial, normalized: `${agency}〔${year}〕${serial}号` };
    out.push({
      start,
      end: coreStart + m[0].length,
      surface: text.slice(start, coreStart + m[0].length),
      kind: 'docNumber',
      normalized: docNumber.normalized,
      docNumber,
      id: docNumberId(docNumber),
    });
  }
  for (const m of hasNumber && text.includes('令') ? text.matchAll(DECREE) : []) {
    const start = m.index!;
    if (out.some((o) => start < o.end && o.start < start + m[0].length)) continue;
    // The issuer is what follows the last year or particle: （2014年省 政府令第271号） → 省政府令.
    const cut = Math.max(...['年', '的', '，', '、'].map((c) => m[1]!.lastIndexOf(c))) + 1;
    let printed = m[1]!.slice(cut);
    while (printed.length > 2 && LEADING_WORDS.test(printed)) printed = printed.slice(printed.match(LEADING_WORDS)![0].length);
    const issuer = printed.replace(/\s+/g, '');
    const from = start + (m[1]!.length - printed.length);
    const year = m[2] ? `〔${m[2]}〕` : '';
    out.push({
      start: from,
      end: start + m[0].length,
      surface: text.slice(from, start + m[0].length),
      kind: 'decree',
      normalized: `${issuer}${year}第${Number(m[3])}号`,
    });
  }
  for (const m of /GB|DB|JGJ|CJJ|XF|GA/.test(text) ? text.matchAll(STANDARD) : []) {
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      surface: m[0],
      kind: 'standard',
      normalized: `${m[1]} ${m[2]}-${m[3]}`,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
