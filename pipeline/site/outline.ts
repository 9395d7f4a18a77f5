/**
 * The outline beside a document: its instruments and attachments, their chapters, articles
 * (as a compact row of numbers, since a 办法 has dozens) and the first two heading levels.
 */
import type { AttachmentNode, BodyNode, DocumentNode, HeadingNode, InstrumentNode } from '../../schema/tree.ts';
import { html, type Html } from './html.ts';
import { toNumeral } from '../../core/chinese/numerals.ts';

function articles(nodes: BodyNode[]): Html {
  const list = nodes.filter((n) => n.type === 'article');
  if (list.length === 0) return html``;
  return html`<ol class="ol-arts">${list.map(
    (a) => html`<li><a href="#${a.id}" title="${a.label}">${a.number > 0 ? toNumeral(a.number) : a.label}</a></li>`,
  )}</ol>`;
}

function headingTitle(h: HeadingNode): string {
  const text = h.title ?? h.text;
  return text.length > 28 ? `${text.slice(0, 27)}…` : text;
}

function headings(nodes: (BodyNode | HeadingNode['children'][number])[], depth: number): Html {
  const list = nodes.filter((n): n is HeadingNode => n.type === 'heading');
  if (list.length === 0 || depth > 2) return html``;
  return html`<ol class="ol-hds">${list.map(
    (h) => html`<li><a href="#${h.id}"><span class="ol-lbl">${h.label}</span>${headingTitle(h)}</a>${headings(h.children, depth + 1)}</li>`,
  )}</ol>`;
}

function bodyOutline(nodes: BodyNode[]): Html {
  const chapters = nodes.filter((n) => n.type === 'chapter');
  return html`${chapters.length
    ? html`<ol class="ol-chps">${chapters.map(
        (c) => html`<li><a href="#${c.id}"><span class="ol-lbl">${c.label}</span>${c.title}</a>${articles(
          c.children.flatMap((s) => (s.type === 'section' ? s.children : [s])),
        )}</li>`,
      )}</ol>`
    : ''}${articles(nodes)}${headings(nodes, 1)}`;
}

function part(node: InstrumentNode | AttachmentNode): Html {
  const name = node.type === 'attachment' ? `${node.label || `附件${node.number}`} ${node.title}` : node.title;
  return html`<li class="ol-part"><a href="#${node.id}">${name}</a>${bodyOutline(node.children)}</li>`;
}

export function renderOutline(doc: DocumentNode): Html {
  const parts = doc.children.filter((c): c is InstrumentNode | AttachmentNode => c.type === 'instrument' || c.type === 'attachment');
  // The points the notice sets out in its own text (…通知如下：一、…) under the notice.
  const points = doc.children.filter((c): c is HeadingNode => c.type === 'heading');
  return html`<nav class="outline" aria-label="本文目录"><details open><summary>本文目录</summary><ol class="ol-parts"><li class="ol-part"><a href="#${doc.id}">${doc.docNumber || doc.title}</a>${headings(points, 1)}</li>${parts.map(part)}</ol></details></nav>`;
}
