/**
 * OCR of PDF pages without a text layer (`gongbao build --ocr`): render the page (render.ts),
 * recognize it with PaddleOCR (engine.ts), rebuild rows and paragraphs (layout.ts). See README.md.
 *
 *   const ocr = await createOcr();                 // throws OcrUnavailableError naming `npm run setup:ocr`
 *   const { lines, paragraphs } = await ocr.recognizePage(page);
 *   await ocr.close();
 */
import type { PDFPageProxy } from 'pdfjs-dist';
import { createEngine, type EngineOptions, type PixelItem } from './engine.ts';
import { groupParagraphs, groupRows, type Box, type OcrBox, type OcrLine, type OcrParagraph } from './layout.ts';
import { OCR_DPI, renderPage, type PageImage } from './render.ts';

export { OcrUnavailableError, OCR_SETUP_COMMAND, ocrAvailable, findOcrPackages } from './load.ts';
export { groupRows, groupParagraphs, joinRow, joinLines, cleanBoxText } from './layout.ts';
export type { Box, OcrBox, OcrLine, OcrParagraph } from './layout.ts';
export { characterErrorRate, pooled, type CerResult } from './cer.ts';

export interface OcrOptions extends EngineOptions {
  /** Rendering resolution (default 300). */
  dpi?: number;
}

export interface OcrPage {
  /** 1-based page number. */
  page: number;
  /** Visual rows in reading order (top to bottom, left to right within a row). */
  lines: OcrLine[];
  /** The rows grouped into paragraphs. */
  paragraphs: OcrParagraph[];
  /** Character-weighted mean confidence of the page's text (0 when nothing was read). */
  confidence: number;
  /**
   * The coordinate space of the boxes: `pdf` = the page's PDF user space (as getTextContent's
   * transforms; pages without /Rotate); `upright` = points from the bottom-left corner of the page
   * as displayed (a rotated page: its PDF space would put rows sideways).
   */
  space: 'pdf' | 'upright';
  /** Milliseconds: total; rendering, text detection, text recognition. */
  ms: number;
  timings: { render: number; detect: number; recognize: number };
}

export interface Ocr {
  /** OCRs one page. Calls are queued: pages go through one at a time. */
  recognizePage(page: PDFPageProxy, pageNumber?: number): Promise<OcrPage>;
  /** Releases the ONNX sessions. */
  close(): Promise<void>;
  /** Versions of the OCR packages in use (for reports and the bench). */
  versions: Record<string, string>;
}

/** Loads the OCR packages and models once; throws OcrUnavailableError when they are not installed. */
export async function createOcr(options: OcrOptions = {}): Promise<Ocr> {
  const engine = await createEngine(options);
  const dpi = options.dpi ?? OCR_DPI;
  let queue: Promise<unknown> = Promise.resolve();

  async function run(page: PDFPageProxy, pageNumber: number): Promise<OcrPage> {
    const t = performance.now();
    const image = await renderPage(page, dpi);
    const t1 = performance.now();
    const { items, detectMs, recognizeMs } = await engine.recognize(image);
    const { boxes, space } = toPageSpace(items, image);
    const lines = groupRows(boxes);
    const paragraphs = groupParagraphs(lines);
    let sum = 0;
    let n = 0;
    for (const b of boxes) {
      const w = Array.from(b.text.replace(/\s/g, '')).length;
      sum += b.confidence * w;
      n += w;
    }
    return { page: pageNumber, lines, paragraphs, confidence: n ? sum / n : 0, space, ms: performance.now() - t, timings: { render: t1 - t, detect: detectMs, recognize: recognizeMs } };
  }

  return {
    versions: engine.packages.versions,
    recognizePage(page, pageNumber = page.pageNumber) {
      const result = queue.then(() => run(page, pageNumber));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await queue;
      await engine.close();
    },
  };
}

/** Pixel boxes (y down) → page coordinates in points (y up). */
export function toPageSpace(items: readonly PixelItem[], image: Pick<PageImage, 'viewport' | 'scale' | 'height'>): { boxes: OcrBox[]; space: 'pdf' | 'upright' } {
  const rotated = (image.viewport.rotation ?? 0) % 360 !== 0;
  const convert = (x: number, y: number): [number, number] =>
    rotated ? [x / image.scale, (image.height - y) / image.scale] : (image.viewport.convertToPdfPoint(x, y) as [number, number]);
  const boxes = items.map((item) => {
    const [ax, ay] = convert(item.box[0], item.box[1]);
    const [bx, by] = convert(item.box[2], item.box[3]);
    const box: Box = [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
    return { text: item.text, box, confidence: item.confidence };
  });
  return { boxes, space: rotated ? 'upright' : 'pdf' };
}
