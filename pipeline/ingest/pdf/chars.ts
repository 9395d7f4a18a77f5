/**
 * Character classes for spacing decisions. Chinese text has no spaces between words: a space
 * between two Han characters (or Chinese punctuation) is the producer's letter-spacing, never the
 * author's; between Latin words and numbers a space is real.
 */

/** Han ideographs, CJK punctuation and symbols, full-width forms, Chinese quotes and dashes. */
const WIDE = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3200-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2014-\u201F\u2026\u2030\u2103\u2160-\u217F\u2460-\u24FF\u25A0-\u25FF\u2605\u2606\u3220-\u3243]|[\u{20000}-\u{3134F}]/u;

/** A character set in a full em: Han, CJK punctuation, full-width forms. */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

export function isSpace(ch: string): boolean {
  return /\s/.test(ch);
}

/** Estimated advance of a character in ems, for placing characters inside a run. */
export function advance(ch: string): number {
  if (isWide(ch)) return 1;
  if (isSpace(ch)) return 0.3;
  if (/[ilI.,:;'!|]/.test(ch)) return 0.3;
  if (/[mwMW@%]/.test(ch)) return 0.8;
  return 0.55;
}

/**
 * Spaces inside one text item. A letter-spaced item (WPS: 各 职 能 部 门, 增 长 7 . 8 %) has a
 * space after nearly every character: all single spaces go. Otherwise a space between two wide
 * characters goes, and runs of spaces become one.
 */
export function cleanRunText(text: string): string {
  const t = text.replace(/[\u00A0\u2002-\u200B\u3000\t]/g, ' ');
  if (!t.includes(' ')) return t;
  const chars = [...t.trim()];
  const visible = chars.filter((c) => c !== ' ').length;
  const singles = (t.trim().match(/(?<! ) (?! )/g) ?? []).length;
  if (visible >= 3 && singles >= 0.6 * (visible - 1)) {
    // Letter-spaced: single spaces are spacing; a wider gap (two or more spaces) between Latin words stays one space.
    return keepBetweenLatin(t.replace(/(?<! ) (?! )/g, '').replace(/ {2,}/g, ' '));
  }
  return keepBetweenLatin(t.replace(/ {2,}/g, ' '));
}

/**
 * Drops a space between two wide characters, and inside a number (201 3 -20 1 5: pdfjs turns the
 * letter-spacing of a justified line into spaces between digits); keeps it between Latin words and
 * at a Latin/Chinese boundary.
 */
function keepBetweenLatin(t: string): string {
  return t.replace(/ /g, (_s, offset: number) => {
    const before = t[offset - 1];
    const after = t[offset + 1];
    if (before === undefined || after === undefined) return ' ';
    if (isWide(before) && isWide(after)) return '';
    if (NUMBER_PART.test(before) && NUMBER_PART.test(after) && (DIGIT.test(before) || DIGIT.test(after))) return '';
    return ' ';
  });
}

const DIGIT = /\d/;
/** Characters a number is printed with: digits and the separators inside a figure or a range. */
const NUMBER_PART = /[\d.,:%\-–—~～／/]/;
