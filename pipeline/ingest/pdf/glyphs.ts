/**
 * What the operator list says about each glyph that pdfjs's text items do not:
 *
 * - **stroked**: Word and others embolden a face that has no bold (仿宋 for a run-in heading, a bold
 *   page number) by drawing its glyphs filled and stroked (text rendering mode 2);
 * - **spaced**: whether a real space glyph came before it. pdfjs also puts a space into an item
 *   where it sees a gap, and producers widen the gap between Chinese and Latin or digits
 *   (`2023 年第 1 期` printed from 2023年第1期); a space the file does not hold is not the author's.
 *
 * Both the items and the operator list follow the content stream in order, so each item's characters
 * are found again among the glyphs.
 */
import type { OperatorList } from './pdfjs.ts';

export interface Glyphs {
  /** The non-space characters drawn, in content-stream order (NFKC). */
  chars: string[];
  /** Whether each was drawn filled and stroked with a visible line. */
  stroked: boolean[];
  /** Whether a space glyph came right before it (producers draw a word's space at the end of one text object or the start of the next). */
  spaced: boolean[];
}

/** NFKC of one character, skipping the work for ASCII and CJK ideographs (which it leaves as they are). */
function nfkc(ch: string): string {
  const code = ch.codePointAt(0)!;
  return (code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff) ? ch : ch.normalize('NFKC');
}

/** Rendering modes that stroke the glyph outline as well as filling it (2, and 6 which also clips). */
const FILL_STROKE = new Set([2, 6]);

export function readGlyphs(list: OperatorList, OPS: Record<string, number>): Glyphs {
  const names = new Map<number, string>();
  for (const name of ['save', 'restore', 'paintFormXObjectBegin', 'paintFormXObjectEnd', 'setTextRenderingMode', 'setLineWidth', 'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText']) {
    names.set(OPS[name]!, name);
  }
  let mode = 0;
  let width = 1;
  let space = false;
  const stack: Array<[number, number]> = [];
  const chars: string[] = [];
  const stroked: boolean[] = [];
  const spaced: boolean[] = [];
  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const name = names.get(fnArray[i]!);
    if (!name) continue;
    const args = argsArray[i] as unknown[];
    if (name === 'save' || name === 'paintFormXObjectBegin') stack.push([mode, width]);
    else if (name === 'restore' || name === 'paintFormXObjectEnd') [mode, width] = stack.pop() ?? [mode, width];
    else if (name === 'setTextRenderingMode') mode = Number(args[0]);
    else if (name === 'setLineWidth') width = Number(args[0]);
    else {
      const glyphs = args[args.length - 1];
      if (!Array.isArray(glyphs)) continue;
      const bold = FILL_STROKE.has(mode) && width > 0;
      for (const g of glyphs) {
        const unicode = typeof g === 'object' && g !== null ? (g as { unicode?: unknown }).unicode : undefined;
        if (typeof unicode !== 'string' || !unicode) continue;
        for (const ch of nfkc(unicode)) {
          if (/\s/.test(ch)) {
            space = true;
            continue;
          }
          chars.push(ch);
          stroked.push(bold);
          spaced.push(space);
          space = false;
        }
      }
    }
  }
  return { chars, stroked, spaced };
}

/** Per character of an item's string: drawn stroked; and, for a space, whether the file holds one there. */
export interface ItemGlyphs {
  stroked: boolean[];
  realSpace: boolean[];
}

/**
 * For each text item (its string), its characters' flags (one per character of the string: a space
 * takes `stroked` from the character before it and `realSpace` from the glyph after it), or
 * undefined when its characters cannot be found near where the last item ended (a glyph without
 * Unicode, text pdfjs normalised differently).
 */
export function itemGlyphs(items: string[], glyphs: Glyphs): Array<ItemGlyphs | undefined> {
  const { chars, stroked, spaced } = glyphs;
  let cursor = 0;
  return items.map((str) => {
    const raw = [...str];
    const normal = raw.map(nfkc);
    const mine = normal.filter((c) => c !== '' && !/\s/.test(c));
    if (mine.length === 0) return undefined;
    const probe = mine.slice(0, Math.min(3, mine.length));
    const at = (from: number, to: number) => {
      for (let i = Math.max(0, from); i <= Math.min(chars.length - probe.length, to); i++) if (probe.every((c, k) => chars[i + k] === c)) return i;
      return -1;
    };
    let pos = at(cursor, cursor + 400);
    if (pos < 0) pos = at(cursor - 400, cursor - 1);
    if (pos < 0) return undefined;
    const out: ItemGlyphs = { stroked: [], realSpace: [] };
    let matched = 0;
    let last = false;
    let pendingSpaces = 0;
    for (const n of normal) {
      if (n === '' || /\s/.test(n)) {
        out.stroked.push(last);
        out.realSpace.push(false);
        pendingSpaces++;
        continue;
      }
      const k = pos + matched;
      const found = matched < mine.length && k < chars.length && chars[k] === mine[matched];
      last = found ? stroked[k]! : false;
      // The spaces before this character are real when the file drew a space glyph before it (or the match is lost).
      const real = found ? spaced[k]! : true;
      for (let s = out.realSpace.length - pendingSpaces; s < out.realSpace.length; s++) out.realSpace[s] = real;
      pendingSpaces = 0;
      out.stroked.push(last);
      out.realSpace.push(false);
      matched++;
    }
    // Trailing spaces: the file's, as far as we can tell.
    for (let s = out.realSpace.length - pendingSpaces; s < out.realSpace.length; s++) out.realSpace[s] = true;
    cursor = pos + matched;
    return out;
  });
}
