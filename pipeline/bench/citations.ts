/**
 * Generated citations: every article, 款, item, outline heading and numbered list row of the corpus cited
 * under a name of its text (the title, 《title》, each alias, the 文号 or 8号文 of a document issuing one
 * text, 附件N, a list's caption) in each of the forms lawyers and clerks write (NOTES §2: 第十四条第（三）项
 * and its variants without 第, in digits, with the 项 unbracketed; a 目 below its item, 9条1项3目; an outline's 二、（四）27. as
 * 第二部分第（四）项, 2.4.27 …; a row as 序号26, 第26项, 一、26, 附件2之26, or by its place in its part,
 * 三、第1项 or 第三类第一行, a table of a list of parts by its place, 第一表序26; an article as §14, its item §14(3), or
 * 十四条三项 and 第14条第3点; an article after the bulletin
 * and issue printing it, or as its text's 首条, its last as 最后一条 or 末条, the one before as 倒数第二条; a
 * heading's last paragraph, 二、（四）最后一段, and the one before, 二、（四）倒数第二段; an item after its chapter's title, 业务流程章 8（4）). Typed alone, the unit cited should
 * come first. Written by rule from the tree, not by hand: a measure of the citation grammar over the whole
 * corpus, which no query set covers form by form.
 */
import { toNumeral } from '../../core/chinese/numerals.ts';
import { outlineLabel } from '../../core/chinese/labels.ts';
import { parseDocNumber } from '../../core/chinese/doc-number.ts';
import type { BulletinFile } from '../../schema/output.ts';
import type { AttachmentNode, BodyNode, DocumentNode, InstrumentNode } from '../../schema/tree.ts';
import type { TableNode } from '../../schema/table.ts';
import { seededRandom } from './random.ts';
import { notesRun } from '../index/units.ts';

export interface CitationCase {
  query: string;
  /** The unit cited. */
  id: string;
  /** The same thing printed twice: a plan's task as a heading beside its row in the task list. */
  also?: string[];
  /** The form of the path (第N条第（K）项, a.b.c …), for figures per form. */
  form: string;
}

type Path = (n: number[]) => string;

const cn = toNumeral;
/** Forms of an article's path, of a 款's, of an item's (directly under its article, or under a 款). */
const ARTICLE: Array<[string, Path]> = [
  ['第十四条', ([a]) => `第${cn(a!)}条`],
  ['第14条', ([a]) => `第${a}条`],
  ['十四条', ([a]) => `${cn(a!)}条`],
  ['14条', ([a]) => `${a}条`],
  ['第十四條', ([a]) => `第${cn(a!)}條`],
  ['条目十四', ([a]) => `条目${cn(a!)}`],
  ['§14', ([a]) => `§${a}`],
];
const PARAGRAPH: Array<[string, Path]> = [
  ['第十四条第二款', ([a, p]) => `第${cn(a!)}条第${cn(p!)}款`],
  ['第14条第2款', ([a, p]) => `第${a}条第${p}款`],
  ['14条2款', ([a, p]) => `${a}条${p}款`],
  ['第14条第2段', ([a, p]) => `第${a}条第${p}段`],
];
const ITEM: Array<[string, Path]> = [
  ['第十四条第（三）项', ([a, k]) => `第${cn(a!)}条第（${cn(k!)}）项`],
  ['第十四条第三项', ([a, k]) => `第${cn(a!)}条第${cn(k!)}项`],
  ['第14条第3项', ([a, k]) => `第${a}条第${k}项`],
  ['第14条第(3)项', ([a, k]) => `第${a}条第(${k})项`],
  ['第十四条（三）', ([a, k]) => `第${cn(a!)}条（${cn(k!)}）`],
  ['14条3项', ([a, k]) => `${a}条${k}项`],
  ['第十四条第一款第（三）项', ([a, k]) => `第${cn(a!)}条第一款第（${cn(k!)}）项`],
  ['十四（三）', ([a, k]) => `${cn(a!)}（${cn(k!)}）`],
  ['第十四条所列第三种', ([a, k]) => `第${cn(a!)}条所列第${cn(k!)}种`],
  ['§14(3)', ([a, k]) => `§${a}(${k})`],
  ['十四条三项', ([a, k]) => `${cn(a!)}条${cn(k!)}项`],
  ['第14条第3点', ([a, k]) => `第${a}条第${k}点`],
];
const PARAGRAPH_ITEM: Array<[string, Path]> = [
  ['第三条第二款第（一）项', ([a, p, k]) => `第${cn(a!)}条第${cn(p!)}款第（${cn(k!)}）项`],
  ['第3条第2款第(1)项', ([a, p, k]) => `第${a}条第${p}款第(${k})项`],
  ['第三条第二款（一）', ([a, p, k]) => `第${cn(a!)}条第${cn(p!)}款（${cn(k!)}）`],
  ['第三条第二款规定的第一种', ([a, p, k]) => `第${cn(a!)}条第${cn(p!)}款规定的第${cn(k!)}种`],
  ['3.2.1', ([a, p, k]) => `${a}.${p}.${k}`],
];
/** Forms of a 目's path, under an item directly under its article (第九条第（一）项第3目). */
const SUBITEM: Array<[string, Path]> = [
  ['第九条第（一）项第三目', ([a, k, m]) => `第${cn(a!)}条第（${cn(k!)}）项第${cn(m!)}目`],
  ['第9条第1项第3目', ([a, k, m]) => `第${a}条第${k}项第${m}目`],
  ['9条1项3目', ([a, k, m]) => `${a}条${k}项${m}目`],
  ['第九条第一项之3', ([a, k, m]) => `第${cn(a!)}条第${cn(k!)}项之${m}`],
];
/** Forms of an outline heading's path, by its level (一、; 二、（四）; 二、（四）27.). */
const OUTLINE: Array<Array<[string, Path]>> = [
  [
    ['一、', ([a]) => `${cn(a!)}、`],
    ['第一部分', ([a]) => `第${cn(a!)}部分`],
    ['第一条', ([a]) => `第${cn(a!)}条`],
    ['第一点', ([a]) => `第${cn(a!)}点`],
    ['条目一', ([a]) => `条目${cn(a!)}`],
  ],
  [
    ['二、（四）', ([a, b]) => `${cn(a!)}、（${cn(b!)}）`],
    ['二（四）', ([a, b]) => `${cn(a!)}（${cn(b!)}）`],
    ['第二部分第（四）项', ([a, b]) => `第${cn(a!)}部分第（${cn(b!)}）项`],
    ['第二部分第四项', ([a, b]) => `第${cn(a!)}部分第${cn(b!)}项`],
    ['第二部分第四条', ([a, b]) => `第${cn(a!)}部分第${cn(b!)}条`],
    ['2.4', ([a, b]) => `${a}.${b}`],
    ['二之（四）', ([a, b]) => `${cn(a!)}之（${cn(b!)}）`],
    ['第二大点第（四）小点', ([a, b]) => `第${cn(a!)}大点第（${cn(b!)}）小点`],
    ['第二大项第四小项', ([a, b]) => `第${cn(a!)}大项第${cn(b!)}小项`],
    ['第二部分第（四）节', ([a, b]) => `第${cn(a!)}部分第（${cn(b!)}）节`],
    ['第二部分第（四）类', ([a, b]) => `第${cn(a!)}部分第（${cn(b!)}）类`],
  ],
  [
    ['二、（四）27.', ([a, b, c]) => `${cn(a!)}、（${cn(b!)}）${c}.`],
    ['2.4.27', ([a, b, c]) => `${a}.${b}.${c}`],
    ['第二部分第（四）项第27目', ([a, b, c]) => `第${cn(a!)}部分第（${cn(b!)}）项第${c}目`],
    ['二（四）之27', ([a, b, c]) => `${cn(a!)}（${cn(b!)}）之${c}`],
    ['第二部分第（四）节第27点', ([a, b, c]) => `第${cn(a!)}部分第（${cn(b!)}）节第${c}点`],
  ],
];

/** Forms of a point of a list's notes (说明五, 使用说明第五条). */
const NOTES: Array<[string, Path]> = [
  ['说明五', ([a]) => `说明${cn(a!)}`],
  ['说明第五条', ([a]) => `说明第${cn(a!)}条`],
];

/** Forms of a list's row by its number (序号): in a list of one table, and in a list of parts (一、, 二、) numbered apart. */
const ROW: Array<[string, Path]> = [
  ['第26项', ([k]) => `第${k}项`],
  ['序号26', ([k]) => `序号${k}`],
  ['第26条', ([k]) => `第${k}条`],
];
const PART_ROW: Array<[string, Path]> = [
  ['一、第26项', ([p, k]) => `${cn(p!)}、第${k}项`],
  ['一、序号26', ([p, k]) => `${cn(p!)}、序号${k}`],
  ['一、26', ([p, k]) => `${cn(p!)}、${k}`],
  ['第一部分第26项', ([p, k]) => `第${cn(p!)}部分第${k}项`],
  ['一-26', ([p, k]) => `${cn(p!)}-${k}`],
  ['一（26）', ([p, k]) => `${cn(p!)}（${k}）`],
  ['一之26', ([p, k]) => `${cn(p!)}之${k}`],
  ['第一表序26', ([p, k]) => `第${cn(p!)}表序${k}`],
  ['表一第26行', ([p, k]) => `表${cn(p!)}第${k}行`],
];
/** A row of a list whose part is its first cell, by the part's label and the row's number (一、8, 一之8). */
const PART_CELL_ROW: Array<[string, Path]> = [
  ['二、8', ([p, k]) => `${cn(p!)}、${k}`],
  ['二-8', ([p, k]) => `${cn(p!)}-${k}`],
  ['二之8', ([p, k]) => `${cn(p!)}之${k}`],
];

/** A row of an attachment's list by its number joined to the attachment by 之 (附件2之15). */
const ATTACHMENT_ROW: Array<[string, Path]> = [['附件2之15', ([k]) => `之${k}`]];
/** A row of a list whose part is its first cell, by its place among the part's rows (三、第1项, 第三类任务第1项). */
const PLACE_IN_PART: Array<[string, Path]> = [
  ['三、第1项', ([p, k]) => `${cn(p!)}、第${k}项`],
  ['第三类任务第1项', ([p, k]) => `第${cn(p!)}类任务第${k}项`],
  ['第三类第一行', ([p, k]) => `第${cn(p!)}类第${cn(k!)}行`],
];
/** A row by the body its list names for it and its number, glued after the list's name (许可清单应急管理局第210项). */
const ROW_BY_BODY: Array<[string, Path]> = [['应急管理局第210项', ([k]) => `第${k}项`]];

/** An article after the bulletin and issue printing its text, its text's name between (…所载国资办法第二十条). */
const IN_BULLETIN: Array<[string, Path]> = [['《…公报》2023年第1期所载…第十四条', ([a]) => `第${cn(a!)}条`]];
/** The last of the paragraphs under an outline heading of the first or second level (二、（四）最后一段). */
const LAST_UNDER: Array<[string, Path]> = [
  ['二、（四）最后一段', (at) => `${outlinePath(at)}最后一段`],
  ['二、（四）末段', (at) => `${outlinePath(at)}末段`],
];
/** The paragraph before the last under an outline heading of the first or second level (二、（四）倒数第二段). */
const BEFORE_LAST_UNDER: Array<[string, Path]> = [['二、（四）倒数第二段', (at) => `${outlinePath(at)}倒数第二段`]];
/** A heading's path in its first form (一、, 二、（四）). */
function outlinePath(at: number[]): string {
  return OUTLINE[at.length - 1]![0]![1](at);
}
/** A text's first article as its 首条. */
const FIRST_ARTICLE: Array<[string, Path]> = [['首条', () => '首条']];
/** A text's last article as its 最后一条 or 末条. */
const LAST_ARTICLE: Array<[string, Path]> = [
  ['最后一条', () => '最后一条'],
  ['末条', () => '末条'],
];
/** A text's article before its last, counted from the end. */
const BEFORE_LAST_ARTICLE: Array<[string, Path]> = [
  ['倒数第二条', () => '倒数第二条'],
  ['倒数第2条', () => '倒数第2条'],
];
/** An item in digits after its article's chapter named by its title (业务流程章 8（4）). */
const AFTER_CHAPTER: Array<[string, Path]> = [['业务流程章 8（4）', ([a, k]) => `${a}（${k}）`]];
/** An article after its chapter's title in quotes, glued to the text's name (国资办法“管理机构及其职责”章第六条). */
const CHAPTER_IN_QUOTES: Array<[string, Path]> = [['“管理机构及其职责”章第六条', ([a]) => `第${cn(a!)}条`]];

/** Adds the cases of one unit: under one of `names` per form, the same unit answering for `also`. */
type Cite = (names: string[], id: string, numbers: number[], forms: Array<[string, Path]>, also?: string[]) => void;

/** The cases of every bulletin, each target under one name drawn with `seed` per form. */
export function citationCases(files: BulletinFile[], seed: number): CitationCase[] {
  const random = seededRandom(seed);
  const cases: CitationCase[] = [];
  const cite: Cite = (names, id, numbers, forms, also) => {
    for (const [form, path] of forms) {
      const name = names[Math.floor(random() * names.length)]!;
      cases.push({ query: `${name}${random() < 0.5 ? ' ' : ''}${path(numbers)}`, id, form, ...(also?.length ? { also } : {}) });
    }
  };
  for (const file of files) {
    for (const doc of file.bulletin.children) {
      const texts = doc.children.filter((c): c is InstrumentNode | AttachmentNode => c.type === 'instrument' || c.type === 'attachment');
      const sole = doc.children.filter((c) => c.type === 'instrument').length === 1;
      for (const text of texts) {
        const names = namesOf(doc, text, sole);
        if (text.form === 'articles') {
          // Where the text is printed, before it (《攸县人民政府公报》2023年第1期所载…).
          const issue = file.bulletin.year && file.bulletin.issue ? `《${file.bulletin.title}》${file.bulletin.year}年第${file.bulletin.issue}期所载` : undefined;
          const articles = articlesOf(text.children);
          const last = articles.at(-1)?.article;
          if (last) cite(names, last.id, [last.number], LAST_ARTICLE);
          const beforeLast = articles.at(-2)?.article;
          if (beforeLast) cite(names, beforeLast.id, [beforeLast.number], BEFORE_LAST_ARTICLE);
          for (const { article, chapter } of articles) {
            const a = article.number;
            cite(names, article.id, [a], ARTICLE);
            if (issue) cite(names.map((n) => issue + n), article.id, [a], IN_BULLETIN);
            if (a === 1) cite(names, article.id, [a], FIRST_ARTICLE);
            if (chapter) for (const item of article.children) if (item.type === 'item') cite(names.map((n) => `${n} ${chapter}章`), item.id, [a, item.number], AFTER_CHAPTER);
            if (chapter) cite(names.map((n) => `${n}“${chapter}”章`), article.id, [a], CHAPTER_IN_QUOTES);
            const paragraphs = article.children.filter((c) => c.type === 'paragraph');
            // A 款 is cited by its number only where its article has several (an article of one 款 omits it).
            for (const [k, p] of paragraphs.entries()) {
              if (paragraphs.length < 2) break;
              const n = p.number ?? k + 1;
              cite(names, p.id, [a, n], PARAGRAPH);
              for (const item of p.children ?? []) cite(names, item.id, [a, n, item.number], PARAGRAPH_ITEM);
            }
            for (const item of article.children) {
              if (item.type !== 'item') continue;
              cite(names, item.id, [a, item.number], ITEM);
              for (const sub of item.children ?? []) if (sub.type === 'subitem') cite(names, sub.id, [a, item.number, sub.number], SUBITEM);
            }
          }
        } else {
          const walk = (nodes: BodyNode[], path: number[], labels: string[], canonical: boolean) => {
            for (const h of nodes) {
              if (h.type !== 'heading') continue;
              const at = [...path, h.number];
              const printed = [...labels, h.label];
              // The forms name each level by the label it usually has (一、, （一）, 1.); a text whose levels skip one
              // (一、 then 1.) is cited by the labels it prints (一、1.), not by ones it does not (一、（一）).
              const usual = canonical && h.level === at.length && !notes.has(h);
              // A point of the notes printed before a list's parts, which number 一、 again (notesRun).
              if (notes.has(h)) cite(names, h.id, at, NOTES);
              else if (!usual) cite(names, h.id, at, [['printed labels', () => printed.join('')]]);
              else if (at.length <= OUTLINE.length) cite(names, h.id, at, OUTLINE[at.length - 1]!);
              const paragraphs = h.children.filter((c) => c.type === 'paragraph');
              if (usual && at.length <= 2 && paragraphs.length >= 2) cite(names, paragraphs.at(-1)!.id, at, LAST_UNDER);
              if (usual && at.length <= 2 && paragraphs.length >= 2) cite(names, paragraphs.at(-2)!.id, at, BEFORE_LAST_UNDER);
              walk(h.children as BodyNode[], at, printed, usual);
            }
          };
          const notes = new Set([...notesRun(text.children)].map((k) => text.children[k]));
          walk(text.children, [], [], true);
          citeRows(text, names, cite);
        }
      }
    }
  }
  return cases;
}

/**
 * The rows of a text's lists by their number: under the part's label where the text has a list per part
 * (许可事项清单 一、 and 二、, each numbered from 1), else under the text's names or the list's caption; a
 * row that is also printed as a task heading of the text (its number and title) may be answered by either.
 */
function citeRows(text: InstrumentNode | AttachmentNode, names: string[], cite: Cite): void {
  const tables: Array<{ table: TableNode; part?: number }> = [];
  const tasks = new Map<number, string>();
  const walk = (nodes: BodyNode[], part?: number) => {
    for (const n of nodes) {
      if (n.type === 'table') tables.push({ table: n, ...(part ? { part } : {}) });
      if (n.type !== 'heading') continue;
      if (n.level === 3) tasks.set(n.number, n.id);
      walk(n.children as BodyNode[], part ?? (n.level === 1 ? n.number : undefined));
    }
  };
  walk(text.children);
  const byPart = tables.length > 1 && tables.every((t) => t.part);
  // 第2条 of a text of three parts is its part 二、; only a number beyond its parts is a row's.
  const parts = text.children.filter((n) => n.type === 'heading').length;
  // The body a row names (县级主管部门, 实施机关): with the number, one row of all the text's lists.
  const bodyOf = (row: TableNode['children'][number]) => Object.entries(row.record ?? {}).find(([column]) => BODY_COLUMN.test(column))?.[1];
  const named = new Map<string, number>();
  for (const { table } of tables) for (const r of table.children) named.set(`${r.serial} ${bodyOf(r)}`, (named.get(`${r.serial} ${bodyOf(r)}`) ?? 0) + 1);
  for (const { table, part } of tables) {
    const own = table.caption ? [...names, table.caption] : names;
    // The part a row's first cell opens with (一、健全完善…责任体系) and the row's place in it.
    let inPart: { part: number; place: number } | undefined;
    for (const row of table.children) {
      if (row.header) continue;
      const label = byPart ? undefined : outlineLabel((row.cells[0] ?? '').trim());
      const cellPart = label?.level === 1 ? label.number : undefined;
      inPart = cellPart === undefined ? undefined : { part: cellPart, place: inPart?.part === cellPart ? inPart.place + 1 : 1 };
      if (!row.serial) continue;
      if (inPart && inPart.place !== row.serial) cite(names, row.id, [inPart.part, inPart.place], PLACE_IN_PART);
      if (inPart) cite(own, row.id, [inPart.part, row.serial], PART_CELL_ROW, tasks.has(row.serial) ? [tasks.get(row.serial)!] : undefined);
      const twin = tasks.get(row.serial);
      if (byPart) cite(names, row.id, [part!, row.serial], PART_ROW);
      else cite(own, row.id, [row.serial], row.serial > parts ? ROW : ROW.filter(([form]) => !form.endsWith('条')), twin ? [twin] : undefined);
      if (!byPart && text.type === 'attachment') cite(names.filter((n) => /附件\d+$/u.test(n)), row.id, [row.serial], ATTACHMENT_ROW, twin ? [twin] : undefined);
      const body = bodyOf(row);
      if (body && /^[\p{Script=Han}]+$/u.test(body) && named.get(`${row.serial} ${body}`) === 1) {
        cite(names.map((n) => n + body.replace(/^县/u, '')), row.id, [row.serial], ROW_BY_BODY, twin ? [twin] : undefined);
      }
    }
  }
}

/** A list's column naming the body a row is for. */
const BODY_COLUMN = /主管部门|实施机关/u;

/** The names a text is cited by: its title, quoted, its aliases, and its document's 文号 when the document issues it alone. */
function namesOf(doc: DocumentNode, text: InstrumentNode | AttachmentNode, sole: boolean): string[] {
  const names = [text.title, `《${text.title}》`, ...(text.aliases ?? [])];
  // 8号文, as people name a document of the year by its serial.
  const short = `${parseDocNumber(doc.docNumber)?.serial ?? ''}号文`;
  if (text.type === 'attachment') names.push(`${short}附件${text.number}`, `${doc.docNumber} 附件${text.number}`);
  else if (sole) names.push(doc.docNumber, short);
  return names;
}

/** The articles of a text, each with the title of its chapter. */
function articlesOf(nodes: BodyNode[], chapter?: string): Array<{ article: Extract<BodyNode, { type: 'article' }>; chapter?: string }> {
  return nodes.flatMap((n) =>
    n.type === 'article' ? [{ article: n, ...(chapter ? { chapter } : {}) }] : n.type === 'chapter' ? articlesOf(n.children as BodyNode[], n.title) : n.type === 'section' ? articlesOf(n.children as BodyNode[], chapter) : [],
  );
}
