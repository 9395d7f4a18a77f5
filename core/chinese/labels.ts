/**
 * The labels that number 公文 texts, one definition for every stage (structure, tables, link, search):
 *
 * - statute labels (立法法): 第一编, 第一章, 第一节, 第十四条, 第十一条之一 — Chinese or Arabic numerals
 *   (第14条), spaces allowed inside (第 十四 条);
 * - outline labels, by level: 1 一、 十一、 (一．) · 2 （一） (十一) · 3 1. 1． 1、 · 4 （1） (1) ⑴ · 5 ① —
 *   in an articles-form text level 2 numbers the 项 and level 3 the 目;
 * - 附件 labels: 附件1, 附件 2, 附件三.
 *
 * Not labels: 一是/二是 (an enumeration inside a sentence), 1.5亿元 (a decimal), 2023. (a year).
 */
import { ARABIC_NUMERAL, CIRCLED, NUMERAL, ORDINAL_NUMERAL, PARENTHESISED, parseNumeral } from './numerals.ts';

export type StructureUnit = '编' | '章' | '节' | '条';

export interface StructureLabel {
  unit: StructureUnit;
  number: number;
  /** 之一 → 1 (articles only). */
  suffix?: number;
  /** As printed, spaces inside removed: 第十四条, 第14条, 第十一条之一. */
  label: string;
  /** The text after the label, leading spaces removed. */
  rest: string;
}

const SPACE = '[\\s\\u00a0\\u3000]';
const STRUCTURE = new RegExp(`^(第${SPACE}*(${NUMERAL})${SPACE}*(编|章|节|条)(?:之(${NUMERAL}))?)${SPACE}*`, 'u');

/** 第十四条 …, 第一章 总 则, 第二节 … at the start of a text. */
export function structureLabel(text: string): StructureLabel | undefined {
  const m = STRUCTURE.exec(text);
  if (!m) return undefined;
  const number = parseNumeral(m[2]!.replace(/\s+/g, ''));
  if (number === undefined || number <= 0) return undefined;
  const unit = m[3] as StructureUnit;
  const out: StructureLabel = { unit, number, label: m[1]!.replace(/\s+/g, ''), rest: text.slice(m[0].length) };
  if (m[4]) {
    if (unit !== '条') return undefined;
    const suffix = parseNumeral(m[4]);
    if (suffix === undefined || suffix <= 0) return undefined;
    out.suffix = suffix;
  }
  return out;
}

export type OutlineLevel = 1 | 2 | 3 | 4 | 5;

export interface OutlineLabel {
  level: OutlineLevel;
  number: number;
  /** As printed: 一、 （一） (1) 1. ⑴ ① */
  label: string;
  rest: string;
}

const OPEN = '[（(]';
const CLOSE = '[）)]';
/**
 * What may follow a label's point: no digit (1.5亿元 and 2023.12 are numbers, not labels), but a year (一、2024年工作回顾,
 * 1.2025年测试县人民政府工作报告): no number has a year after its point.
 */
const AFTER_POINT = '(?:(?=[0-9０-９]{4}年)|(?![0-9０-９]))';
const OUTLINE: Array<{ level: OutlineLevel; pattern: RegExp }> = [
  // 一、 as GB/T 9704 prints it; 一. and 一． as extractions and some offices print it.
  { level: 1, pattern: new RegExp(`^((${ORDINAL_NUMERAL})${SPACE}*[、.．]${AFTER_POINT})${SPACE}*`, 'u') },
  { level: 2, pattern: new RegExp(`^(${OPEN}${SPACE}*(${ORDINAL_NUMERAL})${SPACE}*${CLOSE})${SPACE}*`, 'u') },
  // At most three digits before the point (2023.12 is no label).
  { level: 3, pattern: new RegExp(`^(([0-9０-９]{1,3})${SPACE}*[.．、]${AFTER_POINT})${SPACE}*`, 'u') },
  { level: 4, pattern: new RegExp(`^(${OPEN}${SPACE}*([0-9０-９]{1,3})${SPACE}*${CLOSE}|(${PARENTHESISED}))${SPACE}*`, 'u') },
  { level: 5, pattern: new RegExp(`^((${CIRCLED}))${SPACE}*`, 'u') },
];

/** The outline label a text starts with, if any. */
export function outlineLabel(text: string): OutlineLabel | undefined {
  for (const { level, pattern } of OUTLINE) {
    const m = pattern.exec(text);
    if (!m) continue;
    const number = parseNumeral(m[2] ?? m[3]!);
    if (number === undefined || number <= 0) continue;
    return { level, number, label: m[1]!, rest: text.slice(m[0].length) };
  }
  return undefined;
}

const ENUMERATION = new RegExp(`^(${ORDINAL_NUMERAL})是`, 'u');

/** 一是…，二是…: the number of an enumeration inside a sentence (never a heading or an item). */
export function enumerationNumber(text: string): number | undefined {
  const m = ENUMERATION.exec(text);
  return m ? parseNumeral(m[1]!) : undefined;
}

const ATTACHMENT = new RegExp(`^附${SPACE}*[件表]${SPACE}*(${NUMERAL})${SPACE}*$`, 'u');

/** "附件1", "附件 2", "附件三" (or 附表1, as a 批复 prints its table) standing alone: the heading of an attachment. */
export function attachmentLabel(text: string): number | undefined {
  const m = ATTACHMENT.exec(text.trim());
  return m ? parseNumeral(m[1]!) : undefined;
}

const ATTACHMENT_START = new RegExp(`^附${SPACE}*件`, 'u');

/** Does a text open a numbered unit (a statute or outline label, or 附件)? Such a line never continues the one before. */
export function opensUnit(text: string): boolean {
  return structureLabel(text) !== undefined || outlineLabel(text) !== undefined || ATTACHMENT_START.test(text);
}

/** A bare label, nothing else (第十四条, 第三款, 附件2): a name no one searches for on its own. */
export const BARE_CITATION = new RegExp(`^(?:第${NUMERAL}[编章节条款项目]|附件${ARABIC_NUMERAL}?)$`, 'u');

/** Text that ends with an article label (…依照第三十一条): a space after it separates the label from the article's text. */
export const ENDS_WITH_ARTICLE = new RegExp(`第${NUMERAL}条(?:之${NUMERAL})?$`, 'u');

/** The words that open the notes printed under a table (备注：, 注：, 说明：; a form's 填表说明：, 填报说明：). */
const NOTE_WORD = String.raw`(?:备\s*注|注|(?:填\s*[表报]\s*)?说\s*明)\s*[:：]`;

/** What opens the notes printed under a table: the numbered lines after it are notes, no parts of an outline. */
export const NOTE_OPENING = new RegExp(String.raw`^\s*${NOTE_WORD}`, 'u');

const NOTE_NUMBER = new RegExp(String.raw`^\s*(?:${NOTE_WORD}\s*)?(\d{1,2})\s*[.．、]`, 'u');

/** The number a note under a table opens with (备注：1.…, 2.…), whether or not it opens the notes. */
export function noteNumber(text: string): number | undefined {
  const m = NOTE_NUMBER.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** A count alone in brackets over a list (（共7件）, （26件）): it names nothing; the list's name is its attachment's title. */
export const COUNT_ALONE = /^[（(]\s*共?\s*\d{1,4}\s*[件项个条家所处]\s*[）)]$/u;
