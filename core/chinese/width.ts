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
