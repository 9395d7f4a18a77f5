/**
 * The PDF ingest on the generated fixtures (test/fixtures/pdf/, made from the seed by LibreOffice)
 * against their truth files, which poppler made without pdfjs: the printed page of every page; every
 * printed document, heading, article, paragraph, item on the line and page the truth gives; the
 * tables' rows, read by the existing tables stage from the rows the ingest gives, with the truth's
 * row ids and pages; repeated headers and page starts marked; and the bad files (encrypted,
 * truncated, scanned) reported as the issue asks.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf, PdfError, type PdfRead } from '../pipeline/ingest/pdf/index.ts';
import type { SourceLine } from '../pipeline/ingest/source.ts';
import { structure } from '../pipeline/structure/index.ts';
import { toBlocks, type TableBlock } from '../pipeline/structure/blocks.ts';
import { tableNode } from '../pipeline/structure/body.ts';
import { normalizeTable } from '../pipeline/tables/table.ts';
import { Messages } from '../pipeline/messages.ts';
import { nodes } from './pdf-compare.ts';

const fixture = (name: string) => new URL(`./fixtures/pdf/${name}`, import.meta.url);

interface Where {
  page: number;
  printed: number | null;
}
interface TruthNode {
  id: string;
  type: string;
  label?: string;
  match: string;
  start: Where;
  end?: Where;
}
interface Truth {
  printedPages: Array<number | null>;
  nodes: TruthNode[];
  tables: Array<{ id: string; rows: number; headerPrintedOnPages: number[]; rowsSplitAcrossPages: string[] }>;
}

interface Read extends PdfRead {
  truth: Truth;
  messages: Messages;
}

async function read(name: string, options: Parameters<typeof readPdf>[3] = {}): Promise<Read> {
  const messages = new Messages();
  const result = await readPdf(new Uint8Array(readFileSync(fixture(`${name}.pdf`))), `${name}.pdf`, messages.reporter(`${name}.pdf`, 'ingest'), options);
  const truth = JSON.parse(readFileSync(fixture(`${name}.truth.json`), 'utf8')) as Truth;
  return { ...result, truth, messages };
}

const compact = (s: string) => s.replace(/[\s\u3000]+/g, '');
const PROSE = new Set(['document', 'instrument', 'attachment', 'chapter', 'article', 'paragraph', 'item', 'subitem', 'heading']);

/** Truth prose nodes found, in order, in the source lines: the line holding each one's start, and whether its page agrees. */
function locateProse(source: SourceLine[], truth: Truth) {
  const text = source.filter((l) => !l.row);
  let cursor = 0;
  return truth.nodes
    .filter((n) => PROSE.has(n.type))
    .map((n) => {
      const key = compact(n.match);
      // Everything but a paragraph starts a line of its own; a paragraph may be a passage inside one (a run-in heading's text).
      const holds = (line: string) => (n.type === 'paragraph' ? compact(line).includes(key) : compact(line).startsWith(key));
      let at = -1;
      for (let i = cursor; i < text.length; i++) {
        if (holds(text[i]!.text)) {
          at = i;
          break;
        }
      }
      if (at < 0) return { node: n, line: undefined, pageAgrees: false };
      cursor = at;
      const line = text[at]!;
      const first = line.position.page!;
      const last = line.position.endPage ?? first;
      return { node: n, line, pageAgrees: n.start.page >= first && n.start.page <= last };
    });
}

/** The tables of the source as the structure stage cuts them (runs of row lines), each read by the tables stage under the truth's id. */
function readTables(source: SourceLine[], truth: Truth) {
  const blocks = toBlocks(source).filter((b): b is TableBlock => b.kind === 'table');
  const byLine = new Map(source.map((l) => [l.position.line, l]));
  return truth.tables.map((t, k) => {
    const block = blocks[k]!;
    const messages = new Messages();
    const raw = tableNode(block, t.id, k + 1);
    const table = normalizeTable(raw, { title: '《》' }, messages.reporter('x', 'tables'));
    const rows = table.children.map((r) => ({
      id: r.id,
      start: byLine.get(r.position.line)!.position.page!,
      end: ((l) => l.position.endPage ?? l.position.page!)(byLine.get(r.position.endLine ?? r.position.line)!),
    }));
    return { truth: t, block, rows, messages: messages.list };
  });
}

const TEXT_FIXTURES = ['notice-articles', 'licensing-list-stretch', 'task-list-rowspans', 'outline-runin-headings', 'table-unruled-stream'];

describe.each(TEXT_FIXTURES)('%s.pdf', (name) => {
  let r: Read;
  beforeAll(async () => {
    r = await read(name);
  });

  it('reads the printed page of every page (none on the cover and 目录)', () => {
    expect(r.source.pages!.map((p) => p.printedPage ?? null)).toEqual(r.truth.printedPages);
  });

  it('finds every printed prose node, in order, on the page the truth gives', () => {
    const found = locateProse(r.source.children, r.truth);
    expect(found.filter((f) => !f.line).map((f) => `${f.node.id}: ${f.node.match}`)).toEqual([]);
    expect(found.filter((f) => !f.pageAgrees).map((f) => `${f.node.id} on page ${f.node.start.page}, line ${f.line!.position.line} on ${f.line!.position.page}–${f.line!.position.endPage ?? f.line!.position.page}`)).toEqual([]);
  });

  it('gives rows from which the tables stage reads the truth rows, with their pages', () => {
    for (const t of readTables(r.source.children, r.truth)) {
      const truthRows = r.truth.nodes.filter((n) => n.type === 'row' && n.id.startsWith(`${t.truth.id}/`));
      expect(t.rows.map((row) => row.id)).toEqual(truthRows.map((n) => n.id));
      expect(t.rows.map((row) => [row.id, row.start, row.end])).toEqual(truthRows.map((n) => [n.id, n.start.page, (n.end ?? n.start).page]));
    }
  });

  it('marks the header repeated on later pages, and the first row starting after it as a page start', () => {
    for (const t of r.truth.tables) {
      const rows = r.source.children.filter((l) => l.row);
      const pages = t.headerPrintedOnPages.slice(1);
      expect([...new Set(rows.filter((l) => l.row!.header).map((l) => l.position.page))]).toEqual(pages);
      // A page whose only row is the end of a row broken on the page before has that end joined up: no row starts there.
      const starting = pages.filter((p) => rows.some((l) => !l.row!.header && l.position.page === p));
      expect(rows.filter((l) => l.row!.pageStart).map((l) => l.position.page)).toEqual(starting);
      // Each page's part follows the last without a line between.
      const numbers = rows.map((l) => l.position.line);
      expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    }
  });
});

describe('notice-articles.pdf through the structure stage', () => {
  it('gives the document, its 办法 and 21 articles with the truth ids and printed pages', async () => {
    const r = await read('notice-articles');
    const messages = new Messages();
    const [tree, ...more] = structure(r.source, 'youxian-2023-01', messages.reporter('notice-articles.pdf', 'structure'));
    expect(more).toEqual([]);
    const byLine = new Map(r.source.children.map((l) => [l.position.line, l]));
    const ours = new Map([...nodes(tree!)].map((n) => [n.id, n]));
    const wrong: string[] = [];
    for (const t of r.truth.nodes) {
      const n = ours.get(t.id);
      if (!n) {
        wrong.push(`missing ${t.id}`);
        continue;
      }
      const line = byLine.get((n as { position: { line: number } }).position.line)!;
      const first = line.position.printedPage;
      const last = line.position.endPrintedPage ?? first;
      if (t.start.printed !== null && (first === undefined || t.start.printed < first || t.start.printed > last!)) wrong.push(`${t.id}: printed ${t.start.printed}, line ${line.position.line} on ${first}–${last}`);
    }
    expect(wrong).toEqual([]);
    expect([...nodes(tree!)].filter((n) => n.type === 'article')).toHaveLength(21);
    expect(tree!.contents.map((c) => [c.documentId, c.page])).toEqual([['yzbf-2023-1', 1]]);
    expect(messages.list.filter((m) => m.severity !== 'info')).toEqual([]);
  });
});

describe('files that cannot be read as they are', () => {
  it('names the file and says it is encrypted; with the password it reads like the plain file', async () => {
    const data = new Uint8Array(readFileSync(fixture('notice-articles-encrypted.pdf')));
    const error = await readPdf(data, 'notice-articles-encrypted.pdf', () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect(error).toMatchObject({ kind: 'encrypted', file: 'notice-articles-encrypted.pdf' });
    expect((error as Error).message).toBe('notice-articles-encrypted.pdf: the PDF is encrypted with a password; save an unprotected copy to read it');
    const wrong = await readPdf(data, 'notice-articles-encrypted.pdf', () => undefined, { password: 'nope' }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ kind: 'encrypted', detail: 'the PDF is encrypted and the password given does not open it' });
    const opened = await readPdf(data, 'notice-articles-encrypted.pdf', () => undefined, { password: 'gongbao' });
    const plain = await readPdf(new Uint8Array(readFileSync(fixture('notice-articles.pdf'))), 'notice-articles.pdf', () => undefined);
    expect(opened.source.children.map((l) => l.text)).toEqual(plain.source.children.map((l) => l.text));
  });

  it('names the file and says it is truncated, quickly', async () => {
    const t = performance.now();
    const error = await readPdf(new Uint8Array(readFileSync(fixture('notice-articles-truncated.pdf'))), 'notice-articles-truncated.pdf', () => undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'truncated', message: 'notice-articles-truncated.pdf: the PDF is truncated: it stops before its end (no %%EOF) and its structure cannot be read' });
    expect(performance.now() - t).toBeLessThan(10_000);
  });

  it('fails empty, zero-page and non-PDF input with a reason, and reads nothing from them', async () => {
    const zeroPages = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
    const cases: Array<[string, Uint8Array, string]> = [
      ['empty.pdf', new Uint8Array(0), 'empty.pdf: the file is empty (0 bytes)'],
      ['zero.pdf', new Uint8Array(Buffer.from(zeroPages)), 'zero.pdf: the PDF has no pages'],
      ['notes.pdf', new Uint8Array(Buffer.from('攸政办发〔2023〕1号\n')), 'notes.pdf: not a PDF: the file does not start with %PDF-'],
      ['junk.pdf', new Uint8Array(Buffer.from(`%PDF-1.7\n${'x'.repeat(4000)}\n%%EOF\n`)), 'junk.pdf: not a readable PDF (Invalid PDF structure): the file is corrupt, truncated or not a PDF'],
    ];
    for (const [file, data, message] of cases) {
      const error = await readPdf(data, file, () => undefined).catch((e: unknown) => e);
      expect(error, file).toBeInstanceOf(PdfError);
      expect((error as Error).message).toBe(message);
    }
  });

  it('reports each page of a scan as needing OCR and still returns the file', async () => {
    const r = await read('scan-image-only');
    expect(r.messages.list.map((m) => [m.severity, m.code, m.page, m.message])).toEqual([
      ['warning', 'pdf-needs-ocr', 1, 'page 1 has no text layer: needs OCR'],
      ['warning', 'pdf-needs-ocr', 2, 'page 2 has no text layer: needs OCR'],
    ]);
    expect(r.source.children).toEqual([]);
    expect(r.source.pages).toEqual([{ page: 1 }, { page: 2 }]);
  });
});
