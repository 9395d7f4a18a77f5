/**
 * The tables stage: every raw table of a rendition (a row per printed line, as the structure stage
 * hands it over) becomes a normalised table: named columns (`columns`), one row per logical row with
 * `cells` aligned with the columns, `text` = cells joined by a tab, `record` keyed by column,
 * provenance (`details`) for cells that were filled down, printed over several lines, moved or split,
 * `subrows` when a row was printed on several lines, the printed 序号 (`serial`) and a `citation`.
 * Row ids are `<table id>/row_<序号>`; a row without a 序号 of its own in a numbered table is
 * `row_<previous 序号>_<n>` (row_0_1 before any); a table without 序号 numbers rows by position.
 * The 备注 paragraphs after a table move into its `notes`; stated counts and 序号 runs are checked.
 * Pure: returns a new tree.
 */
import type { BulletinNode, TableNode, TreeNode } from '../../schema/tree.ts';
import type { Report } from '../messages.ts';
import { checkTable, statedCount } from './checks.ts';
import { COUNT_ALONE } from '../../core/chinese/labels.ts';
import { countNotes, toNotes } from './notes.ts';
import { normalizeTable, type TableContext } from './table.ts';
import { headerKey, looksLikeHeader, sameHeader } from './header.ts';
import { readCells } from './rows.ts';
import { childrenOf } from '../walk.ts';

export { formatTable } from './format.ts';

/** What a table needs to know of the nodes around it. */
interface Scope {
  /** Title of the nearest instrument, attachment or document. */
  title: string;
  /** The outline heading the table sits under, when that is its direct parent. */
  heading?: { label: string; text: string } | undefined;
}

/**
 * `count`: the line right above the table when it states only a count (（共7件）, no caption: the structure stage leaves
 * it a paragraph), checked as a caption's count is.
 */
export function tableContext(table: TableNode, scope: Scope, count?: string): TableContext {
  const heading = scope.heading ? `${scope.heading.label}${scope.heading.text}` : undefined;
  const caption = table.caption ?? heading;
  // A caption line names the list itself; a heading names a part of the enclosing instrument.
  const title = table.caption
    ? `《${table.caption}》`
    : `《${scope.title}》${scope.heading ? scope.heading.label : ''}`;
  return { caption, title, statedCount: table.caption ? statedCount(table.caption) : (statedCount(count) ?? statedCount(heading)) };
}

/**
 * A list's header printed once above its first part (序号 检查事项 实施主体 …, then 一、县发展和改革局（3项） and
 * its rows, 二、… and theirs): the header of each part's table, which prints none, until anything but a heading
 * or such a table comes. `last`: the last 序号 of the list so far.
 */
interface Carried {
  header?: { cells: string[]; line: number; from: string };
  last?: number;
  /** The tables a header was carried from: the parts' tables hold it, they hold nothing else. */
  from: Set<string>;
}

/** A raw table whose lines hold no header row of their own and are as wide as the carried header. */
function takesHeader(raw: TableNode, header: NonNullable<Carried['header']>): boolean {
  const first = raw.children[0];
  const widths = raw.children.map((r) => readCells(r).length);
  return !!first && !looksLikeHeader(readCells(first)) && widths.every((w) => w <= header.cells.length) && widths.some((w) => w === header.cells.length);
}

/** The node with the tables below it normalised (a new node where anything changed below). */
function normalizeIn(node: TreeNode, scope: Scope, report: Report, carried: Carried): TreeNode {
  const kids = childrenOf(node);
  if (kids.length === 0 || node.type === 'table') return node;
  const titled = node.type === 'document' || node.type === 'instrument' || node.type === 'attachment';
  const inner: Scope = {
    title: titled && node.title ? node.title : scope.title,
    heading: node.type === 'heading' ? { label: node.label, text: node.text } : undefined,
  };
  // A header is carried over the headings of one text, no further.
  const own: Carried = titled ? { from: carried.from } : carried;

  const children: TreeNode[] = [];
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    if (child.type !== 'table') {
      if (child.type !== 'heading') own.header = undefined;
      children.push(normalizeIn(child, inner, report, own));
      continue;
    }
    // Already normalised (a tree read back from JSON): nothing to redo.
    if (child.columns) {
      children.push(child);
      continue;
    }
    const header = own.header;
    const carries = header !== undefined && takesHeader(child, header);
    const first = child.children[0];
    // Its first row as read, the words wrapped under it run on (a header printed over its own lines is compared whole).
    const firstCells = first && readCells(first);
    const raw: TableNode = carries ? { ...child, children: [{ id: first!.id, type: 'row', cells: header.cells, text: header.cells.join('\t'), position: { line: header.line, endLine: header.line } }, ...child.children] } : child;
    const above = kids[i - 1];
    const count = above?.type === 'paragraph' && COUNT_ALONE.test(above.text.replace(/\s+/gu, '')) ? above.text : undefined;
    const table = normalizeTable(raw, tableContext(child, inner, count), report);
    const notes = countNotes(kids.slice(i + 1) as Parameters<typeof countNotes>[0]);
    if (notes > 0) {
      table.notes = toNotes(kids.slice(i + 1, i + 1 + notes) as Parameters<typeof toNotes>[0]);
      i += notes;
    }
    if (carries) own.from.add(header.from);
    // A part's table printing the carried header again (a page broke between the part's heading and its rows)
    // is the list's as much: its 序号 run on, and the parts after it still take the header.
    const repeats = header !== undefined && !carries && first !== undefined && sameHeader(headerKey(firstCells!), headerKey(header.cells));
    checkTable(table, report, carries || repeats ? own.last : undefined);
    // A header with no rows under it (the list's header above its first part) is carried to the parts' tables.
    if (table.children.length === 0 && first !== undefined && looksLikeHeader(firstCells!)) own.header = { cells: firstCells!, line: first.position.line, from: table.id };
    else if (!carries && !repeats) own.header = undefined;
    own.last = [...table.children].reverse().find((r) => r.serial !== undefined)?.serial ?? own.last;
    children.push(table);
  }
  return { ...node, children } as TreeNode;
}

/** The tables a header was carried from: its rows are the parts' tables below, it holds none itself. */
function withoutCarried(node: TreeNode, carried: Set<string>): TreeNode {
  const kids = childrenOf(node);
  if (kids.length === 0 || node.type === 'table') return node;
  return { ...node, children: kids.filter((k) => !(k.type === 'table' && carried.has(k.id))).map((k) => withoutCarried(k, carried)) } as TreeNode;
}

export function normalizeTables(bulletin: BulletinNode, report: Report): BulletinNode {
  const carried: Carried = { from: new Set() };
  const normalized = normalizeIn(bulletin, { title: bulletin.title }, report, carried) as BulletinNode;
  return carried.from.size ? (withoutCarried(normalized, carried.from) as BulletinNode) : normalized;
}
