/**
 * Search units: the pieces of a bulletin a person searches for and cites — each document's header
 * (title, 文号, date), every article, 款, 项, 目, outline heading, paragraph and table row, and each
 * attachment's title. A unit carries its citation, its text as printed (label first, as a Ctrl-F on
 * the page would see it) and the other rendition's readings, which are searchable too.
 */
import { countedNames } from '../../core/chinese/counted-names.ts';
import type { BulletinFile } from '../../schema/output.ts';
import type {
  ArticleNode,
  AttachmentNode,
  BodyNode,
  DocumentNode,
  HeadingNode,
  InstrumentKind,
  InstrumentNode,
  ItemNode,
  ParagraphNode,
  RowNode,
  SubitemNode,
  TableNode,
  Variant,
} from '../../schema/tree.ts';
import { toNumeral } from '../../core/chinese/numerals.ts';
import { outlineLabel } from '../../core/chinese/labels.ts';
import { normalizeSearchText } from '../../core/search/tokenize.ts';
import { formatDate } from '../../core/chinese/dates.ts';
import type { UnitType } from '../../core/search/format.ts';
import { quoteTitle } from '../../core/chinese/quote.ts';
import { readAcrossBreaks } from '../tables/cell.ts';
import { articleFromEnd, articleOfChapter, rowFromEnd, CITED_TITLE, LAST_ITEM, FIRST_PARAGRAPH, FROM_END, NOTICE_TEXT, noticeParagraph, noticePoint, paragraphFromEnd, paragraphFromEndUnder } from '../../core/search/refs.ts';

export type { UnitType } from '../../core/search/format.ts';

export interface SearchUnit {
  /** The tree node's id, also the page anchor: yzbf-2023-1/art_14/item_3. */
  id: string;
  docId: string;
  /** 攸政办发〔2023〕1号 */
  docNumber: string;
  bulletinId: string;
  /** The document's title. */
  title: string;
  type: UnitType;
  /** Kind of the instrument the unit belongs to (the document's first instrument for its own text). */
  kind: InstrumentKind;
  /** 成文日期, YYYY-MM-DD. */
  date: string;
  year: number;
  /** 《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十四条第（三）项 */
  citation: string;
  /** Text as printed, its label first (第十四条 …, （三）…); table rows are cells joined by tabs. */
  text: string;
  /** The other rendition's readings of the same text. */
  variants: string[];
  /**
   * The normalised citations that name the unit inside its document, for article and 文号 queries:
   * 第十四条第三项 for an item; 第五条 and 第五项 for a level-1 heading of an outline text (五、); 附件5
   * for an attachment; 序号8, 第八项, 第3行 and 二、序号8 for a table row under 二、 or whose first cell opens
   * with 二、 (a 责任清单 grouping its tasks by part); the 文号 for a document.
   */
  refs: string[];
  /**
   * What a citation may call the unit though it is not its path (第十五条第六款 for the 6th item of an
   * article with no 款): found by, never written with the unit's texts.
   */
  misnamedAs?: string[];
  /**
   * Citations that find the unit, in the ref field only, never written with its texts (no reader of them needs
   * them): a row counted from its table's end (倒数第9行); a list part's row by its place under the part's title, or
   * under its label where that is a (四) of a list outside any heading, and a part's last row (四、末项, 以法治护一流环境第四项).
   */
  keyedAs?: string[];
  /** Short names of the texts the unit stands for (a document header: its instruments'), searchable like its text. */
  aliases: string[];
  /** Whole names of the unit (label, title, cells): a query equal to one of them is a direct hit. */
  names: string[];
  line: number;
  /** The page number printed where the unit's text starts (a bulletin read from its PDF). */
  page?: number;
}

interface Scope {
  doc: DocumentNode;
  bulletinId: string;
  kind: InstrumentKind;
  /** 《title》（文号） */
  source: string;
  /** Path within the instrument or attachment as cited: 第十四条第（三）项, 一、（二）. */
  path: string;
  /** Article-structured part of the path, normalised: 第十四条第三项. */
  ref: string;
  /** The outline label of the heading a table sits under (二、), for its rows' refs. */
  heading: string;
  /** The chapter being read (第二章), for its sections' refs. */
  chapter?: string;
  /** The title of the heading being read, when short enough to cite by (主要目标 of 二、主要目标). */
  headingTitle?: string;
  /** A second-level heading as cited below its parent's short title (重点任务第四项 for 三、（四）), for its paragraphs' refs. */
  titledPath?: string;
  /**
   * The article's own path when its items are cited without their 款: the article has several 款
   * and only this one has items (第三条第（六）项 for the 6th item of 第三条's first 款).
   */
  bare?: string;
  /**
   * The article holds its items with no 款 (第十五条: 企业具有以下…情形时…： (一)…): an item is also found as
   * the 款 people call it (第十五条第六款), which no 款 of the article can be.
   */
  itemsAsParagraphs?: boolean;
  /** Outline path of a row's table, cited before the row: 一、 */
  rowSource: string;
}


/** A label as cited: no spaces, full-width brackets (extractions print （三） as (三)). */
function compact(label: string): string {
  return label.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

function readings(variants: Variant[] | undefined, prefix: string): string[] {
  return (variants ?? []).map((v) => prefix + v.text);
}

function withLabel(label: string, text: string): string {
  const l = compact(label);
  if (!l) return text;
  if (!text) return l;
  // Outline labels end in punctuation (一、 （一） 1.); article labels are followed by a space in print.
  return /[、）).．]$/.test(l) ? l + text : `${l} ${text}`;
}

/** Turns the bulletins into search units, in reading order. */
export function unitsFromFiles(files: BulletinFile[]): SearchUnit[] {
  const units: SearchUnit[] = [];
  for (const file of files) {
    for (const doc of file.bulletin.children) collectDocument(doc, file.bulletin.id, units);
  }
  return units;
}

function firstKind(doc: DocumentNode): InstrumentKind {
  for (const child of doc.children) if (child.type === 'instrument') return child.kind;
  return '其他';
}

/** A 文号 in brackets after a title, or nothing for a text printing none. */
function numbered(docNumber: string): string {
  return docNumber ? `（${docNumber}）` : '';
}

function collectDocument(doc: DocumentNode, bulletinId: string, units: SearchUnit[]): void {
  const year = Number(doc.date.slice(0, 4));
  const kind = firstKind(doc);
  const base = { docId: doc.id, docNumber: doc.docNumber, bulletinId, title: doc.title, date: doc.date, year };
  // Everything the header prints is findable: 登记号, 文号, title, 主送机关, 署名 and 成文日期 (a speech's occasion and
  // speaker; no date a text does not print).
  const addressees = doc.addressees.length ? `${doc.addressees.join('、')}：` : '';
  const printed = doc.delivered ? [doc.delivered.occasion, doc.delivered.speaker ?? ''] : [doc.issuer, doc.undated ? '' : formatDate(doc.date)];
  const header = [doc.docNumber, doc.title, addressees, ...printed].filter(Boolean);
  if (doc.registrationNumber) header.unshift(doc.registrationNumber);
  const headerVariants = new Set<string>();
  if (doc.docNumberPrinted && doc.docNumberPrinted !== doc.docNumber) headerVariants.add(doc.docNumberPrinted);
  if (doc.registrationNumberPrinted && doc.registrationNumberPrinted !== doc.registrationNumber) {
    headerVariants.add(doc.registrationNumberPrinted);
  }
  for (const v of doc.variants ?? []) headerVariants.add(v.text);
  // A text without a 文号 (a 政策解读) is cited by its title alone, as the page cites it (site/citation.ts).
  const docSource = `${quoteTitle(doc.title)}${numbered(doc.docNumber)}`;
  units.push({
    ...base,
    id: doc.id,
    type: 'document',
    kind,
    citation: docSource,
    text: header.join('\t'),
    variants: [...headerVariants],
    refs: doc.docNumber ? [normalizeSearchText(doc.docNumber)] : [],
    aliases: doc.children.flatMap((c) => (c.type === 'instrument' ? (c.aliases ?? []) : [])),
    names: [doc.title, doc.docNumber].filter(Boolean),
    line: doc.position.line,
    ...(doc.position.printedPage !== undefined ? { page: doc.position.printedPage } : {}),
  });
  const scope: Scope = { doc, bulletinId, kind, source: docSource, path: '', ref: '', heading: '', rowSource: quoteTitle(doc.title) };
  let paragraphs = 0;
  let noticeTables = 0;
  const notice: SearchUnit[] = [];
  const texts: SearchUnit[] = [];
  const points: SearchUnit[] = [];
  for (const child of doc.children) {
    const at = units.length;
    if (child.type === 'instrument') collectInstrument(child, scope, units);
    else if (child.type === 'attachment') collectAttachment(child, scope, units);
    else if (child.type === 'heading') {
      // A point the notice sets out (…通知如下：三、…): the notice's 第三项, and its 三、 and 第三项 where no
      // text the notice issues has a part of those (below).
      collectHeading(child, scope, units, true);
      units[at]!.refs.push(noticePoint(child.number));
      notice.push(units[at]!);
      points.push(...units.slice(at));
      continue;
    } else if (child.type === 'table') {
      // A table of the notice's own text (a 通告's waters): the notice's, its rows cited by their place.
      collectTable(child, scope, ++noticeTables, units);
      continue;
    } else {
      const at = units.length;
      collectParagraph(child, { ...scope }, ++paragraphs, false, units);
      notice.push(units[at]!);
      continue;
    }
    texts.push(...units.slice(at));
  }
  // 4号文 三、 is the 三、 of the 方案 the notice issues, where it has one; 通知三、 is the notice's. (17号文 第五点,
  // the words beside it the notice's, is its 五、 though its list has a fifth row: a list's row keeps its 第五项 too.)
  const issued = new Set(texts.flatMap((u) => u.refs));
  for (const u of points) u.refs = u.refs.filter((r) => !issued.has(r));
  // The notice's own paragraphs are cited as the notice's too (印发通知正文, 通知第一段); where it issues
  // no text, they are the text, whose first and last paragraphs they are (序言, 末段).
  notice.forEach((u, k) => u.refs.push(noticeParagraph(k + 1), NOTICE_TEXT));
  if (!doc.children.some((c) => c.type === 'instrument' || c.type === 'attachment')) endParagraphs(notice);
}

/** The first and the last paragraphs of a text outside its parts, cited as such (序言, 首段, 末段, 倒数第二段). */
function endParagraphs(paragraphs: SearchUnit[]): void {
  paragraphs[0]?.refs.push(FIRST_PARAGRAPH);
  if (paragraphs.length > 1) for (let k = 1; k <= Math.min(FROM_END, paragraphs.length); k++) paragraphs.at(-k)!.refs.push(paragraphFromEnd(k));
}

function unit(
  scope: Scope,
  node: { id: string; position: { line: number; printedPage?: number | undefined }; variants?: Variant[] | undefined },
  type: UnitType,
  citation: string,
  text: string,
  variants: string[],
  refs: string[],
  names: string[],
  aliases: string[] = [],
): SearchUnit {
  const d = scope.doc;
  return {
    id: node.id,
    docId: d.id,
    docNumber: d.docNumber,
    bulletinId: scope.bulletinId,
    title: d.title,
    type,
    kind: scope.kind,
    date: d.date,
    year: Number(d.date.slice(0, 4)),
    citation,
    text,
    variants: variants.filter((v) => v !== text),
    refs: refs.filter((r) => r.length > 0),
    // A list of quoted terms is asked for by its counted name (三长制), which the unit does not print.
    aliases: type === 'document' ? aliases : [...new Set([...aliases, ...countedNames(text)])],
    names: names.filter((n) => n.length > 0),
    line: node.position.line,
    ...(node.position.printedPage !== undefined ? { page: node.position.printedPage } : {}),
  };
}

function collectInstrument(ins: InstrumentNode, parent: Scope, units: SearchUnit[]): void {
  const source = `${quoteTitle(ins.title)}${numbered(parent.doc.docNumber)}`;
  const scope: Scope = { ...parent, kind: ins.kind, source, path: '', ref: '', heading: '', rowSource: quoteTitle(ins.title) };
  const start = units.length;
  collectBody(ins.children, scope, units, true);
  lastArticle(units, start);
}

/** A text's last articles (the units from `start` on), cited as such (末条, 最后一条, 倒数第二条). */
function lastArticle(units: SearchUnit[], start: number): void {
  let n = 0;
  for (let k = units.length - 1; k >= start && n < FROM_END; k--) if (units[k]!.type === 'article') units[k]!.refs.push(articleFromEnd(++n));
}

function collectAttachment(att: AttachmentNode, parent: Scope, units: SearchUnit[]): void {
  const title = att.title || parent.doc.title;
  // An attachment printed without its 附件 line is cited by the number the notice lists it under.
  const source = `${quoteTitle(title)}（${[parent.doc.docNumber, att.label ? compact(att.label) : `附件${att.number}`].filter(Boolean).join(' ')}）`;
  const scope: Scope = { ...parent, source, path: '', ref: '', heading: '', rowSource: quoteTitle(title) };
  const text = [compact(att.label), att.title].filter(Boolean).join(' ');
  units.push(unit(scope, att, 'attachment', source, text, readings(att.variants, ''), [`附件${att.number}`], [att.title, compact(att.label)], att.aliases ?? []));
  const start = units.length;
  collectBody(att.children, scope, units, true);
  lastArticle(units, start);
}

/** The path of a point of a text's notes (说明一、). */
const NOTES = '说明';
/** A text's notes titled on a line of their own, before its parts (使用说明, 编制说明, 说明：). */
const NOTES_TITLE = /^(?:使用|编制|填报|有关|特别)?说明[:：]?$/u;

/**
 * The level-1 headings of a text's notes (使用说明 ⏎ 一、… 六、) printed before its parts, which number 一、 again
 * (一、市市场监督管理局（7项） and its rows, 二、…): their indexes in `children`. The parts are what 一、, 第一部分 and
 * 第一项 cite; the notes are cited as 说明第五项 (说明五).
 */
export function notesRun(children: BodyNode[]): Set<number> {
  const out = new Set<number>();
  const title = children.findIndex((c) => c.type === 'paragraph' && NOTES_TITLE.test(c.text.replace(/\s+/gu, '')));
  if (title < 0) return out;
  let k = title + 1;
  for (; k < children.length; k++) {
    const c = children[k]!;
    if (c.type !== 'heading' || c.level !== 1 || c.number !== out.size + 1) break;
    out.add(k);
  }
  // Only where the parts number 一、 again after them.
  const again = children.slice(k).some((c) => c.type === 'heading' && c.level === 1 && c.number === 1);
  return out.size && again ? out : new Set();
}

/** `top`: the children of an instrument or attachment, whose level-1 headings are its 第一项, 第二项 … */
function collectBody(children: BodyNode[], scope: Scope, units: SearchUnit[], top = false): void {
  let paragraphs = 0;
  let tables = 0;
  // A text's own paragraphs, outside its parts: the first and the last are cited as such.
  const own: SearchUnit[] = [];
  const notes = top ? notesRun(children) : new Set<number>();
  for (const [k, child] of children.entries()) {
    if (notes.has(k) && child.type === 'heading') {
      collectHeading(child, { ...scope, path: NOTES }, units);
      continue;
    }
    switch (child.type) {
      case 'chapter':
      case 'section': {
        // A chapter is cited on its own (第四章), never as part of its articles' citations (第十四条 is
        // unique in its instrument).
        const label = compact(child.label);
        const unit_ = child.type === 'chapter' ? '章' : '节';
        const ref = `第${toNumeral(child.number)}${unit_}`;
        const refs = child.type === 'section' && scope.chapter ? [ref, scope.chapter + ref] : [ref];
        units.push(unit({ ...scope, path: label }, child, child.type, scope.source + label, `${label} ${child.title}`.trim(), readings(child.variants, ''), refs, [child.title]));
        const at = units.length;
        // An outline text's chapter (a 规划's 第三章, 一、 under it): its headings are cited under it (第三章一、（二）), as each
        // chapter's 一、 restarts.
        const outline = child.type === 'chapter' && child.children.some((c) => c.type === 'heading');
        collectBody(child.children, child.type === 'chapter' ? { ...scope, chapter: ref, ...(outline ? { path: label } : {}) } : scope, units);
        // A chapter's first and last articles, cited as such (第二章最后一条, 第四章开篇). Not by the chapter's title:
        // keyed with its words, the articles matched questions of those words.
        if (child.type === 'chapter') {
          const articles = units.slice(at).filter((u) => u.type === 'article');
          if (articles.length) for (const [i, last] of [[0, false], [articles.length - 1, true]] as const) articles[i]!.refs.push(articleOfChapter(ref, last));
        }
        break;
      }
      case 'article':
        collectArticle(child, scope, units);
        break;
      case 'heading':
        collectHeading(child, scope, units, top);
        break;
      case 'paragraph': {
        const at = units.length;
        collectParagraph(child, scope, ++paragraphs, false, units);
        if (top) own.push(units[at]!);
        break;
      }
      case 'table':
        collectTable(child, scope, ++tables, units);
        break;
    }
  }
  endParagraphs(own);
}

function collectArticle(art: ArticleNode, parent: Scope, units: SearchUnit[]): void {
  const label = compact(art.label);
  const ref = `第${toNumeral(art.number)}条`;
  const scope: Scope = { ...parent, path: label, ref };
  units.push(
    unit(scope, art, 'article', parent.source + label, withLabel(label, art.text), readings(art.variants, `${label} `), [ref], [label]),
  );
  const paragraphs = art.children.filter((c) => c.type === 'paragraph').length;
  const withItems = art.children.filter((c) => c.type === 'paragraph' && c.children?.length).length;
  let count = 0;
  for (const child of art.children) {
    if (child.type === 'item') collectItem(child, paragraphs === 0 ? { ...scope, itemsAsParagraphs: true } : scope, units);
    else {
      count++;
      // An article with a single 款 is cited without it (第十条第二项, not 第十条第一款第二项).
      if (paragraphs + (art.text ? 1 : 0) > 1) {
        const n = child.number ?? count + (art.text ? 1 : 0);
        const bare = withItems === 1 ? ref : undefined;
        collectParagraph(child, { ...scope, path: `${label}第${toNumeral(n)}款`, ref: `${ref}第${toNumeral(n)}款`, ...(bare ? { bare } : {}) }, n, true, units);
      } else {
        // The single 款 is the article itself: only the article answers 第十四条.
        collectParagraph(child, scope, count, true, units, false);
      }
    }
  }
}

/**
 * inArticle: the scope's path already names this 款 (or the article when it has one 款);
 * ownsRef: false for the single 款 of an article, which is the article itself (only the article answers 第十四条).
 */
function collectParagraph(p: ParagraphNode, scope: Scope, n: number, inArticle: boolean, units: SearchUnit[], ownsRef = true): void {
  const text = p.title && !p.text.startsWith(p.title) ? `${p.title}${p.text}` : p.text;
  const path = inArticle ? scope.path : `${scope.path}第${n}段`;
  // A paragraph outside articles is cited by its place under its heading (三、（一）第2段), as its citation prints it.
  // ... and below its heading as cited by its parent's short title (重点任务第四项第4段 for 三、（四）第4段).
  const refs = inArticle ? (ownsRef ? [scope.ref] : []) : [normalizeSearchText(path), ...(scope.titledPath ? [`${scope.titledPath}第${n}段`] : [])];
  units.push(unit(scope, p, 'paragraph', scope.source + path, text, readings(p.variants, p.title && !p.text.startsWith(p.title) ? p.title : ''), refs, p.title ? [p.title] : []));
  for (const item of p.children ?? []) collectItem(item, scope, units);
}

function collectItem(item: ItemNode, parent: Scope, units: SearchUnit[]): void {
  const label = compact(item.label);
  const path = parent.ref ? `${parent.path}第${label}项` : parent.path + label;
  const ref = parent.ref ? `${parent.ref}第${toNumeral(item.number)}项` : '';
  const bare = parent.bare ? `${parent.bare}第${toNumeral(item.number)}项` : undefined;
  const misnamed = parent.itemsAsParagraphs && parent.ref ? `${parent.ref}第${toNumeral(item.number)}款` : undefined;
  const scope: Scope = { ...parent, path, ref, itemsAsParagraphs: false, ...(bare ? { bare } : {}) };
  units.push(unit(scope, item, 'item', parent.source + path, withLabel(label, item.text), readings(item.variants, label), bare ? [ref, bare] : [ref], []));
  if (misnamed) units.at(-1)!.misnamedAs = [misnamed];
  for (const sub of item.children) collectSubitem(sub, scope, units);
}

function collectSubitem(sub: SubitemNode, parent: Scope, units: SearchUnit[]): void {
  const label = compact(sub.label);
  const path = parent.ref ? `${parent.path}第${sub.number}目` : parent.path + label;
  const ref = parent.ref ? `${parent.ref}第${toNumeral(sub.number)}目` : '';
  const bare = parent.bare ? `${parent.bare}第${toNumeral(sub.number)}目` : undefined;
  units.push(unit({ ...parent, path, ref }, sub, 'subitem', parent.source + path, withLabel(label, sub.text), readings(sub.variants, label), bare ? [ref, bare] : [ref], []));
}

function collectHeading(h: HeadingNode, parent: Scope, units: SearchUnit[], top = false): void {
  const label = compact(h.label);
  const path = parent.path + label;
  const title = normalizeSearchText(h.title ?? '');
  const titledPath = h.level === 2 && parent.headingTitle ? `${parent.headingTitle}第${toNumeral(h.number)}项` : undefined;
  const scope: Scope = { ...parent, path, heading: label, headingTitle: citedTitle(title), titledPath };
  // An outline text's 五、 is what its citations call 第五项 (and lawyers 第五条); every heading is
  // also cited by its labels from the top (四、（四）), as the query's normal form prints them.
  const refs = top && h.level === 1 ? [`第${toNumeral(h.number)}项`, `第${toNumeral(h.number)}条`] : [];
  // (A path opening with an outline's top label: 四、, 四、（四）.)
  const outlined = /^(?:第[一二三四五六七八九十百]+章)?[一二三四五六七八九十百]+、/.test(path);
  if (outlined) refs.push(normalizeSearchText(path));
  // A point of the notes before a list's parts (notesRun): 说明第五项, as 说明五 is read.
  if (parent.path === NOTES && h.level === 1) refs.push(`${NOTES}第${toNumeral(h.number)}项`);
  // （一） under 三、 is that part's 第一项 (9号文 第三部分第（一）项).
  if (h.level === 2 && /^[一二三四五六七八九十百]+、$/.test(parent.path)) refs.push(`${parent.path}第${toNumeral(h.number)}项`);
  // ... and its heading's 第一项 by that heading's short title (主要目标第二项 for 二、（二）).
  if (titledPath) refs.push(titledPath, `${parent.headingTitle}第${toNumeral(h.number)}条`);
  units.push(unit(scope, h, 'heading', parent.source + path, withLabel(label, h.text), readings(h.variants, label), refs, [h.title ?? (h.text.length <= 40 ? h.text : '')]));
  let tables = 0;
  const paragraphs: SearchUnit[] = [];
  for (const child of h.children) {
    if (child.type === 'heading') collectHeading(child, scope, units);
    else if (child.type === 'paragraph') {
      const at = units.length;
      collectParagraph(child, scope, paragraphs.length + 1, false, units);
      paragraphs.push(units[at]!);
    } else collectTable(child, scope, ++tables, units);
  }
  // Its last paragraphs are cited as such too (三、（一）最后一段, 三、（一）倒数第二段).
  if (outlined) {
    for (let k = 1; k <= Math.min(FROM_END, paragraphs.length); k++) {
      paragraphs.at(-k)!.refs.push(paragraphFromEndUnder(normalizeSearchText(path), k), ...(titledPath ? [paragraphFromEndUnder(titledPath, k)] : []));
    }
  }
}

function collectTable(table: TableNode, scope: Scope, n: number, units: SearchUnit[]): void {
  // The table itself: its caption, column names (事项名称, 牵头单位) and the notes under it (备注：1.…) are printed text too.
  const columns = table.columns?.map((c) => c.name) ?? [];
  const notes = (table.notes ?? []).map((note) => note.text);
  if (table.caption || columns.length || notes.length) {
    const citation = table.title ?? `${scope.rowSource}${scope.path}表${n}`;
    units.push(unit(scope, table, 'table', citation, [table.caption ?? '', ...columns, ...notes].filter(Boolean).join('\t'), [], [], [table.caption ?? '']));
  }
  const header = table.children.find((r) => r.header);
  const numbered = header !== undefined && /序号/.test(header.cells[0] ?? '');
  let index = 0;
  const rows = table.children.filter((r) => !r.header).length;
  // Where the part is the row's first cell (二、加强火灾隐患排查治理和监管执法 of a 责任清单, (四)以法治护一流环境 of a
  // task list, outside any heading), that part, and the row's place among its rows (三、第1项: the part's first task).
  let place: RowPlace | undefined;
  let last: SearchUnit | undefined;
  // Under a heading (二、主要任务), parts one level below it ((四)以法治护一流环境), found by their titles.
  const under = scope.heading && /^[一二三四五六七八九十]{1,3}、$/u.test(scope.heading) ? scope.heading : undefined;
  const labels = table.children.map((row) => {
    const label = row.header || (scope.heading && !under) ? undefined : outlineLabel((row.cells[0] ?? '').trim());
    return under && label?.level !== 2 ? undefined : label;
  });
  // A list whose parts are all (一), (二) … is cited by them as by 一、, 二、 too (持久仗清单 (四)第4项, 四、第4项).
  const topless = !under && !labels.some((l) => l?.level === 1);
  for (const [k, row] of table.children.entries()) {
    if (row.header) continue;
    index++;
    const label = labels[k];
    const part = label?.level === 1 ? `${toNumeral(label.number)}、` : label?.level === 2 ? `${under ?? ''}(${toNumeral(label.number)})` : undefined;
    if (last && place && place.part !== part) lastInPart(last, place);
    if (label && part) {
      const title = citedTitle(label.rest.split('\n')[0]!);
      const also = label.level === 2 && topless ? [`${toNumeral(label.number)}、`] : [];
      // (Under a heading, the part is found by its title: a query reads 二、(四)第2项 as the heading's path.)
      const keys = [...(under ? [] : [part, ...also]), ...(title ? [title] : [])];
      place = { part, inPart: place?.part === part ? place.inPart + 1 : 1, keys, ...(label.level === 1 ? { written: part } : {}) };
    } else place = undefined;
    last = rowUnit(row, scope, numbered, n, index, rows - index + 1, place);
    units.push(last);
  }
  if (last && place) lastInPart(last, place);
}

/** A row's part, where its first cell opens with it, the keys citations name it by (its label, its title), and the row's place among the part's rows. */
interface RowPlace {
  part: string;
  inPart: number;
  keys: string[];
  /** The part as the row's refs name it (二、, a level-1 part outside any heading: 二、序号8, 二、第一项); the other keys find it only (keyedAs). */
  written?: string;
}

/** A title short enough to cite a part by (主要目标第二项, 持久仗清单 以法治护一流环境第4项), normalised: Han characters, at most CITED_TITLE. */
function citedTitle(text: string): string | undefined {
  const title = normalizeSearchText(text);
  return title.length >= 2 && title.length <= CITED_TITLE && /^\p{Script=Han}+$/u.test(title) ? title : undefined;
}

/** The last row of a part keyed as its 末项 (四、末项, and by the part's title), as a text's last article is its 末条. */
function lastInPart(row: SearchUnit, place: RowPlace): void {
  row.keyedAs = [...(row.keyedAs ?? []), ...place.keys.map((k) => `${k}${LAST_ITEM}`)];
}

function rowUnit(row: RowNode, scope: Scope, numbered: boolean, table: number, index: number, fromEnd: number, place?: RowPlace): SearchUnit {
  const first = (row.cells[0] ?? '').trim();
  // The tables stage may give rows their own citation; otherwise cite by 序号 when the table has one.
  const citation =
    row.citation || `${scope.rowSource}${scope.path}${numbered && /^\d+$/.test(first) ? `序号${first}` : `表${table}第${index}行`}`;
  // 序号8 in its table; 第八项 as people cite a list; 二、序号8 under its heading.
  const serial = row.serial ?? (numbered && /^\d+$/.test(first) ? Number(first) : undefined);
  const own = serial === undefined ? [] : [`序号${serial}`, `第${toNumeral(serial)}项`];
  // 第2行 as its citation prints it (a list without 序号), or its place among the table's rows.
  const line = `第${/第(\d+)行$/.exec(citation)?.[1] ?? index}行`;
  // 二、序号8 too where the part is the row's first cell.
  const refs = [...own, line, ...[scope.heading || place?.written].flatMap((h) => (h ? own.map((r) => h + r) : []))];
  // ... and its place in that part, 三、第一项 (a part's first task, numbered 9 through the list), found under the part's
  // other labels and its title too (二、(四)第四项, 以法治护一流环境第四项), and counted from the table's end (倒数第9行).
  const at = place && serial !== undefined ? `第${toNumeral(place.inPart)}项` : undefined;
  if (at && place?.written && !refs.includes(place.written + at)) refs.push(place.written + at);
  const keyedAs = [rowFromEnd(fromEnd), ...(at ? place!.keys.filter((k) => k !== place!.written).map((k) => k + at) : [])];
  // A cell's words wrapped at the column's width (房屋安全鉴 ⏎ 定, 配套 ⏎ 建设驿站) as one reading too: read apart at the
  // break, neither 鉴定 nor 配套建设 would be found in it.
  const across = row.cells.map(readAcrossBreaks).join('\t');
  const joined = across !== row.cells.join('\t') ? [across] : [];
  return { ...unit(scope, row, 'row', citation, row.text, [...readings(row.variants, ''), ...joined], refs, row.cells.map((c) => c.trim())), keyedAs };
}
