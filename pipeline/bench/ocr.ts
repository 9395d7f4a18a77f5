/**
 * OCR's cost per page for `gongbao bench --ocr FILE.pdf`: every page of a scanned PDF read through
 * pipeline/ingest/ocr (render, detect, recognise), when its packages are installed (npm run setup:ocr).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createOcr, ocrAvailable, OCR_SETUP_COMMAND } from '../ingest/ocr/index.ts';
import { openDocument } from '../ingest/pdf/pdfjs.ts';

export interface OcrBench {
  file: string;
  pages: number;
  msPerPage: number;
  renderMs: number;
  recogniseMs: number;
  /** Characters read (spaces aside), all pages. */
  characters: number;
  confidence: number;
}

/** Most pages read: OCR takes seconds a page. */
const MAX_PAGES = 3;

export async function benchOcr(path: string): Promise<OcrBench | { skipped: string }> {
  if (!ocrAvailable()) return { skipped: `OCR packages not installed: ${OCR_SETUP_COMMAND}` };
  const ocr = await createOcr();
  const doc = await openDocument(new Uint8Array(readFileSync(path)), basename(path), 0);
  try {
    const out: OcrBench = { file: basename(path), pages: 0, msPerPage: 0, renderMs: 0, recogniseMs: 0, characters: 0, confidence: 0 };
    let total = 0;
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      const read = await ocr.recognizePage(page, n);
      page.cleanup();
      out.pages++;
      total += read.ms;
      out.renderMs += read.timings.render;
      out.recogniseMs += read.timings.detect + read.timings.recognize;
      const text = read.paragraphs.map((p) => p.text).join('');
      out.characters += Array.from(text.replace(/\s/g, '')).length;
      out.confidence += read.confidence;
    }
    out.msPerPage = total / Math.max(1, out.pages);
    out.confidence /= Math.max(1, out.pages);
    return out;
  } finally {
    await doc.destroy();
    await ocr.close();
  }
}
