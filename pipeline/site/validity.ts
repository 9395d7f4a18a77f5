/**
 * When an instrument (or one of its items) applies, as the link stage read it from its own text:
 * a quiet line under its title — 施行中 · 自2023年2月1日起施行（第二十一条）. The status is the
 * one at build time, and says so.
 */
import type { Validity } from '../../schema/reference.ts';
import { html, type Html } from './html.ts';
import { formatDate } from '../../core/chinese/dates.ts';

const STATUS_CLASS: Record<string, string> = { 尚未施行: 'not-yet', 施行中: 'in-force', 已失效: 'expired' };

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
    ? html`<span class="st st-${STATUS_CLASS[validity.status] ?? 'other'}">${validity.status}</span>`
    : '';
  const asOf = validity.status && validity.asOf ? html`<span class="asof">截至${formatDate(validity.asOf)}</span>` : '';
  return html`<p class="validity">${status}${period}${basis}${clause}${asOf}</p>`;
}
