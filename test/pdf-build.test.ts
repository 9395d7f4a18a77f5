/**
 * A corpus of PDFs through `gongbao build` as the office runs it (issue 9): the seed bulletin as a
 * PDF (test/fixtures/pdf/youxian-2023-01.pdf) builds into the same documents as its text rendition,
 * every node carries the printed page it starts on (the fixture's truth file, found by poppler), the
 * site's pages and `gongbao outline` cite that page, and a PDF that cannot be read is named with its
 * reason while the others build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gongbao } from './cli.ts';
import type { BulletinFile } from '../schema/output.ts';
import { walk } from '../pipeline/walk.ts';
import { removeOutput } from '../pipeline/output.ts';

const PDF = join(import.meta.dirname, 'fixtures', 'pdf', 'youxian-2023-01.pdf');
const TRUTH = join(import.meta.dirname, 'fixtures', 'pdf', 'youxian-2023-01.truth.json');
const present = existsSync(PDF) && existsSync(TRUTH);

interface Truth {
  nodes: Array<{ id: string; type: string; start: { page: number; printed: number | null } }>;
}

describe.skipIf(!present)('a corpus of PDFs through gongbao build', () => {
  let dir: string;
  let file: BulletinFile;
  let stderr: string;
  let status: number | null;
  const out = () => join(dir, 'out');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gongbao-pdf-build-'));
    mkdirSync(join(dir, 'corpus'));
    copyFileSync(PDF, join(dir, 'corpus', 'youxian-2023-01.pdf'));
    // A PDF cut in half, and a file named .pdf that is not one.
    const bytes = readFileSync(PDF);
    writeFileSync(join(dir, 'corpus', 'cut.pdf'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    writeFileSync(join(dir, 'corpus', 'notes.pdf'), '这不是PDF，是一段文字。');
    const run = await gongbao(['build', '--corpus', join(dir, 'corpus'), '--out', out()]);
    stderr = run.stderr;
    status = run.code;
    file = JSON.parse(readFileSync(join(out(), 'data', 'youxian-2023-01.json'), 'utf8')) as BulletinFile;
  }, 300_000);
  afterAll(async () => {
    await removeOutput(out());
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds the bulletin and names the PDFs it could not read', () => {
    // Published with errors: the two bad files are left out.
    expect(status, stderr).toBe(3);
    expect(stderr).toMatch(/notes\.pdf: error: .*not a PDF/);
    expect(stderr).toMatch(/cut\.pdf: error: /);
    expect(stderr).toMatch(/left out with errors: .*cut\.pdf/);
    expect(file.bulletin.children.map((d) => d.docNumber)).toEqual([
      '攸政办发〔2023〕1号',
      '攸政办发〔2023〕2号',
      '攸政办发〔2023〕4号',
      '攸政办发〔2023〕6号',
      '攸政办发〔2023〕7号',
      '攸政办发〔2023〕8号',
      '攸政办发〔2023〕9号',
    ]);
  });

  it('puts every node on the printed page the PDF shows it on', () => {
    const truth = JSON.parse(readFileSync(TRUTH, 'utf8')) as Truth;
    const nodes = new Map([...walk(file.bulletin)].map((n) => [n.id, n]));
    let compared = 0;
    let same = 0;
    for (const t of truth.nodes) {
      const node = nodes.get(t.id);
      if (!node || t.start.printed === null) continue;
      compared++;
      if (node.position.printedPage === t.start.printed) same++;
    }
    expect(compared).toBeGreaterThan(500);
    expect(same / compared).toBeGreaterThan(0.99);
    const art14 = nodes.get('yzbf-2023-1/art_14')!;
    expect(art14.position).toMatchObject({ page: 7, printedPage: 5 });
    expect(nodes.get('yzbf-2023-1')!.position).toMatchObject({ page: 3, printedPage: 1 });
    // Paragraphs and rows that run over a page break say where they end.
    const spanning = [...nodes.values()].filter((n) => n.position.endPrintedPage !== undefined);
    expect(spanning.length).toBeGreaterThan(10);
    expect(spanning.every((n) => n.position.endPrintedPage! > n.position.printedPage!)).toBe(true);
  });

  it('cites the printed page of the node itself on the site and in gongbao outline', async () => {
    const page = readFileSync(join(out(), 'site', 'doc', 'yzbf-2023-1.html'), 'utf8');
    expect(page).toMatch(/id="yzbf-2023-1\/art_14" data-cite="[^"]*第十四条" data-p="5"/);
    const outline = await gongbao(['outline', '攸政办发〔2023〕1号', '--out', out()]);
    expect(outline.code, outline.stderr).toBe(0);
    expect(outline.stdout).toMatch(/第十四条.* p\. 5\b/);
  });
});
