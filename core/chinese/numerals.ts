/** Chinese numerals as printed in 公文 numbering and citations: 〇/零, 一…九, 十, 百, 千, 两. */
const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL = '[〇零一二两三四五六七八九十百千]+';

/** Parses 十四 → 14, 一百零二 → 102, 二〇二三 → 2023 (digit by digit), 12 → 12. Returns undefined if not a numeral. */
export function parseNumeral(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!new RegExp(`^${CHINESE_NUMERAL}$`).test(text)) return undefined;
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
