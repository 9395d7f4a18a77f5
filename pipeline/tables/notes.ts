/**
 * Notes printed under a table (备注：1.… ⏎ 2.…, 说明：…) belong to the table. The structure stage hands them
 * over as the paragraphs that follow the table; the first opens with 备注, 注 or 说明, the following ones
 * continue its numbering.
 */
import type { TableNote } from '../../schema/table.ts';
import { NOTE_OPENING, noteNumber } from '../../core/chinese/labels.ts';

interface Paragraphish {
  type: string;
  text?: string;
  position: TableNote['position'];
}

/** How many of `following` (the siblings after a table) are its notes. */
export function countNotes(following: Paragraphish[]): number {
  const first = following[0];
  if (!first || first.type !== 'paragraph' || !NOTE_OPENING.test(first.text ?? '')) return 0;
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
