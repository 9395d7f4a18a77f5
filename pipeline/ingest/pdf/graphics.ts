/**
 * What a page draws besides text, read from pdfjs's operator list: the rules (stroked lines and thin
 * filled rectangles: table borders, the 版记 lines) and the images (a scanned page is one image, or a
 * 1-bit image mask), all in display coordinates (points, origin top left, y down).
 *
 * pdfjs 5 hands paths over as `constructPath` with `[paintOp, [Float32Array], bbox]`, the path as
 * draw codes (0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath) in the coordinates of
 * the current transform, which we follow through save/restore/transform and form XObjects.
 */
import type { OperatorList } from './pdfjs.ts';

type Matrix = [number, number, number, number, number, number];

/** A straight axis-parallel line segment painted on the page. */
export interface Rule {
  /** Horizontal rules run along x at `at` (a y); vertical rules along y at `at` (an x). */
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
  /** Painted thickness in points. */
  width: number;
}

export interface PageGraphics {
  rules: Rule[];
  /** Bounding boxes of the painted images, clipped to the page: [x0, y0, x1, y1]. */
  images: Array<[number, number, number, number]>;
  /** Share of the page area the largest image covers (0–1). */
  imageCover: number;
}

/** The operator codes this reader needs, from pdfjs's OPS table. */
export type Ops = Record<string, number>;

const STROKES = ['stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'];
const FILLS = ['fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'];
const IMAGES = [
  'paintImageXObject',
  'paintImageMaskXObject',
  'paintInlineImageXObject',
  'paintImageXObjectRepeat',
  'paintImageMaskXObjectRepeat',
  'paintImageMaskXObjectGroup',
  'paintInlineImageXObjectGroup',
  'paintSolidColorImageMask',
];

/** Filled rectangles thinner than this (points) are rules: Word and WPS draw cell borders that way. */
export const THIN_FILL = 2.5;

export function multiply(m: Matrix, n: Matrix): Matrix {
  // m then n: the matrix that applies n after m (PDF's row-vector convention, as pdfjs's Util.transform(n, m)).
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** White or nearly: a fill or stroke in this colour paints no visible rule. */
function isWhite(color: unknown): boolean {
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  return [1, 3, 5].every((i) => parseInt(color.slice(i, i + 2), 16) >= 0xf0);
}

/**
 * Reads rules and images from an operator list. `viewport` maps PDF user space to display space
 * (pdfjs's `page.getViewport({ scale: 1 }).transform`); `width`/`height` are the display size.
 */
export function readGraphics(list: OperatorList, OPS: Ops, viewport: Matrix, width: number, height: number): PageGraphics {
  const names = new Map<number, string>();
  for (const [name, code] of Object.entries(OPS)) names.set(code, name);
  const strokeOps = new Set(STROKES.map((n) => OPS[n]));
  const fillOps = new Set(FILLS.map((n) => OPS[n]));
  const imageOps = new Set(IMAGES.map((n) => OPS[n]));

  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let lineWidth = 1;
  let stroke: unknown = '#000000';
  let fill: unknown = '#000000';
  const stack: Array<{ ctm: Matrix; lineWidth: number; stroke: unknown; fill: unknown }> = [];
  const rules: Rule[] = [];
  const images: PageGraphics['images'] = [];
  const toDisplay = (x: number, y: number) => apply(multiply(ctm, viewport), x, y);

  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[];
    const name = names.get(fn);
    switch (name) {
      case 'save':
      case 'beginGroup':
        stack.push({ ctm, lineWidth, stroke, fill });
        break;
      case 'paintFormXObjectBegin': {
        stack.push({ ctm, lineWidth, stroke, fill });
        const m = args[0] as ArrayLike<number> | null;
        if (m) ctm = multiply([m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!], ctm);
        break;
      }
      case 'restore':
      case 'endGroup':
      case 'paintFormXObjectEnd': {
        const s = stack.pop();
        if (s) ({ ctm, lineWidth, stroke, fill } = s);
        break;
      }
      case 'transform': {
        const m = args as number[];
        ctm = multiply([m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!], ctm);
        break;
      }
      case 'setLineWidth':
        lineWidth = Number(args[0]) || 0;
        break;
      case 'setStrokeRGBColor':
        stroke = args[0];
        break;
      case 'setFillRGBColor':
        fill = args[0];
        break;
      case 'setStrokeGray':
      case 'setStrokeCMYKColor':
      case 'setStrokeColor':
        stroke = undefined;
        break;
      case 'setFillGray':
      case 'setFillCMYKColor':
      case 'setFillColor':
        fill = undefined;
        break;
      case 'constructPath': {
        const op = args[0] as number;
        const path = (args[1] as Array<Float32Array | null>)[0];
        if (!path) break;
        const m = multiply(ctm, viewport);
        if (strokeOps.has(op) && !isWhite(stroke)) {
          // Line width in display units: scaled by the transform (its mean axis scale).
          const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
          strokedRules(path, m, Math.max(lineWidth * scale, 0.1), rules);
        }
        if (fillOps.has(op) && !isWhite(fill)) filledRules(path, m, rules);
        break;
      }
      default:
        if (name && imageOps.has(fn)) {
          // Images paint the unit square of the current transform.
          const corners = [toDisplay(0, 0), toDisplay(1, 0), toDisplay(0, 1), toDisplay(1, 1)];
          const xs = corners.map((c) => c[0]);
          const ys = corners.map((c) => c[1]);
          const box: [number, number, number, number] = [
            Math.max(0, Math.min(...xs)),
            Math.max(0, Math.min(...ys)),
            Math.min(width, Math.max(...xs)),
            Math.min(height, Math.max(...ys)),
          ];
          if (box[2] > box[0] && box[3] > box[1]) images.push(box);
        }
    }
  }
  const area = width * height;
  const imageCover = area > 0 ? Math.max(0, ...images.map(([a, b, c, d]) => ((c - a) * (d - b)) / area)) : 0;
  return { rules, images, imageCover };
}

/** Segments of a path, each as display-space endpoints; curves are skipped (no table draws its rules curved). */
function segments(path: Float32Array, m: Matrix, out: (a: [number, number], b: [number, number], closing: boolean) => void): void {
  let start: [number, number] | undefined;
  let current: [number, number] | undefined;
  for (let k = 0; k < path.length; ) {
    const code = path[k++];
    if (code === 0) {
      current = start = apply(m, path[k]!, path[k + 1]!);
      k += 2;
    } else if (code === 1) {
      const next = apply(m, path[k]!, path[k + 1]!);
      if (current) out(current, next, false);
      current = next;
      k += 2;
    } else if (code === 2) {
      current = apply(m, path[k + 4]!, path[k + 5]!);
      k += 6;
    } else if (code === 3) {
      current = apply(m, path[k + 2]!, path[k + 3]!);
      k += 4;
    } else if (code === 4) {
      if (current && start) out(current, start, true);
      current = start;
    } else break;
  }
}

function strokedRules(path: Float32Array, m: Matrix, width: number, rules: Rule[]): void {
  segments(path, m, ([x0, y0], [x1, y1]) => {
    const dx = Math.abs(x1 - x0);
    const dy = Math.abs(y1 - y0);
    if (dx < 0.5 && dy < 0.5) return;
    if (dy <= 0.5 && dx > dy) rules.push({ horizontal: true, at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1), width });
    else if (dx <= 0.5) rules.push({ horizontal: false, at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1), width });
  });
}

/** Closed sub-paths that are axis-aligned rectangles thinner than THIN_FILL become rules along their long side. */
function filledRules(path: Float32Array, m: Matrix, rules: Rule[]): void {
  let points: Array<[number, number]> = [];
  const flush = () => {
    if (points.length >= 3) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const x0 = Math.min(...xs);
      const x1 = Math.max(...xs);
      const y0 = Math.min(...ys);
      const y1 = Math.max(...ys);
      // Axis-aligned: every corner sits on the bounding box's corners.
      const aligned = points.every(([x, y]) => (Math.abs(x - x0) < 0.3 || Math.abs(x - x1) < 0.3) && (Math.abs(y - y0) < 0.3 || Math.abs(y - y1) < 0.3));
      const w = x1 - x0;
      const h = y1 - y0;
      if (aligned && Math.min(w, h) < THIN_FILL && Math.max(w, h) > 1) {
        if (w >= h) rules.push({ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1, width: Math.max(h, 0.1) });
        else rules.push({ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1, width: Math.max(w, 0.1) });
      }
    }
    points = [];
  };
  for (let k = 0; k < path.length; ) {
    const code = path[k++];
    if (code === 0) {
      flush();
      points.push(apply(m, path[k]!, path[k + 1]!));
      k += 2;
    } else if (code === 1) {
      points.push(apply(m, path[k]!, path[k + 1]!));
      k += 2;
    } else if (code === 2) {
      points = [];
      k += 6;
    } else if (code === 3) {
      points = [];
      k += 4;
    } else if (code === 4) {
      flush();
    } else break;
  }
  flush();
}
