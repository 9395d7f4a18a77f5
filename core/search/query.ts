/**
 * What a query asks for (browser-safe). The query is normalised (tokenize.ts: width, case, 文号
 * brackets, 第14条 → 第十四条), then read for
 * - structure: a 文号 in any form (攸政办发[2023]8号, 〔2023〕8号, 8号文), and a citation path inside a
 *   document (第十四条第三项, 附件5, 二、第八项, 序号8), which select units by where they stand;
 * - concepts: what is left, cut at question words and particles (开饭店要办什么许可 → 开饭店 · 办 · 许可),
 *   each with the other ways bulletins print it (lexicon.ts: 饭店 → 餐饮, 小餐饮, 食品经营), ranked below
 *   the words typed.
 */
import { statedQuantities, withoutAgeThisYear, type Quantity } from './quantities.ts';
import { normalizeSearchText } from './tokenize.ts';
import type { LexiconBlock } from './format.ts';
import { CHINESE_DIGIT, CHINESE_NUMERAL, parseNumeral, toNumeral } from '../chinese/numerals.ts';
import { parseDocNumber } from '../chinese/doc-number.ts';
import { CHINESE_YEAR, numericDatesAsPrinted, yearNumber } from '../chinese/dates.ts';
import { articleFromEnd, articleOfChapter, rowFromEnd, LAST_ITEM, FIRST_PARAGRAPH, LAST_PARAGRAPH, NOTICE_TEXT, noticeParagraph, noticePoint, paragraphFromEnd, paragraphFromEndUnder } from './refs.ts';
import { SHORT_KINDS } from '../chinese/kinds.ts';
import { REGISTRATION_IN_TEXT, REGISTRATION_SERIAL } from '../chinese/registration.ts';
import { A_NOT_A, COUNTED, DEMONSTRATIVE, FINAL_PARTICLES, FUNCTION_CHARS, FUNCTION_WORD, LONE_VERBS, QUESTION_VERBS, STOP_CHARS, STOP_PHRASES, SYNONYMS, synonymMap } from './lexicon.ts';

/** A way a concept may be printed. */
export interface Alternative {
  text: string;
  /** 1 for the words typed; less for a synonym or a correction. */
  weight: number;
  via: 'typed' | 'synonym' | 'correction';
}

/** One thing the query asks about (a run of its words between question words and particles). */
export interface Concept {
  /** As typed, normalised. */
  text: string;
  /** The typed form first, then other printed forms. */
  alternatives: Alternative[];
  /** How it was typed, when not as `text` (wei jian xi ze, read as weijianxize): what a correction replaces. */
  typed?: string;
}

/** A 文号 as the query gives it: whole (攸政办发〔2023〕8号) or short (8号文, 〔2023〕8号). */
export interface DocNumberQuery {
  serial: number;
  year?: number;
  agency?: string;
  /** The normalised 文号 when the query gives it whole. */
  normalized?: string;
}

export interface ParsedQuery {
  /** The whole query normalised (spaces next to Chinese dropped: A 级景区 3 家 = a级景区3家). */
  phrase: string;
  /** The words the user separated with spaces, each normalised. */
  words: string[];
  docNumber?: DocNumberQuery;
  /** The citation path inside a document, normalised: 第十四条第三项, 附件5, 二、第八项. */
  ref?: string;
  /** The attachment a row path is in (附件2 第8项: 2, the path 第八项). */
  attachment?: number;
  /** The other articles a list or range cites beside `ref` (第十四条至第十六条: 第十五条, 第十六条). */
  more?: string[];
  /** The title typed right after an outline path (四、工作要求: 工作要求): the part cited must bear it. */
  partTitle?: string;
  /** Words left once the 文号 and the path are taken out: they pick the document (攸惠贷, 违建细则). */
  rest: string[];
  /** The query read without a row path guessed after a 文号 (7号文 一、26), for when the document has no such row. */
  withoutRow?: ParsedQuery;
  /**
   * The query read with its 文号 as text, where the 文号 was read with an agency no printed 文号 of the archive's own
   * bears (禾政〔2025〕2号, its 发 left out): for when no document answers it so (白政〔2024〕31号, a township's 请示, cited).
   */
  asText?: ParsedQuery;
  /**
   * The query read with digits and 条 run into a name as the name they may be (房地产12条 as
   * 房地产十二条, which calls measures by how many they are), for when a text is called so; else the
   * digits are an article (攸惠贷14条).
   */
  asCount?: ParsedQuery;
  concepts: Concept[];
  /**
   * What kind of answer a question asks for (the texts answering each: ANSWERS in client.ts): an amount
   * (多少, 最高, 几年), a ratio (比例, 几成), a permit (要办什么证, 找谁批), whether something is allowed
   * (能不能, 合规吗), what a text rests on (制定依据), a frequency (多久…一次), a time (什么时候, 多久), or
   * the document itself, its 文号 or date of issue (文号多少, 哪天印发的: its header answers), or whether
   * something falls under a term a text defines (算不算违法用地, 属不属于国有资产: the clause saying what it covers),
   * or whom a text applies to (也归这个办法管吗, 也要按国有资产办法来管吗: the clause saying 适用于).
   */
  asks?: 'amount' | 'time' | 'clock' | 'ratio' | 'permit' | 'frequency' | 'basis' | 'permission' | 'document' | 'consequence' | 'classification' | 'scope' | 'who';
  /**
   * Permits a question says are granted before it asks what else is needed (药店的筹建审批批下来了 …还要再办
   * 经营许可吗): `permit` the step taken (筹建审批), not the answer; `said` the words saying so
   * (筹建审批批下来), which ask nothing.
   */
  done?: Array<{ permit: string; said: string }>;
  /** The question asks for the first step of a procedure (第一步, 头一步, 先要去哪): its first item. */
  firstStep?: boolean;
  /** The question asks whether an act is lawful (这样合法吗, 行不行), not whether others may serve it (能不能给他接上水电). */
  lawful?: boolean;
  /** Amounts of money, land or floor area the question states (一百五十万的设备, 二十几亩): the clause whose range holds them answers. */
  quantities?: Quantity[];
  /** The question asks what holds now (今年, 现在, 最新, 新任): of texts answering alike, the newest year's. */
  recent?: boolean;
  /** The day the text it names was issued (2023年12月20日印发的…, 1月31日发的…): MM-DD, or YYYY-MM-DD with the year. */
  issued?: string;
}

/** Weight of a concept's synonym next to the words typed. */
export const SYNONYM_WEIGHT = 0.7;
/** Weight of a lone verb found as typed (退 anywhere in a text says little). */
const LONE_WEIGHT = 0.3;

const NUM = CHINESE_NUMERAL;
const ARTICLE_PATH = `第${NUM}条(?:之${NUM})?(?:第${NUM}款)?(?:第${NUM}项)?(?:第${NUM}目)?`;
/** 附件5, 附件五 (the search form keeps digits: 附件5). */
const ATTACHMENT = /附件([0-9]{1,2}|[一二三四五六七八九十]{1,3})/u;
/** A list's row: 二、第八项, 第八项, 序号8, the task numbered 8 of a plan's task list (任务8), and a list's 第188号事项. */
const ROW = new RegExp(`(?:([一二三四五六七八九十]{1,3})、)?(?:第(${NUM})项|(?:序号|任务)([0-9]{1,4}|${NUM})|第([0-9]{1,4}|${NUM})号事项)`, 'u');
/**
 * A list part's row by its place in the part, the part's title maybe between (四、建立基层消防救援体系 第2项, (四)第4项,
 * 四、末项, 四、… 最后一项): 第二项 or 末项 under 四、 or (四). Not a path's second level ((二) after 一、 or 第二部分), nor
 * a row counted in the table (（一）强化安全监管 第2行: a table of its own).
 */
const PART_PLACE = new RegExp(`(?:([一二三四五六七八九十]{1,3})、(?!\\()|(?<=^|\\s|清单|目录|一览表)\\(([一二三四五六七八九十]{1,3})\\))\\s*(\\p{Script=Han}{2,24}?)?\\s*(?:部分)?(?:的|中的|下的|项下)?\\s*(?:第([0-9]{1,3}|${NUM})项|末项|最后一项)(?=\\s|$)`, 'u');
/** A part's row under its title (以法治护一流环境 部分第4行, …这部分第4行): its place in the part, the title, left beside it, naming the part. */
const TITLED_PART_LINE = new RegExp(`(?<=\\p{Script=Han}{2}\\s*)(?:这个?|该)?部分的?第([0-9]{1,3}|${NUM})[项行](?=\\s|$)`, 'u');
/** A part's last row under its title, or a list's (以法治护一流环境 末项, 最后一项). */
const LAST_ITEM_NAMED = /(?<=\p{Script=Han}{2}\s*)(?:部分的?)?(?:末项|最后一项)(?=\s|$)/u;
/** A table's row by its place, as a row without 序号 is cited (第2行, 第二行), or from the table's end (倒数第九行, 最后一行). */
const LINE = new RegExp(`(倒数)?第([0-9]{1,4}|${NUM})行|(?:最后|末)一?行`, 'u');
/** Labels of an outline text from the top, as the normal form prints them: 四、(四), 二、(三)1. */
const OUTLINE_PATH = /[一二三四五六七八九十]{1,3}、(?:\([一二三四五六七八九十]{1,3}\))?(?:[0-9]{1,3}\.(?![0-9]))?/u;
/**
 * An outline path typed without the marks print puts after its labels: 二（四）9 or 二、（二）11 for
 * 二、(四)9., a 、 left out before a (…), the . after the task's number.
 */
const LOOSE_OUTLINE_PATH = /([一二三四五六七八九十]{1,3})、?\(([一二三四五六七八九十]{1,3})\)(?:([0-9]{1,3})\.?)?(?![0-9])/u;
/** The brackets of a citation's 文号 once it is read: empty, or holding the attachment's number (附件1). */
const CITED_BRACKETS = new RegExp(`\\(\\s*(${ATTACHMENT.source})?\\s*\\)`, 'gu');
/** A paragraph's place under its heading or in its text: 第2段, 第二段 (not 倒数第二段, counted from the end). */
const PLACE = `(?<!倒数)第([0-9]{1,3}|${NUM})段`;
/** A place counted from the end (倒数第二, 倒数第2): its number, the last being 1. */
const FROM_END = `倒数第([0-9]{1,2}|${NUM})`;
/** A paragraph outside articles: 三、(一)第2段, 第1段. */
const PARAGRAPH = new RegExp(`(${OUTLINE_PATH.source})?${PLACE}`, 'u');
const PLACE_WORD = new RegExp(`^${PLACE}$`, 'u');

/** A paragraph's place typed as a word of its own beside a path (第四段, 第2段; 首段, its first): its number, or undefined. */
export function paragraphPlace(word: string): number | undefined {
  if (FIRST_WORD.test(word)) return 1;
  const m = PLACE_WORD.exec(word);
  return m ? parseNumeral(m[1]!) : undefined;
}
/** The first paragraph under a part, named beside its path (重点任务（二）首段, …部分首段). */
const FIRST_WORD = /^(?:部分)?(?:首段|开头(?:一)?段)$/u;
/** What people call a text's opening paragraph (序言, 首段, 导语), and its closing one (末段, 最后一段). */
const OPENING_WORDS = '序言|前言|引言|导语段?|首段|开头(?:一)?段|开篇(?:段落?)?';
const OPENING = new RegExp(OPENING_WORDS, 'u');
const CLOSING_WORDS = '末段|最后一段|最末一段|尾段|结尾段';
/** A text's closing paragraph, or one counted from the end (倒数第二段). */
const CLOSING = new RegExp(`${CLOSING_WORDS}|${FROM_END}段`, 'u');
/** The last paragraph under a heading, or one counted from the end: 三、(一)最后一段, 三、(一)末段, 三、(一)倒数第二段. */
const LAST_UNDER = new RegExp(`(${OUTLINE_PATH.source})(?:${CLOSING_WORDS}|${FROM_END}段)`, 'u');
const CLOSING_WORD = new RegExp(`^(?:${CLOSING_WORDS}|${FROM_END}段)$`, 'u');
/** The place from the end of the paragraph a word typed beside a path says: 1 for its last (最后一段, 末段), 2 for 倒数第二段; undefined for other words. */
export function paragraphFromEndPlace(word: string): number | undefined {
  const m = CLOSING_WORD.exec(word);
  return m ? fromEndNumber(m[1]) : undefined;
}
/** The place counted from the end a match of FROM_END holds (undefined: the last), or undefined for a number it cannot read. */
function fromEndNumber(n: string | undefined): number | undefined {
  return n === undefined ? 1 : parseNumeral(n) || undefined;
}
/** A notice's own text (印发通知正文) or one of its paragraphs (通知第一段). */
/** A point of a notice's own text: 通知第三项, 通知的第3点, 通知正文第三条, 通知三、. */
const NOTICE_POINT = new RegExp(`通知(?:正文)?的?(?:第(${NUM}|[0-9]{1,2})[项点条]|(${NUM})、)`, 'u');
const NOTICE_PARAGRAPH = new RegExp(`通知(?:正文|第([0-9]{1,3}|${NUM})段)`, 'u');
/**
 * A part's label, its title typed apart, and a paragraph under it by its place or as its text or
 * opening (二、工作目标 第一段, 一、指导思想 正文段, 二、（一）首段), or 段 right after its title (二、工作目标段).
 */
const TITLED_PARAGRAPH = new RegExp(`(${OUTLINE_PATH.source})\\s*(\\p{Script=Han}{2,24}?)?\\s*(?:(?<!倒数)第([0-9]{1,3}|${NUM})段|正文(?:段|第一段)?|${OPENING_WORDS}|(?<=\\p{Script=Han}{2})(?<![0-9一二三四五六七八九十百第首末尾前后每全分阶])段(?=\\s|$))`, 'u');
/** 第四章, 第二节, 第二章第一节. */
const CHAPTER_PATH = new RegExp(`(?:第${NUM}章)?(?:第${NUM}节)|第${NUM}章`, 'u');
// Not the tail of a 登记号 (ZZYXDR-2023-01003号文件: the document registered under that number). Its serial and year
// in Chinese numerals too (二〇二三年第八号文, 九号文), the serial after 第, a year or a space only (not 中央一号文件).
/** A body above the county right before a short 文号 (市里, 省政府的, 株洲市, 国务院): the 文号 is that body's, not the corpus's own. */
const OTHER_BODY_BEFORE = /(?:市里|市上|市政府|市委|省里|省上|省政府|省委|国务院|国家|中央|(?<![\p{Script=Han}])\p{Script=Han}{2,4}[市省])(?:的|办的?|发的?)?\s*$/u;
/** A body named by its level alone (市里, 市政府办的, 市委): the archive's own in an archive of that level. */
const OWN_LEVEL_BODY = /^[市省](?:里|上|政府|委)/u;
const SHORT_DOC_NUMBER = new RegExp(`(?:〔(\\d{4})〕|(\\d{4}|${CHINESE_YEAR})年)?第?(?<![\\d\\-a-z])(\\d{1,4}|(?<=第|年|^|\\s)[一二三四五六七八九十百]{1,4})号文(?:件)?|〔(\\d{4})〕(\\d{1,4})号`, 'u');

/**
 * Articles cited as a list or a range (第十四条、第十五条, 第十四条至第十六条, 第十四至十六条, 第14-16条):
 * the first as a path, the others beside it, at most MAX_RANGE in all.
 */
const ARTICLE_RANGE = new RegExp(`第(${NUM}|\\d{1,3})条?(至|到|-|~|、|和|及)第?(${NUM}|\\d{1,3})条`, 'u');
const MAX_RANGE = 10;

function readRange(text: string): { ref: string; more: string[]; rest: string } | undefined {
  const m = ARTICLE_RANGE.exec(text);
  if (!m) return undefined;
  const from = parseNumeral(m[1]!);
  const to = parseNumeral(m[3]!);
  if (!from || !to || to <= from) return undefined;
  const list = /[、和及]/u.test(m[2]!) ? [from, to] : Array.from({ length: Math.min(to - from + 1, MAX_RANGE) }, (_, i) => from + i);
  const [first, ...others] = list.map((n) => `第${toNumeral(n)}条`);
  return { ref: first!, more: others, rest: cut(text, m) };
}

/**
 * Items of one article cited as a range or a list (第十五条第（三）项至第（五）项, 第十四条第（一）、（二）项,
 * 第十四条第一、二、三项): the first as a path, the others beside it, at most MAX_RANGE in all.
 */
const ITEM_RANGE = new RegExp(`(第${NUM}条(?:第${NUM}款)?)第\\(?(${NUM}|\\d{1,2})\\)?项?(至|到|-|~)第?\\(?(${NUM}|\\d{1,2})\\)?项`, 'u');
const ITEM_LIST = new RegExp(`(第${NUM}条(?:第${NUM}款)?)第((?:\\(?(?:${NUM}|\\d{1,2})\\)?项?[、,和及])+\\(?(?:${NUM}|\\d{1,2})\\)?)项`, 'u');

function readItemRange(text: string): { ref: string; more: string[]; rest: string } | undefined {
  const range = ITEM_RANGE.exec(text);
  const list = range ? undefined : ITEM_LIST.exec(text);
  const m = range ?? list;
  if (!m) return undefined;
  let items: number[];
  if (range) {
    const [from, to] = [parseNumeral(range[2]!), parseNumeral(range[4]!)];
    if (!from || !to || to <= from) return undefined;
    items = Array.from({ length: Math.min(to - from + 1, MAX_RANGE) }, (_, i) => from + i);
  } else {
    const listed = list![2]!.split(/[、,和及]/u).map((p) => parseNumeral(p.replace(/[()项]/gu, '')));
    if (listed.some((n) => !n)) return undefined;
    items = listed as number[];
  }
  const [first, ...others] = items.slice(0, MAX_RANGE).map((n) => `${m[1]}第${toNumeral(n)}项`);
  return { ref: first!, more: others, rest: cut(text, m) };
}

/**
 * 第四部分 is the outline's 四、 (and a list's part 四、); so is a list's 第一类 or 第一类任务 standing before a
 * number (7号文 第一类 164项, 9号文附件2 第三类任务第1项), not 第一类医疗器械, a class of things; after a part, a
 * class is its second level (第二部分第一类: 二、(一)).
 */
function partsAsLabels(text: string): string {
  return text
    // A class right after a part (风险阻击战方案 第二部分第一类第3条) is the part's second level: 二、(一).
    // So is one bracketed, or called a 节 (附件6 第二部分第（三）类, 附件1 第二部分第（五）节).
    .replace(new RegExp(`第(${NUM}|[0-9]{1,2})部分\\s*第\\(?(${NUM}|[0-9]{1,2})\\)?[类节]`, 'gu'), (m, a: string, b: string) => {
      const [x, y] = [parseNumeral(a), parseNumeral(b)];
      return x && y && y <= 10 ? `${toNumeral(x)}、(${toNumeral(y)})` : m;
    })
    // A part's numeral in brackets (第(三)部分) is the part's own.
    // (After an attachment's number in words, apart from it: 附件二第三部分 is 附件二 三、, never 附件二三、.)
    .replace(new RegExp(`(附件[一二三四五六七八九十]{1,3})?第\\(?(${NUM}|[0-9]{1,2})\\)?(?:部分|类(?:任务|事项)?(?=\\s*(?:第|[0-9])))`, 'gu'), (m, attachment: string | undefined, n: string) => {
    const v = parseNumeral(n);
    return v ? `${attachment ? `${attachment} ` : ''}${toNumeral(v)}、` : m;
  });
}

/**
 * A path's parts joined by 之 as they are printed: an item as 之（N） after its article (第八条之（五）: 第八条（五）, its
 * 第五项; 第八条之一 is an article of its own), a point after its part's label (三之（六）, （三）之11: 三（六）, （三）11);
 * and a point in digits after an outline's bracketed part, before a space or words and with no unit (二（三）11 放管服)
 * with its dot, 11., as printed (not after an article's item: 第九条（一）3 is its 目). A number after an
 * attachment joined so (附件2之十五, 附件2之15) is its Nth task, 第十五项. A part's label and a row's number
 * joined by a dash or by 之 (二-7, 一之2) are the row so numbered in that part, 二、7, words maybe right after it (二之3 野生动植物收购:
 * the space before them is dropped as an extraction's is).
 */
function joinedParts(query: string): string {
  return query
    .replace(/(?<=^|\s|清单|》|\)|附件[0-9]{1,2})([一二三四五六七八九十]{1,3})\s*[-－—–之]\s*([0-9]{1,3})(?=\s|$|\p{Script=Han})(?![万亿千百元年月日天个次倍亩米项条号款])/gu, '$1、$2')
    .replace(new RegExp(`(附件(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}))\\s*之(${NUM}|[0-9]{1,3})(?![0-9一二三四五六七八九十百条款项部、.])`, 'gu'), (m, attachment: string, n: string) => {
      const v = /^[0-9]+$/u.test(n) ? Number(n) : parseNumeral(n);
      return v ? `${attachment}第${toNumeral(v)}项` : m;
    })
    .replace(new RegExp(`(第${NUM}条)之(?=\\((?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\\))`, 'gu'), '$1')
    .replace(new RegExp(`(?<=(?<!第${NUM})[一二三四五六七八九十]|\\([一二三四五六七八九十]{1,3}\\))之(?=\\([一二三四五六七八九十]|[0-9])`, 'gu'), '')
    .replace(/(?<=(?<!条)\([一二三四五六七八九十]{1,3}\))([0-9]{1,3})(?=\s|$|\p{Script=Han})(?![万亿千百元年月日天个次倍亩米项条号款])/gu, '$1. ')
    // A part's second level and 之 with a Chinese numeral (三、（一）之五): its Nth paragraph, as 第5段 cites it.
    .replace(/(?<=[一二三四五六七八九十]、\s*\p{Script=Han}{0,8}\([一二三四五六七八九十]{1,3}\))\s*之([一二三四五六七八九十]{1,2})(?![0-9一二三四五六七八九十条款项目段])/gu, (m, n: string) => {
      const v = parseNumeral(n);
      return v ? `第${v}段 ` : m;
    });
}

/**
 * An outline's two levels as people name them, 大点 and 小点 or 大项 and 小项 (第二大点第（一）小点,
 * 第二大项第一小项): the part and its second level, as 第二部分第（一）项 cites them. A point as 条目N (若干措施
 * 条目七) or 措施N after a 文号 (8号文 措施七): the text's 第七条, an article or, in a text of parts, its 七、. A list's row by
 * its number alone at the end (附件3清单第十四): its 第十四项. 附N for 附件N (附4第二部分(四)). A point of a list's notes
 * (说明五, 使用说明第五条): 说明第五项, as the index files the notes printed before a list's parts (pipeline/index/units.ts).
 */
function namedLevels(query: string): string {
  return query
    .replace(new RegExp(`第(${NUM}|[0-9]{1,2})大[点项]`, 'gu'), (m, n: string) => {
      const v = parseNumeral(n);
      return v ? `第${toNumeral(v)}部分` : m;
    })
    // 条目七, or 措施七 after a 文号 or a title (8号文 措施七): the text's 第七条 (a text of parts: its 七、).
    .replace(new RegExp(`(?:条目|(?<=^|\\s|文|》)措施)(${NUM}|[0-9]{1,2})(?![0-9])`, 'gu'), (m, n: string) => {
      const v = parseNumeral(n);
      return v ? `第${toNumeral(v)}条` : m;
    })
    // A point of a list's notes (清单 说明五, 基准使用说明第五条, 说明 五、), apart or right after the list's name (its last
    // character, as LIST_NAME ends: a lookbehind of LIST_NAME itself cost 0.6 ms a query): 说明第五项.
    .replace(new RegExp(`(?<=^|[\\s》)单录准表])(?:使用|编制|填报)?说明\\s*第?(${NUM}|[0-9]{1,2})[、条项点]?(?=\\s|$)`, 'gu'), (m, n: string) => {
      const v = parseNumeral(n);
      return v ? `说明第${toNumeral(v)}项` : m;
    })
    // A list's row by its number alone, ending the query (附件3清单第十四): its 第十四项.
    .replace(new RegExp(`(?<=清单|目录)\\s*第(${NUM}|[0-9]{1,3})$`, 'gu'), '第$1项')
    // 附表1 for 附件1: an attachment that is a table, called by what it is (规范性文件01006 附表1 乡镇权责).
    .replace(/附表(?=\s*(?:[0-9]{1,2}(?![0-9])|[一二三四五六七八九十]{1,2}(?![、一二三四五六七八九十])))/gu, '附件')
    // 附4 for 附件4, after a 文号 or standing alone (攸政办2023年2号 附4第二部分(四)); not 附近, 附表.
    .replace(new RegExp(`(?<=^|\\s|文|号|》)附(?=[0-9]{1,2}(?![0-9])|[一二三四五六七八九十]{1,2}(?=第|之|、|\\s|$|[(（]))`, 'gu'), '附件')
    // A part's title between it and its point (第二部分 主要目标 第4小点): the point's path, the title after it.
    .replace(new RegExp(`(第(?:${NUM}|[0-9]{1,2})部分)\\s*([^\\s第0-9]{2,8})\\s*第\\(?(${NUM}|[0-9]{1,2})\\)?(?:小[点项]|项|点)`, 'gu'), (m, part: string, title: string, n: string) => {
      const v = parseNumeral(n);
      return v ? `${part}第${toNumeral(v)}项 ${title}` : m;
    })
    .replace(new RegExp(`(?<=部分)\\s*第\\(?(${NUM}|[0-9]{1,2})\\)?小[点项]`, 'gu'), (m, n: string) => {
      const v = parseNumeral(n);
      return v ? `第(${toNumeral(v)})项` : m;
    });
}

/** A breadcrumb's parts, a bare number read as the level below the part before it: an article below a 章 or 节, an item below an article. */
function breadcrumbParts(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    // The number opens the part (3 阻挠执法公务: the item, then its words).
    const [first = '', ...words] = part.split(/\s+/u);
    const n = /^[0-9]{1,3}$/u.test(first) ? Number(first) : undefined;
    const before = out.at(-1) ?? '';
    if (n && /[章节]$/u.test(before)) out.push(`第${toNumeral(n)}条`, ...words);
    else if (n && /条$/u.test(before)) out.push(`（${toNumeral(n)}）`, ...words);
    else out.push(part);
  }
  return out;
}

/**
 * An article by the section sign (风补办法§15(5): 第十五条, its item read after it). A list's table by its
 * place before a row's number (许可清单第二表序6, 表二第5行, 7号文一表62项, 第一张表 196号): the list's part so numbered, as 表一 210 is read
 * (a 许可清单 prints a table per part); 序6 is 序号6. A row by its line in a part (第五类第一行: 五、第一行) is
 * the part's Nth task, as 五、第一项 cites it.
 */
function signsAndTables(query: string): string {
  return query
    .replace(/§\s*([0-9]{1,3})(?![0-9])/gu, (_, n: string) => ` 第${toNumeral(Number(n))}条`)
    .replace(/(?<=^|[\s表单、》)])序(?=\s*[0-9])/gu, '序号')
    // A row's 编号 is its 序号, in digits or in numerals read digit by digit (编号二三二).
    .replace(/(?<=^|[\s表单、》)])编号(?=\s*[0-9〇零一二三四五六七八九])/gu, '序号')
    .replace(new RegExp(`(?:第(${NUM}|[0-9]{1,2})张?表|(?<=\\s|^|清单|》|附|\\))表\\(?(${NUM}|[0-9]{1,2})\\)?|(?<=\\s|^|清单|》|文|件)([一二三四五六七八九十])表)(?=\\s*(?:序号\\s*[0-9]|第(?:[0-9]{1,4}|${NUM})[行项条号]|[0-9]{1,4}[项号行]))`, 'gu'), (m, a?: string, b?: string, c?: string) => {
      const v = parseNumeral(a ?? b ?? c!);
      return v && v <= 10 ? ` ${toNumeral(v)}、` : m;
    })
    // 附表（一）: the 附 of a table's name is no word.
    .replace(/附(?=\s[一二三四五六七八九十]{1,2}、)/gu, '');
}

/**
 * A text a notice sends counted by its place, after the 文号 or the name of what sends it (2号文的第二个附件,
 * 2号文所附第2个方案, 4号文 第二个细则, 六仗方案的第五个方案): its 附件N, as the file numbers it. Not after a
 * 文号 read as none (攸政办发4号, no year): the 附件N of every document would be read.
 */
function countedTexts(query: string): string {
  return query.replace(new RegExp(`(?<=(?:〔[0-9]{4}〕[0-9]{1,4}号|号文件?|${SHORT_KINDS.join('|')})\\s*)(?:所附的?|的)?第(${NUM}|[0-9]{1,2})(?:个|份|部)(?:附件|方案|清单|细则|办法)`, 'gu'), (m, n: string) => {
    const v = parseNumeral(n);
    return v ? ` 附件${v} ` : m;
  });
}

/** The citation path in a normalised query, and the query without it. */
function readPath(query: string, named = false): { ref?: string; attachment?: number; more?: string[]; partTitle?: string; rest: string } {
  // 第四部分 is the outline's 四、; （二） right before 第6项 names the part the row is in (二、第六项).
  const text = partsAsLabels(joinedParts(namedLevels(signsAndTables(query))))
    // A point of a notice's own text, however typed (通知的第3点, 通知正文第三条, 通知三、): 通知第三项, read below.
    .replace(NOTICE_POINT, (m, n?: string, label?: string) => {
      const v = parseNumeral(n ?? label!);
      return v ? `通知第${toNumeral(v)}项` : m;
    })
    // A text's 首条 or 头一条 is its 第一条 (国资办法首条); a 小项 or 小点 is a point (第二十六小项: 第二十六项).
    .replace(new RegExp(`(?<=${AFTER_NAME})(?:首|头一)条`, 'gu'), '第一条')
    // ... and the 款, item or 目 after its article, 款 or item (第二条头一款, 第二条首款, 第十四条头一项): its first
    // (头一, not 头 alone: a 头款 is a down payment).
    .replace(/(?<=[条款项])\s*(?:首|头一)([款项目])/gu, '第一$1')
    // A point after an item (第十四条第二项第1点, 第五条第（三）项第2小点): its 目.
    .replace(new RegExp(`(第${NUM}条(?:第${NUM}款)?第${NUM}项)\\s*第(${NUM}|[0-9]{1,2})(?:小[点项]|点)`, 'gu'), (m, head: string, n: string) => {
      const v = parseNumeral(n);
      return v ? `${head}第${toNumeral(v)}目` : m;
    })
    .replace(new RegExp(`第(${NUM}|[0-9]{1,3})小[项点]`, 'gu'), '第$1项')
    // A bare numeral right after a part's label, then a space or the end (第四部分二 明晰工作职责: 四、二): its
    // second level, 四、(二).
    .replace(/(?<=[一二三四五六七八九十]、)([一二三四五六七八九十]{1,2})(?=\s|$)/gu, '($1)')
    // A row by its line in a part (五、第一行): the part's Nth task, 五、第一项.
    .replace(new RegExp(`(?<=[一二三四五六七八九十]、)\\s*第([0-9]{1,4}|${NUM})行`, 'gu'), (m, n: string) => {
      const v = parseNumeral(n);
      return v ? `第${toNumeral(v)}项` : m;
    })
    // After a part's label, its second level named as lawyers name it (三、第（二）项, 第三部分第二点,
    // 第二部分 （四）27): the outline's 三、(二) and 二、(四)27.
    // A part's label, its title and its second level's label (三、重点任务（一）): 三、(一), the title typed apart
    // before it, a word naming where the path lies (the second level need not bear its part's title).
    // Typed apart too (四、工作要求 （五）完善管理制度), or with a slash or a dash between (三、重点任务／（三）).
    .replace(/(?<=^|\s|文|件|》)([一二三四五六七八九十]{1,3}、)(\p{Script=Han}{2,8}?)\s*[/\-~]?\s*(\([一二三四五六七八九十]{1,3}\))/gu, (m, label: string, title: string, second: string) => (/[条款项目章节段]$|^第/u.test(title) ? m : `${title} ${label}${second} `))
    // A part's title in brackets right after its label (第4部分第5点（管理制度）, 四、(五)(完善管理制度)): its title typed apart.
    .replace(/(?<=[一二三四五六七八九十]、(?:\([一二三四五六七八九十]{1,3}\))?|第[0-9一二三四五六七八九十]{1,3}[部分点条款项]{1,2})\s*\((?![一二三四五六七八九十]{1,3}\))(\p{Script=Han}{2,12})\)/gu, ' $1 ')
    // In digits too (第4部分第5点: 四、(五)).
    .replace(/(?<=[一二三四五六七八九十]、)\s*第(?:\(([一二三四五六七八九十]{1,3})\)[项条点]|([一二三四五六七八九十]{1,3}|[0-9]{1,2})点)/gu, (m, bracketed?: string, point?: string) => {
      const v = parseNumeral(bracketed ?? point!);
      return v ? `(${toNumeral(v)})` : m;
    })
    // An article after a part's label (总体方案第二部分第一条) is its Nth item, as 第二部分第一项 cites it; so
    // is a 目 there (第二部分第（四）目), no item standing above it.
    .replace(new RegExp(`(?<=[一二三四五六七八九十]、)\\s*第(${NUM}|[0-9]{1,2})[条目](?!\\s*第)`, 'gu'), '第$1项')
    // A list's part named by its class, glued between the list's name and a row's number (县许可清单省级设定类第6项):
    // apart, as typed apart (许可清单 省级设定类 第6项), the class words naming the part.
    .replace(new RegExp(`(?<=清单(?:\\([^()]{1,12}\\))?》?)(\\p{Script=Han}{2,12}类)(?=第(?:[0-9]{1,4}|${NUM})(?:项|号事项))`, 'gu'), ' $1 ')
    // A table by its place glued before a row's (目录2023第1表第75行): apart, so that the words before it name the text.
    .replace(new RegExp(`第([0-9]{1,2}|${NUM})表(?=\\s*第(?:[0-9]{1,4}|${NUM})[行项])`, 'gu'), ' 第$1表 ')
    // A list's part by its numeral before a row's number (清单二 第6项, as 清单一 239): the part's label, 二、第6项.
    .replace(new RegExp(`(?<=清单(?:\\([^()]{1,12}\\))?》?)\\s*([一二三四五六七八九十]{1,3})、?\\s*(?=第(?:[0-9]{1,3}|${NUM})[项条行])`, 'gu'), ' $1、')
    // A paragraph cited below such an item (第三部分第（六）项第二段, 第（六）项 read 第六项 once normalised):
    // no list row holds paragraphs, so the item is the outline's second level, 三、(六)第2段.
    // So is one above a numbered point (第二部分第（四）项第29条: 二、(四)29.).
    .replace(new RegExp(`(?<=[一二三四五六七八九十]、)\\s*第([一二三四五六七八九十]{1,3})项(?=\\s*第(?:[0-9]{1,3}|${NUM})(?:段|[项点条目]))`, 'gu'), '($1)')
    .replace(/(?<=[一二三四五六七八九十]、)\s+(?=\([一二三四五六七八九十]{1,3}\))/gu, '')
    .replace(/(?<=[一二三四五六七八九十]、\([一二三四五六七八九十]{1,3}\))\s+(?=[0-9]{1,3}(?![0-9]))/gu, '')
    // ... and its third as a numbered point of the second (二（四）第27项, 二、第一点第4项, 二、(一)第2目): 二、(四)27.
    .replace(new RegExp(`([一二三四五六七八九十]{1,3})、?\\(([一二三四五六七八九十]{1,3})\\)\\s*第([0-9]{1,3}|${NUM})[项点条目]`, 'gu'), (m, a: string, b: string, n: string) => {
      const v = parseNumeral(n);
      return v ? `${a}、(${b})${v}.` : m;
    })
    .replace(new RegExp(`\\(([一二三四五六七八九十]{1,3})\\)(?=第(?:${NUM}|[0-9]{1,3})项)`, 'u'), '$1、')
    // A chapter or section before an article (第二章第八条): articles are numbered through, the article says it;
    // so is one typed without its 第 there (第四章 二十二条, 第三章11条), read 第二十二条.
    .replace(new RegExp(`第${NUM}[章节]\\s*(?:第${NUM}节\\s*)?第?(${NUM}|[0-9]{1,3})条`, 'gu'), (m, n: string) => {
      const v = parseNumeral(n);
      return v ? ` 第${toNumeral(v)}条` : m;
    })
    // An article's 前款 and 后款, as its two paragraphs are cited (第十一条后款): its 第一款 and 第二款.
    .replace(new RegExp(`((?:第${NUM}|\\d{1,3})条)\\s*([前后])款`, 'gu'), (_, head: string, side: string) => `${head}第${side === '前' ? '一' : '二'}款`)
    // 第十四条 第三项 typed apart is one path; 第十四条（三） is its 第三项.
    .replace(new RegExp(`(第${NUM}[条款])\\s+(?=第${NUM}[款项目])`, 'gu'), '$1')
    // 三（二） standing apart is the outline's 三、（二）.
    .replace(new RegExp(`(^|\\s)([一二三四五六七八九十]{1,3})(?=\\([一二三四五六七八九十]{1,3}\\)(?:\\s|$|${OPENING_WORDS}))`, 'u'), '$1$2、')
    // A 款, an item or a 目 typed without its 第 right after its article, 款 or item (14条3项, 第十四条三项,
    // 第27条2款, 9条1项3目) is that path: 14条第三项, 9条第一项第三目.
    .replace(new RegExp(`((?:第${NUM}|\\d{1,3})[条款])((?:第?(?:\\d{1,3}|${NUM})[款项])*)(?:第?(\\d{1,3}|${NUM})目)?`, 'gu'), (m, head: string, parts: string, subitem?: string) => {
      const path = [...parts.matchAll(new RegExp(`第?(\\d{1,3}|${NUM})([款项])`, 'gu'))].map(([, n, kind]) => [parseNumeral(n!), kind!] as const);
      if (subitem) path.push([parseNumeral(subitem), '目']);
      return path.every(([v]) => v) ? `${head}${path.map(([v, kind]) => `第${toNumeral(v!)}${kind}`).join('')}` : m;
    })
    // 14条 ending the query or before a 款, an item or 正文 (攸惠贷 14条, 27条第一款, 13条（五）, 29条（2）, 十六条正文) is 第十四条;
    // 十二条 of a name stays.
    .replace(/(^|[^第\d])(\d{1,3})条(?=$|\s|第|正文|\((?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\))/gu, (m, before: string, n: string) => `${before}第${toNumeral(Number(n))}条`)
    // So is 十四条 in Chinese numerals right after what names a text (国资办法 十一条, 1号文十一条, 》十三条,
    // 管理办法（试行）三条), not after other words (房地产十二条 counts measures) nor inside 第二十一条, which
    // 十一条 is a tail of.
    .replace(new RegExp(`(?<=${AFTER_NAME})(${NUM})条(?=$|\\s|第|正文|\\((?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\\))`, 'gu'), '第$1条')
    // ... and with its item typed the same way (攸惠贷 十四条一项: 第十四条第一项).
    .replace(new RegExp(`(?<=${AFTER_NAME})(${NUM})条(${NUM})项`, 'gu'), '第$1条第$2项')
    // A bracketed number is an item's label, whatever it is called (第十五条第（六）款 is its 第六项).
    .replace(/第\(([一二三四五六七八九十]{1,3})\)款/gu, '第$1项')
    // An article's Nth 段, as people call its 款 (21条第3段): its 第三款.
    .replace(new RegExp(`条第(${NUM}|[0-9]{1,2})段`, 'gu'), (_, n: string) => `条第${/\d/.test(n) ? toNumeral(Number(n)) : n}款`)
    // A 目 as 之N after its item (第九条第一项之2): its 第二目; an item as 之N after its 款 (第十五条首款之二):
    // its 第二项 (第八条之一, after the article, stays an article of its own).
    .replace(new RegExp(`(第${NUM}条(?:第${NUM}款)?(?:第${NUM}[款项]))之([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?![0-9])`, 'gu'), (m, head: string, n: string) => {
      const v = parseNumeral(n);
      return v ? `${head}第${toNumeral(v)}${head.endsWith('项') ? '目' : '项'}` : m;
    })
    // The Nth of what an article, its 款 or its item lists, named by what it is (第九条第一项所列第二种资料,
    // 第十五条规定的第三种情形): its Nth item, or the item's Nth 目.
    .replace(new RegExp(`(第${NUM}条(?:第${NUM}款)?(第${NUM}项)?)(?:所列|列举|列明|规定)的?第(${NUM}|[0-9]{1,2})[种个类]`, 'gu'), (m, head: string, item: string | undefined, n: string) => {
      const v = parseNumeral(n);
      return v ? `${head}第${toNumeral(v)}${item ? '目' : '项'}` : m;
    })
    // A part's Nth heading as its title and 之N (消防方案 重点任务之二): as 重点任务（二） cites it, below; not
    // 之一, one of (其中之一), nor a fraction (三分之二).
    .replace(/(^|\s)(\p{Script=Han}{2,8}?)之([二三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)(?=\s|$)/gu, (m, before: string, title: string, n: string) => (/[条款项目章节段分]$|^第/u.test(title) ? m : `${before}${title}(${n})`))
    // An article and its item in dotted or dashed digits right after a kind of text (its edition or trial
    // mark after it too), a quoted title or an attachment (攸惠贷办法14.2, 管理办法（试行）15.1, 《…实施方案》4.1,
    // 附件1 2.4, 国资办法 28-4): 第十四条第二项 (in a text of parts, 四、(二)); not an amount (增长6.5), which follows no kind,
    // nor a number with its unit.
    .replace(new RegExp(`(?<=(?:${SHORT_KINDS.join('|')})(?:\\([^()]{1,12}\\))?|》|附件(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}))\\s*${CITED_PATH}`, 'gu'), dottedPath)
    // Three dotted numbers (攸惠贷 9.1.2, the space an extraction's as the text's normal form reads it): an
    // article, its item and the item's 目 wherever typed, as no amount or version a query holds has three parts.
    .replace(new RegExp(`(?<![0-9.])${DOTTED_PATH}(?=\\s|$|\\p{Script=Han})`, 'gu'), (m, a: string, b: string, c?: string) => (c === undefined ? m : dottedPath(m, a, b, c)))
    // An article in digits right after a kind of text or a chapter named by its title, then its item in
    // brackets (攸惠贷管理办法9(三), 国资办法19（2）, 业务流程章 8（4）): 第九条第三项; not a bracket after a number
    // with its unit.
    .replace(new RegExp(`(?<=(?:${SHORT_KINDS.join('|')}|章))\\s*([0-9]{1,3})\\((?:([一二三四五六七八九十]{1,3})|([0-9]{1,2}))\\)`, 'gu'), (m, a: string, item: string | undefined, digits: string | undefined) => (Number(a) ? ` 第${toNumeral(Number(a))}条第${item ?? toNumeral(Number(digits))}项` : m))
    // 第十四条（三） is its 第三项, and 第九条（一）3 its 第一项's 第三目; typed apart too (第三条 第一款 （六）),
    // and in digits (第3条第1款（2）).
    .replace(new RegExp(`(第${NUM}[条款])\\s*\\((?:([一二三四五六七八九十]{1,3})|([0-9]{1,2}))\\)(?:([0-9]{1,2})(?![0-9.]))?`, 'u'), (_, head: string, item: string | undefined, digits: string | undefined, sub?: string) => `${head}第${item ?? toNumeral(Number(digits))}项${sub ? `第${toNumeral(Number(sub))}目` : ''}`)
    // A part's title joined to its bracketed label by 之 (重点任务之(五)), as typed without it; a point then
    // (重点任务(五)第4点) is its Nth paragraph, as 第4段 cites it (a part's points numbered through its
    // second levels are cited through its label, 三、(五)第4点, below).
    .replace(/(^|\s)(\p{Script=Han}{2,8}?)之(?=\([一二三四五六七八九十]{1,3}\))/gu, (m, before: string, title: string) => (/[条款项目章节段]$|^第/u.test(title) ? m : `${before}${title}`))
    .replace(new RegExp(`(^|\\s)(\\p{Script=Han}{2,8}\\([一二三四五六七八九十]{1,3}\\))\\s*第([0-9]{1,2}|${NUM})点`, 'gu'), (m, before: string, part: string, n: string) => {
      const v = parseNumeral(n);
      return v && !/^第|[条款项目章节段]\(/u.test(part) ? `${before}${part}第${v}段` : m;
    })
    // A part's short title standing apart, then a bracketed label (9号文 工作要求（一）): that part's 第一项,
    // as 工作要求第一项 cites it; not after a kind of text (若干措施（十）), an article or a label, unless a
    // word before it or a 文号 (`named`) names the text already (消防实施方案 保障措施（二）, 禾政办发〔2025〕2号 保障措施（三）:
    // 保障措施 is the part's title; not a kind alone, 8号文 措施（一）, the text called by its kind).
    .replace(/(^|\s|(?<=[0-9]{5}))(\p{Script=Han}{2,8})\(([一二三四五六七八九十]{1,3})\)(?=\s|$|\p{Script=Han})/gu, (m, before: string, title: string, n: string, offset: number, whole: string) => {
      const typedBefore = whole.slice(0, offset);
      // The text named already: by its 文号 or 登记号 (the 登记号's digits glued to the title), or by a word before it.
      const byNumber = (named || REGISTRATION_ENDS.test(typedBefore)) && !SHORT_KINDS.includes(title);
      const byWord = typedBefore.split(/\s+/u).some((w) => afterKind(w) || /号文?$/u.test(w));
      return (afterKind(title) && !byNumber && !byWord) || /[条款项目章节段、]$|^第/u.test(title) || PART_AFTER_KIND.test(title) ? m : `${before}${title}第${n}项 `;
    })
    // A part's short title and a numeral standing apart (重点任务三, 保障措施二): its Nth item, as 重点任务第三项
    // cites it; not the task numbered 3 of a list (任务3), nor a title's own numeral (六仗).
    .replace(/(^|\s)(\p{Script=Han}{0,4}(?:任务|要求|措施|目标|原则))([一二三四五六七八九十]{1,2})(?=\s|$)/gu, (m, before: string, title: string, n: string) => (title.length >= 4 ? `${before}${title}第${n}项` : m))
    // A point under a numbered point of an outline text (纪要 第十项第四点): its 十、（四）; not under an article's 项.
    .replace(new RegExp(`(?<![条款]\\s*)第(${NUM}|[0-9]{1,2})项第(${NUM}|[0-9]{1,2})点`, 'gu'), (m, a: string, b: string) => {
      const [x, y] = [parseNumeral(a), parseNumeral(b)];
      return x && y && x <= 99 && y <= 99 ? ` ${toNumeral(x)}、(${toNumeral(y)}) ` : m;
    })
    // A point after an article (第14条第3点): its item, as 第三项.
    .replace(new RegExp(`(第${NUM}条(?:第${NUM}款)?)第(${NUM}|[0-9]{1,2})点`, 'gu'), (m, head: string, n: string) => {
      const v = parseNumeral(n);
      return v ? `${head}第${toNumeral(v)}项` : m;
    })
    // A point standing alone (8号文 第五点, 国资办法第五点): the text's 第五条, an article or, in a text of
    // parts, its 五、 (whose refs hold 第五条); below a part it was read as the second level above.
    .replace(new RegExp(`第(${NUM}|[0-9]{1,2})点`, 'gu'), (m, n: string) => {
      const v = parseNumeral(n);
      return v ? `第${toNumeral(v)}条` : m;
    });
  // A chapter's first or last article (第二章最后一条, 第四章开篇): keyed after the chapter.
  const ofChapter = ARTICLE_OF_CHAPTER.exec(text);
  const chapterN = ofChapter ? parseNumeral(ofChapter.groups!.number!) : undefined;
  if (ofChapter && chapterN) return { ref: articleOfChapter(`第${toNumeral(chapterN)}章`, !!ofChapter.groups!.last), rest: cut(text, ofChapter) };
  // A text's last article (国资办法最后一条, 6号文末条), as 首条 is its 第一条, or one counted from the end
  // (国资办法倒数第二条), before its 第二条 is read as a path.
  const lastArticle = LAST_ARTICLE_NAMED.exec(text);
  const articleN = lastArticle && fromEndNumber(lastArticle[1]);
  if (lastArticle && articleN) return { ref: articleFromEnd(articleN), rest: cut(text, lastArticle) };
  // An article of an attachment (附件3第18条): the attachment's article, or the task of its list so numbered.
  const ofAttachment = new RegExp(`${ATTACHMENT.source}\\s*(${ARTICLE_PATH})`, 'u').exec(text);
  const numbered = ofAttachment ? parseNumeral(ofAttachment[1]!) : undefined;
  if (ofAttachment && numbered) return { ref: ofAttachment[2]!, attachment: numbered, rest: cut(text, ofAttachment) };
  // Words naming a part between the attachment and the article (附件二 健全完善责任体系项下第2条): the
  // attachment's article still, the words beside the path (项下, under the part, dropped).
  const namedPart = new RegExp(`${ATTACHMENT.source}\\s*(\\p{Script=Han}{2,16}?)(?:项下|下的|下|中的|中)?\\s*(${ARTICLE_PATH})`, 'u').exec(text);
  const namedPartN = namedPart && !/[第条款项章节]/u.test(namedPart[2]!) ? parseNumeral(namedPart[1]!) : undefined;
  if (namedPart && namedPartN) return { ref: namedPart[3]!, attachment: namedPartN, rest: `${text.slice(0, namedPart.index)} ${namedPart[2]} ${text.slice(namedPart.index + namedPart[0].length)}` };
  const items = readItemRange(text);
  if (items) return items;
  const range = readRange(text);
  if (range) return range;
  const article = new RegExp(ARTICLE_PATH, 'u').exec(text);
  if (article) return { ref: article[0], rest: cut(text, article) };
  const attachment = ATTACHMENT.exec(text);
  if (attachment) {
    const n = parseNumeral(attachment[1]!);
    // A row of the attachment's list (附件2 第8项) or a part of its outline (附件3 二、（四）28.): that
    // unit, inside that attachment.
    const rest = cut(text, attachment);
    // A row of its list by part label and number (附件2 三、9), as after a 文号 (9号文 三、9), the words
    // before the attachment naming the text (消防方案 附件2 五、15).
    const partRow = n ? partRowRef(text.slice(attachment.index + attachment[0].length)) : undefined;
    if (partRow) return { ref: partRow.ref, attachment: n, rest: `${text.slice(0, attachment.index).trim()} ${partRow.rest}`.trim() };
    const inside = n ? readPath(rest) : undefined;
    if (inside?.ref && !inside.attachment && (/(?:第.+项|序号\d+|第\d+[行段])$/u.test(inside.ref) || inside.ref === FIRST_PARAGRAPH || inside.ref === LAST_PARAGRAPH || OUTLINE_PATH.test(inside.ref))) return { ref: inside.ref, attachment: n, ...(inside.partTitle ? { partTitle: inside.partTitle } : {}), rest: inside.rest };
    if (n) return { ref: `附件${n}`, rest };
  }
  // A point a notice sets out in its own text (通知第三项, 通知的第三点, 通知三、): the notice's 第3项.
  const point = NOTICE_POINT.exec(text);
  const pointN = point && parseNumeral(point[1] ?? point[2]!);
  if (pointN) return { ref: noticePoint(pointN), rest: cut(text, point) };
  // A row by its place in a list's part (四、建立基层消防救援体系 第2项, (四)第4项, 四、末项): the place, the part's label
  // and title left beside it for the client to look the part's row up by (四、第二项), or else the list's row so
  // numbered ((四)以法治护一流环境 第29项: the task numbered 29).
  // With no title between, a 、 label glued to the place is the part's row itself (四、第二项, 四、末项).
  const partPlace = PART_PLACE.exec(text);
  if (partPlace && (partPlace[3] || partPlace[1])) {
    const part = partPlace[1] ? `${partPlace[1]}、` : `(${partPlace[2]})`;
    const n = partPlace[4] ? parseNumeral(partPlace[4]) : undefined;
    const place = n ? `第${toNumeral(n)}项` : LAST_ITEM;
    if (n || !partPlace[4]) return partPlace[3] ? { ref: place, rest: `${text.slice(0, partPlace.index)} ${part} ${partPlace[3]} ${text.slice(partPlace.index + partPlace[0].length)}`.trim() } : { ref: `${part}${place}`, rest: cut(text, partPlace) };
  }
  // ... by the part's title (以法治护一流环境 部分第4行, …末项): its place, looked up under the title typed beside it.
  const titledLine = TITLED_PART_LINE.exec(text);
  const titledN = titledLine && parseNumeral(titledLine[1]!);
  if (titledLine && titledN) return { ref: `第${toNumeral(titledN)}项`, rest: cut(text, titledLine) };
  const lastItem = LAST_ITEM_NAMED.exec(text);
  if (lastItem) return { ref: LAST_ITEM, rest: cut(text, lastItem) };
  const row = ROW.exec(text);
  if (row) {
    const n = parseNumeral(row[2] ?? row[3] ?? row[4]!);
    // 序号8 names a row only; 第八项 also a level-1 heading of an outline text (八、).
    if (n) return { ref: `${row[1] ? `${row[1]}、` : ''}${row[2] ? `第${toNumeral(n)}项` : `序号${n}`}`, rest: cut(text, row) };
  }
  // A paragraph under a part cited by its label and title (二、工作目标 第一段), or the text under it (一、指导思想 正文).
  const titledParagraph = TITLED_PARAGRAPH.exec(text);
  if (titledParagraph && standsAsPath(text, titledParagraph)) {
    const n = titledParagraph[3] ? parseNumeral(titledParagraph[3]) : 1;
    if (n) return { ref: `${titledParagraph[1]}第${n}段`, ...(titledParagraph[2] ? { partTitle: titledParagraph[2] } : {}), rest: cut(text, titledParagraph) };
  }
  // A notice's own text, the 印发 paragraph it wraps its texts in (印发通知正文, 通知第一段).
  const notice = NOTICE_PARAGRAPH.exec(text);
  const noticeN = notice && (notice[1] ? parseNumeral(notice[1]) : undefined);
  if (notice) return { ref: noticeN ? noticeParagraph(noticeN) : NOTICE_TEXT, rest: cut(text, notice).replace(/印发\s*$/u, ' ') };
  // The last paragraph under a heading (三、（一）最后一段), or one counted from the end (三、（一）倒数第二段).
  const lastUnder = LAST_UNDER.exec(text);
  const underN = lastUnder && fromEndNumber(lastUnder[lastUnder.length - 1]);
  if (lastUnder && underN && standsAsPath(text, lastUnder)) return { ref: paragraphFromEndUnder(lastUnder[1]!, underN), rest: cut(text, lastUnder) };
  // A text's opening paragraph before its first part (实施方案 序言), and its closing ones (若干措施 末段, 倒数第二段).
  const opening = OPENING.exec(text);
  if (opening && standsAsPath(text, opening)) return { ref: FIRST_PARAGRAPH, rest: cut(text, opening) };
  const closing = CLOSING.exec(text);
  const closingN = closing && fromEndNumber(closing[1]);
  if (closing && closingN && standsAsPath(text, closing)) return { ref: paragraphFromEnd(closingN), rest: cut(text, closing) };
  // A paragraph by its place under its heading (三、（一）第2段) or in the text (第1段), as citations print it.
  const paragraph = PARAGRAPH.exec(text);
  if (paragraph && standsAsPath(text, paragraph)) {
    const n = parseNumeral(paragraph[2]!);
    if (n) return { ref: `${paragraph[1] ?? ''}第${n}段`, rest: cut(text, paragraph) };
  }
  const line = LINE.exec(text);
  if (line) {
    const n = line[2] ? parseNumeral(line[2]) : 1;
    if (n) return { ref: line[1] || !line[2] ? rowFromEnd(n) : `第${n}行`, rest: cut(text, line) };
  }
  // A chapter and a part of it (规划 第三章一、(二)): an outline text's chapter holds parts numbered anew, cited so.
  // Its part's numeral typed bare, then a space or the end (第四章二, 第八章七 投融资机制改革): that part, 二、.
  const chapterPart = new RegExp(`(第${NUM}章)\\s*(?:(${OUTLINE_PATH.source})|([一二三四五六七八九十]{1,3})(?=\\s|$))`, 'u').exec(text);
  if (chapterPart) return { ref: `${chapterPart[1]}${chapterPart[2] ?? `${chapterPart[3]}、`}`.replace(/\s+/gu, ''), rest: cut(text, chapterPart) };
  const chapter = CHAPTER_PATH.exec(text);
  if (chapter) return { ref: chapter[0], rest: cut(text, chapter) };
  // A bare number ending the query right after a list's name (许可清单 241, 许可事项清单 一、53): its row so numbered.
  const listed = LISTED_ROW.exec(text);
  const listedNumber = listed && parseNumeral(listed[2] ?? listed[3] ?? listed[4]!);
  if (listed && listedNumber) return { ref: `${listed[1] ? `${listed[1]}、` : ''}序号${listedNumber}`, rest: cut(text, listed) };
  const numberedRow = LISTED_ROW_NUMBERED.exec(text);
  const rowNumber = numberedRow && parseNumeral(numberedRow[1]!);
  if (numberedRow && rowNumber) return { ref: `序号${rowNumber}`, rest: cut(text, numberedRow) };
  // An outline path counts only when it stands apart (after a space, or ending the query), or right
  // after the kind of text it is a part of (总体方案三、(四), typed 总体方案第三部分（四）).
  const outline = OUTLINE_PATH.exec(text);
  if (outline && standsAsPath(text, outline)) {
    // Its title typed apart after it, ending the query (附件3 第二部分 工作任务): the title the part must bear.
    const after = text.slice(outline.index + outline[0].length).trim();
    const title = TITLED_PART.exec(after);
    return { ref: outline[0], ...(title && title[0] === after ? { partTitle: after } : {}), rest: cut(text, outline) };
  }
  // A part cited as printed, its label and its title (9号文 四、工作要求): the path, and the title it must bear.
  const titled = outline && TITLED_PART.exec(text.slice(outline.index + outline[0].length));
  if (outline && titled && standsAsPath(text.slice(0, outline.index + outline[0].length), outline)) return { ref: outline[0], partTitle: titled[0], rest: cut(text, outline) };
  // A text's top-level part in brackets right after its kind, ending the query (若干措施（十）): 十、.
  const bracketed = /\(([一二三四五六七八九十]{1,3})\)$/u.exec(text);
  if (bracketed && afterKind(text.slice(0, bracketed.index))) return { ref: `${bracketed[1]}、`, rest: cut(text, bracketed) };
  const loose = LOOSE_OUTLINE_PATH.exec(text);
  if (loose && standsAsPath(text, loose)) return { ref: `${loose[1]}、(${loose[2]})${loose[3] ? `${loose[3]}.` : ''}`, rest: cut(text, loose) };
  return { rest: text };
}

/** The verb a citation copied from a text starts with (依据《…》第二十八条, 根据攸惠贷办法第十四条). */
const CITING_VERB = /^(?:根据|依据|依照|按照|参照|遵照|对照|详见|参见)(?=《|\p{Script=Han}|$)/u;
/** What follows a path in such a citation (…第二十八条第三项的规定, …第十四条规定的). */
const CITED_WHAT = /^(?:的|之)?(?:有关)?(?:规定|要求)的?$/u;

/**
 * The words beside a path without the wording of a citation copied from a text: 依据 before the title,
 * 的规定 after the path. The words left name the text cited.
 */
function withoutCitingWords(rest: string[]): string[] {
  const out = rest.filter((w) => !CITED_WHAT.test(w));
  if (out.length) out[0] = out[0]!.replace(CITING_VERB, '');
  return out.filter((w) => w.length > 0);
}

/**
 * A part label and a row's number (一、26, 一、(26), 一、序号26, 一、二十六, 一、164项, 一、第73号), alone or with the row's
 * name after it (一、164项 宅基地审批, 三、9宣传).
 */
const PART_ROW = /^([一二三四五六七八九十]{1,3})(?:、\s*|(?=\([0-9]))(?:序号|第(?=[0-9一二三四五六七八九十百零]{1,6}号))?(?:([0-9]{1,3})(?!\.)|\(([0-9]{1,3})\)|([一二三四五六七八九十百零]{1,6}))[项号]?(?:(?:(?<=[0-9项号)])\s*|\s+)(?!第|\((?!(?![一二三四五六七八九十])\p{Script=Han}{2}))(\S.*))?$/u;

/** The ref of a row cited by its part label and number (一、26 → 一、序号26) and the words after it, or undefined. */
function partRowRef(text: string): { ref: string; rest: string } | undefined {
  const row = PART_ROW.exec(text.trim());
  const n = row && parseNumeral(row[2] ?? row[3] ?? row[4]!);
  return row && n ? { ref: `${row[1]}、序号${n}`, rest: row[5] ?? '' } : undefined;
}

/** A list's name as typed before its rows: …清单 (or 目录, 名录, 基准, 一览表), maybe with its edition (清单（2023年版）), maybe in 《》. */
const LIST_NAME = '(?:清单|目录|名录|基准|一览表|规划|附表)(?:\\([^()]{1,12}\\))?》?';

/** A list's name, then a part label before a row's number (行政许可事项清单 一、…). */
const NAMED_LIST_ROW = new RegExp(`^(.*${LIST_NAME})\\s*(?=[一二三四五六七八九十]{1,3}(?:、|\\([0-9]))`, 'u');
/**
 * The ref of a row cited by its part label and number right after a list's name, maybe with the row's name after
 * it (行政许可事项清单 一、二百四十四 县委编办), as after a 文号; the name kept to pick the list.
 */
function listedPartRowRef(text: string): { ref: string; rest: string } | undefined {
  const name = NAMED_LIST_ROW.exec(text.trim());
  const row = name ? partRowRef(text.trim().slice(name[0].length)) : undefined;
  // Not a count ending the query (许可事项清单 第二部分 9项), as a part's heading prints how many rows it holds: （9项）.
  if (!name || !row || (!row.rest && /项$/u.test(text.trim()))) return undefined;
  return { ref: row.ref, rest: `${name[1]} ${row.rest}`.trim() };
}

/**
 * A row of a text's table cited by the category label its first cell prints and the row's 序号, ending the query
 * after the text's name (普惠园评估细则 一-1, 评估细则二、6, 评估细则 一之3): a scoring table's rows, numbered through
 * its categories; after any kind of text (kinds.ts) or a 表. Digits only: 一、三 after a 方案 is its outline's. Where
 * no row answers, the query is read without it (withoutRow).
 */
const NAMED_TEXT_ROW = new RegExp(`^(.*\\p{Script=Han}(?:${[...SHORT_KINDS, '表'].join('|')}))》?\\s*([一二三四五六七八九十]{1,3})\\s*[、\\-－—–之]\\s*([0-9]{1,3})$`, 'u');
function namedTextRowRef(text: string): { ref: string; rest: string } | undefined {
  const row = NAMED_TEXT_ROW.exec(text.trim());
  return row ? { ref: `${row[2]}、序号${Number(row[3])}`, rest: row[1]!.replace(/^《/u, '') } : undefined;
}

/** ... or ending the query after words that say what the list is (7号文所列许可事项 二、7), those words kept. */
function endingPartRowRef(text: string): { ref: string; rest: string } | undefined {
  const at = text.search(/\s[一二三四五六七八九十]{1,3}(?:、|\([0-9])\S*$/u);
  const row = at > 0 ? partRowRef(text.slice(at)) : undefined;
  return row && !row.rest ? { ref: row.ref, rest: text.slice(0, at).trim() } : undefined;
}
/**
 * A list's name (…清单, maybe with its edition: 清单（2023年版）, maybe in 《》), then a number ending the query, maybe in
 * brackets, maybe under a part label (一、53, 第一部分（167）) or its numeral (清单一 239: its part 一; 表一 210, its first
 * table, which is its part 一); in
 * Chinese numerals after a label or a space (许可清单 一、四十五).
 */
const LISTED_ROW = new RegExp(`(?<=${LIST_NAME})\\s*(?:表?([一二三四五六七八九十]{1,3})、?)?\\s*(?:([0-9]{1,3})|\\(([0-9]{1,3})\\)|(?<=[、\\s])([一二三四五六七八九十百零]{1,6}))$`, 'u');
/** A list's name, then a row's number with 号 (责任清单 14号, 许可清单第241号), words about the row maybe after it. */
const LISTED_ROW_NUMBERED = new RegExp(`(?<=${LIST_NAME})\\s*第?([0-9]{1,3}|[一二三四五六七八九十百零]{1,6})号(?=\\s|$)`, 'u');

/** The title of a part right after its label, up to a space or the end (工作要求 of 四、工作要求). */
const TITLED_PART = /^\p{Script=Han}[^\s]*(?=\s|$)/u;

/** Whether text ends with a kind of text (总体方案, 若干措施): what a path right after it is a part of. */
function afterKind(text: string): boolean {
  // A title's bracketed edition or trial mark after its kind counts with it (许可事项清单（2023年版）, 管理办法（试行）).
  const bare = text.replace(/\([^()]{1,12}\)$/u, '');
  return SHORT_KINDS.some((k) => bare.endsWith(k)) || COUNTED_NAME.test(bare);
}

/**
 * What a text is named by, ending right before a path typed without 第 or by its first article's name
 * (国资办法 十一条, 1号文十一条, 《…》十三条, 管理办法（试行）三条, 国资办法首条): the query's start, a space, a
 * quoted title's end, a bracket's, a 文号's, a kind of text; a lookbehind's source.
 */
// A 登记号's serial too (登记号01003 二十八条四项: the space a query's normal form drops between digits and words).
const AFTER_NAME = `^|\\s|》|\\)|号文?|文件|(?<![0-9])0[0-9]{4}|${SHORT_KINDS.join('|')}`;
/**
 * A chapter's first or last article: the chapter by its number (第二章, 第2章), then 最后一条, 末条, 首条, 开篇 or 开头
 * (第二章第一条 is the text's 第一条: articles are numbered through).
 */
const ARTICLE_OF_CHAPTER = new RegExp(
  `第(?<number>${NUM}|[0-9]{1,2})章的?(?:(?<last>末条|最末一?条|最后(?:一|那)条)|首条|开篇|开头)(?=\\s|$|\\p{Script=Han})`,
  'u',
);
/** What people call a text's last article (末条, 最后一条, 最末一条, 最后那条) or one counted from the end (倒数第二条), after its name, as 首条 is read. */
const LAST_ARTICLE_NAMED = new RegExp(`(?<=${AFTER_NAME})(?:末条|最末一?条|最后(?:一|那)条|${FROM_END}条)(?=\\s|$)`, 'u');

/** A part's numeral right after the kind of text (发展六仗方案二 of 发展六仗方案二（四）): the outline path 二、(四), not a title. */
const PART_AFTER_KIND = new RegExp(`(?:${SHORT_KINDS.join('|')})[一二三四五六七八九十]{1,3}$`, 'u');

/** A text called by how many measures it holds (房地产十二条, 房地产业良性循环12条), not an article (第十二条). */
const COUNTED_NAME = /(?<=\p{Script=Han}{2})(?<![第0-9一二三四五六七八九十百])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})条$/u;

/**
 * Whether a path found in the text stands as one: apart, right after a kind of text or after the
 * title it cites (《…总体方案》二、（一）, as a citation prints it), and ending there or before a space.
 */
function standsAsPath(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(0, m.index);
  // Right after a 登记号 too (ZZYXDR-2023-01006 四、（五）: normalising took the space away).
  return (m.index === 0 || /[\s》]$/u.test(before) || afterKind(before) || BODY_ENDS.test(before) || REGISTRATION_ENDS.test(before)) && /^(?:\s|$)/.test(text.slice(m.index + m[0].length));
}

/** 正文 (the text's body, not its attachments) ending what comes before a path (二号文件正文第四部分): no word to find. */
const BODY_ENDS = /正文$/u;

/** A 登记号 ending a text (…zzyxdr-2023-01006), or its serial alone (01006). */
const REGISTRATION_ENDS = new RegExp(`(?:${REGISTRATION_IN_TEXT.source}|${REGISTRATION_SERIAL.source})$`, 'u');

function cut(text: string, m: RegExpExecArray): string {
  return `${text.slice(0, m.index).replace(BODY_ENDS, '')} ${text.slice(m.index + m[0].length)}`;
}

/** A place's 政 right before a 〔year〕N号 (禾政〔2025〕2号): an agency whose 发 was left out, or a township's, printed so. */
const PLACE_GOVERNMENT = /\p{Script=Han}政$/u;

function readDocNumber(text: string, levels: readonly string[] = [], loose = true): { docNumber?: DocNumberQuery; rest: string; loose?: boolean } {
  const read = parseDocNumber(text);
  // 按照攸政办发〔2023〕1号: the verb of a citation copied from a text is no part of the agency.
  const verb = read ? (CITING_VERB.exec(read.agency)?.[0] ?? '') : '';
  const whole = read && verb && read.agency.length > verb.length + 1 ? { ...read, agency: read.agency.slice(verb.length), normalized: read.normalized.slice(verb.length) } : read;
  if (whole) {
    // Where it is typed, in whatever form (梅政发2024 13号), after the verb where the verb was read as one.
    const skip = whole === read ? 0 : verb.length;
    const at = read!.at + skip;
    const length = read!.printed.length - skip;
    // 攸政办发〔2023〕2号文, …号文件: the 文 says it is a document, no word to find (as 9号文 does).
    const after = text.slice(at + length).replace(/^文件?/u, '');
    const rest = `${text.slice(0, at)} ${after}`;
    return { docNumber: { serial: whole.serial, year: whole.year, agency: whole.agency, normalized: whole.normalized }, rest };
  }
  const short = SHORT_DOC_NUMBER.exec(text);
  // 〔2023〕6号 right after characters is the tail of a 文号 of another agency (攸三高部〔2023〕6号,
  // 财税〔2022〕41号, quoted in a text): no short form of one of the corpus's own; the text is searched.
  if (short && short[5] !== undefined && short.index > 0 && /\p{Script=Han}/u.test(text[short.index - 1]!)) {
    // Unless the agency is a place's 政 (禾政〔2025〕2号 for 禾政发〔2025〕2号): read as typed, the documents whose agency is it
    // with its 发 answer it (client.ts, agencyShort); failing them, it is searched as text (asText).
    const agency = loose ? PLACE_GOVERNMENT.exec(text.slice(0, short.index))?.[0] : undefined;
    const year = yearNumber(short[4] ?? '') || undefined;
    const serial = parseNumeral(short[5]!);
    if (!agency || !year || !serial) return { rest: text };
    const after = text.slice(short.index + short[0].length).replace(/^文件?/u, '');
    return { docNumber: { serial, year, agency, normalized: `${agency}〔${year}〕${serial}号` }, rest: `${text.slice(0, short.index - agency.length)} ${after}`, loose: true };
  }
  if (short) {
    const year = yearNumber(short[1] ?? short[2] ?? short[4] ?? '') || undefined;
    const serial = parseNumeral(short[3] ?? short[5]!) ?? 0;
    // Nor after a body above the county (市里2023年7号文, 省政府的7号文件): its 文号 as texts cite it, 〔2023〕7号. A body
    // named by its level alone is the archive's own where its issuers print theirs after that level (a city's 市政府办).
    const above = OTHER_BODY_BEFORE.exec(text.slice(0, short.index));
    if (above && !(levels.includes(above[0][0]!) && OWN_LEVEL_BODY.test(above[0]))) return { rest: `${text.slice(0, short.index)} ${year ? `〔${year}〕` : ''}${serial}号 ${text.slice(short.index + short[0].length)}` };
    return { docNumber: { serial, ...(year ? { year } : {}) }, rest: cut(text, short) };
  }
  return { rest: text };
}

// Question words and particles, a count before a thing (COUNTED), and the X不X / X没X of a yes-no
// question (管不管, 算不算).
const STOP = new RegExp(
  `${A_NOT_A}|${COUNTED}|${[...STOP_PHRASES].sort((a, b) => b.length - a.length).join('|')}|[${STOP_CHARS}]|[${FINAL_PARTICLES}](?![\\p{L}\\p{N}])`,
  'gu',
);
/** A word's forms in a synonym table: all a query reads of it. */
export interface SynonymLookup {
  get(word: string): readonly string[] | undefined;
  has(word: string): boolean;
}

/** Words looked up one at a time. */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * The synonym table a query is read with: the page's own (lexicon.ts), or it and the everyday words
 * fetched for the characters of the query (core/search/everyday.ts, written into the index).
 */
export class Lexicon {
  /** The table's words, longest first: a query is cut at them. */
  readonly keys: string[];
  /** The words bulletins print, as the table lists them. */
  readonly printed: WordSet;
  /** A word's everyday or synonym forms. */
  readonly synonyms: SynonymLookup;

  /** A table, its keys and printed words read from it. */
  constructor(synonyms: ReadonlyMap<string, readonly string[]>);
  /** A table laid over another (`with`): its keys and printed words given. */
  constructor(synonyms: SynonymLookup, keys: string[], printed: WordSet);
  constructor(synonyms: ReadonlyMap<string, readonly string[]> | SynonymLookup, keys?: string[], printed?: WordSet) {
    this.synonyms = synonyms;
    const table = synonyms as ReadonlyMap<string, readonly string[]>;
    this.keys = keys ?? [...table.keys()].sort((a, b) => b.length - a.length);
    this.printed = printed ?? new Set([...table.values()].flat());
  }

  /**
   * This table and more entries, a word's printed words added to those it has. (Once per query: the
   * table's own keys, sorted, and printed words are reused; synonymMap never changes a list it was given.)
   */
  with(more: ReadonlyArray<readonly [string, readonly string[]]>, printedToo: readonly string[] = []): Lexicon {
    if (!more.length && printedToo.every((w) => this.printed.has(w))) return this;
    // The entries of `more` over this table's, without copying it (it holds thousands).
    const base = this.synonyms;
    const own = synonymMap(
      more.map(([word, printed]) => [[word], printed] as const),
      new Map(more.flatMap(([word]) => (base.has(word) ? [[word, [...base.get(word)!]] as [string, string[]]] : []))),
    );
    const synonyms: SynonymLookup = { get: (w) => own.get(w) ?? base.get(w), has: (w) => own.has(w) || base.has(w) };
    const added = [...new Set(more.map(([word]) => word))].filter((w) => !base.has(w)).sort((a, b) => b.length - a.length);
    // The sorted keys and the new ones merged: the order a stable sort of both gives (a fresh table's).
    const keys: string[] = [];
    let j = 0;
    for (const k of this.keys) {
      while (j < added.length && added[j]!.length > k.length) keys.push(added[j++]!);
      keys.push(k);
    }
    while (j < added.length) keys.push(added[j++]!);
    const extra = new Set<string>();
    for (const [, words] of more) for (const w of words) extra.add(w);
    for (const w of printedToo) extra.add(w);
    const printedBase = this.printed;
    return new Lexicon(synonyms, keys, { has: (w) => extra.has(w) || printedBase.has(w) });
  }

  /** This table and what the lexicon files of a normalised text hold of it: the entries and printed words it holds. */
  withBlocks(blocks: readonly LexiconBlock[], text: string): Lexicon {
    const typed = (word: string) => text.includes(word);
    const apart: string[] = [];
    // Only entries whose first two characters the text holds can be typed in it or spread over it: those are read.
    const entries = blocks.flatMap((b) => entriesStartingIn(b, text)).filter(([word]) => typed(word) || (spreadIn(word, text) !== undefined && apart.push(word) > 0));
    const out = this.with(entries, blocks.flatMap((b) => b.printed ?? []).filter(typed));
    return apart.length ? out.withApart(apart) : out;
  }

  /**
   * The longest key printed in `text`, the table's first among keys as long (`keys.find((k) =>
   * text.includes(k))`), found by looking up the text's substrings instead of reading every key: the
   * table holds thousands, a piece of a query a few dozen substrings.
   */
  firstKeyIn(text: string): string | undefined {
    for (let length = Math.min(text.length, this.keys[0]?.length ?? 0); length > 0; length--) {
      let found: string | undefined;
      for (let i = 0; i + length <= text.length; i++) {
        const sub = text.slice(i, i + length);
        if (sub === found || !this.synonyms.has(sub)) continue;
        // Two keys as long: the table's order says which.
        if (found !== undefined) return this.keys.find((k) => k.length === length && text.includes(k));
        found = sub;
      }
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Keys of the table typed with a question word inside them (电瓶车在哪上牌: 电瓶车上牌), read whole. */
  apart: readonly string[] = [];

  private withApart(keys: readonly string[]): Lexicon {
    const out = new Lexicon(this.synonyms, this.keys, this.printed);
    out.apart = keys;
    return out;
  }
}

/** A lexicon file's entries by their first two UTF-16 units (one for a word of one), made once per file. */
const BY_START = new WeakMap<LexiconBlock, Map<string, number[]>>();

/**
 * The entries of a lexicon file whose start (first two UTF-16 units) the text holds, in the file's order: a
 * query's files hold thousands of words, of which a text of thirty characters can start a few dozen.
 */
function entriesStartingIn(block: LexiconBlock, text: string): LexiconBlock['entries'] {
  let byStart = BY_START.get(block);
  if (!byStart) {
    byStart = new Map();
    block.entries.forEach(([word], i) => {
      const key = word.slice(0, 2);
      const list = byStart!.get(key);
      if (list) list.push(i);
      else byStart!.set(key, [i]);
    });
    BY_START.set(block, byStart);
  }
  const found = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    for (const key of [text.slice(i, i + 1), text.slice(i, i + 2)]) for (const k of byStart.get(key) ?? []) found.add(k);
  }
  return [...found].sort((a, b) => a - b).map((k) => block.entries[k]!);
}

/**
 * Where a word of the table of four characters or more is typed in two parts of two or more with
 * a question word asking where or how between them (电瓶车在哪上牌: 电瓶车上牌), the
 * stretch as a regular expression's match; undefined when it is not.
 */
export function spreadIn(word: string, text: string): RegExpExecArray | undefined {
  // Every stretch starts with the word's first two characters (a quick no for most of the table's words).
  if (word.length < 4 || !text.includes(word.slice(0, 2))) return undefined;
  const chars = [...word];
  if (chars.length < 4 || !/^\p{Script=Han}+$/u.test(word)) return undefined;
  for (let i = 2; i <= chars.length - 2; i++) {
    const head = chars.slice(0, i).join('');
    if (!text.includes(head)) continue;
    const m = new RegExp(`${head}(?:${SPREAD_GAP})${chars.slice(i).join('')}`, 'u').exec(text);
    if (m) return m;
  }
  return undefined;
}
/** What may stand inside a word as typed: a question word asking where or how (在哪, 去哪里, 到哪儿, 怎么, 咋). */
const SPREAD_GAP = '(?:[在去到找])?(?:哪里|哪儿|哪|怎么|咋)';
/** The page's own table. */
export const LEXICON = new Lexicon(SYNONYMS);
/** Question words asking for an amount: 多少, 最高, 上限; a round figure ending a question of money received (能领到几百块). */
const AMOUNT_QUESTION = /多少|多[大高重远]|最[多高低少]|上限|比例是|(?:领|拿|补|给|发|退|返)[到了得]?几[十百千万]块钱?[吗呢]?$/u;
/**
 * A count asked with 几 (几年, 几个): an amount, unless the question asks for a permit, where it tells
 * the story (几百亩田 … 要不要审批, 几个人想合伙办 … 去哪个部门登记). 哪几个 asks which; 前几年, 好几年 tell a time past;
 * 十几, 几十, 几百, 几千, 几万 are round figures of a story (十几年前的老楼盘, 几百号人喝这个水), not questions.
 */
const COUNT_QUESTION = /(?<![哪前这那近好头十])几[个年岁天月次家倍]/u;
/** The last clause of a query (after its last space or punctuation): where a count asked stands (…到底要安排几个人), not one of its story (去县里几个部门办事 每个窗口都要…). */
function lastClause(query: string): string {
  const clauses = query.split(/[\s\u3000,，。？?！!；;]+/u).filter((c) => c.length > 0);
  return clauses[clauses.length - 1] ?? '';
}
/** Words asking for a ratio: 比例, 几成, 百分之几, 占比, 几个点 (percentage points). */
const RATIO_QUESTION = /比例|几成|百分之|占比|比率|(?:几|多少)个(?:百分)?点/u;
/** A time question asking when a text takes effect or how long it lasts, not when it was issued. */
export const IN_FORCE = /生效|施行|有效期|失效|起算|算数|(?:什么时候|啥时候|何时|哪天|哪一天|几号|起|开始)(?:起)?(?:实施|执行)/u;
/** The words of such a question for taking effect (实施 of 风补办法啥时候实施), and what texts print for it. */
const TAKING_EFFECT = new Set(['实施', '执行', '开始实施', '起实施', '开始执行', '实行']);
const TAKES_EFFECT_AS = ['施行', '生效'];
/** Words asking who is in charge or does something (归谁管, 找谁, 谁负责, 哪个部门管, 总指挥是谁, 谁当组长), when nothing else is asked. */
const WHO_QUESTION = /谁管|归谁|找谁|谁负责|谁来|由谁|(?<![人的])是谁(?![的说])|谁是|谁当|谁担任|哪个部门|哪个单位|哪家单位|哪个局/u;
/**
 * Question words asking for a time of day (几点, 几点到几点, 哪个时段, 什么时间段), or a time of day stated in a question
 * whether something may be done then (中午一点还在打电钻让不让, 晚上10点): the clauses printing hours answer.
 */
const CLOCK_QUESTION = /几点|什么时间?段|哪(?:个|些)?时段|(?:早上|上午|中午|下午|晚上|夜里|夜间|半夜|凌晨)[的到过]?[\d一二两三四五六七八九十]{1,3}点(?![点儿])/u;
/**
 * Question words asking for a time: 什么时候, 多久, 多长时间, 何时, 截止, 几月份, 几个月 (not 好几个月, a time past), and
 * whether a text takes effect at once (发文当天就开始执行, 马上生效).
 */
const TIME_QUESTION = /(?<![哪前这那近好头])几个?月|(?:当天|当日|马上|立即|立刻)就?(?:开始)?(?:生效|执行|实施|施行)|什么时候|啥时候|多久|多长时间|何时|哪天|几号|截止|最长|期限是/u;
/**
 * Words asking what the document itself says of itself, its 文号, 登记号 or date of issue (文号多少, 哪天印发的,
 * 哪天发文, 落款日期, 签发日期): its header answers, not a clause. Not when it takes effect (印发即施行, 自印发之日起).
 */
const DOCUMENT_QUESTION = /文号(?![\s:：为是]*[0-9a-z〔(\[])|登记号(?![\s:：为是]*[0-9a-z])|(?:哪天|哪一天|什么时候|啥时候|何时|哪年哪月|几号|几月几号)(?:印发|发文|发的|发布|下发|出的|签发)|(?:发文|印发|落款|成文|发布|签发)(?:日期|时间)/u;
/**
 * Words asking what befalls someone who does or fails something: 会怎么样, 怎么处理, 什么后果, 担什么责任,
 * 会被追责吗, 受什么处分; not who is in charge (谁负责) or what someone must do (物业要负什么责任).
 */
const CONSEQUENCE_QUESTION = /会(?:被)?怎[么样](?:样|处理|处罚|罚)?|(?:怎么|如何|咋)(?:处理|处罚|罚|追究|处分)|(?:什么|啥|哪些)(?:后果|处罚|处理|处分)|后果|(?<!负)(?:担|承担)(?:什么|啥|哪些)?责|(?:追责|问责|处分|处罚|罚款)(?:吗|不)|(?:被|挨)(?:追责|问责|处分|处罚|罚)|受(?:什么|啥|哪些)?(?:处理|处分|处罚)|要不要(?:被)?(?:追责|问责|担责)/u;
/**
 * Words asking whether something falls under a term: 算不算违法用地, 属不属于, 这算违法吗, 是不是就成了违法建设,
 * 算违建不; and whether it is against the law at all (犯不犯法, 违法吗), which the clause listing what is answers.
 */
const CLASSIFICATION_QUESTION = /算不算|属不属于|是不是(?:就)?(?:成了|算|属于)|(?:算|属于|成了|构成)(?:是)?[^，。,\s]{1,10}(?:吗|不)$|犯不犯法|违不违法|(?:犯法|违法)(?:吗|不)$/u;
/**
 * Words asking whether one qualifies (个体户也能申请攸惠贷吗, 还够不够条件, 符合条件吗): answered, as whether something falls
 * under a term is, by the clause saying what the text's terms cover (本办法所称企业是指…) or which cases it leaves out (下列情形).
 */
export const ELIGIBILITY_QUESTION = /(?:能不能|能否|可不可以|也能|还能)(?:申请|贷|享受|办)|够不够(?:条件|格)|符(?:不符)?合(?:条件|要求)(?:吗|不)|有没有资格|有资格(?:吗|不)|够条件(?:吗|不)/u;
/** Words asking whom a text applies to: 也归这个办法管吗, 也要按县里的国有资产办法来管吗, 适不适用. */
const SCOPE_QUESTION = /(?:归|按|照|受)[^，。,\s]{0,14}(?:办法|细则|方案|规定|条例)(?:来)?管(?:吗|不)|适不适用|适用(?:吗|不)/u;
/** Words asking for the first step of a procedure: 第一步, 头一步, 先要去哪个部门. */
const FIRST_STEP = /第一步|头一步|首先要|先要(?:去|找|向|到)/u;
/** Words asking whether something is allowed: 能不能, 可不可以, 允许吗, 行不行, 合法吗, 违规吗. */
const PERMISSION_QUESTION = /能不能|可不可以|可以不|允许吗|允不允许|行不行|合法吗|合不合法|合规吗|合不合规|违规吗|违不违规/u;
/**
 * Words asking what holds now or comes next, or what was done last (农村低保今年涨到多少, 现在的标准, 新任的副局长,
 * 孩子明年上小学, 去年平均收入多少): an archive prints the same matters year after year, and the reader means the newest
 * year's. Read with an age after 今年 left out (我爸今年85了: `withoutAgeThisYear`); 以前/原来 ask of the past.
 */
const RECENT = /今年|本年度|目前|现在|眼下|如今|当前|最新|新任|新提|新出台|刚出台|明年|去年|近年|这几年|这两年|今后|近期/u;
/** Words asking whether an act is lawful, among those (这样合法吗, 行不行): answered too by an item of a list called unlawful. */
const LAWFUL_QUESTION = /合法|违法吗|违不违法|违规吗|违不违规|合规|行不行/u;
/** Words asking what a text rests on: 依据哪些法律, 法律依据有哪些, 照着省里哪些文件定的, 是按照哪几部法律制定的. */
const BASIS_QUESTION = /(?:依据|根据|照着|按照|依照)(?:的是)?(?:哪|什么|啥)|(?:法律|制定|上级|出台|政策|设定)依据|照着[^，。,\s]{0,10}(?:定的|制定的|部署的|出台的)/u;
/** Words asking how often: 多久…一次, 一年几次, 多长时间检查一回, 隔多久. */
const FREQUENCY_QUESTION = /(?:多久|多长时间|多少天|几天|几个月|多少个月)[^，。,\s]{0,12}一(?:次|回|趟)|(?:一年|每年|一个月|每月|一季度)(?:要|得|能|会)?[^，。,\s]{0,6}几(?:次|回)|隔多久|多久一次/u;
/** Words asking which permit one needs or where to get it: 要办什么许可, 要不要审批, 找谁批, 去哪里登记, 要不要办营业执照, 批地基是找乡政府还是农业农村局; or whether one holds them all: 手续齐不齐. */
const PERMIT_QUESTION = /(?:手续|证照?)(?:齐不齐|全不全|齐全吗|齐吗|全吗)|(?:办|申请|要|需要|拿|领)(?:(?:个|什么|哪些|啥|哪个|哪种)\p{Script=Han}{0,4}?)?(?:许可|审批|证|执照|手续|批文)|(?:要不要|需不需要|用不用|要|得)[^，。\s]{0,8}(?:审批|许可|批准|报批|办证|申请|批|执照|许可证)(?:吗|不)?$|(?:什么|哪些|啥)(?:许可|手续|证)|(?:许可|审批)吗|(?:找谁|谁来?|哪个(?:部门|局)|哪里|哪儿)(?:审?批|批准|审批|登记|注册|办理?手续|办证)|(?:去|到|在)(?:哪里|哪儿|哪个(?:部门|局)|哪)(?:登记|注册|办(?!公)|申请)|(?:去|到)哪(?:开|办|批|审)|(?:找|去|到|报|要|得|归)(?:谁|哪个(?:部门|局)|哪个单位|哪里|哪儿)(?:来)?(?:审|批|验收|核准|发|开)?$|(?:谁|哪个(?:部门|局)|哪里|哪儿)来?(?:审|批|验收|核准)|审不审|批不批|(?:再|先)?(?:审|批)一(?:下|道|次)(?:吗)?$|(?:办|开|领|考)(?:个|什么|啥)?\p{Script=Han}{1,4}证|核准|(?:同意|批准)吗$|(?:批|办|审|登记|注册)[^，。\s]{0,6}找\p{Script=Han}{2,8}还是\p{Script=Han}{2,8}$/u;
/** A permit said to be granted (筹建审批批下来了, 设置审批已经拿到), in a question that goes on to ask what else (还要, 还得). */
const DONE_PERMIT = /(\p{Script=Han}{2}(?:审批|许可|登记|核准|备案|批复))(?:已经|已|都|也)?(?:批下来|办下来|下来|拿到|办好|办完|批了|通过)(?=.*还)/gu;
/** 不管, 无论, 不论 before a question word: "whatever", not 管 (in charge of). */
const NO_MATTER = /(?:不管|无论|不论)(?=什么|啥|是|哪|谁|怎么|怎样|多少|多大|大小)/gu;
/** What a text says, pointed at (攸惠贷里说的合作银行, 细则中所讲的当事人): the text's name, then the word asked. */
const SAID_IN = /(?:里面?|中)(?:所|提到)?(?:说|讲|写)的/gu;
/** 点 for "some" after a verb of buying or keeping (卖点鞭炮, 买点化肥, 囤点货): not 点鞭炮 (to light them), nor a 售卖点 or 购买点 (a place). */
const SOME = /(?<=(?<![购售采])[买卖进囤存备])点(?=\p{Script=Han}{2})/gu;
/**
 * Words asking what a term means (风补资金是什么, 合作行怎么认定, 违法建设如何界定): the clause defining it
 * (所称, 是指, 简称).
 */
const DEFINITION = /(?:哪类|哪一类|哪几类|什么样的|什么类型的)(?=企业|单位|公司|项目|资产)|是什么意思|指的是什么|是什么|什么是|什么叫|指什么|的定义|(?:具体)?是?指的?是?(?:哪些|哪几[种类个]|谁)(?:人|单位|情形|情况|部门)?|是?(?:什么|啥)意思|指的?啥|是指(?=[\s?？]*$)|(?:怎么|怎样|如何)(?:认定|界定)(?=[\s?？吗呢的]*$)|的?(?:认定|界定)标准/gu;
/**
 * 五万块 → 5万元, 一百二十平 → 120平方米, 五亩 → 5亩; not 这一块 (this part), 一块儿, 几千块 (some
 * thousands: no 1000元), nor a part of a longer numeral (the 一百 of 一百二十平). 块 is money only where
 * no thing follows it (五万块的设备, 两百块钱, 花了三千块): 一块空地, 一块地 and 拉到一块 are a piece
 * and together.
 */
const AMOUNT_NUMERAL = '一二两三四五六七八九十百千';
const AMOUNT = new RegExp(
  `(?<![这那哪每几上])([${AMOUNT_NUMERAL}]+)(万|千|百|元|块(?![^钱的了吗呢啊左多\\P{Script=Han}])|亩|平(?:方米|米)?)(?![儿万多来几${AMOUNT_NUMERAL}])`,
  'gu',
);

/**
 * A normalised phrase without the question mark or full stop that ends it (危化品经营许可？, 要不要批？):
 * what a query names or asks is read without them; an exact match (Ctrl-F) holds them where a text
 * prints them.
 */
export function bare(phrase: string): string {
  return phrase.replace(/[\s?!。.…~]+$/u, '') || phrase;
}

/**
 * Amounts as bulletins print them: 五万块 → 5万元, 两千万 → 2000万, 300块 → 300元. Not a guess between
 * two numbers (两三万, 四五百万: no 23万), which no text prints, nor a round number with 多, 来 or 几 after it
 * (两百多万: no 2百 and a 多万 left over); quantities.ts reads them.
 */
export function amountsAsPrinted(text: string): string {
  return text
    // 块钱 after a number is its unit, not a word of its own (两三万块钱, 五百块钱).
    .replace(/(?<=[\d一二两三四五六七八九十百千万])块钱/gu, '块')
    .replace(AMOUNT, (m, n: string, unit: string) => {
      const v = /[一二两三四五六七八九]{2}/u.test(n) ? undefined : parseNumeral(n);
      return v === undefined ? m : `${v}${unit === '块' ? '元' : unit.startsWith('平') ? '平方米' : unit}`;
    })
    .replace(/(\d[万千百]?)块/gu, '$1元');
}

/**
 * The concepts of some text: runs between spaces, punctuation, question words and particles. A lone
 * Chinese character left between them (在, 上 of 在自己家宅基地上加盖) carries no meaning of its own
 * when the query has longer words: it is dropped.
 */
export function concepts(text: string, lexicon: Lexicon = LEXICON): Concept[] {
  const out: Concept[] = [];
  const defined = text
    // 不管什么企业 (whatever the firm): no 管什么 (what it is in charge of) is asked.
    .replace(NO_MATTER, ' ')
    .replace(SAID_IN, ' ')
    .replace(SOME, ' ')
    // 风补资金是什么: a question for the clause that defines it (所称, 是指, 简称).
    .replace(DEFINITION, ' 定义 ');
  // A word of the table typed with a question word inside it (电瓶车在哪上牌) is read whole: 电瓶车上牌.
  let whole = defined;
  for (const key of lexicon.apart) {
    const m = spreadIn(key, whole);
    if (m) whole = `${whole.slice(0, m.index)}${key} ${whole.slice(m.index + m[0].length)}`;
  }
  // A date typed in digits (2023-09-04) as printed (2023年9月4日): the phrase still finds it as typed.
  const read = amountsAsPrinted(numericDatesAsPrinted(whole));
  // A share keeps its sign (资产负债率65% → 资产负债率 · 65%, as printed); a % after no number is no word.
  // A ratio keeps its colons (1:10), as printed.
  for (const piece of read.replace(/(?<!\d)%/gu, ' ').split(/(?:[^\p{L}\p{N}%:]|(?<!\d):|:(?!\d))+/u)) {
    if (!piece) continue;
    for (const part of splitAtKeys(piece, lexicon)) out.push(concept(part, lexicon));
  }
  const lone = (c: Concept) => /^\p{Script=Han}$/u.test(c.text) && c.alternatives.length === 1;
  if (!out.some((c) => !lone(c))) return out;
  // A lone verb the table knows stands for its printed words (退 → 退还, 退房); other lone characters go.
  return out.filter((c) => !lone(c) || LONE_VERBS.has(c.text)).map((c) => (lone(c) && LONE_VERBS.has(c.text) ? loneVerb(c.text) : c));
}

/**
 * An amount, a count or a share with its unit, as bulletins print them (30万, 5万元, 3年, 30%), a ratio (1:10,
 * 1比10), or a number alone before words (法律行政法规类 133 取水许可: a row's number, the spaces around it
 * taken away as a pasted text's are); not a part of a name in letters and digits (5G), nor a count or a
 * year before what it counts (10个工作日, 9项, 2023版).
 */
const NUMBER = /(\d+(?:[.:]\d+)?(?:%|[万千百亿]?(?:元|个月|年|月|天|日|岁|平方米|亩|倍)|[万千百亿])|\d+(?:[:比]\d+){1,2}|(?<![a-z.\d])\d+(?=\p{Script=Han})(?![个项条款段版号年月日时次人家名位件户所台辆元万千百亿届期批倍岁亩]))/u;

/**
 * A run of words and a number with its unit, cut at the number (超过30万 → 超过 · 30万): the words
 * around it may be printed apart from it (金额在30万元以上). Undefined for a run of letters and digits
 * (ZZYXDR) or one with no number and unit.
 */
export function splitAtNumbers(run: string): string[] | undefined {
  if (!/\p{Script=Han}/u.test(run) || !/\d/.test(run)) return undefined;
  const parts = run.split(NUMBER).filter((p) => p.length > 0);
  return parts.length > 1 ? parts : undefined;
}

/** Characters that put a word in a place (饭店里, 河边, 山上): never the last character of a slip. */
const PLACE_SUFFIX = '里上下中内外边旁头';

/**
 * A word of the table inside a longer run stands on its own (在附近读书 → 在附近 · 读书; 农村房子着火 →
 * 农村 · 房子 · 着火), found before question words and particles are cut out, since some hold one
 * (归谁, 卖了, 找谁); what lies between the words is then cut at them.
 */
function splitAtKeys(piece: string, lexicon: Lexicon): string[] {
  // 合作银行 and 永久基本农田 are printed words of the table themselves, not 合作 · 银行.
  if (lexicon.synonyms.has(piece) || lexicon.printed.has(piece)) return [piece];
  const stop = (run: string) => run.replace(STOP, ' ').split(' ').filter((p) => p.length > 0);
  const key = lexicon.firstKeyIn(piece);
  if (!key) return stop(piece);
  // Where words of the table overlap (单位出租门面: 出租 and 租门面), the piece is read in the fewest
  // of them (出租 · 门面, not 出 · 租门面), and the words that are keys stand on their own.
  if ([...key].length <= MAX_WORD) {
    const out: string[] = [];
    let run = '';
    const pieces = cutAtWords([...piece], (w) => lexicon.synonyms.has(w) || lexicon.printed.has(w));
    for (const [i, p] of pieces.entries()) {
      if (!lexicon.synonyms.has(p)) run += p;
      else {
        // A place before the question word asking which body (县里哪个部门, 县里谁牵头) says where, not what.
        out.push(...stop(run), ...(ASKER_PLACE.test(p) && ASKED_BODY.test(pieces.slice(i + 1).join('')) ? [] : [p]));
        run = '';
      }
    }
    // A word of the table and one character more, typed as a word of its own (出租彻, 灭火七): a slip in
    // the last character of a longer word (出租车, 灭火器), read whole, which the page mends or cuts
    // back; not inside a longer run, where it starts the next word (登记领证书: 证书, 分担责任: 责任).
    const left = stop(run);
    if (pieces.length === 2 && out.length === 1 && out[0] === pieces[0] && left.length === 1 && left[0] === run && /^\p{Script=Han}$/u.test(run) && !FUNCTION_CHARS.includes(run) && !LONE_VERBS.has(run) && !QUESTION_VERBS.includes(run) && !PLACE_SUFFIX.includes(run)) {
      out[out.length - 1] += run;
      return out;
    }
    return [...out, ...left];
  }
  const at = piece.indexOf(key);
  return [
    ...(at > 0 ? splitAtKeys(piece.slice(0, at), lexicon) : []),
    key,
    ...(at + key.length < piece.length ? splitAtKeys(piece.slice(at + key.length), lexicon) : []),
  ];
}

/** Places the asker names the level of government by (县里, 镇里, 村里), and the question words asking which body there. */
const ASKER_PLACE = /^[县镇乡村市省]里$/u;
const ASKED_BODY = /^(?:哪个|哪家|谁|(?:什么|啥)(?:部门|单位|机构|人))/u;

/** A lone verb: searched as the words bulletins print for it, the character alone at a low weight. */
function loneVerb(text: string): Concept {
  return {
    text,
    alternatives: [
      { text, weight: LONE_WEIGHT, via: 'typed' },
      ...LONE_VERBS.get(text)!.map((s) => ({ text: s, weight: SYNONYM_WEIGHT, via: 'synonym' as const })),
    ],
  };
}

/** The longest word a query is read for (the corpus's words and the table's). */
export const MAX_WORD = 6;

/**
 * What a lone function character costs a cut, against 1 for a word and 2 for another lone character:
 * of two cuts alike in all else, the one leaving 有 alone, not 发 (发现 · 有 · 人, not 发 · 现有 · 人).
 */
const LONE_FUNCTION_COST = 1.5;

/** A run cut into the fewest pieces, each a known word (two to six characters) or a lone character, lone characters costing more (function characters less than others). */
export function cutAtWords(chars: string[], known: (w: string) => boolean): string[] {
  const n = chars.length;
  const best = Array<number>(n + 1).fill(Infinity);
  const from = Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    for (let len = 1; len <= MAX_WORD && i + len <= n; len++) {
      const cost = len === 1 ? (FUNCTION_CHARS.includes(chars[i]!) ? LONE_FUNCTION_COST : 2) : known(chars.slice(i, i + len).join('')) ? 1 : Infinity;
      if (best[i]! + cost < best[i + len]!) {
        best[i + len] = best[i]! + cost;
        from[i + len] = i;
      }
    }
  }
  const out: string[] = [];
  for (let at = n; at > 0; at = from[at]!) out.unshift(chars.slice(from[at], at).join(''));
  return out;
}

/**
 * A concept typed as one run, cut at the words it holds (一家企业能贷 → 企业 · 贷; 乡镇卫生院看 → 乡镇 ·
 * 卫生院): each word (`isWord`: the corpus's, the table's) is a concept of its own, a function word or
 * character (一家, 能, 先) goes, a lone verb stands for its printed words (贷 → 贷款), another lone
 * character goes, and characters side by side that are no word (歪脖子, 想开) stay together as typed
 * (来查 → 查). None when the run is a question's words only (要先办). Undefined when there is
 * nothing to cut: the run is one word, or no word and no function character or verb stands in it (番身仗).
 */
export function cutConcept(text: string, isWord: (w: string) => boolean, lexicon: Lexicon = LEXICON): Concept[] | undefined {
  const pieces = countedSlogans(cutAtWords([...text], (w) => isWord(w) || FUNCTION_WORD.test(w)));
  if (pieces.length < 2) return undefined;
  const out: Concept[] = [];
  let run = '';
  const flush = () => {
    if ([...run].length > 1) out.push(concept(run, lexicon));
    run = '';
  };
  for (const p of pieces) {
    if (saysHow(p)) flush();
    else if ([...p].length > 1) {
      flush();
      out.push(concept(p, lexicon));
    }
    else if (LONE_VERBS.has(p)) {
      flush();
      out.push(loneVerb(p));
    } else run += p;
  }
  flush();
  return out.length === 1 && out[0]!.text === text ? undefined : out;
}

/** A numeral character alone. */
const COUNT = /^[一二三四五六七八九十两]$/u;
/** Verbs a count follows without its numeral (有间办公室, 是个问题, 买台车). */
const HAS = '有是买租盖建';
/** Aspect particles after a verb (闲置着, 盖了, 办过). */
const ASPECT = '着了过';

/**
 * A numeral standing alone before a word (三 · 坚决 of 安全生产三坚决, 两 · 确保): the count a slogan names
 * its points by (三坚决三确保, 六仗), one piece with the word, as printed.
 */
function countedSlogans(pieces: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const next = pieces[i + 1];
    if (COUNT.test(pieces[i]!) && next && [...next].length >= 2 && /^\p{Script=Han}+$/u.test(next)) {
      out.push(pieces[i]! + next);
      i++;
    } else out.push(pieces[i]!);
  }
  return out;
}

/**
 * Whether a run reads as a question's words, not a typo: cut at the words it holds, it is two pieces
 * or more, each a word, a function word or character, or a lone verb (要先办: 要 · 先 · 办, not a
 * misspelt 线板; 罚消防违法: 罚 · 消防 · 违法, not 防治法). A typo leaves other lone characters
 * (番身仗, 阻击站: 站).
 */
export function questionWords(text: string, isWord: (w: string) => boolean): boolean {
  const pieces = cutAtWords([...text], (w) => isWord(w) || FUNCTION_WORD.test(w));
  return pieces.length > 1 && pieces.every((p) => saysHow(p) || [...p].length > 1 || LONE_VERBS.has(p) || QUESTION_VERBS.includes(p));
}

/**
 * Whether a run is words of the corpus typed without a break: cut into the fewest known words and
 * lone characters, it has two words or more and every lone character stands between two words. A
 * typo breaks a word into lone characters side by side (番身仗: 番 · 身 · 仗) or leaves one at an end
 * (阻击站: 阻击 · 站). `levels`: those the archive's issuers print their bodies after (the manifest's), one of
 * which before a word is the body's level (县 of 牵头单位县司法局: 牵头单位 · 县 · 司法局), no slip. `beforeWord`: the
 * run is typed right before another concept of two characters or more (乡镇执法人员去县 · 消防大队), so that a level
 * ending it is that word's (县消防大队), as one inside the run would be.
 */
export function gluedWords(chars: string[], isWord: (w: string) => boolean, levels: readonly string[] = [], beforeWord = false): boolean {
  // A count said without its numeral (有间办公室: 有一间) is one function word; an aspect particle after a word
  // (闲置着, 盖了) is glue, at the end too.
  const pieces = cutAtWords(chars, isWord).reduce<string[]>((out, p) => {
    const before = out[out.length - 1];
    if (before && [...before].length === 1 && HAS.includes(before) && [...p].length === 1 && FUNCTION_WORD.test(`一${p}`)) out[out.length - 1] = before + p;
    else out.push(p);
    return out;
  }, []);
  const lone = pieces.map((p, i) => [...p].length === 1 && !(ASPECT.includes(p) && i > 0 && [...pieces[i - 1]!].length > 1) && !(beforeWord && i === pieces.length - 1 && i > 0 && levels.includes(p)));
  if (lone.filter((x) => !x).length < 2) return false;
  // The glue is a function character or a lone verb (在 of 研究生在攸县), or the count of a slogan's points
  // before its word (三 of 安全生产三坚决: 三坚决); 圆 of 网格圆职责 is a typo.
  return lone.every(
    (l, i) =>
      !l ||
      (i < lone.length - 1 && !lone[i + 1] && levels.includes(pieces[i]!)) ||
      (i > 0 && i < lone.length - 1 && !lone[i - 1] && !lone[i + 1] && (saysHow(pieces[i]!) || LONE_VERBS.has(pieces[i]!) || COUNT.test(pieces[i]!))),
  );
}

/**
 * Whether a query typed as one run is a question, not a name: cut at its words, it holds two words of
 * the corpus or more and a function word or character (攸惠贷要拿厂房抵押不: 攸 · 惠 · 贷 · 要 · 拿 ·
 * 厂房 · 抵押 · 不). A name holds none (民生保障仗清单, 危化品经营许可).
 */
export function askedInOneRun(text: string, isWord: (w: string) => boolean): boolean {
  if (!mayAsk(text)) return false;
  const pieces = cutAtWords([...text], (w) => isWord(w) || FUNCTION_WORD.test(w));
  return pieces.filter((p) => [...p].length > 1 && !FUNCTION_WORD.test(p)).length >= 2 && pieces.some(saysHow);
}

/** Whether a run holds a character a function word or character may start with (cheap, no words needed). */
export function mayAsk(text: string): boolean {
  return [...text].some((ch) => FUNCTION_CHARS.includes(ch) || FUNCTION_WORD.test(`${ch}个`));
}

/** A piece that says how, not what: a function word (一家) or a function character (能, 在). */
function saysHow(piece: string): boolean {
  return FUNCTION_WORD.test(piece) || ([...piece].length === 1 && FUNCTION_CHARS.includes(piece));
}

/** One concept as typed, with the other ways bulletins print it (lexicon.ts). */
export function concept(text: string, lexicon: Lexicon = LEXICON): Concept {
  const alternatives: Alternative[] = [{ text, weight: 1, via: 'typed' }];
  // A length of time in Chinese numerals (三年以上, 十五个工作日) as clauses print it, in digits (3年, 15个工作日);
  // a share in tenths (六成五, 三成) as a percentage (65%, 30%).
  const span = DURATION.exec(text);
  const n = span && parseNumeral(span[1]!);
  if (n) alternatives.push({ text: `${n}${span[2]}`, weight: DURATION_WEIGHT, via: 'synonym' });
  // And one typed in digits (30年, 3个月) as clauses print it in Chinese numerals (投入使用满三十年, 三个月内).
  const digits = DIGIT_DURATION.exec(text);
  if (digits) alternatives.push({ text: `${toNumeral(Number(digits[1]))}${digits[2]}`, weight: DURATION_WEIGHT, via: 'synonym' });
  const tenths = TENTHS.exec(text);
  if (tenths) alternatives.push({ text: `${parseNumeral(tenths[1]!)! * 10 + (tenths[2] ? parseNumeral(tenths[2])! : 0)}%`, weight: DURATION_WEIGHT, via: 'synonym' });
  // The first months of a year said the way people say them (头五个月, 前5个月, 一到五月): as a release of statistics
  // prints them (1—5月), and the quarter or half they make (一季度, 上半年).
  const months = MONTHS_SO_FAR.exec(text);
  const last = months && parseNumeral(months[1] ?? months[2]!);
  if (last && last >= 2 && last <= 11) {
    alternatives.push({ text: `1-${last}月`, weight: DURATION_WEIGHT, via: 'synonym' });
    const part = { 3: '一季度', 6: '上半年', 9: '前三季度' }[last];
    if (part) alternatives.push({ text: part, weight: SYNONYM_WEIGHT, via: 'synonym' });
  }
  if (RATIO.test(text)) {
    const parts = text.split('比').map((n) => (/^\d+$/u.test(n) ? Number(n) : parseNumeral(n)));
    if (parts.every((n) => n !== undefined)) alternatives.push({ text: parts.join(':'), weight: 1, via: 'synonym' });
  }
  // A term (五年期, 3年期): its length as printed (5年), and the word a clause sets one by (贷款期限不超过3年).
  const term = TERM.exec(text);
  const years = term && parseNumeral(term[1]!);
  if (years) alternatives.push({ text: `${years}${term[2]}`, weight: DURATION_WEIGHT, via: 'synonym' }, { text: '期限', weight: SYNONYM_WEIGHT, via: 'synonym' });
  for (const s of lexicon.synonyms.get(text) ?? []) alternatives.push({ text: normalizeSearchText(s), weight: SYNONYM_WEIGHT, via: 'synonym' });
  return { text, alternatives };
}

/** The first months of a year: 头五个月, 前5个月, 一到五月, 1至5月 (the last month's number, in Chinese or in digits). */
const FIRST_MONTHS = `[头前](${CHINESE_NUMERAL}|\\d{1,2})个月`;
const MONTHS_FROM_FIRST = `[一1](?:到|至)(${CHINESE_NUMERAL}|\\d{1,2})月(?:份)?`;
const MONTHS_SO_FAR = new RegExp(`^(?:${FIRST_MONTHS}|${MONTHS_FROM_FIRST})$`, 'u');
/** Such months inside a run of words (今年头五个月来檀山玩): a word of their own; not a deadline (前三个月内). */
const MONTHS_SO_FAR_IN = new RegExp(`${FIRST_MONTHS}(?![内以里后期])|(?<![0-9一二三四五六七八九十])${MONTHS_FROM_FIRST}`, 'gu');

/** A term typed with 期 (五年期, 3年期, 六个月期). */
const TERM = new RegExp(`^(${CHINESE_NUMERAL}|\\d+)(年|个月)期$`, 'u');

/**
 * An article and its item in digits joined by sep, and maybe the item's 目, not an amount or a version
 * (6.5%, 14.5万元, 2.0).
 */
function numberedPath(sep: string): string {
  return `([0-9]{1,3})${sep}([0-9]{1,2})(?:${sep}([0-9]{1,3}))?(?![0-9.%]|${sep}|[万亿千百元年月日天个次倍亩米])`;
}
/** Dotted (14.2, 2.1.4, as a text of parts is cited: 二、(一)4.). */
const DOTTED_PATH = numberedPath('\\.');
/** Dotted or dashed where a citation stands, after a kind of text or a 文号 (国资办法 28-4), where no date or range does. */
const CITED_PATH = numberedPath('[.\\-－—–]');
/** Such a path as cited: 第十四条第二项, 第二条第一项第四目. */
function dottedPath(m: string, a: string, b: string, c?: string): string {
  if (!Number(a) || !Number(b) || (c !== undefined && !Number(c))) return m;
  return ` 第${toNumeral(Number(a))}条第${toNumeral(Number(b))}项${c ? `第${toNumeral(Number(c))}目` : ''}`;
}
/** Dotted digits opening what follows a 文号, maybe after 正文 (9号文正文4.2): an article and its item. */
const DOTTED_AFTER_NUMBER = new RegExp(`^\\s*(?:正文)?\\s*${CITED_PATH}`, 'u');

/** The unit of a length of time, and how it bounds it (年以上, 个工作日内). */
const DURATION_UNIT = '(?:年|个月|个工作日|个自然日|天|日|周)(?:以上|以下|以内|之内|内)?';
/** A length of time typed in Chinese numerals, alone or with the side of it (以上, 以内). */
const DURATION = new RegExp(`^(${CHINESE_NUMERAL})(${DURATION_UNIT})$`, 'u');
/** A share said in tenths: 六成五 (65%), 三成 (30%). */
const TENTHS = /^([一二三四五六七八九])成([一二三四五六七八九])?$/u;
/** A ratio said with 比 (1比10, 二比八, 2比3比5), which texts print with colons (1:10, 2:8, 2:3:5). */
const RATIO = new RegExp(`^(?:${CHINESE_NUMERAL}|\\d+)(?:比(?:${CHINESE_NUMERAL}|\\d+)){1,2}$`, 'u');
/** Weight of a length of time or a share read in digits: the same words, printed the other way. */
const DURATION_WEIGHT = 0.9;
/** A length of time typed in digits, below a thousand (30年, 3个月, 15个工作日). */
const DIGIT_DURATION = new RegExp(`^(\\d{1,3})(${DURATION_UNIT})$`, 'u');

/** A bulletin and its issue, as a citation names where a text is printed: 《攸县人民政府公报》2023年第1期所载. */
const BULLETIN_ISSUE = /《?\p{Script=Han}{0,12}公报》?\s*(?:[0-9]{4}年)?\s*第\s*[0-9一二三四五六七八九十]{1,3}\s*期\s*(?:所载|刊载|刊登|登载|载)?/gu;

/**
 * The day a text was issued, as a citation names it before the text (县政府办1月31日发的攸惠贷办法, 2023年12月20日印发的消防
 * 综合治理方案): it says which document, as its 文号 would (`issued`), and is no word a passage must hold.
 */
const ISSUED_ON = /(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日(?:印发|下发|发布|签发|发)的?(?=\s*\p{Script=Han})/u;

/**
 * A chapter or a section named by its title in quotes, glued to the text's name or to a path
 * (国资办法“管理机构及其职责”章第六条第三项): a word of its own, as typed apart (管理机构及其职责章 第六条第三项).
 */
const QUOTED_CHAPTER = /[“"「]([^“”"「」\s]{2,16})[”"」](章|节)/gu;

/** Digits and 条 run into a name, ending a word or before a path (房地产12条, 楼市12条 买房, 房地产12条第二条, 房地产12条条目二): a count, or an article. */
const GLUED_COUNT = /(\p{Script=Han}{2,})(\d{1,2})条(?=$|\s|第|条目)/u;

/**
 * Reads a query. `levels`: those the archive's issuers print their bodies after (the manifest's), which make
 * a body named by its level alone before a short 文号 the archive's own (a city's 市政府办9号文件), not one above.
 */
export function parseQuery(query: string, lexicon: Lexicon = LEXICON, levels: readonly string[] = []): ParsedQuery {
  return readQuery(query, lexicon, true, levels);
}

/** Digits right after a word of money paid or given (罚200, 罚款 200, 补贴500), no unit after them. */
const MONEY_NUMBER = /(?<=(?:罚|罚款|补|补贴|补助|奖励|奖补|交|缴|收费)\s*)([0-9]+(?:\.[0-9]+)?)(?![0-9.%％元万千百亿个块年月日天号次人户条款项])/gu;


/** 这个 or 那部 between two characters of a name and the kind of text ending it, a few characters on. */
const DEMONSTRATIVE_IN_NAME = new RegExp(`(?<=\\p{Script=Han}{2})${DEMONSTRATIVE}(?=\\p{Script=Han}{0,6}?(?:${SHORT_KINDS.join('|')}))`, 'gu');

/**
 * A year said the way people say it, by its last two digits (二三年几月份, 23年底): the year bulletins
 * print (2023年), when a month or the year's start or end follows. Not 二三年 alone, which is also two
 * or three years.
 */
const SPOKEN_YEAR = new RegExp(`(?<![${'〇零一二三四五六七八九十百千两几'}0-9])(?:([一二]${CHINESE_DIGIT})|([0-9]{2}))年(?=几月|几个月|[0-9一二三四五六七八九十]{1,3}月|[初底末]|上半年|下半年)`, 'gu');

/** A word with its spoken years read as printed (二三年底 → 2023年底). */
export function readSpokenYears(word: string): string {
  return word.replace(SPOKEN_YEAR, (_, chinese?: string, digits?: string) => {
    const yy = digits ?? [...chinese!].map((c) => parseNumeral(c) ?? 0).join('');
    return `20${yy.padStart(2, '0')}年`;
  });
}

/**
 * A space between a Chinese character and a digit or a short Latin run (A 级景区 3 家, 附件 1): the spacing of an
 * extraction, which the text's normal form drops too; not one before a run of three letters or more (消防 quanze: pinyin
 * typed), nor one beside a run holding letters glued to Chinese on its far side (主动仗方案 5G基站: a word typed).
 */
export const EXTRACTION_SPACE = /(?<=\p{Script=Han})[\s\u3000]+(?=[^\p{Script=Han}\s\u3000\p{P}])(?![A-Za-z]{3})(?![0-9]*[A-Za-z][0-9A-Za-z]*\p{Script=Han})|(?<=[^\p{Script=Han}\s\u3000\p{P}])(?<![A-Za-z]{3})(?<!\p{Script=Han}[0-9]*[A-Za-z][0-9A-Za-z]*)[\s\u3000]+(?=\p{Script=Han})/gu;

function readQuery(query: string, lexicon: Lexicon, rows: boolean, levels: readonly string[] = [], loose = true): ParsedQuery {
  const phrase = normalizeSearchText(query);
  const issuedOn = ISSUED_ON.exec(query);
  // A space between two Chinese words, or two Latin ones (xiaofang wangge), separates them; an extraction's
  // (EXTRACTION_SPACE: A 级景区 3 家) does not.
  const words = query
    // The bulletin a citation names the text by (《攸县人民政府公报》2023年第1期所载…): not a word to find.
    .replace(BULLETIN_ISSUE, ' ')
    .replace(ISSUED_ON, ' ')
    .replace(QUOTED_CHAPTER, ' $1$2 ')
    // A row's number in brackets after a list's part, in words past any outline's second level (一、（一百四十）,
    // 六（二十一）): the digits it stands for, as 一、（140） is read (the part's row 140).
    .replace(/(?<=[一二三四五六七八九十]、?\s*)[（(]([一二三四五六七八九十百]{2,6})[）)]/gu, (m, n: string) => {
      const v = parseNumeral(n);
      return v && v > 20 ? `（${v}）` : m;
    })
    // 之 between a text's name and a path (房地产十二条之第9条: its 第九条) says whose it is, as 的 does; not 之一 of an
    // article inserted after another (第十条之一).
    .replace(/(?<=\p{Script=Han})之(?=\s*第)/gu, ' ')
    // A path written as a breadcrumb (第四章代偿范围 > 第十四条 > （四）): its parts, as typed apart; a bare number
    // in it is the level below the part before it (第五章 > 29 > 3: 第二十九条, its （三）).
    .replace(/[^>＞›»→]+(?:[>＞›»→][^>＞›»→]+)+/gu, (crumbs) => breadcrumbParts(crumbs.split(/[>＞›»→]/u).map((c) => c.trim())).join(' '))
    // (A separator with nothing on one side: a space.)
    .replace(/\s*[>＞›»→]\s*/gu, ' ')
    // An item typed in brackets with its 项 after (22条1款（二）项1目), and a 目 in digits after it: 第二项第1目.
    // (Not where 项 closes a list of items, 第（一）、（二）项, nor 第（二）项 itself.)
    .replace(/(?<![第、,，和及与至到-])([（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[)）])项(?=\s|$|[0-9一二三四五六七八九十]{1,2}目)/gu, '$1')
    .replace(/(?<=[)）])\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})目/gu, '第$1目')
    // A middle dot between a citation's parts (清单一·第97项·城市绿地树木审批, 附五·二（二）·十五): a space.
    .replace(/(?<=[\p{Script=Han}0-9)）])\s*[·・•‧]\s*(?=[\p{Script=Han}0-9(（])/gu, ' ')
    // A demonstrative between a text's short name and its kind (国资这个管理办法, 攸惠贷那个办法): the name.
    .replace(DEMONSTRATIVE_IN_NAME, '')
    .replace(MONTHS_SO_FAR_IN, ' $& ')
    // A bare number after a word of money paid or given (罚200, 补贴 500): yuan, as the clause prints it (200元).
    .replace(MONEY_NUMBER, '$1元')
    .replace(EXTRACTION_SPACE, '')
    // A comma or semicolon between keywords (违建细则，乡镇职责) separates them as a space does.
    .split(/[\s\u3000]+|(?<=[\p{Script=Han}\p{L}\p{N}])[，,；;]+(?=[\p{Script=Han}\p{L}\p{N}])/u)
    .map((w) => readSpokenYears(normalizeSearchText(w)))
    .filter((w) => w.length > 0);
  const parsed: ParsedQuery = { phrase, words, rest: [], concepts: [] };
  if (issuedOn) parsed.issued = `${issuedOn[1] ? `${issuedOn[1]}-` : ''}${issuedOn[2]!.padStart(2, '0')}-${issuedOn[3]!.padStart(2, '0')}`;
  const numbered = readDocNumber(countedTexts(words.join(' ')), levels, loose);
  if (numbered.docNumber) parsed.docNumber = numbered.docNumber;
  if (numbered.loose) parsed.asText = readQuery(query, lexicon, rows, levels, false);
  // The brackets a citation puts its 文号 in (《…》（攸政办发〔2023〕2号）二、（一）, （攸政办发〔2023〕2号 附件1）)
  // are left empty by it, or holding the attachment's number.
  const cited = numbered.rest
    .replace(CITED_BRACKETS, (_, a?: string) => ` ${a ?? ''} `)
    // Dotted digits right after a 文号 (9号文 4.2, 9号文正文4.2) cite as after a kind of text: 第四条第二项.
    .replace(numbered.docNumber ? DOTTED_AFTER_NUMBER : /$^/u, dottedPath);
  // After a 文号, a part label and a number alone (7号文 一、26) cite a row of its list as they do after
  // the list's name (许可事项清单 一、26).
  const labelled = partsAsLabels(joinedParts(signsAndTables(cited)));
  const row = rows ? ((numbered.docNumber ? (partRowRef(labelled) ?? endingPartRowRef(labelled)) : undefined) ?? listedPartRowRef(labelled) ?? namedTextRowRef(labelled)) : undefined;
  // The list of an attachment (附件五 清单 第(三)部分 19): the row inside that attachment.
  const inAttachment = row && ATTACHMENT.exec(row.rest);
  const attachmentNumber = inAttachment ? parseNumeral(inAttachment[1]!) : undefined;
  const path: ReturnType<typeof readPath> = row ? (attachmentNumber ? { ref: row.ref, attachment: attachmentNumber, rest: row.rest.replace(inAttachment![0], ' ').trim() } : row) : readPath(cited, numbered.docNumber !== undefined);
  if (row) parsed.withoutRow = readQuery(query, lexicon, false, levels, loose);
  if (GLUED_COUNT.test(words.join(' '))) parsed.asCount = readQuery(words.join(' ').replace(GLUED_COUNT, (_, name: string, n: string) => `${name}${toNumeral(Number(n))}条`), lexicon, rows, levels);
  if (path.ref) parsed.ref = path.ref;
  if (path.attachment) parsed.attachment = path.attachment;
  if (path.more?.length) parsed.more = path.more;
  if (path.partTitle) parsed.partTitle = path.partTitle;
  // Punctuation standing alone (the ？ of 消防9号文？) is no word beside the path.
  parsed.rest = path.rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (parsed.docNumber || parsed.ref) parsed.rest = withoutCitingWords(parsed.rest);
  parsed.concepts = concepts(parsed.docNumber || parsed.ref ? parsed.rest.join(' ') : words.join(' '), lexicon);
  // What it asks, read without the question mark ending it (要不要批？ as 要不要批).
  const asked = bare(phrase);
  if (DOCUMENT_QUESTION.test(asked)) parsed.asks = 'document';
  else if (BASIS_QUESTION.test(asked)) parsed.asks = 'basis';
  else if (FREQUENCY_QUESTION.test(asked)) parsed.asks = 'frequency';
  else if (RATIO_QUESTION.test(asked)) parsed.asks = 'ratio';
  else if (CLOCK_QUESTION.test(asked)) parsed.asks = 'clock';
  else if (TIME_QUESTION.test(asked)) parsed.asks = 'time';
  else if (AMOUNT_QUESTION.test(asked)) parsed.asks = 'amount';
  else if (SCOPE_QUESTION.test(asked)) parsed.asks = 'scope';
  else if (CLASSIFICATION_QUESTION.test(asked) || ELIGIBILITY_QUESTION.test(asked)) parsed.asks = 'classification';
  else if (PERMIT_QUESTION.test(asked)) parsed.asks = 'permit';
  else if (CONSEQUENCE_QUESTION.test(asked)) parsed.asks = 'consequence';
  else if (COUNT_QUESTION.test(lastClause(query))) parsed.asks = 'amount';
  else if (PERMISSION_QUESTION.test(asked)) parsed.asks = 'permission';
  else if (WHO_QUESTION.test(asked)) parsed.asks = 'who';
  // 实施 of a question when a text takes effect (风补办法啥时候实施) is its 施行.
  if (parsed.asks === 'time' && IN_FORCE.test(asked))
    // The word typed asks, as 施行 answers: a text printing it (…实施必要程序) is no match of every word.
    parsed.concepts = parsed.concepts.map((c) => (TAKING_EFFECT.has(c.text) ? { ...c, alternatives: [c.text, ...TAKES_EFFECT_AS].map((text) => ({ text, weight: SYNONYM_WEIGHT, via: 'synonym' as const })) } : c));
  const done = [...phrase.matchAll(DONE_PERMIT)].map((m) => ({ permit: m[1]!, said: m[0]! }));
  if (done.length) parsed.done = done;
  if (FIRST_STEP.test(phrase)) parsed.firstStep = true;
  if (LAWFUL_QUESTION.test(phrase)) parsed.lawful = true;
  if (RECENT.test(withoutAgeThisYear(phrase))) parsed.recent = true;
  const quantities = statedQuantities(phrase);
  if (quantities.length) parsed.quantities = quantities;
  return parsed;
}
