/**
 * The synthetic archive (pipeline/bench/archive/generate.ts): the same seed gives the same bytes and
 * bulletin k does not depend on the archive's size; ids and 文号 are unique across the archive; every
 * document keeps the seed's structure line for line (labels, article numbers, table columns); the
 * vocabulary grows with the archive; and a small archive goes through the real build (the CLI)
 * without an error, each bulletin with the documents it was generated with and each document with
 * the seed's chapters, articles, items, headings, attachments, tables and rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachmentLabel, outlineLabel, structureLabel } from '../core/chinese/labels.ts';
import { DEFAULT_SEED, generateArchive, generateBulletin, SEED_FILE, writeArchive, type GeneratedBulletin } from '../pipeline/bench/archive/generate.ts';
import { readSeed } from '../pipeline/bench/archive/seed.ts';

const root = join(import.meta.dirname, '..');
const seedText = readFileSync(SEED_FILE, 'utf8');
const seed = readSeed(seedText);

function hanBigrams(texts: string[]): Set<string> {
  const out = new Set<string>();
  const han = /\p{Script=Han}/u;
  for (const text of texts) {
    let prev = '';
    for (const c of text) {
      if (han.test(c)) {
        if (prev) out.add(prev + c);
        prev = c;
      } else prev = '';
    }
  }
  return out;
}

/** What the parser reads from a line: its label (kind, number), whether it is blank, its columns. */
function shape(line: string): string {
  const t = line.trim().replace(/^[-*]\s+/, '');
  if (t === '') return 'blank';
  const s = structureLabel(t);
  const o = outlineLabel(t);
  const a = attachmentLabel(t);
  return [s ? `${s.unit}${s.number}` : '', o ? `o${o.level}.${o.number}` : '', a !== undefined ? `att${a}` : '', `tabs${line.split('\t').length - 1}`].join('|');
}

let archive: GeneratedBulletin[];

beforeAll(() => {
  archive = generateArchive({ bulletins: 60 });
});

describe('archive generator', () => {
  it('gives the same bytes for the same seed, other bytes for another, and bulletin k whatever the size', () => {
    const again = generateArchive({ bulletins: 60 });
    expect(again.map((b) => b.text)).toEqual(archive.map((b) => b.text));
    const other = generateArchive({ bulletins: 3, seed: DEFAULT_SEED + 1 });
    expect(other[1]!.text).not.toBe(archive[1]!.text);
    expect(generateBulletin(37).text).toBe(archive[37]!.text);
    expect(generateArchive({ bulletins: 5 }).map((b) => b.text)).toEqual(archive.slice(0, 5).map((b) => b.text));
  });

  it('starts with the seed itself and goes back one monthly issue per bulletin', () => {
    expect(archive[0]!.text).toBe(`${seedText.split('\n').slice(0, seedText.split('\n').findIndex((l, i) => i > 5 && l.trim() === seed.title)).join('\n').trimEnd()}\n`);
    expect(archive[0]!.id).toBe('youxian-2023-01');
    expect(archive.slice(1, 14).map((b) => `${b.year}-${b.issue}`)).toEqual([
      '2022-12', '2022-11', '2022-10', '2022-9', '2022-8', '2022-7', '2022-6', '2022-5', '2022-4', '2022-3', '2022-2', '2022-1', '2021-12',
    ]);
    for (const b of archive) expect(b.text).toMatch(new RegExp(`^\\s*攸县人民政府公报\\s+攸县人民政府办公室\\s+${b.year} 年第 ${b.issue} 期\\s+目 录`));
  });

  it('gives every bulletin, document and 文号 its own id, printed where the build reads it', () => {
    const names = archive.map((b) => b.name);
    expect(new Set(names).size).toBe(names.length);
    const docs = archive.flatMap((b) => b.documents.map((d) => ({ ...d, bulletin: b })));
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect(new Set(docs.map((d) => d.docNumber)).size).toBe(docs.length);
    for (const d of docs) {
      const lines = d.bulletin.text.split('\n');
      expect(lines[d.line - 1]!.trim(), d.docNumber).toBe(d.docNumber);
      expect(d.docNumber).toContain(`〔${d.bulletin.year}〕`);
      expect(d.date.slice(0, 4)).toBe(String(d.bulletin.year));
    }
    // Titles: one per document within an issue, and across the archive mostly new.
    for (const b of archive) expect(new Set(b.documents.map((d) => d.title)).size).toBe(b.documents.length);
    expect(new Set(docs.map((d) => d.title)).size).toBeGreaterThan(docs.length * 0.85);
  });

  it('varies what each issue prints: dropped and repeated documents, 任免 notices, sizes', () => {
    const counts = archive.map((b) => b.documents.filter((d) => d.template !== 'appointment').length);
    expect(Math.min(...counts)).toBeLessThan(7);
    expect(Math.max(...counts)).toBeGreaterThan(7);
    expect(archive.filter((b) => b.documents.some((d) => d.template === 'appointment')).length).toBeGreaterThan(20);
    const sizes = archive.map((b) => b.text.length);
    expect(Math.max(...sizes) / Math.min(...sizes)).toBeGreaterThan(1.5);
    expect(new Set(archive.slice(1).map((b) => b.rendition))).toEqual(new Set([0, 1]));
  });

  it('keeps the structure of every seed document line for line: labels, numbers, blank lines, table columns', () => {
    let compared = 0;
    for (const b of archive.slice(1)) {
      const lines = b.text.split('\n');
      for (const d of b.documents) {
        if (d.template === 'appointment') continue;
        const template = seed.renditions[b.rendition]!.documents.find((t) => t.serial === d.template)!;
        // The body starts at the 主送机关 line, the first line after the title ending in ：.
        let at = d.line;
        while (!/[：:]$/.test(lines[at]!.trim())) at++;
        const body = lines.slice(at, at + template.body.length);
        expect(body.map(shape), `${b.name} ${d.docNumber}`).toEqual(template.body.map(shape));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('grows the vocabulary like an archive: many new bigrams per issue, fewer as it grows', () => {
    const one = hanBigrams([archive[0]!.text]).size;
    const ten = hanBigrams(archive.slice(0, 10).map((b) => b.text)).size;
    const fifty = hanBigrams(archive.slice(0, 50).map((b) => b.text)).size;
    // Measured with the default seed: 16.9k distinct Han bigrams for the seed, 30k for 10
    // bulletins, 65k for 50 (3.8×); a real archive's grow at least as fast (the seed's own
    // Heaps exponent is about 0.65), substitution lists alone gave 1.2×.
    expect(fifty / one).toBeGreaterThan(3);
    // Sublinear: the next 40 bulletins add less per bulletin than the first 10.
    expect((fifty - ten) / 40).toBeLessThan((ten - one) / 9);
  });
});

describe('a generated archive through the real build', () => {
  let dir: string;
  let built: GeneratedBulletin[];
  let run: ReturnType<typeof spawnSync>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gongbao-archive-'));
    const corpus = join(dir, 'corpus');
    built = (await writeArchive({ bulletins: 3, out: corpus })).bulletins;
    expect(await readdir(corpus)).toHaveLength(3);
    run = spawnSync(process.execPath, [join(root, 'bin', 'gongbao.mjs'), 'build', '--corpus', corpus, '--out', join(dir, 'dist')], { cwd: root, encoding: 'utf8' });
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('builds without an error, every bulletin with its documents and the seed\'s structure', async () => {
    expect(run.status, String(run.stderr)).toBe(0);
    expect(String(run.stderr)).not.toMatch(/\berror\b/);
    expect(String(run.stdout)).toContain('built 3 bulletin(s)');
    const count = (node: { type: string; children?: unknown[] }, acc: Record<string, number> = {}) => {
      if (node.type !== 'paragraph') acc[node.type] = (acc[node.type] ?? 0) + 1;
      for (const c of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) count(c, acc);
      return acc;
    };
    const files = await Promise.all(built.map(async (b) => JSON.parse(await readFile(join(dir, 'dist', 'data', `${b.id}.json`), 'utf8'))));
    const seedShapes = new Map<number, Record<string, number>>();
    for (const [i, b] of built.entries()) {
      const tree = files[i].bulletin;
      expect(tree.year).toBe(b.year);
      expect(tree.issue).toBe(b.issue);
      expect(tree.children.map((d: { id: string }) => d.id)).toEqual(b.documents.map((d) => d.id));
      expect(tree.contents.map((c: { documentId: string | null }) => c.documentId)).toEqual(b.documents.map((d) => d.id));
      b.documents.forEach((d, j) => {
        if (d.template === 'appointment') return;
        const shape = count(tree.children[j]);
        if (i === 0) seedShapes.set(d.template, shape);
        else expect(shape, `${b.name} ${d.docNumber} (from 攸政办发〔2023〕${d.template}号)`).toEqual(seedShapes.get(d.template));
      });
    }
    expect(seedShapes.size).toBe(7);
    const shapes = [...seedShapes.values()];
    for (const type of ['instrument', 'article', 'table', 'row', 'attachment', 'heading']) expect(shapes.some((s) => (s[type] ?? 0) > 0), type).toBe(true);
  });
});
