/**
 * Text runs: pdfjs's text items placed on the displayed page. Items arrive in content-stream order,
 * split at font changes, with whitespace items pdfjs made up itself; each becomes a run with its box
 * in display coordinates (points, origin top left), its font size and its font's style. The same
 * text drawn twice a hair apart (fake bold) is kept once, marked bold.
 */
import type { TextContent } from './pdfjs.ts';
import { multiply } from './graphics.ts';
import { cleanRunText } from './chars.ts';
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
export function readRuns(content: TextContent, viewport: Matrix, fontOf: (loadedName: string) => FontStyle): { runs: Run[]; duplicates: number } {
  const scale = Math.hypot(viewport[0], viewport[1]);
  const runs: Run[] = [];
  content.items.forEach((item, order) => {
    if (!('str' in item)) return;
    const raw = item.str;
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
    const text = cleanRunText(raw);
    const trimmed = text.trim();
    if (!trimmed) return;
    let x0 = x;
    let x1 = x + width;
    let baseline = y;
    if (!upright) {
      // Rotated text: its box, read as one run at its top left.
      const dx = (m[0] / length) * width;
      const dy = (m[1] / length) * width;
      x0 = Math.min(x, x + dx);
      x1 = Math.max(x, x + dx);
      baseline = Math.max(y, y + dy);
    }
    runs.push({
      text: trimmed,
      x0,
      x1,
      baseline,
      size,
      font,
      bold: font.bold,
      spaceBefore: /^\s/.test(text),
      spaceAfter: /\s$/.test(text),
      upright,
      order,
    });
  });
  const duplicates = dropDuplicates(runs);
  return { runs: runs.filter((r) => r.text !== ''), duplicates };
}

/**
 * Fake bold: the same text drawn again within a fraction of an em (a stroke offset). The later copy
 * is dropped (its text emptied) and the kept one is marked bold. Returns how many were dropped.
 */
function dropDuplicates(runs: Run[]): number {
  const byText = new Map<string, Run[]>();
  let dropped = 0;
  for (const r of runs) {
    const same = byText.get(r.text);
    const twin = same?.find((o) => Math.abs(o.x0 - r.x0) < 0.25 * r.size && Math.abs(o.baseline - r.baseline) < 0.25 * r.size && Math.abs(o.size - r.size) < 0.1 * r.size);
    if (twin) {
      twin.bold = true;
      twin.x1 = Math.max(twin.x1, r.x1);
      r.text = '';
      dropped++;
      continue;
    }
    if (same) same.push(r);
    else byText.set(r.text, [r]);
  }
  return dropped;
}
