/**
 * The site stage: plain static files under dist/site/ that any web host can serve — the search
 * page, a page per bulletin (its 目录) and per document (the whole text, every node anchored),
 * each document's data as JSON, the scripts and stylesheet, a page of all issues, and a service
 * worker that precaches the shell and keeps what is read (离线保存 keeps a whole issue). Runs after
 * writeSearchIndex, whose bulletin directory names each issue's search texts for 离线保存.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BulletinFile } from '../../schema/output.ts';
import type { BulletinNode, DocumentNode } from '../../schema/tree.ts';
import { html } from './html.ts';
import { page, type SiteInfo } from './layout.ts';
import { renderDocument, renderOutline, type PageContext } from './document-page.ts';
import { linksOf } from './references.ts';
import { issueName, renderBulletin } from './bulletin-page.ts';
import { renderIssues, renderSearch } from './search-page.ts';
import { printedIssue, unitCitations } from './citation.ts';
import { buildAssets, buildServiceWorker } from './assets.ts';
import { contentHash } from '../hash.ts';
import { ISSUES_PATH, SEARCH_DIR, bulletinPath, documentDataPath, documentPath } from '../../core/routes.ts';
import type { BulletinDirectory, Manifest } from '../../core/search/format.ts';
import { pageKeys } from './reuse.ts';
import { FileWriter } from '../file-writer.ts';
import { codeVersion } from '../code-version.ts';

/** The site's name and publisher, from the bulletins themselves (the most common title). */
function siteNames(files: BulletinFile[]): Omit<SiteInfo, 'assetVersion' | 'searchImports'> {
  const count = new Map<string, number>();
  for (const f of files) count.set(f.bulletin.title, (count.get(f.bulletin.title) ?? 0) + 1);
  const name = [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '政府公报';
  const issuer = files.find((f) => f.bulletin.title === name)?.bulletin.issuer ?? '';
  return { name, issuer };
}

function documentPage(doc: DocumentNode, bulletin: BulletinNode, site: SiteInfo, corpus: Omit<PageContext, 'docId'>): string {
  const root = '../';
  const index = bulletin.children.indexOf(doc);
  const previous = bulletin.children[index - 1];
  const next = bulletin.children[index + 1];
  const neighbour = (d: DocumentNode | undefined, rel: string, text: string) =>
    d ? html`<a rel="${rel}" href="${root}${documentPath(d.id)}"><span>${text}</span>${d.docNumber || d.title}</a>` : html`<span></span>`;
  const startPage = bulletin.contents.find((e) => e.documentId === doc.id)?.page;
  const main = html`${renderDocument(doc, { ...corpus, docId: doc.id }, startPage)}
<nav class="doc-nav" aria-label="前后文件">${neighbour(previous, 'prev', '上一篇')}${neighbour(next, 'next', '下一篇')}</nav>
<p class="doc-data">本文数据：<a href="${root}${documentDataPath(doc.id)}" download>JSON</a> · 源文件 ${bulletin.file} 第 ${doc.position.line} 行起</p>`;
  return page({
    site,
    root,
    view: 'document',
    title: `${doc.title}${doc.docNumber ? `（${doc.docNumber}）` : ''} — ${site.name}`,
    description: `${bulletin.title}${issueName(bulletin)} ${doc.docNumber} ${doc.title}`,
    issue: printedIssue(bulletin),
    breadcrumb: html`<a href="${root}index.html">检索</a><a href="${root}${bulletinPath(bulletin.id)}">${issueName(bulletin)}</a><span>${doc.docNumber || doc.title}</span>`,
    aside: renderOutline(doc),
    main,
  });
}

function bulletinPage(bulletin: BulletinNode, site: SiteInfo, save: string[]): string {
  const root = '../';
  return page({
    site,
    root,
    view: 'bulletin',
    title: `${bulletin.title} ${issueName(bulletin)} 目录`,
    issue: printedIssue(bulletin),
    breadcrumb: html`<a href="${root}index.html">检索</a><span>${issueName(bulletin)}</span>`,
    main: renderBulletin(bulletin, root, save),
  });
}

function issuesPage(files: BulletinFile[], site: SiteInfo): string {
  const root = '../';
  return page({
    site,
    root,
    view: 'bulletin',
    title: `${site.name} 全部期次`,
    breadcrumb: html`<a href="${root}index.html">检索</a><span>全部期次</span>`,
    main: renderIssues(files, root),
  });
}

/**
 * What 离线保存 keeps of an issue: its 目录, its documents' pages and its search texts (the files
 * under search/units/ the index wrote for it, given by `texts`).
 */
function saveList(bulletin: BulletinNode, texts: string[]): string[] {
  return [bulletinPath(bulletin.id), ...bulletin.children.map((d) => documentPath(d.id)), ...texts];
}

/**
 * Every page and data file of the site, by path under the site root (no scripts, no worker);
 * `texts` names each bulletin's search texts, for its 离线保存 button.
 */
export function renderPages(files: BulletinFile[], site: SiteInfo, texts: Map<string, string[]> = new Map()): Map<string, string> {
  return new Map(pagesOf(files, site, texts));
}

/** The paths of a bulletin's own pages: its 目录, and each document's page and data. */
export function bulletinPages(bulletin: BulletinNode): string[] {
  return [bulletinPath(bulletin.id), ...bulletin.children.flatMap((d) => [documentPath(d.id), documentDataPath(d.id)])];
}

/**
 * renderPages one page at a time, so that an archive's pages are never all in memory at once;
 * with `only`, the pages of those bulletins (and the site's own pages) alone, and the citations
 * computed for them and the bulletins they depend on (`deps`).
 */
export function* pagesOf(
  files: BulletinFile[],
  site: SiteInfo,
  texts: Map<string, string[]> = new Map(),
  only?: { render: Set<string>; deps: Map<string, Set<string>> },
): Generator<[path: string, content: string]> {
  const needed = only ? new Set([...only.render].flatMap((id) => [id, ...(only.deps.get(id) ?? [])])) : undefined;
  const corpus = { citations: unitCitations(needed ? files.filter((f) => needed.has(f.bulletin.id)) : files), links: linksOf(files) };
  yield [
    'index.html',
    page({
      site,
      root: '',
      view: 'search',
      title: `${site.name} · 检索`,
      description: `${site.name}全文检索：条文、文号、表格，一键复制引用与链接。`,
      main: renderSearch(files),
    }),
  ];
  for (const file of files) {
    const bulletin = file.bulletin;
    if (only && !only.render.has(bulletin.id)) continue;
    yield [bulletinPath(bulletin.id), bulletinPage(bulletin, site, saveList(bulletin, texts.get(bulletin.id) ?? []))];
    for (const doc of bulletin.children) {
      yield [documentPath(doc.id), documentPage(doc, bulletin, site, corpus)];
      yield [documentDataPath(doc.id), JSON.stringify({ schemaVersion: file.schemaVersion, generatedBy: file.generatedBy, bulletinId: bulletin.id, document: doc })];
    }
  }
  yield [ISSUES_PATH, issuesPage(files, site)];
}

/** Each bulletin's search texts, from the bulletin directory the index wrote under <site>/search/. */
async function searchTexts(siteDir: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const read = async <T>(path: string) => JSON.parse(await readFile(join(siteDir, SEARCH_DIR, path), 'utf8')) as T;
  let manifest: Manifest;
  try {
    manifest = await read<Manifest>('manifest.json');
  } catch {
    return out; // no index (a data-only build, or a test rendering pages alone)
  }
  const deleted = new Set((manifest.deleted ?? []).map(([first]) => first));
  for (const [, file] of manifest.tiers.flatMap((t) => t.bulletins)) {
    for (const [first, key, count] of (await read<BulletinDirectory>(file)).bulletins) {
      if (deleted.has(first)) continue;
      const id = key.slice(0, key.lastIndexOf('.'));
      out.set(id, Array.from({ length: count }, (_, k) => `${SEARCH_DIR}units/${key}/${k}.json`));
    }
  }
  return out;
}

/** The pages of the site being replaced, and the keys they were rendered for (reuse.ts). */
export interface PreviousSite {
  dir: string;
  keys: Record<string, string>;
}

/** What writeSite did: each bulletin's page key (for the next build), and how many bulletins' pages were rendered and linked. */
export interface SiteWritten {
  keys: Record<string, string>;
  rendered: number;
  reused: number;
}

/**
 * Writes the site under `siteDir`. With `previous`, a bulletin whose pages' key is unchanged has
 * its pages linked from there (hard links: the same files, no copy) instead of rendered again.
 */
export async function writeSite(
  files: BulletinFile[],
  siteDir: string,
  options: { previous?: PreviousSite | undefined; /** Bulletin id → hash of its file's JSON, when the caller has it. */ fileHashes?: ReadonlyMap<string, string> } = {},
): Promise<SiteWritten> {
  const assets = await buildAssets();
  const site: SiteInfo = { ...siteNames(files), assetVersion: assets.version, searchImports: assets.searchImports };
  const texts = await searchTexts(siteDir);
  // The pages are rendered by this code with these scripts for this site.
  const { keys, deps } = pageKeys(files, JSON.stringify({ site, code: await codeVersion() }), texts, options.fileHashes);
  const render = new Set<string>();
  const reuse: string[] = [];
  for (const f of files) {
    const id = f.bulletin.id;
    const paths = bulletinPages(f.bulletin);
    const prev = options.previous;
    if (prev && prev.keys[id] === keys.get(id) && paths.every((p) => existsSync(join(prev.dir, p)))) reuse.push(...paths);
    else render.add(id);
  }
  // Written as rendered, a few files at a time: an archive's pages never wait in memory all at once.
  const writer = new FileWriter(siteDir);
  const out = new Map<string, string>(assets.files);
  for (const [path, content] of assets.files) await writer.write(path, content);
  for (const [path, content] of pagesOf(files, site, texts, { render, deps })) {
    if (path === 'index.html') out.set(path, content);
    await writer.write(path, content);
  }
  for (const path of reuse) await writer.link(join(options.previous!.dir, path), path);
  await writer.flush();
  // The worker precaches the shell only — the search page, scripts, stylesheet, icon and the index
  // manifest, by the URL the pages ask for (assets with ?v=) — the same few dozen kilobytes whatever
  // the archive holds; the rest is cached as it is read (web/sw.ts). Its version follows the shell.
  const shell = ['index.html', ...[...assets.files.keys()].sort(), `${SEARCH_DIR}manifest.json`];
  const hashes = await Promise.all(shell.map(async (p) => `${p}:${contentHash(out.get(p) ?? (await readFile(join(siteDir, p), 'utf8').catch(() => '')))}`));
  const precache = shell.filter((p) => out.has(p) || existsSync(join(siteDir, p))).map((p) => (p.startsWith('assets/') && !assets.chunks.has(p) ? `${p}?v=${assets.version}` : p));
  await writeFile(join(siteDir, 'sw.js'), await buildServiceWorker(precache, contentHash(...hashes)));
  return { keys: Object.fromEntries(keys), rendered: render.size, reused: files.length - render.size };
}
