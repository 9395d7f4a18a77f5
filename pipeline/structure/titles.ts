/** Titles: the 《》 names inside a notice's title, and fuzzy matching of a title against printed lines. */
import { titleKey } from '../../core/chinese/width.ts';

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

/** Edit distance, bounded: returns limit + 1 as soon as it is certain to exceed limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Same title up to punctuation, spacing and a character or two of misreading (攻坚仗/攻坚战). */
export function sameTitle(a: string, b: string): boolean {
  const ka = titleKey(a);
  const kb = titleKey(b);
  if (ka === kb) return ka.length > 0;
  const limit = Math.max(1, Math.floor(Math.min(ka.length, kb.length) / 10));
  return Math.min(ka.length, kb.length) >= 6 && editDistance(ka, kb, limit) <= limit;
}

/** The kind of instrument a title names, from its last word. */
export function instrumentKind(title: string): '办法' | '细则' | '方案' | '措施' | '清单' | '规定' | '意见' | '其他' {
  const t = title.replace(/[（(][^）)]*[）)]\s*$/, '').trim();
  for (const kind of ['细则', '办法', '方案', '措施', '清单', '规定', '意见'] as const) if (t.endsWith(kind)) return kind;
  return '其他';
}
