/**
 * Character classes for spacing decisions. Chinese text has no spaces between words: a space
 * between two Han characters (or Chinese punctuation) is the producer's letter-spacing, never the
 * author's; between Latin words and numbers a space is real.
 */
import { isWide } from '../../../core/chinese/width.ts';

// One definition of a full-em character, in core (the tables stage measures printed cells with it too).
export { isWide };

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

/**
 * Radicals → the ideographs they stand for. Some producers (Chrome/Skia among them) map glyphs to the
 * Kangxi Radicals (⼈ U+2F08) and CJK Radicals Supplement (⺠ U+2EA0, ⻛ U+2EDB) code points instead of
 * the unified ideographs the page shows (人, 民, 风): 攸县⼈⺠政府 would match no title and no search.
 * Kangxi radicals have NFKC forms; the supplement's equivalents (Unicode's EquivalentUnifiedIdeograph
 * data) are listed here as pairs.
 */
const SUPPLEMENT = new Map<string, string>();
const PAIRS = '⺀冫⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺉刂⺊卜⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺗㣺⺘扌⺙攵⺛旡⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺥爫⺦丬⺨犭⺫罒⺬示⺭礻⺯糹⺰纟⺱罓⺳㓁⺴㓁⺹耂⺺肀⺼月⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻊足⻋车⻌辶⻍辶⻎辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻕阜⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞食⻟飠⻠饣⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';
for (let i = 0; i < PAIRS.length; i += 2) SUPPLEMENT.set(PAIRS[i]!, PAIRS[i + 1]!);

/**
 * The text with radical code points replaced by their ideographs, and characters that are canonically
 * another one (CJK compatibility ideographs U+F900–FAFF, 〈 U+2329 for 〈 U+3008) replaced by it:
 * character for character, so that positions in the text stay as they were.
 */
export function unifyCodePoints(text: string): string {
  if (!/[\u2300-\u23FF\u2E80-\u2FDF\uF900-\uFAFF]/.test(text)) return text;
  return text.replace(/[\u2300-\u23FF\u2E80-\u2FDF\uF900-\uFAFF]/g, (ch) => {
    const radical = SUPPLEMENT.get(ch) ?? (ch >= '\u2F00' && ch <= '\u2FDF' ? ch.normalize('NFKC') : undefined);
    if (radical) return radical;
    const canonical = ch.normalize('NFC');
    return canonical.length === 1 ? canonical : ch;
  });
}
