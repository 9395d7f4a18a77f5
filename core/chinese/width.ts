/**
 * Text normalisation shared by every stage that compares text: full-width ASCII to half-width,
 * ideographic space to space, and no spaces between a Han character and anything else
 * (extractions differ there: "A 级景区 3 家" vs "A级景区3家").
 */
const HAN = '\\p{Script=Han}';
const CJK_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕…—';

/** Han ideographs, CJK punctuation and symbols, full-width forms, Chinese quotes and dashes. */
const WIDE = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3200-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u2014-\u201F\u2026\u2030\u2103\u2160-\u217F\u2460-\u24FF\u25A0-\u25FF\u2605\u2606\u3220-\u3243]|[\u{20000}-\u{3134F}]/u;

/** A character set in a full em: Han, CJK punctuation, full-width forms (a PDF's glyphs, a table cell's printed width). */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

const SPACES = /[ \t\u00a0\u3000]+/g;
const HAN_OR_PUNCT = new RegExp(`^[${HAN}${CJK_PUNCT}]$`, 'u');

/** The character (code point) that ends just before `at`. */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  return at >= 2 && low >= 0xdc00 && low <= 0xdfff ? text.slice(at - 2, at) : text[at - 1]!;
}

/**
 * Removes spaces that touch a Han character or Chinese punctuation: a run of spaces goes when the
 * character before or after it is one. Each run is looked at once (a pattern with a lookahead after
 * a run of spaces would try the run again from each of its spaces: a 200 KB line of spaces took
 * 20 s).
 */
export function removeHanSpaces(text: string): string {
  return text.replace(SPACES, (run: string, at: number) => {
    const after = text.codePointAt(at + run.length);
    const touches = HAN_OR_PUNCT.test(charBefore(text, at)) || (after !== undefined && HAN_OR_PUNCT.test(String.fromCodePoint(after)));
    return touches ? '' : run;
  });
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
