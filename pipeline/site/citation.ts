/**
 * Citations on the document page. Every node that is a search unit is cited exactly as its
 * search result is (pipeline/index/units.ts builds both), so the copied citation and the result
 * list never disagree. Nodes that are not units (instruments, chapters, sections, tables) are
 * cited here, by the same conventions: 《title》（文号） then the path inside it.
 */
import type { BulletinFile } from '../../schema/output.ts';
import type { DocumentNode, InstrumentNode } from '../../schema/tree.ts';
import { toNumeral } from '../../core/chinese/numerals.ts';
import { unitsFromFiles } from '../index/units.ts';
import { quoteTitle } from '../../core/chinese/quote.ts';

/** Node id → citation, for every search unit of the corpus. */
export function unitCitations(files: BulletinFile[]): Map<string, string> {
  return new Map(unitsFromFiles(files).map((u) => [u.id, u.citation]));
}


export function documentCitation(doc: DocumentNode): string {
  return doc.docNumber ? `${quoteTitle(doc.title)}（${doc.docNumber}）` : quoteTitle(doc.title);
}

export function instrumentCitation(doc: DocumentNode, instrument: InstrumentNode): string {
  const title = quoteTitle(instrument.title || doc.title);
  return doc.docNumber ? `${title}（${doc.docNumber}）` : title;
}

/** 第一章, 第二节: only when the chapter itself is cited; articles never name it. */
export function chapterCitation(parent: string, number: number, label: string, unit: '章' | '节'): string {
  return parent + (number > 0 ? `第${toNumeral(number)}${unit}` : label.replace(/\s+/g, ''));
}

/** A table is named by its number only where its parent holds more than one. */
export function tableCitation(parent: string, number: number, tablesInParent: number): string {
  return tablesInParent > 1 ? `${parent}表${number}` : parent;
}

/** “攸县人民政府公报2023年第1期”: the printed issue, to which the page number is added. */
export function printedIssue(bulletin: { title: string; year: number; issue: number }): string {
  return `${bulletin.title}${bulletin.year}年第${bulletin.issue}期`;
}
