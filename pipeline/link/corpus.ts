/**
 * What the corpus offers as citation targets: documents by 文号, instruments/attachments/documents
 * by title, and for each node its place (bulletin, document, instrument, article, paragraph…).
 * Built once over every bulletin, so a citation resolves whichever bulletin holds its target.
 */
import type {
  ArticleNode,
  AttachmentNode,
  BulletinNode,
  DocumentNode,
  HeadingNode,
  InstrumentNode,
  ItemNode,
  ParagraphNode,
  TreeNode,
} from '../../schema/tree.ts';
import { titleMatchKey } from './titles.ts';
import { visitTree } from '../walk.ts';

export type Container = InstrumentNode | AttachmentNode;

/** The ancestors that matter for scope, nearest last. */
export interface Place {
  node: TreeNode;
  bulletin: BulletinNode;
  document?: DocumentNode;
  container?: Container;
  chapter?: TreeNode;
  section?: TreeNode;
  article?: ArticleNode;
  paragraph?: ParagraphNode;
  item?: ItemNode;
  /** The table the row belongs to (rows only). */
  table?: TreeNode;
}

export interface CorpusIndex {
  places: Map<string, Place>;
  /** Normalised 文号 → documents (one, unless the corpus holds a duplicate). */
  byDocNumber: Map<string, DocumentNode[]>;
  /** titleMatchKey → instruments, attachments and documents of that title. */
  byTitle: Map<string, Array<DocumentNode | Container>>;
  /** Articles of an articles-form container by number, wherever the chapters put them. */
  articles: Map<string, Map<number, ArticleNode[]>>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexCorpus(bulletins: BulletinNode[]): CorpusIndex {
  const index: CorpusIndex = { places: new Map(), byDocNumber: new Map(), byTitle: new Map(), articles: new Map() };
  const visit = (node: TreeNode, parent: Place | undefined, bulletin: BulletinNode): void => {
    const { node: _parentNode, ...inherited } = parent ?? { node, bulletin };
    const here: Place = { ...inherited, node };
    switch (node.type) {
      case 'document':
        here.document = node;
        if (node.docNumber) push(index.byDocNumber, node.docNumber, node);
        push(index.byTitle, titleMatchKey(node.title), node);
        break;
      case 'instrument':
      case 'attachment':
        here.container = node;
        if (node.title) push(index.byTitle, titleMatchKey(node.title), node);
        index.articles.set(node.id, new Map());
        break;
      case 'chapter':
        here.chapter = node;
        break;
      case 'section':
        here.section = node;
        break;
      case 'article':
        here.article = node;
        if (inherited.container) {
          const byNumber = index.articles.get(inherited.container.id)!;
          push(byNumber, node.number, node);
        }
        break;
      case 'paragraph':
        here.paragraph = node;
        break;
      case 'item':
        here.item = node;
        break;
      case 'table':
        here.table = node;
        break;
    }
    index.places.set(node.id, here);
  };
  // Pre-order: a node's parent has its place before the node is visited.
  for (const b of bulletins) visitTree(b, (node, ancestors) => visit(node, ancestors.length ? index.places.get(ancestors[ancestors.length - 1]!.id) : undefined, b));
  return index;
}

/** The 款 of an article: its paragraph children, or the article itself when it has a single 款. */
export function paragraphsOf(article: ArticleNode): Array<ParagraphNode | ArticleNode> {
  const paragraphs = article.children.filter((c): c is ParagraphNode => c.type === 'paragraph');
  if (paragraphs.length === 0) return [article];
  return article.text ? [article, ...paragraphs] : paragraphs;
}

/** The 项 under an article or under one of its 款. */
export function itemsOf(node: ArticleNode | ParagraphNode): ItemNode[] {
  return (node.children ?? []).filter((c): c is ItemNode => c.type === 'item');
}

/** Level-1 outline headings (一、二、…) of a container: the 项 of an outline instrument. */
export function topHeadings(container: Container): HeadingNode[] {
  return container.children.filter((c): c is HeadingNode => c.type === 'heading' && c.level === 1);
}

/** The instrument a document's citation names: its only instrument, if it has one. */
export function soleInstrument(doc: DocumentNode): InstrumentNode | undefined {
  const instruments = doc.children.filter((c): c is InstrumentNode => c.type === 'instrument');
  return instruments.length === 1 ? instruments[0] : undefined;
}
