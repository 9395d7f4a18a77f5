/**
 * When an instrument (or one of its items) applies, as the link stage read it from its own text:
 * a quiet line under its title — 施行中 · 自2023年2月1日起施行（第二十一条）. The period is static;
 * the status (施行中 / 已失效 / 尚未施行) is computed by the page script for the reader's own day from
 * data-from and data-until, so the page never shows a status that has gone stale since the build.
 * A build given a date (--as-of) prints that day's status, marked 截至 that date, for pages read
 * without script.
 */
import type { Validity } from '../../schema/reference.ts';
import { html, type Html } from './html.ts';
import { formatDate } from '../../core/chinese/dates.ts';
import { STATUS_CLASS } from '../../core/validity.ts';


export function renderValidity(validity: Validity | undefined, clauseCitation: (id: string) => string | undefined, clauseHref: (id: string) => string): Html {
  if (!validity) return html``;
  const from = validity.effectiveFrom ? formatDate(validity.effectiveFrom) : undefined;
  const until = validity.effectiveUntil ? formatDate(validity.effectiveUntil) : undefined;
  const period =
    from && until ? `${from}至${until}` : from ? `自${from}起施行` : until ? `有效期至${until}` : '';
  const basis = validity.basis === 'date-of-issue' ? '（未载明施行日期，以成文日期计）' : '';
  const clause = validity.statedIn
    ? html`（<a href="${clauseHref(validity.statedIn.id)}">${(clauseCitation(validity.statedIn.id) ?? '').replace(/^《.*?》(（.*?）)?/, '') || '见原文'}</a>）`
    : '';
  const status = validity.status
    ? html`<span class="st st-${STATUS_CLASS[validity.status]}">${validity.status}</span>`
    : '';
  const asOf = validity.status && validity.asOf ? html`<span class="asof">截至${formatDate(validity.asOf)}</span>` : '';
  const dates = html`${validity.effectiveFrom ? html` data-from="${validity.effectiveFrom}"` : ''}${validity.effectiveUntil ? html` data-until="${validity.effectiveUntil}"` : ''}`;
  return html`<p class="validity"${dates}>${status}${period}${basis}${clause}${asOf}</p>`;
}
