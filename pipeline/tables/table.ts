/** One raw table (a row per printed line) → a normalised table (a row per logical row, cells per column). */
import type { CellDetail, RowNode, TableNode } from '../../schema/table.ts';
import type { Report } from '../messages.ts';
import { features, profiles, type PrintedCell } from './align.ts';
import { alignHeader, buildColumns, findHeaderRows, headerKey, sameHeader, type PrintedRow } from './header.ts';
import { alignRow, cellDetail, columnWidths, cutCells, cutRow, fillDown, groupRows, placeWrapped, printedRow, readCells, wrapsAbove, type AlignedRow } from './rows.ts';
import { cellParagraphs, compactKey } from './cell.ts';
import { outlineLabel } from '../../core/chinese/labels.ts';

/** Where the table sits, for its title and the citations of its rows. */
export interface TableContext {
  caption?: string | undefined;
  /** What citations name: 《攸县行政许可事项清单（2023年版）》一、 */
  title: string;
  statedCount?: number | undefined;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // The most frequent width; on a tie the wider, so no printed cell has to be squeezed.
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** The leading number of a key cell: 11 or 11.持续深化… → 11. */
function serialOf(label: string): number | undefined {
  const key = compactKey(label);
  if (/^\d{1,4}$/.test(key)) return Number(key);
  const m = outlineLabel(key);
  return m?.level === 3 ? m.number : undefined;
}

export function normalizeTable(raw: TableNode, context: TableContext, report: Report): TableNode {
  const printed: PrintedRow[] = raw.children.map((r) => {
    const cells = readCells(r);
    return { cells, line: r.position.line, read: cells.map(readCell) };
  });
  const header = findHeaderRows(printed);
  const data = printed.filter((_, i) => !header.indices.has(i));
  // The table's width: the most frequent of its lines', or of the lines opening a row (a first cell printed) where that is
  // wider. A row's cells wrapped onto lines of their own (⇥…办法》的通知, the first cell empty) may be most of the lines,
  // and hold fewer cells.
  const opening = printed.filter((r, i) => !header.indices.has(i) && compactKey(r.cells[0] ?? '') !== '');
  const width = Math.max(mode(printed.map((r) => r.cells.length)), mode(opening.map((r) => r.cells.length)));
  const cols = profiles(data.map((r) => r.read), width);

  // Header names: every repetition is aligned on its own; the first decides, the others add printed variants.
  const tops: string[][] = [];
  const subs: string[][] = [];
  const printedNames: string[][] = [];
  let shifted: number | undefined;
  printed.forEach((r, i) => {
    if (!header.indices.has(i)) return;
    const aligned = alignHeader(r.cells, cols);
    if (aligned.moved && shifted === undefined) shifted = r.line;
    const second = compactKey(r.cells.join('')) !== '' && header.keys.length > 1 && sameHeader(header.keys[1]!, headerKey(r.cells));
    // The first row's names wrapped onto a line of their own go on with them (调节金征收比例（占成交价款）), read once: after
    // a page break whose header the structure stage dropped as furniture, the wrapped line alone adds nothing.
    if (second && header.wrapped) {
      if (header.indices.has(i - 1) && tops.length > 0) {
        tops[tops.length - 1] = tops.at(-1)!.map((name, j) => name + aligned.names[j]!);
        printedNames[printedNames.length - 1] = printedNames.at(-1)!.map((name, j) => name + aligned.printed[j]!);
      }
      return;
    }
    printedNames.push(aligned.printed);
    if (second) subs.push(aligned.names);
    else tops.push(aligned.names);
  });
  const top = tops[0] ?? Array(width).fill('');
  if (shifted !== undefined) {
    report('info', 'table-header-shifted', `${raw.id}: a repeated header row is printed out of line with the columns and was realigned`, { line: shifted });
  }
  const columns = buildColumns(top, subs[0], printedNames, cols);
  const keyColumn = columns.findIndex((c) => c.kind === 'serial' || c.kind === 'task');
  // A first column printed once over several rows, and no 序号: the widths say which lines are a row's words wrapped,
  // measured on the cells each line prints itself (a row's words wrapped onto lines of their own, no tab, apart).
  const own = raw.children.map((r) => r.cells);
  const widest = columnWidths(own);
  const wraps = keyColumn < 0 && columns[0]?.kind === 'category' ? wrapsAbove(own, header.indices, widest, width) : [];
  // Where they are trusted, the words of a row wrapped onto a line of their own join the cell they continue.
  const lines = wraps.length === 0 ? printed : printed.map((r, i) => {
    const cells = placeWrapped(raw.children[i]!, widest);
    return cells === r.cells ? r : { ...r, cells, read: cells.map(readCell) };
  });

  // A numbered row's last cell cut at the line's end, the rest of the row on the next line: both stay where printed.
  const categoryFirst = keyColumn < 0 && columns[0]?.kind === 'category';
  // In a table of categories printed once over their rows, the key is a category some whole line prints, or the empty cell under it.
  const categories = new Set(lines.filter((r, i) => !header.indices.has(i) && r.cells.length === width).map((r) => compactKey(r.cells[0] ?? '')));
  const cut =
    keyColumn === 0 ? cutCells(lines.map((r) => r.cells), header.indices, width, (cell) => serialOf(cell) !== undefined)
    : categoryFirst ? cutCells(lines.map((r) => r.cells), header.indices, width, (cell) => categories.has(compactKey(cell)))
    : [];

  // Data rows, fitted to the columns (a line wrapping the cells above stays where printed); a header repetition marks a page start.
  const aligned: AlignedRow[] = [];
  let afterHeader = false;
  lines.forEach((r, i) => {
    if (header.indices.has(i)) {
      afterHeader = aligned.length > 0;
      return;
    }
    let row =
      (cut[i] ?? -1) >= 0 ? cutRow(r, cut[i]!, width, afterHeader)
      : (cut[i + 1] ?? -1) >= 0 ? { ...printedRow(r, width, afterHeader), wraps: false }
      : wraps[i] ? printedRow(r, width, afterHeader)
      : alignRow(r, cols, afterHeader);
    // A line printing every column, its category left empty under the one above (⇥ 龙泉派出所登记点 ⇥ 龙泉街道… ⇥ …): its
    // name stays its name, however like a category it reads (…登记点 beside 犬只登记服务点), and its cells where printed.
    if (categoryFirst && r.cells.length === width && compactKey(r.cells[0] ?? '') === '' && row.cells[0]!.length > 0) row = { ...printedRow(r, width, afterHeader), wraps: false };
    afterHeader = false;
    if (row.overflow) report('warning', 'table-row-overflow', `${raw.id}: the line has more cells than the table has columns (${width}); the surplus is kept in the last column`, { line: r.line });
    else if ((cut[i] ?? -1) >= 0) report('info', 'table-cell-continued', `${raw.id}: the line goes on with the cell the line above cut at its end; its first words are joined to that cell, the rest of the row kept in its columns`, { line: r.line });
    else if (row.moved) report('info', 'table-row-realigned', `${raw.id}: cells of the line were printed out of their columns and realigned`, { line: r.line });
    aligned.push(row);
  });

  const logical = groupRows(aligned, columns, cols);
  fillDown(logical, columns);

  // Ids: the printed 序号. A row without one (or repeating one) is named after the numbered row before
  // it (row_14_1: the first such row after 序号 14; row_0_1 before any), so it never takes another
  // row's number and both renditions name it alike. A table without 序号 numbers rows by position.
  const labels = logical.map((row) => (keyColumn >= 0 ? (row.cells[keyColumn]!.paragraphs[0] ?? '') : ''));
  const serials = labels.map((l) => (l ? serialOf(l) : undefined));
  const ids = rowIds(raw.id, serials);

  const children: RowNode[] = logical.map((row, k) => {
    const cells = row.cells.map((c) => c.paragraphs.join('\n'));
    const record: Record<string, string> = {};
    const details: Record<string, CellDetail> = {};
    columns.forEach((c, j) => {
      record[c.key] = cells[j]!;
      const detail = cellDetail(row.cells[j]!, j, row.lines[0]!, ids);
      if (detail) details[c.key] = detail;
    });
    const node: RowNode = {
      id: ids[k]!,
      type: 'row',
      cells,
      text: cells.join('\t'),
      record,
      lines: row.lines,
      position: { line: row.lines[0]!, endLine: row.lines.at(-1)! },
      citation: `${context.title}${serials[k] !== undefined ? `序号${serials[k]}` : `第${k + 1}行`}`,
    };
    if (Object.keys(details).length) node.details = details;
    if (row.printed.length > 1) {
      node.subrows = row.printed.map((r) => ({ line: r.line, cells: r.cells.map((pieces) => pieces.map((p) => p.text).join('\n')) }));
    }
    if (serials[k] !== undefined) {
      node.serial = serials[k];
      node.label = labels[k];
    }
    return node;
  });

  const table: TableNode = {
    id: raw.id,
    type: 'table',
    number: raw.number,
    position: raw.position,
    title: context.title,
    columns,
    headerLines: printed.filter((_, i) => header.indices.has(i)).map((r) => r.line),
    children,
  };
  if (raw.variants) table.variants = raw.variants;
  const caption = context.caption ?? raw.caption;
  if (caption) table.caption = caption;
  if (context.statedCount !== undefined) table.statedCount = context.statedCount;
  return table;
}


function rowIds(tableId: string, serials: Array<number | undefined>): string[] {
  if (serials.every((s) => s === undefined)) return serials.map((_, k) => `${tableId}/row_${k + 1}`);
  const used = new Set<number>();
  let last = 0;
  let extra = 0;
  return serials.map((s) => {
    if (s !== undefined && !used.has(s)) {
      used.add(s);
      last = s;
      extra = 0;
      return `${tableId}/row_${s}`;
    }
    extra++;
    return `${tableId}/row_${last}_${extra}`;
  });
}

function readCell(printed: string): PrintedCell {
  const paragraphs = cellParagraphs(printed);
  const text = paragraphs.join('\n');
  return { paragraphs, text, features: features(text) };
}
