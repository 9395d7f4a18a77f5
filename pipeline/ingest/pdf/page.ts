/**
 * One page through pdfjs: the operator list first (it loads the fonts, whose real names the text
 * items only reference, and holds the rules and images), then the text content; both in display
 * coordinates. The page is released (`cleanup`) before returning, so memory stays flat.
 */
import type { PdfDocument } from './pdfjs.ts';
import { pdfjs } from './pdfjs.ts';
import { readGraphics, type PageGraphics } from './graphics.ts';
import { readRuns, type Run } from './runs.ts';
import { fontStyle, type FontStyle } from './fonts.ts';
import { itemGlyphs, readGlyphs } from './glyphs.ts';

export interface PageData {
  /** 1-based page index in the file. */
  page: number;
  width: number;
  height: number;
  runs: Run[];
  graphics: PageGraphics;
  /** Non-space characters of the text layer. */
  chars: number;
  /** Fake-bold duplicates dropped. */
  duplicates: number;
  /** Milliseconds in pdfjs: getOperatorList, getTextContent. */
  ms: { operators: number; text: number };
}

type Matrix = [number, number, number, number, number, number];

export async function readPage(doc: PdfDocument, pageNumber: number): Promise<PageData> {
  const lib = await pdfjs();
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const transform = viewport.transform as Matrix;
    let t = performance.now();
    // Annotations (form fields, stamps added in a viewer) are not the printed page.
    const operators = await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE });
    const opsMs = performance.now() - t;
    t = performance.now();
    const content = await page.getTextContent();
    const textMs = performance.now() - t;

    const styles = new Map<string, FontStyle>();
    const fontOf = (loadedName: string): FontStyle => {
      let style = styles.get(loadedName);
      if (!style) {
        let name = loadedName;
        let flags: { bold?: boolean; black?: boolean } = {};
        try {
          const font = page.commonObjs.get(loadedName) as { name?: string; bold?: boolean; black?: boolean } | undefined;
          if (font?.name) name = font.name;
          if (font) flags = { bold: font.bold, black: font.black };
        } catch {
          // Not loaded (a font pdfjs could not read): the generic family from the text content's styles.
          name = content.styles[loadedName]?.fontFamily ?? loadedName;
        }
        style = fontStyle(name, flags);
        styles.set(loadedName, style);
      }
      return style;
    };
    const strings = content.items.map((item) => ('str' in item ? item.str : ''));
    const glyphs = itemGlyphs(strings, readGlyphs(operators, lib.OPS as unknown as Record<string, number>));
    const { runs, duplicates } = readRuns(content, transform, fontOf, glyphs);
    const graphics = readGraphics(operators, lib.OPS as unknown as Record<string, number>, transform, viewport.width, viewport.height);
    let chars = 0;
    for (const item of content.items) if ('str' in item) chars += item.str.replace(/\s+/g, '').length;
    return { page: pageNumber, width: viewport.width, height: viewport.height, runs, graphics, chars, duplicates, ms: { operators: opsMs, text: textMs } };
  } finally {
    page.cleanup();
  }
}
