/**
 * Visiting the document tree: one definition of "the children of a node" and of reading order, for
 * every stage and test that goes through the nodes.
 */
import type { TreeNode } from '../schema/tree.ts';

/** A node's children in print order (none for leaves: rows, subitems, paragraphs without items). */
export function childrenOf(node: TreeNode): readonly TreeNode[] {
  return 'children' in node && node.children ? node.children : [];
}

/** Every node of the subtree in reading order (pre-order), the root first. */
export function* walk(root: TreeNode): Generator<TreeNode> {
  const stack: TreeNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * Visits the subtree in reading order with each node's ancestors (nearest last); returning false
 * from `visit` skips the node's children.
 */
export function visitTree(root: TreeNode, visit: (node: TreeNode, ancestors: readonly TreeNode[]) => boolean | void): void {
  const ancestors: TreeNode[] = [];
  const go = (node: TreeNode): void => {
    if (visit(node, ancestors) === false) return;
    ancestors.push(node);
    for (const child of childrenOf(node)) go(child);
    ancestors.pop();
  };
  go(root);
}
