/**
 * How the ref field names a document by a short form of its 文号, on both sides: the writer indexes a
 * document header under these keys, the client looks a short 文号 query up by them (8号文 → #8,
 * 〔2023〕8号 → #2023-8). A whole 文号 is indexed and looked up as itself (normalised).
 */
import type { DocNumberQuery } from './query.ts';

const SERIAL = /〔(\d{4})〕(\d+)号$/;

/** The short keys of a normalised 文号: its year and serial, and its serial alone. */
export function docNumberKeys(normalized: string): string[] {
  const m = SERIAL.exec(normalized);
  return m ? [`#${m[1]}-${Number(m[2])}`, `#${Number(m[2])}`] : [];
}

/** The ref-field key a 文号 query is looked up by. */
export function docNumberKey(q: DocNumberQuery): string {
  if (q.normalized) return q.normalized;
  return q.year ? `#${q.year}-${q.serial}` : `#${q.serial}`;
}

/**
 * The ref-field keys of a text's first and last paragraphs outside its parts (the opening before 一、,
 * the closing after the last part), on both sides: the writer adds them to those paragraphs' refs, the
 * client reads 序言, 首段, 开头段 or 导语 as the first and 末段 or 最后一段 as the last.
 */
export const FIRST_PARAGRAPH = '首段';
export const LAST_PARAGRAPH = '末段';
/**
 * Longest heading title a part below it is cited by (主要目标第二项, 保障措施第三条): the writer keys parts by
 * it, the client looks for one glued after a text's name (重点任务 of 六仗总方案重点任务第一条).
 */
export const CITED_TITLE = 8;
/** The ref-field key of a text's last article (末条, 最后一条): the writer adds it to that article's refs. */
export const LAST_ARTICLE = '末条';
/** The ref-field key of a chapter's first article (第二章首条, 第四章开篇): after the chapter. */
export const FIRST_ARTICLE = '首条';
/**
 * The ref-field key of a chapter's first or last article, the chapter by its number (第二章): the writer adds it to
 * those articles' refs, the client reads 第二章最后一条 as it.
 */
export function articleOfChapter(chapter: string, last: boolean): string {
  return `${chapter}${last ? LAST_ARTICLE : FIRST_ARTICLE}`;
}
/** The ref-field key of a list part's last row (四、末项, 最后一项): the writer adds it, after the part, to that row's refs. */
export const LAST_ITEM = '末项';
/** How far from the end citations count (倒数第二条, 倒数第二段): the writer keys the last FROM_END of each. */
export const FROM_END = 2;
/** The ref-field key of a text's Nth article from the end: 末条, then 倒数第2条 … */
export function articleFromEnd(n: number): string {
  return n === 1 ? LAST_ARTICLE : `倒数第${n}条`;
}
/**
 * The ref-field key of a table's Nth row from the end (倒数第9行, the last 倒数第1行): every row has one, in the
 * ref field only (the unit's `keyedAs`: not written with its text, which no reader of it needs).
 */
export function rowFromEnd(n: number): string {
  return `倒数第${n}行`;
}
/** The ref-field key of the Nth paragraph from the end: 末段, then 倒数第2段 … */
export function paragraphFromEnd(n: number): string {
  return n === 1 ? LAST_PARAGRAPH : `倒数第${n}段`;
}
/** ... under a heading, after its path (三、(一)末段, cited 三、（一）最后一段; 三、(一)倒数第2段). */
export function paragraphFromEndUnder(path: string, n: number): string {
  return `${path}${paragraphFromEnd(n)}`;
}
/** The ref-field key of a notice's own paragraph (the 印发 text a notice wraps its instruments in): 通知第1段. */
export function noticeParagraph(n: number): string {
  return `通知第${n}段`;
}
/** The ref-field key of a point a notice sets out in its own text (…通知如下：三、…), cited 通知第三项 or 通知第三点: 通知第3项. */
export function noticePoint(n: number): string {
  return `通知第${n}项`;
}
/** The ref-field key of every paragraph of a notice's own text (印发通知正文). */
export const NOTICE_TEXT = '通知正文';
