/**
 * Measures OCR on a PDF: seconds per page, mean confidence, and where the page has a text layer,
 * the character error rate of the OCR text against it (cer.ts). The numbers in README.md come from
 *
 *   npx tsx pipeline/ingest/ocr/measure.ts FILE.pdf [--pages 1-5,8] [--dpi 300] [--strategy per-line|per-box] [--max-side 960|auto]
 *        [--dump DIR]   (writes page-N.ocr.txt, and page-N.ref.txt where there is a text layer)
 *        [--json]       (one JSON object on stdout instead of the table)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { characterErrorRate, pooled, type CerResult } from './cer.ts';
import { createOcr } from './index.ts';
import { textLayerLines } from './reference.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function pageList(spec: string | undefined, count: number): number[] {
  if (!spec) return Array.from({ length: count }, (_, i) => i + 1);
  const pages: number[] = [];
  for (const part of spec.split(',')) {
    const [a, b] = part.split('-').map(Number);
    for (let p = a!; p <= (b ?? a!); p++) if (p >= 1 && p <= count) pages.push(p);
  }
  return pages;
}

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : 0;
};

async function main() {
  const file = process.argv[2];
  if (!file || file.startsWith('--')) {
    process.stderr.write('usage: npx tsx pipeline/ingest/ocr/measure.ts FILE.pdf [--pages 1-3] [--dpi 300] [--strategy per-line|per-box] [--dump DIR] [--json]\n');
    process.exit(2);
  }
  const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(file)),
    cMapUrl: `${pdfjs}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${pdfjs}/standard_fonts/`,
    wasmUrl: `${pdfjs}/wasm/`,
    verbosity: 0,
  }).promise;
  const dump = arg('--dump');
  if (dump) mkdirSync(dump, { recursive: true });
  const t0 = performance.now();
  const ocr = await createOcr({ dpi: arg('--dpi') ? Number(arg('--dpi')) : undefined, strategy: arg('--strategy') as 'per-line' | 'per-box' | undefined, maxSideLength: arg('--max-side') ? (arg('--max-side') === 'auto' ? 'auto' : Number(arg('--max-side'))) : undefined });
  const initMs = performance.now() - t0;
  const rows: Array<Record<string, number | string>> = [];
  const raw: CerResult[] = [];
  const folded: CerResult[] = [];
  const han: CerResult[] = [];
  const ratios: number[] = [];
  let confSum = 0;
  let confChars = 0;
  let ms = 0;
  let renderMs = 0;
  for (const n of pageList(arg('--pages'), doc.numPages)) {
    const page = await doc.getPage(n);
    const result = await ocr.recognizePage(page, n);
    const text = result.paragraphs.map((p) => p.text).join('\n');
    const chars = Array.from(text.replace(/\s/g, '')).length;
    ms += result.ms;
    renderMs += result.timings.render;
    confSum += result.confidence * chars;
    confChars += chars;
    const row: Record<string, number | string> = { page: n, s: +(result.ms / 1000).toFixed(2), render: +(result.timings.render / 1000).toFixed(2), detect: +(result.timings.detect / 1000).toFixed(2), recognize: +(result.timings.recognize / 1000).toFixed(2), lines: result.lines.length, paragraphs: result.paragraphs.length, chars, confidence: +result.confidence.toFixed(4) };
    const ref = await textLayerLines(page);
    const refText = ref.join('\n');
    if (refText.replace(/\s/g, '')) {
      const r = characterErrorRate(refText, text);
      const f = characterErrorRate(refText, text, { fold: true });
      const h = characterErrorRate(refText, text, { han: true });
      raw.push(r);
      folded.push(f);
      han.push(h);
      Object.assign(row, { refChars: r.length, errors: r.errors, cer: +(100 * r.cer).toFixed(2), cerFolded: +(100 * f.cer).toFixed(2), cerHan: +(100 * h.cer).toFixed(2) });
      // Calibration of the font-size estimate: text-layer font sizes against OCR box heights.
      const content = await page.getTextContent();
      const sizes = content.items.flatMap((i) => ('str' in i && i.str.trim() ? [Math.hypot(i.transform[0], i.transform[1])] : []));
      const heights = result.lines.map((l) => l.box[3] - l.box[1]);
      if (sizes.length && heights.length) ratios.push(median(sizes) / median(heights));
      if (dump) writeFileSync(join(dump, `page-${n}.ref.txt`), `${refText}\n`);
    }
    if (dump) writeFileSync(join(dump, `page-${n}.ocr.txt`), result.paragraphs.map((p) => `${p.text}\t[${p.box.map((v) => v.toFixed(0)).join(',')}] ${p.fontSize.toFixed(1)}pt ${p.confidence.toFixed(3)}`).join('\n') + '\n');
    rows.push(row);
    if (!process.argv.includes('--json')) process.stderr.write(`${JSON.stringify(row)}\n`);
    page.cleanup();
  }
  await ocr.close();
  await doc.destroy();
  const summary = {
    file: basename(file),
    pages: rows.length,
    initSeconds: +(initMs / 1000).toFixed(2),
    secondsPerPage: +(ms / 1000 / Math.max(1, rows.length)).toFixed(2),
    renderSecondsPerPage: +(renderMs / 1000 / Math.max(1, rows.length)).toFixed(2),
    meanConfidence: +(confChars ? confSum / confChars : 0).toFixed(4),
    ...(raw.length ? { refChars: pooled(raw).length, errors: pooled(raw).errors, cerPercent: +(100 * pooled(raw).cer).toFixed(2), cerFoldedPercent: +(100 * pooled(folded).cer).toFixed(2), hanChars: pooled(han).length, cerHanPercent: +(100 * pooled(han).cer).toFixed(2), fontSizePerBoxHeight: +median(ratios).toFixed(3) } : {}),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    versions: ocr.versions,
  };
  process.stdout.write(`${JSON.stringify(process.argv.includes('--json') ? { summary, pages: rows } : summary)}\n`);
}

await main();
