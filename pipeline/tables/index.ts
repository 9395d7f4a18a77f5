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
import { countNotes, toNotes } from './notes.ts';
import { normalizeTable, type TableContext } from './table.ts';
import { childrenOf } from '../walk.ts';

export { formatTable } from './format.ts';

/** What a table needs to know of the nodes around it. */
interface Scope {
  /** Title of the nearest instrument, attachment or document. */
  title: string;
  /** The outline heading the table sits under, when that is its direct parent. */
  heading?: { label: string; text: string } | undefined;
}

export function tableContext(table: TableNode, scope: Scope): TableContext {
  const heading = scope.heading ? `${scope.heading.label}${scope.heading.text}` : undefined;
  const caption = table.caption ?? heading;
  // A caption line names the list itself; a heading names a part of the enclosing instrument.
  const title = table.caption
    ? `《${table.caption}》`
    : `《${scope.title}》${scope.heading ? scope.heading.label : ''}`;
  return { caption, title, statedCount: statedCount(table.caption) ?? statedCount(heading) };
}

/** The node with the tables below it normalised (a new node where anything changed below). */
function normalizeIn(node: TreeNode, scope: Scope, report: Report): TreeNode {
  const kids = childrenOf(node);
  if (kids.length === 0 || node.type === 'table') return node;
  const titled = node.type === 'document' || node.type === 'instrument' || node.type === 'attachment';
  const inner: Scope = {
    title: titled && node.title ? node.title : scope.title,
    heading: node.type === 'heading' ? { label: node.label, text: node.text } : undefined,
  };

  const children: TreeNode[] = [];
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    if (child.type !== 'table') {
      children.push(normalizeIn(child, inner, report));
      continue;
    }
    // Already normalised (a tree read back from JSON): nothing to redo.
    if (child.columns) {
      children.push(child);
      continue;
    }
    const table = normalizeTable(child, tableContext(child, inner), report);
    const notes = countNotes(kids.slice(i + 1) as Parameters<typeof countNotes>[0]);
    if (notes > 0) {
      table.notes = toNotes(kids.slice(i + 1, i + 1 + notes) as Parameters<typeof toNotes>[0]);
      i += notes;
    }
    checkTable(table, report);
    children.push(table);
  }
  return { ...node, children } as TreeNode;
}

export function normalizeTables(bulletin: BulletinNode, report: Report): BulletinNode {
  return normalizeIn(bulletin, { title: bulletin.title }, report) as BulletinNode;
}
