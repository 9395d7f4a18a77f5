/** The texts of a document that two renditions can disagree on, in reading order, each with a way to write it back. */
import type { DocumentNode, TreeNode } from '../../schema/tree.ts';
import { walk } from '../walk.ts';

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

/** The node whose `title` is its own text (a heading's or paragraph's title repeats its text: not a unit of its own). */
function titleHolder(node: TreeNode): { title: string } | undefined {
  switch (node.type) {
    case 'bulletin':
    case 'document':
    case 'instrument':
    case 'attachment':
    case 'chapter':
    case 'section':
      return node;
    default:
      return undefined;
  }
}

function textHolder(node: TreeNode): { text: string } | undefined {
  switch (node.type) {
    case 'article':
    case 'paragraph':
    case 'item':
    case 'subitem':
    case 'heading':
      return node;
    default:
      return undefined;
  }
}

export function textUnits(doc: DocumentNode): TextUnit[] {
  const units: TextUnit[] = [];
  let columns: string[] = [];
  // Pre-order: a table's rows come right after the table, so they read its columns.
  for (const node of walk(doc)) {
    if (node.type === 'table') columns = node.columns?.map((c) => c.key) ?? [];
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
      continue;
    }
    const titled = titleHolder(node);
    if (titled) {
      units.push({ node, field: 'title', get: () => titled.title, set: (v) => (titled.title = v), readingWith: (v) => v, line: node.position.line });
    }
    const texted = textHolder(node);
    if (texted) {
      units.push({ node, field: 'text', get: () => texted.text, set: (v) => (texted.text = v), readingWith: (v) => v, line: node.position.line });
    }
  }
  return units;
}
