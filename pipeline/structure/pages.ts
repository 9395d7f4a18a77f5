/**
 * The pages a node was printed on, from the source lines it was built from: for a bulletin read from
 * its PDF, every node's position gets the PDF page and the number printed there where its text starts,
 * and where it ends when it runs over a page break, so that a citation names the printed page of the
 * clause itself (第十四条 on page 4, not the document's first page). Lines read by OCR mark their
 * nodes with the reader's confidence. A text rendition has no pages: its tree is returned as it is.
 * Pure: returns a new tree.
 */
import type { SourceLine, SourceText } from '../ingest/source.ts';
import type { BulletinNode, Position, TreeNode } from '../../schema/tree.ts';

/** What the lines line..endLine say of their pages and OCR. */
function placement(byLine: Map<number, SourceLine>, position: Position): { position: Position; ocr?: number } {
  const first = byLine.get(position.line);
  const last = byLine.get(position.endLine) ?? first;
  const out: Position = { line: position.line, endLine: position.endLine };
  const start = first?.position;
  const end = last?.position;
  if (start?.page !== undefined) {
    out.page = start.page;
    if (start.printedPage !== undefined) out.printedPage = start.printedPage;
    const endPage = end?.endPage ?? end?.page;
    if (endPage !== undefined && endPage !== start.page) {
      out.endPage = endPage;
      const endPrinted = end?.endPrintedPage ?? end?.printedPage;
      if (endPrinted !== undefined) out.endPrintedPage = endPrinted;
    }
  }
  let ocr: number | undefined;
  for (let l = position.line; l <= position.endLine; l++) {
    const c = byLine.get(l)?.ocr?.confidence;
    if (c !== undefined) ocr = Math.min(ocr ?? 1, c);
  }
  return ocr === undefined ? { position: out } : { position: out, ocr };
}

function place<T extends TreeNode>(node: T, byLine: Map<number, SourceLine>): T {
  const { position, ocr } = placement(byLine, node.position);
  const children = 'children' in node && node.children ? (node.children as TreeNode[]).map((c) => place(c, byLine)) : undefined;
  const placed = { ...node, position, ...(children ? { children } : {}) };
  if (ocr !== undefined) placed.ocr = { confidence: Math.round(ocr * 1000) / 1000 };
  return placed;
}

/** The bulletin with every node on its pages (unchanged when the source has none). */
export function placeOnPages(bulletin: BulletinNode, source: SourceText): BulletinNode {
  if (!source.children.some((l) => l.position.page !== undefined || l.ocr)) return bulletin;
  const byLine = new Map(source.children.map((l) => [l.position.line, l]));
  return place(bulletin, byLine);
}
