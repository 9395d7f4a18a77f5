/**
 * The static pages, rendered from the real seed: every node anchored by its id, the citations the
 * copy button uses, tables as tables, the 目录 linked, nothing external, and corpus text escaped.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { renderPages } from '../pipeline/site/index.ts';
import { escapeHtml, html } from '../pipeline/site/html.ts';
import type { SiteInfo } from '../pipeline/site/layout.ts';
import { inward } from '../pipeline/site/references.ts';
import type { BulletinFile } from '../schema/output.ts';
import type { TreeNode } from '../schema/tree.ts';
import { walk } from './seed.ts';
import { removeOutput } from '../pipeline/output.ts';

const site: SiteInfo = { name: '攸县人民政府公报', issuer: '攸县人民政府办公室', assetVersion: 'test', searchImports: ['assets/chunk-TEST1234.js'] };
let files: BulletinFile[];
let pages: Map<string, string>;

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'gongbao-site-'));
  try {
    const result = await build({ corpus: join(import.meta.dirname, '..', 'corpus'), out, dataOnly: true });
    files = result.files;
  } finally {
    await removeOutput(out);
  }
  pages = renderPages(files, site);
});

/** The element with this id in a page: its opening tag, or undefined. */
function openingTag(page: string, id: string): string | undefined {
  const at = page.indexOf(` id="${escapeHtml(id)}"`);
  if (at < 0) return undefined;
  return page.slice(page.lastIndexOf('<', at), page.indexOf('>', at) + 1);
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(` ${name}="([^"]*)"`).exec(tag);
  return m?.[1]?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('html template', () => {
  it('escapes interpolated text and leaves nested templates alone', () => {
    const text = `<script>alert("x")</script> & 'q'`;
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>',
    );
    expect(html`<div>${[html`<b>${'<i>'}</b>`, '<u>']}</div>`.value).toBe('<div><b>&lt;i&gt;</b>&lt;u&gt;</div>');
  });
});

describe('pages of the seed', () => {
  it('writes the search page, one page per bulletin and one page plus one data file per document', () => {
    const docs = files.flatMap((f) => f.bulletin.children);
    expect(docs.length).toBe(7);
    expect(pages.has('index.html')).toBe(true);
    expect(pages.has('b/youxian-2023-01.html')).toBe(true);
    for (const d of docs) {
      expect(pages.has(`doc/${d.id}.html`)).toBe(true);
      expect(JSON.parse(pages.get(`data/${d.id}.json`)!).document.id).toBe(d.id);
    }
  });

  it('anchors every node of every document by its id, exactly once', () => {
    let count = 0;
    for (const doc of files.flatMap((f) => f.bulletin.children)) {
      const page = pages.get(`doc/${doc.id}.html`)!;
      for (const node of walk(doc as TreeNode)) {
        const needle = ` id="${node.id}"`;
        const first = page.indexOf(needle);
        expect(first, node.id).toBeGreaterThan(0);
        expect(page.indexOf(needle, first + 1), node.id).toBe(-1);
        count++;
      }
    }
    expect(count).toBeGreaterThan(1000);
  });

  it('gives each node the citation its search result has, and the issue it was printed in', () => {
    const page = pages.get('doc/yzbf-2023-1.html')!;
    const item = openingTag(page, 'yzbf-2023-1/art_14/item_3')!;
    expect(attr(item, 'data-cite')).toBe('《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十四条第（三）项');
    expect(attr(openingTag(page, 'yzbf-2023-1/art_14')!, 'data-cite')).toBe('《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十四条');
    // Chapters are cited on their own but are not part of an article's citation.
    expect(attr(openingTag(page, 'yzbf-2023-1/ins_1/chp_4') ?? openingTag(page, 'yzbf-2023-1/chp_4')!, 'data-cite')).toMatch(/第四章$/);
    // The document starts on printed page 1 of the issue (目录), which the copied citation names.
    expect(attr(openingTag(page, 'yzbf-2023-1')!, 'data-p')).toBe('1');
    expect(page).toContain('data-bulletin="攸县人民政府公报2023年第1期"');
    // Two instruments in one document: each is cited by its own title.
    const four = pages.get('doc/yzbf-2023-4.html')!;
    const ins = files[0]!.bulletin.children.find((d) => d.id === 'yzbf-2023-4')!.children.filter((c) => c.type === 'instrument');
    expect(ins.length).toBe(2);
    for (const i of ins) expect(attr(openingTag(four, i.id)!, 'data-cite')).toBe(`《${i.title.replace(/《/g, '〈').replace(/》/g, '〉')}》（攸政办发〔2023〕4号）`);
  });

  it('renders tables as tables: a row per table row, a cell per printed cell, header rows in thead', () => {
    let tables = 0;
    for (const doc of files.flatMap((f) => f.bulletin.children)) {
      const page = pages.get(`doc/${doc.id}.html`)!;
      for (const node of walk(doc as TreeNode)) {
        if (node.type !== 'table') continue;
        tables++;
        const start = page.indexOf(` id="${node.id}"`);
        const end = page.indexOf('</table>', start);
        const markup = page.slice(start, end);
        expect((markup.match(/<tr class="n row"/g) ?? []).length, node.id).toBe(node.children.length);
        const width = Math.max(...node.children.map((r) => r.cells.length));
        const first = node.children[0]!;
        const row = markup.slice(markup.indexOf(` id="${first.id}"`), markup.indexOf('</tr>', markup.indexOf(` id="${first.id}"`)));
        expect((row.match(/<t[hd][ >]/g) ?? []).length).toBe(width);
        if (first.header) expect(markup.indexOf('<thead>')).toBeGreaterThan(0);
      }
    }
    expect(tables).toBeGreaterThan(5);
  });

  it('shows the notes printed under a table (备注：1.… ⏎ 2.…) under it, as printed', () => {
    let notes = 0;
    for (const doc of files.flatMap((f) => f.bulletin.children)) {
      const page = pages.get(`doc/${doc.id}.html`)!;
      for (const node of walk(doc as TreeNode)) {
        if (node.type !== 'table' || !node.notes?.length) continue;
        const start = page.indexOf(` id="${node.id}"`);
        const figure = page.slice(start, page.indexOf('</figure>', start));
        const shown = [...figure.matchAll(/<p class="tbl-note">([^<]*)<\/p>/g)].map((m) => m[1]);
        expect(shown, node.id).toEqual(node.notes.map((n) => escapeHtml(n.text)));
        notes += shown.length;
      }
    }
    // The 民生保障仗 task list's two 备注.
    expect(notes).toBeGreaterThanOrEqual(2);
  });

  it('shows the other rendition\'s reading under a node, its differences marked', () => {
    let shown = 0;
    for (const doc of files.flatMap((f) => f.bulletin.children)) {
      const page = pages.get(`doc/${doc.id}.html`)!;
      for (const node of walk(doc as TreeNode)) {
        if (!node.variants?.length) continue;
        const at = page.indexOf(` id="${node.id}"`);
        const details = page.indexOf('<details class="var">', at);
        expect(details, node.id).toBeGreaterThan(at);
        const block = page.slice(details, page.indexOf('</details>', details));
        expect(block).toContain(`源文件第 ${node.variants[0]!.line} 行`);
        expect(block, node.id).toMatch(/<ins>|<del>/);
        // Taking the marks away gives the other reading back.
        const reading = block.slice(block.indexOf('行：</span>') + '行：</span>'.length).replace(/<del>.*?<\/del>/g, '').replace(/<\/?(ins|p)>/g, '');
        expect(reading.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toBe(node.variants[0]!.text);
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(5);
  });

  it('links citations of corpus nodes to them, and lists on each cited node who cites it', () => {
    const refs = files[0]!.references ?? [];
    // Not the inward ones (本办法 inside the 办法, a notice naming its own instrument): those stay text.
    const internal = refs.filter((r) => r.resolved && r.target?.type === 'node' && r.field === 'text' && !inward(r.from, r.target.id));
    expect(internal.length).toBeGreaterThan(3);
    const selfRef = refs.find((r) => r.kind === 'self' && r.target?.type === 'node' && inward(r.from, r.target.id))!;
    const selfPage = pages.get(`doc/${selfRef.from.split('/')[0]}.html`)!;
    const selfAt = selfPage.indexOf(` id="${selfRef.from}"`);
    expect(selfPage.slice(selfAt, selfPage.indexOf('</p>', selfAt))).not.toContain('class="ref"');
    let linked = 0;
    for (const r of internal) {
      const docId = r.from.split('/')[0]!;
      const target = (r.target as { id: string }).id;
      const href = target.split('/')[0] === docId ? `#${target}` : `../doc/${target.split('/')[0]}.html#${target}`;
      const page = pages.get(`doc/${docId}.html`)!;
      const at = page.indexOf(` id="${r.from}"`);
      const own = page.slice(at, page.indexOf('</p>', at));
      if (own.includes(`<a class="ref" href="${escapeHtml(href)}"`)) linked++;
      else expect(own, `${r.from} ${r.surface}`).toMatch(/<a (class="ref"|href=)/); // a nested or listed citation
    }
    expect(linked).toBeGreaterThan(internal.length / 2);
    // One surface naming several nodes (第二、三、四、五项): the first is the link, the others are listed after it.
    const multi = internal.find((r) => internal.filter((o) => o.from === r.from && o.span[0] === r.span[0] && o.span[1] === r.span[1]).length > 1)!;
    expect(multi).toBeDefined();
    const targets = internal.filter((o) => o.from === multi.from && o.span[0] === multi.span[0]).map((o) => (o.target as { id: string }).id);
    const docId = multi.from.split('/')[0]!;
    const page = pages.get(`doc/${docId}.html`)!;
    const own = page.slice(page.indexOf(` id="${multi.from}"`));
    expect(own).toContain(`<a class="ref" href="#${targets[0]}" title="转到所引条文（另见 ${targets.length - 1} 处）">${multi.surface}</a><sup class="ref-more"><a href="#${targets[1]}"`);
    // Each cited node lists the place that cites it.
    for (const t of targets) {
      const cited = page.slice(page.indexOf(` id="${t}"`));
      const list = cited.slice(cited.indexOf('<details class="cited">'), cited.indexOf('</details>', cited.indexOf('<details class="cited">')));
      expect(list, t).toContain(`<a href="#${multi.from}">`);
      expect(list, t).toContain(`“${multi.surface}”`);
    }
  });

  it('says under each instrument when it applies, linking the clause that says so; the status is left to the reader’s day', () => {
    let shown = 0;
    for (const doc of files.flatMap((f) => f.bulletin.children)) {
      const page = pages.get(`doc/${doc.id}.html`)!;
      for (const ins of doc.children) {
        if (ins.type !== 'instrument' || !ins.validity) continue;
        const at = page.indexOf(` id="${ins.id}"`);
        const start = page.indexOf('<p class="validity"', at);
        const line = page.slice(start, page.indexOf('</p>', start));
        expect(start).toBeLessThan(page.indexOf('</h2>', at) + 10);
        // Built without --as-of: dates only, no status that would go stale on a static host.
        expect(ins.validity.status).toBeUndefined();
        expect(line).not.toMatch(/施行中|已失效|尚未施行/);
        if (ins.validity.effectiveFrom) {
          const [y, m, d] = ins.validity.effectiveFrom.split('-').map(Number);
          expect(line, ins.id).toContain(`${y}年${m}月${d}日`);
          expect(line, ins.id).toContain(`data-from="${ins.validity.effectiveFrom}"`);
        }
        if (ins.validity.effectiveUntil) expect(line, ins.id).toContain(`data-until="${ins.validity.effectiveUntil}"`);
        if (ins.validity.statedIn) expect(line, ins.id).toContain(`<a href="#${ins.validity.statedIn.id}">`);
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(3);
  });

  it('lists the 目录 with printed pages, each entry linked to its document', () => {
    const bulletin = files[0]!.bulletin;
    const page = pages.get('b/youxian-2023-01.html')!;
    expect(bulletin.contents.length).toBe(7);
    for (const e of bulletin.contents) {
      expect(e.documentId).not.toBeNull();
      const link = `<a href="../doc/${e.documentId}.html">${escapeHtml(e.title)}</a>`;
      expect(page, e.title).toContain(link);
      const after = page.slice(page.indexOf(link));
      expect(after).toMatch(new RegExp(`^[^]*?<span class="t-page">${e.page}</span>`));
    }
    // The search page shows the same 目录 before anything is typed.
    expect(pages.get('index.html')).toContain(`<a href="doc/${bulletin.contents[0]!.documentId}.html">`);
  });

  it('offers filters by document, instrument type and year', () => {
    const index = pages.get('index.html')!;
    for (const d of files[0]!.bulletin.children) expect(index).toContain(`<option value="${d.id}">`);
    expect(index).toContain('<option value="办法">办法</option>');
    expect(index).toContain('<option value="2023">2023年</option>');
  });

  it('loads nothing from elsewhere and runs no inline script', () => {
    for (const [path, page] of pages) {
      if (!path.endsWith('.html')) continue;
      expect(page, path).not.toMatch(/(src|href|action)="(https?:)?\/\//);
      // Scripts are files; the only other script element is a JSON data island, never run.
      expect(page, path).not.toMatch(/<script(?![^>]*\b(src=|type="application\/json"))[^>]*>/);
      expect(page, path).not.toMatch(/ style="/);
      expect(page, path).toContain('content="default-src &#39;self&#39;');
    }
  });

  it('loads the search page\'s script as a module with what it imports preloaded, and document pages\' as a plain one', () => {
    const index = pages.get('index.html')!;
    expect(index).toContain('<script type="module" src="assets/search.js?v=test"></script>');
    expect(index).toContain('<link rel="modulepreload" href="assets/chunk-TEST1234.js">');
    const doc = [...pages].find(([path]) => path.startsWith('doc/'))![1];
    expect(doc).toContain('<script src="../assets/page.js?v=test" defer></script>');
    expect(doc).not.toContain('modulepreload');
  });
});

describe('several bulletins', () => {
  it('shows the newest issue\'s 目录 on the search page, links the earlier ones, and groups the document filter by issue', () => {
    const later: BulletinFile = structuredClone(files[0]!);
    later.bulletin.id = 'youxian-2023-02';
    later.bulletin.issue = 2;
    later.bulletin.children = later.bulletin.children.slice(0, 2).map((d, i) => ({ ...d, id: `yzbf-2023-${20 + i}` }));
    later.bulletin.contents = later.bulletin.contents.slice(0, 2).map((e, i) => ({ ...e, documentId: `yzbf-2023-${20 + i}` }));
    const rendered = renderPages([files[0]!, later], site);
    const index = rendered.get('index.html')!;
    expect(index).toContain('<a href="b/youxian-2023-02.html">攸县人民政府公报 2023年第2期</a></h2>');
    expect(index).toContain('<a href="doc/yzbf-2023-20.html">');
    // The earlier issue: a link to its own page, not its whole 目录.
    expect(index).toContain('<li><a href="b/youxian-2023-01.html">攸县人民政府公报 2023年第1期</a><span>7 件</span></li>');
    expect(index).not.toContain('<a href="doc/yzbf-2023-9.html">');
    expect(index.indexOf('<optgroup label="2023年第2期">')).toBeLessThan(index.indexOf('<optgroup label="2023年第1期">'));
    expect(rendered.has('b/youxian-2023-01.html')).toBe(true);
    expect(rendered.get('b/youxian-2023-01.html')).toContain('<a href="../doc/yzbf-2023-9.html">');
  });
});

describe('corpus text is escaped', () => {
  it('shows markup in the text as text on the document, bulletin and search pages', () => {
    const evil = '<script>alert("gongbao")</script><img src=x onerror=alert(1)>';
    const copy: BulletinFile = structuredClone(files[0]!);
    const doc = copy.bulletin.children[0]!;
    doc.title = `关于${evil}的通知`;
    copy.bulletin.contents[0]!.title = `目录${evil}`;
    for (const node of walk(doc as TreeNode)) {
      if ('text' in node && typeof node.text === 'string') node.text += evil;
      if (node.type === 'row') node.cells = node.cells.map((c) => c + evil);
      if ('variants' in node && node.variants) node.variants = node.variants.map((v) => ({ ...v, text: v.text + evil }));
    }
    const rendered = renderPages([copy], site);
    for (const path of ['index.html', 'b/youxian-2023-01.html', `doc/${doc.id}.html`]) {
      const page = rendered.get(path)!;
      expect(page, path).not.toContain('<script>alert');
      expect(page, path).not.toContain('<img src=x');
      expect(page, path).toContain('&lt;script&gt;alert(&quot;gongbao&quot;)&lt;/script&gt;');
    }
  });
});
