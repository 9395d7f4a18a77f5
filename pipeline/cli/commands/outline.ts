/** `gongbao outline <docNumber|id>`: one document's tree, as a lawyer would scan it. */
import type { BulletinFile } from '../../../schema/output.ts';
import type { DocumentNode, TreeNode } from '../../../schema/tree.ts';
import { parseDocNumber } from '../../../core/chinese/doc-number.ts';
import { isoDateOption, parseCommand } from '../args.ts';
import { ensureBuilt, readBuiltFiles } from '../../built.ts';
import { childrenOf } from '../../walk.ts';
import { today } from '../../../core/validity.ts';
import { formatTable } from '../../tables/index.ts';
import { annotator } from '../../link/outline.ts';
import { loadAuthorities } from './authorities.ts';

const spec = {
  options: { out: { type: 'string' }, corpus: { type: 'string' }, 'as-of': { type: 'string' } },
  positionals: [1, 1] as [number, number],
} as const;

/** The bulletins of <out>, building the data first when it is missing. */
export async function loadBuilt(out: string, corpus: string): Promise<BulletinFile[]> {
  await ensureBuilt({ out, corpus, need: 'data', log: (line) => process.stderr.write(`${line}\n`) });
  return readBuiltFiles(out);
}

export function findDocument(files: BulletinFile[], query: string): DocumentNode | undefined {
  const wanted = parseDocNumber(query)?.normalized;
  for (const f of files) {
    for (const d of f.bulletin.children) if (d.id === query || (wanted && d.docNumber === wanted)) return d;
  }
  return undefined;
}

function short(text: string, n = 60): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** One line per node, indented by depth: label, title or text, id. */
export function outlineLines(node: TreeNode, depth = 0, lines: string[] = [], annotate?: (node: TreeNode, pad: string) => string[]): string[] {
  const pad = '  '.repeat(depth);
  const n = node as TreeNode & { label?: string; title?: string; text?: string };
  if (node.type === 'table') {
    for (const line of formatTable(node)) lines.push(`${pad}${line}`);
    if (annotate) for (const row of node.children) lines.push(...annotate(row, pad).map((l) => `${l}  [${row.id}]`));
    return lines;
  }
  const title = n.title && !(node.type === 'paragraph' && n.text?.startsWith(n.title)) ? n.title : undefined;
  const head = [n.label, title, node.type === 'heading' ? undefined : n.text && short(n.text)]
    .filter(Boolean)
    .join(' ');
  const variants = 'variants' in node && node.variants?.length ? `  (other reading: ${node.variants.map((v) => `line ${v.line}`).join(', ')})` : '';
  // The printed page(s) of the node, where the bulletin was read from its PDF: what a citation names.
  const p = node.position;
  const page = p.printedPage !== undefined ? ` p. ${p.printedPage}${p.endPrintedPage !== undefined && p.endPrintedPage !== p.printedPage ? `–${p.endPrintedPage}` : ''}` : '';
  lines.push(`${pad}${node.type} ${head || (n.text ? short(n.text) : '')}  [${node.id}] line ${node.position.line}${page}${variants}`);
  if (annotate) lines.push(...annotate(node, pad));
  for (const c of childrenOf(node)) outlineLines(c, depth + 1, lines, annotate);
  return lines;
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, spec);
  const query = positionals[0]!;
  const out = values.out ?? 'dist';
  const corpus = values.corpus ?? 'corpus';
  const asOf = isoDateOption(values['as-of'], '--as-of') ?? today();
  const files = await loadBuilt(out, corpus);
  const doc = findDocument(files, query);
  if (!doc) {
    const known = files.flatMap((f) => f.bulletin.children.map((d) => d.docNumber));
    process.stderr.write(`no document ${query}; known: ${known.join(' ')}\n`);
    return 1;
  }
  const header = [
    `${doc.docNumber}${doc.registrationNumber ? `  登记号 ${doc.registrationNumber}` : ''}`,
    doc.title,
    `主送：${doc.addressees.join('、')}`,
    `${doc.issuer}  ${doc.date}${doc.printedBy ? `  (${doc.printedBy.issuer} ${doc.printedBy.date} 印发)` : ''}`,
    ...doc.attachments.map((a) => `附件${a.number}：${a.title}${a.id ? '' : '  (text not found)'}`),
    '',
  ];
  // References (→), backlinks (←) and 时效性 under each node, from the link stage.
  const file = files.find((f) => f.bulletin.children.includes(doc))!;
  const index = await loadAuthorities(out, corpus);
  const annotate = annotator(file, new Map(index.authorities.map((a) => [a.id, a])), asOf);
  process.stdout.write(`${[...header, ...annotate(doc, ''), ...doc.children.flatMap((c) => outlineLines(c, 0, [], annotate))].join('\n')}\n`);
  return 0;
}
