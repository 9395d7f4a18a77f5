/** What article-form and outline-form bodies share: tables, captions, bold run-in headings, form detection. */
import type { Block, TableBlock, TextBlock } from './blocks.ts';
import type { ParagraphNode, TableNode } from '../../schema/tree.ts';
import { COUNT_ALONE, outlineLabel, structureLabel } from '../../core/chinese/labels.ts';


/** Statute form (章/条) when articles carry the text; otherwise an outline (一、/（一）/1.). */
export function bodyForm(blocks: Block[]): 'articles' | 'outline' {
  const articles = blocks.filter((b) => b.kind === 'text' && structureLabel(b.text)?.unit === '条').length;
  return articles >= 3 ? 'articles' : 'outline';
}

/** A short line right before a table that names it (…重点工作任务清单). */
export function isCaption(block: Block | undefined, next: Block | undefined): boolean {
  return (
    block?.kind === 'text' &&
    next?.kind === 'table' &&
    block.text.length <= 60 &&
    !COUNT_ALONE.test(block.text.replace(/\s+/gu, '')) &&
    !/[。；，：:]$/.test(block.text) &&
    structureLabel(block.text) === undefined &&
    outlineLabel(block.text) === undefined
  );
}

/** A raw table: one row per printed line, cells as printed; the tables stage normalises it. */
export function tableNode(block: TableBlock, id: string, number: number, caption?: TextBlock): TableNode {
  const table: TableNode = {
    id,
    type: 'table',
    number,
    position: { line: caption?.line ?? block.line, endLine: block.endLine },
    children: block.rows.map((row, i) => ({
      id: `${id}/row_${i + 1}`,
      type: 'row' as const,
      cells: row.text.split('\t'),
      text: row.text,
      position: { line: row.position.line, endLine: row.position.line },
      ...(row.wrapped ? { wrapped: row.wrapped } : {}),
    })),
  };
  if (caption) table.caption = caption.text;
  return table;
}

/**
 * Splits a paragraph at bold run-in headings (**防范化解政府债务风险。**健全…): each passage keeps its
 * bold opening as its title. Bold in mid-sentence (…的**主要任务**：) is emphasis, not a heading.
 */
export function runInPassages(block: TextBlock): Array<{ text: string; title?: string }> {
  const cuts = block.bold.filter(([s, e]) => {
    const before = block.text.slice(0, s);
    const title = block.text.slice(s, e);
    return (s === 0 || /[。；！？]$/.test(before)) && /[。！？]$|^.{2,30}$/.test(title) && !(s === 0 && e === block.text.length);
  });
  if (cuts.length === 0) return [{ text: block.text }];
  const passages: Array<{ text: string; title?: string }> = [];
  if (cuts[0]![0] > 0) passages.push({ text: block.text.slice(0, cuts[0]![0]) });
  cuts.forEach(([s, e], i) => {
    const end = cuts[i + 1]?.[0] ?? block.text.length;
    passages.push({ text: block.text.slice(s, end), title: block.text.slice(s, e).replace(/[。！？]$/, '') });
  });
  return passages;
}

export function paragraphNodes(block: TextBlock, scope: string, next: () => number): ParagraphNode[] {
  return runInPassages(block).map((p) => {
    const node: ParagraphNode = {
      id: `${scope}/para_${next()}`,
      type: 'paragraph',
      text: p.text,
      position: { line: block.line, endLine: block.endLine },
    };
    if (p.title) node.title = p.title;
    return node;
  });
}
