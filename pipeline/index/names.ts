/**
 * Names offered as suggestions next to jieba's words: what a unit is called as a whole (a table
 * cell such as a 事项名称, a heading or attachment title, a document title) and every 《title》
 * quoted in one. jieba cuts 校车使用许可 into three words, so only the name completes 校车 to it.
 * Build side; the list is small (about a thousand names, 15 KB gzip on the seed).
 */
import { normalizeSearchText } from '../../core/search/tokenize.ts';
import type { SearchUnit } from './units.ts';
import { BARE_CITATION, outlineLabel } from '../../core/chinese/labels.ts';

const MIN = 3;
const MAX = 40;

/** The suggestible forms of one name: itself without its label, and each 《title》 inside it. */
function forms(name: string): string[] {
  // An outline label (一、 （一） 1. （1）) is not part of what a person types; a bare citation label
  // (第十四条, 附件1) is found by structure.
  const trimmed = name.trim();
  const out = [(outlineLabel(trimmed)?.rest ?? trimmed).trim()];
  for (const m of name.matchAll(/《([^《》]+)》/gu)) out.push(m[1]!.trim());
  return out.filter((n) => {
    const chars = [...n].length;
    // A cell that only lists 《titles》 (with their 文号 in brackets) is offered as those titles.
    const own = n.replace(/《[^《》]*》|[（(][^（）()]*[）)]/gu, '');
    return chars >= MIN && chars <= MAX && /\p{Script=Han}.*\p{Script=Han}/u.test(own) && !BARE_CITATION.test(n) && !/[\t\n]/.test(n);
  });
}

/**
 * Names with the number of units named by them, most first; names equal once normalised are one
 * (the first printed form is kept).
 */
export function suggestionNames(units: SearchUnit[]): Array<[name: string, units: number]> {
  const counts = new Map<string, { name: string; units: number }>();
  for (const u of units) {
    // Row cells are the row's names (as the client reads them).
    const names = u.type === 'row' ? u.text.split('\t') : u.names;
    const seen = new Set<string>();
    for (const name of names.flatMap(forms)) {
      const key = normalizeSearchText(name);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key);
      if (entry) entry.units++;
      else counts.set(key, { name, units: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.units - a.units || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((e) => [e.name, e.units]);
}
