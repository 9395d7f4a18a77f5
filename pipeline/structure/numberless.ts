/**
 * Texts a bulletin prints without a 文号 (a 政策解读, a 大事记), found by the title its 目录 lists. Their ids cannot
 * come from a 文号: structure gives each a placeholder (`@no7`, from its 目录 entry's number), and the build names it
 * after the bulletin once the bulletin's id is known (`yunxixian-2025-03-no7`), unique in any archive as the
 * bulletin's is.
 */
import type { BulletinNode, DocumentNode } from '../../schema/tree.ts';
import { visitTree } from '../walk.ts';

const PLACEHOLDER = '@';

/** The placeholder id of the text a 目录 entry lists. */
export function numberlessId(entry: number): string {
  return `${PLACEHOLDER}no${entry}`;
}

/** What tells a document from the others of its bulletin: its 文号, or its id where it prints none. */
export function documentKey(doc: Pick<DocumentNode, 'docNumber' | 'id'>): string {
  return doc.docNumber || doc.id;
}

/** How messages and pages name a document: its 文号, or its title where it prints none. */
export function documentLabel(doc: Pick<DocumentNode, 'docNumber' | 'title'>): string {
  return doc.docNumber || doc.title;
}

/** Names the texts without a 文号 after the bulletin (`@no7` → `<bulletin id>-no7`), each node below them too. */
export function nameNumberless(bulletin: BulletinNode, bulletinId: string): void {
  const rename = (id: string) => (id.startsWith(PLACEHOLDER) ? `${bulletinId}-${id.slice(PLACEHOLDER.length)}` : id);
  for (const doc of bulletin.children) {
    if (!doc.id.startsWith(PLACEHOLDER)) continue;
    visitTree(doc, (node) => {
      node.id = rename(node.id);
      return true;
    });
    for (const a of doc.attachments) if (a.id) a.id = rename(a.id);
  }
  for (const entry of bulletin.contents) if (entry.documentId) entry.documentId = rename(entry.documentId);
}
