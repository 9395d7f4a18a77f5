/**
 * Cross-references on the document page (from the link stage): a citation of a node of the corpus
 * (第十四条, 前款, 《…》 of another document, 附件1) becomes a link to it, and every cited node
 * lists the places that cite it. Citations of outside authorities stay plain text: there is no
 * page to go to.
 */
import type { BulletinFile } from '../../schema/output.ts';
import type { CitedBy, Reference } from '../../schema/reference.ts';
import { html, type Html } from './html.ts';
import { nodePath } from '../../core/routes.ts';

export interface Links {
  /** `${from}\u0000${field}` → citations of corpus nodes in that string, in reading order, not overlapping. */
  readonly spans: Map<string, Array<{ start: number; end: number; target: string; others: string[] }>>;
  /** Cited node id → who cites it (its own document's title and notice left out). */
  readonly citedBy: Map<string, CitedBy[]>;
}

const key = (from: string, field: string) => `${from}\u0000${field}`;

/**
 * A citation that goes nowhere new: the document's title or notice naming its own instrument, or
 * a text naming what contains it (本办法 inside the 办法). Linking those would underline every
 * 本办法 and list every article under the instrument.
 */
export function inward(from: string, target: string): boolean {
  const doc = target.split('/')[0]!;
  return (
    from === target ||
    from === doc ||
    from.startsWith(`${doc}/notice/`) ||
    target.startsWith(`${from}/`) ||
    from.startsWith(`${target}/`)
  );
}

/** Appends to the list under a key (a spread copy per element would cost the square of a long list). */
function append<K, V>(map: Map<K, V[]>, k: K, ...values: V[]): void {
  const list = map.get(k);
  if (list) list.push(...values);
  else map.set(k, values);
}

export function linksOf(files: BulletinFile[]): Links {
  const grouped = new Map<string, Reference[]>();
  for (const file of files) {
    for (const ref of file.references ?? []) {
      if (!ref.resolved || ref.target?.type !== 'node' || inward(ref.from, ref.target.id)) continue;
      const k = key(ref.from, ref.field);
      append(grouped, k, ref);
    }
  }
  const spans: Links['spans'] = new Map();
  for (const [k, refs] of grouped) {
    // One surface may name several nodes (第二、三、四、五项): it links to the first, the rest are listed.
    const bySpan = new Map<string, string[]>();
    for (const r of refs) {
      const s = `${r.span[0]}:${r.span[1]}`;
      append(bySpan, s, (r.target as { id: string }).id);
    }
    const candidates = [...bySpan].map(([s, targets]) => {
      const [start, end] = s.split(':').map(Number) as [number, number];
      return { start, end, target: targets[0]!, others: targets.slice(1) };
    });
    // Outermost first where citations nest (《…〈…〉…》), then left to right without overlap.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: typeof candidates = [];
    for (const c of candidates) if (c.end > c.start && (kept.length === 0 || c.start >= kept[kept.length - 1]!.end)) kept.push(c);
    spans.set(k, kept);
  }
  const citedBy: Links['citedBy'] = new Map();
  for (const file of files) {
    for (const [target, list] of Object.entries(file.citedBy ?? {})) {
      const useful = list.filter((c) => !inward(c.from, target));
      if (useful.length) {
        const list = citedBy.get(target);
        if (list) for (const c of useful) list.push(c);
        else citedBy.set(target, useful);
      }
    }
  }
  return { spans, citedBy };
}

/** Where a node is, seen from a page of document `here`: a fragment on the same page, else its page. */
export function hrefFrom(here: string, target: string): string {
  return target.split('/')[0] === here ? `#${target}` : `../${nodePath(target)}`;
}

/**
 * text[start, end) with the corpus citations in it made links. Offsets are those of the whole
 * field, so a caller showing part of it (a cell of a row, the text after a run-in title) passes
 * where that part begins and ends.
 */
export function linkedText(links: Links, here: string, from: string, field: string, text: string, start = 0, end = text.length): Html {
  const spans = links.spans.get(key(from, field));
  if (!spans) return html`${text.slice(start, end)}`;
  const out: Html[] = [];
  let at = start;
  for (const s of spans) {
    if (s.start < start || s.end > end) continue;
    out.push(html`${text.slice(at, s.start)}`);
    const more = s.others.length ? `（另见 ${s.others.length} 处）` : '';
    out.push(html`<a class="ref" href="${hrefFrom(here, s.target)}" title="${`转到所引条文${more}`}">${text.slice(s.start, s.end)}</a>`);
    if (s.others.length) {
      out.push(html`<sup class="ref-more">${s.others.map((o, i) => html`<a href="${hrefFrom(here, o)}" aria-label="另见第 ${i + 2} 处">${i + 2}</a>`)}</sup>`);
    }
    at = s.end;
  }
  out.push(html`${text.slice(at, end)}`);
  return html`${out}`;
}

/** 被引用 N 处, folded: each citing place by its citation, linked, with the words it used. */
export function citedByList(links: Links, citations: ReadonlyMap<string, string>, here: string, id: string): Html {
  const list = links.citedBy.get(id);
  if (!list?.length) return html``;
  return html`<details class="cited"><summary>被引用 ${list.length} 处</summary><ul>${list.map(
    (c) => html`<li><a href="${hrefFrom(here, c.from)}">${citations.get(c.from) ?? c.from}</a>：“${c.surface}”</li>`,
  )}</ul></details>`;
}
