/**
 * OCR boxes → rows and paragraphs (pipeline/ingest/ocr/layout.ts), on boxes laid out by hand as
 * PaddleOCR returns them for a 公文 page: PDF points, y up, one box per run of text without a wide
 * gap, in no particular order. Needs no OCR package: always runs.
 */
import { describe, expect, it } from 'vitest';
import { cleanBoxText, gapIsSpace, groupParagraphs, groupRows, joinRow, FONT_SIZE_PER_BOX_HEIGHT, type OcrBox } from '../pipeline/ingest/ocr/layout.ts';
import { characterErrorRate, editDistance } from '../pipeline/ingest/ocr/cer.ts';
import { toPageSpace } from '../pipeline/ingest/ocr/index.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The viewport of a one-page PDF of A4 size written here (pdfjs rebuilds the missing xref table). */
async function a4Viewport(scale: number, rotate: number) {
  const pdf = `%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Rotate ${rotate}>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n`;
  const doc = await getDocument({ data: new TextEncoder().encode(pdf), verbosity: 0 }).promise;
  const viewport = (await doc.getPage(1)).getViewport({ scale });
  await doc.destroy();
  return viewport;
}

const EM = 16; // 三号 body text
const LEFT = 90;

/** A box whose top is at `top` (y up), `chars` characters wide unless `width` is given. */
function box(text: string, x: number, top: number, options: { width?: number; h?: number; confidence?: number } = {}): OcrBox {
  const h = options.h ?? EM;
  const width = options.width ?? Array.from(text).length * h;
  return { text, box: [x, top - h, x + width, top], confidence: options.confidence ?? 0.99 };
}

/** A deterministic shuffle: OCR boxes come in detection order, not reading order. */
function shuffled<T>(items: T[]): T[] {
  return items.map((item, i) => ({ item, key: (i * 7919) % 13 })).sort((a, b) => a.key - b.key).map((x) => x.item);
}

describe('rows from OCR boxes', () => {
  it('groups boxes at one height into a row, left to right, despite skew, and keeps stacked boxes apart', () => {
    const rows = groupRows(
      shuffled([
        box('序号', LEFT, 600),
        box('事项名称', LEFT + 5 * EM, 601.5), // a scan's skew: the cells of one row are not level
        box('责任单位', LEFT + 14 * EM, 602.5),
        box('1', LEFT + EM / 2, 572, { width: EM / 2 }),
        box('春节期间安全检查', LEFT + 5 * EM, 571),
        box('县应急局', LEFT + 14 * EM, 572.5),
        box('县公安局', LEFT + 14 * EM, 552), // a second line in the same cell: its own row
      ]),
    );
    expect(rows.map((r) => r.segments.map((s) => s.text))).toEqual([['序号', '事项名称', '责任单位'], ['1', '春节期间安全检查', '县应急局'], ['县公安局']]);
    // Wide gaps between Han text are kept as one space, as a text layer would show them.
    expect(rows[0]!.text).toBe('序号 事项名称 责任单位');
    expect(rows[0]!.fontSize).toBeCloseTo(EM * FONT_SIZE_PER_BOX_HEIGHT, 5);
  });

  it('joins boxes of one row with or without a space as Chinese and Latin demand', () => {
    // Chinese next to Chinese or to a number: no space unless the gap is a character wide.
    expect(joinRow([box('发布日期：', LEFT, 500), box('2023', LEFT + 5 * EM + 2, 500, { width: 2 * EM }), box('年1月', LEFT + 7 * EM + 3, 500)], EM)).toBe('发布日期：2023年1月');
    expect(joinRow([box('签发人：', LEFT, 500), box('张三', LEFT + 6 * EM, 500)], EM)).toBe('签发人： 张三');
    // Latin words and numbers: a fifth of a character is a space.
    expect(joinRow([box('GB/T', LEFT, 500, { width: 2.2 * EM }), box('9704—2012', LEFT + 2.6 * EM, 500, { width: 5 * EM })], EM)).toBe('GB/T 9704—2012');
    expect(joinRow([box('BL', LEFT, 500, { width: EM }), box('100%', LEFT + EM + 1, 500, { width: 2 * EM })], EM)).toBe('BL100%');
    expect(gapIsSpace('国', '务', 0.5 * EM, EM)).toBe(false);
    expect(gapIsSpace('a', 'b', 0.5 * EM, EM)).toBe(true);
  });

  it('drops the spaces the recognizer writes between letter-spaced Chinese, keeps those between Latin words', () => {
    expect(cleanBoxText('各 职 能  部 门')).toBe('各职能部门');
    expect(cleanBoxText('依据 GB/T 9704 执行')).toBe('依据GB/T 9704执行');
    expect(cleanBoxText('  Word  export ')).toBe('Word export');
  });
});

describe('paragraphs from rows', () => {
  // A 公文 page: a two-row centred title, 主送, a paragraph of three rows (first-line indent, last
  // row short), a heading, a paragraph of two rows, a table of two rows.
  const boxes = shuffled([
    box('关于做好春节期间安全生产和', 171, 760, { h: 22 }),
    box('疫情防控工作的通知', 215, 730, { h: 22 }),
    box('各乡镇人民政府，县直各单位：', LEFT, 690),
    box('为切实做好春节期间各项工作，确保人民群众过一个', LEFT + 2 * EM, 662, { width: 26 * EM }),
    box('欢乐祥和的节日，经县人民政府同意，现将有关事项通知', LEFT, 634, { width: 28 * EM }),
    box('如下。', LEFT, 606),
    box('一、提高思想认识', LEFT + 2 * EM, 578),
    box('各单位要充分认识做好春节期间工作的重要性，按照', LEFT + 2 * EM, 550, { width: 26 * EM }),
    box('GB/T 9704执行。', LEFT, 522),
    box('序号', LEFT, 470),
    box('事项', LEFT + 6 * EM, 470),
    box('1', LEFT, 442, { width: EM / 2 }),
    box('安全检查', LEFT + 6 * EM, 442),
  ]);
  const paragraphs = groupParagraphs(groupRows(boxes));

  it('rebuilds paragraphs from indent, short rows, headings, gaps and spread rows', () => {
    expect(paragraphs.map((p) => p.text)).toEqual([
      '关于做好春节期间安全生产和疫情防控工作的通知',
      '各乡镇人民政府，县直各单位：',
      '为切实做好春节期间各项工作，确保人民群众过一个欢乐祥和的节日，经县人民政府同意，现将有关事项通知如下。',
      '一、提高思想认识',
      '各单位要充分认识做好春节期间工作的重要性，按照GB/T 9704执行。',
      '序号 事项',
      '1 安全检查',
    ]);
  });

  it('gives each paragraph its rows, box, font size and confidence', () => {
    const body = paragraphs[2]!;
    expect(body.lines).toHaveLength(3);
    expect(body.box).toEqual([LEFT, 606 - EM, LEFT + 28 * EM, 662]);
    expect(body.confidence).toBeCloseTo(0.99, 5);
    expect(paragraphs[0]!.fontSize).toBeGreaterThan(body.fontSize);
  });

  it('starts a paragraph after a wide vertical gap even when the row above is full', () => {
    const rows = groupRows([
      box('第一段的第一行写满了整个版心的宽度一直到右边的边缘为', LEFT, 700, { width: 28 * EM }),
      box('第二段的第一行同样顶格写满整个版心的宽度直到右边为止', LEFT, 640, { width: 28 * EM }),
      box('第二段的第二行。', LEFT, 612),
    ]);
    expect(groupParagraphs(rows).map((p) => p.lines.length)).toEqual([1, 2]);
  });

  it('joins the rows of a centred title but not the bracketed line under it, on a page of few full rows', () => {
    // Page 28 of the 1989 gazette as OCR boxes: a three-row title, its date, a paragraph of three rows.
    const rows = groupRows([
      box('全国人民代表大会常务委员会', 95, 647.5, { width: 269.3, h: 19 }),
      box('关于撤销赵紫阳的中华人民共和国', 73.9, 616, { width: 310.3, h: 18.2 }),
      box('中央军事委员会副主席职务的决定', 74.6, 584.6, { width: 309.6, h: 18.3 }),
      box('(1989年6月30日通过)', 155, 554.6, { width: 148.6, h: 16.1 }),
      box('第七届全国人民代表大会常务委员会第八次会议根据中华人民共和国', 58.6, 505.6, { width: 369.6, h: 13.2 }),
      box('中央军事委员会主席邓小平的提请，决定撤销赵紫阳的中华人民共和国', 30.7, 484.3, { width: 394.3, h: 13.2 }),
      box('职务。', 29.3, 463.9, { width: 38, h: 14 }),
    ]);
    expect(groupParagraphs(rows).map((p) => p.lines.length)).toEqual([3, 1, 3]);
  });

  it('keeps indented rows of body size apart even when they look centred', () => {
    // 附件：… rows of one width, indented two characters, the first ending short of its bracket.
    const rows = groupRows([
      box('正文第一行顶格写满整个版心的宽度一直写到右边的边缘为止', LEFT, 700, { width: 28 * EM }),
      box('附件：1.××区领导小组成员名单；（错误', LEFT + 2 * EM, 672, { width: 24 * EM }),
      box('附件：1.××区领导小组成员名单（正确）', LEFT + 2 * EM, 644, { width: 24 * EM }),
    ]);
    expect(groupParagraphs(rows).map((p) => p.lines.length)).toEqual([1, 1, 1]);
  });

  it('returns nothing for a page without boxes', () => {
    expect(groupParagraphs(groupRows([]))).toEqual([]);
  });
});

describe('page coordinates', () => {
  it('maps pixel boxes of a 300-dpi render back to PDF points, y up', async () => {
    const scale = 300 / 72;
    const viewport = await a4Viewport(scale, 0);
    const height = Math.ceil(viewport.height);
    // A box 1 inch from the left and 2 inches from the top, 0.5 inch wide and 0.25 inch high.
    const { boxes, space } = toPageSpace([{ text: '公告', box: [300, 600, 450, 675], confidence: 0.9 }], { viewport, scale, height });
    expect(space).toBe('pdf');
    const [x0, y0, x1, y1] = boxes[0]!.box;
    expect([x0, y0, x1, y1].map((v) => Math.round(v * 10) / 10)).toEqual([72, 842 - 162, 108, 842 - 144]);
  });

  it('keeps a rotated page upright', async () => {
    const scale = 2;
    const viewport = await a4Viewport(scale, 90);
    const height = Math.ceil(viewport.height); // 595 × 2: the page lies on its side
    const { boxes, space } = toPageSpace([{ text: '表', box: [100, 100, 300, 140], confidence: 0.9 }], { viewport, scale, height });
    expect(space).toBe('upright');
    expect(boxes[0]!.box).toEqual([50, (height - 140) / 2, 150, (height - 100) / 2]);
  });
});

describe('character error rate', () => {
  it('is the edit distance over the reference length, whitespace ignored', () => {
    expect(editDistance(Array.from('国务院公报'), Array.from('国务院公极'))).toBe(1);
    expect(characterErrorRate('国务院 公报\n第11号', '国务院公报第1l号').cer).toBeCloseTo(1 / 9, 10);
    expect(characterErrorRate('误差±2mm；', '误差±2mm;', { fold: true }).errors).toBe(0);
    expect(characterErrorRate('〔2012〕21号', '（2012）21号', { han: true }).errors).toBe(0);
    expect(characterErrorRate('', '').cer).toBe(0);
  });
});
