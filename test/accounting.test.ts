/**
 * No text lost or doubled: the first rendition's non-blank lines, read in order, must equal the output
 * read in order (comparing Han characters, letters and digits only, so rejoined page breaks, removed
 * markup and punctuation normalisation do not count). Where the output kept the other rendition's
 * reading, the first rendition's reading is the node's variant.
 */
import { describe, expect, it } from 'vitest';
import diff from 'fast-diff';
import { readSeed, seedText, walk } from './seed.ts';
import { childrenOf } from '../pipeline/walk.ts';
import { titleKey } from '../core/chinese/width.ts';
import type { BulletinNode, DocumentNode, TreeNode } from '../schema/tree.ts';

const { merged, renditions } = readSeed();
const firstEnd = renditions[1]!.position.line - 1;

/** The first rendition's reading of a node's field. */
function reading(node: TreeNode, value: string | undefined): string {
  const variants = ('variants' in node ? node.variants : undefined) ?? [];
  const own = variants.find((v) => v.line <= firstEnd);
  return own && value !== undefined ? own.text : value ?? '';
}

function serialize(node: TreeNode, out: string[]): void {
  const n = node as TreeNode & { label?: string; title?: string; text?: string };
  switch (node.type) {
    case 'row':
      out.push(reading(node, node.cells.join('')));
      return;
    case 'table':
      out.push(node.caption ?? '');
      break;
    case 'chapter':
    case 'section':
      out.push(n.label!, reading(node, n.title));
      break;
    case 'instrument':
      out.push(reading(node, n.title));
      break;
    case 'attachment':
      out.push(n.label!, reading(node, n.title));
      break;
    case 'paragraph':
      out.push(reading(node, n.text));
      break;
    default:
      out.push(n.label ?? '', reading(node, n.text));
  }
  for (const c of childrenOf(node)) serialize(c, out);
}

function serializeDocument(d: DocumentNode, out: string[]): void {
  out.push(d.registrationNumberPrinted ?? '', d.docNumberPrinted, reading(d, d.title), d.addressees.join(''));
  const notice = d.children.filter((c) => c.id.includes('/notice/'));
  for (const p of notice) serialize(p, out);
  out.push(d.issuer, d.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'));
  for (const c of d.children.filter((c) => c.type === 'instrument')) serialize(c, out);
  if (d.attachments.length) out.push('附件', ...d.attachments.map((a) => `${a.number}${a.title}`));
  for (const c of d.children.filter((c) => c.type === 'attachment')) serialize(c, out);
  if (d.printedBy) out.push(d.printedBy.issuer, d.printedBy.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日印发'));
}

function serializeBulletin(b: BulletinNode): string {
  const out = [b.title, b.issuer, `${b.year}年第${b.issue}期`, '目录', ...b.contents.map((c) => `${c.number}${c.title}${c.page}`)];
  for (const d of b.children) serializeDocument(d, out);
  return out.map(titleKey).join('');
}

describe('text accounting on the whole seed', () => {
  it('has every non-blank line of the first rendition in the output exactly once, in order', () => {
    const source = seedText
      .split('\n')
      .slice(0, firstEnd)
      .filter((l) => l.trim() !== '')
      .map((l) => titleKey(l.replace(/\*\*/g, '')))
      .join('');
    const output = serializeBulletin(merged);
    const differences = diff(source, output).filter(([op]) => op !== 0);
    expect(differences).toEqual([]);
    expect(output.length).toBe(source.length);
  });

  it('adds no node from the second rendition', () => {
    expect([...walk(merged)].length).toBe([...walk(renditions[0]!)].length);
    expect(merged.children).toHaveLength(renditions[0]!.children.length);
  });
});
