/**
 * What the PDF ingest costs beside pdfjs's own work on the same pages. For each file: a pass that
 * only asks pdfjs for every page's text content and operator list (the floor any ingest on pdfjs
 * pays), then the whole ingest; pages per second for both.
 *
 *   npx tsx pipeline/ingest/pdf/bench.ts FILE.pdf [FILE.pdf …]
 *
 * `benchPdf` returns the same numbers for `gongbao bench`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDocument, pdfjs } from './pdfjs.ts';
import { readPdf, type PdfStats } from './index.ts';

export interface PdfBench {
  file: string;
  pages: number;
  /** pdfjs alone: open, then getTextContent and getOperatorList of every page (ms). */
  pdfjs: { open: number; textContent: number; operatorList: number; total: number };
  /** The whole ingest (ms), with its own split of pdfjs time. */
  ingest: PdfStats['ms'];
  /** Pages per second: pdfjs alone, and the whole ingest. */
  pagesPerSecond: { pdfjs: number; ingest: number };
  /** Ingest total over pdfjs-alone total (wall clock). */
  ratio: number;
  /** CPU milliseconds (user + system) of each pass: steadier than the wall clock on a busy machine. */
  cpu: { pdfjs: number; ingest: number; ratio: number };
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** pdfjs's own cost on every page of a file: open, getTextContent, getOperatorList. */
export async function pdfjsFloor(data: Uint8Array, file: string): Promise<{ pages: number } & PdfBench['pdfjs']> {
  const lib = await pdfjs();
  const start = performance.now();
  const doc = await openDocument(data, file, 0);
  const open = performance.now() - start;
  let textContent = 0;
  let operatorList = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      let t = performance.now();
      await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE });
      operatorList += performance.now() - t;
      t = performance.now();
      await page.getTextContent();
      textContent += performance.now() - t;
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { pages: doc.numPages, open, textContent, operatorList, total: performance.now() - start };
}

export async function benchPdf(path: string): Promise<PdfBench> {
  const data = new Uint8Array(readFileSync(path));
  const file = basename(path);
  // Warm up pdfjs (module, fake worker, cMaps) so that neither pass pays the start-up.
  await pdfjsFloor(data, file);
  let cpu = process.cpuUsage();
  const floor = await pdfjsFloor(data, file);
  const floorCpu = cpuMs(cpu);
  cpu = process.cpuUsage();
  const { stats } = await readPdf(data, file, () => undefined);
  const ingestCpu = cpuMs(cpu);
  return {
    file,
    pages: floor.pages,
    pdfjs: { open: floor.open, textContent: floor.textContent, operatorList: floor.operatorList, total: floor.total },
    ingest: stats.ms,
    pagesPerSecond: { pdfjs: (1000 * floor.pages) / floor.total, ingest: (1000 * floor.pages) / stats.ms.total },
    ratio: stats.ms.total / floor.total,
    cpu: { pdfjs: floorCpu, ingest: ingestCpu, ratio: ingestCpu / floorCpu },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npx tsx pipeline/ingest/pdf/bench.ts FILE.pdf [FILE.pdf …]');
    process.exit(2);
  }
  const ms = (v: number) => `${Math.round(v)} ms`;
  for (const path of files) {
    const b = await benchPdf(path);
    console.log(
      [
        `${b.file}: ${b.pages} pages`,
        `  pdfjs alone: ${ms(b.pdfjs.total)} (open ${ms(b.pdfjs.open)}, getTextContent ${ms(b.pdfjs.textContent)}, getOperatorList ${ms(b.pdfjs.operatorList)}) = ${b.pagesPerSecond.pdfjs.toFixed(1)} pages/s`,
        `  ingest:      ${ms(b.ingest.total)} (open ${ms(b.ingest.open)}, getTextContent ${ms(b.ingest.textContent)}, getOperatorList ${ms(b.ingest.operatorList)}, layout and the rest ${ms(b.ingest.total - b.ingest.open - b.ingest.textContent - b.ingest.operatorList - b.ingest.ocr)}) = ${b.pagesPerSecond.ingest.toFixed(1)} pages/s`,
        `  ingest / pdfjs alone: ${b.ratio.toFixed(2)}× wall clock, ${b.cpu.ratio.toFixed(2)}× CPU time (${ms(b.cpu.ingest)} / ${ms(b.cpu.pdfjs)})`,
      ].join('\n'),
    );
  }
}
