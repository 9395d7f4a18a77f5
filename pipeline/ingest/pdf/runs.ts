/**
 * Text runs: pdfjs's text items placed on the displayed page. Items arrive in content-stream order,
 * split at font changes, with whitespace items pdfjs made up itself; each becomes a run with its box
 * in display coordinates (points, origin top left), its font size and its font's style. Bold comes
 * from the face, from stroked glyphs (glyphs.ts), or from the same text drawn twice a hair apart
 * (fake bold), which is kept once.
 */
import type { TextContent } from './pdfjs.ts';
import { multiply } from './graphics.ts';
import { advance, cleanRunText, isWide, unifyCodePoints } from './chars.ts';
import type { ItemGlyphs } from './glyphs.ts';
import type { FontStyle } from './fonts.ts';

type Matrix = [number, number, number, number, number, number];

export interface Run {
  /** Text with producer spacing removed (see cleanRunText); never empty. */
  text: string;
  x0: number;
  x1: number;
  /** Baseline, y down. */
  baseline: number;
  /** Font size in points. */
  size: number;
  font: FontStyle;
  bold: boolean;
  /** The item began or ended with a space (a word space the width already includes). */
  spaceBefore: boolean;
  spaceAfter: boolean;
  /** Upright text; rotated text (stamps, vertical headers) is kept but read on its own. */
  upright: boolean;
  /** Index of the item in content-stream order. */
  order: number;
  /** Read by OCR with this confidence (0–1), not from the text layer. */
  ocr?: number;
}

/** Top of a run's box (ascent ≈ 0.88 em for CJK faces). */
export const top = (r: { baseline: number; size: number }) => r.baseline - 0.88 * r.size;
/** Bottom of a run's box (descent ≈ 0.12 em). */
export const bottom = (r: { baseline: number; size: number }) => r.baseline + 0.12 * r.size;

/**
 * Runs of a page. `viewport` maps user space to display space; `fontOf` names the style of a
 * loaded font. Returns the runs and how many duplicate (fake-bold) items were dropped.
 */
export function readRuns(
  content: TextContent,
  viewport: Matrix,
  fontOf: (loadedName: string) => FontStyle,
  /** Per item: what the operator list says of its characters (stroked, real spaces; see glyphs.ts). */
  glyphs: Array<ItemGlyphs | undefined> = [],
): { runs: Run[]; duplicates: number } {
  const scale = Math.hypot(viewport[0], viewport[1]);
  const runs: Run[] = [];
  content.items.forEach((item, order) => {
    if (!('str' in item)) return;
    // Character for character, so that the glyph flags still line up.
    const raw = unifyCodePoints(item.str);
    if (raw.trim() === '') return;
    const t = item.transform as number[];
    const m = multiply([t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!], viewport);
    const size = Math.hypot(m[2], m[3]) || item.height * scale;
    if (!(size > 0)) return;
    const length = Math.hypot(m[0], m[1]) || 1;
    const x = m[4];
    const y = m[5];
    const upright = m[0] > 0 && Math.abs(m[1]) < 0.05 * length && Math.abs(m[2]) < 0.05 * size;
    const width = item.width * scale;
    const font = fontOf(item.fontName);
    if (!upright) {
      // Rotated text: its box, read as one run at its top left.
      const text = cleanRunText(raw).trim();
      if (!text) return;
      const dx = (m[0] / length) * width;
      const dy = (m[1] / length) * width;
      runs.push({ text, x0: Math.min(x, x + dx), x1: Math.max(x, x + dx), baseline: Math.max(y, y + dy), size, font, bold: font.bold, spaceBefore: false, spaceAfter: false, upright, order });
      return;
    }
    // An item whose characters were partly stroked (a bold run-in heading and its text in one item) is cut where that changes.
    for (const piece of pieces(withoutFakeSpaces(raw, glyphs[order]), x, width, glyphs[order]?.stroked)) {
      const text = cleanRunText(piece.text);
      const trimmed = text.trim();
      if (!trimmed) continue;
      runs.push({
        text: trimmed,
        x0: piece.x0,
        x1: piece.x1,
        baseline: y,
        size,
        font,
        bold: font.bold || piece.stroked,
        spaceBefore: /^\s/.test(text),
        spaceAfter: /\s$/.test(text),
        upright,
        order,
      });
    }
  });
  const duplicates = dropDuplicates(runs);
  return { runs: runs.filter((r) => r.text !== ''), duplicates };
}

/**
 * The item's string with the spaces pdfjs put at a gap between Chinese and Latin or digits (where
 * the file draws no space glyph) made empty, so that character positions stay as they were.
 */
function withoutFakeSpaces(raw: string, glyphs: ItemGlyphs | undefined): string[] {
  const chars = [...raw];
  if (!glyphs) return chars;
  return chars.map((ch, i) => {
    if (!/\s/.test(ch) || glyphs.realSpace[i]) return ch;
    const before = chars.slice(0, i).reverse().find((c) => !/\s/.test(c));
    const after = chars.slice(i + 1).find((c) => !/\s/.test(c));
    return before !== undefined && after !== undefined && isWide(before) !== isWide(after) ? '' : ch;
  });
}

/** The item's characters cut where they change from stroked to not, each piece placed by estimated advances. */
function pieces(chars: string[], x: number, width: number, flags: boolean[] | undefined): Array<{ text: string; x0: number; x1: number; stroked: boolean }> {
  const raw = chars.join('');
  if (!flags || flags.every((f) => f === flags[0])) return [{ text: raw, x0: x, x1: x + width, stroked: flags?.[0] ?? false }];
  // A character made empty (a dropped space) still stands for the room it took.
  const weights = chars.map((c) => advance(c === '' ? ' ' : c));
  const scale = width / (weights.reduce((s, w) => s + w, 0) || 1);
  const out: Array<{ text: string; x0: number; x1: number; stroked: boolean }> = [];
  let at = x;
  chars.forEach((ch, i) => {
    const flag = flags[i] ?? false;
    const last = out[out.length - 1];
    if (last && last.stroked === flag) last.text += ch;
    else out.push({ text: ch, x0: at, x1: at, stroked: flag });
    at += weights[i]! * scale;
    out[out.length - 1]!.x1 = at;
  });
  return out;
}

/**
 * Fake bold: the same text drawn again within a fraction of an em (a stroke offset). The later copy
 * is dropped and the kept one is marked bold. A copy that pdfjs ran together with the text after it
 * (or before it) in one item shows as a run beginning (or ending) with the other: the copy's part is
 * cut off it. Returns how many copies were dropped.
 */
function dropDuplicates(runs: Run[]): number {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline);
  let dropped = 0;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.baseline - a.baseline < 0.25 * a.size; j++) {
      const b = sorted[j]!;
      if (!a.text || !b.text || Math.abs(a.size - b.size) > 0.1 * a.size) continue;
      const tolerance = 0.25 * a.size;
      const [short, long] = a.text.length <= b.text.length ? [a, b] : [b, a];
      if (short.text === long.text && Math.abs(a.x0 - b.x0) < tolerance) {
        const [keep, drop] = a.order <= b.order ? [a, b] : [b, a];
        keep.bold = true;
        keep.x1 = Math.max(keep.x1, drop.x1);
        drop.text = '';
        dropped++;
      } else if (short.text.length >= 2 && long.text.startsWith(short.text) && Math.abs(short.x0 - long.x0) < tolerance) {
        long.x0 = long.x0 + ((long.x1 - long.x0) * widthOf(short.text)) / widthOf(long.text);
        long.text = long.text.slice(short.text.length).trim();
        long.spaceBefore = false;
        short.bold = true;
        dropped++;
      } else if (short.text.length >= 2 && long.text.endsWith(short.text) && Math.abs(short.x1 - long.x1) < tolerance) {
        long.x1 = long.x1 - ((long.x1 - long.x0) * widthOf(short.text)) / widthOf(long.text);
        long.text = long.text.slice(0, long.text.length - short.text.length).trim();
        long.spaceAfter = false;
        short.bold = true;
        dropped++;
      }
    }
  }
  return dropped;
}

function widthOf(text: string): number {
  return [...text].reduce((w, ch) => w + advance(ch), 0) || 1;
}
