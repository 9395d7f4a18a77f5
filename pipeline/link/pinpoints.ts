/**
 * The citation grammar below the title: 条 → 款 → 项 → 目 (立法法; NOTES §2), in both styles
 * (第五条第一款第（三）项, 第一款第三项), with lists (第二、三、四、五项; 第(一)、(四)项; 第三十一条、
 * 第三十二条) and ranges (第七十九条至第八十三条; 第（三）项至第（八）项). Pure string work.
 */
import { NUMERAL, parseNumeral, toNumeral as toChinese } from '../../core/chinese/numerals.ts';

/** One cited unit; levels above the first one given are absent (第三项 = { item: 3 }). */
export interface Pinpoint {
  article?: number;
  /** 第十条之一 → 1 */
  articleSuffix?: number;
  paragraph?: number;
  item?: number;
  subitem?: number;
}

export interface PinpointMention {
  start: number;
  end: number;
  surface: string;
  points: Pinpoint[];
  /** Where each point is printed: 第十四条第（三）项和第十二条 gives two spans; a list or range shares one. */
  spans: Array<[number, number]>;
  /**
   * 第七十九条 followed by a space and text: the heading of a quoted article, not a citation
   * inside a sentence. Only a single article can be a heading.
   */
  heading: boolean;
}

type Level = 'article' | 'paragraph' | 'item' | 'subitem';
const UNIT_LEVEL: Record<string, Level> = { 条: 'article', 款: 'paragraph', 项: 'item', 目: 'subitem' };
const RANK: Record<Level, number> = { article: 0, paragraph: 1, item: 2, subitem: 3 };
const LEVELS: Level[] = ['article', 'paragraph', 'item', 'subitem'];

const NUM = NUMERAL;
const BRACKETED = `[（(]\\s*${NUM}\\s*[）)]`;
const NUM_TOKEN = `(?:${BRACKETED}|${NUM})`;
/** 第 + a list of numbers + unit: 第三十一条, 第二、三、四、五项, 第(一)、(四)、(五)项, 第十条之一 */
const SEGMENT = new RegExp(
  `第\\s*(${NUM_TOKEN}(?:\\s*[、,，]\\s*${NUM_TOKEN})*)\\s*([条款项目])(?:之(${NUM}))?`,
  'uy',
);
const SEPARATOR = /\s*(、|和|及|以及|与|或者|或|，)\s*(?=第)/uy;
const RANGE = /\s*(至|到|—|-|～|~)\s*(?=第)/uy;
/** Words that make the unit part of another word: 条件, 条例, 项目, 款项. */
const NOT_A_UNIT: Record<string, RegExp> = { 条: /^[件例款幅]/, 项: /^目(?!第)/, 款: /^项/, 目: /^[标录前的]/ };

function numbers(list: string): number[] | undefined {
  const out: number[] = [];
  for (const raw of list.split(/\s*[、,，]\s*/)) {
    const n = parseNumeral(raw.replace(/[（()）\s]/g, ''));
    if (n === undefined || n <= 0) return undefined;
    out.push(n);
  }
  return out;
}

interface Segment {
  level: Level;
  values: number[];
  suffix?: number;
  end: number;
}

function segmentAt(text: string, at: number): Segment | undefined {
  SEGMENT.lastIndex = at;
  const m = SEGMENT.exec(text);
  if (!m) return undefined;
  const unit = m[2]!;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
  if (!m[3] && NOT_A_UNIT[unit]?.test(after)) return undefined;
  const values = numbers(m[1]!);
  if (!values) return undefined;
  const seg: Segment = { level: UNIT_LEVEL[unit]!, values, end: m.index + m[0].length };
  if (m[3]) {
    const suffix = parseNumeral(m[3]);
    if (suffix === undefined) return undefined;
    seg.suffix = suffix;
  }
  return seg;
}

/** Ranges are expanded; a range longer than this is a misreading, not a citation. */
const MAX_RANGE = 60;

/**
 * Parses a citation chain starting at `at` (which must be 第). Returns undefined when the text
 * there is not a citation (第二批, 第1期, 第一章 …).
 */
export function parsePinpointAt(text: string, at: number): PinpointMention | undefined {
  const first = segmentAt(text, at);
  if (!first) return undefined;
  const points: Pinpoint[] = [];
  const spans: Array<[number, number]> = [];
  // The chain being extended by lower levels: the points added by the last segment(s).
  let current: Pinpoint[] = first.values.map((v) => withLevel({}, first.level, v, first.suffix));
  let currentStart = at;
  points.push(...current);
  for (const _ of current) spans.push([at, first.end]);
  let lastLevel = first.level;
  let end = first.end;
  for (;;) {
    // A lower level right after: 第五条第一款, 第（三）项 after 第一款.
    const deeper = segmentAt(text, end);
    if (deeper && RANK[deeper.level] > RANK[lastLevel]) {
      const base = current;
      const next: Pinpoint[] = [];
      for (const p of base) for (const v of deeper.values) next.push(withLevel({ ...p }, deeper.level, v, deeper.suffix));
      // The deeper points replace the ones they refine.
      points.splice(points.length - base.length, base.length, ...next);
      spans.splice(spans.length - base.length, base.length, ...next.map((): [number, number] => [currentStart, deeper.end]));
      current = next;
      lastLevel = deeper.level;
      end = deeper.end;
      continue;
    }
    RANGE.lastIndex = end;
    const range = RANGE.exec(text);
    if (range) {
      const to = segmentAt(text, end + range[0].length);
      const from = current[current.length - 1];
      if (to && to.values.length === 1 && from) {
        const level = to.level;
        const start = from[level];
        const stop = to.values[0]!;
        if (start !== undefined && stop > start && stop - start <= MAX_RANGE && !to.suffix) {
          const inherited = inheritAbove(from, level);
          const added: Pinpoint[] = [];
          for (let v = start + 1; v <= stop; v++) added.push(withLevel({ ...inherited }, level, v));
          points.push(...added);
          // 第七十九条至第八十三条: every article of the range is printed as the whole range.
          spans[spans.length - added.length - 1] = [currentStart, to.end];
          for (const _ of added) spans.push([currentStart, to.end]);
          current = added.slice(-1);
          lastLevel = level;
          end = to.end;
          continue;
        }
      }
    }
    SEPARATOR.lastIndex = end;
    const sep = SEPARATOR.exec(text);
    if (sep) {
      const next = segmentAt(text, end + sep[0].length);
      const from = current[current.length - 1];
      if (next && from && (next.level === first.level || RANK[next.level] > RANK[first.level])) {
        const inherited = inheritAbove(from, next.level);
        const added = next.values.map((v) => withLevel({ ...inherited }, next.level, v, next.suffix));
        points.push(...added);
        currentStart = end + sep[0].length;
        for (const _ of added) spans.push([currentStart, next.end]);
        current = added;
        lastLevel = next.level;
        end = next.end;
        continue;
      }
    }
    break;
  }
  const heading =
    points.length === 1 &&
    first.level === 'article' &&
    lastLevel === 'article' &&
    /^[ \u3000\u00a0]+\p{Script=Han}/u.test(text.slice(end, end + 4));
  return { start: at, end, surface: text.slice(at, end), points, spans, heading };
}

function withLevel(p: Pinpoint, level: Level, value: number, suffix?: number): Pinpoint {
  p[level] = value;
  if (level === 'article' && suffix !== undefined) p.articleSuffix = suffix;
  return p;
}

/** The levels of `p` above `level` (第五条第一款、第二款: the second 款 keeps 第五条). */
function inheritAbove(p: Pinpoint, level: Level): Pinpoint {
  const out: Pinpoint = {};
  for (const l of LEVELS) {
    if (RANK[l] >= RANK[level]) break;
    if (p[l] !== undefined) out[l] = p[l];
    if (l === 'article' && p.articleSuffix !== undefined) out.articleSuffix = p.articleSuffix;
  }
  return out;
}

/** Every citation chain in a text, left to right, none overlapping. */
export function findPinpoints(text: string): PinpointMention[] {
  const out: PinpointMention[] = [];
  let i = text.indexOf('第');
  while (i >= 0) {
    const m = parsePinpointAt(text, i);
    if (m) {
      out.push(m);
      i = text.indexOf('第', m.end);
    } else {
      i = text.indexOf('第', i + 1);
    }
  }
  return out;
}

/** 第七十九条, 第十条之一: the label of an article as printed. */
export function articleLabel(article: number, suffix?: number): string {
  return `第${toChinese(article)}条${suffix ? `之${toChinese(suffix)}` : ''}`;
}
