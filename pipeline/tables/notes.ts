/**
 * Notes printed under a table (备注：1.… ⏎ 2.…) belong to the table. The structure stage hands them
 * over as the paragraphs that follow the table; the first opens with 备注/注, the following ones
 * continue its numbering.
 */
import type { TableNote } from '../../schema/table.ts';
import { noteNumber } from '../../core/chinese/labels.ts';

/**
 * What opens a table's own notes: 备注 or 注. A 说明 under a table stays the text's paragraphs (it may say how
 * the whole attachment reads); its numbered lines are no outline parts either (core/chinese/labels.ts).
 */
const NOTE_WORD = '备\\s*注|注';
const OPENS_NOTE = new RegExp(`^\\s*(${NOTE_WORD})\\s*[:：]`, 'u');
const NOTE_CELL = new RegExp(`^(?:${NOTE_WORD})\\s*[:：]?$`, 'u');

/** Whether a table's cell is a note's label alone (备注, 注：), as a row of notes under a table prints it. */
export function isNoteLabel(cell: string): boolean {
  return NOTE_CELL.test(cell.trim());
}

interface Paragraphish {
  type: string;
  text?: string;
  position: TableNote['position'];
}

/** How many of `following` (the siblings after a table) are its notes. */
export function countNotes(following: Paragraphish[]): number {
  const first = following[0];
  if (!first || first.type !== 'paragraph' || !OPENS_NOTE.test(first.text ?? '')) return 0;
  let n = 1;
  let expected = (noteNumber(first.text ?? '') ?? 0) + 1;
  while (expected > 1 && following[n]?.type === 'paragraph' && noteNumber(following[n]!.text ?? '') === expected) {
    n++;
    expected++;
  }
  return n;
}

export function toNotes(paragraphs: Paragraphish[]): TableNote[] {
  return paragraphs.map((p) => ({ text: p.text ?? '', position: p.position }));
}
