/**
 * The round trip that matters: the seed bulletin as a PDF (test/fixtures/pdf/youxian-2023-01.pdf,
 * laid out by LibreOffice from the seed's tree), ingested here and run through the existing stages
 * as the build runs them (structure, then tables), gives the same tree as the text rendition
 * (corpus/youxian-2023-01.txt through the same stages and reconcile, which the fixture was made
 * from): the same 7 documents, 128 articles (21 + 35 + 31 + 41), outline headings, tables and the
 * licensing list's 250 + 9 rows, the same ids, labels and texts up to spacing; and every node on the
 * printed page the fixture's truth file gives (found by poppler, not pdfjs). Skips when the fixture
 * is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf, type PdfStats } from '../pipeline/ingest/pdf/index.ts';
import type { SourceText } from '../pipeline/ingest/source.ts';
import { structure } from '../pipeline/structure/index.ts';
import { normalizeTables } from '../pipeline/tables/index.ts';
import { reconcile } from '../pipeline/reconcile/index.ts';
import { Messages, formatMessage } from '../pipeline/messages.ts';
import type { BulletinNode, DocumentNode, TableNode, TreeNode } from '../schema/tree.ts';
import { readSeed } from './seed.ts';
import { link } from '../pipeline/link/index.ts';
import { BulletinNode as BulletinSchema } from '../schema/tree.ts';
import { diffTrees, firstDifference, nodes } from './pdf-compare.ts';

const PDF = new URL('./fixtures/pdf/youxian-2023-01.pdf', import.meta.url);
const TRUTH = new URL('./fixtures/pdf/youxian-2023-01.truth.json', import.meta.url);
const present = existsSync(PDF) && existsSync(TRUTH);

interface Where {
  page: number;
  printed: number | null;
}
interface Truth {
  printedPages: Array<number | null>;
  contents: Array<{ number: number; documentId: string; printedPage: number }>;
  nodes: Array<{ id: string; type: string; start: Where; end?: Where }>;
}

describe.skipIf(!present)('the seed bulletin as a PDF, through ingest, structure and tables', () => {
  let source: SourceText;
  let stats: PdfStats;
  let pdf: BulletinNode;
  let text: BulletinNode;
  let truth: Truth;
  const messages = new Messages();

  beforeAll(async () => {
    const read = await readPdf(new Uint8Array(readFileSync(PDF)), 'youxian-2023-01.pdf', messages.reporter('youxian-2023-01.pdf', 'ingest'));
    source = read.source;
    stats = read.stats;
    const renditions = structure(source, 'youxian-2023-01', messages.reporter('youxian-2023-01.pdf', 'structure'));
    expect(renditions).toHaveLength(1);
    pdf = normalizeTables(renditions[0]!, messages.reporter('youxian-2023-01.pdf', 'tables'));
    // The text rendition as the build reads it: each rendition structured and its tables normalised, then reconciled.
    const seed = readSeed();
    const m = new Messages();
    text = reconcile(
      seed.renditions.map((r) => normalizeTables(r, m.reporter('youxian-2023-01.txt', 'tables'))),
      m.reporter('youxian-2023-01.txt', 'reconcile'),
    );
    truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth;
    const ms = (v: number) => `${Math.round(v)} ms`;
    console.log(
      `youxian-2023-01.pdf: ${stats.pages} pages in ${ms(stats.ms.total)} (${((1000 * stats.pages) / stats.ms.total).toFixed(1)} pages/s): ` +
        `open ${ms(stats.ms.open)}, getTextContent ${ms(stats.ms.textContent)}, getOperatorList ${ms(stats.ms.operatorList)}, ` +
        `the rest ${ms(stats.ms.total - stats.ms.open - stats.ms.textContent - stats.ms.operatorList)}; ${source.children.length} lines, ${stats.rows} rows`,
    );
  });

  const all = (root: BulletinNode, type: string) => [...nodes(root)].filter((n) => n.type === type);
  const ids = (root: BulletinNode, type: string) => all(root, type).map((n) => n.id);

  it('gives the same 7 documents with the same 文号, titles, 主送, 署名, dates and 附件 lists', () => {
    expect(pdf.children.map((d) => d.id)).toEqual(['yzbf-2023-1', 'yzbf-2023-2', 'yzbf-2023-4', 'yzbf-2023-6', 'yzbf-2023-7', 'yzbf-2023-8', 'yzbf-2023-9']);
    const fields = (d: DocumentNode) => ({
      docNumber: d.docNumber,
      title: d.title,
      addressees: d.addressees,
      issuer: d.issuer,
      date: d.date,
      attachments: d.attachments,
      registrationNumber: d.registrationNumber,
      printedBy: d.printedBy,
    });
    expect(pdf.children.map(fields)).toEqual(text.children.map(fields));
  });

  it('reads the cover and the 目录, with the pages the PDF prints', () => {
    expect([pdf.title, pdf.issuer, pdf.year, pdf.issue]).toEqual([text.title, text.issuer, text.year, text.issue]);
    expect(pdf.contents.map((c) => [c.number, c.documentId])).toEqual(text.contents.map((c) => [c.number, c.documentId]));
    expect(pdf.contents.map((c) => c.page)).toEqual(truth.contents.map((c) => c.printedPage));
  });

  it('gives the same 128 articles (21 + 35 + 31 + 41), chapters, items and outline headings', () => {
    expect(ids(pdf, 'article')).toEqual(ids(text, 'article'));
    const perInstrument = new Map<string, number>();
    for (const id of ids(pdf, 'article')) {
      const scope = id.replace(/\/(?:chp_\d+\/)?(?:sec_\d+\/)?art_.*$/, '');
      perInstrument.set(scope, (perInstrument.get(scope) ?? 0) + 1);
    }
    expect([...perInstrument.values()]).toEqual([21, 35, 31, 41]);
    for (const type of ['instrument', 'attachment', 'chapter', 'item', 'subitem', 'heading']) expect(ids(pdf, type), type).toEqual(ids(text, type));
    expect(all(pdf, 'heading')).toHaveLength(270);
  });

  it('gives the same tables: the licensing list as 250 + 9 rows numbered 1–250 and 1–9, the task lists row for row', () => {
    const tables = all(pdf, 'table') as TableNode[];
    expect(tables.map((t) => t.id)).toEqual(ids(text, 'table'));
    const licensing = ['yzbf-2023-7/tbl_1', 'yzbf-2023-7/tbl_2'].map((id) => tables.find((t) => t.id === id)!);
    expect(licensing.map((t) => t.children.map((r) => r.serial))).toEqual([Array.from({ length: 250 }, (_, i) => i + 1), Array.from({ length: 9 }, (_, i) => i + 1)]);
    expect(tables.map((t) => t.columns!.map((c) => c.key))).toEqual((all(text, 'table') as TableNode[]).map((t) => t.columns!.map((c) => c.key)));
    expect(ids(pdf, 'row')).toEqual(ids(text, 'row'));
  });

  it('has no node the text rendition lacks, or the reverse, and no label, title, text or cell that differs but for spacing', () => {
    const diff = diffTrees(text, pdf);
    expect(diff.onlyFirst).toEqual([]);
    expect(diff.onlySecond).toEqual([]);
    expect(diff.changed.map((c) => `${c.id} ${firstDifference(c.first, c.second)}`)).toEqual([]);
  });

  it('puts every node on the printed page where the truth file found it', () => {
    const byLine = new Map(source.children.map((l) => [l.position.line, l]));
    const ours = new Map<string, TreeNode>([...nodes(pdf)].map((n) => [n.id, n]));
    const wrong: string[] = [];
    for (const t of truth.nodes) {
      const n = ours.get(t.id) as (TreeNode & { position: { line: number; endLine?: number } }) | undefined;
      if (!n) {
        wrong.push(`${t.id}: not in the tree`);
        continue;
      }
      const first = byLine.get(n.position.line)!;
      const from = first.position.printedPage;
      const to = first.position.endPrintedPage ?? from;
      if (t.start.printed !== null && (from === undefined || t.start.printed < from || t.start.printed > to!)) {
        wrong.push(`${t.id} starts on printed page ${t.start.printed}; line ${first.position.line} is on ${from}–${to}`);
      }
      if (t.type === 'row' && t.end) {
        const last = byLine.get(n.position.endLine ?? n.position.line)!;
        const end = last.position.endPrintedPage ?? last.position.printedPage;
        if (end !== t.end.printed) wrong.push(`${t.id} ends on printed page ${t.end.printed}; line ${last.position.line} ends on ${end}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(source.pages!.map((p) => p.printedPage ?? null)).toEqual(truth.printedPages);
  });

  it('reports nothing the text rendition does not (the seed\'s own slips aside), and no OCR', () => {
    const ingest = messages.list.filter((m) => m.stage === 'ingest');
    expect(ingest.map(formatMessage)).toEqual([]);
    expect(stats.scannedPages).toEqual([]);
    const codes = (list: typeof messages.list) => [...new Set(list.filter((m) => m.severity !== 'info').map((m) => m.code))].sort();
    const seed = readSeed();
    const m = new Messages();
    seed.renditions.forEach((r) => normalizeTables(r, m.reporter('youxian-2023-01.txt', 'tables')));
    const textCodes = codes([...seed.messages, ...m.list]);
    expect(codes(messages.list).filter((c) => !textCodes.includes(c))).toEqual([]);
  });

  it('gives a tree the schema accepts, with the same references found and resolved to the same targets', () => {
    expect(BulletinSchema.safeParse(pdf).success).toBe(true);
    const refs = (tree: BulletinNode) => {
      const byNode = new Map<string, string[]>();
      for (const r of link([structuredClone(tree)], () => () => undefined, { asOf: '2024-06-30' }).links.get(tree.id)!.references) {
        const list = byNode.get(r.from) ?? [];
        list.push(`${r.field} ${r.surface.replace(/\s+/g, '')} ${r.kind} ${r.resolved} ${JSON.stringify(r.target)}`);
        byNode.set(r.from, list);
      }
      return byNode;
    };
    const ours = refs(pdf);
    const theirs = refs(text);
    expect([...ours.values()].flat().length).toBe([...theirs.values()].flat().length);
    const differ = [...new Set([...ours.keys(), ...theirs.keys()])].filter((id) => JSON.stringify(ours.get(id)) !== JSON.stringify(theirs.get(id)));
    // The one known gap, outside ingest: the PDF row's cells carry their paragraphs as '\n' (SourceCell.text), but the
    // tables stage splits a cell into paragraphs only at <p> markup and closes the '\n' up, so the 权责清单's long 设定依据
    // and 责任事项依据 cells run their quoted articles together and 前款 resolves to another paragraph (or none).
    expect(differ).toEqual(['yzbf-2023-9/att_1/tbl_1/row_1']);
  });
});
