/**
 * The search view (index.html): the box, the filters (document, instrument type, year) and, below
 * the results, the newest issue's 目录 and the latest issues, so the page is useful before anything
 * is typed and without the script. Its size does not grow with the archive: the document filter
 * offers the latest issues' documents (a document page links here with its own), 往期 the latest
 * twelve issues and a link to the page of all (b/index.html).
 */
import type { BulletinFile } from '../../schema/output.ts';
import type { DocumentNode } from '../../schema/tree.ts';
import { html, type Html } from './html.ts';
import { ISSUES_PATH, bulletinPath } from '../../core/routes.ts';

/** Issues whose documents the filter offers. */
const FILTER_ISSUES = 3;
/** Issues listed under 往期 on the search page. */
const RECENT_ISSUES = 12;
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
  const documents = newestFirst(files).slice(0, FILTER_ISSUES).map(
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

export function newestFirst(files: BulletinFile[]): BulletinFile[] {
  return [...files].sort((a, b) => b.bulletin.year - a.bulletin.year || b.bulletin.issue - a.bulletin.issue);
}

/** The newest issue's 目录 in full, the earlier issues as links to theirs. */
function browse(files: BulletinFile[]): Html {
  const [latest, ...earlier] = newestFirst(files);
  if (!latest) return html``;
  return html`<h2><a href="${bulletinPath(latest.bulletin.id)}">${latest.bulletin.title} ${issueName(latest.bulletin)}</a></h2>${renderContents(latest.bulletin, '')}${
    earlier.length
      ? html`<h2>往期</h2><ul class="issues">${earlier.slice(0, RECENT_ISSUES).map((f) => issueItem(f))}</ul>${
          earlier.length > RECENT_ISSUES ? html`<p class="all-issues"><a href="${ISSUES_PATH}">全部 ${files.length} 期</a></p>` : ''
        }`
      : ''
  }`;
}

function issueItem(f: BulletinFile, root = ''): Html {
  return html`<li><a href="${root}${bulletinPath(f.bulletin.id)}">${f.bulletin.title} ${issueName(f.bulletin)}</a><span>${f.bulletin.children.length} 件</span></li>`;
}

/** The page of every issue (b/index.html), by year, newest first. */
export function renderIssues(files: BulletinFile[], root: string): Html {
  const years = new Map<number, BulletinFile[]>();
  for (const f of newestFirst(files)) (years.get(f.bulletin.year) ?? years.set(f.bulletin.year, []).get(f.bulletin.year)!).push(f);
  return html`<h1>全部 ${files.length} 期</h1>${[...years].map(([year, list]) => html`<h2>${year > 0 ? `${year}年` : '未注明年份'}</h2><ul class="issues">${list.map((f) => issueItem(f, root))}</ul>`)}`;
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
