/**
 * 发文字号 (docNumber): 机关代字 + year in 〔〕 + serial + 号. Extractions print the brackets as
 * [] () 【】 （） or garble them; the normalised form always uses 〔〕.
 */
import { CHINESE_YEAR, yearNumber } from './dates.ts';
import { parseNumeral } from './numerals.ts';

export interface DocNumber {
  /** 攸政办发 */
  agency: string;
  year: number;
  serial: number;
  /** 攸政办发〔2023〕1号 */
  normalized: string;
}

/** A 文号 read in a text, and where: the characters it was typed as (梅政发2024 13号) and their place. */
export interface DocNumberRead extends DocNumber {
  at: number;
  printed: string;
}

/** Brackets extractions print around the year of a 文号 (〔〕 in print; [] () 【】 （） ［］ after extraction). */
export const YEAR_OPEN = '〔\\[【（(［';
export const YEAR_CLOSE = '〕\\]】）)］';
/**
 * The last character of a 机关代字 in a 文号 standing on its own line (攸政办发, 湘政函, 国办字, 省政府令; 石政任, the series
 * of 人事任免; 南政通 and 政告 of 通告, 政阅 and 政纪 of 会议纪要, 政规 of normative documents, 政电 of 明电, 政呈 of a 请示 cited).
 */
export const AGENCY = '[\\p{Script=Han}]{1,10}[发函字令办任通告阅纪规电呈]';

/**
 * A 机关代字 ending in a department's code, no 发 (檀财社, 攸财预, 财社): read only before a year in brackets, which no
 * other words print (檀财社〔2025〕12号, 财社〔2017〕164号).
 */
const DEPARTMENT_AGENCY = `[\\p{Script=Han}]{2,10}(?=\\s*[${YEAR_OPEN}]\\s*\\d{4}\\s*[${YEAR_CLOSE}])`;

/** A serial in Chinese numerals (一号, 十二号), as some type or read a 文号 out. */
const CHINESE_SERIAL = '[一二三四五六七八九十百〇零]{1,5}';

/** The number of a 文号's serial, in digits or in Chinese numerals (1, 01, 一, 十二). */
export function serialNumber(text: string): number | undefined {
  return /^\d+$/u.test(text) ? Number(text) : parseNumeral(text);
}

/**
 * A 文号: agency, then the year in brackets or followed by 年, a dash or 第, then the serial and 号
 * (攸政办发〔2023〕1号, 攸政办发[2023]1号, 攸政办发（2023）第1号, 攸政办发2023年1号; as typed in a query,
 * 攸政办发2023-1号, 攸政办发2023第1号, 攸政办发2023 1号, 攸政办发〔二〇二三〕一号). Groups: 1 agency, 2 bracketed year, 3 year
 * before 年, a dash or 第 (each in digits or Chinese numerals: read them with `yearNumber`), 4 serial (`serialNumber`).
 * Global: reset lastIndex before exec.
 */
export const DOC_NUMBER_PATTERN = new RegExp(
  `(${AGENCY}|${DEPARTMENT_AGENCY})\\s*(?:[${YEAR_OPEN}Ｃ]\\s*(\\d{4}|${CHINESE_YEAR})\\s*[${YEAR_CLOSE}]|(\\d{4}|${CHINESE_YEAR})(?:\\s*(?:年|[-－—]|(?=第))|\\s+(?=\\d{1,4}\\s*号)))\\s*第?\\s*0*(\\d{1,4}|${CHINESE_SERIAL})\\s*号`,
  'gu',
);

/**
 * The year-and-serial part of a 文号 in running text, where the agency is cut out separately:
 * 〔2017〕79号, [2017]79号, C2013〕143号 (a lost 〔 read as C). Groups: 1 year, 2 serial.
 */
export const DOC_NUMBER_TAIL = new RegExp(`[${YEAR_OPEN}C]\\s*(\\d{4})\\s*[${YEAR_CLOSE}]\\s*第?\\s*(\\d{1,5})\\s*号`, 'gu');

export function parseDocNumber(text: string): DocNumberRead | undefined {
  DOC_NUMBER_PATTERN.lastIndex = 0;
  const trimmed = text.trim();
  const m = DOC_NUMBER_PATTERN.exec(trimmed);
  if (!m) return undefined;
  const agency = m[1]!;
  const year = yearNumber(m[2] ?? m[3]!)!;
  const serial = serialNumber(m[4]!);
  if (serial === undefined) return undefined;
  return { agency, year, serial, normalized: `${agency}〔${year}〕${serial}号`, at: m.index + text.indexOf(trimmed), printed: m[0] };
}

/** A document id from its 文号: 攸政办发〔2023〕1号 → yzbf-2023-1 (initials of the 机关代字). */
export function docNumberId(doc: DocNumber): string {
  const initials = [...doc.agency].map(pinyinInitial).join('');
  return `${initials || 'doc'}-${doc.year}-${doc.serial}`;
}

/** A document id as docNumberId writes it (yzbf-2023-1): initials, year, serial. */
export const DOCUMENT_ID = /[a-z0-9]+-(\d{4})-(\d+)/;

/** The year and serial of the 文号 a document id was made from (yzbf-2023-8 → 2023, 8), if it is one. */
export function documentIdNumber(id: string): { id: string; year: number; serial: number } | undefined {
  const m = new RegExp(`^${DOCUMENT_ID.source}`).exec(id);
  return m ? { id: m[0], year: Number(m[1]), serial: Number(m[2]) } : undefined;
}

// The first character of each initial in pinyin order: ICU's pinyin collation places every Han
// character between two of them, which gives its initial without a dictionary to load.
const PINYIN_BOUNDS = [...'阿八嚓哒妸发旮哈丌咔垃妈拏噢妑七呥仨他屲夕丫帀'];
const PINYIN_LETTERS = 'abcdefghjklmnopqrstwxyz';
const pinyinOrder = new Intl.Collator('zh-CN-u-co-pinyin');

/** 攸 → y, 政 → z; Latin letters and digits stay as they are; anything else gives ''. */
export function pinyinInitial(char: string): string {
  if (/^[A-Za-z0-9]$/.test(char)) return char.toLowerCase();
  if (!/^\p{Script=Han}$/u.test(char)) return '';
  let letter = '';
  for (let i = 0; i < PINYIN_BOUNDS.length && pinyinOrder.compare(char, PINYIN_BOUNDS[i]!) >= 0; i++) letter = PINYIN_LETTERS[i]!;
  return letter;
}
