/**
 * One 公文 as reprinted in a bulletin: 登记号, 发文字号, title, 主送机关, the notice's text, 署名 and 成文日期,
 * then the instrument(s) it issues, their 附件 list and the attachments, and a 版记 where printed.
 */
import type { SourceLine } from '../ingest/source.ts';
import type { AttachmentNode, DocumentNode, InstrumentNode } from '../../schema/tree.ts';
import type { Report } from '../messages.ts';
import { parseDocNumber, docNumberId } from '../../core/chinese/doc-number.ts';
import { removeHanSpaces, toHalfWidth } from '../../core/chinese/width.ts';
import { pageFurniture, toBlocks } from './blocks.ts';
import { attachmentLabel, outlineLabel } from '../../core/chinese/labels.ts';
import { DATE, isoFromMatch, parseDate } from '../../core/chinese/dates.ts';
import { bodyForm, paragraphNodes, tableNode } from './body.ts';
import { articleBody } from './articles.ts';
import { outlineBody } from './outline.ts';
import { FORWARDING, instrumentKind, quotedTitles, sameTitle } from './titles.ts';
import { REGISTRATION_LINE } from '../../core/chinese/registration.ts';

const PRINTED = new RegExp(`^${DATE}\\s*印\\s*发$`, 'u');
/** 印发机关 and 印发日期 on one line (a PDF whose 版记 prints them closer than a field gap). */
const PRINTED_BY = new RegExp(`^(\\S.*?)\\s+${DATE}\\s*印\\s*发$`, 'u');
/** A line ending in a colon that is a sentence, not a list of bodies: a full stop in it, or 如下：. */
const ADDRESSED_TEXT = /[。；;]|如下[：:]$|[\s\S]{120}/u;
/** The kinds of document addressed to the public, with no 主送机关 (GB/T 9704): 通告, 公告. */
const TO_THE_PUBLIC = /[通公]告$/u;
/** How many lines of text after the 版记 may still close a document: a bulletin's back cover under its last one. */
const BACK_MATTER_LINES = 12;
/** The 抄送 line of a 版记 (抄送：县委各部门，县人大常委会办公室，…). */
const COPIED_TO = /^抄\s*送\s*[:：]\s*(.+)$/u;
/** What separates the bodies of a 主送 or 抄送 line (各乡镇人民政府、街道办事处，县直各单位). */
const BODIES_APART = /[，,、；;]/u;
const ATTACHMENT_LIST = /^附\s*[件表]\s*[：:]\s*(.*)$/;
/** The 附注 under the 成文日期: how the text is published (（此件公开发布）, （此件主动公开）, （此件依申请公开）). */
const ANNOTATION = /^[（(]此件[\p{Script=Han}]{2,8}[）)]$/u;
/**
 * The line under a speech's title saying when and where it was given (——2025年1月8日在…人民代表大会第五次会议上, or in
 * brackets): a 政府工作报告 prints its date there, and no 署名 or 成文日期 at its end.
 */
const SPOKEN = new RegExp(`^(?:[—－-]+\\s*|[（(])?${DATE}\\s*在.{2,60}上[）)]?$`, 'u');
/** The speaker's line under it (测试县人民政府县长　张三): the body the speaker speaks for, before the office and the name. */
const SPEAKER = /^(\p{Script=Han}*?(?:人民政府|政府|委员会))?\s*(?:代理?|常务副|副)?(?:[县市区州旗镇乡]长|主任|主席)[\s\p{Script=Han}·]{2,8}$/u;
/** How many lines under a title a speech's date and speaker lines may stand (blank lines apart). */
const SPEECH_HEAD_LINES = 3;
/** A body's name as a 署名 prints it (檀山县财政局, 县人力资源和社会保障局, 某某镇人民政府). */
const BODY_NAME = /^\p{Script=Han}{2,24}(?:局|委员会|委|办公室|办|人民政府|政府|法院|检察院|院|厅|部|中心|公司|协会|联合会|工会|所|队|站|社)$/u;

/** The bodies' names a line of a 署名 prints side by side (apart by wide spaces), or undefined where it prints anything else. */
function bodyNames(line: string): string[] | undefined {
  const parts = line.split(/[\s\u3000]{2,}|\u3000+/u).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => BODY_NAME.test(p)) ? parts : undefined;
}

/** A line naming an attachment's title inside a clause: an item's label before it, or a clause's ；，： after it. */
const NAMED_IN_CLAUSE = /^[（(][一二三四五六七八九十\d]{1,3}[)）]|[；;，,：:]$/u;
/** "附件" alone on its line: the heading of a notice's only attachment. */
const BARE_ATTACHMENT = /^附\s*[件表]$/u;

/** Is this line a 发文字号 standing on its own, as printed under the 版头? */
export function docNumberLine(text: string): ReturnType<typeof parseDocNumber> {
  const t = text.trim();
  if (t.length > 30) return undefined;
  const parsed = parseDocNumber(t);
  return parsed && t.replace(/\s+/g, '').endsWith('号') && t.replace(/\s+/g, '').startsWith(parsed.agency) ? parsed : undefined;
}

/** 1.… in the 附件 list: a level-3 outline label and the attachment's title. */
function listEntry(text: string): { number: number; title: string } | undefined {
  const m = outlineLabel(text);
  return m?.level === 3 && m.rest.trim() ? { number: m.number, title: m.rest } : undefined;
}

const trimmed = (l: SourceLine) => l.text.trim();

/** A title printed over several lines, as one: the spaces between its characters gone. */
const joinTitle = (parts: string[]) => removeHanSpaces(parts.join('')).replace(/\s+/g, '');

/**
 * A document from its lines (from its 登记号 or 文号 line to the next document): its 登记号 and 文号, title, 主送机关, text, 署名 and 成文日期, the texts it issues and its 附件,
 * 版记. `numberless`: a text the 目录 lists that prints no 文号 (a 政策解读), its id and the lines its title takes.
 */
export function readDocument(lines: SourceLine[], report: Report, numberless?: { id: string; titleLines: number }): DocumentNode | undefined {
  if (numberless) return readNumberless(lines, report, numberless);
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && trimmed(lines[i]!) === '') i++;
  };
  skipBlank();
  let registration: { printed: string; normalized: string } | undefined;
  const reg = REGISTRATION_LINE.exec(toHalfWidth(trimmed(lines[i]!)));
  if (reg) {
    registration = { printed: trimmed(lines[i]!), normalized: `${reg[1]}-${reg[2]}-${reg[3]}` };
    i++;
    skipBlank();
  }
  const numberLine = lines[i]!;
  const docNumber = docNumberLine(numberLine.text);
  if (!docNumber) return undefined;
  const id = docNumberId(docNumber);
  i++;
  skipBlank();

  // Title: up to the 主送机关 line (ends with ：); printed over 2–3 lines, usually bold.
  const titleStart = i;
  const titleLines: string[] = [];
  while (i < lines.length && !/[：:]$/.test(trimmed(lines[i]!)) && titleLines.length < 6) {
    if (trimmed(lines[i]!)) titleLines.push(trimmed(lines[i]!));
    i++;
  }
  const title = joinTitle(titleLines);
  const titleEnd = (lines[Math.max(titleStart, i - 1)] ?? numberLine).position.line;
  let addressees: string[] = [];
  const addresseeLine = lines[i];
  // The 主送机关: bodies, no sentence (a 通告 has none, and its first line, …现就有关事项通告如下：, is its text).
  if (addresseeLine && /[：:]$/.test(trimmed(addresseeLine)) && !ADDRESSED_TEXT.test(trimmed(addresseeLine))) {
    addressees = trimmed(addresseeLine)
      .replace(/[：:]$/, '')
      .split(BODIES_APART)
      .map((s) => s.trim())
      .filter(Boolean);
    i++;
  } else if (!TO_THE_PUBLIC.test(title)) {
    report('warning', 'missing-addressees', `${docNumber.normalized}: no 主送机关 line after the title`, { line: lines[titleStart]?.position.line });
  }

  return readText(lines, report, { id, label: docNumber.normalized, docNumber: docNumber.normalized, docNumberPrinted: trimmed(numberLine), title, addressees, bodyStart: i, line: (registration ? lines[0]! : numberLine).position.line, titleEnd, ...(registration ? { registration } : {}) });
}

/**
 * A text without a 文号: its title on its first lines, then its text to its 署名 and 成文日期, as a notice's; a speech's
 * date and speaker printed under its title (a 政府工作报告), its text running to the next document.
 */
function readNumberless(lines: SourceLine[], report: Report, numberless: { id: string; titleLines: number; mastheadLines?: number }): DocumentNode {
  // A 纪要's masthead over its title: the office and the date it prints there date it (no 署名 closes a 纪要).
  const head = masthead(lines, numberless.mastheadLines ?? 0);
  const read = numberlessTitle(lines.slice(head.after), numberless.titleLines);
  const { title } = read;
  const i = head.after + read.after;
  const line = lines.find((l) => trimmed(l) !== '')?.position.line ?? 1;
  const titleEnd = lines[Math.max(0, i - 1)]!.position.line;
  const speech = speechHead(lines, i);
  return readText(lines, report, { id: numberless.id, label: title, docNumber: '', docNumberPrinted: '', title, addressees: [], bodyStart: speech?.bodyStart ?? i, line, titleEnd, ...(speech ? { spoken: speech.spoken } : {}), ...(head.dated ? { masthead: head.dated } : {}) });
}

/** The first `count` lines holding text (a 纪要's masthead): the office and date one of them prints, and where they end. */
function masthead(lines: SourceLine[], count: number): { after: number; dated?: { issuer: string; date: string } } {
  let after = 0;
  let dated: { issuer: string; date: string } | undefined;
  for (let seen = 0; after < lines.length && seen < count; after++) {
    const t = trimmed(lines[after]!);
    if (!t) continue;
    seen++;
    const m = /^(\p{Script=Han}+?)\s*(\d{4}\s*年.*)$/u.exec(t);
    const date = m ? parseDate(m[2]!.trim()) : undefined;
    if (m && date) dated = { issuer: m[1]!, date };
  }
  return { after, ...(dated ? { dated } : {}) };
}

/** The title a text without a 文号 starts with, printed over `titleLines` lines holding text, and where its lines end. */
function numberlessTitle(lines: SourceLine[], titleLines: number): { title: string; after: number } {
  let i = 0;
  const parts: string[] = [];
  while (i < lines.length && parts.length < titleLines) {
    if (trimmed(lines[i]!)) parts.push(trimmed(lines[i]!));
    i++;
  }
  return { title: joinTitle(parts), after: i };
}

/**
 * A speech's head under its title (a 政府工作报告): the line giving when and where it was given, and the speaker's line
 * after it; the speech's date, the body its speaker speaks for ('' when the line names only an office), and where its
 * text starts. Undefined when the lines under the title are no such head.
 */
function speechHead(lines: SourceLine[], from: number): { spoken: NonNullable<DocumentHead['spoken']>; bodyStart: number } | undefined {
  const texts: number[] = [];
  for (let k = from; k < lines.length && texts.length < SPEECH_HEAD_LINES; k++) if (trimmed(lines[k]!)) texts.push(k);
  const at = texts.findIndex((k) => SPOKEN.test(removeHanSpaces(trimmed(lines[k]!))));
  if (at < 0) return undefined;
  const m = SPOKEN.exec(removeHanSpaces(trimmed(lines[texts[at]!]!)))!;
  const date = isoFromMatch(m);
  if (!date) return undefined;
  let bodyStart = texts[at]! + 1;
  const delivered: NonNullable<DocumentNode['delivered']> = { occasion: trimmed(lines[texts[at]!]!) };
  let issuer = '';
  const next = texts[at + 1];
  const speaker = next === undefined ? null : SPEAKER.exec(trimmed(lines[next]!));
  if (speaker) {
    issuer = speaker[1] ?? '';
    delivered.speaker = trimmed(lines[next!]!);
    bodyStart = next! + 1;
  }
  return { spoken: { date, issuer, delivered }, bodyStart };
}

/** What readText needs of a document's head. */
interface DocumentHead {
  id: string;
  /** How messages name the document: its 文号, or its title. */
  label: string;
  docNumber: string;
  docNumberPrinted: string;
  title: string;
  addressees: string[];
  /** Where the text after the head starts. */
  bodyStart: number;
  line: number;
  titleEnd: number;
  registration?: { printed: string; normalized: string };
  /** A speech's date and speaker's body, printed under its title (speechHead): where no 成文日期 closes the text. */
  spoken?: { date: string; issuer: string; delivered: NonNullable<DocumentNode['delivered']> };
  /** The issuer and date a 纪要's masthead prints over its title (structure/index.ts, mastheadAbove): where no 成文日期 closes the text. */
  masthead?: { date: string; issuer: string };
}

/** A document's text after its head: to the 署名 + 成文日期 pair, then what it issues, its 附件 and 版记. */
function readText(lines: SourceLine[], report: Report, head: DocumentHead): DocumentNode {
  const { id, title, addressees, titleEnd, registration } = head;
  // The notice's own text runs to the 署名 + 成文日期 pair.
  const bodyStart = head.bodyStart;
  let signatureAt = -1;
  let dateAt = -1;
  // A page may break between the 署名 and the 成文日期 (署名 ⏎ — 65 — ⏎ running header ⏎ 2024年9月5日): its furniture stands
  // between them.
  const furniture = pageFurniture(lines);
  const between = (k: number) => trimmed(lines[k]!) === '' || furniture.has(k);
  for (let k = bodyStart; k < lines.length; k++) {
    if (parseDate(trimmed(lines[k]!)) === undefined) continue;
    let s = k - 1;
    while (s >= bodyStart && between(s)) s--;
    if (s >= bodyStart && !/[。；，：]/.test(trimmed(lines[s]!)) && trimmed(lines[s]!).length <= 30) {
      signatureAt = s;
      dateAt = k;
      break;
    }
  }
  // A 成文日期 with no 署名 above it (the issuer printed only in its seal, which an extraction or OCR does not read):
  // the notice ends there and the document is kept, its issuer unknown.
  if (signatureAt < 0) {
    dateAt = lines.findIndex((l, k) => k >= bodyStart && parseDate(trimmed(l)) !== undefined);
    // Neither (a speech dated under its title, a 大事记, a notice whose last lines an extraction lost): the text runs to
    // the next document, its `date` left empty for the bulletin to give (structure/index.ts) unless a speech's.
    if (dateAt < 0) signatureAt = dateAt = lines.length;
    else {
      signatureAt = dateAt;
      report('warning', 'missing-issuer', `${head.label}: a 成文日期 with no 署名 above it; the document is kept, its issuer left empty`, { line: lines[dateAt]!.position.line });
    }
  }
  // A 署名 of several bodies (a document issued jointly): their names side by side and on the lines above (檀山县财政局　　
  // 檀山县人力资源和社会保障局 ⏎ 檀山县医疗保障局), each line of names only; the notice's text ends above them all.
  const signers: string[] = [];
  if (signatureAt < dateAt && bodyNames(trimmed(lines[signatureAt]!))) {
    for (let s = signatureAt; s >= bodyStart; ) {
      const names = bodyNames(trimmed(lines[s]!));
      if (!names) break;
      signers.unshift(...names);
      signatureAt = s;
      s--;
      while (s >= bodyStart && between(s)) s--;
    }
  }
  const unsigned = dateAt === lines.length;
  const date = unsigned ? (head.spoken?.date ?? head.masthead?.date ?? '') : parseDate(trimmed(lines[dateAt]!))!;
  const issuer = unsigned ? (head.spoken?.issuer ?? head.masthead?.issuer ?? '') : signers.length > 1 ? signers.join('、') : signatureAt < dateAt ? trimmed(lines[signatureAt]!).replace(/\s+/g, '') : '';
  const notice: DocumentNode['children'] = [];
  let n = 0;
  // The 附件说明 under the notice's text (附件：1.… 2.…): the document's attachment list, not a paragraph.
  const noticeLines = lines.slice(bodyStart, signatureAt);
  const listed = attachmentListIn(noticeLines);
  // Its tables too (a 通告's table of the waters it closes): they are the notice's, as an instrument's are its.
  const noticeBlocks = toBlocks(noticeLines.filter((_, k) => listed.start < 0 || k < listed.start || k > listed.end));
  // A notice that sets out points of its own (…通知如下：一、… 二、…) is in outline form: each point is a
  // heading a citation names (3号文 通知第三点), not a paragraph among paragraphs.
  if (numberedPoints(noticeBlocks.filter((b) => b.kind === 'text'))) notice.push(...(outlineBody(noticeBlocks, `${id}/notice`, report) as DocumentNode['children']));
  else {
    let tables = 0;
    for (const block of noticeBlocks) {
      if (block.kind === 'text') notice.push(...paragraphNodes(block, `${id}/notice`, () => ++n));
      else notice.push(tableNode(block, `${id}/notice/tbl_${++tables}`, tables));
    }
  }

  // 版记 at the end: 印发机关 + 印发日期, the 抄送 line above them; after them, on the last document of a
  // bulletin, only its back cover (主办, 编辑, 地址 …), no part of the document.
  let end = lines.length;
  let printedBy: DocumentNode['printedBy'];
  {
    let k = end - 1;
    for (let seen = 0; k > dateAt && seen < BACK_MATTER_LINES; k--) {
      const t = trimmed(lines[k]!);
      if (t === '') continue;
      if (PRINTED.test(t) || PRINTED_BY.test(t)) break;
      seen++;
    }
    const last = k > dateAt ? trimmed(lines[k]!) : '';
    const printed = PRINTED.exec(last);
    const printedDate = printed ? isoFromMatch(printed) : undefined;
    const oneLine = printed ? null : PRINTED_BY.exec(last);
    const oneLineDate = oneLine ? isoFromMatch(oneLine, 2) : undefined;
    if (printedDate) {
      let s = k - 1;
      while (s > dateAt && trimmed(lines[s]!) === '') s--;
      printedBy = { issuer: trimmed(lines[s]!).replace(/\s+/g, ''), date: printedDate };
      end = s;
    } else if (oneLine && oneLineDate) {
      printedBy = { issuer: oneLine[1]!.replace(/\s+/g, ''), date: oneLineDate };
      end = k;
    }
    if (printedBy) {
      let c = end - 1;
      while (c > dateAt && trimmed(lines[c]!) === '') c--;
      const copied = c > dateAt ? COPIED_TO.exec(trimmed(lines[c]!)) : null;
      if (copied) {
        printedBy.copiedTo = copied[1]!.split(BODIES_APART).map((x) => x.replace(/[。.\s]/gu, '')).filter((x) => x !== '');
        end = c;
      }
    }
  }

  // The 附注 GB/T 9704 prints in brackets on the line under the 成文日期 (（此件公开发布）), a page break between maybe.
  let restFrom = dateAt + 1;
  while (restFrom < end && between(restFrom)) restFrom++;
  const annotation = restFrom < end ? ANNOTATION.exec(trimmed(lines[restFrom]!).replace(/\s+/g, '')) : null;
  const rest = lines.slice(annotation ? restFrom + 1 : dateAt + 1, end);
  // A text without a 文号 issues none (《…办法》政策解读 names the text it explains).
  const { instruments, attachments, attachmentList, issuedAs } = readIssued(rest, head.docNumber ? title : '', id, report, listed.list);
  const doc: DocumentNode = {
    id,
    type: 'document',
    docNumber: head.docNumber,
    docNumberPrinted: head.docNumberPrinted,
    title,
    addressees,
    issuer,
    date,
    attachments: attachmentList.map((a) => ({
      number: a.number,
      title: a.title,
      id: attachments.find((n) => n.number === a.number)?.id ?? issuedAs.get(a.number) ?? null,
    })),
    position: { line: head.line, endLine: titleEnd },
    children: [...notice, ...instruments, ...attachments],
  };
  if (registration) {
    doc.registrationNumber = registration.normalized;
    doc.registrationNumberPrinted = registration.printed;
  }
  if (printedBy) doc.printedBy = printedBy;
  if (annotation) doc.annotation = annotation[0];
  if (unsigned && head.spoken) doc.delivered = head.spoken.delivered;
  else if (unsigned && !head.masthead) doc.undated = true;
  for (const a of attachmentList) {
    if (!attachments.some((n) => n.number === a.number) && !issuedAs.has(a.number)) {
      report('warning', 'unmatched-attachment', `${head.label}: 附件${a.number}「${a.title}」 is listed but its text was not found`, { line: a.line });
    }
  }
  return doc;
}

interface ListedAttachment {
  number: number;
  title: string;
  line: number;
}

/** Does a notice's text set out numbered points, 一、 then 二、 opening paragraphs of their own? */
function numberedPoints(blocks: ReadonlyArray<{ text: string }>): boolean {
  const points = blocks.map((b) => outlineLabel(b.text)).filter((l) => l?.level === 1).map((l) => l!.number);
  return points[0] === 1 && points[1] === 2;
}

/** A notice names a few instruments (the seed's most is two); more 《》 in a title are not looked for. */
const MAX_INSTRUMENTS = 20;
/** A 附件 list of more entries than this is not one bulletins print. */
const MAX_ATTACHMENTS = 100;

/**
 * The 附件 list in some lines (附件：1.… then 2.… on the lines after, a page's furniture between), the first one printed: its
 * entries, and the places of its first and last lines (−1 without one).
 */
function attachmentListIn(lines: SourceLine[]): { list: ListedAttachment[]; start: number; end: number } {
  const list: ListedAttachment[] = [];
  for (let j = 0; j < lines.length; j++) {
    const m = ATTACHMENT_LIST.exec(trimmed(lines[j]!));
    if (!m) continue;
    const first = listEntry(m[1]!);
    list.push({ number: first?.number ?? 1, title: (first?.title ?? m[1]!).trim(), line: lines[j]!.position.line });
    let end = j;
    // A page may break inside the list (附件：1.… ⏎ — 17 — ⏎ running header ⏎ 2.…): its furniture is no end of it.
    const furniture = pageFurniture(lines);
    for (let k = j + 1; k < lines.length; k++) {
      const t = trimmed(lines[k]!);
      if (t === '' || furniture.has(k)) continue;
      const e = listEntry(t);
      if (!e || e.number !== list[list.length - 1]!.number + 1 || /[。；，]/.test(e.title) || list.length >= MAX_ATTACHMENTS) break;
      list.push({ number: e.number, title: e.title.trim(), line: lines[k]!.position.line });
      end = k;
    }
    return { list, start: j, end };
  }
  return { list, start: -1, end: -1 };
}

/**
 * Splits what follows the signature into instruments and attachments and parses their bodies.
 * `noticeList`: the 附件 list printed under the notice's own text, where GB/T 9704 places the
 * 附件说明, used where no instrument prints one.
 */
function readIssued(lines: SourceLine[], noticeTitle: string, docId: string, report: Report, noticeList?: ListedAttachment[]) {
  const titles = quotedTitles(noticeTitle).slice(0, MAX_INSTRUMENTS);
  // Where each instrument starts: the line that repeats a title named in the notice's title.
  // `lines`: how many lines the title took (a title printed over two or three lines in a PDF).
  const starts: Array<{ at: number; title: string; kind: 'instrument' | 'attachment'; number: number; label: string; lines?: number; titled?: boolean }> = [];
  let searchFrom = 0;
  titles.forEach((t, k) => {
    for (let j = searchFrom; j < lines.length; j++) {
      const text = trimmed(lines[j]!);
      if (!text || text.includes('\t')) continue;
      if (sameTitle(text, t)) {
        starts.push({ at: j, title: removeHanSpaces(text), kind: 'instrument', number: k + 1, label: '' });
        searchFrom = j + 1;
        return;
      }
      // A title broken over the next line or two (no label, no sentence end between), a blank line
      // between too, as a text rendition prints its edition under it (…目录清单 ⏎ ⏎ （2024年版））; never from
      // the 附件 line above it (附件 ⏎ ⏎ …清单 is the attachment's label and its title).
      if (BARE_ATTACHMENT.test(text) || attachmentLabel(text) !== undefined) continue;
      let joined = text;
      for (let n = 1, pieces = 0; pieces < 2 && j + n < lines.length && n <= 4; n++) {
        const next = trimmed(lines[j + n]!);
        if (!next) continue;
        if (next.includes('\t') || /[。；：:]$/.test(joined)) break;
        joined += next;
        pieces++;
        if (sameTitle(joined, t)) {
          starts.push({ at: j, title: removeHanSpaces(joined), kind: 'instrument', number: k + 1, label: '', lines: n + 1 });
          searchFrom = j + n + 1;
          return;
        }
      }
    }
    // A forwarded text printed with its own 文号 is a document of its own: the bulletin's pass links them (`linkForwarded`).
    if (!FORWARDING.test(noticeTitle)) report('warning', 'missing-instrument', `the instrument 《${t}》 named in the title was not found`, { line: lines[0]?.position.line });
  });

  // The 附件 list (附件：1.… 2.…) under the body of an instrument, or else the one under the notice's.
  const own = attachmentListIn(lines);
  const attachmentList = [...(own.list.length ? own.list : (noticeList ?? []))];
  const listEnd = own.list.length ? own.end : -1;

  // Attachment bodies: "附件 N" headings (a lone "附件" for the only one), or for a missing heading the
  // line that repeats a listed title. An attachment titled as an instrument the notice issues is that
  // instrument (附件：…事项清单, the 清单 the notice issues): one text, the instrument.
  const issuedAs = new Map<number, string>();
  if (attachmentList.length) {
    let from = listEnd + 1;
    for (const listed of attachmentList) {
      const issued = titles.findIndex((t) => sameTitle(listed.title, t));
      if (issued >= 0 && starts.some((s) => s.kind === 'instrument' && s.number === issued + 1)) {
        issuedAs.set(listed.number, `${docId}/ins_${issued + 1}`);
        continue;
      }
      let found = -1;
      let label = '';
      for (let j = from; j < lines.length; j++) {
        const t = trimmed(lines[j]!);
        const h = attachmentLabel(t) ?? (attachmentList.length === 1 && BARE_ATTACHMENT.test(t) ? 1 : undefined);
        if (h === listed.number) {
          found = j;
          label = t.replace(/\s+/g, '');
          break;
        }
        // (Not a clause naming it: （一）《…申请表》； in the article listing what an application holds.)
        if (t && !t.includes('\t') && h === undefined && !NAMED_IN_CLAUSE.test(t) && sameTitle(t, listed.title)) {
          found = j;
          report('warning', 'missing-attachment-heading', `附件${listed.number}「${listed.title}」 has no "附件 ${listed.number}" line; matched by its title`, { line: lines[j]!.position.line });
          break;
        }
        // A later attachment's heading means this one is not here.
        if (h !== undefined && h > listed.number) break;
      }
      if (found < 0) continue;
      starts.push({ at: found, title: listed.title, kind: 'attachment', number: listed.number, label });
      from = found + 1;
    }
  }
  // Where nothing lists them, the attachments after an instrument (its own annex: 附　　件 ⏎ its title, printed after the
  // last article): each label opens one, its title the lines under it up to a blank line or a table's.
  if (!attachmentList.length) {
    const after = starts.find((s) => s.kind === 'instrument')?.at;
    for (let j = (after ?? lines.length) + 1; j < lines.length; j++) {
      const t = trimmed(lines[j]!);
      // 附件 only: a 附表 printed after an instrument is that instrument's table.
      const n = !/^附\s*件/u.test(t) ? undefined : (attachmentLabel(t) ?? (BARE_ATTACHMENT.test(t) ? 1 : undefined));
      if (n === undefined || attachmentList.some((a) => a.number === n)) continue;
      let k = j + 1;
      while (k < lines.length && trimmed(lines[k]!) === '') k++;
      const titleLines: string[] = [];
      while (k < lines.length && titleLines.length < 3 && trimmed(lines[k]!) !== '' && !lines[k]!.text.includes('\t') && !/[。；，：:]/u.test(trimmed(lines[k]!))) titleLines.push(trimmed(lines[k++]!));
      if (!titleLines.length) continue;
      const title = removeHanSpaces(titleLines.join('')).replace(/\s+/g, '');
      starts.push({ at: j, title, kind: 'attachment', number: n, label: t.replace(/\s+/g, ''), lines: k - j, titled: true });
      attachmentList.push({ number: n, title, line: lines[j]!.position.line });
      report('info', 'unlisted-attachment', `附件${n}「${title}」 is listed in no 附件说明; read from its label`, { line: lines[j]!.position.line });
    }
  }
  starts.sort((a, b) => a.at - b.at);
  const listFrom = listEnd >= 0 ? own.start : -1;

  const instruments: InstrumentNode[] = [];
  const attachments: AttachmentNode[] = [];
  const single = titles.length <= 1;
  // Before the first text, nothing but the label of an attachment that is an instrument (附件, 附件1), and page furniture (— 57 — after the last signature).
  const furniture = pageFurniture(lines);
  const leading = (starts.length ? lines.slice(0, starts[0]!.at) : lines).filter((l, k) => !furniture.has(k) && !(issuedAs.size && (BARE_ATTACHMENT.test(trimmed(l)) || issuedAs.has(attachmentLabel(trimmed(l)) ?? 0))));
  if (leading.some((l) => trimmed(l) !== '')) {
    const first = leading.find((l) => trimmed(l) !== '')!;
    report('warning', 'unplaced-text', `text after the signature that belongs to no instrument`, { line: first.position.line });
  }
  starts.forEach((start, k) => {
    const stop = starts[k + 1]?.at ?? lines.length;
    let bodyFrom = start.at + (start.lines ?? 1);
    let title = start.title;
    const titleLine = lines[start.at]!.position.line;
    let titleEnd = lines[bodyFrom - 1]!.position.line;
    if (start.titled) {
      // Its title read with it, over the lines it took.
    } else if (start.kind === 'attachment' && start.label) {
      // "附件 N" then the title on the next non-blank line (it may be printed slightly differently from the list).
      while (bodyFrom < stop && trimmed(lines[bodyFrom]!) === '') bodyFrom++;
      if (bodyFrom < stop && !lines[bodyFrom]!.text.includes('\t')) {
        title = removeHanSpaces(trimmed(lines[bodyFrom]!));
        titleEnd = lines[bodyFrom]!.position.line;
        bodyFrom++;
      }
    } else if (start.kind === 'attachment') {
      title = removeHanSpaces(trimmed(lines[start.at]!));
    }
    // The 附件 list is printed at the end of the instrument's body; it is kept on the document, not as body text.
    const bodyLines = lines.slice(bodyFrom, stop).filter((_, k) => !(bodyFrom + k >= listFrom && bodyFrom + k <= listEnd));
    const blocks = toBlocks(bodyLines);
    const form = bodyForm(blocks);
    if (start.kind === 'instrument') {
      const scope = single ? docId : `${docId}/ins_${start.number}`;
      instruments.push({
        id: `${docId}/ins_${start.number}`,
        type: 'instrument',
        title,
        kind: instrumentKind(title),
        form,
        position: { line: titleLine, endLine: titleEnd },
        children: form === 'articles' ? articleBody(blocks, scope, report) : outlineBody(blocks, scope, report),
      });
    } else {
      const scope = `${docId}/att_${start.number}`;
      attachments.push({
        id: scope,
        type: 'attachment',
        label: start.label,
        number: start.number,
        title,
        form,
        position: { line: titleLine, endLine: titleEnd },
        children: form === 'articles' ? articleBody(blocks, scope, report) : outlineBody(blocks, scope, report),
      });
    }
  });
  return { instruments, attachments, attachmentList, issuedAs };
}
