/**
 * Renders a pdfjs page to pixels for OCR: pdfjs's own canvas path in Node (@napi-rs/canvas, an
 * optional dependency of pdfjs-dist, so nothing extra to install), on a white background.
 */
import { createRequire } from 'node:module';
import type { PDFPageProxy, PageViewport } from 'pdfjs-dist';

/** Resolution of page images for OCR. 300 dpi: 公文 body text (三号, 16 pt) is ≈ 65 px high. */
export const OCR_DPI = 300;

export interface PageImage {
  width: number;
  height: number;
  /** RGBA, row-major, `width * height * 4` bytes. */
  data: Uint8ClampedArray;
  /** Pixels per PDF unit (dpi / 72). */
  scale: number;
  /** The viewport the image was rendered with: `viewport.convertToPdfPoint(x, y)` maps a pixel back to the page. */
  viewport: PageViewport;
  /** Milliseconds spent rendering. */
  ms: number;
}

interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): CanvasRenderingContext2D;
}
interface CanvasEntry {
  canvas: CanvasLike;
  context: CanvasRenderingContext2D;
}
interface CanvasFactoryLike {
  create(width: number, height: number): CanvasEntry;
  destroy(entry: CanvasEntry): void;
}

/** The canvas factory of the page's document (the one pdfjs draws its own temporary canvases with). */
function canvasFactoryOf(page: PDFPageProxy): CanvasFactoryLike {
  const own = (page as unknown as { _transport?: { canvasFactory?: CanvasFactoryLike } })._transport?.canvasFactory;
  if (own) return own;
  // Not reachable with pdfjs-dist 5 in Node; kept so a pdfjs change fails with a clear message.
  const require = createRequire(import.meta.url);
  let napi: { createCanvas(w: number, h: number): CanvasLike };
  try {
    napi = require('@napi-rs/canvas');
  } catch {
    throw new Error('cannot render PDF pages for OCR: @napi-rs/canvas (an optional dependency of pdfjs-dist) is not installed; run `npm ci` without --omit=optional');
  }
  return {
    create: (w, h) => {
      const canvas = napi.createCanvas(w, h);
      return { canvas, context: canvas.getContext('2d') };
    },
    destroy: (entry) => {
      entry.canvas.width = 0;
      entry.canvas.height = 0;
    },
  };
}

/** Renders `page` at `dpi` and returns its RGBA pixels. */
export async function renderPage(page: PDFPageProxy, dpi: number = OCR_DPI): Promise<PageImage> {
  const t = performance.now();
  const scale = dpi / 72;
  const viewport = page.getViewport({ scale });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const factory = canvasFactoryOf(page);
  const entry = factory.create(width, height);
  try {
    await page.render({
      canvas: entry.canvas as unknown as HTMLCanvasElement,
      canvasContext: entry.context,
      viewport,
      background: 'rgb(255,255,255)',
      // Form fields and annotations are not part of the printed text.
      annotationMode: 0,
    }).promise;
    const data = entry.context.getImageData(0, 0, width, height).data;
    return { width, height, data, scale, viewport, ms: performance.now() - t };
  } finally {
    factory.destroy(entry);
  }
}
