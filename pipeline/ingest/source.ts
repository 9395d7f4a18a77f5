/**
 * What ingest hands to the structure stage, whatever the input format: the bulletin's text as
 * lines in reading order, each with its source position. A text rendition gives one line per line
 * of the file; a PDF gives one line per rebuilt paragraph (or per title, signature or table row),
 * numbered in reading order, with the PDF page and the page number printed on it.
 */
export interface SourceLine {
  type: 'line';
  /** Text with markup removed; table cells stay tab-separated. */
  text: string;
  /** Bold spans in `text` as [start, end) offsets: cues for titles and run-in headings. */
  bold: Array<[number, number]>;
  position: SourcePosition;
  /**
   * A table row read from a ruled grid (PDF): the cells with their real columns and spans. `text`
   * then holds the same cells tab-joined in column order, one tab per grid column, so that a reader
   * that knows only tabs still sees the row.
   */
  row?: SourceRow;
  /** The line was read by OCR from a page image, with this mean confidence (0–1). */
  ocr?: { confidence: number };
}

export interface SourcePosition {
  /** 1-based: the file's line for a text rendition, the line of the rebuilt text for a PDF. */
  line: number;
  /** PDF page (1-based index in the file) where the line starts. */
  page?: number;
  /** PDF page where it ends, when it runs over a page break. */
  endPage?: number;
  /** The page number printed on `page` (— 5 — in the footer), when the page prints one. */
  printedPage?: number;
  /** The page number printed on `endPage`. */
  endPrintedPage?: number;
}

export interface SourceRow {
  /** Cells left to right; a cell covered by a span from a row above is absent. */
  cells: SourceCell[];
  /** Number of grid columns of the table. */
  columns: number;
  /** The row repeats the table's header (printed again at the top of a later page). */
  header?: boolean;
  /** The first row of the table's part on a new page (after any repeated header). */
  pageStart?: boolean;
}

export interface SourceCell {
  /** The cell's text; its printed line breaks that end a paragraph as '\n'. */
  text: string;
  /** 0-based grid column of the cell's left edge. */
  column: number;
  /** Grid columns covered (1 = its own). */
  columnSpan: number;
  /** Grid rows covered from this row down (1 = this row only). */
  rowSpan: number;
  bold?: boolean;
}

export interface SourceText {
  type: 'source';
  /** Path relative to the corpus folder, as messages print it. */
  file: string;
  children: SourceLine[];
  /** For a PDF: each page and the number printed on it (absent on the cover and other unnumbered pages). */
  pages?: Array<{ page: number; printedPage?: number }>;
}
