/** The texts of a document that two renditions can disagree on, in reading order, each with a way to write it back. */
import type { DocumentNode, TreeNode } from '../../schema/tree.ts';

export interface TextUnit {
  node: TreeNode;
  /** Which field (or cell) of the node holds the text. */
  field: 'text' | 'title' | { cell: number };
  get(): string;
  set(value: string): void;
  /** The node's text as it would read with this unit's text replaced: what a variant records. */
  readingWith(value: string): string;
  line: number;
}

export function textUnits(doc: DocumentNode): TextUnit[] {
  const units: TextUnit[] = [];
  let columns: string[] = [];
  const visit = (node: TreeNode) => {
    if (node.type === 'table') columns = node.columns?.map((c) => c.key) ?? [];
    const n = node as unknown as Record<string, unknown> & { position: { line: number } };
    if (node.type === 'row') {
      const keys = columns;
      node.cells.forEach((_, i) => {
        units.push({
          node,
          field: { cell: i },
          get: () => node.cells[i]!,
          set: (v) => {
            node.cells[i] = v;
            node.text = node.cells.join('\t');
            const key = keys[i];
            if (node.record && key !== undefined) node.record[key] = v;
          },
          readingWith: (v) => node.cells.map((c, j) => (j === i ? v : c)).join('\t'),
          line: node.position.line,
        });
      });
      return;
    }
    if (node.type !== 'heading' && typeof n.title === 'string' && node.type !== 'paragraph') {
      units.push({ node, field: 'title', get: () => n.title as string, set: (v) => (n.title = v), readingWith: (v) => v, line: n.position.line });
    }
    if (typeof n.text === 'string') {
      units.push({ node, field: 'text', get: () => n.text as string, set: (v) => (n.text = v), readingWith: (v) => v, line: n.position.line });
    }
    if ('children' in node && Array.isArray(node.children)) for (const c of node.children as TreeNode[]) visit(c);
  };
  visit(doc);
  return units;
}
