/**
 * The OCR engine as the PDF ingest's hook (`gongbao build --ocr`): a page without a text layer is
 * recognized and its rows handed back in the page's display coordinates (points, origin top left),
 * which is what the ingest's layout reads. Boxes come from the engine in the page's PDF space (y
 * up), or upright from the bottom-left corner when the page is rotated (see OcrPage.space).
 */
import type { OcrHook, OcrLine as PageLine } from '../pdf/index.ts';
import type { Ocr, OcrPage } from './index.ts';

/** One engine row in display coordinates. */
export function toDisplay(page: Pick<OcrPage, 'lines' | 'space'>, view: { height: number; toDisplay: (x: number, y: number) => [number, number] }): PageLine[] {
  return page.lines
    .filter((l) => l.text.trim())
    .map((l) => {
      const [x0, y0, x1, y1] = l.box;
      let a: [number, number];
      let b: [number, number];
      if (page.space === 'upright') {
        a = [x0, view.height - y1];
        b = [x1, view.height - y0];
      } else {
        a = view.toDisplay(x0, y1);
        b = view.toDisplay(x1, y0);
      }
      return {
        text: l.text,
        x0: Math.min(a[0], b[0]),
        x1: Math.max(a[0], b[0]),
        top: Math.min(a[1], b[1]),
        bottom: Math.max(a[1], b[1]),
        confidence: l.confidence,
      };
    });
}

/** The hook `ingestPdf({ocr})` calls for each page that needs OCR. */
export function ocrHook(ocr: Ocr): OcrHook {
  return async (request) => {
    const result = await ocr.recognizePage(request.page, request.pageNumber);
    const viewport = request.page.getViewport({ scale: 1 });
    return toDisplay(result, {
      height: request.height,
      toDisplay: (x, y) => viewport.convertToViewportPoint(x, y) as [number, number],
    });
  };
}
