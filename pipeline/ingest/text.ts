/**
 * Ingest of text/Markdown renditions. remark-parse finds the markup (bold, bullet markers);
 * everything else of the line is kept exactly as printed, so positions stay true to the file.
 *
 * Cost stays linear in the file: remark's emphasis matching grows with the square of the `*`/`_`
 * runs it is given (a 100 KB line of `*a` took minutes), so it only ever sees pieces of a paragraph
 * with at most MAX_DELIMITER_RUNS runs and MAX_PARSE_CHARS characters; a single line beyond that is
 * read by a linear scanner that knows bullets and `**bold**` only, with a warning.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root, Nodes, List } from 'mdast';
import type { SourceLine, SourceText } from './source.ts';
import type { Report } from '../messages.ts';

interface Cut {
  start: number;
  end: number;
  /** Bold text starts (true) or ends (false) here. */
  bold?: 'open' | 'close';
}

export interface IngestOptions {
  /** The decoder found the bytes cut inside a character: the file was cut off. */
  cutMidCharacter?: boolean;
}

/**
 * Turns the text of a rendition into source lines with markup removed. The text is expected clean
 * (cleanText: no U+FFFD, no control characters); the text reader does that first.
 */
export function ingestText(content: string, file: string, report?: Report, options: IngestOptions = {}): SourceText {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const cuts = markupCuts(text, report);

  const lines: SourceLine[] = [];
  let offset = 0;
  let cutIndex = 0;
  let boldOpen = false;
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const lineText = raw[i]!;
    const lineEnd = offset + lineText.length;
    let out = '';
    let pos = offset;
    const bold: Array<[number, number]> = [];
    // Bold that opened on an earlier line (a title wrapped over lines) covers this one from its start.
    let boldStart: number = boldOpen ? 0 : -1;
    while (cutIndex < cuts.length && cuts[cutIndex]!.start < lineEnd + 1) {
      const cut = cuts[cutIndex++]!;
      if (cut.start < pos) continue;
      out += text.slice(pos, cut.start);
      pos = Math.min(cut.end, lineEnd);
      if (cut.bold === 'open') boldStart = out.length;
      if (cut.bold === 'close' && boldStart >= 0) {
        if (out.length > boldStart) bold.push([boldStart, out.length]);
        boldStart = -1;
      }
    }
    out += text.slice(pos, lineEnd);
    if (boldStart >= 0 && out.length > boldStart) bold.push([boldStart, out.length]);
    boldOpen = boldStart >= 0;
    lines.push({ type: 'line', text: out, bold, position: { line: i + 1 } });
    offset = lineEnd + 1;
  }
  if (report) checkTruncation(lines, text.endsWith('\n'), options.cutMidCharacter ?? false, report);
  return { type: 'source', file, children: lines };
}

/** How a printed text can end a line: sentence and closing punctuation, a page number, a signature date. */
const CLOSED = /[。！？；：.!?;:…”’」』）)》〉】\]—\-\d号日发*|]$/;

/**
 * One warning when the file looks cut off: it ends inside a character, or without a line break in
 * mid-sentence, or in a table row shorter than the one above.
 */
function checkTruncation(lines: SourceLine[], endsWithNewline: boolean, cutMidCharacter: boolean, report: Report): void {
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.text.trim() === '') last--;
  if (last < 0) return;
  const line = lines[last]!;
  const excerpt = JSON.stringify(line.text.trim().slice(-20));
  if (cutMidCharacter) {
    report('warning', 'truncated-file', `the file ends in the middle of a character, after …${excerpt}: it was cut off here, and what followed is missing`, { line: line.position.line });
    return;
  }
  if (endsWithNewline) return;
  const text = line.text.trimEnd();
  const cells = text.split('\t').length;
  let k = last - 1;
  while (k >= 0 && lines[k]!.text.trim() === '') k--;
  const above = k >= 0 && lines[k]!.text.includes('\t') ? lines[k]!.text.split('\t').length : 0;
  if (above > cells) {
    report('warning', 'truncated-file', `the file ends in the middle of a table row (${cells} cell${cells === 1 ? '' : 's'}, the row above has ${above}) after …${excerpt}: it was cut off here?`, { line: line.position.line });
  } else if (!text.includes('\t') && !CLOSED.test(text)) {
    report('warning', 'truncated-file', `the file ends without a line break in mid-sentence, after …${excerpt}: it was cut off here?`, { line: line.position.line });
  }
}

// CommonMark does not close **…。** before a Han character; the CJK-friendly rule does, as authors intend.
const processor = unified().use(remarkParse).use(remarkCjkFriendly);

/** Lines that can carry markup remark would remove: emphasis, or a bullet at the start. */
const MAY_HAVE_MARKUP = /[*_]|^\s{0,3}[-+]\s/m;

/** At most this many runs of `*` or `_` go to remark at once (its emphasis matching is quadratic in them). */
export const MAX_DELIMITER_RUNS = 64;
/** At most this many characters go to remark at once. */
export const MAX_PARSE_CHARS = 16_000;

/** Runs of `*` or `_` in a text, counted up to `stop`. */
function delimiterRuns(text: string, stop: number): number {
  let n = 0;
  const run = /[*_]+/g;
  while (n <= stop && run.exec(text)) n++;
  return n;
}

/**
 * Markup to cut, as source offsets. Emphasis and list markers never cross a blank line, so each
 * paragraph (a run of non-blank lines) is parsed on its own, and only those that may hold markup:
 * most of a bulletin is plain text and tables, and parsing 700 KB at once costs most of a build.
 * A paragraph too big for one parse is parsed in pieces of whole lines.
 */
function markupCuts(text: string, report: Report | undefined): Cut[] {
  const cuts: Cut[] = [];
  const parse = (piece: string, at: number) => {
    const tree = processor.runSync(processor.parse(piece)) as Root;
    const local: Cut[] = [];
    collectMarkup(tree, local, false, piece);
    for (const c of local) cuts.push({ ...c, start: c.start + at, end: c.end + at });
  };
  const small = (piece: string) => piece.length <= MAX_PARSE_CHARS && delimiterRuns(piece, MAX_DELIMITER_RUNS) <= MAX_DELIMITER_RUNS;
  const paragraph = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    if (!MAY_HAVE_MARKUP.test(m[0])) continue;
    if (small(m[0])) {
      parse(m[0], m.index);
      continue;
    }
    // Whole lines, as many as fit in one parse; a line too big on its own is scanned.
    let pieceStart = -1;
    let pieceEnd = 0;
    let pieceRuns = 0;
    const flush = () => {
      if (pieceStart >= 0) parse(text.slice(pieceStart, pieceEnd), pieceStart);
      pieceStart = -1;
      pieceRuns = 0;
    };
    let lineStart = m.index;
    for (const line of m[0].split('\n')) {
      const lineEnd = lineStart + line.length;
      const runs = delimiterRuns(line, MAX_DELIMITER_RUNS);
      if (line.length > MAX_PARSE_CHARS || runs > MAX_DELIMITER_RUNS) {
        flush();
        scanMarkup(line, lineStart, cuts);
        const why = runs > MAX_DELIMITER_RUNS ? `more than ${MAX_DELIMITER_RUNS} runs of * or _` : `${line.length} characters`;
        report?.('warning', 'markup-not-parsed', `a line with ${why} is read without Markdown: only a bullet and **bold** are removed`, { line: lineNumber(text, lineStart) });
      } else {
        if (pieceStart >= 0 && (lineEnd - pieceStart > MAX_PARSE_CHARS || pieceRuns + runs > MAX_DELIMITER_RUNS)) flush();
        if (pieceStart < 0) pieceStart = lineStart;
        pieceRuns += runs;
        pieceEnd = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    flush();
  }
  return cuts.sort((a, b) => a.start - b.start);
}

let lineCache: { text: string; starts: number[] } | undefined;
/** The 1-based line of an offset (line starts computed once per text). */
function lineNumber(text: string, offset: number): number {
  if (lineCache?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineCache = { text, starts };
  }
  const { starts } = lineCache;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The linear fallback for one line: a bullet marker at its start, and `**…**` pairs left to right
 * (runs of exactly two asterisks; a longer run, a rule or a row of stars, is kept as printed).
 */
function scanMarkup(line: string, at: number, cuts: Cut[]): void {
  const bullet = /^\s{0,3}[-+*]\s+/.exec(line);
  let from = 0;
  if (bullet) {
    cuts.push({ start: at, end: at + bullet[0].length });
    from = bullet[0].length;
  }
  let open = -1;
  const run = /\*+/g;
  run.lastIndex = from;
  for (let m = run.exec(line); m; m = run.exec(line)) {
    if (m[0].length !== 2) continue;
    const i = m.index;
    if (open < 0) {
      if (i + 2 < line.length && !/\s/.test(line[i + 2]!)) open = i;
    } else if (!/\s/.test(line[i - 1]!)) {
      cuts.push({ start: at + open, end: at + open + 2, bold: 'open' });
      cuts.push({ start: at + i, end: at + i + 2, bold: 'close' });
      open = -1;
    }
  }
}

/** What follows the "- " of a folio printed as "- 47 -": no bullet, the page number. */
const FOLIO_REST = /^\d{1,4}\s*[-–—－]\s*$/;

function collectMarkup(node: Nodes, cuts: Cut[], inOrderedList: boolean, source: string): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === 'strong' && start !== undefined && end !== undefined) {
    const first = node.children[0]?.position?.start.offset ?? start + 2;
    const last = node.children[node.children.length - 1]?.position?.end.offset ?? end - 2;
    cuts.push({ start, end: first, bold: 'open' });
    cuts.push({ start: last, end, bold: 'close' });
  }
  // Bullet markers ("- ") are noise of the extraction; ordered markers ("1. ") are the item's printed label.
  if (node.type === 'listItem' && !inOrderedList && start !== undefined) {
    const first = node.children[0]?.position?.start.offset;
    if (first !== undefined && first > start && !(end !== undefined && FOLIO_REST.test(source.slice(first, end)))) cuts.push({ start, end: first });
  }
  if ('children' in node) {
    const ordered = node.type === 'list' ? Boolean((node as List).ordered) : inOrderedList;
    for (const child of node.children) collectMarkup(child as Nodes, cuts, ordered, source);
  }
}
