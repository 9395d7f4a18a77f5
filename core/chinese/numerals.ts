/**
 * Numbers as 公文 print them in labels and citations: Chinese numerals (〇/零, 一…九, 十, 百, 千, 两),
 * Arabic digits (half- or full-width), circled ①–⑳ and parenthesised ⑴–⒇. The one definition every
 * stage builds its patterns from.
 */
const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A Chinese numeral, as a regex source: 十四, 一百零二, 二〇二三. */
export const CHINESE_NUMERAL = '[〇零一二两三四五六七八九十百千]+';
/** One Chinese digit, as years are printed digit by digit (二〇二三). */
export const CHINESE_DIGIT = '[〇零一二三四五六七八九]';
/** Arabic digits as printed, half- or full-width. */
export const ARABIC_NUMERAL = '[0-9０-９]{1,4}';
/** A number in a label or a citation: Chinese or Arabic (第十四条, 第14条). */
export const NUMERAL = `(?:${CHINESE_NUMERAL}|${ARABIC_NUMERAL})`;
/** A Chinese numeral that numbers an outline heading or an item (一、, （十一）): no 〇, 零 or 两 at its start. */
export const ORDINAL_NUMERAL = '[一二三四五六七八九十][〇零一二三四五六七八九十百]*';
/** Circled numbers ①–⑳ (a list inside a paragraph, or the lowest outline level). */
export const CIRCLED = '[\u2460-\u2473]';
/** Parenthesised numbers ⑴–⒇, one character each: the same level as （1）. */
export const PARENTHESISED = '[\u2474-\u2487]';

const CHINESE = new RegExp(`^${CHINESE_NUMERAL}$`);

/**
 * Parses 十四 → 14, 一百零二 → 102, 二〇二三 → 2023 (digit by digit), 12 or １２ → 12, ③ → 3, ⑶ → 3.
 * Returns undefined if the text is not a numeral.
 */
export function parseNumeral(text: string): number | undefined {
  if (/^[0-9０-９]+$/.test(text)) return Number(text.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  if (text.length === 1) {
    const code = text.charCodeAt(0);
    if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
    if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1;
  }
  if (!CHINESE.test(text)) return undefined;
  // Digit-by-digit form (二〇二三) has no units.
  if (!/[十百千]/.test(text)) {
    if (text.length === 1) return DIGITS[text];
    return Number([...text].map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let current = 0;
  for (const c of text) {
    const unit = UNITS[c];
    if (unit !== undefined) {
      total += (current === 0 ? 1 : current) * unit; // a leading 十 means 10
      current = 0;
    } else {
      current = DIGITS[c]!;
    }
  }
  return total + current;
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes 14 → 十四, 102 → 一百零二, as articles are numbered. */
export function toNumeral(n: number): string {
  if (n < 10) return SMALL[n]!;
  if (n < 20) return '十' + (n % 10 ? SMALL[n % 10] : '');
  if (n < 100) return SMALL[Math.floor(n / 10)] + '十' + (n % 10 ? SMALL[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const head = SMALL[Math.floor(n / 100)] + '百';
    if (rest === 0) return head;
    if (rest < 10) return head + '零' + SMALL[rest];
    return head + (rest < 20 ? '一' + toNumeral(rest) : toNumeral(rest));
  }
  return String(n);
}
