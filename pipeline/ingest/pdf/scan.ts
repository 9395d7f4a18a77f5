/**
 * Scanned pages. A page whose text layer has no characters but which paints an image (an ordinary
 * image, or a 1-bit image mask as scans are usually stored) needs OCR; so does a page with a few
 * characters (a page number stamped on a scan) over an image that covers most of it. OCR itself is
 * not done here: the `ocr` hook of the ingest options is called for such pages and its lines are
 * read like text lines (with their confidence).
 */
import type { PdfDocument, PdfPage } from './pdfjs.ts';
import type { PageData } from './page.ts';
import type { Run } from './runs.ts';
import { fontStyle } from './fonts.ts';

/** What an OCR hook is given: the open page (render it with pdfjs) and its display size in points. */
export interface OcrRequest {
  file: string;
  /** 1-based page index. */
  pageNumber: number;
  /** Display size in points (the page as viewed, rotation applied). */
  width: number;
  height: number;
  page: PdfPage;
  document: PdfDocument;
}

/** A line read by OCR, in the page's display coordinates (points, origin top left). */
export interface OcrLine {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Mean recognition confidence, 0–1. */
  confidence: number;
}

export type OcrHook = (request: OcrRequest) => Promise<OcrLine[]>;

/** Fewer characters than this over a large image: probably a scan with a stamped number. */
const FEW_CHARS = 40;
/** Share of the page an image must cover for a sparse page to count as a scan. */
const MOSTLY_IMAGE = 0.5;

/** Why the page needs OCR (completing "page N … : needs OCR"), or undefined when it does not. */
export function scanVerdict(page: PageData): string | undefined {
  const { images, imageCover } = page.graphics;
  if (page.chars === 0 && images.length > 0) return 'has no text layer';
  if (page.chars > 0 && page.chars < FEW_CHARS && imageCover >= MOSTLY_IMAGE) {
    return `has little text (${page.chars} characters) over an image covering ${Math.round(imageCover * 100)}% of it`;
  }
  return undefined;
}

/** OCR lines as runs, so that they go through lines, tables and paragraphs like the text layer. */
export function ocrLines(lines: OcrLine[]): Run[] {
  const font = fontStyle('OCR');
  return lines
    .filter((l) => l.text.trim() !== '' && l.bottom > l.top && l.x1 > l.x0)
    .map((l, order) => {
      const size = (l.bottom - l.top) / 1.0;
      return {
        text: l.text.trim(),
        x0: l.x0,
        x1: l.x1,
        // A box's baseline sits at about 0.88 of its height for CJK text.
        baseline: l.top + 0.88 * size,
        size,
        font,
        bold: false,
        spaceBefore: false,
        spaceAfter: false,
        upright: true,
        order,
        ocr: Math.max(0, Math.min(1, l.confidence)),
      };
    });
}
