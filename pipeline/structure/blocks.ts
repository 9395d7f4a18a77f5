/**
 * Lines → blocks. A block is a paragraph as printed (lines rejoined across page breaks) or a run of
 * tab-separated table lines. Page breaks in the extraction cut sentences ("增长 8.5%以 ⏎⏎ 上，"):
 * a line that does not end a sentence continues on the next text line unless that line opens a new
 * numbered unit; two real paragraphs are never joined.
 */
import type { SourceLine } from '../ingest/source.ts';
import { NOTE_OPENING, opensUnit, outlineLabel, structureLabel } from '../../core/chinese/labels.ts';
import { DASHED_PAGE_NUMBER } from '../ingest/pdf/furniture.ts';
import { LEVELS } from '../../core/chinese/region.ts';

export interface TextBlock {
  kind: 'text';
  text: string;
  bold: Array<[number, number]>;
  line: number;
  endLine: number;
  /** Source lines this block was joined from (more than one when a page break was rejoined). */
  lines: number[];
}

/** A table's printed line, and the words of its cells wrapped onto lines of their own (no tab) after it. */
export type TableLine = SourceLine & {
  /** Those words, line by line as printed: the tables stage places them in the cell the layout says they continue (tables/rows.ts). */
  wrapped?: Array<{ line: number; text: string }>;
};

export interface TableBlock {
  kind: 'table';
  rows: TableLine[];
  line: number;
  endLine: number;
}

export type Block = TextBlock | TableBlock;


// A closing 》 or ” alone does not end a sentence (现将《…若干措施》 ⏎ 印发给你们); after 。 it does.
const ENDS_SENTENCE = /[。；！？：:;!?…）)]$|[。；！？]\s*[）)”"」》]$/;
/**
 * A line ending in a number set apart by a wide gap, as a list of contacts prints it (县公安局　110, 渔政执法大队　0739—5821110):
 * a name and its number, no sentence the next line goes on with.
 */
const LISTED_NUMBER = /\p{Script=Han}(?:\u3000|\s{2,})[0-9０-９][0-9０-９—－-]{1,19}$/u;

/** A short line that is a title on its own (一、总体要求; 第一章 总 则), which the next line never continues. */
function isStandaloneTitle(text: string): boolean {
  // An article's text runs on whatever its length (第五条 …根据专用账户余 ⏎ 额按…).
  const statute = structureLabel(text);
  if (statute?.unit === '条') return false;
  const rest = statute?.rest ?? outlineLabel(text)?.rest ?? (opensUnit(text) ? text : undefined);
  return rest !== undefined && text.length <= 24 && !/[，。；、]/.test(rest);
}

/**
 * A section of a bulletin by what its texts are (人事任免, 政策解读, 大事记): printed as a running header beside a page's
 * number, where it is no line of a text; elsewhere it may be one (a heading 政策解读), so only there.
 */
const PAGE_SECTION = '(?:人事任免|政策解读|大事记|规范性文件|政府工作报告)';

/** A section of a bulletin by whose documents it holds (县政府文件, 枫城市人民政府办公室文件, 部门文件): never a line of a text. */
const SECTION_NAME = new RegExp(`^(?:\\p{Script=Han}{0,4}[${LEVELS}])?(?:人民)?政府(?:办公室)?文件$|^部门文件$`, 'u');
/**
 * The running header beside it: the bulletin's name (石岭县人民政府公报, 《…公报》), with its issue
 * (枫城市人民政府公报 2024年第5期), its issue alone (2025年第9期, over the odd pages of an issue printing its
 * name over the even), or the name of the section the page is in (市政府办公室文件, 县政府文件, 部门文件).
 */
const RUNNING_HEADER = new RegExp(`^《?\\p{Script=Han}{2,16}公报》?(?:\\d{4}年(?:第\\d{1,3}期)?)?$|^\\d{4}年第\\d{1,3}期(?:[（(]总第\\d{1,4}期[）)])?$|${SECTION_NAME.source}|^${PAGE_SECTION}$`, 'u');

/**
 * The page furniture a text rendition leaves where a page broke: a folio line, and a running header next
 * to it (no blank-free text between). Indexes into `lines`.
 */
export function pageFurniture(lines: SourceLine[]): Set<number> {
  const out = new Set<number>();
  const texts = lines.map((l) => l.text.trim().replace(/\s+/g, ' '));
  const neighbour = (k: number, step: number): number => {
    for (let j = k + step; j >= 0 && j < texts.length; j += step) if (texts[j] !== '') return j;
    return -1;
  };
  texts.forEach((t, k) => {
    // The name of the section the documents after it are printed in (市政府办公室文件 over the first), wherever it stands.
    if (SECTION_NAME.test(t.replace(/\s+/g, '')) && !isTableLine(lines[k]!)) out.add(k);
    // The page number (furniture.ts's dashed form, — 28 —), alone or glued to the running header.
    const glued = /^(.*?\d\s*\S)\s*(\p{Script=Han}.*)$/u.exec(t);
    if (!DASHED_PAGE_NUMBER.test(t) && !(glued && DASHED_PAGE_NUMBER.test(glued[1]!) && RUNNING_HEADER.test(glued[2]!.replace(/\s+/g, '')))) return;
    out.add(k);
    for (const step of [-1, 1]) {
      const j = neighbour(k, step);
      if (j >= 0 && !isTableLine(lines[j]!) && RUNNING_HEADER.test(texts[j]!.replace(/\s+/g, ''))) out.add(j);
    }
  });
  return out;
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
  // A blank line right before this one; a run of fields under way (a field's paragraph closed at a blank line, and no sentence since).
  let blankBefore = false;
  let fieldRun = false;
  // Page furniture is no text: a paragraph or a table the page broke runs on past it, and a table's
  // header printed again at the top of the new page is no row of it.
  const furniture = pageFurniture(lines);
  let pageBroke = false;
  for (const [k, line] of lines.entries()) {
    const text = line.text.trim();
    if (text === '') {
      // A field's value ends at a blank line (出　席：… ⏎ 　　　　彭湘云 ⏎ ⏎ 2025年5月12日，县长…): what follows is no more of it.
      if (open && FIELD.test(parts[0] ?? '')) {
        close();
        fieldRun = true;
      }
      blankBefore = true;
      continue;
    }
    const afterBlank = blankBefore;
    blankBefore = false;
    if (furniture.has(k)) {
      pageBroke = true;
      continue;
    }
    const afterBreak = pageBroke;
    pageBroke = false;
    // A cell's words wrapped onto a line of their own between two rows of a table (…依照《政府采购法》 ⏎
    // 及其实施条例执行 ⏎ 45	装修工程…): the end of the row above, not a paragraph between two tables.
    const wraps = table !== undefined && !isTableLine(line) && wrapsCell(text);
    let at = wraps ? nextText(lines, k, furniture) : -1;
    // A cell's words may wrap over two or three lines (地（含民族 ⏎ 村寨民宿）): the table line after them decides.
    for (let n = 0; n < 2 && at >= 0 && !isTableLine(lines[at]!) && wrapsCell(lines[at]!.text.trim()); n++) at = nextText(lines, at, furniture);
    const next = wraps ? lines[at] : undefined;
    // The table's header printed again on the next page (仓储物流用 ⏎ 地 ⏎ — 16 — ⏎ 土地用途	区位等级…) goes on with it.
    const goesOn = next !== undefined && table !== undefined && sameCells(next, table.rows[0]!) && lines.slice(k + 1, at).some((_, j) => furniture.has(k + 1 + j));
    // ... or after its last row, whose last cell stops in mid-clause (…文昌阁（市级文物保护单位）， ⏎ 以古迹名称命名).
    const last = table?.rows[table.rows.length - 1];
    const unfinished = wraps && /[，、,（(—]$/u.test((last!.wrapped?.at(-1) ?? last!).text.trim());
    // ... or numbered as the row's last cell is, one after the line before (修改内容: 1.将第三条… ⏎ 2.将第九条… ⏎ 3.删除…):
    // the cell's list, wrapped onto lines of its own, not a heading.
    const listed = table !== undefined && last !== undefined && !isTableLine(line) && continuesCellList(text, (last.wrapped?.at(-1)?.text ?? lastCell(last)).trim());
    if (table && last && ((next && isTableLine(next) && (!opensTable(next, table) || goesOn)) || unfinished || listed)) {
      table.rows[table.rows.length - 1] = { ...last, wrapped: [...(last.wrapped ?? []), { line: line.position.line, text }] };
      continue;
    }
    if (isTableLine(line)) {
      close();
      if (table && afterBreak && sameCells(line, table.rows[0]!)) continue;
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
    // Notes open a paragraph of their own (排查日期：　年　月　日 ⏎ 填表说明：1.…: a form's last line to fill in ends no sentence),
    // and so does each line of a run of fields (总指挥：市人民政府市长 ⏎ 常务副总指挥：市人民政府常务副市长).
    // (A field after a blank line opens one too where the paragraph before names people, a list of members: 赵海涛　… ⏎ ⏎ 成　员：….)
    const field = FIELD.test(text) && (FIELD.test(parts[0] ?? '') || (afterBlank && fieldRun));
    if (open && !opensUnit(text) && !NOTE_OPENING.test(text) && !field) {
      before = parts[parts.length - 1]!;
      // Names a field lists apart, wrapped under its value (出　席：唐少华　…　罗慧敏 ⏎ 　　　　彭湘云): still apart.
      if (FIELD.test(parts[0] ?? '') && /^[ \u3000]{2,}|^\u3000/u.test(line.text) && /\u3000|\s{2,}/u.test(before)) {
        parts.push('\u3000');
        length += 1;
      }
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
    if (endsSentence(before, text)) fieldRun = false;
    if (endsSentence(before, text) || LISTED_NUMBER.test(text) || (length <= 24 && isStandaloneTitle(parts.join('')))) close();
  }
  close();
  return blocks.map(mergeBoldSpans);
}

/** A field's name, maybe spaced (联系人, 时　间, 申请材料): two to eight characters. */
export const FIELD_NAME = String.raw`\p{Script=Han}(?:[ \u3000]*\p{Script=Han}){1,7}`;

/** A line naming a field and what fills it (总指挥：市人民政府市长, 联系人：张三, a 纪要's 时　间：… and 出　席：…, spaced). */
const FIELD = new RegExp(`^${FIELD_NAME}[:：]\\s*\\S`, 'u');

/** The next line after `k` holding text that is no page furniture (−1: none). */
function nextText(lines: SourceLine[], k: number, furniture: Set<number>): number {
  for (let j = k + 1; j < lines.length; j++) if (lines[j]!.text.trim() !== '' && !furniture.has(j)) return j;
  return -1;
}

/** Could this line be a cell's words wrapped: short, opening no unit, label or note, and no table's caption. */
function wrapsCell(text: string): boolean {
  return text.length <= 30 && !opensUnit(text) && !outlineLabel(text) && !NOTE_OPENING.test(text) && !CAPTION_LIKE.test(text);
}

/** The last cell a table line prints. */
function lastCell(line: SourceLine): string {
  return line.text.split('\t').filter((c) => c.trim() !== '').at(-1) ?? '';
}

/** Does `text` go on with the numbered list `before` opens (1.将… then 2.将…: the same label, the next number)? */
function continuesCellList(text: string, before: string): boolean {
  const label = outlineLabel(text);
  const previous = outlineLabel(before);
  return !!label && !!previous && label.level === previous.level && label.number === previous.number + 1 && label.label.replace(/\d+/gu, '') === previous.label.replace(/\d+/gu, '');
}

/** A line naming a table (附表1, 表2 …, 续表, …一览表, …名录): a caption between two tables, never a cell's words. */
const CAPTION_LIKE = /^(?:附表|续表|表\s*[0-9一二三四五六七八九十])|(?:表|清单|目录|名单|名录)$/u;

/** Does a table line open a table of its own: a header row (序号 …, or the header of the table above printed again)? */
function opensTable(line: SourceLine, table: TableBlock): boolean {
  return /^\s*序\s*号/u.test(line.text) || sameCells(line, table.rows[0]!);
}

/** Do two table lines print the same cells (a header repeated)? */
function sameCells(a: SourceLine, b: SourceLine): boolean {
  const cells = (l: SourceLine) => l.text.split('\t').map((c) => c.replace(/\s+/g, '')).filter(Boolean).join('\t');
  return cells(a) === cells(b);
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
