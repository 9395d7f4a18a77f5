/**
 * 发文字号 (docNumber): 机关代字 + year in 〔〕 + serial + 号. Extractions print the brackets as
 * [] () 【】 （） or garble them; the normalised form always uses 〔〕.
 */

export interface DocNumber {
  /** 攸政办发 */
  agency: string;
  year: number;
  serial: number;
  /** 攸政办发〔2023〕1号 */
  normalized: string;
}

const OPEN = '[〔\\[【（(［Ｃ]';
const CLOSE = '[〕\\]】）)］]';
/** Finds a 文号 anywhere in a text (also as 攸政办发2023年6号 in queries). */
export const DOC_NUMBER_PATTERN = new RegExp(
  `([\\p{Script=Han}]{1,10}[发函字令办])\\s*(?:${OPEN}\\s*(\\d{4})\\s*${CLOSE}|(\\d{4})年?)\\s*第?\\s*(\\d{1,4})\\s*号`,
  'gu',
);

export function parseDocNumber(text: string): DocNumber | undefined {
  DOC_NUMBER_PATTERN.lastIndex = 0;
  const m = DOC_NUMBER_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const agency = m[1]!;
  const year = Number(m[2] ?? m[3]);
  const serial = Number(m[4]);
  return { agency, year, serial, normalized: `${agency}〔${year}〕${serial}号` };
}

/** A document id from its 文号: 攸政办发〔2023〕1号 → yzbf-2023-1 (initials of the 机关代字). */
export function docNumberId(doc: DocNumber): string {
  const initials = [...doc.agency].map(pinyinInitial).join('');
  return `${initials || 'doc'}-${doc.year}-${doc.serial}`;
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
