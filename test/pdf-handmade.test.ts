/**
 * The PDF ingest on PDFs written here operator by operator, for what the fixtures do not show:
 * Chinese text in a predefined CMap with a font that is not embedded (STSong-Light, UniGB-UCS2-H:
 * read only with pdfjs's cMaps), bold made by stroking glyphs (text rendering mode 2, as Word does
 * for 仿宋), bold made by drawing text twice (WPS), a page turned by /Rotate, a table whose rules are
 * thin filled rectangles, white rectangles that are no rules, and a form XObject with its own matrix.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../pipeline/ingest/pdf/index.ts';

/** Text as the hex string of UCS-2 codes, for UniGB-UCS2-H. */
const ucs2 = (text: string) => `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

/**
 * A PDF of the given page content streams; F1 is STSong-Light (UniGB-UCS2-H), F2 Helvetica; X1 a form.
 * `brokenPage` adds a page whose reference points at an object the file does not have.
 */
function makePdf(pages: Array<{ content: string; rotate?: number }>, form = '', brokenPage = false): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const firstPage = 6;
  const kids = pages.map((_, i) => `${firstPage + 2 * i} 0 R`).join(' ') + (brokenPage ? ' 999 0 R' : '');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length + (brokenPage ? 1 : 0)} >>`);
  add('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
  add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 ' +
      '/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >> >>',
  );
  add(`<< /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Matrix [1 0 0 1 0 0] /Resources << /Font << /F1 3 0 R >> >> /Length ${form.length} >>\nstream\n${form}\nendstream`);
  pages.forEach((p, i) => {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]${p.rotate ? ` /Rotate ${p.rotate}` : ''} /Resources << /Font << /F1 3 0 R /F2 ${firstPage + 2 * pages.length} 0 R >> /XObject << /X1 5 0 R >> >> /Contents ${firstPage + 2 * i + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(p.content, 'latin1')} >>\nstream\n${p.content}\nendstream`);
  });
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A line of Chinese text at (x, y) in 16 pt, optionally stroked. */
const line = (x: number, y: number, text: string, mode = 0) => `BT /F1 16 Tf ${mode} Tr 0.4 w ${x} ${y} Td ${ucs2(text)} Tj ET`;

async function read(data: Uint8Array) {
  const messages: string[] = [];
  const { source } = await readPdf(data, 'made.pdf', (severity, code, message) => messages.push(`${severity} ${code} ${message}`));
  return { source, messages, texts: source.children.map((l) => l.text) };
}

describe('hand-made PDFs', () => {
  it('reads Chinese text set in a predefined CMap with a font that is not embedded', async () => {
    const { texts } = await read(makePdf([{ content: line(72, 700, '攸政办发〔2023〕1号') }]));
    expect(texts).toEqual(['攸政办发〔2023〕1号']);
  });

  it('takes glyphs drawn filled and stroked for bold, and text drawn twice a hair apart for bold once', async () => {
    const content = [
      // A run-in heading stroked (Word's bold for a face without one), then plain text on the same line.
      `BT /F1 16 Tf 2 Tr 0.4 w 72 700 Td ${ucs2('防范化解政府债务风险。')} Tj 0 Tr ${ucs2('健全规范政府举债融资机制。')} Tj ET`,
      // The same heading drawn twice, 0.3 pt apart (WPS's fake bold), then its text.
      line(104, 660, '防范化解房地产风险。'),
      line(104.3, 660, '防范化解房地产风险。'),
      line(264, 660, '扎实做好保交楼工作。'),
    ].join('\n');
    const { source } = await read(makePdf([{ content }]));
    expect(source.children.map((l) => [l.text, l.bold])).toEqual([
      ['防范化解政府债务风险。健全规范政府举债融资机制。', [[0, 11]]],
      ['防范化解房地产风险。扎实做好保交楼工作。', [[0, 10]]],
    ]);
  });

  it('reads a page turned by /Rotate in its upright reading order', async () => {
    // Drawn upwards along the page's long side, turned 90° clockwise when shown: a smaller x is higher up.
    // The second line is drawn first in the content stream.
    const content = ['BT /F1 16 Tf 0 1 -1 0 200 100 Tm', ucs2('第二行的文字。'), 'Tj ET', 'BT /F1 16 Tf 0 1 -1 0 170 100 Tm', ucs2('第一行的文字。'), 'Tj ET'].join('\n');
    const { texts } = await read(makePdf([{ content, rotate: 90 }]));
    expect(texts).toEqual(['第一行的文字。', '第二行的文字。']);
  });

  it('builds a table from thin filled rectangles, ignores white ones, and follows a form XObject\'s matrix', async () => {
    const rect = (x: number, y: number, w: number, h: number) => `${x} ${y} ${w} ${h} re f`;
    const xs = [72, 172, 372];
    const ys = [700, 670, 640];
    const rules = [
      '0 0 0 rg',
      ...ys.map((y) => rect(72, y, 300, 0.6)),
      ...xs.map((x) => rect(x, 640, 0.6, 60.6)),
      // A white rectangle over the middle (a blanked area): no rule.
      '1 1 1 rg',
      rect(100, 655, 250, 0.6),
      '0 0 0 rg',
    ];
    const cells = [line(80, 680, '序号'), line(180, 680, '事项'), line(80, 650, '1'), line(180, 650, '校车使用许可')];
    // The same table's text again, drawn through a form XObject placed 200 pt lower.
    const content = [...rules, ...cells, 'q 1 0 0 1 0 -200 cm', ...rules, '/X1 Do', 'Q'].join('\n');
    const form = cells.join('\n');
    const { source } = await read(makePdf([{ content }], form));
    const rows = source.children.filter((l) => l.row);
    expect(rows.map((l) => [l.text, l.row!.columns])).toEqual([
      ['序号\t事项', 2],
      ['1\t校车使用许可', 2],
      ['序号\t事项', 2],
      ['1\t校车使用许可', 2],
    ]);
  });

  it('reports a page pdfjs cannot read and reads the others; warns about a file without its end marker', async () => {
    const broken = await read(makePdf([{ content: line(72, 700, '第一页的文字。') }], '', true));
    expect(broken.texts).toEqual(['第一页的文字。']);
    expect(broken.messages).toEqual(['error pdf-page-unreadable page 2 could not be read (Page dictionary kid reference points to wrong type of object); the other pages are read']);
    const whole = makePdf([{ content: line(72, 700, '第一页的文字。') }]);
    const cut = whole.subarray(0, Buffer.from(whole).lastIndexOf('%%EOF'));
    const truncated = await read(cut);
    expect(truncated.texts).toEqual(['第一页的文字。']);
    expect(truncated.messages).toEqual(['warning pdf-truncated the file does not end with %%EOF: it may be truncated; pages that cannot be read are reported']);
  });
});
