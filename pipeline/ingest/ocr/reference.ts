/**
 * The text layer of a page in reading order, as the reference OCR is measured against (README.md,
 * test/ocr-*.test.ts). Deliberately small: items grouped into lines by baseline (within 0.3 × font
 * size), lines top to bottom, items left to right. The PDF ingest rebuilds text far more carefully;
 * for a character error rate that ignores whitespace, order and characters are all that count.
 */
import type { PDFPageProxy } from 'pdfjs-dist';

interface Item {
  str: string;
  x: number;
  y: number;
  size: number;
}

export async function textLayerLines(page: PDFPageProxy): Promise<string[]> {
  const content = await page.getTextContent();
  const [vx0, vy0, vx1, vy1] = page.view as [number, number, number, number];
  const items: Item[] = [];
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str.trim() === '') continue;
    const [a, b, , , x, y] = raw.transform as number[];
    const size = Math.hypot(a!, b!) || raw.height;
    // Text outside the visible page is not printed, so OCR cannot see it.
    if (x! < vx0 - 1 || x! > vx1 + 1 || y! < vy0 - 1 || y! > vy1 + 1) continue;
    items.push({ str: raw.str, x: x!, y: y!, size });
  }
  items.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Item[][] = [];
  for (const item of items) {
    const line = lines.find((l) => Math.abs(l[0]!.y - item.y) <= 0.3 * Math.max(item.size, l[0]!.size));
    if (line) line.push(item);
    else lines.push([item]);
  }
  lines.sort((p, q) => q[0]!.y - p[0]!.y);
  return lines.map((l) => l.sort((p, q) => p.x - q.x).map((i) => i.str).join(''));
}
