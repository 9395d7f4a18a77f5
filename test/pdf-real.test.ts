/**
 * The PDF ingest on real PDFs it was not built from (../shared/pdfs, not committed; the tests skip
 * when the folder is absent): a WPS export with letter-spaced lines, a WPS 公文 sample, the
 * GB/T 9704 standard (Word export: running header at varying heights, "–– -N- ––" footers) and a
 * scanned 1989 gazette without a text layer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf, type PdfRead } from '../pipeline/ingest/pdf/index.ts';
import type { OcrRequest } from '../pipeline/ingest/pdf/scan.ts';

const DIR = new URL('../../shared/pdfs/', import.meta.url);
const path = (name: string) => new URL(name, DIR);
const present = existsSync(path('gbt9704-2012-official-document-format.pdf'));

interface Read extends PdfRead {
  messages: Array<{ severity: string; code: string; message: string; page?: number | undefined }>;
}

async function read(name: string, options: Parameters<typeof readPdf>[3] = {}): Promise<Read> {
  const messages: Read['messages'] = [];
  const result = await readPdf(new Uint8Array(readFileSync(path(name))), name, (severity, code, message, where) => messages.push({ severity, code, message, page: where?.page }), options);
  return { ...result, messages };
}

const texts = (r: Read) => r.source.children.map((l) => l.text);
const HAN_SPACE = /[\p{Script=Han}，。、；：“”（）《》] +[\p{Script=Han}，。、；：“”（）《》]/u;

describe.skipIf(!present)('WPS export with letter-spaced lines', () => {
  let r: Read;
  beforeAll(async () => {
    r = await read('gongwen-errors-wps-letterspaced.pdf');
  });
  it('removes the spaces between Chinese glyphs everywhere', () => {
    expect(texts(r).filter((t) => HAN_SPACE.test(t))).toEqual([]);
  });
  it('rebuilds paragraphs from indented first lines and short last lines', () => {
    expect(texts(r)).toContain('标点符号是公文的有机组成部分，也是公文起草者最容易忽视的部分。在实际的公文写作中，文笔流畅但标点符号屡犯错误的情况也时有发生，归纳起来，常见的标点符号使用错误有以下十二个：');
    expect(texts(r)).toContain('例3：制定并实施学校安防达标建设三年行动计划（2013-2015年）。（错误）');
    // "（正确）" after a full line is the end of that paragraph, not a line of its own.
    expect(texts(r)).toContain('公安部门要加强校园“警务室”“护学岗”“安全网”建设，落实护校制度。（正确）');
  });
  it('joins a paragraph over a page break', () => {
    const crossing = r.source.children.filter((l) => l.position.endPage !== undefined);
    expect(crossing.length).toBeGreaterThan(0);
    for (const l of crossing) expect(l.position.endPage).toBe(l.position.page! + 1);
  });
  it('drops the "- N -" footers and reads them as printed pages', () => {
    expect(r.source.pages).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => ({ page: n, printedPage: n })));
    expect(texts(r).filter((t) => /^[-–—\s]*\d+[-–—\s]*$/.test(t))).toEqual([]);
  });
  it('warns about the page that is an image with a page number on it', () => {
    const ocr = r.messages.filter((m) => m.code === 'pdf-needs-ocr');
    expect(ocr.map((m) => m.page)).toEqual([2]);
    expect(ocr[0]!.message).toMatch(/^page 2 has little text .*: needs OCR$/);
  });
});

describe.skipIf(!present)('WPS 公文 sample', () => {
  let r: Read;
  beforeAll(async () => {
    r = await read('wps-gongwen-layout-sample.pdf');
  });
  it('keeps 文号, title, 主送, 署名, date and the 版记 fields on lines of their own', () => {
    const t = texts(r).map((s) => s.replace(/\s+/g, ''));
    for (const line of ['国防部发〔2012〕21号', '国防部关于放假的通知', '各有关单位：', '2012年12月12日', '抄送：教育局，教育局。', '国防部', '2012年12月12日印发']) {
      expect(t).toContain(line);
    }
  });
  it('reads the "–– N ––" footers as printed pages', () => {
    expect(r.source.pages).toEqual([
      { page: 1, printedPage: 1 },
      { page: 2, printedPage: 2 },
    ]);
    expect(texts(r).some((t) => t.includes('––'))).toBe(false);
  });
});

describe.skipIf(!present)('GB/T 9704-2012 (Word export)', () => {
  let r: Read;
  beforeAll(async () => {
    r = await read('gbt9704-2012-official-document-format.pdf');
  });
  it('drops the running header wherever the producer placed it, and keeps the cover title', () => {
    const headers = r.source.children.filter((l) => l.text === 'GB/T 9704—2012');
    expect(headers.map((l) => l.position.page)).toEqual([1]);
  });
  it('reads "–– -N- ––" as the printed page of every page', () => {
    expect(r.source.pages).toEqual(Array.from({ length: 22 }, (_, i) => ({ page: i + 1, printedPage: i + 1 })));
    expect(texts(r).filter((t) => t.includes('––'))).toEqual([]);
  });
  it('rejoins wrapped lines and keeps numbered headings apart', () => {
    expect(texts(r)).toContain('本标准规定了党政机关公文通用的纸张要求、排版和印制装订要求、公文格式各要素的编排规则，并给出了公文的式样。');
    expect(texts(r)).toContain('7.2.4 发文机关标志');
    expect(texts(r)).toContain('公文用纸一般使用纸张定量为60 g/m2~80 g/m2的胶版印刷纸或复印纸。纸张白度80％~90%，横向耐折度≥15次，不透明度≥85%，pH值为7.5~9.5。');
  });
  it('marks headings set in 黑体 as bold, not the 目次 entry of the same words', () => {
    const lines = r.source.children.filter((l) => l.text === '5.2.1 页边与版心尺寸');
    expect(lines.map((l) => [l.position.page, l.bold])).toEqual([
      [2, []],
      [6, [[6, 13]]],
    ]);
  });
  it('numbers the lines 1..N in reading order, pages never going back', () => {
    const lines = r.source.children;
    expect(lines.map((l) => l.position.line)).toEqual(lines.map((_, i) => i + 1));
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.position.page!).toBeGreaterThanOrEqual(lines[i - 1]!.position.page!);
  });
});

describe.skipIf(!present)('scanned gazette of 1989 (no text layer)', () => {
  it('reports every page as needing OCR, once, and reads nothing', async () => {
    const r = await read('state-council-gazette-1989-11-scanned.pdf');
    const ocr = r.messages.filter((m) => m.code === 'pdf-needs-ocr');
    expect(ocr.map((m) => m.page)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(ocr.every((m) => m.message === `page ${m.page} has no text layer: needs OCR` && m.severity === 'warning')).toBe(true);
    expect(r.source.children).toEqual([]);
    expect(r.stats.scannedPages).toHaveLength(31);
  });
  it('calls the OCR hook for those pages with the open page, and reads its lines as text marked OCR', async () => {
    const calls: number[] = [];
    const hook = async (request: OcrRequest) => {
      calls.push(request.pageNumber);
      // A stand-in recogniser: what a real one returns, boxes in the page's points.
      const { width } = request.page.getViewport({ scale: 1 });
      expect(width).toBeCloseTo(request.width, 1);
      if (request.pageNumber > 2) return [];
      return [
        { text: `第${request.pageNumber}页的标题`, x0: 150, x1: 330, top: 80, bottom: 100, confidence: 0.9 },
        { text: '正文第一行', x0: 60, x1: 430, top: 130, bottom: 146, confidence: 0.8 },
      ];
    };
    const r = await read('state-council-gazette-1989-11-scanned.pdf', { ocr: hook });
    expect(calls).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    // Read by OCR, each page says so (with what it read) instead of asking for OCR.
    expect(r.messages.filter((m) => m.code === 'pdf-needs-ocr')).toEqual([]);
    expect(r.messages.filter((m) => m.code === 'pdf-ocr-text').map((m) => m.message.replace(/^page \d+ /, ''))[0]).toBe('has no text layer: read by OCR (2 lines, mean confidence 0.85)');
    expect(r.source.children.map((l) => [l.text, l.position.page, l.ocr?.confidence])).toEqual([
      ['第1页的标题', 1, 0.9],
      ['正文第一行', 1, 0.8],
      ['第2页的标题', 2, 0.9],
      ['正文第一行', 2, 0.8],
    ]);
  });
});
