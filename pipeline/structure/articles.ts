/**
 * Statute-form bodies (立法法 layout): 章 / 节 / 条; the paragraphs of an article are 款 without numbers,
 * （一） are 项 and 1. are 目. Citations never name the chapter, so article ids hang off the instrument.
 */
import type { Block, TableBlock, TextBlock } from './blocks.ts';
import type { ArticleNode, BodyNode, ChapterNode, ItemNode, ParagraphNode, SectionNode, SubitemNode } from '../../schema/tree.ts';
import type { Report } from '../messages.ts';
import { parseNumeral } from '../../core/chinese/numerals.ts';
import { isCaption, paragraphNodes, tableNode } from './body.ts';

const N = '[〇零一二两三四五六七八九十百千]+';
const CHAPTER = new RegExp(`^第(${N})章\\s*(.*)$`);
const SECTION = new RegExp(`^第(${N})节\\s*(.*)$`);
const ARTICLE = new RegExp(`^(第(${N})条(?:之(${N}))?)\\s*(.*)$`);
const ITEM = /^([（(]([一二三四五六七八九十]+)[）)])\s*(.*)$/;
const SUBITEM = /^((\d+)[.．、])(?!\d)\s*(.*)$/;

interface OpenArticle {
  node: ArticleNode;
  paragraphs: Array<{ block: TextBlock; items: ItemNode[] }>;
}

export function articleBody(blocks: Block[], scope: string, report: Report): BodyNode[] {
  const out: BodyNode[] = [];
  let chapter: ChapterNode | undefined;
  let section: SectionNode | undefined;
  let article: OpenArticle | undefined;
  let item: ItemNode | undefined;
  let lastArticle = 0;
  let tables = 0;
  let loose = 0;

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
  const place = (node: BodyNode) => {
    if (section) section.children.push(node as ArticleNode);
    else if (chapter) chapter.children.push(node as ArticleNode);
    else out.push(node);
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'table') {
      closeArticle();
      tables++;
      place(tableNode(block, `${scope}/tbl_${tables}`, tables));
      continue;
    }
    const text = block.text;
    const position = { line: block.line, endLine: block.endLine };
    let m: RegExpExecArray | null;
    if ((m = CHAPTER.exec(text))) {
      closeArticle();
      section = undefined;
      const number = parseNumeral(m[1]!)!;
      if (chapter && number !== chapter.number + 1) report('warning', 'numbering-gap', `第${m[1]}章 follows chapter ${chapter.number}`, { line: block.line });
      chapter = { id: `${scope}/chp_${number}`, type: 'chapter', label: `第${m[1]}章`, number, title: m[2]!.replace(/\s+/g, ''), position, children: [] };
      out.push(chapter);
    } else if ((m = SECTION.exec(text))) {
      closeArticle();
      const number = parseNumeral(m[1]!)!;
      section = { id: `${chapter?.id ?? scope}/sec_${number}`, type: 'section', label: `第${m[1]}节`, number, title: m[2]!.replace(/\s+/g, ''), position, children: [] };
      if (chapter) chapter.children.push(section);
      else out.push(section as unknown as BodyNode);
    } else if ((m = ARTICLE.exec(text))) {
      closeArticle();
      const number = parseNumeral(m[2]!)!;
      const sub = m[3] ? parseNumeral(m[3]) : undefined;
      if (sub === undefined && number !== lastArticle + 1) {
        report('warning', 'numbering-gap', `${m[1]} follows article ${lastArticle}`, { line: block.line });
      }
      if (sub === undefined) lastArticle = number;
      const node: ArticleNode = {
        id: `${scope}/art_${number}${sub ? `_${sub}` : ''}`,
        type: 'article',
        label: m[1]!,
        number,
        text: m[4]!,
        position,
        children: [],
      };
      article = { node, paragraphs: [{ block: { ...block, text: m[4]! }, items: [] }] };
      place(node);
    } else if (article && (m = ITEM.exec(text))) {
      const paragraph = article.paragraphs[article.paragraphs.length - 1]!;
      const number = parseNumeral(m[2]!)!;
      const previous = paragraph.items[paragraph.items.length - 1];
      if (number !== (previous?.number ?? 0) + 1) report('warning', 'numbering-gap', `item ${m[1]} follows item ${previous?.number ?? 0} in ${article.node.label}`, { line: block.line });
      item = { id: `${article.node.id}/item_${number}`, type: 'item', label: m[1]!, number, text: m[3]!, position, children: [] };
      paragraph.items.push(item);
    } else if (item && (m = SUBITEM.exec(text))) {
      const number = Number(m[2]);
      const previous = item.children[item.children.length - 1];
      if (number !== (previous?.number ?? 0) + 1) report('warning', 'numbering-gap', `subitem ${m[1]} follows ${previous?.number ?? 0}`, { line: block.line });
      const sub: SubitemNode = { id: `${item.id}/subitem_${number}`, type: 'subitem', label: m[1]!, number, text: m[3]!, position };
      item.children.push(sub);
    } else if (article) {
      // An unnumbered paragraph inside an article is its next 款.
      article.paragraphs.push({ block, items: [] });
      item = undefined;
    } else if (isCaption(block, blocks[i + 1])) {
      i++;
      tables++;
      place(tableNode(blocks[i] as TableBlock, `${scope}/tbl_${tables}`, tables, block));
    } else {
      for (const p of paragraphNodes(block, scope, () => ++loose)) place(p);
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
