/**
 * The PDF ingest on a producer it was not built against: Chromium's print to PDF (Skia) of an HTML
 * page made here from the seed's text (攸政办发〔2023〕1号 with its 办法, then the first rows of the
 * licensing list as a CSS-bordered table whose header repeats on every page, page numbers in the
 * footer). Skia writes the text layer its own way: no space glyphs, and glyphs mapped back to Kangxi
 * and supplement radicals (⼈⺠ for 人民) or to a traditional code point the font draws alike (戶 for 户).
 * Skips when /usr/bin/chromium is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../pipeline/ingest/pdf/index.ts';
import type { SourceText } from '../pipeline/ingest/source.ts';
import { structure } from '../pipeline/structure/index.ts';
import { normalizeTables } from '../pipeline/tables/index.ts';
import { Messages } from '../pipeline/messages.ts';
import type { BulletinNode, TableNode } from '../schema/tree.ts';
import { readSeed, seedText } from './seed.ts';
import { nodes, says } from './pdf-compare.ts';

const CHROMIUM = '/usr/bin/chromium';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The seed's first document and the first licensing rows as an HTML page laid out like a 公文. */
function page(): string {
  const lines = seedText.split('\n');
  const start = lines.findIndex((l) => l.startsWith('ZZYXDR—2023—01001'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('攸政办发〔2023〕2号'));
  const out: string[] = [];
  let title: string[] = [];
  for (const raw of lines.slice(start, end)) {
    const t = raw.trim().replace(/^- /, '');
    if (!t) continue;
    if (t.startsWith('**') || title.length) {
      title.push(t.replace(/\*\*/g, ''));
      if (t.endsWith('**')) {
        out.push(`<p class="t">${title.map(escape).join('<br>')}</p>`);
        title = [];
      }
      continue;
    }
    const cls = /^(攸政办发|ZZYXDR|第.章)/.test(t) ? 'c' : /^攸县“/.test(t) ? 't' : /^\d{4}年\d+月\d+日$|^攸县人民政府办公室$/.test(t) ? 'r' : /：$/.test(t) ? 'l' : '';
    out.push(`<p${cls ? ` class="${cls}"` : ''}>${escape(t)}</p>`);
  }
  const header = lines.findIndex((l) => l.startsWith('序号\t县级主管部门'));
  const rows = lines.slice(header + 1, header + 60).filter((l) => /^\d+\t/.test(l));
  const cells = (l: string, tag: string) => l.split('\t').map((c) => `<${tag}>${escape(c)}</${tag}>`).join('');
  out.push('<div style="break-before: page"></div><p class="c"><b>许可事项</b></p>');
  out.push(`<table><thead><tr>${cells(lines[header]!, 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table>`);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: "— " counter(page) " —"; font: 14pt serif; } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28.9pt; text-align: justify; }
p { margin: 0; text-indent: 2em; } p.c, p.t { text-align: center; text-indent: 0; } p.t { font-size: 22pt; font-weight: bold; line-height: 36pt; }
p.r { text-align: right; margin-right: 4em; text-indent: 0; } p.l { text-indent: 0; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 14pt; } th, td { border: 0.5pt solid black; padding: 2pt; vertical-align: top; text-align: left; }
thead { display: table-header-group; }
</style></head><body>${out.join('\n')}</body></html>`;
}

describe.skipIf(!existsSync(CHROMIUM))('a PDF printed by Chromium (Skia), made from the seed', () => {
  let dir: string;
  let source: SourceText;
  let pdf: BulletinNode;
  /** The text rendition the page was printed from (the first of the seed's two), its tables normalised. */
  let printedFrom: BulletinNode;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongbao-chromium-'));
    writeFileSync(join(dir, 'doc.html'), page());
    execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'doc.pdf')}`, join(dir, 'doc.html')], { stdio: 'ignore', timeout: 120_000 });
    source = (await readPdf(new Uint8Array(readFileSync(join(dir, 'doc.pdf'))), 'doc.pdf', () => undefined)).source;
    // The page has no cover: give structure the bulletin's, as three lines before the PDF's.
    const cover = ['攸县人民政府公报', '攸县人民政府办公室', '2023年第1期'].map((t, i) => ({ type: 'line' as const, text: t, bold: [], position: { line: i + 1 } }));
    const lines = [...cover, ...source.children.map((l, i) => ({ ...l, position: { ...l.position, line: i + 4 } }))];
    const m = new Messages();
    pdf = normalizeTables(structure({ ...source, children: lines }, 'youxian-2023-01', m.reporter('doc.pdf', 'structure'))[0]!, m.reporter('doc.pdf', 'tables'));
    const seed = readSeed();
    const tabled = seed.renditions.map((r) => normalizeTables(r, m.reporter('seed', 'tables')));
    printedFrom = tabled[0]!;
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads radicals as the ideographs they stand for and the page numbers as printed pages', () => {
    expect(source.children.some((l) => /[\u2E80-\u2FDF]/.test(l.text))).toBe(false);
    expect(source.children.map((l) => l.text)).toContain('攸县人民政府办公室');
    expect(source.pages!.map((p) => p.printedPage)).toEqual(source.pages!.map((p) => p.page));
  });

  it('gives 攸政办发〔2023〕1号 as the text rendition does: its 21 articles, items and texts, but for Skia\'s 戶', () => {
    const ours = new Map([...nodes(pdf.children[0]!)].map((n) => [n.id, n]));
    const theirs = [...nodes(printedFrom.children[0]!)];
    expect(theirs.filter((n) => !ours.has(n.id)).map((n) => n.id)).toEqual([]);
    expect([...ours.values()].filter((n) => n.type === 'article')).toHaveLength(21);
    // The one difference in the text: the font draws 户 and 戶 alike and Skia writes the traditional code point.
    const differ = theirs.filter((n) => says(n) !== says(ours.get(n.id)!).replace(/戶/g, '户')).map((n) => n.id);
    // 第二十一条 is followed, in this page, by a table's caption: the caption of the table, not the article's
    // second paragraph (a caption line before a table is read before an open article's next 款).
    expect(differ).toEqual([]);
  });

  it('reads the bordered table row for row, the header repeated on later pages', () => {
    const table = [...nodes(pdf)].find((n): n is TableNode => n.type === 'table')!;
    const licensing = [...nodes(printedFrom)].find((n): n is TableNode => n.id === 'yzbf-2023-7/tbl_1')!;
    const rows = table.children.map((r) => says(r).replace(/戶/g, '户'));
    expect(rows).toEqual(licensing.children.slice(0, rows.length).map((r) => says(r)));
    expect(rows.length).toBeGreaterThan(40);
    const repeated = source.children.filter((l) => l.row?.header);
    expect(repeated.length).toBeGreaterThan(0);
    expect(repeated.every((l) => l.text.replace(/\s/g, '') === '序号县级主管部门事项名称实施机关设定和实施依据备注')).toBe(true);
  });
});
