/**
 * The structure stage: source lines → one bulletin tree per rendition. A file may hold the same issue
 * twice (two extractions); each rendition is structured on its own and the reconcile stage merges them.
 */
import type { SourceLine, SourceText } from '../ingest/source.ts';
import type { BulletinNode, DocumentNode } from '../../schema/tree.ts';
import type { Report } from '../messages.ts';
import { backCoverStart, readCover } from './cover.ts';
import { docNumberLine, readDocument } from './document.ts';
import { pageFurniture } from './blocks.ts';
import { DASHED_PAGE_NUMBER } from '../ingest/pdf/furniture.ts';
import { REGISTRATION_LINE } from '../../core/chinese/registration.ts';
import { toHalfWidth, titleKey } from '../../core/chinese/width.ts';
import { editDistance, FORWARDING, quotedTitles, sameTitle } from './titles.ts';
import { documentLabel, numberlessId } from './numberless.ts';
import { parseDate } from '../../core/chinese/dates.ts';
import { YEAR_CLOSE, YEAR_OPEN } from '../../core/chinese/doc-number.ts';
import { LEVELS, regionOf } from '../../core/chinese/region.ts';

/** Where each rendition starts: the cover's first line, repeated later and followed by 年第N期. */
export function renditionStarts(lines: SourceLine[]): number[] {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0) return [];
  const key = titleKey(lines[first]!.text);
  const starts = [first];
  // A back cover repeats the name and issue after the last document (…印发 ⏎ — 85 — ⏎ 云溪县人民政府公报 ⏎ 2025年第3期): no
  // rendition starts after the last 文号.
  let lastDocument = lines.length - 1;
  while (lastDocument > first && !docNumberLine(lines[lastDocument]!.text)) lastDocument--;
  for (let i = first + 1; i < lastDocument; i++) {
    if (titleKey(lines[i]!.text) !== key || lines[i]!.text.includes('\t')) continue;
    // The name as a running header under a page's number (— 13 — ⏎ 岚川县人民政府公报), the next page's header the
    // issue (— 14 — ⏎ 2025年第9期) where a page holds a line or two: no cover.
    let above = i - 1;
    while (above > first && lines[above]!.text.trim() === '') above--;
    if (DASHED_PAGE_NUMBER.test(lines[above]!.text.trim())) continue;
    const next = lines.slice(i + 1, i + 12).map((l) => l.text);
    if (next.some((t) => /\d{4}\s*年\s*第\s*\d+\s*期/.test(t))) starts.push(i);
  }
  return starts;
}

/** One bulletin tree per rendition, in the order they appear in the file. */
export function structure(source: SourceText, bulletinId: string, report: Report): BulletinNode[] {
  const lines = source.children;
  const starts = renditionStarts(lines);
  if (starts.length === 0) {
    report('error', 'empty-file', 'the file holds no text');
    return [];
  }
  return starts.map((start, k) => readRendition(lines.slice(start, starts[k + 1] ?? lines.length), source.file, bulletinId, report));
}

function readRendition(lines: SourceLine[], file: string, bulletinId: string, report: Report): BulletinNode {
  const cover = readCover(lines, report);
  const firstLine = lines.find((l) => l.text.trim() !== '')?.position.line ?? 1;
  if (!cover) report('warning', 'missing-cover', 'no bulletin cover (name, issuer, 年第N期) at the start of the rendition', { line: firstLine });
  const from = cover?.end ?? 0;

  // Documents start at their 登记号 (when printed) or 发文字号 line.
  const docStarts: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (!docNumberLine(lines[i]!.text)) continue;
    let start = i;
    let k = i - 1;
    while (k >= from && lines[k]!.text.trim() === '') k--;
    if (k >= from && REGISTRATION_LINE.test(toHalfWidth(lines[k]!.text.trim()))) start = k;
    docStarts.push(start);
  }
  // A text the 目录 lists that prints no 文号 (a 政策解读, a 大事记): it starts at its title, printed as the 目录 names it.
  const numberless = new Map<number, { id: string; titleLines: number; mastheadLines?: number }>();
  let titles: TitleLines | undefined;
  // After the document before it has ended (its 成文日期 printed above), not a line inside it (a heading 政策解读); a text
  // without a 文号 before it may print no 成文日期 (a 政府工作报告, a 大事记) and end only where the next text starts.
  const ended = (at: number) => {
    const before = Math.max(-1, ...docStarts.filter((start) => start < at));
    return before < 0 || numberless.has(before) || lines.slice(before, at).some((l) => parseDate(l.text.trim()) !== undefined);
  };
  for (const entry of cover?.contents ?? []) {
    if (docStarts.some((start) => titleAfter(lines, start, entry.title))) continue;
    titles ??= titleLines(lines);
    // From the cover's end: such a text may come first (a 政府工作报告 before the year's first 文号).
    // A 纪要 prints its title without the county's name the 目录 gives it (县人民政府第41次常务会议纪要).
    const unplaced = withoutPlace(entry.title);
    const at = numberlessTitle(titles, from, entry.title, ended) ?? (unplaced ? numberlessTitle(titles, from, unplaced, ended) : undefined);
    if (at && !docStarts.includes(at.start)) {
      // Its masthead over the title (…常务会议纪要 ⏎ 第8期 ⏎ the office and the date) is its head: the text starts there.
      const masthead = mastheadAbove(lines, at.start, Math.max(from, ...docStarts.filter((d) => d < at.start)));
      const start = masthead ?? at.start;
      docStarts.push(start);
      numberless.set(start, { id: numberlessId(entry.number), titleLines: at.lines, ...(masthead !== undefined ? { mastheadLines: lines.slice(masthead, at.start).filter((l) => l.text.trim() !== '').length } : {}) });
    }
  }
  docStarts.sort((a, b) => a - b);
  if (docStarts.length && docStarts[0]! > from) {
    const before = lines.slice(from, docStarts[0]);
    const furniture = pageFurniture(before);
    // A section's name over its first text (政府工作报告, as the 目录 groups it) is no text.
    const sections = new Set(cover?.sections ?? []);
    // Nor is the issue printed as the first page's running header (2025年第9期, under the 目录).
    const issue = cover ? `${cover.year}年第${cover.issue}期` : undefined;
    const stray = before.find((l, k) => l.text.trim() !== '' && !furniture.has(k) && !sections.has(titleText(l)) && l.text.replace(/\s+/g, '') !== issue);
    if (stray) report('warning', 'unplaced-text', 'text before the first document belongs to none', { line: stray.position.line });
  }
  // The back cover after the last document (主管：…, 地址：…, 准印证号：…) is none of it, whether or not a 版记 closes it.
  const end = Math.max(docStarts.at(-1) ?? from, backCoverStart(lines, from, pageFurniture(lines)) ?? lines.length);
  const children: DocumentNode[] = [];
  docStarts.forEach((start, k) => {
    const doc = readDocument(lines.slice(start, docStarts[k + 1] ?? end), report, numberless.get(start));
    if (doc) children.push(doc);
  });

  linkForwarded(children, report);
  giveDates(children, cover?.published, report);
  normalizeRegistrations(children, report);
  const contents = (cover?.contents ?? []).map((entry) => {
    const unplaced = withoutPlace(entry.title);
    const doc = children.find((d) => sameTitle(d.title, entry.title) || (!d.docNumber && unplaced !== undefined && sameTitle(d.title, unplaced)));
    if (!doc) report('warning', 'unmatched-contents-entry', `目录 entry ${entry.number}「${entry.title}」 names no document of this bulletin`, { line: entry.line });
    return { ...entry, documentId: doc?.id ?? null };
  });
  return {
    id: bulletinId,
    type: 'bulletin',
    title: cover?.title ?? '',
    issuer: cover?.issuer ?? '',
    year: cover?.year ?? 0,
    issue: cover?.issue ?? 0,
    ...(cover?.totalIssue !== undefined ? { totalIssue: cover.totalIssue } : {}),
    ...(cover?.published !== undefined ? { published: cover.published } : {}),
    file,
    contents,
    position: { line: cover?.line ?? firstLine, endLine: cover?.line ?? firstLine },
    children,
  };
}

/**
 * A notice forwarding a text (关于转发《…的通知》的通知) that is printed after it as a document of its own, with its 文号
 * (楚政办发〔2025〕18号), 署名 and date: each names the other (`forwards`, `forwardedBy`), and the forwarded document keeps
 * its own 文号 for its citations. A forwarded text found neither inside the notice nor after it is a missing instrument.
 */
function linkForwarded(children: DocumentNode[], report: Report): void {
  children.forEach((doc, k) => {
    if (!doc.docNumber || !FORWARDING.test(doc.title)) return;
    const issued = doc.children.filter((c) => c.type === 'instrument').map((c) => c.title);
    for (const title of quotedTitles(doc.title)) {
      if (issued.some((t) => sameTitle(t, title))) continue;
      // Printed right after the notice: the next documents, as many as it forwards.
      const forwarded = children.slice(k + 1, k + 1 + quotedTitles(doc.title).length).find((d) => !d.forwardedBy && d.id !== doc.id && sameTitle(d.title, title));
      if (!forwarded) {
        report('warning', 'missing-instrument', `the instrument 《${title}》 named in the title was not found`, { line: doc.position.line });
        continue;
      }
      (doc.forwards ??= []).push(forwarded.id);
      forwarded.forwardedBy = doc.id;
      // The 版记 after the forwarded text (抄送, 印发) is the notice's: the forwarded text is printed inside it.
      if (!doc.printedBy && forwarded.printedBy) {
        doc.printedBy = forwarded.printedBy;
        delete forwarded.printedBy;
      }
      report('info', 'forwarded-document', `${documentLabel(doc)} forwards ${documentLabel(forwarded)}, printed after it as a document of its own`, { line: forwarded.position.line });
    }
  });
}

/**
 * Dates the documents that print none of their own (a 大事记, a notice whose 署名 and 成文日期 an extraction lost) as the
 * bulletin made them public: its publication date, or else the latest 成文日期 it prints; without either they are left out.
 */
function giveDates(children: DocumentNode[], published: string | undefined, report: Report): void {
  const dated = published ?? children.reduce((m, d) => (d.date > m ? d.date : m), '');
  for (const doc of children.filter((d) => !d.date)) {
    if (dated) report('warning', 'undated-text', `${documentLabel(doc)}: no 署名 and 成文日期 found; kept, its text running to the next document, dated ${dated} (${published ? "the bulletin's publication date" : 'the latest 成文日期 of the bulletin'})`, { line: doc.position.line });
    else report('error', 'missing-signature', `${documentLabel(doc)}: no 署名 and 成文日期 found, and no date of the bulletin to give it: left out`, { line: doc.position.line });
    doc.date = dated;
  }
  if (!dated) children.splice(0, children.length, ...children.filter((d) => d.date));
}

/** A title the 目录 gives with the county's name before its government (檀山县人民政府第41次常务会议纪要), without it, as a 纪要 prints it. */
function withoutPlace(title: string): string | undefined {
  const region = regionOf(title);
  if (!region || !LEVELS.includes(region.at(-1)!) || !/^(?:人民政府|政府)/u.test(title.slice(region.length))) return undefined;
  // The place's level stays (县人民政府…).
  return title.slice(region.length - 1);
}

/** A 纪要's masthead line (檀山县人民政府常务会议纪要), its issue (第8期, 〔2025〕8号), and the office and date under them. */
const MASTHEAD = /^\p{Script=Han}{2,30}(?:会议纪要|纪要)$/u;
const MASTHEAD_ISSUE = new RegExp(`^(?:第\\s*\\d{1,4}\\s*期|[${YEAR_OPEN}]\\s*\\d{4}\\s*[${YEAR_CLOSE}]\\s*第?\\s*\\d{1,4}\\s*号)$`, 'u');

/**
 * Where a 纪要's masthead starts above its title at `title` (within the lines after `after`): the masthead line, then its
 * issue or the office and date, nothing else; undefined where the lines above are no masthead.
 */
function mastheadAbove(lines: SourceLine[], title: number, after: number): number | undefined {
  const above: number[] = [];
  for (let k = title - 1; k > after && above.length < 3; k--) if (lines[k]!.text.trim() !== '') above.unshift(k);
  const first = above.findIndex((k) => MASTHEAD.test(titleText(lines[k]!).replace(/\*/g, '')));
  if (first < 0) return undefined;
  const rest = above.slice(first + 1).map((k) => titleText(lines[k]!));
  return rest.every((t) => MASTHEAD_ISSUE.test(t) || parseDate(t.replace(/^\p{Script=Han}+?(?=\d{4}年)/u, '')) !== undefined) ? above[first] : undefined;
}

/** Most lines a title the 目录 lists is printed over. */
const MAX_TITLE_LINES = 4;

/** A line's text without the spaces a title may be printed with. */
function titleText(line: SourceLine): string {
  return line.text.replace(/\s+/g, '');
}

/** Whether a document starting at `start` (its 文号 line) prints `title` within its first lines. */
function titleAfter(lines: SourceLine[], start: number, title: string): boolean {
  // Its head: the 登记号, the 文号 and the title's lines, in the first few lines holding text, up to the 主送机关.
  const head: string[] = [];
  for (let k = start; k < lines.length && head.length < MAX_TITLE_LINES + 2; k++) {
    const t = titleText(lines[k]!);
    if (/[：:]$/u.test(t)) break;
    if (t) head.push(t);
  }
  for (let s = 0; s < head.length; s++) {
    let text = '';
    for (let e = s; e < Math.min(head.length, s + MAX_TITLE_LINES); e++) {
      text += head[e]!;
      if (sameTitle(text, title)) return true;
    }
  }
  return false;
}

/**
 * Where a title the 目录 lists is printed on lines of its own after `from` (a line or a few, the whole of each the
 * title's), for a text without a 文号: its first line and how many lines it takes; the first such place `accept`s.
 */
function numberlessTitle(titles: TitleLines, from: number, title: string, accept: (start: number) => boolean): { start: number; lines: number } | undefined {
  const key = titleKey(title);
  for (let i = from; i < titles.texts.length; i++) {
    const first = titles.keys[i]!;
    if (!first || !key.startsWith(first.slice(0, 4))) continue;
    let text = '';
    let textKey = '';
    for (let k = i, n = 0; k < titles.texts.length && n < MAX_TITLE_LINES; k++) {
      if (!titles.texts[k]) break;
      n++;
      text += titles.texts[k];
      textKey += titles.keys[k];
      if (sameTitle(text, title)) {
        if (accept(i)) return { start: i, lines: n };
        break;
      }
      if (!key.startsWith(textKey)) break;
    }
  }
  return undefined;
}

/** Each line as a title would be printed on it, and its key (titleKey); a line longer than any title has neither. */
interface TitleLines {
  texts: string[];
  keys: string[];
}

/** Longer than this, a line is no line of a title. */
const MAX_TITLE_LINE = 120;

function titleLines(lines: SourceLine[]): TitleLines {
  const texts = lines.map((l) => {
    const t = titleText(l);
    return t.length > MAX_TITLE_LINE ? '' : t;
  });
  return { texts, keys: texts.map(titleKey) };
}

/**
 * 登记号 share one prefix per issuing office (ZZYXDR); a prefix one letter off (ZYXDR) is a misprint.
 * Keep what was printed, normalise beside it.
 */
function normalizeRegistrations(docs: DocumentNode[], report: Report): void {
  const prefixes = new Map<string, number>();
  for (const d of docs) {
    const p = d.registrationNumber?.split('-')[0];
    if (p) prefixes.set(p, (prefixes.get(p) ?? 0) + 1);
  }
  const [dominant] = [...prefixes].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!dominant) return;
  for (const d of docs) {
    const [prefix, ...rest] = d.registrationNumber?.split('-') ?? [];
    if (!prefix || prefix === dominant || editDistance(prefix, dominant, 1) > 1) continue;
    d.registrationNumber = [dominant, ...rest].join('-');
    report('warning', 'misprinted-registration-number', `登记号 ${d.registrationNumberPrinted} read as ${d.registrationNumber} (the prefix of this issue's other 登记号)`, { line: d.position.line });
  }
}
