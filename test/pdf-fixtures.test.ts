/** The committed test PDFs are the ones their truth files describe (regenerate both with test/fixtures/pdf/make). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('./fixtures/pdf/', import.meta.url);
const files = readdirSync(DIR);
const truths = files.filter((f) => f.endsWith('.truth.json'));

interface Truth {
  file: string;
  bytes: number;
  sha256: string;
  pages?: number;
  printedPages?: (number | null)[];
  nodes?: { id: string; type: string; start: { page: number; printed: number | null } | null }[];
  tables?: { id: string; rows: number }[];
  method?: { problems?: string[] };
}
const read = (f: string) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Truth;

describe('PDF fixtures', () => {
  it('every PDF has a truth file', () => {
    for (const pdf of files.filter((f) => f.endsWith('.pdf'))) expect(truths).toContain(pdf.replace(/\.pdf$/, '.truth.json'));
  });

  for (const t of truths) {
    it(`${t} describes the PDF beside it`, () => {
      const truth = read(t);
      const bytes = readFileSync(new URL(truth.file, DIR));
      expect(bytes.length).toBe(truth.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(truth.sha256);
      if (truth.printedPages) expect(truth.printedPages).toHaveLength(truth.pages!);
      expect(truth.method?.problems ?? []).toEqual([]);
      for (const n of truth.nodes ?? []) expect(n.start, n.id).not.toBeNull();
    });
  }

  it('the whole bulletin holds the 7 documents, 128 articles and 250 + 9 licensing rows', () => {
    const truth = read('youxian-2023-01.truth.json');
    const count = (type: string) => truth.nodes!.filter((n) => n.type === type).length;
    expect(count('document')).toBe(7);
    expect(count('article')).toBe(128);
    expect(truth.tables!.find((x) => x.id === 'yzbf-2023-7/tbl_1')!.rows).toBe(250);
    expect(truth.tables!.find((x) => x.id === 'yzbf-2023-7/tbl_2')!.rows).toBe(9);
  });
});
