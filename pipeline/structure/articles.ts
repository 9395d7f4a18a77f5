/**
 * Statute-form bodies (立法法 layout): 章 / 节 / 条; the paragraphs of an article are 款 without numbers,
 * （一） are 项 and 1. are 目. Citations never name the chapter, so article ids hang off the instrument.
 * Whatever stands between the labels (a chapter's preamble, a bold line, a table, 节 with or without
 * 章, articles after the last chapter) is kept where it was printed.
 */
import type { Block, TableBlock, TextBlock } from './blocks.ts';
import type { ArticleNode, BodyNode, ChapterNode, ItemNode, ParagraphNode, SectionNode, SubitemNode, TableNode } from '../../schema/tree.ts';
import type { Report } from '../messages.ts';
import { outlineLabel, structureLabel } from '../../core/chinese/labels.ts';
import { isCaption, paragraphNodes, tableNode } from './body.ts';
import { IdSpace } from './ids.ts';

interface OpenArticle {
  node: ArticleNode;
  paragraphs: Array<{ block: TextBlock; items: ItemNode[] }>;
}

export function articleBody(blocks: Block[], scope: string, report: Report): BodyNode[] {
  const out: BodyNode[] = [];
  const ids = new IdSpace();
  let chapter: ChapterNode | undefined;
  let section: SectionNode | undefined;
  let article: OpenArticle | undefined;
  let item: ItemNode | undefined;
  let lastArticle = 0;
  let tables = 0;
  const paragraphCounts = new Map<string, number>();

  const closeArticle = () => {
    if (!article) return;
    const { node, paragraphs } = article;
    if (paragraphs.length === 1) {
      node.children = paragraphs[0]!.items;
    } else {
      // The first 款 is the article's opening text; every 款 is also a child so that 第二款 has an address.
      node.children = paragraphs.map(({ block, items }, i): ParagraphNode => {
        const id = `${node.id}/para_${i + 1}`;
        return {
          id,
          type: 'paragraph',
          number: i + 1,
          text: block.text,
          position: { line: block.line, endLine: block.endLine },
          children: items.map((it) => reId(it, node.id, id)),
        };
      });
      node.text = '';
    }
    article = undefined;
    item = undefined;
  };
  /** An article, a preamble paragraph or a table goes into the open section, else the open chapter, else the body. */
  const place = (node: ArticleNode | ParagraphNode | TableNode) => {
    if (section) section.children.push(node);
    else if (chapter) chapter.children.push(node);
    else out.push(node);
  };
  /**
   * A table goes after the article it is printed in (第九条 …收费标准如下表：), which stays open: the
   * text after the table that opens no unit (前款所称小型车…) is still that article's.
   */
  const placeTable = (raw: TableBlock, caption?: TextBlock) => {
    item = undefined;
    tables++;
    place(tableNode(raw, `${scope}/tbl_${tables}`, tables, caption));
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'table') {
      placeTable(block);
      continue;
    }
    const text = block.text;
    const position = { line: block.line, endLine: block.endLine };
    const label = structureLabel(text);
    if (label?.unit === '章') {
      closeArticle();
      section = undefined;
      if (chapter && label.number !== chapter.number + 1) report('warning', 'numbering-gap', `${label.label} follows chapter ${chapter.number}`, { line: block.line });
      const { id, before } = ids.take(`${scope}/chp_${label.number}`);
      if (before) report('warning', 'duplicate-number', `${label.label} is printed again; this one is ${id}`, { line: block.line });
      chapter = { id, type: 'chapter', label: label.label, number: label.number, title: label.rest.replace(/\s+/g, ''), position, children: [] };
      out.push(chapter);
    } else if (label?.unit === '节') {
      closeArticle();
      const { id, before } = ids.take(`${chapter?.id ?? scope}/sec_${label.number}`);
      if (before) report('warning', 'duplicate-number', `${label.label} is printed again; this one is ${id}`, { line: block.line });
      section = { id, type: 'section', label: label.label, number: label.number, title: label.rest.replace(/\s+/g, ''), position, children: [] };
      if (chapter) chapter.children.push(section);
      else out.push(section);
    } else if (label?.unit === '条') {
      closeArticle();
      const { number, suffix } = label;
      if (suffix === undefined && number !== lastArticle + 1 && number !== lastArticle) {
        report('warning', 'numbering-gap', `${label.label} follows article ${lastArticle}`, { line: block.line });
      }
      const { id, before } = ids.take(`${scope}/art_${number}${suffix ? `_${suffix}` : ''}`);
      if (before) report('warning', 'duplicate-number', `${label.label} is printed again (a misprint?); this one is ${id}`, { line: block.line });
      if (suffix === undefined) lastArticle = number;
      const node: ArticleNode = { id, type: 'article', label: label.label, number, text: label.rest, position, children: [] };
      article = { node, paragraphs: [{ block: { ...block, text: label.rest }, items: [] }] };
      place(node);
    } else if (article && outlineLabel(text)?.level === 2) {
      const m = outlineLabel(text)!;
      const paragraph = article.paragraphs[article.paragraphs.length - 1]!;
      const previous = paragraph.items[paragraph.items.length - 1];
      if (m.number !== (previous?.number ?? 0) + 1) report('warning', 'numbering-gap', `item ${m.label} follows item ${previous?.number ?? 0} in ${article.node.label}`, { line: block.line });
      const base = `${article.node.id}/item_${m.number}`;
      const taken = paragraph.items.filter((it) => it.number === m.number).length;
      item = { id: taken ? `${base}__${taken + 1}` : base, type: 'item', label: m.label, number: m.number, text: m.rest, position, children: [] };
      paragraph.items.push(item);
    } else if (item && outlineLabel(text)?.level === 3) {
      const m = outlineLabel(text)!;
      const previous = item.children[item.children.length - 1];
      if (m.number !== (previous?.number ?? 0) + 1) report('warning', 'numbering-gap', `subitem ${m.label} follows ${previous?.number ?? 0}`, { line: block.line });
      const base = `${item.id}/subitem_${m.number}`;
      const taken = item.children.filter((s) => s.number === m.number).length;
      const sub: SubitemNode = { id: taken ? `${base}__${taken + 1}` : base, type: 'subitem', label: m.label, number: m.number, text: m.rest, position };
      item.children.push(sub);
    } else if (item && (outlineLabel(text)?.level ?? 0) >= 4) {
      // （1） or ① below a 项 or 目 has no level of its own in a statute: it stays in the text above, so
      // that it does not pass for the article's next 款 and shift the numbers of the 款 after it.
      const holder = item.children[item.children.length - 1] ?? item;
      holder.text += text;
      holder.position = { ...holder.position, endLine: block.endLine };
    } else if (isCaption(block, blocks[i + 1])) {
      i++;
      placeTable(blocks[i] as TableBlock, block);
    } else if (article) {
      // An unnumbered paragraph inside an article is its next 款.
      article.paragraphs.push({ block, items: [] });
      item = undefined;
    } else {
      // A preamble: text before the first article, or between a chapter or section heading and its first article.
      const parent = section?.id ?? chapter?.id ?? scope;
      const next = () => {
        const n = (paragraphCounts.get(parent) ?? 0) + 1;
        paragraphCounts.set(parent, n);
        return n;
      };
      for (const p of paragraphNodes(block, parent, next)) place(p);
    }
  }
  closeArticle();
  return out;
}

/** Items were numbered under the article; once the article turns out to have several 款 they move under their 款. */
function reId(item: ItemNode, articleId: string, paragraphId: string): ItemNode {
  const id = item.id.replace(articleId, paragraphId);
  return { ...item, id, children: item.children.map((s) => ({ ...s, id: s.id.replace(item.id, id) })) };
}
