/** `gongbao outline <docNumber|id>`: one document's tree, as a lawyer would scan it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BulletinFile } from '../../../schema/output.ts';
import type { DocumentNode, TreeNode } from '../../../schema/tree.ts';
import { parseDocNumber } from '../../../core/chinese/doc-number.ts';
import { option, positionals } from '../args.ts';
import { build } from '../../build.ts';
import { readBuiltFiles } from '../../built.ts';
import { formatTable } from '../../tables/index.ts';
import { annotator } from '../../link/outline.ts';
import { loadAuthorities } from './authorities.ts';

export async function loadBuilt(out: string, corpus: string): Promise<BulletinFile[]> {
  if (existsSync(join(out, 'data'))) return readBuiltFiles(out);
  const result = await build({ corpus, out });
  if (!result.written) throw new Error(`no build in ${out}/ and building ${corpus}/ failed; run gongbao build to see why`);
  return result.files;
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
  lines.push(`${pad}${node.type} ${head || (n.text ? short(n.text) : '')}  [${node.id}] line ${node.position.line}${variants}`);
  if (annotate) lines.push(...annotate(node, pad));
  if ('children' in node && Array.isArray(node.children)) for (const c of node.children as TreeNode[]) outlineLines(c, depth + 1, lines, annotate);
  return lines;
}

export async function run(args: string[]): Promise<number> {
  const [query] = positionals(args, ['--out', '--corpus']);
  if (!query) {
    process.stderr.write('usage: gongbao outline <docNumber|id>   e.g. gongbao outline 攸政办发〔2023〕1号\n');
    return 2;
  }
  const files = await loadBuilt(option(args, '--out') ?? 'dist', option(args, '--corpus') ?? 'corpus');
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
  const index = await loadAuthorities(option(args, '--out') ?? 'dist', option(args, '--corpus') ?? 'corpus');
  const annotate = annotator(file, new Map(index.authorities.map((a) => [a.id, a])));
  process.stdout.write(`${[...header, ...annotate(doc, ''), ...doc.children.flatMap((c) => outlineLines(c, 0, [], annotate))].join('\n')}\n`);
  return 0;
}
