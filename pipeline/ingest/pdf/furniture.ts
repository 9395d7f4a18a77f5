/**
 * Page furniture: running headers, footers and page numbers, which are not the text and must not
 * split a paragraph that runs over a page break. A line among the first or last two lines of a page
 * (tables are read before, so a header row repeated at the top of a page is never taken for one)
 * is furniture when, digits masked, it recurs in that place on at least a quarter of the pages; a
 * page number (— 5 —, –– 5 ––, - 5 -, 第5页, a lone 5) is furniture when it stands apart in the
 * margin. Each page's printed number is read from its page-number line. A running header found so
 * is also furniture wherever else it appears in the same size (producers place it lower on some pages).
 */
import type { Item, LineItem, PageLayout } from './layout.ts';

/** How many lines at each end of a page are candidates. */
const EDGE = 2;
/** Share of pages a recurring line must appear on to be furniture. */
const RECURS = 0.25;

const DASH = '[-–—―－~～_·•]';
/** Page-number forms: — 5 —, - 5 -, –– -5- ––, 第 5 页 (共 N 页), Page 5, 5 / 20, a lone 5. */
/** A page number between dashes (— 5 —, - 5 -): the form a text rendition also leaves between its paragraphs. */
export const DASHED_PAGE_NUMBER = new RegExp(`^(?:${DASH}\\s*)+(\\d{1,4})(?:\\s*${DASH})+$`);
const PAGE_NUMBER = [
  DASHED_PAGE_NUMBER,
  /^第\s*(\d{1,4})\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(?:page|p\.)\s*(\d{1,4})(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^(\d{1,4})\s*\/\s*\d{1,4}$/,
  /^(\d{1,4})$/,
];

/** The page number a line prints, if it is one of the page-number forms. */
export function pageNumberOf(text: string): number | undefined {
  const t = text.trim();
  for (const pattern of PAGE_NUMBER) {
    const m = pattern.exec(t);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The comparison key of a candidate: digits masked, spaces removed, with its font size (a cover title is not the running header). */
export function furnitureKey(text: string, size: number): string {
  return `${text.replace(/\s+/g, '').replace(/\d+/g, '#')}@${Math.round(size)}`;
}

export interface Furniture {
  /** Per page (index in the input), the items that are furniture. */
  removed: Array<Set<Item>>;
  /** Per page, the printed page number when one was read. */
  printed: Array<number | undefined>;
}

function edges(layout: PageLayout): LineItem[] {
  const items = layout.items;
  const out: LineItem[] = [];
  // From each end, up to EDGE lines, stopping at the first table row.
  for (let i = 0; i < items.length && i < EDGE && items[i]!.kind === 'line'; i++) out.push(items[i] as LineItem);
  for (let i = items.length - 1; i >= 0 && i >= items.length - EDGE && items[i]!.kind === 'line'; i--) {
    if (!out.includes(items[i] as LineItem)) out.push(items[i] as LineItem);
  }
  return out;
}

/**
 * Does the line stand apart from the text block: in the top or bottom eighth of the page, or
 * separated from the content on its inner side by more than a line's height? `rest` is the page's
 * content without the furniture found so far, so a header's second line counts from the text.
 */
function standsApart(layout: PageLayout, rest: Item[], item: LineItem, atTop: boolean): boolean {
  const size = item.line.size;
  const inMargin = atTop ? item.bottom < 0.125 * layout.height : item.top > 0.875 * layout.height;
  const i = rest.indexOf(item);
  const inner = atTop ? rest[i + 1] : rest[i - 1];
  const gap = !inner ? Infinity : atTop ? inner.top - item.bottom : item.top - inner.bottom;
  return inMargin || gap > 1.2 * size;
}

export function findFurniture(layouts: PageLayout[]): Furniture {
  const candidates = layouts.map(edges);
  const pagesWith = new Map<string, number>();
  for (const lines of candidates) {
    for (const key of new Set(lines.map((l) => furnitureKey(l.line.text, l.line.size)))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(RECURS * layouts.length));
  const removed: Array<Set<Item>> = [];
  const printed: Array<number | undefined> = [];
  layouts.forEach((layout) => {
    const gone = new Set<Item>();
    let number: number | undefined;
    const median = medianSize(layout);
    const judge = (item: LineItem, atTop: boolean): boolean => {
      const rest = layout.items.filter((o) => !gone.has(o));
      const text = item.line.text;
      const recurs = (pagesWith.get(furnitureKey(text, item.line.size)) ?? 0) >= needed;
      const apart = standsApart(layout, rest, item, atTop);
      if (!apart) return false;
      const n = pageNumberOf(text);
      if (n !== undefined) {
        // A lone number needs recurrence (or a single page) and no display size: "5" alone could be anything.
        if (/^\d+$/.test(text.trim()) && (!(recurs || layouts.length === 1) || item.line.size > 1.5 * median)) return false;
        gone.add(item);
        number ??= n;
        return true;
      }
      if (recurs) {
        gone.add(item);
        return true;
      }
      return false;
    };
    // The first and last lines of the page (a header may sit below a line of text the producer placed higher).
    const rest = layout.items;
    for (let i = 0; i < Math.min(EDGE, rest.length); i++) {
      const item = rest[i]!;
      if (item.kind !== 'line') break;
      judge(item, true);
    }
    for (let i = rest.length - 1; i >= Math.max(0, rest.length - EDGE); i--) {
      const item = rest[i]!;
      if (item.kind !== 'line') break;
      if (!gone.has(item)) judge(item, false);
    }
    removed.push(gone);
    printed.push(number);
  });

  // A running header the producer placed lower on some pages (after a few lines of text, even in the
  // middle of a page): the same text in the same size as the headers found at the edges.
  const headers = new Map<string, number[]>();
  layouts.forEach((_, p) => {
    for (const item of removed[p]!) {
      if (item.kind !== 'line' || pageNumberOf(item.line.text) !== undefined) continue;
      const key = item.line.text.replace(/\s+/g, '');
      let sizes = headers.get(key);
      if (!sizes) headers.set(key, (sizes = []));
      sizes.push(item.line.size);
    }
  });
  layouts.forEach((layout, p) => {
    for (const item of layout.items) {
      if (item.kind !== 'line' || removed[p]!.has(item)) continue;
      const sizes = headers.get(item.line.text.replace(/\s+/g, ''));
      if (sizes && sizes.length >= needed && sizes.some((s) => Math.abs(s - item.line.size) < 0.3)) removed[p]!.add(item);
    }
  });
  return { removed, printed };
}

function medianSize(layout: PageLayout): number {
  const sizes = layout.items.filter((i): i is LineItem => i.kind === 'line').map((i) => i.line.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 12;
}
