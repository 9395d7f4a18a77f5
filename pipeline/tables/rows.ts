/**
 * From printed lines to logical rows. A printed line is first fitted to the columns (align.ts); then
 * lines are grouped: a line whose key cell (序号 or numbered task) is empty continues the row above
 * (a task printed as several sub-rows), and the first line of a page that repeats the key of the last
 * row continues it (a row printed across a page break). Tables without a key column continue a row
 * across a page when the short identifying cells repeat (the 消防 权责清单: 行政检查 · 消防工作 ·
 * 乡镇（街道）printed on three pages). Where such a table prints its first column once over several rows, a line
 * under cells that fill their columns' widths is their words wrapped (`wrapsAbove`: 急难型临 ⏎ 时救助), and words wrapped
 * onto a line of their own without a tab go to the first cell when it is the one they continue (`placeWrapped`). A
 * numbered row whose last printed cell was cut at the line's end goes on on the next line, its cells where the count
 * says (`cutCells`: …缴纳社 ⏎ 会保险费 ⇥ 县人社局).
 */
import type { CellDetail, CellSource, Column } from '../../schema/table.ts';
import { alignPieces, features, type Piece, type Profile } from './align.ts';
import { isWide } from '../../core/chinese/width.ts';
import { compactKey } from './cell.ts';
import { isNoteLabel } from './notes.ts';
import type { PrintedRow } from './header.ts';

/** One printed line fitted to the columns. */
export interface AlignedRow {
  line: number;
  /** Per column: the pieces printed there. */
  cells: Array<Array<{ text: string; source: CellSource }>>;
  /** Some piece is not where it was printed. */
  moved: boolean;
  /** More pieces than columns: the surplus went into the last column. */
  overflow: boolean;
  /** First line after a repeated header: a new printed page. */
  pageStart: boolean;
  /** The line prints the words of the cells above it, wrapped (`wrapsAbove`): it continues their row. */
  wraps?: boolean;
}

/** Fits a printed line to the columns, trying also to split a cell that printed a numbered label and its text as two paragraphs. */
export function alignRow(row: PrintedRow, cols: Profile[], pageStart: boolean): AlignedRow {
  const plain: Array<Piece & { paragraphs: string[] }> = [];
  row.read.forEach((c, i) => {
    if (c.paragraphs.length) plain.push({ text: c.text, features: c.features, cell: i, paragraphs: c.paragraphs });
  });
  let pieces = plain;
  // A line of totals (合　计 ⇥ ⇥ ⇥ 100) is printed in its columns: its label and sums are like no row's. Printing fewer
  // cells than the table has columns, its label spans the first ones (合计 over 序号 and 河段名称): its sums stand right.
  const spanned = TOTAL_LABEL.test(compactKey(row.cells[0] ?? '')) ? Math.max(0, cols.length - row.cells.length) : 0;
  let fitted = isTotal(row.cells) ? { columns: plain.map((p) => Math.min(p.cell + (p.cell > 0 ? spanned : 0), cols.length - 1)), score: 0 } : alignPieces(plain, cols);
  const splittable = plain.findIndex((p) => p.paragraphs.length >= 2 && p.paragraphs[0]!.length <= 40 && features(p.paragraphs[0]!).has('task'));
  if (splittable >= 0 && !isTotal(row.cells)) {
    const p = plain[splittable]!;
    const split = [
      ...plain.slice(0, splittable),
      { text: p.paragraphs[0]!, cell: p.cell, paragraphs: [p.paragraphs[0]!] },
      { text: p.paragraphs.slice(1).join('\n'), cell: p.cell, paragraphs: p.paragraphs.slice(1) },
      ...plain.slice(splittable + 1),
    ];
    const other = alignPieces(split, cols);
    if (other && (!fitted || other.score > fitted.score + 0.5)) {
      pieces = split;
      fitted = other;
    }
  }
  const cells: AlignedRow['cells'] = cols.map(() => []);
  const columns = fitted?.columns ?? pieces.map((p) => Math.min(p.cell, cols.length - 1));
  pieces.forEach((p, i) => {
    for (const text of p.paragraphs) cells[columns[i]!]!.push({ text, source: { line: row.line, cell: p.cell, text } });
  });
  return {
    line: row.line,
    cells,
    moved: pieces.some((p, i) => columns[i] !== p.cell),
    overflow: fitted === undefined,
    pageStart,
  };
}

/** A printed line whose cells stay where they were printed: the words of the cells above it, wrapped (`wrapsAbove`). */
export function printedRow(row: PrintedRow, width: number, pageStart: boolean): AlignedRow {
  const cells: AlignedRow['cells'] = Array.from({ length: width }, () => []);
  row.read.forEach((c, j) => {
    for (const text of c.paragraphs) cells[j]!.push({ text, source: { line: row.line, cell: j, text } });
  });
  return { line: row.line, cells, moved: false, overflow: false, pageStart, wraps: true };
}

/**
 * How wide a printed cell is: a Han character or a full-width sign takes one place, a Latin letter, a digit or a
 * half-width sign half of one (后按20%—60%救助，一 takes ten).
 */
export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text.trim()) width += isWide(ch) ? 1 : 0.5;
  return width;
}

/** The first word of a cell, which a line cannot cut: a run of Latin letters, digits and signs (20%), or one character. */
function firstWord(text: string): string {
  const t = text.trim();
  return /^[\x21-\x7e]+/.exec(t)?.[0] ?? t.slice(0, 1);
}

/** A column whose widest cell is narrower than this (一级, 20%, —) shows no width its cells wrap at. */
const MIN_WRAP = 4;

/** The widest cell of each column, over the lines as each prints them (the header's too): the width its cells wrap at. */
export function columnWidths(lines: string[][]): number[] {
  const widest: number[] = [];
  for (const cells of lines) cells.forEach((c, j) => {
    widest[j] = Math.max(widest[j] ?? 0, printedWidth(c));
  });
  return widest;
}

/**
 * Are `below`'s words those of `above` wrapped, in a column `widest` wide? They went on to the next line when their
 * first word there would not have fit beside the cell above (a Han character, or a run of digits and signs that is
 * not cut: 按增值部分的 ⏎ 20%).
 */
function wrapsCell(above: string | undefined, below: string, widest: number | undefined): boolean {
  return widest !== undefined && widest >= MIN_WRAP && above !== undefined && printedWidth(above) + printedWidth(firstWord(below)) > widest;
}

/**
 * The lines that print the words of the cells above them, wrapped, read from the layout. A table that numbers no
 * rows and prints its first column once over several rows (a merged cell) leaves the first cell empty on a row of
 * its own as on a row's second line, so only the widths tell them apart: a line continues the one above when each
 * cell it prints could not have stood beside its cell above (`wrapsCell`, in a column as wide as its widest cell).
 * In the 临时救助标准表, 急难型临 ⏎ 时救助, …山体滑坡等， ⏎ 房屋损毁或者家庭财产遭受重大 ⏎ 损失, and ⇥⇥⇥先行救助，5个工作日内
 * under 乡镇人民政府或县民政局; while ⇥遭遇交通事故… under …遭受重大 ⏎ 损失 opens a row, and so does ⇥二级⇥16% under
 * 一级⇥20% (a column whose cells are all that short shows no width they wrap at).
 *
 * The widths are trusted only where the first column's own words wrap so (急难型临 ⏎ 时救助, 其他经营性 ⏎ 用地): a table
 * printed cell by cell at its columns' widths. Elsewhere the first cell empty keeps its meaning so far (a row of the
 * category above) and nothing is returned. The first line after a header (a new page) opens a row. `lines`: each
 * line's cells as it prints them (`columnWidths`); returns, per line, whether it continues the line before it.
 */
export function wrapsAbove(lines: string[][], header: Set<number>, widest: number[], width: number): boolean[] {
  let firstWraps = false;
  const wraps = lines.map((cells, i) => {
    if (i === 0 || header.has(i) || header.has(i - 1) || cells.length > width) return false;
    const above = lines[i - 1]!;
    let printed = 0;
    for (let j = 0; j < cells.length; j++) {
      if (compactKey(cells[j]!) === '') continue;
      if (!wrapsCell(above[j], cells[j]!, widest[j])) return false;
      printed++;
    }
    if (printed > 0 && compactKey(cells[0] ?? '') !== '') firstWraps = true;
    return printed > 0;
  });
  return firstWraps ? wraps : [];
}

/**
 * The lines that go on with a cell the line above cut at its end, read from the counts of cells: a row opening with
 * its key (its 序号; in a table whose first column is a category printed once over its rows, that category or the
 * empty cell under it) prints fewer cells than the table has columns, and the next line, opening with words (no key,
 * no empty first cell), prints just the rest (…并按规定缴纳社 ⏎ 会保险费 ⇥ 县人社局: four cells and two make five, the
 * first two one; ⇥ …达到服务能力推 ⏎ 荐标准的比例 ⇥ % ⇥ 45 ⇥ 80 ⇥ 预期性: two and five make six). Returns, per line, the
 * column its first cell goes on with, or −1.
 */
export function cutCells(lines: string[][], header: Set<number>, width: number, isKey: (cell: string) => boolean): number[] {
  return lines.map((cells, i) => {
    const above = lines[i - 1];
    if (!above || header.has(i) || header.has(i - 1) || above.length < 2 || above.length >= width || !isKey(above[0] ?? '')) return -1;
    if (compactKey(above.at(-1) ?? '') === '') return -1;
    const first = compactKey(cells[0] ?? '');
    if (first === '' || isKey(cells[0]!) || above.length + cells.length - 1 !== width) return -1;
    return above.length - 1;
  });
}

/**
 * A line going on with the cell the line above cut (`cutCells`): its cells printed from column `from` on, the first
 * joined to that cell's words as a line wrapped there (`wraps`).
 */
export function cutRow(row: PrintedRow, from: number, width: number, pageStart: boolean): AlignedRow {
  const cells: AlignedRow['cells'] = Array.from({ length: width }, () => []);
  row.read.forEach((c, j) => {
    for (const text of c.paragraphs) cells[Math.min(from + j, width - 1)]!.push({ text, source: { line: row.line, cell: j, text } });
  });
  return { line: row.line, cells, moved: from > 0, overflow: false, pageStart, wraps: true };
}

/** A raw row: the cells its own line prints, and the words of its cells wrapped onto lines of their own (no tab). */
type RawRow = { cells: string[]; wrapped?: Array<{ text: string }> | undefined };

/**
 * A raw row's cells as an extraction reads them: the words wrapped onto lines of their own run on from the end of
 * the line's text, an empty last cell (a tab at the line's end) dropped (…依照《政府采购法》 ⏎ 及其实施条例执行).
 */
export function readCells(row: RawRow): string[] {
  if (!row.wrapped?.length) return row.cells;
  return (row.cells.join('\t').replace(/\s+$/u, '') + row.wrapped.map((w) => w.text).join('')).split('\t');
}

/**
 * Where the words of a row wrapped onto a line of their own (no tab) go. Printed at the line's start, they stand
 * under the first column: they continue its cell when that cell fills its column and the last does not (商业服务业 ⏎
 * 用地, 出租方式入 ⏎ 市 under a column five wide, beside 62% and 90%). Otherwise they stay at the end of the last cell, as
 * read (…依照《政府采购法》 ⏎ 及其实施条例执行: an extraction drops the tabs before a last cell's words).
 */
export function placeWrapped(row: RawRow, widest: number[]): string[] {
  const own = row.cells;
  const last = own.length - 1;
  if (!row.wrapped?.length || last < 1) return readCells(row);
  const words = row.wrapped.map((w) => w.text).join('');
  if (!wrapsCell(own[0], words, widest[0]) || wrapsCell(own[last], words, widest[last])) return readCells(row);
  return [own[0]!.replace(/\s+$/u, '') + words, ...own.slice(1)];
}

/** A row of the table as a reader sees it, before it becomes a node. */
export interface LogicalRow {
  lines: number[];
  printed: AlignedRow[];
  cells: Array<{ paragraphs: string[]; sources: CellSource[]; filledFrom?: number }>;
}

function firstText(row: LogicalRow, j: number): string {
  return row.cells[j]?.paragraphs[0] ?? '';
}

/** Columns whose cells name the row rather than describe it: repeated on a continuation, they are not new text. */
function identityColumns(columns: Column[], profiles: Profile[]): number[] {
  return columns.map((c, j) => (c.kind !== 'text' && profiles[j]!.share.long < 0.5 ? j : -1)).filter((j) => j >= 0);
}

/** A total's label (合计, 总计, 小计, 共计), its count in brackets after it too (合计（15个）). */
const TOTAL_LABEL = /^(?:合|总|小|共)计(?:[（(]\d{1,4}[个项条家户人][)）])?$/u;

/** Whether cells are a line of totals: one of them is a total's label alone (合计 ⇥ ⇥ 41个 ⇥ 140, or under its category). */
export function isTotal(cells: string[]): boolean {
  return cells.some((c) => TOTAL_LABEL.test(compactKey(c)));
}

/** Whether cells are a line of notes printed as the table's last row (备注 ⇥ 1.存栏量以…；2.…): its first cell is a note's label (notes.ts), another holds text. */
export function isNoteRow(cells: string[]): boolean {
  return isNoteLabel(compactKey(cells[0] ?? '')) && cells.slice(1).some((c) => compactKey(c) !== '');
}

function isTotalLine(r: AlignedRow): boolean {
  return isTotal(r.cells.map((pieces) => pieces.map((p) => p.text).join('')));
}

export function groupRows(aligned: AlignedRow[], columns: Column[], profiles: Profile[]): LogicalRow[] {
  const keyColumn = columns.findIndex((c) => c.kind === 'serial' || c.kind === 'task');
  const identity = identityColumns(columns, profiles);
  const rows: LogicalRow[] = [];
  let current: LogicalRow | undefined;
  const keyOf = (r: AlignedRow) => (keyColumn >= 0 ? compactKey(r.cells[keyColumn]!.map((p) => p.text).join('')) : '');
  const identityOf = (cells: (j: number) => string) => identity.map((j) => compactKey(cells(j))).join('|');

  for (const r of aligned) {
    let continues = false;
    // A line of totals (合计 …) is a row of its own, whatever its cells were aligned to: never the row above's.
    if (current && !isTotalLine(r)) {
      if (r.wraps) continues = true;
      else if (keyColumn >= 0) {
        const key = keyOf(r);
        const currentKey = compactKey(firstText(current, keyColumn));
        continues = currentKey !== '' && (key === '' || (r.pageStart && key === currentKey));
      } else {
        const id = identityOf((j) => r.cells[j]!.map((p) => p.text).join(''));
        // A line leaving the row's name empty, in a table whose first column names its rows (no merged cell fills
        // it down), is the words of the row above wrapped (荷塘社区 ⇥ 划入…白鹭港以 ⏎ ⇥ 北区域；…).
        const wrapped = identity.includes(0) && columns[0]!.kind === 'unit' && r.cells[0]!.length === 0;
        continues = wrapped || (r.pageStart && id.replace(/\|/g, '') !== '' && id === identityOf((j) => firstText(current!, j)));
      }
    }
    if (!continues) {
      current = { lines: [], printed: [], cells: columns.map(() => ({ paragraphs: [], sources: [] })) };
      rows.push(current);
    }
    current!.lines.push(r.line);
    current!.printed.push(r);
    r.cells.forEach((pieces, j) => {
      const cell = current!.cells[j]!;
      for (const piece of pieces) {
        cell.sources.push(piece.source);
        // A naming cell printed again on the next line or page (the category, the task, 行政检查) is the same text.
        const repeat = continues && (identity.includes(j) || columns[j]!.kind === 'category') && compactKey(piece.text) === compactKey(cell.paragraphs.at(-1) ?? '');
        // Words wrapped at the column's width (wrapsAbove: 急难型临 ⏎ 时救助, 3倍以下乡镇人民政府；3 ⏎ 倍以上县民政局) go on
        // the paragraph they continue, as read: a reader and a search see 临时救助 and 3倍以上, not two paragraphs.
        if (repeat) continue;
        if (r.wraps && cell.paragraphs.length) cell.paragraphs[cell.paragraphs.length - 1] += piece.text;
        else cell.paragraphs.push(piece.text);
      }
    });
  }
  return rows;
}

/**
 * Fills merged cells down: a category printed once over several rows is empty in print on the rows
 * below. Only category columns are filled; other empty cells are reported by the checks.
 */
export function fillDown(rows: LogicalRow[], columns: Column[]): void {
  columns.forEach((c, j) => {
    if (c.kind !== 'category') return;
    let last = -1;
    rows.forEach((row, i) => {
      const cell = row.cells[j]!;
      if (cell.paragraphs.length) last = i;
      else if (last >= 0) {
        const from = rows[last]!.cells[j]!;
        cell.paragraphs = [...from.paragraphs];
        cell.filledFrom = last;
      }
    });
  });
}

/** The provenance of a cell, or undefined when it was printed plainly: one piece, on the row's first line, in its own column. */
export function cellDetail(cell: LogicalRow['cells'][number], column: number, rowLine: number, rowIds: string[]): CellDetail | undefined {
  if (cell.filledFrom !== undefined) return { merged: 'filled', filledFrom: rowIds[cell.filledFrom]!, sources: [] };
  const [only, ...more] = cell.sources;
  if (!only) return undefined;
  if (more.length === 0 && only.line === rowLine && only.cell === column && only.text === cell.paragraphs.join('\n')) return undefined;
  const detail: CellDetail = { sources: cell.sources };
  if (new Set(cell.sources.map((s) => s.line)).size > 1) detail.merged = 'spanned';
  return detail;
}
