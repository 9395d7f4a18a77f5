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

/** Joins lines into blocks. `lines` is a slice of the source, blank lines included. */
export function toBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let open: TextBlock | undefined; // a paragraph that may continue on the next text line
  let table: TableBlock | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '') continue;
    if (isTableLine(line)) {
      open = undefined;
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
    if (open && !opensUnit(text)) {
      const shift = open.text.length;
      open.text += text;
      open.bold.push(...bold.map(([s, e]) => [s + shift, e + shift] as [number, number]));
      open.endLine = line.position.line;
      open.lines.push(line.position.line);
    } else {
      open = { kind: 'text', text, bold, line: line.position.line, endLine: line.position.line, lines: [line.position.line] };
      blocks.push(open);
    }
    if (ENDS_SENTENCE.test(open.text) || isStandaloneTitle(open.text)) open = undefined;
  }
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
