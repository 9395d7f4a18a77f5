/**
 * Ingest of text/Markdown renditions. remark-parse finds the markup (bold, bullet markers);
 * everything else of the line is kept exactly as printed, so positions stay true to the file.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root, Nodes, List } from 'mdast';
import type { SourceLine, SourceText } from './source.ts';
import type { Report } from '../messages.ts';

/** Characters no extraction of a printed page should contain: a decoding failure or binary junk. */
const UNREADABLE = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

interface Cut {
  start: number;
  end: number;
  /** Bold text starts (true) or ends (false) here. */
  bold?: 'open' | 'close';
}

/** Turns the text of a rendition into source lines with markup removed. */
export function ingestText(content: string, file: string, report?: Report): SourceText {
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const cuts = markupCuts(text);

  const lines: SourceLine[] = [];
  let offset = 0;
  let cutIndex = 0;
  let boldOpen = false;
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const lineText = raw[i]!;
    if (report && UNREADABLE.test(lineText)) {
      report('warning', 'unreadable-line', `line holds characters that are not text (wrong encoding or binary data): ${JSON.stringify(lineText.slice(0, 40))}`, { line: i + 1 });
    }
    const lineEnd = offset + lineText.length;
    let out = '';
    let pos = offset;
    const bold: Array<[number, number]> = [];
    // Bold that opened on an earlier line (a title wrapped over lines) covers this one from its start.
    let boldStart: number = boldOpen ? 0 : -1;
    while (cutIndex < cuts.length && cuts[cutIndex]!.start < lineEnd + 1) {
      const cut = cuts[cutIndex++]!;
      if (cut.start < pos) continue;
      out += text.slice(pos, cut.start);
      pos = Math.min(cut.end, lineEnd);
      if (cut.bold === 'open') boldStart = out.length;
      if (cut.bold === 'close' && boldStart >= 0) {
        if (out.length > boldStart) bold.push([boldStart, out.length]);
        boldStart = -1;
      }
    }
    out += text.slice(pos, lineEnd);
    if (boldStart >= 0 && out.length > boldStart) bold.push([boldStart, out.length]);
    boldOpen = boldStart >= 0;
    lines.push({ type: 'line', text: out, bold, position: { line: i + 1 } });
    offset = lineEnd + 1;
  }
  return { type: 'source', file, children: lines };
}

// CommonMark does not close **…。** before a Han character; the CJK-friendly rule does, as authors intend.
const processor = unified().use(remarkParse).use(remarkCjkFriendly);

/** Lines that can carry markup remark would remove: emphasis, or a bullet at the start. */
const MAY_HAVE_MARKUP = /[*_]|^\s{0,3}[-+]\s/m;

/**
 * Markup to cut, as source offsets. Emphasis and list markers never cross a blank line, so each
 * paragraph (a run of non-blank lines) is parsed on its own, and only those that may hold markup:
 * most of a bulletin is plain text and tables, and parsing 700 KB at once costs most of a build.
 */
function markupCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  const paragraph = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    if (!MAY_HAVE_MARKUP.test(m[0])) continue;
    const tree = processor.runSync(processor.parse(m[0])) as Root;
    const local: Cut[] = [];
    collectMarkup(tree, local, false);
    for (const c of local) cuts.push({ ...c, start: c.start + m.index, end: c.end + m.index });
  }
  return cuts.sort((a, b) => a.start - b.start);
}

function collectMarkup(node: Nodes, cuts: Cut[], inOrderedList: boolean): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === 'strong' && start !== undefined && end !== undefined) {
    const first = node.children[0]?.position?.start.offset ?? start + 2;
    const last = node.children[node.children.length - 1]?.position?.end.offset ?? end - 2;
    cuts.push({ start, end: first, bold: 'open' });
    cuts.push({ start: last, end, bold: 'close' });
  }
  // Bullet markers ("- ") are noise of the extraction; ordered markers ("1. ") are the item's printed label.
  if (node.type === 'listItem' && !inOrderedList && start !== undefined) {
    const first = node.children[0]?.position?.start.offset;
    if (first !== undefined && first > start) cuts.push({ start, end: first });
  }
  if ('children' in node) {
    const ordered = node.type === 'list' ? Boolean((node as List).ordered) : inOrderedList;
    for (const child of node.children) collectMarkup(child as Nodes, cuts, ordered);
  }
}
