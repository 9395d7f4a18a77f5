/**
 * What a normalised table can be checked against: the count its caption or heading states
 * (…的行政许可事项（250项）), the run of printed 序号 (gaps, duplicates), and empty cells in
 * columns a reader relies on (every task has a 牵头单位).
 */
import type { TableNode } from '../../schema/table.ts';
import type { Report } from '../messages.ts';
import { isNoteRow, isTotal } from './rows.ts';

/** A group's number in a list numbered in digits within each group (一, 二、). */
const GROUP_NUMBER = /^[一二三四五六七八九十]{1,3}、?$/u;

/** （250项）, (9项), 共31项 → the number. */
export function statedCount(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /[（(]\s*(\d+)\s*[项个条件][)）]|共\s*(\d+)\s*[项个条件]/.exec(text);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/**
 * Checks a normalised table's stated count, 序号 runs and empty cells. `continues`: the last 序号 of the list's
 * table before it, when it continues that list under a heading of its own (一、县发展和改革局 1–3, 二、… 4–5):
 * its 序号 start after it.
 */
export function checkTable(table: TableNode, report: Report, continues?: number): void {
  // A line of totals (合计) is counted, numbered and filled as no other row is; so is a line of notes (备注 ⇥ 1.…), and
  // a group's line numbered in Chinese numerals among rows numbered in digits (一 ⇥ 温泉度假类（5个） ⇥ ⇥ 32.60).
  const serialColumn = (table.columns ?? []).findIndex((c) => c.kind === 'serial');
  const group = (r: TableNode['children'][number]) => r.serial === undefined && serialColumn >= 0 && GROUP_NUMBER.test(r.cells[serialColumn] ?? '');
  const rows = table.children.filter((r) => !isTotal(r.cells) && !isNoteRow(r.cells) && !group(r));
  const where = (line: number) => ({ line });

  if (table.statedCount !== undefined && rows.length !== table.statedCount) {
    report('warning', 'table-count-mismatch', `${table.id}: the heading states ${table.statedCount} rows, the table has ${rows.length}`, where(table.position.line));
  }

  const serials = rows.filter((r) => r.serial !== undefined);
  if (serials.length > 0) {
    const seen = new Map<number, number>();
    for (const r of serials) {
      const first = seen.get(r.serial!);
      if (first !== undefined) report('warning', 'table-serial-duplicate', `${table.id}: 序号 ${r.serial} is printed twice (first on line ${first})`, where(r.position.line));
      else seen.set(r.serial!, r.position.line);
    }
    // Gaps: a 序号 that is not one more than the one before (the sequence starts at 1, or after the list's table before).
    let expected = continues !== undefined && serials[0]!.serial === continues + 1 ? continues + 1 : 1;
    for (const r of serials) {
      if (r.serial! > expected) {
        const missing = r.serial! - expected === 1 ? `${expected}` : `${expected}–${r.serial! - 1}`;
        report('warning', 'table-serial-gap', `${table.id}: 序号 ${missing} missing before ${r.serial}`, where(r.position.line));
      }
      expected = Math.max(expected, r.serial! + 1);
    }
    // Rows without 序号 in a numbered table: one warning per run of them.
    let run: typeof rows = [];
    const flush = () => {
      if (run.length === 0) return;
      const first = run[0]!.position.line;
      const last = run.at(-1)!.position.endLine;
      const lines = first === last ? `line ${first}` : `lines ${first}–${last}`;
      report('warning', 'table-row-without-serial', `${table.id}: ${run.length} row${run.length > 1 ? 's' : ''} without 序号 in a numbered table (${lines}); the column of 序号 is empty there`, where(first));
      run = [];
    };
    for (const r of rows) {
      if (r.serial === undefined) run.push(r);
      else flush();
    }
    flush();
  }

  // Empty cells where every other row has text: a lost or unfilled merged cell.
  (table.columns ?? []).forEach((column, j) => {
    const empty = rows.filter((r) => (r.cells[j] ?? '') === '');
    // A column empty on more than one row in twenty is one that may be empty (责任单位 of some tasks).
    if (empty.length === 0 || empty.length > Math.max(1, rows.length * 0.05)) return;
    if (column.kind !== 'category' && column.kind !== 'unit' && column.kind !== 'task' && column.kind !== 'serial') return;
    for (const r of empty) report('warning', 'table-cell-empty', `${table.id}: no ${column.key} on this row`, where(r.position.line));
  });
}
