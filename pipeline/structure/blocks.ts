/**
 * Lines → blocks. A block is a paragraph as printed (lines rejoined across page breaks) or a run of
 * tab-separated table lines. Page breaks in the extraction cut sentences ("增长 8.5%以 ⏎⏎ 上，"):
 * a line that does not end a sentence continues on the next text line unless that line opens a new
 * numbered unit; two real paragraphs are never joined.
 */
import type { SourceLine } from '../ingest/source.ts';
import { opensUnit, outlineLabel, structureLabel } from '../../core/chinese/labels.ts';

export interface TextBlock {
  kind: 'text';
  text: string;
  bold: Array<[number, number]>;
  line: number;
  endLine: number;
  /** Source lines this block was joined from (more than one when a page break was rejoined). */
  lines: number[];
}

export interface TableBlock {
  kind: 'table';
  rows: SourceLine[];
  line: number;
  endLine: number;
}

export type Block = TextBlock | TableBlock;


// A closing 》 or ” alone does not end a sentence (现将《…若干措施》 ⏎ 印发给你们); after 。 it does.
const ENDS_SENTENCE = /[。；！？：:;!?…）)]$|[。；！？]\s*[）)”"」》]$/;

/** A short line that is a title on its own (一、总体要求; 第一章 总 则), which the next line never continues. */
function isStandaloneTitle(text: string): boolean {
  // An article's text runs on whatever its length (第五条 …根据专用账户余 ⏎ 额按…).
  const statute = structureLabel(text);
  if (statute?.unit === '条') return false;
  const rest = statute?.rest ?? outlineLabel(text)?.rest ?? (opensUnit(text) ? text : undefined);
  return rest !== undefined && text.length <= 24 && !/[，。；、]/.test(rest);
}

export function isTableLine(line: SourceLine): boolean {
  return line.text.includes('\t');
}

/** Does a paragraph whose last line is `last` (trimmed), joined onto `before`, end its sentence? */
function endsSentence(before: string, last: string): boolean {
  // The pattern only looks at the last characters: test them, not the whole paragraph (a paragraph
  // of thousands of lines would cost the square of its length).
  return ENDS_SENTENCE.test(before.slice(-1) + last);
}

/** Joins lines into blocks. `lines` is a slice of the source, blank lines included. */
export function toBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let open: TextBlock | undefined; // a paragraph that may continue on the next text line
  // The open paragraph's text as pieces, joined when it closes: appending to one string and
  // testing it after every line would cost the square of a long paragraph.
  let parts: string[] = [];
  let length = 0;
  const close = () => {
    if (open && parts.length > 1) open.text = parts.join('');
    open = undefined;
    parts = [];
    length = 0;
  };
  let table: TableBlock | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (isTableLine(line)) {
      close();
      if (!table) {
        table = { kind: 'table', rows: [], line: line.position.line, endLine: line.position.line };
        blocks.push(table);
      }
      table.rows.push(line);
      table.endLine = line.position.line;
      continue;
    }
    table = undefined;
    const lead = line.text.length - line.text.trimStart().length;
    const bold = line.bold
      .map(([s, e]) => [Math.max(0, s - lead), Math.min(text.length, e - lead)] as [number, number])
      .filter(([s, e]) => e > s);
    let before = '';
    if (open && !opensUnit(text)) {
      before = parts[parts.length - 1]!;
      for (const [s, e] of bold) open.bold.push([s + length, e + length]);
      open.endLine = line.position.line;
      open.lines.push(line.position.line);
    } else {
      close();
      open = { kind: 'text', text, bold, line: line.position.line, endLine: line.position.line, lines: [line.position.line] };
      blocks.push(open);
    }
    parts.push(text);
    length += text.length;
    // A standalone title is short: only a paragraph of 24 characters or fewer needs its whole text.
    if (endsSentence(before, text) || (length <= 24 && isStandaloneTitle(parts.join('')))) close();
  }
  close();
  return blocks.map(mergeBoldSpans);
}

function mergeBoldSpans(block: Block): Block {
  if (block.kind !== 'text' || block.bold.length < 2) return block;
  const merged: Array<[number, number]> = [];
  for (const span of block.bold) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return { ...block, bold: merged };
}
