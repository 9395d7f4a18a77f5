/**
 * The frame every page shares: head (no external resource of any kind; a CSP that forbids them
 * and inline script), the masthead with the search box, and the footer.
 */
import { html, type Html } from './html.ts';

export interface SiteInfo {
  /** 攸县人民政府公报 */
  name: string;
  /** 攸县人民政府办公室 */
  issuer: string;
  /** Query strings that change when the asset changes, so a static host's cache cannot mix versions. */
  assetVersion: string;
  /** The modules the search script imports as it starts (assets/chunk-<hash>.js), preloaded with it. */
  searchImports: string[];
}

export interface PageOptions {
  site: SiteInfo;
  /** '' for pages at the root, '../' for pages one folder down. */
  root: string;
  title: string;
  description?: string;
  view: 'search' | 'document' | 'bulletin';
  main: Html;
  /** Shown before the main column on wide screens (the document outline). */
  aside?: Html;
  breadcrumb?: Html;
  /** 攸县人民政府公报2023年第1期: the printed issue a copied citation names. */
  issue?: string;
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** The stylesheets, in the order a document page links them: the search page links the first alone (web/document.css is the document's own). */
export const STYLESHEETS = ['site.css', 'document.css'] as const;

export function page(options: PageOptions): string {
  const { site, root, view } = options;
  const v = site.assetVersion;
  // The search page preloads the index manifest, so its fetch overlaps the script's download and start.
  const searchForm = html`<form class="mast-search" role="search" action="${root}index.html" method="get">
<label class="vh" for="mast-q">检索公报</label>
<input id="mast-q" name="q" type="search" placeholder="检索条文、文号…" autocomplete="off" enterkeyhint="search">
<button type="submit">检索</button>
</form>`;
  return `<!doctype html>
${html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light">
<meta name="theme-color" content="#9e1b1b">
<title>${options.title}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : ''}
${(view === 'search' ? STYLESHEETS.slice(0, 1) : STYLESHEETS).map((name, i) => html`${i ? '\n' : ''}<link rel="stylesheet" href="${root}assets/${name}?v=${v}">`)}
<link rel="icon" href="${root}assets/icon.svg?v=${v}" type="image/svg+xml">
${view === 'search' ? html`<script type="module" src="${root}assets/search.js?v=${v}"></script>${site.searchImports.map((path) => html`
<link rel="modulepreload" href="${root}${path}">`)}` : html`<script src="${root}assets/page.js?v=${v}" defer></script>`}
${view === 'search' ? html`<link rel="preload" href="${root}search/manifest.json" as="fetch" crossorigin="anonymous">` : ''}
</head>
<body class="view-${view}" data-root="${root}"${options.issue ? html` data-bulletin="${options.issue}"` : ''}>
<a class="skip" href="#main">跳到正文</a>
<header class="mast">
<div class="mast-inner">
<a class="mast-name" href="${root}index.html"><span class="mast-title">${site.name}</span><span class="mast-sub">检索与引用</span></a>
${view === 'search' ? '' : searchForm}
</div>
</header>
${options.breadcrumb ? html`<nav class="crumbs" aria-label="位置">${options.breadcrumb}</nav>` : ''}
<div class="page${options.aside ? ' with-aside' : ''}">
${options.aside ? html`<aside class="side">${options.aside}</aside>` : ''}
<main id="main" tabindex="-1">
${options.main}
</main>
</div>
<footer class="foot">
<p>${site.issuer} · 本站为公报文本的检索版，引用请以公报印刷版为准。</p>
<p>所有内容均为静态文件，加载后可离线使用。</p>
</footer>
</body>
</html>`}
`;
}
