/**
 * Tables over page breaks. A table's part on a page continues the table of the page before when it
 * is the page's first content, the page before ended with that table, and the columns have the same
 * widths. In a continued part, the first rows that repeat the table's first rows are its repeated
 * header; the row after them starts the page.
 *
 * A row broken by the page break is printed in two pieces: on the new page its cells hold the rest
 * of their text, the cells that were finished are empty. Such a piece is joined to the row it
 * continues (the text appended to the cells above, the piece dropped), so that a row is one line as
 * in print: a row continues when its key cell (the column of 序号 or numbered tasks) is empty or does
 * not start a new number and it leaves a cell empty that was filled above or carries on only unfinished
 * cells (a new sub-row under a key cell spanning from the page before fills its cells afresh), or,
 * in a table without such a column, when its first cell is empty where
 * the row above had its own first cell (a new row fills it, or a category spans it from above). A
 * piece can continue a piece: one row may run over several pages. A cell spanning rows (a category) is
 * broken too: in a column whose cells start with labels ((三), 1.), a cell without one on the new
 * page carries on the unfinished cell above it.
 */
import type { GridCell, GridTable } from './lattice.ts';
import type { Item, RowItem } from './layout.ts';

/** Annotations of a row for the output. */
export interface RowMark {
  header?: boolean;
  pageStart?: boolean;
  /** Joined to a row above: not printed as a row of its own. */
  joined?: boolean;
  /** The last page the row's text runs onto, when its cells carry on over a break. */
  endPage?: number;
}

/** Same columns: the same number of grid columns of the same widths (within 3 pt), wherever the table sits. */
export function sameColumns(a: GridTable, b: GridTable): boolean {
  if (a.xs.length !== b.xs.length) return false;
  return a.xs.every((x, i) => Math.abs(x - a.xs[0]! - (b.xs[i]! - b.xs[0]!)) <= 3);
}

const compact = (s: string) => s.replace(/\s+/g, '');
const rowKey = (cells: GridCell[]) => cells.map((c) => `${c.column}:${compact(c.text)}`).join('|');
/** A cell that opens a new item: 12, 3., (三), 一、 */
const LABEL = /^(\d{1,4}$|\d{1,3}\s*[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)/;
const FINISHED = /[。；！？.;!?]$/;

interface Part {
  rows: RowItem[];
  headers: number;
  continues: boolean;
}

/** The rows with text: a grid row with every cell empty is not printed as a row. */
export function withText(items: RowItem[]): RowItem[] {
  return items.filter((item) => item.cells.some((c) => c.text.trim() !== ''));
}

/** Groups the table rows of all pages into tables, each a list of parts (one per page). */
function tables(contents: Item[][]): Part[][] {
  const out: Part[][] = [];
  let previous: Item | undefined;
  for (const items of contents) {
    let k = 0;
    while (k < items.length) {
      const item = items[k]!;
      if (item.kind !== 'row') {
        previous = item;
        k++;
        continue;
      }
      const first = k === 0;
      const part: RowItem[] = [];
      while (k < items.length && items[k]!.kind === 'row' && (items[k] as RowItem).table === item.table) part.push(items[k++] as RowItem);
      const rows = withText(part);
      const continues = first && previous?.kind === 'row' && previous.table.page !== item.table.page && sameColumns(previous.table, item.table) && out.length > 0;
      let headers = 0;
      if (continues) {
        const head = out[out.length - 1]![0]!.rows.map((r) => rowKey(r.cells));
        while (headers < rows.length && headers < head.length && headers < 3 && rowKey(rows[headers]!.cells) === head[headers]) headers++;
        // A header is what precedes the data: never the whole part.
        if (headers === rows.length) headers = 0;
        out[out.length - 1]!.push({ rows, headers, continues });
      } else {
        out.push([{ rows, headers: 0, continues: false }]);
      }
      previous = part[part.length - 1];
    }
  }
  return out;
}

/**
 * Columns of short cells that mostly start with a label (序号, numbered tasks, (一) categories; not
 * the numbered lists inside long texts), and the key among them: the one with most labels.
 */
function labelled(parts: Part[]): { columns: Set<number>; key: number | undefined } {
  const lengths = new Map<number, number[]>();
  const labels = new Map<number, number>();
  for (const part of parts) {
    for (const row of part.rows.slice(part.headers)) {
      for (const c of row.cells) {
        if (!c.text.trim()) continue;
        let list = lengths.get(c.column);
        if (!list) lengths.set(c.column, (list = []));
        list.push(c.text.trim().length);
        if (LABEL.test(c.text.trim())) labels.set(c.column, (labels.get(c.column) ?? 0) + 1);
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const columns = new Set(
    [...labels].filter(([c, n]) => n >= 2 && n >= 0.5 * lengths.get(c)!.length && median(lengths.get(c)!) <= 30).map(([c]) => c),
  );
  const key = [...columns].sort((a, b) => labels.get(b)! - labels.get(a)! || a - b)[0];
  return { columns, key };
}

type Target = { cell: GridCell; row: RowItem };

/**
 * The cell of part `p` covering column `column` on its last printed row, and the row it belongs to;
 * for a cell whose text was moved up to a cell of an earlier page, that cell; for a row joined to
 * the page before (an empty cell of it), the cell above it there.
 */
function cellAbove(parts: Part[], p: number, column: number, moved: Map<GridCell, Target>, marks: Map<RowItem, RowMark>): Target | undefined {
  const part = parts[p];
  const last = part?.rows[part.rows.length - 1];
  if (!part || !last) return undefined;
  for (const row of part.rows) {
    for (const cell of row.cells) {
      if (cell.column <= column && column < cell.column + cell.columnSpan && cell.row <= last.index && last.index <= cell.row + cell.rowSpan - 1) {
        const target = moved.get(cell);
        if (target) return target;
        if (marks.get(row)?.joined && p > 0) return cellAbove(parts, p - 1, column, moved, marks) ?? { cell, row };
        return { cell, row };
      }
    }
  }
  return undefined;
}

function cellAt(row: RowItem, column: number): GridCell | undefined {
  return row.cells.find((c) => c.column <= column && column < c.column + c.columnSpan);
}

function append(above: Target, below: GridCell, page: number, marks: Map<RowItem, RowMark>, moved: Map<GridCell, Target>): void {
  const glue = FINISHED.test(above.cell.text.trim()) ? '\n' : '';
  above.cell.text = above.cell.text ? `${above.cell.text}${glue}${below.text}` : below.text;
  above.cell.bold = above.cell.bold && below.bold;
  below.text = '';
  moved.set(below, above);
  const mark = marks.get(above.row) ?? {};
  mark.endPage = page;
  marks.set(above.row, mark);
}

/**
 * Finds the tables that go on over page breaks, marks repeated headers and page starts, and joins
 * the pieces of rows broken by a break (mutating the cells' text). Returns the marks by row.
 */
export function linkTables(contents: Item[][]): Map<RowItem, RowMark> {
  const marks = new Map<RowItem, RowMark>();
  const moved = new Map<GridCell, Target>();
  const mark = (row: RowItem, m: RowMark) => marks.set(row, { ...marks.get(row), ...m });
  for (const parts of tables(contents)) {
    const { columns, key } = labelled(parts);
    parts.forEach((part, p) => {
      if (!part.continues) return;
      part.rows.slice(0, part.headers).forEach((r) => mark(r, { header: true }));
      const before = parts[p - 1]!;
      const first = part.rows[part.headers];
      if (!first || before.rows.length === 0) return;
      const page = first.table.page;
      const filled = first.cells.filter((c) => c.text.trim() !== '');
      const continuesRow = (() => {
        if (filled.length === 0) return false;
        if (key !== undefined) {
          const cell = cellAt(first, key);
          if (cell && cell.text.trim() && LABEL.test(cell.text.trim())) return false;
          // Under a key cell spanning from the page before, a new sub-row fills its cells afresh; the rest of a
          // broken row leaves empty the cells (other than the labelled ones, which span) that were finished, or only
          // carries on cells that were not.
          const finished = first.cells.some((c) => !columns.has(c.column) && !c.text.trim() && (cellAbove(parts, p - 1, c.column, moved, marks)?.cell.text.trim() ?? '') !== '');
          const carriesOn = filled.every((c) => {
            const above = cellAbove(parts, p - 1, c.column, moved, marks)?.cell.text.trim() ?? '';
            return above !== '' && !FINISHED.test(above);
          });
          return finished || carriesOn;
        }
        const own = cellAt(first, 0);
        const above = cellAbove(parts, p - 1, 0, moved, marks);
        const last = before.rows[before.rows.length - 1]!;
        // The first column empty below a first cell of the last row's own (not a category spanning from higher up).
        return (!own || !own.text.trim()) && above !== undefined && above.cell.text.trim() !== '' && (above.cell.row === last.index || marks.get(last)?.joined === true);
      })();
      if (continuesRow) {
        for (const c of filled) {
          const above = cellAbove(parts, p - 1, c.column, moved, marks);
          if (above) append(above, c, page, marks, moved);
        }
        if (first.cells.every((c) => !c.text.trim())) mark(first, { joined: true });
      } else {
        // A new row; a labelled column's cell without a label carries on the broken cell above (a category spanning rows).
        for (const c of filled) {
          if (!columns.has(c.column) || c.column === key || LABEL.test(c.text.trim())) continue;
          const above = cellAbove(parts, p - 1, c.column, moved, marks);
          if (above && above.cell.text.trim() && !FINISHED.test(above.cell.text.trim())) append(above, c, page, marks, moved);
        }
      }
      const start = part.rows.slice(part.headers).find((r) => !marks.get(r)?.joined && r.cells.some((c) => c.text.trim() !== ''));
      if (start) mark(start, { pageStart: true });
    });
  }
  return marks;
}
