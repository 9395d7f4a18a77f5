/**
 * Whether a text applies on a given day: 尚未施行 before its start, 已失效 after its last day, 施行中
 * between. Computed where it is shown (the page, the CLI) from the dates the build read, so a static
 * site never keeps saying 施行中 after the period has ended, and a build gives the same bytes whatever
 * day it runs on.
 */
import type { ValidityStatus } from '../schema/reference.ts';

export type { ValidityStatus };

/** The dates a status is computed from (YYYY-MM-DD; effectiveUntil is the last day it applies). */
export interface Period {
  effectiveFrom?: string | undefined;
  effectiveUntil?: string | undefined;
}

export function validityStatus(period: Period, asOf: string): ValidityStatus | undefined {
  if (period.effectiveFrom && asOf < period.effectiveFrom) return '尚未施行';
  if (period.effectiveUntil && asOf > period.effectiveUntil) return '已失效';
  if (period.effectiveFrom) return '施行中';
  return undefined;
}

/** The CSS class of each status mark (st-in-force …), for the page and the build alike. */
export const STATUS_CLASS: Record<ValidityStatus, string> = { 尚未施行: 'not-yet', 施行中: 'in-force', 已失效: 'expired' };

/** Today in the reader's own time zone, YYYY-MM-DD (the day a county office reads the page). */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
