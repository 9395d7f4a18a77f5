/**
 * The bulletin view: a cover line and the 目录 as printed (number, title, printed page), each
 * entry linked to its document when the build found it.
 */
import type { BulletinNode, ContentsEntry, DocumentNode } from '../../schema/tree.ts';
import { html, type Html } from './html.ts';
import { documentPath } from '../../core/routes.ts';

function entry(e: ContentsEntry, documents: Map<string, DocumentNode>, root: string): Html {
  const doc = e.documentId ? documents.get(e.documentId) : undefined;
  const title = doc ? html`<a href="${root}${documentPath(doc.id)}">${e.title}</a>` : html`${e.title}`;
  return html`<li><span class="t-no">${e.number}.</span><span class="t-title">${title}${doc?.docNumber ? html`<span class="t-docno">${doc.docNumber}</span>` : ''}</span><span class="t-page">${e.page}</span></li>`;
}

/** The 目录; documents the contents did not list are added after it, so none is unreachable. */
export function renderContents(bulletin: BulletinNode, root: string): Html {
  const documents = new Map(bulletin.children.map((d) => [d.id, d]));
  const listed = new Set(bulletin.contents.map((e) => e.documentId));
  const unlisted = bulletin.children.filter((d) => !listed.has(d.id));
  return html`<section class="toc" aria-label="目录"><h2>目录</h2><ol>${bulletin.contents.map((e) => entry(e, documents, root))}${unlisted.map(
    (d) => html`<li><span class="t-no"></span><span class="t-title"><a href="${root}${documentPath(d.id)}">${d.title}</a><span class="t-docno">${d.docNumber}</span></span>${d.position.printedPage !== undefined ? html`<span class="t-page">${d.position.printedPage}</span>` : ''}</li>`,
  )}</ol></section>`;
}

/** 2023年第1期 */
export function issueName(bulletin: BulletinNode): string {
  return `${bulletin.year}年第${bulletin.issue}期`;
}

/** 2024-05-10 as the cover prints it: 2024年5月10日. */
function publishedOn(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * An issue's page: its cover and 目录; `save` lists the files 离线保存 keeps (relative to the site
 * root), the button shown by the script where a cache is available.
 */
export function renderBulletin(bulletin: BulletinNode, root: string, save: string[] = []): Html {
  const offline = save.length
    ? html`<p class="offline-save"><button type="button" id="save-offline" hidden data-bulletin="${bulletin.id}" data-files="${JSON.stringify(save)}">离线保存本期</button> <span id="save-status" role="status"></span></p>`
    : html``;
  return html`<div class="bulletin"><header class="cover"><h1>${bulletin.title}</h1><p>${bulletin.issuer}</p><p>${issueName(bulletin)}${bulletin.totalIssue !== undefined ? `（总第${bulletin.totalIssue}期）` : ''}</p>${bulletin.published ? html`<p>${publishedOn(bulletin.published)}出版</p>` : html``}</header>${offline}${renderContents(bulletin, root)}</div>`;
}
