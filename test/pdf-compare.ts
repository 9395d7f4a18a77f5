/**
 * Comparing two bulletin trees of the same issue (one from the text rendition, one from the PDF):
 * the nodes each has by id, and for the nodes both have, their labels and texts up to spacing.
 * Used by the seed round-trip test, and printable as a report for whoever closes the gaps.
 */
import type { BulletinNode, TreeNode } from '../schema/tree.ts';

export function* nodes(node: TreeNode): Generator<TreeNode> {
  yield node;
  if ('children' in node && Array.isArray(node.children)) for (const c of node.children as TreeNode[]) yield* nodes(c);
}

/** Text up to spacing and bracket width: what both renditions must agree on. */
export function plain(text: string | undefined): string {
  return (text ?? '').replace(/[\s\u3000]+/g, '');
}

/** What a node says: its label, title and text (rows: the cells). */
export function says(node: TreeNode): string {
  const n = node as { label?: string; title?: string; text?: string; cells?: string[] };
  if (node.type === 'row') return plain((n.cells ?? []).join('|'));
  return plain([n.label ?? '', n.title ?? '', n.text ?? ''].join('|'));
}

export interface TreeDiff {
  /** Ids in the first tree only, and in the second only, by node type. */
  onlyFirst: string[];
  onlySecond: string[];
  /** Nodes in both whose label, title or text differ (up to spacing). */
  changed: Array<{ id: string; first: string; second: string }>;
}

export function diffTrees(first: BulletinNode, second: BulletinNode, include: (n: TreeNode) => boolean = () => true): TreeDiff {
  const a = new Map<string, TreeNode>();
  const b = new Map<string, TreeNode>();
  for (const n of nodes(first)) if (include(n)) a.set(n.id, n);
  for (const n of nodes(second)) if (include(n)) b.set(n.id, n);
  const changed: TreeDiff['changed'] = [];
  for (const [id, n] of a) {
    const m = b.get(id);
    if (m && says(n) !== says(m)) changed.push({ id, first: says(n), second: says(m) });
  }
  return {
    onlyFirst: [...a.keys()].filter((id) => !b.has(id)),
    onlySecond: [...b.keys()].filter((id) => !a.has(id)),
    changed,
  };
}

/** Where two texts first differ, with some context: for readable reports. */
export function firstDifference(x: string, y: string, context = 12): string {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return `@${i}: …${x.slice(Math.max(0, i - context), i + context)}… ≠ …${y.slice(Math.max(0, i - context), i + context)}…`;
}
