/**
 * Where things live in the built site, shared by the build (pipeline/site) and the page scripts.
 * Paths are relative to the site root so the site works from any folder of a static host.
 */

/** doc/yzbf-2023-1.html */
export function documentPath(docId: string): string {
  return `doc/${docId}.html`;
}

/** b/youxian-2023-01.html */
export function bulletinPath(bulletinId: string): string {
  return `b/${bulletinId}.html`;
}

/** b/index.html: every issue, by year. */
export const ISSUES_PATH = 'b/index.html';

/** data/yzbf-2023-1.json: the document's subtree as published, for machines. */
export function documentDataPath(docId: string): string {
  return `data/${docId}.json`;
}

/** A node's deep link: its document page with the node id as the fragment. */
export function nodePath(nodeId: string): string {
  const docId = nodeId.split('/')[0]!;
  return nodeId === docId ? documentPath(docId) : `${documentPath(docId)}#${nodeId}`;
}

/** The search folder written by pipeline/index, relative to the site root. */
export const SEARCH_DIR = 'search/';
