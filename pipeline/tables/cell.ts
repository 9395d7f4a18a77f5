/**
 * The text of one printed cell. Extractions keep the line breaks of a wrapped cell as spaces
 * (加快产 业转型 升级) and some carry HTML paragraphs (<p>…</p> <p>…</p>); a cell listing several
 * units prints them on separate lines too (县科工信局 县发改局), and that space is a separator.
 */
import { ENDS_WITH_ARTICLE, opensUnit } from '../../core/chinese/labels.ts';

const HAN = /[\p{Script=Han}，。、；：？！“”‘’（）《》〈〉【】〔〕…—]/u;
/** Last characters of an organisation name: a space after one and before a Han character separates two names. */
const UNIT_END = /[局办委部院区队会心司团联站所行处府厅]$/u;
/** First characters of an organisation name (县…, 高新区, 各乡镇, 人民银行…, 攸发集团, 文旅广体局). */
const UNIT_START = /[县市省区高各国人生乡镇攸中相供电移文党团公]/u;

/**
 * The paragraphs of a cell: split at <p>…</p> markup (text renditions) or at line breaks that end a
 * paragraph (a PDF's ruled cell keeps them as \n); a cell without either is one paragraph.
 */
export function cellParagraphs(printed: string): string[] {
  if (!/<\/?p>|\n/i.test(printed)) {
    const text = cleanSpaces(printed);
    return text === '' ? [] : [text];
  }
  return printed
    .split(/<\/p>|<p>|\n/i)
    .map(cleanSpaces)
    .filter((p) => p !== '');
}

/** The end of a paragraph: a line after it is a paragraph of its own, not its words wrapped. */
const PARAGRAPH_END = /[。；;：:！？!?]$/u;

/**
 * A cell read across its line breaks where they wrap its words at the column's width (园舍经房屋安全鉴 ⏎ 定为A级,
 * 一、办园条件（2 ⏎ 5分）): joined, as a reader reads them. A break stays where a paragraph ends (。；：), where the
 * line after opens a unit of its own (…消防法 ⏎ 第七十四条, ⏎ 1.首次申领…) and between two organisations' names
 * (县市场监督局 ⏎ 县科工信局, as cleanSpaces keeps the space). Other breaks (轻微 ⏎ 一般) read as one run too: the
 * print does not say which they are.
 */
export function readAcrossBreaks(cell: string): string {
  return cell.replace(/\n+/gu, (breaks: string, at: number) => {
    const before = cell.slice(0, at).trimEnd();
    const after = cell.slice(at + breaks.length).trimStart();
    const names = UNIT_END.test(before) && UNIT_START.test(after.slice(0, 1));
    return PARAGRAPH_END.test(before) || opensUnit(after) || names ? breaks : '';
  });
}

/** The cell as one string: its paragraphs joined by a line break. */
export function cellText(printed: string): string {
  return cellParagraphs(printed).join('\n');
}

/**
 * Removes the spaces a wrapped line or the extraction left next to Chinese characters (加快产 业转型
 * 升级, 增长 10%), keeping one where it separates two organisation names (县科工信局 县发改局) or
 * an article label from its text (第三十一条 在农业收获季节…). Spaces between Latin letters and
 * digits stay as printed.
 */
export function cleanSpaces(text: string): string {
  const t = text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  if (!t.includes(' ')) return t;
  return t.replace(/ /g, (_space, offset: number) => {
    const before = t[offset - 1] ?? '';
    const after = t[offset + 1] ?? '';
    if (!HAN.test(before) && !HAN.test(after)) return ' ';
    const head = t.slice(Math.max(0, offset - 24), offset);
    const token = head.split(/[ 、，,；;]/).pop() ?? '';
    const separatesUnits = token.length >= 3 && UNIT_END.test(token) && UNIT_START.test(after);
    return separatesUnits || ENDS_WITH_ARTICLE.test(head) ? ' ' : '';
  });
}

const COMPACT: Record<string, string> = { '（': '(', '）': ')', '．': '.' };

/** The comparison form of a header or key cell: no spaces or markup at all, brackets half-width. */
export function compactKey(text: string): string {
  return text.replace(/<\/?p>|[\s\u00a0\u3000]+|[（）．]/gi, (m) => COMPACT[m] ?? '');
}
