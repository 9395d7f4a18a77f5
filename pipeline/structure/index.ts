/**
 * The structure stage: source lines → one bulletin tree per rendition. A file may hold the same issue
 * twice (two extractions); each rendition is structured on its own and the reconcile stage merges them.
 */
import type { SourceLine, SourceText } from '../ingest/source.ts';
import type { BulletinNode, DocumentNode } from '../../schema/tree.ts';
import type { Report } from '../messages.ts';
import { readCover } from './cover.ts';
import { docNumberLine, readDocument } from './document.ts';
import { pageFurniture } from './blocks.ts';
import { REGISTRATION_LINE } from '../../core/chinese/registration.ts';
import { toHalfWidth, titleKey } from '../../core/chinese/width.ts';
import { editDistance, sameTitle } from './titles.ts';

/** Where each rendition starts: the cover's first line, repeated later and followed by 年第N期. */
export function renditionStarts(lines: SourceLine[]): number[] {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0) return [];
  const key = titleKey(lines[first]!.text);
  const starts = [first];
  for (let i = first + 1; i < lines.length; i++) {
    if (titleKey(lines[i]!.text) !== key || lines[i]!.text.includes('\t')) continue;
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
  if (docStarts.length && docStarts[0]! > from) {
    const before = lines.slice(from, docStarts[0]);
    const furniture = pageFurniture(before);
    const stray = before.find((l, k) => l.text.trim() !== '' && !furniture.has(k));
    if (stray) report('warning', 'unplaced-text', 'text before the first document belongs to none', { line: stray.position.line });
  }
  const children: DocumentNode[] = [];
  docStarts.forEach((start, k) => {
    const doc = readDocument(lines.slice(start, docStarts[k + 1] ?? lines.length), report);
    if (doc) children.push(doc);
  });

  normalizeRegistrations(children, report);
  const contents = (cover?.contents ?? []).map((entry) => {
    const doc = children.find((d) => sameTitle(d.title, entry.title));
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
