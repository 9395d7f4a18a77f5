/**
 * The tables stage on the whole seed, both renditions, as the build runs it: structure → tables.
 * What the issue asks to see: the licensing list's 250 + 9 rows, filled categories and 牵头单位,
 * the 消防 权责清单 as one row, and no cell text lost or doubled against the raw lines.
 */
import { describe, expect, it } from 'vitest';
import { readSeed, seedText, walk } from './seed.ts';
import type { TableNode, TreeNode } from '../schema/tree.ts';
import { BulletinNode } from '../schema/tree.ts';
import { Messages } from '../pipeline/messages.ts';
import { normalizeTables } from '../pipeline/tables/index.ts';
import { cellParagraphs } from '../pipeline/tables/cell.ts';
import { cellSources } from '../pipeline/tables/provenance.ts';
import { normalizeText } from '../core/chinese/width.ts';

const LINES = seedText.split('\n');
const { renditions } = readSeed();

function tables(node: TreeNode): TableNode[] {
  return [...walk(node)].filter((n): n is TableNode => n.type === 'table');
}

const raw = renditions.map((r) => tables(r));
const runs = renditions.map((r) => {
  const messages = new Messages();
  const bulletin = normalizeTables(r, messages.reporter('youxian-2023-01.txt', 'tables'));
  return { bulletin, messages: messages.list, tables: tables(bulletin) };
});

function table(rendition: number, id: string): TableNode {
  const found = runs[rendition]!.tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

function column(t: TableNode, key: string): number {
  const j = t.columns!.findIndex((c) => c.key === key);
  if (j < 0) throw new Error(`no column ${key} in ${t.id}: ${t.columns!.map((c) => c.key).join(' ')}`);
  return j;
}

const TASK_LISTS = ['att_1', 'att_2', 'att_3', 'att_4', 'att_5', 'att_6'].map((a) => `yzbf-2023-2/${a}/tbl_1`);

describe.each([0, 1])('rendition %i', (k) => {
  it('leaves the tree valid against the schema and keeps its raw tables untouched', () => {
    expect(BulletinNode.safeParse(runs[k]!.bulletin).success).toBe(true);
    expect(raw[k]!.every((t) => t.columns === undefined)).toBe(true);
    expect(runs[k]!.tables).toHaveLength(10);
  });

  it('reads the licensing list as 250 + 9 rows numbered 1–250 and 1–9, as its headings state', () => {
    const first = table(k, 'yzbf-2023-7/tbl_1');
    const second = table(k, 'yzbf-2023-7/tbl_2');
    expect(first.children.map((r) => r.serial)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(second.children.map((r) => r.serial)).toEqual(Array.from({ length: 9 }, (_, i) => i + 1));
    expect([first.statedCount, second.statedCount]).toEqual([250, 9]);
    expect(first.children[10]!.id).toBe('yzbf-2023-7/tbl_1/row_11');
    expect(first.children[10]!.citation).toBe('《攸县行政许可事项清单（2023年版）》一、序号11');
    expect(first.children[10]!.record!['事项名称']).toBe('校车使用许可');
    const complaints = runs[k]!.messages.filter((m) => m.code.startsWith('table-') && m.message.startsWith('yzbf-2023-7/') && m.severity === 'warning');
    expect(complaints).toEqual([]);
  });

  it('fills every task-list row with its category and 牵头单位, marking carried cells as merged', () => {
    let filled = 0;
    for (const id of TASK_LISTS) {
      const t = table(k, id);
      const category = t.columns!.findIndex((c) => c.kind === 'category');
      const lead = column(t, '牵头单位');
      for (const r of t.children) {
        expect(r.cells[category], `${r.id} category`).not.toBe('');
        expect(r.cells[lead], `${r.id} 牵头单位`).not.toBe('');
        const detail = r.details?.[t.columns![category]!.key];
        if (cellSources(r, t.columns!, category).length === 0) {
          expect(detail?.merged).toBe('filled');
          expect(detail?.filledFrom).toMatch(new RegExp(`^${id}/row_`));
          filled++;
        }
      }
    }
    expect(filled).toBeGreaterThan(100);
    const fire = table(k, 'yzbf-2023-9/att_2/tbl_1');
    expect(fire.children.every((r) => r.cells[0] !== '')).toBe(true);
  });

  it('gives every row an id of its own', () => {
    const ids = runs[k]!.tables.flatMap((t) => t.children.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(250 + 9 + 27 + 9 + 31 + 41 + 34 + 31 + 1 + 21);
  });

  it('reads the 消防 权责清单 as one logical row', () => {
    const t = table(k, 'yzbf-2023-9/att_1/tbl_1');
    expect(t.children).toHaveLength(1);
    expect(t.children[0]!.lines).toHaveLength(3);
  });

  it('loses and doubles no cell text: every printed cell is found once, whole, in the normalised rows', () => {
    for (const rawTable of raw[k]!) {
      const t = runs[k]!.tables.find((x) => x.id === rawTable.id)!;
      const headerLines = new Set(t.headerLines);
      // Printed pieces (line, cell) → the text pieces the normalised rows hold for it.
      const held = new Map<string, string[]>();
      for (const r of t.children) {
        r.cells.forEach((text, j) => {
          const detail = r.details?.[t.columns![j]!.key];
          const sources = cellSources(r, t.columns!, j);
          for (const s of sources) held.set(`${s.line}:${s.cell}`, [...(held.get(`${s.line}:${s.cell}`) ?? []), s.text]);
          // Nothing in a cell that was not printed (or carried down from the row above).
          if (detail?.merged !== 'filled') for (const p of text ? text.split('\n') : []) expect(sources.some((s) => s.text === p), `${r.id} col ${j}`).toBe(true);
          if (detail?.merged === 'filled') expect(sources).toEqual([]);
        });
        expect(r.text).toBe(r.cells.join('\t'));
      }
      let pieces = 0;
      for (const rawRow of rawTable.children) {
        const line = rawRow.position.line;
        expect(rawRow.text).toBe(LINES[line - 1]);
        if (headerLines.has(line)) continue;
        rawRow.cells.forEach((printed, i) => {
          const expected = cellParagraphs(printed).join('\n');
          const got = (held.get(`${line}:${i}`) ?? []).join('\n');
          expect(got, `${rawTable.id} line ${line} cell ${i}`).toBe(expected);
          if (expected) pieces++;
          held.delete(`${line}:${i}`);
        });
      }
      expect(held.size, `${rawTable.id}: pieces from nowhere`).toBe(0);
      // Only spaces and markup differ between the printed line and the cells.
      const printedChars = rawTable.children
        .filter((r) => !headerLines.has(r.position.line))
        .map((r) => r.text.replace(/<\/?p>|\s/g, ''))
        .join('');
      const sourceChars = t.children.flatMap((r) => r.cells.flatMap((_, j) => cellSources(r, t.columns!, j).map((s) => s.text.replace(/\s/g, '')))).join('');
      expect(sourceChars.length).toBe(printedChars.length);
      expect(pieces).toBeGreaterThan(0);
    }
  });
});

describe('the two renditions', () => {
  it('give every table the same row ids, so reconcile can match them row by row', () => {
    for (const t of runs[0]!.tables) {
      const other = table(1, t.id);
      expect(other.children.map((r) => r.id)).toEqual(t.children.map((r) => r.id));
      expect(other.columns!.map((c) => c.key)).toEqual(t.columns!.map((c) => c.key));
    }
  });
  it('agree cell by cell except for a handful of real misreadings', () => {
    let same = 0;
    let differ = 0;
    for (const t of runs[0]!.tables) {
      const other = table(1, t.id);
      t.children.forEach((r, i) => {
        r.cells.forEach((c, j) => {
          if (normalizeText(c).replace(/\s/g, '') === normalizeText(other.children[i]!.cells[j]!).replace(/\s/g, '')) same++;
          else differ++;
        });
      });
    }
    expect(same).toBeGreaterThan(2500);
    expect(differ).toBeLessThan(20);
  });
});
