/**
 * A task a plan prints twice in one attachment: as a numbered heading of its prose
 * (9.不断提高市场主体准入退出便利度(县市场监管局牵头)。完善…) and as a row of its task list
 * ((一)以改革创一流环境 ⇥ 9.不断提高市场主体准入退出便利度 ⇥ 完善… ⇥ 县市场监管局). Search shows such a
 * pair once among ranked matches, the other kept beside it.
 */

import { normalizeSearchText } from './tokenize.ts';

/** A task's number and name at the start of a normalised text or cell: 9.不断提高市场主体准入退出便利度. */
const TASK = /^(\d{1,3}\.[^。(;\t]{4,}?)(?=[。(;\t]|$)/u;
/** A task's opening starts with a digit, half- or full-width; a task's name is no longer than this. */
const DIGIT = /^[0-9０-９]/u;
const OPENING = 64;
/** The attachment a unit lies in, from its id (yzbf-2023-2/att_3/hd_2/hd_1/hd_9 → yzbf-2023-2/att_3). */
const ATTACHMENT = /^(.+?\/att_\d+)\//u;

/**
 * The key of the task a heading or a row prints, the same for both prints of one task in one
 * attachment; undefined for any other unit.
 */
export function taskKey(unit: { id: string; type: string; text: string }): string | undefined {
  const attachment = ATTACHMENT.exec(unit.id)?.[1];
  if (!attachment) return undefined;
  if (unit.type !== 'heading' && unit.type !== 'row') return undefined;
  // A heading's opening, or the first cell of a row that opens so, normalised as printed in any
  // width (２７．, （); only the openings that start with a digit are read.
  const cells = unit.type === 'heading' ? [unit.text] : unit.text.split('\t');
  for (const cell of cells) {
    const opening = cell.trimStart().slice(0, OPENING);
    if (!DIGIT.test(opening)) continue;
    const name = TASK.exec(normalizeSearchText(opening))?.[1];
    if (name) return `${attachment}\u0000${name}`;
  }
  return undefined;
}
