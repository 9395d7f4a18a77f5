/**
 * Was a line break forced by the width (a wrapped line) or chosen by the author (a paragraph's end)?
 * A line is wrapped when what starts the next line would not have fitted in the room left at the
 * end of this one: its first character (two, when the second is punctuation a line may not start
 * with), or its first Latin word. Justified and ragged text, cells and body alike.
 */
import { advance } from './chars.ts';
import type { Line } from './lines.ts';

/** Patterns that open a numbered unit (as the structure stage reads them) or an attachment. */
export const OPENS_UNIT = /^(第[〇零一二两三四五六七八九十百千\d]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、](?!\d)|[（(]\d+[）)]|附\s*件\s*\d*\s*[：:]?$|附\s*件\s*\d+|[①-⑳])/;
/** A finished sentence (or clause that introduces a list). */
export const ENDS_SENTENCE = /[。；！？：:;!?]$|[。；！？][）)”"」》]$/;

/** Punctuation a Chinese line may not start with (避头): the line breaker carries the character before it down too. */
const NO_START = /^[，。、；：？！）》」』”’〕】…—·%‰,.;:?!)\]]/;

/** An opening bracket and the figure or word after it, closed: 〔2016〕 moves to a new line whole. */
const OPENED_FIGURE = /^[（(〔［\[【“‘《〈「『][A-Za-z0-9][A-Za-z0-9.,:/%-]*[）)〕］\]】”’》〉」』]?/;

/** Width in points of the start of `line` that had to fit on the line before for it to be a wrap. */
export function leadWidth(line: Line): number {
  const text = line.text;
  const size = line.size;
  const word = /^[A-Za-z0-9][A-Za-z0-9.,:/%-]*/.exec(text) ?? OPENED_FIGURE.exec(text);
  if (word) return [...word[0]].reduce((w, ch) => w + advance(ch), 0) * size;
  const chars = [...text];
  let w = advance(chars[0] ?? '') * size;
  if (chars[1] && NO_START.test(chars[1])) w += advance(chars[1]) * size;
  return w;
}

/**
 * Does `prev` end its paragraph, `next` being the following line of the same column and `right`
 * the right edge text may reach? A line short by less than what starts the next one was wrapped.
 */
export function endsParagraph(prev: Line, next: Line, right: number): boolean {
  const room = right - prev.x1;
  // A fifth of an em of slack: justification and glyph side bearings.
  return room > leadWidth(next) + 0.2 * prev.size;
}
