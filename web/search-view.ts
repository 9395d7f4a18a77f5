/**
 * The search page: results as you type, filters, the query kept in the address (?q=) so a
 * search can be shared, and arrow keys to move through the results. Corpus text is only ever
 * set through textContent.
 */
import { UnreachableError, type SearchFilter, type SearchHit, type Searcher } from './search-types.ts';
import type { Correction } from '../core/search/spell.ts';
import { nodePath } from '../core/routes.ts';
import { attachSuggestions } from './suggest-view.ts';
import { today, validityStatus } from '../core/validity.ts';
import { formatDate } from '../core/chinese/dates.ts';
import { partPlace, RESULTS_PER_PAGE as PAGE } from '../core/search/client.ts';
import { missingFromAll, missingHere } from '../core/search/missing.ts';

/**
 * Typing searches once the typist pauses this long: each search of a half-typed query fetches index
 * chunks and texts of results nobody reads (at 50 issues, 攸政办发〔2023〕1号 typed key by key fetched
 * 150 KB where the query alone needs 13 KB). Pinyin still being composed in an IME searches nothing.
 */
const TYPING_PAUSE_MS = 120;
const BASE_TITLE = document.title;

interface Elements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  doc: HTMLSelectElement;
  kind: HTMLSelectElement;
  year: HTMLSelectElement;
  status: HTMLElement;
  corrected: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  browse: HTMLElement | null;
}

function find(): Elements | undefined {
  const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
  const form = get<HTMLFormElement>('search');
  const input = get<HTMLInputElement>('q');
  const doc = get<HTMLSelectElement>('f-doc');
  const kind = get<HTMLSelectElement>('f-kind');
  const year = get<HTMLSelectElement>('f-year');
  const status = get<HTMLElement>('status');
  const corrected = get<HTMLElement>('corrected');
  const results = get<HTMLOListElement>('results');
  const more = get<HTMLButtonElement>('more');
  if (!form || !input || !doc || !kind || !year || !status || !corrected || !results || !more) return undefined;
  return { form, input, doc, kind, year, status, corrected, results, more, browse: get('browse') };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** 缺少：比例 — the words crossed out after a label. */
function lacking(className: string, label: string, words: readonly string[]): HTMLSpanElement {
  const span = el('span', className, label);
  words.forEach((m, i) => span.append(...(i ? [document.createTextNode(' ')] : []), el('s', '', m)));
  return span;
}

/** Snippet segments into `into`: a match inside a longer word (发放 in 发放贷款) wraps the whole word, the match marked in it. */
function appendSnippet(into: HTMLElement, segments: SearchHit['snippet']): void {
  let word: HTMLElement | undefined;
  for (const part of segments) {
    const node = part.match ? el('mark', '', part.text) : document.createTextNode(part.text);
    if (!part.word) word = undefined;
    else if (!word) into.append((word = el('span', 'r-word')));
    (word ?? into).append(node);
  }
}

/**
 * Where a part stands in its unit, as its citation goes on from the unit's (第（三）项, 第二款); nothing
 * when its snippet opens with that already (a heading's （四）).
 */
function partLabel(citation: string, part: { citation: string; snippet: SearchHit['snippet'] }): string {
  const label = partPlace(citation, part.citation);
  return part.snippet.map((s) => s.text).join('').trimStart().startsWith(label) ? '' : label;
}

function renderHit(hit: SearchHit, root: string, day: string, lackedByAll: readonly string[]): HTMLLIElement {
  const li = el('li', 'result');
  const a = el('a', '');
  a.href = root + nodePath(hit.id);
  const cite = el('span', 'r-cite', hit.citation);
  // Only the exception is worth a mark: a part no longer (or not yet) in force on the reader's day.
  const status = hit.period ? validityStatus(hit.period, day) : undefined;
  if (status && status !== '施行中') cite.append(el('span', 'st st-flag', status));
  a.append(cite);
  const snip = el('span', 'r-snip');
  appendSnippet(snip, hit.snippet);
  // A hit found by its citation alone (第十四条 of a long article) may have no snippet: show its opening.
  if (hit.snippet.length === 0) snip.textContent = hit.text.length > 120 ? `${hit.text.slice(0, 119)}…` : hit.text;
  a.append(snip);
  const meta = el('span', 'r-meta');
  if (hit.docNumber) meta.append(el('span', '', hit.docNumber));
  if (hit.title) meta.append(el('span', '', hit.title));
  if (hit.date) meta.append(el('span', '', formatDate(hit.date)));
  a.append(meta);
  // What the unit does not hold of the query, as web search says it: 缺少：比例.
  // Words no result holds are said once, above the list.
  const missing = missingHere(hit, lackedByAll);
  if (missing.length) a.append(lacking('r-missing', '缺少：', missing));
  li.append(a);
  // The parts that print what the unit's own text lacks (第二十八条's 项 （三）资产处置、出租的), each a link to itself.
  for (const part of hit.matchedParts ?? []) {
    const link = el('a', 'r-part');
    link.href = root + nodePath(part.id);
    link.title = part.citation;
    const label = partLabel(hit.citation, part);
    if (label) link.append(el('span', 'r-part-label', label));
    appendSnippet(link, part.snippet);
    li.append(link);
  }
  // The same task printed again in its attachment (the task list's row of a heading): one result, two places.
  for (const same of hit.sameTask ?? []) {
    const also = el('a', 'r-same', `另见：${same.citation}`);
    also.href = root + nodePath(same.id);
    li.append(also);
  }
  // The same passage as other issues of the archive print it; the result is the newest print.
  if (hit.versions?.length) {
    const details = el('details', 'r-versions');
    details.append(el('summary', '', `其他各期刊载（${hit.versions.length}）`));
    const list = el('ul', '');
    for (const v of hit.versions) {
      const item = el('li', '');
      const link = el('a', '', v.citation);
      link.href = root + nodePath(v.id);
      item.append(link);
      if (v.date) item.append(el('span', 'r-version-date', formatDate(v.date)));
      list.append(item);
    }
    details.append(list);
    li.append(details);
  }
  return li;
}

/**
 * 您是不是要找：安全生产翻身仗 — the query as corrected (a homophone, a character off, traditional
 * characters, pinyin letters); its results are already among those shown, below the exact ones.
 * Following the link searches for the corrected words alone.
 */
function showCorrections(e: Elements, query: string, corrections: Correction[]): void {
  if (!corrections.length) {
    e.corrected.hidden = true;
    return;
  }
  let fixed = query;
  // The words corrected as the query has them, however many spaces stand between them (wei  jian xi ze).
  for (const c of corrections) fixed = fixed.replace(new RegExp(c.from.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'i'), c.to);
  const link = el('a', '', fixed);
  link.href = `?q=${encodeURIComponent(fixed)}`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    e.input.value = fixed;
    e.input.dispatchEvent(new Event('input'));
  });
  e.corrected.replaceChildren(document.createTextNode('您是不是要找：'), link);
  e.corrected.hidden = false;
}

function readFilter(e: Elements): SearchFilter {
  const filter: SearchFilter = {};
  if (e.doc.value) filter.docId = e.doc.value;
  if (e.kind.value) filter.kind = e.kind.value;
  if (e.year.value) filter.year = Number(e.year.value);
  return filter;
}

/** Keeps ?q=&doc=&kind=&year= in the address without adding a history entry per keystroke. */
function writeUrl(e: Elements): void {
  const params = new URLSearchParams();
  if (e.input.value.trim()) params.set('q', e.input.value.trim());
  if (e.doc.value) params.set('doc', e.doc.value);
  if (e.kind.value) params.set('kind', e.kind.value);
  if (e.year.value) params.set('year', e.year.value);
  const query = params.toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  // The tab and history entry name the query, so a shared or bookmarked search says what it is.
  document.title = e.input.value.trim() ? `${e.input.value.trim()} - ${BASE_TITLE}` : BASE_TITLE;
}

function readUrl(e: Elements): void {
  const params = new URLSearchParams(location.search);
  e.input.value = params.get('q') ?? '';
  for (const [select, key] of [[e.doc, 'doc'], [e.kind, 'kind'], [e.year, 'year']] as const) {
    const value = params.get(key) ?? '';
    // A document the list does not offer (it offers the latest issues' only; a document page links
    // here with its id) is added as itself; other unknown values would silently filter everything out.
    if (select === e.doc && /^[A-Za-z0-9_-]+$/.test(value) && !Array.from(select.options).some((o) => o.value === value)) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = `本文件（${value}）`;
      select.append(option);
    }
    select.value = Array.from(select.options).some((o) => o.value === value) ? value : '';
  }
}

/**
 * Offline, a result whose document page is in no cache (not opened before, its issue not saved with
 * 离线保存) says so instead of leading to an error page.
 */
async function markOffline(e: Elements): Promise<void> {
  if (navigator.onLine || !('caches' in window)) return;
  for (const li of Array.from(e.results.querySelectorAll<HTMLLIElement>('.result'))) {
    const a = li.querySelector('a');
    if (!a || li.querySelector('.r-offline')) continue;
    const page = new URL(a.getAttribute('href') ?? '', location.href);
    page.hash = '';
    if (!(await caches.match(page.href, { ignoreSearch: true }))) a.append(el('span', 'r-offline', '离线不可用：本期未离线保存'));
  }
}

/** Starts the view; resolves once the index is open and the first results (if any) are shown. */
export function startSearchView(open: () => Promise<Searcher>, root: string): Promise<void> {
  const e = find();
  if (!e) return Promise.resolve();
  readUrl(e);
  const day = today();
  let searcher: Searcher | undefined;
  let failed = false;
  let limit = PAGE;
  let generation = 0;
  let shown: { key: string; hits: SearchHit[] } = { key: '', hits: [] };
  // Before the box's other key handlers: while the list is open, the arrows move through it.
  const suggestions = attachSuggestions(e.input, () => searcher, () => fresh());

  const run = async (): Promise<void> => {
    const query = e.input.value.trim();
    writeUrl(e);
    const mine = ++generation;
    if (!query) {
      e.results.replaceChildren();
      delete e.results.dataset.query;
      e.status.textContent = '';
      e.corrected.hidden = true;
      e.more.hidden = true;
      if (e.browse) e.browse.hidden = false;
      return;
    }
    if (e.browse) e.browse.hidden = true;
    if (!searcher) {
      e.status.textContent = failed ? '检索索引加载失败，请刷新页面重试。' : '正在加载检索索引…';
      return;
    }
    const started = performance.now();
    let hits: SearchHit[];
    let corrections: Correction[];
    try {
      ({ results: hits, corrected: corrections } = await searcher.find(query, { limit, filter: readFilter(e) }));
    } catch (error) {
      // Usually a search file that could not be fetched (offline before the cache was filled).
      console.error(error);
      if (mine === generation) {
        e.status.textContent = navigator.onLine && !(error instanceof UnreachableError)
          ? '检索出错：部分索引文件无法加载，请检查网络后重试。'
          : '离线或网络不通时只能检索已查过的字词：这一查询需要的索引文件不在本机。联网后重试，或从“往期”打开已离线保存的期次。';
      }
      return;
    }
    if (mine !== generation) return; // a newer keystroke has already asked
    // More results of the same search: those shown stay where they are (a longer list reads more
    // candidates and may rank a few of them differently), the new ones follow.
    const key = `${query}\u0000${JSON.stringify(readFilter(e))}`;
    if (limit > PAGE && shown.key === key) {
      const ids = new Set(shown.hits.map((h) => h.id));
      hits = [...shown.hits, ...hits.filter((h) => !ids.has(h.id))].slice(0, limit);
    }
    shown = { key, hits };
    const ms = Math.round(performance.now() - started);
    const lackedByAll = missingFromAll(hits);
    e.results.replaceChildren(...hits.map((h) => renderHit(h, root, day, lackedByAll)));
    showCorrections(e, query, corrections);
    // A User Timing mark: what a first visit costs until it sees results (docs/capture.ts reads it).
    if (hits.length && performance.getEntriesByName('first-result').length === 0) performance.mark('first-result');
    e.results.dataset.query = query;
    e.status.textContent = hits.length
      ? `${hits.length === limit ? `前 ${hits.length}` : `共 ${hits.length}`} 条结果（${ms} 毫秒）`
      : `没有找到包含“${query}”的条文。可以减少字词，或取消筛选条件。`;
    if (lackedByAll.length) e.status.append(lacking('r-missing-all', '　结果均不含：', lackedByAll));
    e.more.hidden = hits.length < limit;
    await markOffline(e);
  };
  const fresh = (): void => {
    limit = PAGE;
    void run();
  };

  // Suggestions follow the results, so a first search is not slowed by them.
  let typing: ReturnType<typeof setTimeout> | undefined;
  const typed = (): void => {
    limit = PAGE;
    clearTimeout(typing);
    typing = setTimeout(() => void run().then(() => suggestions.update()), TYPING_PAUSE_MS);
  };
  e.input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    typed();
  });
  e.input.addEventListener('compositionend', typed);
  for (const select of [e.doc, e.kind, e.year]) select.addEventListener('change', fresh);
  e.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    suggestions.close();
    fresh();
  });
  e.more.addEventListener('click', () => {
    limit += PAGE;
    void run();
  });
  for (const hint of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-q]'))) {
    hint.addEventListener('click', (event) => {
      event.preventDefault();
      e.input.value = hint.dataset.q ?? '';
      e.input.focus();
      fresh();
    });
  }
  // Arrow keys: from the box into the results and back; Escape returns to the box.
  e.input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = e.results.querySelector<HTMLAnchorElement>('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  e.results.addEventListener('keydown', (event) => {
    const links = Array.from(e.results.querySelectorAll<HTMLAnchorElement>('.result > a'));
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' && at + 1 < links.length) links[at + 1]!.focus();
    else if (event.key === 'ArrowUp') (at === 0 ? e.input : links[at - 1]!).focus();
    else if (event.key === 'Escape') e.input.focus();
    else return;
    event.preventDefault();
  });
  window.addEventListener('popstate', () => {
    suggestions.close();
    readUrl(e);
    fresh();
  });

  if (e.input.value) void run();
  // A phone would open its keyboard over the page; on a desktop the box is ready for typing.
  else if (window.matchMedia('(min-width: 700px)').matches) e.input.focus();
  return open().then(
    async (s) => {
      searcher = s;
      document.body.dataset.searchReady = 'true';
      await run();
    },
    async (error: unknown) => {
      failed = true;
      console.error(error);
      await run();
    },
  );
}
