/** The bulletin's cover (name, issuer, 年第N期) and its 目录 with printed page numbers. */
import type { SourceLine } from '../ingest/source.ts';
import type { Report } from '../messages.ts';
import { outlineLabel } from '../../core/chinese/labels.ts';
import { parseDocNumber } from '../../core/chinese/doc-number.ts';
import { docNumberLine } from './document.ts';

export interface Cover {
  title: string;
  issuer: string;
  year: number;
  issue: number;
  /** 总第N期: the issue counted since the first, when the cover prints it. */
  totalIssue?: number;
  /** The day the issue came out, as the cover prints it (2024年5月10日出版): YYYY-MM-DD. */
  published?: string;
  line: number;
  contents: Array<{ number: number; title: string; page: number; line: number }>;
  /** The section names the 目录 groups its entries under (【政府工作报告】 → 政府工作报告), as a section's first page may print them. */
  sections: string[];
  /** Index (in the rendition's lines) of the first line after cover and contents. */
  end: number;
}

const ISSUE = /(\d{4})\s*年\s*第\s*(\d+)\s*期/;
/** The issue counted since the first (（总第 27 期）), on the issue's line or the next. */
const TOTAL_ISSUE = /总\s*第\s*(\d+)\s*期/;
/** That count on a line of its own, maybe in brackets. */
const TOTAL_ISSUE_LINE = new RegExp(`^[（(]?\\s*${TOTAL_ISSUE.source}\\s*[)）]?$`, 'u');
/** The day the issue came out, on a line of its own under the issue (2024年5月10日出版, 出版日期：2024年5月10日). */
const PUBLISHED_LINE = /^(?:出版日期\s*[:：]\s*)?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:出版)?$/u;
/**
 * The line naming who edits the bulletin, under its issue or above it (柳塘区人民政府办公室　编, 主办：…办公室):
 * the issuer, where no line above the issue names it.
 */
const EDITOR_LINE = /^(?:(?:主\s*办|编\s*印|编\s*辑)(?:单\s*位)?\s*[:：]\s*(\p{Script=Han}[^:：]{1,30})|(\p{Script=Han}.{1,30}?(?:办公室|政府|委员会|中心|编辑部))\s*(?:编\s*印|编\s*辑|主\s*办|编))$/u;
const CONTENTS_HEADING = /^目\s*录$/;
/** A 目录's section name over the entries it groups (【县政府文件】, 【人事任免】): no entry, and no end of the 目录. */
const CONTENTS_GROUP = /^[【［\[]\s*\p{Script=Han}[^【】［］\[\]]{0,15}[】］\]]$/u;
/** Most lines of front matter (an editorial board, a permit number) read past between the cover's issue lines and its 目录. */
const FRONT_MATTER_LINES = 30;
const LEADER = new Set(['.', '．', '。', '…', '·']);
/** An entry's title without the 文号 some 目录 print after it in brackets (…的通知（桐政发〔2024〕11号）). */
function withoutDocNumber(title: string): string {
  const bracket = /[（(]([^（）()]+)[）)]$/u.exec(title);
  const printed = bracket?.[1]!.replace(/\s+/g, '');
  const number = printed ? parseDocNumber(printed) : undefined;
  // The whole bracket is the 文号: its agency first, its 号 last.
  return bracket && bracket.index > 0 && number && printed!.startsWith(number.agency) && printed!.endsWith('号') ? title.slice(0, bracket.index) : title;
}

/**
 * Whether the first line holding text after `blank` opens the 目录 entry numbered after `last`, or, in a 目录 printing
 * no numbers (`last` undefined), an entry.
 */
function nextEntryAfter(lines: readonly SourceLine[], blank: number, last: number | undefined): boolean {
  let k = blank + 1;
  while (k < lines.length && (lines[k]!.text.trim() === '' || CONTENTS_GROUP.test(lines[k]!.text.trim()))) k++;
  if (k >= lines.length) return false;
  if (last === undefined) return unnumberedEntryAt(lines, k);
  const label = outlineLabel(lines[k]!.text.trim());
  return label?.level === 3 && label.number === last + 1;
}

/** A 目录 entry longer than this is not an entry: the 目录 ends there. */
const MAX_ENTRY = 300;
/** Most lines an entry printed without a number (…的通知（禾政发〔2024〕21号）.....21) wraps over. */
const MAX_ENTRY_LINES = 3;

/**
 * Whether an entry printed without a number starts at line `at`: the line, or it and the next one or two (no blank
 * line between), end in a page number after a leader.
 */
function unnumberedEntryAt(lines: readonly SourceLine[], at: number): boolean {
  let text = '';
  for (let k = at; k < lines.length && k < at + MAX_ENTRY_LINES; k++) {
    const t = lines[k]!.text.trim();
    if (t === '' || (k > at && outlineLabel(t))) return false;
    text += t;
    if (entryPage(text)) return true;
  }
  return false;
}

/**
 * An entry's title without the speaker's name a 目录 prints after a speech (2025年禾溪县人民政府工作报告　彭立衡): the
 * name stands apart after a title ending as a speech's does.
 */
function withoutSpeaker(title: string): string {
  const m = /^(.+?(?:报告|讲话|致辞|发言))[\s\u3000]+[\p{Script=Han}·]{2,4}$/u.exec(title.trim());
  return m ? m[1]! : title;
}

/**
 * The page number after an entry's title: after dot leaders, a tab, or a wide space (a leader
 * drawn as a line is no text), as /(?:[.．。…·]{2,}\s*|\t\s*|\s{2,})(\d+)\s*$/ would find it, `index`
 * where the leader starts. Read from the end, so that a long line of dots or spaces costs its
 * length, not its square (that pattern backtracks over the run).
 */
export function entryPage(title: string): { index: number; page: number } | undefined {
  const space = (i: number) => /\s/.test(title[i]!);
  let end = title.length;
  while (end > 0 && space(end - 1)) end--;
  let digits = end;
  while (digits > 0 && title.charCodeAt(digits - 1) >= 48 && title.charCodeAt(digits - 1) <= 57) digits--;
  if (digits === end) return undefined;
  const page = Number(title.slice(digits, end));
  let gap = digits;
  while (gap > 0 && space(gap - 1)) gap--;
  let dots = gap;
  while (dots > 0 && LEADER.has(title[dots - 1]!)) dots--;
  if (gap - dots >= 2) return { index: dots, page };
  if (digits - gap >= 2 || (digits - gap === 1 && title[gap] === '\t')) return { index: gap, page };
  return undefined;
}

export function readCover(lines: SourceLine[], report: Report): Cover | undefined {
  const nonBlank = lines.map((l, i) => [l.text.trim(), i] as const).filter(([t]) => t !== '');
  const issueAt = nonBlank.slice(0, 8).findIndex(([t]) => ISSUE.test(t));
  if (issueAt < 1) return undefined;
  const [issueText, issueIndex] = nonBlank[issueAt]!;
  const m = ISSUE.exec(issueText)!;
  const title = nonBlank[0]![0].replace(/\s+/g, '');
  const cover: Cover = {
    title,
    // The lines between the title and the issue, but a romanised title (LIUTANG QU RENMIN ZHENGFU GONGBAO).
    issuer: nonBlank
      .slice(1, issueAt)
      .filter(([t]) => /\p{Script=Han}/u.test(t))
      .map(([t]) => {
        const editor = EDITOR_LINE.exec(t);
        return (editor?.[1] ?? editor?.[2] ?? t).replace(/\s+/g, '');
      })
      .join(''),
    year: Number(m[1]),
    issue: Number(m[2]),
    line: lines[nonBlank[0]![1]]!.position.line,
    contents: [],
    sections: [],
    end: issueIndex + 1,
  };
  let i = issueIndex + 1;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  const inLine = TOTAL_ISSUE.exec(issueText);
  if (inLine) cover.totalIssue = Number(inLine[1]);
  // Under the issue, in any order: the count since the first issue (（总第41期）), the editor (…办公室　编)
  // and the day it came out (2024年7月31日出版; a date alone is no such line: it says 出版).
  for (;;) {
    const text = i < lines.length ? lines[i]!.text.trim() : '';
    const total = cover.totalIssue === undefined ? TOTAL_ISSUE_LINE.exec(text) : null;
    const published = cover.published === undefined ? PUBLISHED_LINE.exec(text) : null;
    const editor = EDITOR_LINE.exec(text);
    if (total) cover.totalIssue = Number(total[1]);
    else if (published && published[0].includes('出版')) {
      const [, y, m, d] = published;
      cover.published = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    } else if (editor) cover.issuer ||= (editor[1] ?? editor[2]!).replace(/\s+/g, '');
    else break;
    cover.end = ++i;
    while (i < lines.length && lines[i]!.text.trim() === '') i++;
  }
  // No line names the issuer: the title does (柳塘区人民政府公报).
  cover.issuer ||= title.replace(/公报$/u, '');
  // The inside cover may print more before the 目录 (《…公报》编辑委员会, 主任：…, 准印证号…): the 目录 a few lines on,
  // before any document starts, is still the cover's.
  const contentsAt = lines.slice(i, i + FRONT_MATTER_LINES).findIndex((l) => CONTENTS_HEADING.test(l.text.trim()));
  if (contentsAt < 0 || lines.slice(i, i + contentsAt).some((l) => docNumberLine(l.text) !== undefined)) return cover;
  i += contentsAt + 1;
  let pending: { number: number; title: string; line: number } | undefined;
  // Whether the entries print their numbers (1.…): a 目录 may print none, its entries numbered here in order.
  let numbered: boolean | undefined;
  for (; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === '') {
      if (pending) continue;
      // A blank line ends the 目录, unless the next entry follows it (entries a line apart).
      if (cover.contents.length > 0 && !nextEntryAfter(lines, i, numbered ? cover.contents.at(-1)!.number : undefined)) break;
      continue;
    }
    if (!pending && CONTENTS_GROUP.test(text)) {
      cover.sections.push(text.replace(/[\s【】［］[\]]/gu, ''));
      continue;
    }
    const start = outlineLabel(text);
    if (!pending) {
      if (start?.level === 3 && numbered !== false) {
        pending = { number: start.number, title: start.rest, line: lines[i]!.position.line };
        numbered = true;
      } else if (numbered !== true && unnumberedEntryAt(lines, i)) {
        pending = { number: cover.contents.length + 1, title: text, line: lines[i]!.position.line };
        numbered = false;
      } else break;
    } else {
      if (pending.title.length > MAX_ENTRY) break;
      pending.title += text;
    }
    const page = entryPage(pending.title);
    if (page) {
      cover.contents.push({
        number: pending.number,
        title: withoutDocNumber(withoutSpeaker(pending.title.slice(0, page.index)).replace(/\s+/g, '')),
        page: page.page,
        line: pending.line,
      });
      pending = undefined;
    }
  }
  if (pending) report('warning', 'contents-entry-without-page', `目录 entry ${pending.number} has no page number`, { line: pending.line });
  cover.end = i;
  return cover;
}

/**
 * A line of the back cover printed after the last document (主管：…, 编辑出版：…, 地　　址：…, 邮政编码：…, 准印证号：…,
 * 编委会主任：…, 本刊全文刊载于…, （内部资料　免费赠阅）): who publishes the bulletin, never a document's text.
 */
const BACK_COVER_FIELD = /^(?:《[^》]{2,30}》\s*)?(?:主\s*管|主\s*办|主管主办|编\s*辑|编辑出版|编\s*印|出\s*版|编委会?\s*(?:主\s*任|副\s*主\s*任)?|编\s*委|主\s*编|副\s*主\s*编|地\s*址|邮\s*政?\s*编\s*码?|联系电话|电\s*话|传\s*真|网\s*址|电子邮箱|印\s*刷|出版日期|准印证号|赠阅范围|发送范围)(?:单\s*位)?\s*[:：]|^本刊|^[（(]?\s*(?:内部资料|免费赠阅|免费交流)/u;
/** The bulletin's name, issue or frequency printed on the back cover above its fields (《…公报》, 2025年第9期（总第58期）, （月刊）). */
const BACK_COVER_HEAD = /^《?\p{Script=Han}{2,20}公报》?$|^\d{4}\s*年\s*第\s*\d+\s*期|^[（(]?\s*[月季旬周半]\s*刊\s*[)）]?$/u;

/**
 * Where the back cover starts at the end of a rendition (its lines of who publishes it, the name and issue above them, a
 * page number between), or undefined when the rendition ends with no such block: two fields at least, nothing but those
 * lines after them. The last document ends there.
 */
export function backCoverStart(lines: readonly SourceLine[], from: number, furniture: ReadonlySet<number>): number | undefined {
  let start: number | undefined;
  let fields = 0;
  for (let k = lines.length - 1; k >= from; k--) {
    const text = lines[k]!.text.trim().replace(/\*/gu, '');
    if (text === '' || furniture.has(k)) continue;
    if (BACK_COVER_FIELD.test(text)) fields++;
    else if (!BACK_COVER_HEAD.test(text.replace(/\s+/gu, ''))) break;
    start = k;
  }
  return fields >= 2 ? start : undefined;
}
