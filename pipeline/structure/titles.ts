/** Titles: the 《》 names inside a notice's title, and fuzzy matching of a title against printed lines. */
import { titleKey } from '../../core/chinese/width.ts';
import { withoutFinalBracket } from '../../core/chinese/quote.ts';

/**
 * Top-level 《…》 names in a title; inner 〈〉 (or nested 《》) become 《》 as printed in the instrument's own title.
 * 关于印发《攸县实施〈株洲市…办法〉细则》的通知 → ['攸县实施《株洲市…办法》细则'].
 */
export function quotedTitles(title: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of title) {
    if (c === '《') {
      if (depth > 0) current += '《';
      depth++;
    } else if (c === '》') {
      depth--;
      if (depth > 0) current += '》';
      else if (depth === 0) {
        out.push(current);
        current = '';
      } else depth = 0;
    } else if (depth > 0) current += c === '〈' ? '《' : c === '〉' ? '》' : c;
  }
  return out;
}

/** A notice forwarding another text (关于转发《楚南市人民政府办公室关于…的通知》的通知): what it names is printed after it, maybe as a document of its own with its 文号. */
export const FORWARDING = /转发\s*《/u;

/**
 * Edit distance, bounded: returns limit + 1 as soon as it is certain to exceed limit. Only the
 * cells within `limit` of the diagonal are computed (a path outside that band costs more than
 * limit), so the cost is O(length × limit).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const over = limit + 1;
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(b.length, i + limit);
    row[0] = Math.min(i, over);
    if (lo > 1) row[lo - 1] = over;
    let best = row[0]!;
    for (let j = lo; j <= hi; j++) {
      const up = j <= i - 1 + limit ? prev[j]! : over;
      const v = Math.min(up + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), over);
      row[j] = v;
      if (v < best) best = v;
    }
    if (hi < b.length) row[hi + 1] = over;
    if (best > limit) return over;
    [prev, row] = [row, prev];
  }
  return Math.min(prev[b.length]!, over);
}

/** Titles are a line or three; what is longer is compared exactly, not fuzzily. */
const MAX_TITLE = 400;

/** Same title up to punctuation, spacing and a character or two of misreading (攻坚仗/攻坚战). */
export function sameTitle(a: string, b: string): boolean {
  // A line far longer than any title is not one (and titleKey would cost its length).
  if (Math.min(a.length, b.length) > MAX_TITLE || Math.abs(a.length - b.length) > MAX_TITLE) return false;
  const ka = titleKey(a);
  const kb = titleKey(b);
  if (ka === kb) return ka.length > 0;
  const limit = Math.max(1, Math.floor(Math.min(ka.length, kb.length) / 10));
  return Math.min(ka.length, kb.length) >= 6 && editDistance(ka, kb, limit) <= limit;
}

/** The kind of instrument a title names, from its last word. */
export function instrumentKind(title: string): '办法' | '细则' | '方案' | '措施' | '清单' | '规定' | '意见' | '其他' {
  const t = withoutFinalBracket(title.trimEnd()).trim();
  for (const kind of ['细则', '办法', '方案', '措施', '清单', '规定', '意见'] as const) if (t.endsWith(kind)) return kind;
  return '其他';
}
