/**
 * The search view (index.html): the box, the filters (document, instrument type, year) and,
 * below the results, every bulletin's 目录 so the page is useful before anything is typed and
 * without the script.
 */
import type { BulletinFile } from '../../schema/output.ts';
import type { DocumentNode } from '../../schema/tree.ts';
import { html, type Html } from './html.ts';
import { bulletinPath } from '../../core/routes.ts';
import { issueName, renderContents } from './bulletin-page.ts';

function shortTitle(doc: DocumentNode): string {
  // The instrument's title says what the document is; the notice title wraps it in 关于印发《…》的通知.
  const inner = /《(.+?)》/.exec(doc.title)?.[1] ?? doc.title;
  return inner.length > 24 ? `${inner.slice(0, 23)}…` : inner;
}

function kinds(files: BulletinFile[]): string[] {
  const seen = new Set<string>();
  for (const f of files)
    for (const d of f.bulletin.children) for (const c of d.children) if (c.type === 'instrument') seen.add(c.kind);
  return [...seen];
}

function years(files: BulletinFile[]): number[] {
  const seen = new Set<number>();
  for (const f of files) for (const d of f.bulletin.children) seen.add(Number(d.date.slice(0, 4)));
  return [...seen].filter((y) => y > 0).sort((a, b) => b - a);
}

function filters(files: BulletinFile[]): Html {
  // Documents grouped by issue, newest first, so a long list stays findable.
  const documents = newestFirst(files).map(
    (f) => html`<optgroup label="${issueName(f.bulletin)}">${f.bulletin.children.map(
      (d) => html`<option value="${d.id}">${d.docNumber ? `${d.docNumber} ` : ''}${shortTitle(d)}</option>`,
    )}</optgroup>`,
  );
  return html`<div class="filters">
<label>文件<select name="doc" id="f-doc"><option value="">全部文件</option>${documents}</select></label>
<label>类型<select name="kind" id="f-kind"><option value="">全部类型</option>${kinds(files).map((k) => html`<option value="${k}">${k}</option>`)}</select></label>
<label>年份<select name="year" id="f-year"><option value="">全部年份</option>${years(files).map((y) => html`<option value="${y}">${y}年</option>`)}</select></label>
</div>`;
}

/** Example queries taken from the corpus itself: a 文号 and an article of the first statute-form instrument. */
function hints(files: BulletinFile[]): Html {
  const documents = files.flatMap((f) => f.bulletin.children);
  const examples: string[] = [];
  const first = documents.find((d) => d.docNumber);
  if (first) examples.push(first.docNumber);
  for (const d of documents) {
    const ins = d.children.find((c) => c.type === 'instrument' && c.form === 'articles');
    const quoted = /“(.+?)”/.exec(ins?.type === 'instrument' ? ins.title : '')?.[1];
    if (quoted) {
      examples.push(`${quoted} 第十条`);
      break;
    }
  }
  if (examples.length === 0) return html``;
  return html`<p class="hints">例如：${examples.map((q) => html`<a href="?q=${encodeURIComponent(q)}" data-q="${q}">${q}</a>`)}</p>`;
}

function newestFirst(files: BulletinFile[]): BulletinFile[] {
  return [...files].sort((a, b) => b.bulletin.year - a.bulletin.year || b.bulletin.issue - a.bulletin.issue);
}

/** The newest issue's 目录 in full, the earlier issues as links to theirs. */
function browse(files: BulletinFile[]): Html {
  const [latest, ...earlier] = newestFirst(files);
  if (!latest) return html``;
  return html`<h2><a href="${bulletinPath(latest.bulletin.id)}">${latest.bulletin.title} ${issueName(latest.bulletin)}</a></h2>${renderContents(latest.bulletin, '')}${
    earlier.length
      ? html`<h2>往期</h2><ul class="issues">${earlier.map(
          (f) => html`<li><a href="${bulletinPath(f.bulletin.id)}">${f.bulletin.title} ${issueName(f.bulletin)}</a><span>${f.bulletin.children.length} 件</span></li>`,
        )}</ul>`
      : ''
  }`;
}

export function renderSearch(files: BulletinFile[]): Html {
  return html`<section class="search-box">
<h1>检索公报全文</h1>
<form id="search" role="search" action="index.html" method="get">
<div class="q-row"><label class="vh" for="q">检索词</label><input id="q" name="q" type="search" placeholder="输入词语、条文或文号，如 第十四条" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-controls="results" aria-describedby="status"><button type="submit">检索</button></div>
${filters(files)}
</form>
${hints(files)}
<noscript><p class="hints">检索需要浏览器启用脚本；也可以从下面的目录逐篇浏览。</p></noscript>
</section>
<p id="status" class="status" role="status" aria-live="polite"></p>
<p id="corrected" class="corrected" hidden></p>
<ol id="results" class="results" aria-label="检索结果"></ol>
<button id="more" class="more" type="button" hidden>显示更多结果</button>
<section class="browse" id="browse" aria-label="公报">
${browse(files)}
</section>`;
}
