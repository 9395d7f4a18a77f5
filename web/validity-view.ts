/**
 * The status of each validity line (施行中 / 已失效 / 尚未施行), for the reader's day: the build
 * writes only the dates (data-from, data-until), so a page served months later is still right.
 */
import { STATUS_CLASS, today, validityStatus } from '../core/validity.ts';

export function showValidity(root: ParentNode = document, day = today()): void {
  for (const line of root.querySelectorAll<HTMLElement>('.validity')) {
    const status = validityStatus({ effectiveFrom: line.dataset.from, effectiveUntil: line.dataset.until }, day);
    if (!status) continue;
    // A build given a date printed that day's status; the reader's day replaces it.
    line.querySelector('.st')?.remove();
    line.querySelector('.asof')?.remove();
    const mark = document.createElement('span');
    mark.className = `st st-${STATUS_CLASS[status]}`;
    mark.textContent = status;
    line.prepend(mark);
  }
}
