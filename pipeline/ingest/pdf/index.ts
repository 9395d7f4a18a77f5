/**
 * The PDF ingest: a bulletin's PDF → the same SourceText the text ingest gives, one SourceLine per
 * paragraph (or title, signature, date, table row) in reading order, each with the PDF page it
 * starts on, the page it ends on when it runs over a break, and the page numbers printed there.
 *
 * Pages are read one at a time through pdfjs-dist and released; then page furniture is dropped,
 * paragraphs are rebuilt over the whole file, tables that go on over page breaks are linked (repeated
 * headers marked, broken rows joined) and become rows. See README.md in this folder.
 */
import type { SourceLine, SourceText } from '../source.ts';
import type { Report } from '../../messages.ts';
import { hasEndMarker, openDocument, PdfError, toPdfError, withTimeout, type PdfDocument, type PdfPage } from './pdfjs.ts';
import { readPage, type PageData } from './page.ts';
import { layoutPage, type Item, type LineItem, type PageLayout, type RowItem } from './layout.ts';
import type { Line } from './lines.ts';
import { findFurniture } from './furniture.ts';
import { extend, geometry, startsParagraph, type Geometry, type Paragraph, type Placed } from './paragraphs.ts';
import { buildRow } from './rows.ts';
import { linkTables, withText } from './continuation.ts';
import { scanVerdict, ocrLines, type OcrHook } from './scan.ts';
import type { Run } from './runs.ts';

export { PdfError } from './pdfjs.ts';
export type { OcrHook, OcrLine, OcrRequest } from './scan.ts';

export interface PdfIngestOptions {
  /**
   * OCR for pages without a text layer (and pages that are mostly an image with a few characters):
   * called once for each such page, while the page is open; returns its text lines. Without it
   * those pages are reported and read as empty.
   */
  ocr?: OcrHook;
  /** Milliseconds pdfjs may take to open the file or to read one page before it is given up (default 60 000). */
  timeoutMs?: number;
  /** The password of an encrypted PDF (without it such a file fails with a PdfError of kind 'encrypted'). */
  password?: string;
}

/** What reading one file cost, for the bench. */
export interface PdfStats {
  pages: number;
  /** Characters of the text layer (non-space). */
  chars: number;
  /** Milliseconds: opening the document, pdfjs getTextContent, pdfjs getOperatorList (both summed over pages), OCR, and the whole ingest. */
  ms: { open: number; textContent: number; operatorList: number; ocr: number; total: number };
  /** Pages reported as needing OCR. */
  scannedPages: number[];
  tables: number;
  rows: number;
  /** Fake-bold duplicates dropped. */
  duplicates: number;
}

export interface PdfRead {
  source: SourceText;
  stats: PdfStats;
}

/**
 * Reads a PDF into source lines. Problems with single pages (no text layer, a page pdfjs cannot
 * read) are reported and the other pages still ingest; a file that cannot be read at all
 * (encrypted, corrupt, truncated beyond repair, no pages) throws a PdfError whose message names
 * the file and says what is wrong.
 */
export async function ingestPdf(data: Uint8Array, file: string, report: Report, options: PdfIngestOptions = {}): Promise<SourceText> {
  return (await readPdf(data, file, report, options)).source;
}

/** ingestPdf with the cost of each step (see PdfStats). */
export async function readPdf(data: Uint8Array, file: string, report: Report, options: PdfIngestOptions = {}): Promise<PdfRead> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const stats: PdfStats = {
    pages: 0,
    chars: 0,
    ms: { open: 0, textContent: 0, operatorList: 0, ocr: 0, total: 0 },
    scannedPages: [],
    tables: 0,
    rows: 0,
    duplicates: 0,
  };
  const doc = await openDocument(data, file, timeoutMs, options.password);
  if (!hasEndMarker(data)) {
    report('warning', 'pdf-truncated', 'the file does not end with %%EOF: it may be truncated; pages that cannot be read are reported');
  }
  stats.ms.open = performance.now() - started;
  stats.pages = doc.numPages;
  const layouts: PageLayout[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      let page: PageData;
      try {
        page = await withTimeout(readPage(doc, n), timeoutMs, () => new PdfError(file, 'timeout', `page ${n} took longer than ${Math.round(timeoutMs / 1000)} s to read`));
      } catch (error) {
        const why = error instanceof PdfError ? error.detail : error instanceof Error ? error.message : String(error);
        report('error', 'pdf-page-unreadable', `page ${n} could not be read (${why.replace(/\.$/, '')}); the other pages are read`, { page: n });
        layouts.push({ page: n, width: 0, height: 0, items: [], tables: [] });
        continue;
      }
      stats.ms.textContent += page.ms.text;
      stats.ms.operatorList += page.ms.operators;
      stats.chars += page.chars;
      stats.duplicates += page.duplicates;
      const verdict = scanVerdict(page);
      if (verdict) {
        stats.scannedPages.push(n);
        if (!options.ocr) report('warning', 'pdf-needs-ocr', `page ${n} ${verdict}: needs OCR`, { page: n });
        else {
          const t = performance.now();
          try {
            const read = await ocrOnPage(doc, n, file, page, options.ocr);
            const confidence = read.length ? read.reduce((s, r) => s + (r.ocr ?? 0), 0) / read.length : 0;
            report('info', 'pdf-ocr-text', `page ${n} ${verdict}: read by OCR (${read.length} lines, mean confidence ${confidence.toFixed(2)})`, { page: n });
            // Text the page does have (a stamped page number) is kept; OCR of the same spot is not added twice.
            const overlaps = (o: Run) => page.runs.some((r) => o.x0 < r.x1 && r.x0 < o.x1 && Math.abs(o.baseline - r.baseline) < 0.5 * r.size);
            page.runs = [...page.runs, ...read.filter((o) => !overlaps(o))];
          } catch (error) {
            report('error', 'pdf-ocr-failed', `OCR of page ${n} failed: ${error instanceof Error ? error.message : String(error)}`, { page: n });
          }
          stats.ms.ocr += performance.now() - t;
        }
      }
      const layout = layoutPage(page);
      stats.tables += layout.tables.length;
      layouts.push(layout);
    }
  } catch (error) {
    throw toPdfError(error, file);
  } finally {
    await doc.destroy();
  }

  const source = assemble(layouts, file);
  stats.rows = source.children.filter((l) => l.row).length;
  stats.ms.total = performance.now() - started;
  return { source, stats };
}

async function ocrOnPage(doc: PdfDocument, n: number, file: string, page: PageData, hook: OcrHook) {
  const proxy: PdfPage = await doc.getPage(n);
  try {
    const lines = await hook({ file, pageNumber: n, width: page.width, height: page.height, page: proxy, document: doc });
    return ocrLines(lines);
  } finally {
    proxy.cleanup();
  }
}

/** Furniture out, paragraphs and rows in reading order, numbered 1..N. */
export function assemble(layouts: PageLayout[], file: string): SourceText {
  const furniture = findFurniture(layouts);
  const pages: NonNullable<SourceText['pages']> = layouts.map((l, i) => {
    const printed = furniture.printed[i];
    return printed === undefined ? { page: l.page } : { page: l.page, printedPage: printed };
  });
  const printedOf = new Map(pages.map((p) => [p.page, p.printedPage]));

  // Each page's content without furniture, and the page's text block.
  const contents: Item[][] = layouts.map((l, i) => l.items.filter((item) => !furniture.removed[i]!.has(item)));
  const pageGeometry = textBlocks(layouts, contents);

  const out: SourceLine[] = [];
  const position = (first: number, last: number): SourceLine['position'] => {
    const p: SourceLine['position'] = { line: out.length + 1, page: first };
    if (last !== first) p.endPage = last;
    const printed = printedOf.get(first);
    if (printed !== undefined) p.printedPage = printed;
    const endPrinted = printedOf.get(last);
    if (last !== first && endPrinted !== undefined) p.endPrintedPage = endPrinted;
    return p;
  };
  let open: { paragraph: Paragraph; last: Placed } | undefined;
  const flush = () => {
    if (!open) return;
    const { paragraph } = open;
    const first = paragraph.lines[0]!.page;
    const last = paragraph.lines[paragraph.lines.length - 1]!.page;
    out.push({ type: 'line', text: paragraph.text, bold: paragraph.bold, position: position(first, last), ...ocrMark(paragraph) });
    open = undefined;
  };

  // Tables going on over page breaks: repeated headers, page starts, rows broken by a break joined.
  const marks = linkTables(contents);
  contents.forEach((items, p) => {
    const g = pageGeometry[p]!;
    let k = 0;
    while (k < items.length) {
      const item = items[k]!;
      if (item.kind === 'line') {
        const placed = { line: item.line, geometry: g };
        if (open && !startsParagraph(open.last, placed)) {
          extend(open.paragraph, item.line);
          open.last = placed;
        } else {
          flush();
          const paragraph: Paragraph = { text: '', bold: [], lines: [] };
          extend(paragraph, item.line);
          open = { paragraph, last: placed };
        }
        k++;
        continue;
      }
      // A run of rows of one table on this page.
      flush();
      const table = item.table;
      const part: RowItem[] = [];
      while (k < items.length && items[k]!.kind === 'row' && (items[k] as RowItem).table === table) part.push(items[k++] as RowItem);
      const rows = withText(part).filter((r) => !marks.get(r)?.joined);
      const kept = rows.map((r) => r.index);
      for (const r of rows) {
        const built = buildRow(r, kept);
        const mark = marks.get(r) ?? {};
        if (mark.header) built.row.header = true;
        if (mark.pageStart) built.row.pageStart = true;
        out.push({ type: 'line', text: built.text, bold: built.bold, position: position(table.page, mark.endPage ?? table.page), row: built.row });
      }
    }
  });
  flush();
  return { type: 'source', file, children: out, pages };
}

/**
 * The text block of every page, measured over all pages of the same size and side (portrait and
 * landscape pages differ; odd and even pages may have mirrored margins), else over all pages of the
 * size. Where too few lines share edges (a file of tables), the block spans its lines and tables;
 * failing all, 70% of the page's width.
 */
function textBlocks(layouts: PageLayout[], contents: Item[][]): Geometry[] {
  const sizeOf = (l: PageLayout) => `${Math.round(l.width)}x${Math.round(l.height)}`;
  const sideOf = (l: PageLayout) => `${sizeOf(l)}/${l.page % 2}`;
  const groups = new Map<string, Line[]>();
  contents.forEach((items, p) => {
    const lines = items.filter((i): i is LineItem => i.kind === 'line').map((i) => i.line);
    for (const key of [sizeOf(layouts[p]!), sideOf(layouts[p]!)]) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      for (const line of lines) group.push(line);
    }
  });
  const blocks = new Map<string, Geometry | undefined>();
  for (const [key, lines] of groups) blocks.set(key, geometry(lines, Number(key.split('x')[0])));
  const extent = (l: PageLayout): Geometry | undefined => {
    const same = layouts.filter((o) => sideOf(o) === sideOf(l));
    const boxes = same.flatMap((o) => [...o.tables, ...contents[o.page - 1]!.flatMap((i) => (i.kind === 'line' ? [i.line] : []))]);
    if (boxes.length === 0) return undefined;
    const left = Math.min(...boxes.map((b) => b.x0));
    const right = Math.max(...boxes.map((b) => b.x1));
    return right - left >= 0.45 * l.width ? { left, right, pitch: 0 } : undefined;
  };
  return layouts.map((l) => blocks.get(sideOf(l)) ?? blocks.get(sizeOf(l)) ?? extent(l) ?? { left: 0.15 * (l.width || 595), right: 0.85 * (l.width || 595), pitch: 0 });
}

function ocrMark(paragraph: Paragraph): Pick<SourceLine, 'ocr'> {
  const read = paragraph.lines.map((l) => l.ocr).filter((c): c is number => c !== undefined);
  if (read.length === 0) return {};
  return { ocr: { confidence: read.reduce((s, c) => s + c, 0) / read.length } };
}
