/**
 * Tables without rules (the "stream" method): consecutive rows of runs that break into the same
 * columns, by wide gaps whose segments start at the same x on every row. Each printed row becomes a
 * grid row; its segments go to the column whose start they sit at.
 */
import type { Run } from './runs.ts';
import { cluster, type GridCell, type GridTable } from './lattice.ts';
import { makeLine } from './lines.ts';

/** A gap this wide (in ems) separates two cells of an unruled table. */
const CELL_GAP = 2;
/** Segment starts closer than this (points) are one column. */
const ALIGN = 3;

interface Segment {
  runs: Run[];
  x0: number;
  x1: number;
}

interface Row {
  runs: Run[];
  baseline: number;
  size: number;
  segments: Segment[];
}

function segmentsOf(runs: Run[]): Segment[] {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  const out: Segment[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.x0 - last.x1 < CELL_GAP * r.size) {
      last.runs.push(r);
      last.x1 = Math.max(last.x1, r.x1);
    } else out.push({ runs: [r], x0: r.x0, x1: r.x1 });
  }
  return out;
}

/**
 * Finds unruled tables among rows of runs (runs already grouped by baseline, top to bottom).
 * Returns the tables and the rows' runs that are in none.
 */
export function findStreamTables(rows: Run[][], page: number): { tables: GridTable[]; rest: Run[] } {
  const info: Row[] = rows.map((runs) => {
    const size = Math.max(...runs.map((r) => r.size));
    return { runs, baseline: runs[0]!.baseline, size, segments: segmentsOf(runs) };
  });
  const tables: GridTable[] = [];
  const used = new Set<number>();
  let i = 0;
  while (i < info.length) {
    if (info[i]!.segments.length < 2) {
      i++;
      continue;
    }
    // A block of consecutive multi-segment rows at a steady line pitch.
    let j = i + 1;
    while (
      j < info.length &&
      info[j]!.segments.length >= 2 &&
      info[j]!.baseline - info[j - 1]!.baseline < 3 * Math.max(info[j]!.size, info[j - 1]!.size) &&
      Math.abs(info[j]!.size - info[i]!.size) < 0.2 * info[i]!.size
    ) {
      j++;
    }
    const block = info.slice(i, j);
    const table = asTable(block, page);
    if (table) {
      tables.push(table);
      for (let k = i; k < j; k++) used.add(k);
    }
    i = j;
  }
  const rest = info.filter((_, k) => !used.has(k)).flatMap((r) => r.runs);
  return { tables, rest };
}

function asTable(block: Row[], page: number): GridTable | undefined {
  if (block.length < 3) return undefined;
  const starts = cluster(block.flatMap((r) => r.segments.map((s) => s.x0)), ALIGN);
  // Columns: starts used by at least half the rows.
  const columns = starts.filter((x) => block.filter((r) => r.segments.some((s) => Math.abs(s.x0 - x) <= ALIGN)).length >= block.length / 2);
  if (columns.length < 2 || (columns.length === 2 && block.length < 4)) return undefined;
  // Every segment must start at a column: text that does not is prose, not a table.
  const aligned = block.every((r) => r.segments.every((s) => columns.some((x) => Math.abs(s.x0 - x) <= ALIGN)));
  if (!aligned) return undefined;
  const x0 = Math.min(...block.flatMap((r) => r.runs.map((run) => run.x0)));
  const x1 = Math.max(...block.flatMap((r) => r.runs.map((run) => run.x1)));
  const xs = [x0, ...columns.slice(1), x1];
  const ys = [block[0]!.baseline - block[0]!.size, ...block.slice(1).map((r, k) => (r.baseline - r.size + block[k]!.baseline) / 2), block[block.length - 1]!.baseline + 0.3 * block[block.length - 1]!.size];
  const rows: GridCell[][] = block.map((r, k) =>
    r.segments.map((s) => {
      const column = columns.reduce((best, x, c) => (x <= s.x0 + ALIGN ? c : best), 0);
      const line = makeLine(s.runs, page);
      return {
        row: k,
        column,
        rowSpan: 1,
        columnSpan: 1,
        x0: xs[column]!,
        x1: xs[column + 1]!,
        top: ys[k]!,
        bottom: ys[k + 1]!,
        text: line.text,
        bold: line.allBold,
        lines: [line],
      };
    }),
  );
  // Two segments in one column (a gap inside a cell) are one cell.
  for (const row of rows) {
    for (let k = row.length - 1; k > 0; k--) {
      if (row[k]!.column === row[k - 1]!.column) {
        row[k - 1]!.text += ` ${row[k]!.text}`;
        row[k - 1]!.lines.push(...row[k]!.lines);
        row.splice(k, 1);
      }
    }
  }
  return { page, x0, x1, top: ys[0]!, bottom: ys[ys.length - 1]!, xs, ys, rows };
}
