/**
 * 《》 titles in running text. Titles nest (《湖南省实施〈中华人民共和国消防法〉办法》, and extractions
 * print the inner brackets as 《》 too); a title may run over a line break. The normalised title
 * uses 〈〉 inside and drops the spaces and breaks an extraction put in.
 */
import { normalizeText, titleKey } from '../../core/chinese/width.ts';

export interface TitleMention {
  start: number;
  end: number;
  /** As printed, brackets included. */
  surface: string;
  /** Without the outer brackets, normalised. */
  title: string;
  /** 0 for an outer title, 1 for one nested in it… */
  depth: number;
}

export interface TitleProblem {
  offset: number;
  message: string;
}

/** A title longer than this is an unclosed bracket, not a title. */
const MAX_TITLE = 150;
const OPEN = new Set(['《', '〈']);
const CLOSE = new Set(['》', '〉']);
const BRACKETS = /[《〈》〉\t]/g;

/** Every title, outer ones and nested ones, in order of their opening bracket. */
export function findTitles(text: string, problems: TitleProblem[] = []): TitleMention[] {
  const found: TitleMention[] = [];
  const stack: number[] = [];
  for (const b of text.matchAll(BRACKETS)) {
    const i = b.index!;
    const c = b[0];
    if (OPEN.has(c)) {
      stack.push(i);
    } else if (CLOSE.has(c)) {
      const start = stack.pop();
      if (start === undefined) {
        problems.push({ offset: i, message: `closing ${c} without an opening bracket` });
        continue;
      }
      const surface = text.slice(start, i + 1);
      if (surface.length - 2 > MAX_TITLE || surface.length <= 2) {
        problems.push({ offset: start, message: `bracket ${text[start]} closed ${surface.length} characters later` });
        continue;
      }
      found.push({ start, end: i + 1, surface, title: normalizeTitle(surface.slice(1, -1)), depth: stack.length });
    } else if (c === '\t' && stack.length > 0) {
      // A table cell never continues a title of the previous cell.
      for (const s of stack) problems.push({ offset: s, message: `unclosed ${text[s]}` });
      stack.length = 0;
    }
  }
  for (const s of stack) problems.push({ offset: s, message: `unclosed ${text[s]}` });
  return found.sort((a, b) => a.start - b.start);
}

/** 湖南省实施《中华人民共和国消防法》办法 → 湖南省实施〈中华人民共和国消防法〉办法; line breaks dropped. */
export function normalizeTitle(inner: string): string {
  // Most titles need nothing but the inner brackets: skip the regex passes for them.
  if (!/[\s(),;:\uFF01-\uFF5E]/u.test(inner)) return inner.replace(/《/g, '〈').replace(/》/g, '〉');
  // Whitespace runs are each looked at once: patterns like \s*\n\s* or \s+(?=…) try a run again from
  // each of its characters, the square of a long run.
  const joined = normalizeText(inner.replace(/《/g, '〈').replace(/》/g, '〉').replace(/\s+/g, (run) => (run.includes('\n') ? '' : run)));
  return joined.replace(/\s+/g, (run: string, at: number) => {
    const before = at > 0 ? joined.codePointAt(at - 1 - (at >= 2 && /[\uDC00-\uDFFF]/.test(joined[at - 1]!) ? 1 : 0)) : undefined;
    const after = joined.codePointAt(at + run.length);
    const touches = (cp: number | undefined) => cp !== undefined && TITLE_NEIGHBOUR.test(String.fromCodePoint(cp));
    return touches(before) || touches(after) ? '' : run;
  });
}

const TITLE_NEIGHBOUR = /^[\p{Script=Han}〈〉（）]$/u;

/** The comparison key of a title: punctuation and brackets do not count. */
export function titleMatchKey(title: string): string {
  return titleKey(title);
}
