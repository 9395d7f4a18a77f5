/**
 * A unit's texts as the client holds them once fetched (a text fragment's entry), with the normalised
 * forms a query reads computed when first needed: readings, the searchable text, the words that name
 * its document and text, and the checks of a word against them (a sibling text's name, a short name of
 * its own text). Browser-safe.
 */
import type { InstrumentKind } from '../../schema/tree.ts';
import type { FragmentDoc, UnitType } from './format.ts';
import { normalizeSearchText, normalizeWithMap, searchableOf, type Normalized } from './tokenize.ts';
import { decodeSpans, type Span } from './word-spans.ts';
import { SHORT_KINDS } from '../chinese/kinds.ts';

/**
 * Whether a unit continues its parent's text as a lead-in: an item (项) or subitem (目) whose parent ends in a colon
 * (应提交以下资料：) or names the list to come (有下列情形之一的，依法移送县纪委监委予以追责。); a paragraph
 * under a heading (一、工作目标), which continues its title; an outline's point under a heading ending in a colon or
 * 如下 (对《…办法》作如下修改： ⏎ 1.将第八条第二款修改为…). The client reads the lead-in with the unit;
 * the index writes it with a unit whose parent lies in another text fragment.
 */
export function continuesLead(type: UnitType, parent: { type: UnitType; text: string }): boolean {
  if (type === 'paragraph') return parent.type === 'heading';
  // An outline's numbered point under a heading that introduces it (对《…办法》作如下修改： ⏎ 1.将第八条第二款修改为…).
  if (type === 'heading') return parent.type === 'heading' && /(?:[：:]|如下)$/u.test(parent.text.trim());
  return (type === 'item' || type === 'subitem') && /[：:]$|下列|以下|如下/u.test(parent.text.trim());
}

/** A document as its fragments describe it, with its periods and scopes longest prefix first. */
export interface LoadedDoc extends FragmentDoc {
  periods: NonNullable<FragmentDoc['periods']>;
  scopes: NonNullable<FragmentDoc['scopes']>;
}

/** A unit's texts as fetched; the normalised forms are computed when a query first needs them. */
export class LoadedText {
  private cache?: { readings: string[]; searchable: string; context: string; normalizedNames: string[] };
  private spans?: Span[];

  constructor(
    readonly id: string,
    readonly type: UnitType,
    readonly kind: InstrumentKind,
    /** The normalised citations naming the unit (第十四条第三项, the 文号 of a document). */
    readonly refs: string[],
    readonly doc: LoadedDoc,
    readonly citation: string,
    readonly text: string,
    readonly variants: string[],
    /** Label, titles, cells: a query equal to one is a direct hit. */
    readonly names: string[],
    private readonly wordCode: string,
    /** Short names of the unit itself (a document header's), searched like its text. */
    private readonly aliases: string[] = [],
    /** Short names of the text the unit belongs to (违建细则 for an article of that 细则): words that name it. */
    private readonly scopeAliases: string[] = [],
    /** The printed lead-in the unit continues (continuesLead), when its parent lies in another fragment. */
    readonly lead?: string,
  ) {}

  private get docTitle(): string {
    return this.doc.title;
  }

  /** Where jieba's words lie in the printed text. */
  get words(): Span[] {
    this.spans ??= decodeSpans(this.wordCode);
    return this.spans;
  }

  /** The printed text normalised, with the map back to it: for snippets, computed once. */
  get printedMap(): Normalized {
    this.map ??= normalizeWithMap(this.text);
    return this.map;
  }
  private map?: Normalized;

  private get normalized() {
    if (!this.cache) {
      const readings = [this.text, ...this.variants].map(normalizeSearchText);
      this.cache = {
        readings,
        searchable: searchableOf(this.text, this.variants, this.aliases),
        context: [this.citation, this.docTitle, ...this.scopeAliases].map(normalizeSearchText).join('\t'),
        normalizedNames: this.names.map(normalizeSearchText).filter((n) => n.length > 0),
      };
    }
    return this.cache;
  }

  /** Normalised text, then each normalised reading. */
  get readings(): string[] {
    return this.normalized.readings;
  }
  /** The readings tab-joined: what a query must be found in. */
  get searchable(): string {
    return this.normalized.searchable;
  }
  /** Normalised citation and document title: where words that name the document may be found. */
  get context(): string {
    return this.normalized.context;
  }
  get normalizedNames(): string[] {
    return this.normalized.normalizedNames;
  }
  /** The searchable text without the marks a word may be printed with inside it (的, 、, brackets, quotes). */
  get loose(): string {
    this.looseText ??= this.searchable.replace(LOOSE_MARKS, '');
    return this.looseText;
  }
  private looseText?: string;

  /** The text the unit belongs to: its instrument or attachment (yzbf-2023-4/ins_2), else its document. */
  get textKey(): string {
    if (this.key === undefined) {
      const [doc, part] = this.id.split('/');
      this.key = part && /^(ins|att)_/.test(part) ? `${doc}/${part}` : doc!;
    }
    return this.key;
  }
  private key?: string;

  /** The titles of the instruments a document issues, normalised (none for another unit's document). */
  get issuedTitles(): string[] {
    this.issued ??= this.doc.scopes.flatMap(([prefix, title]) => (prefix === this.id || prefix.startsWith(`${this.id}/ins_`) ? [normalizeSearchText(title)] : []));
    return this.issued;
  }
  private issued?: string[];

  /**
   * Whether a word of the document's title names another text of the document and not the unit's own
   * (违法用地 for an article of the 违法建设 细则, when one notice issues both): the title does not
   * say it of this unit.
   */
  namesSibling(word: string): boolean {
    const own = this.doc.scopes?.find(([prefix]) => this.id.startsWith(`${prefix}/`));
    if (!own || !own[0].includes('/ins_') || this.ownNames.some((n) => n.includes(word))) return false;
    return this.doc.scopes!.some(([prefix, title, aliases]) => prefix !== own[0] && prefix.includes('/ins_') && [title, ...aliases].some((n) => normalizeSearchText(n).includes(word)));
  }

  /**
   * Whether a word is a short name of the text the unit belongs to: four characters or more, ending
   * in a kind of text (办法, 细则 …), every one in order in the unit's citation (风补办法 for
   * 《攸县“攸惠贷”风险补偿资金管理办法》第四条, 违地细则 for 《…违法用地办法》细则) or a short name of
   * its text; without a kind, in order within a stretch of ABBREVIATION_SPAN times its length (消防综治
   * for 消防安全综合治理; of three characters, the first two side by side: 民生仗). Not in the document's
   * title, which may name two texts (违建细则 and 违地细则).
   */
  shortNameOfContext(word: string): boolean {
    if (SHORT_NAME.test(word)) return this.ownNames.some((name) => inOrder(word, name));
    const chars = [...word];
    if (chars.length >= 4) return this.ownNames.some((name) => inOrderWithin(word, name, ABBREVIATION_SPAN));
    // Three characters: two side by side in the name and one a little after them (民生仗 for 重点民生保障仗,
    // 风补金 for 风补资金), never a word the name prints whole; in the title, not the 文号 after it (攸政发
    // is another series than 攸政办发).
    if (chars.length !== 3) return false;
    return this.ownNames.some((name) => {
      const title = name.split(/[(（〔[]/u)[0]!;
      const at = title.indexOf(chars[0]! + chars[1]!);
      return at >= 0 && !title.includes(word) && inOrderWithin(word, title.slice(at), ABBREVIATION_SPAN);
    });
  }

  /** The words that name the unit's own text: its citation and its text's short names, normalised. */
  private get ownNames(): string[] {
    this.ownNamesList ??= [this.citation, ...this.scopeAliases].map(normalizeSearchText);
    return this.ownNamesList;
  }
  private ownNamesList?: string[];
}

/** The marks printed around a title or a name inside it (《》, 〈〉, quotes). */
export const TITLE_MARK = `《》〈〉"'`;
/** Marks a word may be printed with inside it (all of them, and whether a word holds one). */
const LOOSE_MARK = `[的、()${TITLE_MARK}]`;
export const LOOSE_MARKS = new RegExp(LOOSE_MARK, 'gu');
export const LOOSE_MARKS_ONE = new RegExp(LOOSE_MARK, 'u');
/** How much longer than an abbreviation the stretch spelling it out may be. */
export const ABBREVIATION_SPAN = 2.5;

/** Characters of a word that ends a quoted title and so names it (禁毒法 of 《中华人民共和国禁毒法》, not 办法). */
const NAME_OF_TITLE = 3;

/** The title of a form to fill in, not of a text: 审批表, 登记表, 申请书, 决定书. */
const FORM_TITLE = /(?:表|书)$/u;

/**
 * Where a word is printed in a text other than negated by a 非 run into it (机动车登记 in 非机动车登记, 营利 in
 * 非营利): the first such place, or −1. A word beginning with 非 itself is found as printed.
 */
export function unnegatedIndex(text: string, word: string): number {
  let i = text.indexOf(word);
  if (word.startsWith('非')) return i;
  while (i > 0 && text[i - 1] === '非') i = text.indexOf(word, i + 1);
  return i;
}

/**
 * Where `word` is printed in `text` outside the title of another text it quotes (营业性演出 in
 * 营业性演出审批, not in 《营业性演出管理条例》): the first such place, or -1 when it is printed only as
 * a part of quoted titles. A word that is a whole quoted title (《城镇燃气管理条例》), or ends one and
 * so names it (食品安全法 of 《中华人民共和国食品安全法》), stands outside; so does one ending a title
 * quoted inside another (港口法 of 《湖南省实施〈中华人民共和国港口法〉办法》), and one in the name of a form
 * (报废 of 《国有资产调拨、转让、报废、核销审批表》).
 */
export function outsideQuotedTitle(word: string, text: string, from = text.indexOf(word)): number {
  for (let i = from; i >= 0; i = text.indexOf(word, i + 1)) {
    const open = text.lastIndexOf('《', i);
    if (open < 0 || text.lastIndexOf('》', i) > open) return i;
    const close = text.indexOf('》', open);
    if (close < 0 || close < i + word.length) return i;
    // A form the text has one fill in (《国有资产调拨、转让、报废、核销审批表》, 《…申请书》) is no other text: its
    // words are what the unit is about.
    if (FORM_TITLE.test(text.slice(open + 1, close))) return i;
    if (close === i + word.length && (open === i - 1 || [...word].length >= NAME_OF_TITLE)) return i;
    const end = i + word.length;
    if (text[end] === '〉' && text.lastIndexOf('〈', i) > open && (text[i - 1] === '〈' || [...word].length >= NAME_OF_TITLE)) return i;
  }
  return -1;
}

/**
 * Whether every character of a word stands in the text in order, from its first to its last, within a
 * stretch at most `span` times the word's length (客运站许可: 客运站…许可 in 道路旅客运输站经营许可).
 */
export function inOrderWithin(word: string, text: string, span: number): boolean {
  const chars = [...word];
  const longest = Math.ceil(chars.length * span);
  for (let from = text.indexOf(chars[0]!); from >= 0; from = text.indexOf(chars[0]!, from + 1)) {
    let at = from;
    let k = 1;
    for (; k < chars.length; k++) {
      at = text.indexOf(chars[k]!, at + 1);
      if (at < 0 || at - from >= longest) break;
    }
    if (k === chars.length) return true;
    if (at < 0) return false;
  }
  return false;
}

/** A short name: Han characters ending in a kind of text (core/chinese/kinds.ts). */
export const SHORT_NAME = new RegExp(`^\\p{Script=Han}{2,}(?:${SHORT_KINDS.join('|')})$`, 'u');

/** Every character of `short` in `long`, in order (国资管理办法 in 国有资产管理办法), but for at most `misses` of them. */
export function inOrder(short: string, long: string, misses = 0): boolean {
  let at = 0;
  for (const ch of short) {
    const next = long.indexOf(ch, at);
    if (next < 0) {
      if (--misses < 0) return false;
      continue;
    }
    at = next + 1;
  }
  return true;
}
