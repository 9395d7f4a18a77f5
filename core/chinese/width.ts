/**
 * Text normalisation shared by every stage that compares text: full-width ASCII to half-width,
 * ideographic space to space, and no spaces between a Han character and anything else
 * (extractions differ there: "A 级景区 3 家" vs "A级景区3家").
 */
const HAN = '\\p{Script=Han}';
const CJK_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕…—';

export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const SPACE_AROUND_HAN = new RegExp(`(?<=[${HAN.slice(0)}${CJK_PUNCT}])[ \\t\\u00a0\\u3000]+|[ \\t\\u00a0\\u3000]+(?=[${HAN}${CJK_PUNCT}])`, 'gu');

/** Removes spaces that touch a Han character or Chinese punctuation. */
export function removeHanSpaces(text: string): string {
  return text.replace(SPACE_AROUND_HAN, '');
}

/**
 * The comparison form of a text: half-width, brackets unified to the full-width forms used in print,
 * no spaces next to Han characters, runs of spaces collapsed.
 */
export function normalizeText(text: string): string {
  return removeHanSpaces(
    text
      .replace(/[(（]/g, '（')
      .replace(/[)）]/g, '）')
      .replace(/[,，]/g, '，')
      .replace(/[;；]/g, '；')
      .replace(/[:：](?!\d)/g, '：')
      .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[ \u00a0\u3000]+/g, ' '),
  ).trim();
}

/** Everything but Han characters, Latin letters and digits removed: for matching titles that differ in punctuation. */
export function titleKey(text: string): string {
  return toHalfWidth(text).replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
}
