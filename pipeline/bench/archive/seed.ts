/**
 * The seed bulletin cut into the parts the generator recombines: its renditions (the seed file holds
 * the same issue twice, two extractions), and in each the documents as line templates (登记号, 文号,
 * title block, everything after it) and the 版记 that closes the issue. The cover and 目录 are not
 * kept: the generator writes them for each issue from its own documents.
 */
import { parseDocNumber } from '../../../core/chinese/doc-number.ts';
import { REGISTRATION_LINE } from '../../../core/chinese/registration.ts';

export interface SeedDocument {
  /** Serial of the 文号 (攸政办发〔2023〕1号 → 1): names the template. */
  serial: number;
  /** 攸政办发 */
  agency: string;
  /** Year of the 文号 (〔2023〕). */
  year: number;
  /** The 文号 as printed (攸政办发〔2023〕1号). */
  numberPrinted: string;
  /** The 登记号 line as printed (ZZYXDR—2023—01001), when there is one. */
  registration?: string;
  /** The title block between the 文号 and the 主送机关 line, blank lines dropped. */
  titleLines: string[];
  /** From the 主送机关 line to the end of the document (instruments, attachments, tables). */
  body: string[];
  /** 成文日期 of the notice, ISO. */
  date: string;
}

export interface SeedRendition {
  /** The rendition's lines as printed, cover to 版记. */
  text: string;
  documents: SeedDocument[];
  /** The 版记 that closes the issue: the 印发机关 line (the 印发日期 line is written per issue). */
  printedBy: string;
}

export interface Seed {
  /** Name of the bulletin (攸县人民政府公报) and issuer on the cover. */
  title: string;
  issuer: string;
  renditions: SeedRendition[];
}

const ISSUE_LINE = /^\d{4}\s*年\s*第\s*\d+\s*期$/;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const PRINTED_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印\s*发$/;

/** A 文号 standing on its own line (the same test the structure stage makes). */
function numberLine(text: string): ReturnType<typeof parseDocNumber> {
  const t = text.trim();
  if (t.length > 30) return undefined;
  const parsed = parseDocNumber(t);
  return parsed && t.replace(/\s+/g, '').endsWith('号') && t.replace(/\s+/g, '').startsWith(parsed.agency) ? parsed : undefined;
}

function iso(m: RegExpExecArray): string {
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

export function readSeed(text: string): Seed {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const nonBlank = (i: number) => lines[i]!.trim() !== '';
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) throw new Error('the seed is empty');
  const title = lines[first]!.trim();
  // Renditions start where the cover's first line comes back with a 年第N期 line right after it.
  const starts = [first];
  for (let i = first + 1; i < lines.length; i++) {
    if (lines[i]!.trim() !== title) continue;
    if (lines.slice(i + 1, i + 12).some((l) => ISSUE_LINE.test(l.trim()))) starts.push(i);
  }
  const coverLines = lines.slice(first, first + 12).map((l) => l.trim()).filter(Boolean);
  const issueAt = coverLines.findIndex((l) => ISSUE_LINE.test(l));
  if (issueAt < 1) throw new Error('the seed has no cover (name, issuer, 年第N期)');
  const issuer = coverLines.slice(1, issueAt).join('');

  const renditions = starts.map((start, r) => {
    const end = starts[r + 1] ?? lines.length;
    const docStarts: number[] = [];
    for (let i = start; i < end; i++) {
      if (!numberLine(lines[i]!)) continue;
      let s = i;
      let k = i - 1;
      while (k > start && !nonBlank(k)) k--;
      if (REGISTRATION_LINE.test(lines[k]!.trim())) s = k;
      docStarts.push(s);
    }
    if (docStarts.length === 0) throw new Error(`rendition ${r + 1} of the seed holds no document`);
    // The 版记 closing the issue: 印发机关, then 印发日期 as the last line.
    let last = end - 1;
    while (last > start && !nonBlank(last)) last--;
    let printedBy = '';
    let docsEnd = end;
    if (PRINTED_LINE.test(lines[last]!.trim())) {
      let k = last - 1;
      while (k > start && !nonBlank(k)) k--;
      printedBy = lines[k]!.trim();
      docsEnd = k;
    }
    const documents = docStarts.map((s, d) => readDocument(lines.slice(s, docStarts[d + 1] ?? docsEnd)));
    let textEnd = end;
    while (textEnd > start && !nonBlank(textEnd - 1)) textEnd--;
    return { text: `${lines.slice(r === 0 ? 0 : start, textEnd).join('\n')}\n`, documents, printedBy };
  });
  return { title, issuer, renditions };
}

function readDocument(lines: string[]): SeedDocument {
  let i = 0;
  const skip = () => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
  };
  skip();
  let registration: string | undefined;
  if (REGISTRATION_LINE.test(lines[i]!.trim())) {
    registration = lines[i]!.trim();
    i++;
    skip();
  }
  const parsed = numberLine(lines[i]!)!;
  const numberPrinted = lines[i]!.trim();
  i++;
  skip();
  const titleLines: string[] = [];
  while (i < lines.length && !/[：:]$/.test(lines[i]!.trim())) {
    if (lines[i]!.trim()) titleLines.push(lines[i]!.trim());
    i++;
  }
  if (i >= lines.length) throw new Error(`${numberPrinted}: no 主送机关 line after the title`);
  const body = lines.slice(i);
  // Trailing blank lines belong to no one.
  while (body.length && body[body.length - 1]!.trim() === '') body.pop();
  let date: string | undefined;
  for (const line of body) {
    const m = DATE_LINE.exec(line.trim());
    if (m) {
      date = iso(m);
      break;
    }
  }
  if (!date) throw new Error(`${numberPrinted}: no 成文日期`);
  return { serial: parsed.serial, agency: parsed.agency, year: parsed.year, numberPrinted, ...(registration ? { registration } : {}), titleLines, body, date };
}
