/**
 * The name a list of quoted terms goes by: its count with what every term shares, where the terms
 * differ in one character only (“田长制”“河长制”“林长制” → 三长制; “非农化”“非粮化” → 两非; “资金”“资产”“资源”
 * → 三资). 公文 call such a list by that name elsewhere, and people ask by it (三长制是什么) though the
 * text that sets it out never prints it.
 */
import { toNumeral } from './numerals.ts';

/** Quoted terms side by side: nothing between them, or 、 和 及 与. */
const QUOTED_LIST = /(?:[“"]\p{Script=Han}{2,4}[”"][、和及与]?){2,}/gu;
const TERM = /[“"](\p{Script=Han}{2,4})[”"]/gu;
const MAX_TERMS = 10;
/** A shared part that is a number (“三生融合”“三态协同”) names no list. */
const NUMBER = /^[〇零一二两三四五六七八九十百千]+$/u;

/**
 * The counted names of the quoted lists a text prints: for terms of one length differing at one
 * place, the count (两 for two) with the part before that place, or when nothing is before it, the
 * part after it. Each name once, in the order printed.
 */
export function countedNames(text: string): string[] {
  const out = new Set<string>();
  for (const list of text.matchAll(QUOTED_LIST)) {
    const terms = [...new Set([...list[0].matchAll(TERM)].map((m) => m[1]!))];
    if (terms.length < 2 || terms.length > MAX_TERMS) continue;
    const length = terms[0]!.length;
    if (terms.some((t) => t.length !== length)) continue;
    const differing = [...Array(length).keys()].filter((i) => terms.some((t) => t[i] !== terms[0]![i]));
    if (differing.length !== 1) continue;
    const at = differing[0]!;
    const shared = at > 0 ? terms[0]!.slice(0, at) : terms[0]!.slice(at + 1);
    if (NUMBER.test(shared)) continue;
    out.add((terms.length === 2 ? '两' : toNumeral(terms.length)) + shared);
  }
  return [...out];
}
