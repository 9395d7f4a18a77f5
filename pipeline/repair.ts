/**
 * The last check before a bulletin is written: every id once, and every node in a place the schema
 * allows. Stages are written to produce valid trees, and the fuzz suite checks that they do; this
 * is the safety net that keeps one odd node from failing the whole file:
 *
 * - a node whose id another node already has is renamed (`…__dup2`), with a warning at its line;
 * - a node that does not fit the schema where it stands becomes a paragraph of its text there, with
 *   a warning at its line; where no paragraph may stand (a document under the bulletin, a row in a
 *   table) it is left out with an error at its line;
 * - an entry of the derived lists (references, citedBy, contents, messages) that does not fit is
 *   dropped with a warning.
 *
 * What is still invalid after that is an error that names the file and the source line of the
 * nearest node.
 */
import type { z } from 'zod';
import { BulletinFile } from '../schema/output.ts';
import type { BulletinNode, TreeNode } from '../schema/tree.ts';
import type { Report } from './messages.ts';
import { walk } from './walk.ts';

/**
 * Renames the later of two nodes with one id, and its subtree with it (yzbf-2023-1-dup2/art_3).
 * Returns how many were renamed.
 */
export function ensureUniqueIds(bulletin: BulletinNode, report: Report): number {
  const seen = new Set<string>();
  let renamed = 0;
  for (const node of walk(bulletin)) {
    if (!seen.has(node.id)) {
      seen.add(node.id);
      continue;
    }
    // A path segment may hold underscores; a document or bulletin id only letters, digits and hyphens.
    const sep = node.id.includes('/') ? '__dup' : '-dup';
    let k = 2;
    while (seen.has(`${node.id}${sep}${k}`)) k++;
    const old = node.id;
    const id = `${old}${sep}${k}`;
    report('warning', 'duplicate-id', `${old} was given to two nodes; this one is ${id}`, { line: node.position?.line });
    for (const d of walk(node)) if (d !== node && d.id.startsWith(`${old}/`)) d.id = `${id}${d.id.slice(old.length)}`;
    node.id = id;
    seen.add(id);
    renamed++;
  }
  return renamed;
}

/** Parents whose children may include a paragraph. */
const TAKES_PARAGRAPH = new Set(['document', 'instrument', 'attachment', 'chapter', 'section', 'article', 'heading']);

type Json = Record<string | number, unknown>;

function isNode(value: unknown): value is TreeNode {
  return typeof value === 'object' && value !== null && typeof (value as Json).type === 'string' && typeof (value as Json).id === 'string';
}

interface Located {
  /** The deepest tree node on the path, the array holding it and its index there. */
  node?: { node: TreeNode; parent: TreeNode | undefined; holder: unknown[]; index: number };
  /** The deepest array element on the path outside the tree (references, citedBy, contents, messages). */
  entry?: { holder: unknown[]; index: number; key: string; path: string };
  /** Line of the nearest node on the path. */
  line?: number;
}

function locate(root: unknown, path: ReadonlyArray<PropertyKey>): Located {
  const found: Located = {};
  let value: unknown = root;
  let parentNode: TreeNode | undefined;
  let lastKey = '';
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (value === null || typeof value !== 'object') break;
    const next = (value as Json)[key as string | number];
    if (Array.isArray(value) && typeof key === 'number') {
      if (isNode(next)) found.node = { node: next, parent: parentNode, holder: value, index: key };
      else if (!found.node || !isNode(value[0])) found.entry = { holder: value, index: key, key: lastKey, path: path.slice(0, i).join('.') };
    }
    if (isNode(next)) {
      if (next.position?.line) found.line = next.position.line;
    }
    if (isNode(value)) parentNode = value;
    if (typeof key === 'string') lastKey = key;
    value = next;
  }
  return found;
}

function textOf(node: TreeNode): string {
  const n = node as unknown as Json;
  for (const key of ['text', 'title', 'caption', 'label']) if (typeof n[key] === 'string' && n[key]) return n[key] as string;
  if (Array.isArray(n.cells)) return (n.cells as unknown[]).map(String).join('\t');
  return '';
}

function positionOf(node: TreeNode): { line: number; endLine: number } {
  const p = (node as unknown as Json).position as { line?: unknown; endLine?: unknown } | undefined;
  const line = typeof p?.line === 'number' && Number.isInteger(p.line) && p.line > 0 ? p.line : 1;
  const endLine = typeof p?.endLine === 'number' && Number.isInteger(p.endLine) && p.endLine >= line ? p.endLine : line;
  return { line, endLine };
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** At most this many repairs per file: more means the tree is not a bulletin's. */
const MAX_REPAIRS = 200;

export type Checked = { ok: true; file: BulletinFile } | { ok: false; message: string; line?: number };

/**
 * Validates a bulletin file against the schema, repairing what can be repaired (see above).
 * `candidate.bulletin` may be changed in place.
 */
export function validateBulletinFile(candidate: Record<string, unknown>, report: Report): Checked {
  let repairs = 0;
  let lastIssue: z.core.$ZodIssue | undefined;
  for (;;) {
    const parsed = BulletinFile.safeParse(candidate);
    if (parsed.success) return { ok: true, file: parsed.data };
    const issue = parsed.error.issues[0]!;
    lastIssue = issue;
    const where = locate(candidate, issue.path);
    const describe = `${issue.path.join('.')}: ${issue.message}`;
    if (repairs++ >= MAX_REPAIRS) break;
    const at = where.node;
    if (at && at.parent) {
      if (TAKES_PARAGRAPH.has(at.parent.type) && at.node.type !== 'paragraph') {
        const paragraph = { id: at.node.id, type: 'paragraph', text: textOf(at.node), position: positionOf(at.node) };
        at.holder[at.index] = paragraph;
        report('warning', 'schema-violation', `${article(at.node.type)} does not fit here (${describe}); kept as a paragraph of its text`, { line: paragraph.position.line });
        continue;
      }
      at.holder.splice(at.index, 1);
      report('error', 'schema-violation', `${article(at.node.type)} does not fit here (${describe}) and no paragraph may stand in its place; left out`, { line: positionOf(at.node).line });
      continue;
    }
    if (where.entry && where.entry.key !== 'children') {
      where.entry.holder.splice(where.entry.index, 1);
      report('warning', 'schema-violation', `an entry of ${where.entry.path} does not fit the schema (${describe}); dropped`, where.line ? { line: where.line } : {});
      continue;
    }
    return { ok: false, message: `output does not match the schema at ${describe}`, ...(where.line ? { line: where.line } : {}) };
  }
  const where = lastIssue ? locate(candidate, lastIssue.path) : {};
  return {
    ok: false,
    message: `output does not match the schema after ${MAX_REPAIRS} repairs${lastIssue ? `, at ${lastIssue.path.join('.')}: ${lastIssue.message}` : ''}`,
    ...(where.line ? { line: where.line } : {}),
  };
}
