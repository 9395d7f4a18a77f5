/**
 * The reconcile stage: a file may hold the same issue twice, from two extractions. The output holds each
 * document once: the first rendition gives the structure, the texts are aligned character by character,
 * and where the renditions disagree the better-supported reading is kept and the other is recorded as a
 * variant on the node, so a search for either reading still finds the clause.
 */
import type { BulletinNode, DocumentNode, Variant } from '../../schema/tree.ts';
import type { Report } from '../messages.ts';
import { normalizeText } from '../../core/chinese/width.ts';
import { documentKey, documentLabel } from '../structure/numberless.ts';
import { textUnits, type TextUnit } from './units.ts';
import { boundedDiff, MAX_UNIT_EDITS } from './bounded-diff.ts';

/** Characters on either side beyond which a difference is not a misreading but another layout. */
const MAX_MISREADING = 8;
/** Disagreements of one document weighed by their support in the issue; beyond, the first rendition's reading is kept (each weighing reads the whole document). */
const MAX_WEIGHED = 1000;

interface Span {
  unit: TextUnit;
  start: number;
  end: number;
  text: string;
}

function layout(units: TextUnit[]): { spans: Span[]; all: string } {
  const spans: Span[] = [];
  let all = '';
  for (const unit of units) {
    // Markup (<p> in table cells) is not text: the renditions disagree on it without disagreeing on the words.
    const text = normalizeText(unit.get()).replace(/<\/?p>/g, '');
    spans.push({ unit, start: all.length, end: all.length + text.length, text });
    all += text;
  }
  return { spans, all };
}

/** The span holding offset `at` (a boundary belongs to the span it ends, so insertions attach to the text before). */
function spanAt(spans: Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end < at) lo = mid + 1;
    else hi = mid;
  }
  let s = lo;
  while (s > 0 && spans[s]!.start === spans[s]!.end) s--;
  return spans[s];
}

function count(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

export interface Hunk {
  span: Span;
  /** Offsets inside the base span's normalised text. */
  from: number;
  to: number;
  base: string;
  other: string;
  otherLine: number;
}

/** Merges the renditions of one bulletin into the first; returns the merged tree (the input is not changed). */
export function reconcile(renditions: BulletinNode[], report: Report): BulletinNode {
  const [first, ...others] = renditions;
  if (!first) throw new Error('reconcile: no rendition');
  const merged = structuredClone(first);
  for (const other of others) {
    const byNumber = new Map<string, DocumentNode>();
    for (const d of merged.children) if (!byNumber.has(documentKey(d))) byNumber.set(documentKey(d), d);
    const inOther = new Set(other.children.map(documentKey));
    for (const doc of other.children) {
      const base = byNumber.get(documentKey(doc));
      if (!base) {
        const copy = structuredClone(doc);
        merged.children.push(copy);
        byNumber.set(documentKey(doc), copy);
        report('warning', 'document-only-in-one-rendition', `${documentLabel(doc)} appears only in a later rendition; kept from there`, { line: doc.position.line });
        continue;
      }
      mergeDocument(base, doc, report);
    }
    for (const doc of merged.children) {
      if (!inOther.has(documentKey(doc))) {
        report('info', 'document-only-in-one-rendition', `${documentLabel(doc)} is missing from the rendition starting at line ${other.position.line}`, { line: doc.position.line });
      }
    }
  }
  return merged;
}

function mergeDocument(base: DocumentNode, other: DocumentNode, report: Report): void {
  for (const field of ['registrationNumber', 'registrationNumberPrinted', 'printedBy'] as const) {
    if (base[field] === undefined && other[field] !== undefined) {
      (base as Record<string, unknown>)[field] = other[field];
      if (field === 'registrationNumber') {
        report('info', 'reconciled-field', `${documentLabel(base)}: 登记号 ${other.registrationNumberPrinted} taken from the other rendition`, { line: other.position.line });
      }
    } else if (field === 'registrationNumber' && other[field] === undefined && base[field] !== undefined) {
      report('info', 'reconciled-field', `${documentLabel(base)}: 登记号 missing in the rendition at line ${other.position.line}; kept ${base.registrationNumberPrinted}`, { line: base.position.line });
    }
  }
  const a = layout(textUnits(base));
  const b = layout(textUnits(other));
  const ops = boundedDiff(
    a.spans.map((s) => s.text),
    b.spans.map((s) => s.text),
  );
  if (!ops) {
    report('warning', 'reconcile-span', `${documentLabel(base)}: the renditions differ in more than ${MAX_UNIT_EDITS} paragraphs, items or cells (another text, or shuffled?); the first is kept as it is, the other (line ${other.position.line}) not compared`, { line: base.position.line });
    return;
  }
  const corpus = a.all + b.all;
  const hunks: Hunk[] = [];
  let posA = 0;
  let posB = 0;
  let pending: { aStart: number; bStart: number; del: string; ins: string } | undefined;
  const flush = () => {
    if (!pending) return;
    const span = spanAt(a.spans, pending.aStart)!;
    const otherSpan = spanAt(b.spans, pending.bStart);
    hunks.push({
      span,
      from: pending.aStart - span.start,
      to: pending.aStart - span.start + pending.del.length,
      base: pending.del,
      other: pending.ins,
      otherLine: otherSpan?.unit.line ?? other.position.line,
    });
    pending = undefined;
  };
  for (const [op, text] of ops) {
    if (op === 0) {
      flush();
      posA += text.length;
      posB += text.length;
    } else {
      pending ??= { aStart: posA, bStart: posB, del: '', ins: '' };
      if (op === -1) {
        pending.del += text;
        posA += text.length;
      } else {
        pending.ins += text;
        posB += text.length;
      }
    }
  }
  flush();

  // Per unit: apply the chosen side of each hunk and keep the other reading as a variant.
  const byUnit = new Map<Span, Hunk[]>();
  for (const h of hunks) {
    if (h.to > h.span.text.length) {
      report('warning', 'reconcile-span', `renditions differ across a paragraph boundary: "${h.base.slice(0, 30)}" / "${h.other.slice(0, 30)}"`, { line: h.span.unit.line });
      continue;
    }
    const list = byUnit.get(h.span);
    if (list) list.push(h);
    else byUnit.set(h.span, [h]);
  }
  let weighed = 0;
  for (const [span, list] of byUnit) {
    let chosen = '';
    let alternative = '';
    let at = 0;
    let otherLine = list[0]!.otherLine;
    let tookOther = false;
    for (const h of list) {
      chosen += span.text.slice(at, h.from);
      alternative += span.text.slice(at, h.from);
      // Only small disagreements are misreadings; a large one (a row printed another way) keeps the first rendition.
      const useOther = Math.max(h.base.length, h.other.length) <= MAX_MISREADING && weighed++ < MAX_WEIGHED && preferOther(span.text, h, corpus);
      chosen += useOther ? h.other : h.base;
      alternative += useOther ? h.base : h.other;
      tookOther ||= useOther;
      otherLine = h.otherLine;
      at = h.to;
      report('info', 'reconciled', `kept 「${useOther ? h.other : h.base}」 over 「${useOther ? h.base : h.other}」 (other rendition line ${h.otherLine})`, { line: span.unit.line });
    }
    chosen += span.text.slice(at);
    alternative += span.text.slice(at);
    // The first rendition's own reading is the variant when the other one was kept.
    const firstReading = span.unit.get();
    if (tookOther) span.unit.set(chosen);
    if (alternative !== chosen) {
      const node = span.unit.node as { variants?: Variant[] };
      const variant: Variant = tookOther
        ? { text: span.unit.readingWith(firstReading), line: span.unit.line }
        : { text: span.unit.readingWith(alternative), line: otherLine };
      if (!(node.variants ?? []).some((v) => v.text === variant.text)) (node.variants ??= []).push(variant);
    }
  }
}

/**
 * Which reading is better supported: the one whose wording (with two characters of context each side)
 * is seen more often in the issue; on a tie the longer one, since extractions drop characters more
 * often than they add them; then the one with one character of context seen more often.
 */
export function preferOther(text: string, h: { from: number; to: number; base: string; other: string }, corpus: string): boolean {
  const support = (reading: string, context: number) =>
    count(corpus, text.slice(Math.max(0, h.from - context), h.from) + reading + text.slice(h.to, h.to + context));
  const wide = support(h.other, 2) - support(h.base, 2);
  if (wide !== 0) return wide > 0;
  if (h.other.length !== h.base.length) return h.other.length > h.base.length;
  return support(h.other, 1) > support(h.base, 1);
}
