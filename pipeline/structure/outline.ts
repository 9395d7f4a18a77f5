/**
 * Outline-form bodies (方案, 措施, many 办法): 一、 / （一） / 1. / （1） are heading levels, each with the
 * text that follows it. In an outline （一） is a heading, never a 项.
 */
import type { Block, TableBlock } from './blocks.ts';
import type { BodyNode, ChapterNode, HeadingNode, ParagraphNode, TableNode } from '../../schema/tree.ts';
import type { Report } from '../messages.ts';
import { NOTE_OPENING, noteNumber, outlineLabel, structureLabel } from '../../core/chinese/labels.ts';
import { isCaption, paragraphNodes, runInPassages, tableNode } from './body.ts';
import { FIELD_NAME } from './blocks.ts';

const CLOSING = /^本(?:办法|细则|方案|措施|规定|意见|清单|通知|决定)[^。]{0,40}(?:施行|执行|解释|有效期|废止)/;
/**
 * What a 决定 says after the amendments of a text (此外，对条文顺序作相应调整): it closes that text's list of
 * amendments, so it belongs to the point the list stands under (（一）对《…办法》作如下修改 of a 决定 revising
 * several texts, or the 决定 itself), not to the last amendment.
 */
const AFTER_AMENDMENTS = /^此外，对[^。]{0,30}作相应调整/;

/**
 * A field's label alone on its line (申请材料：, 办理流程：, as a 办事指南 prints its fields): the lines numbered 1. 2. …
 * under it are its list, as a note's are, no headings of the text. Not a sentence leading into points (具体目标为：,
 * 主要任务如下：), whose 1. 2. are the text's.
 */
const FIELD_ALONE = new RegExp(`^${FIELD_NAME}(?<![为是下])[:：]$`, 'u');

/** A table appended to a text, its caption opening with 附表 (附表 ⏎ …重大项目表, read as one caption). */
const APPENDED_TABLE = /^附\s*表/u;

/**
 * A chapter of an outline text (a 规划's 第一章　发展基础和面临形势, its 一、 and （一） inside): a line of its own, short,
 * no sentence in it.
 */
function outlineChapter(text: string): { number: number; label: string; title: string } | undefined {
  const label = structureLabel(text);
  if (label?.unit !== '章' || label.suffix !== undefined) return undefined;
  const title = label.rest.trim();
  return title.length > 0 && title.length <= 30 && !/[。；;，,：:]/u.test(title) ? { number: label.number, label: label.label, title } : undefined;
}

/** The heading proper: the whole text when short and unpunctuated, else the first sentence when short. */
function headingTitle(rest: string): string | undefined {
  const plain = rest.replace(/\s+/g, '');
  if (plain.length <= 40 && !/[。；，]/.test(plain.replace(/[。]$/, ''))) return plain.replace(/[。：:]$/, '');
  // The first sentence, when it is short: 2 to 40 characters, spaces not counted (a PDF may draw none).
  let count = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (/\s/.test(c)) continue;
    if (/[。：:]/.test(c)) return count >= 2 ? rest.slice(0, i).trim() : undefined;
    if (++count > 40) return undefined;
  }
  return undefined;
}

/** How many quotations a text opens and leaves open (“ less ”): negative where it closes one opened before. */
function openQuotes(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '“') n++;
  else if (ch === '”') n--;
  return n;
}

/** A quotation left open is closed within this many blocks, or it was a misprint, no quotation. */
const MAX_QUOTED_BLOCKS = 24;

/**
 * The blocks inside a quotation another block opened: a 决定's new wording (将第十七条修改为：“第十七条　… ⏎
 * （一）…； ⏎ （二）…。”) is the wording quoted, no heading of the text quoting it. A quotation over several paragraphs
 * may open each of them again, as Chinese prints it (“（一）…； ⏎ “（二）…。”): that “ continues the quotation, it opens
 * none inside it. A quotation not closed within MAX_QUOTED_BLOCKS blocks (a stray “) quotes nothing.
 */
export function quotedBlocks(blocks: readonly Block[]): Set<number> {
  const quoted = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const opener = blocks[i]!;
    if (opener.kind !== 'text') continue;
    let open = openQuotes(opener.text);
    if (open <= 0) continue;
    let k = i + 1;
    for (; k < blocks.length && k <= i + MAX_QUOTED_BLOCKS && open > 0; k++) {
      const block = blocks[k]!;
      if (block.kind === 'text') open += openQuotes(block.text) - (block.text.startsWith('“') ? 1 : 0);
    }
    if (open > 0) continue;
    for (let j = i + 1; j < k; j++) quoted.add(j);
    i = k - 1;
  }
  return quoted;
}

export function outlineBody(blocks: Block[], scope: string, report: Report): BodyNode[] {
  const out: BodyNode[] = [];
  const stack: HeadingNode[] = [];
  const paragraphCounters = new Map<string, number>();
  let tables = 0;
  const lastAtLevel = new Map<number, number>();
  // The chapter the lines stand in, once one is printed (a 规划's 第一章…): its 一、 restart under it.
  let chapter: ChapterNode | undefined;
  const chaptersPrinted = new Map<number, number>();
  const container = (): { id: string; children: Array<HeadingNode | ParagraphNode | TableNode> } =>
    stack[stack.length - 1] ?? (chapter as { id: string; children: Array<HeadingNode | ParagraphNode | TableNode> } | undefined) ?? { id: scope, children: out as Array<HeadingNode | ParagraphNode | TableNode> };

  // The notes under a table (说明：1.… ⏎ 2.…): the number the next one would print, −1 right after a
  // table (before its notes open), 0 elsewhere. A note numbered 2. is no heading 2. Notes whose word
  // the first one's number follows (填表说明：1.… under a form's lines to fill in) open wherever they stand.
  let note = 0;
  const inQuotation = quotedBlocks(blocks);
  for (let i = 0; i < blocks.length; i++) {
    const block: Block = blocks[i]!;
    const quoted = inQuotation.has(i);
    if (block.kind === 'table') {
      tables++;
      container().children.push(tableNode(block, `${scope}/tbl_${tables}`, tables));
      note = -1;
      continue;
    }
    if (isCaption(block, blocks[i + 1])) {
      // 附表 over its caption (a 规划's project table after its last chapter): the text's own, under no chapter or heading.
      if (APPENDED_TABLE.test(block.text)) {
        stack.length = 0;
        chapter = undefined;
      }
      tables++;
      container().children.push(tableNode(blocks[i + 1] as TableBlock, `${scope}/tbl_${tables}`, tables, block));
      i++;
      note = -1;
      continue;
    }
    const before = blocks[i - 1];
    const underField = before?.kind === 'text' && FIELD_ALONE.test(before.text.trim()) && noteNumber(block.text) === 1;
    const opens = underField || (NOTE_OPENING.test(block.text) && (note === -1 || noteNumber(block.text) === 1));
    const continues = note > 1 && noteNumber(block.text) === note;
    note = opens ? (noteNumber(block.text) ?? 0) + 1 : continues ? note + 1 : 0;
    const opensChapter = opens || continues || quoted ? undefined : outlineChapter(block.text);
    if (opensChapter) {
      const previous = chapter?.number ?? 0;
      if (opensChapter.number !== previous + 1) report('warning', 'numbering-gap', `chapter ${opensChapter.label} follows ${chapter?.label ?? 'nothing'}`, { line: block.line });
      // A chapter printed twice (a misprint) gets chp_3__2, as a heading does.
      const duplicates = chaptersPrinted.get(opensChapter.number) ?? 0;
      chaptersPrinted.set(opensChapter.number, duplicates + 1);
      if (duplicates) report('warning', 'duplicate-number', `chapter ${opensChapter.label} is printed again`, { line: block.line });
      chapter = { id: `${scope}/chp_${opensChapter.number}${duplicates ? `__${duplicates + 1}` : ''}`, type: 'chapter', label: opensChapter.label, number: opensChapter.number, title: opensChapter.title, position: { line: block.line, endLine: block.endLine }, children: [] };
      out.push(chapter);
      stack.length = 0;
      lastAtLevel.clear();
      continue;
    }
    const heading = opens || continues || quoted ? undefined : outlineLabel(block.text);
    // The closing clause (本措施自…起施行, 本方案由…负责解释) belongs to the whole text, not to its last heading.
    if (!heading && CLOSING.test(block.text)) {
      stack.length = 0;
      chapter = undefined;
    }
    if (!heading && !quoted && AFTER_AMENDMENTS.test(block.text)) stack.pop();
    if (!heading) {
      const parent = container();
      const next = () => {
        const n = (paragraphCounters.get(parent.id) ?? 0) + 1;
        paragraphCounters.set(parent.id, n);
        return n;
      };
      parent.children.push(...paragraphNodes(block, parent.id, next));
      continue;
    }
    while (stack.length && stack[stack.length - 1]!.level >= heading.level) stack.pop();
    const parent = container();
    const siblings = parent.children.filter((c): c is HeadingNode => c.type === 'heading' && c.level === heading.level);
    const previous = siblings[siblings.length - 1];
    // Numbering restarts under each parent, or runs on through the whole text (1.–27. across （一）…（六）).
    const runningOn = heading.number === (lastAtLevel.get(heading.level) ?? 0) + 1;
    if (heading.number !== (previous?.number ?? 0) + 1 && !runningOn) {
      report('warning', 'numbering-gap', `heading ${heading.label} follows ${previous?.label ?? 'nothing'} at the same level`, { line: block.line });
    }
    lastAtLevel.set(heading.level, heading.number);
    // A number printed twice under one parent (a misprint) gets hd_3__2, as articles do.
    const duplicates = siblings.filter((s) => s.number === heading.number).length;
    if (duplicates) report('warning', 'duplicate-number', `heading ${heading.label} is printed again under the same parent`, { line: block.line });
    const node: HeadingNode = {
      id: `${parent.id}/hd_${heading.number}${duplicates ? `__${duplicates + 1}` : ''}`,
      type: 'heading',
      label: heading.label,
      number: heading.number,
      level: heading.level,
      text: heading.rest,
      position: { line: block.line, endLine: block.endLine },
      children: [],
    };
    // Bold run-in headings inside the heading's paragraph open passages of their own under it.
    const offset = block.text.length - heading.rest.length;
    const passages = runInPassages({ ...block, text: heading.rest, bold: block.bold.map(([s, e]) => [s - offset, e - offset] as [number, number]).filter(([s]) => s >= 0) });
    node.text = passages[0]!.title === undefined ? passages.shift()!.text : '';
    const title = headingTitle(node.text || heading.rest);
    if (title) node.title = title;
    passages.forEach((p, k) => {
      const child: ParagraphNode = { id: `${node.id}/para_${k + 1}`, type: 'paragraph', text: p.text, position: node.position };
      if (p.title) child.title = p.title;
      node.children.push(child);
    });
    if (passages.length) paragraphCounters.set(node.id, passages.length);
    parent.children.push(node);
    stack.push(node);
  }
  return out;
}
