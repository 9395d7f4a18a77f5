/**
 * The document view: the whole document as static HTML, every node an element whose id is the
 * node id, so `doc/yzbf-2023-1.html#yzbf-2023-1/art_14/item_3` is a deep link that works even
 * without the script. Each node carries its full citation (data-cite) and, where known, its
 * printed page (data-p); the page script copies them with the link.
 */
import type {
  ArticleNode,
  AttachmentNode,
  BodyNode,
  ChapterNode,
  DocumentNode,
  HeadingNode,
  InstrumentNode,
  ItemNode,
  ParagraphNode,
  SectionNode,
  SubitemNode,
  TableNode,
  Variant,
} from '../../schema/tree.ts';
import { html, type Html } from './html.ts';
import { chapterCitation, documentCitation, instrumentCitation, tableCitation } from './citation.ts';
import { renderOutline } from './outline.ts';
import { renderVariants as variants } from './variants.ts';
import { citedByList, hrefFrom, linkedText, type Links } from './references.ts';
import { renderValidity } from './validity.ts';
import type { Validity } from '../../schema/reference.ts';
import { formatDate } from '../../core/chinese/dates.ts';

/** What every node of the page needs: the corpus citations and cross-references, and where it is. */
export interface PageContext {
  citations: ReadonlyMap<string, string>;
  links: Links;
  /** The document this page shows. */
  docId: string;
}

/** What a node needs from its ancestors: the page context and its parent's citation. */
interface Scope {
  ctx: PageContext;
  cite: string;
}

/** A search unit's citation; a node that is no unit is cited as its parent. */
function citeOf(id: string, scope: Scope, fallback = scope.cite): Scope {
  return { ctx: scope.ctx, cite: scope.ctx.citations.get(id) ?? fallback };
}

/** When the node applies, if its text says (instruments; items and headings with their own period). */
function validity(scope: Scope, v: Validity | undefined): Html {
  return renderValidity(v, (id) => scope.ctx.citations.get(id), (id) => hrefFrom(scope.ctx.docId, id));
}

/** A node's text (or part of it, by offsets) with its citations of corpus nodes linked. */
function linked(scope: Scope, id: string, text: string, start = 0, end = text.length, field: 'text' | 'title' | 'caption' = 'text'): Html {
  return linkedText(scope.ctx.links, scope.ctx.docId, id, field, text, start, end);
}

/** What the node carries below its own text: the other reading and who cites it. */
function notes(scope: Scope, id: string, node: { variants?: Variant[] | undefined }, text: string): Html {
  return html`${variants(node.variants, text)}${citedByList(scope.ctx.links, scope.ctx.citations, scope.ctx.docId, id)}`;
}

/** The common attributes of a citable node. */
/**
 * The common attributes of a citable node: its citation, and the printed page(s) it stands on —
 * data-p where its text starts, data-pe where it ends when that is another page (a PDF gives both
 * for every node; a text rendition only the 目录's page of the document, which its nodes inherit).
 */
function nodeAttrs(id: string, scope: Scope, position: { printedPage?: number | undefined; endPrintedPage?: number | undefined } | undefined): Html {
  const page = position?.printedPage;
  const end = position?.endPrintedPage;
  return html`id="${id}" data-cite="${scope.cite}"${page !== undefined ? html` data-p="${page}"` : ''}${page !== undefined && end !== undefined && end !== page ? html` data-pe="${end}"` : ''}`;
}

/** A node's label is its link: following it selects the node and puts its id in the address. */
function label(id: string, text: string, title = '选中并引用此处'): Html {
  return html`<a class="lbl" href="#${id}" title="${title}">${text}</a>`;
}


function subitem(node: SubitemNode, parent: Scope): Html {
  const scope = citeOf(node.id, parent);
  return html`<div class="n sub" ${nodeAttrs(node.id, scope, node.position)}><p>${label(node.id, node.label)}${linked(scope, node.id, node.text)}</p>${notes(scope, node.id, node, node.text)}</div>`;
}

function item(node: ItemNode, parent: Scope): Html {
  const scope = citeOf(node.id, parent);
  return html`<div class="n item" ${nodeAttrs(node.id, scope, node.position)}><p>${label(node.id, node.label)}${linked(scope, node.id, node.text)}</p>${validity(scope, node.validity)}${notes(scope, node.id, node, node.text)}${node.children.map((c) => subitem(c, scope))}</div>`;
}

function paragraph(node: ParagraphNode, parent: Scope): Html {
  const scope = citeOf(node.id, parent);
  const title = node.title ? html`<strong class="run-in">${node.title}</strong>` : '';
  const from = node.title && node.text.startsWith(node.title) ? node.title.length : 0;
  return html`<div class="n para" ${nodeAttrs(node.id, scope, node.position)}><p><a class="pil" href="#${node.id}" title="选中并引用此段" aria-label="选中此段"></a>${title}${linked(scope, node.id, node.text, from)}</p>${notes(scope, node.id, node, node.text)}${(node.children ?? []).map((c) => item(c, scope))}</div>`;
}

function article(node: ArticleNode, parent: Scope): Html {
  const scope = citeOf(node.id, parent, parent.cite + node.label.replace(/\s+/g, ''));
  const children = node.children.map((c) => (c.type === 'paragraph' ? paragraph(c, scope) : item(c, scope)));
  return html`<div class="n art" ${nodeAttrs(node.id, scope, node.position)}><p>${label(node.id, node.label)}${linked(scope, node.id, node.text)}</p>${notes(scope, node.id, node, node.text)}${children}</div>`;
}

function section(node: SectionNode, parent: Scope): Html {
  const scope = citeOf(node.id, parent, chapterCitation(parent.cite, node.number, node.label, '节'));
  return html`<section class="n sec" ${nodeAttrs(node.id, scope, node.position)}><h4>${label(node.id, node.label)} ${node.title}</h4>${notes(scope, node.id, node, node.title)}${body(node.children, parent)}</section>`;
}

/** Articles inside a chapter are cited from the instrument, not from the chapter. */
function chapter(node: ChapterNode, parent: Scope): Html {
  const scope = citeOf(node.id, parent, chapterCitation(parent.cite, node.number, node.label, '章'));
  return html`<section class="n chp" ${nodeAttrs(node.id, scope, node.position)}><h3>${label(node.id, node.label)} ${node.title}</h3>${notes(scope, node.id, node, node.title)}${body(node.children, parent)}</section>`;
}

function heading(node: HeadingNode, parent: Scope): Html {
  const scope = citeOf(node.id, parent, parent.cite + node.label.replace(/\s+/g, ''));
  const line = node.title
    ? html`<strong>${node.title}</strong>${node.text.startsWith(node.title) ? linked(scope, node.id, node.text, node.title.length) : ''}`
    : html`<span class="hd-text">${linked(scope, node.id, node.text)}</span>`;
  const tables = node.children.filter((c) => c.type === 'table').length;
  return html`<div class="n hd hd-${node.level}${node.title ? ' hd-run' : ''}" ${nodeAttrs(node.id, scope, node.position)}><p class="hd-line">${label(node.id, node.label)}${line}</p>${validity(scope, node.validity)}${notes(scope, node.id, node, node.text)}${node.children.map((c) =>
    c.type === 'heading' ? heading(c, scope) : c.type === 'table' ? table(c, scope, tables) : paragraph(c, scope),
  )}</div>`;
}

function table(node: TableNode, parent: Scope, tablesInParent: number): Html {
  const scope = citeOf(node.id, parent, tableCitation(parent.cite, node.number, tablesInParent));
  const width = Math.max(1, ...node.children.map((r) => r.cells.length));
  const head = node.children.filter((r) => r.header);
  const body = node.children.filter((r) => !r.header);
  // Cells are linked by their offsets in the row's text (the cells joined by tabs).
  const cells = (r: TableNode['children'][number], tag: 'th' | 'td'): Html[] => {
    let at = 0;
    const out = r.cells.map((c) => {
      const start = r.text.indexOf(c, at);
      const content = start >= 0 ? linked(scope, r.id, r.text, start, start + c.length) : html`${c}`;
      if (start >= 0) at = start + c.length;
      return tag === 'th' ? html`<th scope="col">${content}</th>` : html`<td>${content}</td>`;
    });
    for (let i = r.cells.length; i < width; i++) out.push(tag === 'th' ? html`<th></th>` : html`<td></td>`);
    return out;
  };
  // A row's other reading and its citers go in a row of their own under it: nothing else fits in a <tr>.
  const row = (r: TableNode['children'][number], tag: 'th' | 'td'): Html => {
    const rowScope = citeOf(r.id, scope);
    const below = notes(rowScope, r.id, r, r.text);
    return html`<tr class="n row" ${nodeAttrs(r.id, rowScope, r.position)}>${cells(r, tag)}</tr>${
      below.value ? html`<tr class="var-row"><td colspan="${width}">${below}</td></tr>` : ''
    }`;
  };
  const name = node.caption ?? `表${node.number}`;
  // The notes printed under it (备注：1.… ⏎ 2.…), as printed.
  return html`<figure class="n tbl" ${nodeAttrs(node.id, scope, node.position)}>${node.caption ? html`<figcaption>${label(node.id, node.caption)}</figcaption>` : ''}<div class="tbl-wrap" tabindex="0" role="region" aria-label="${name}"><table>${head.length ? html`<thead>${head.map((r) => row(r, 'th'))}</thead>` : ''}<tbody>${body.map((r) => row(r, 'td'))}</tbody></table></div>${(node.notes ?? []).map((n) => html`<p class="tbl-note">${n.text}</p>`)}${notes(scope, node.id, node, node.caption ?? '')}</figure>`;
}

function body(nodes: BodyNode[], scope: Scope): Html[] {
  const tables = nodes.filter((c) => c.type === 'table').length;
  return nodes.map((c) => {
    switch (c.type) {
      case 'chapter':
        return chapter(c, scope);
      case 'section':
        return section(c, scope);
      case 'article':
        return article(c, scope);
      case 'heading':
        return heading(c, scope);
      case 'paragraph':
        return paragraph(c, scope);
      case 'table':
        return table(c, scope, tables);
    }
  });
}

function instrument(doc: DocumentNode, node: InstrumentNode, parent: Scope): Html {
  const scope = citeOf(node.id, parent, instrumentCitation(doc, node));
  return html`<section class="n ins" ${nodeAttrs(node.id, scope, node.position)}><h2 class="ins-title">${label(node.id, node.title, '选中并引用此文件')}</h2>${validity(scope, node.validity)}${notes(scope, node.id, node, node.title)}${body(node.children, scope)}</section>`;
}

function attachment(node: AttachmentNode, parent: Scope): Html {
  const scope = citeOf(node.id, parent, `${parent.cite}附件${node.number}`);
  return html`<section class="n att" ${nodeAttrs(node.id, scope, node.position)}><p class="att-label">${label(node.id, node.label || `附件${node.number}`, '选中并引用此附件')}</p>${node.title ? html`<h2 class="att-title">${node.title}</h2>` : ''}${notes(scope, node.id, node, node.title)}${body(node.children, scope)}</section>`;
}

/**
 * The document's own header, notice and signature, then its instruments and attachments.
 * startPage (from the 目录) stands for the printed page of nodes whose own page is unknown:
 * a gazette is cited by the page its document starts on.
 */
export function renderDocument(doc: DocumentNode, ctx: PageContext, startPage?: number): Html {
  const scope = citeOf(doc.id, { ctx, cite: documentCitation(doc) });
  // The notice's own text: paragraphs and tables, and the headings of the points it sets out (一、… 二、…).
  const notice = doc.children.filter((c) => c.type === 'paragraph' || c.type === 'heading' || c.type === 'table');
  const parts = doc.children.filter((c) => c.type === 'instrument' || c.type === 'attachment');
  const attachmentList = doc.attachments.length
    ? html`<div class="att-list"><span>附件：</span><ol>${doc.attachments.map(
        (a) => html`<li>${a.number}.${a.id ? html`<a href="#${a.id}">${a.title}</a>` : a.title}</li>`,
      )}</ol></div>`
    : '';
  return html`<article class="doc n" ${nodeAttrs(doc.id, scope, doc.position.printedPage !== undefined ? doc.position : { printedPage: startPage })}>
<header class="doc-head">
${doc.registrationNumber ? html`<p class="reg">${doc.registrationNumber}</p>` : ''}
${doc.docNumber ? html`<p class="docno">${doc.docNumber}</p>` : ''}
<h1 class="doc-title">${doc.title}</h1>
${(doc.forwards ?? []).map((id) => html`<p class="forwards">转发：<a href="${hrefFrom(ctx.docId, id)}">${ctx.citations.get(id) ?? id}</a></p>`)}
${doc.forwardedBy ? html`<p class="forwards">由<a href="${hrefFrom(ctx.docId, doc.forwardedBy)}">${ctx.citations.get(doc.forwardedBy) ?? doc.forwardedBy}</a>转发</p>` : ''}
${doc.delivered ? html`<p class="delivered">${doc.delivered.occasion}</p>${doc.delivered.speaker ? html`<p class="speaker">${doc.delivered.speaker}</p>` : ''}` : ''}
${notes(scope, doc.id, doc, doc.title)}
</header>
<div class="notice">
${doc.addressees.length ? html`<p class="addressees">${doc.addressees.join('、')}：</p>` : ''}
${body(notice, scope)}
${attachmentList}
${doc.delivered || doc.undated ? '' : html`<p class="sign">${doc.issuer}<br>${formatDate(doc.date)}</p>`}
${doc.annotation ? html`<p class="annotation">${doc.annotation}</p>` : ''}
</div>
${parts.map((c) => (c.type === 'instrument' ? instrument(doc, c, scope) : attachment(c as AttachmentNode, scope)))}
${doc.printedBy ? html`<footer class="printed-by">${doc.printedBy.copiedTo?.length ? html`<span class="copied-to">抄送：${doc.printedBy.copiedTo.join('，')}。</span>` : ''}<span>${doc.printedBy.issuer}</span><span>${formatDate(doc.printedBy.date)}印发</span></footer>` : ''}
</article>`;
}


export { renderOutline, formatDate };
