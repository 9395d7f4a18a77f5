/**
 * What ingest hands to the structure stage, whatever the input format:
 * the bulletin's text as lines, each with its source line (and printed page once known).
 */
export interface SourceLine {
  type: 'line';
  /** Text with markup removed; table cells stay tab-separated. */
  text: string;
  /** Bold spans in `text` as [start, end) offsets: cues for titles and run-in headings. */
  bold: Array<[number, number]>;
  position: { line: number; page?: number };
}

export interface SourceText {
  type: 'source';
  /** Path relative to the corpus folder, as messages print it. */
  file: string;
  children: SourceLine[];
}
