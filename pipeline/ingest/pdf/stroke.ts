/**
 * Bold drawn by stroking: Word and others embolden a face that has no bold (仿宋 for a run-in
 * heading, a bold page number) by drawing its glyphs filled and stroked (text rendering mode 2).
 * pdfjs's text items do not say so; its operator list does, glyph by glyph. Both follow the content
 * stream in order, so the items' characters are found again in the operator list's glyphs, and an
 * item is bold when most of its characters were drawn stroked.
 */
import type { OperatorList } from './pdfjs.ts';

export interface StrokedGlyphs {
  /** The non-space characters drawn, in content-stream order (NFKC). */
  chars: string[];
  /** Whether each was drawn filled and stroked with a visible line. */
  stroked: boolean[];
}

/** Rendering modes that stroke the glyph outline as well as filling it (2, and 6 which also clips). */
const FILL_STROKE = new Set([2, 6]);

export function strokedGlyphs(list: OperatorList, OPS: Record<string, number>): StrokedGlyphs {
  const names = new Map<number, string>();
  for (const name of ['save', 'restore', 'paintFormXObjectBegin', 'paintFormXObjectEnd', 'setTextRenderingMode', 'setLineWidth', 'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText']) {
    names.set(OPS[name]!, name);
  }
  let mode = 0;
  let width = 1;
  const stack: Array<[number, number]> = [];
  const chars: string[] = [];
  const stroked: boolean[] = [];
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
        for (const ch of unicode.normalize('NFKC')) {
          if (/\s/.test(ch)) continue;
          chars.push(ch);
          stroked.push(bold);
        }
      }
    }
  }
  return { chars, stroked };
}

/**
 * For each text item (its string), which of its characters were drawn stroked (one flag per
 * character of the string; a space takes the flag of the character before it), or undefined when
 * none was. Items are matched in order; characters that cannot be found near where the last item
 * ended (a glyph without Unicode, text pdfjs normalised differently) are taken as not stroked.
 */
export function strokedItems(items: string[], glyphs: StrokedGlyphs): Array<boolean[] | undefined> {
  if (!glyphs.stroked.some(Boolean)) return items.map(() => undefined);
  const { chars, stroked } = glyphs;
  let cursor = 0;
  return items.map((str) => {
    const raw = [...str];
    const mine = raw.map((c) => c.normalize('NFKC')).filter((c) => c !== '' && !/\s/.test(c));
    if (mine.length === 0) return undefined;
    const probe = mine.slice(0, Math.min(3, mine.length));
    const at = (from: number, to: number) => {
      for (let i = Math.max(0, from); i <= Math.min(chars.length - probe.length, to); i++) if (probe.every((c, k) => chars[i + k] === c)) return i;
      return -1;
    };
    let pos = at(cursor, cursor + 400);
    if (pos < 0) pos = at(cursor - 400, cursor - 1);
    if (pos < 0) return undefined;
    const flags: boolean[] = [];
    let matched = 0;
    let last = false;
    for (const c of raw) {
      const n = c.normalize('NFKC');
      if (n === '' || /\s/.test(n)) {
        flags.push(last);
        continue;
      }
      last = matched < mine.length && pos + matched < chars.length && chars[pos + matched] === mine[matched] ? stroked[pos + matched]! : false;
      flags.push(last);
      matched++;
    }
    cursor = pos + matched;
    return flags.some(Boolean) ? flags : undefined;
  });
}
