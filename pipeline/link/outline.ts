/**
 * A node's links for `gongbao outline`: the citations in its text and the places that cite it.
 */
import type { Authority, CitedBy, Reference, Target, Validity } from '../../schema/reference.ts';
import type { TreeNode } from '../../schema/tree.ts';
import { toNumeral } from '../../core/chinese/numerals.ts';
import { articleLabel } from './pinpoints.ts';
import { validityStatus } from '../../core/validity.ts';

export interface NodeLinks {
  references: Reference[];
  citedBy: CitedBy[];
}

export function linksOf(file: { references?: Reference[] | undefined; citedBy?: Record<string, CitedBy[]> | undefined }, id: string): NodeLinks {
  return {
    references: (file.references ?? []).filter((r) => r.from === id),
    citedBy: file.citedBy?.[id] ?? [],
  };
}

/** 中华人民共和国行政处罚法 第七十九条, 攸政办发〔2023〕8号 yzbf-2023-8/hd_2 … */
export function describeTarget(target: Target | null, authorities: Map<string, Authority>): string {
  if (!target) return '(unresolved)';
  if (target.type === 'node') return target.id;
  const a = authorities.get(target.authority);
  const name = a?.title ? `《${a.title}》` : (a?.docNumber ?? target.authority);
  const pin = [
    target.article !== undefined ? articleLabel(target.article, target.articleSuffix) : '',
    target.paragraph !== undefined ? `第${toNumeral(target.paragraph)}款` : '',
    target.item !== undefined ? `第（${toNumeral(target.item)}）项` : '',
    target.subitem !== undefined ? `第${target.subitem}目` : '',
  ].join('');
  if (!pin) return `${name}${a?.kind ? ` ${a.kind}` : ''}（外部）`;
  return `${name}${pin}`;
}

/** Lines to print under a node in the outline: → for its citations, ← for its backlinks. */
export function linkLines(links: NodeLinks, authorities: Map<string, Authority>, pad: string): string[] {
  const lines: string[] = [];
  // One line per citation as printed, its targets joined (第二、三、四、五项 → hd_2, hd_3 …).
  const bySpan = new Map<string, Reference[]>();
  for (const r of links.references) {
    if (r.kind === 'self') continue;
    const key = `${r.field}:${r.span[0]}`;
    (bySpan.get(key) ?? bySpan.set(key, []).get(key)!).push(r);
  }
  for (const group of bySpan.values()) {
    lines.push(`${pad}→ ${group[0]!.surface}  ${group.map((r) => describeTarget(r.target, authorities)).join(', ')}`);
  }
  for (const c of links.citedBy) lines.push(`${pad}← ${c.from}「${c.surface}」${c.line ? ` line ${c.line}` : ''}`);
  return lines;
}

/** 施行中（2023-02-01 起）, 已失效（2024-01-01 至 2024-06-30）: the 时效性 mark of a node on `asOf`. */
export function validityMark(v: Validity, asOf: string): string {
  const period = v.effectiveUntil ? `${v.effectiveFrom ?? '?'} 至 ${v.effectiveUntil}` : `${v.effectiveFrom ?? '?'} 起`;
  const basis = v.basis === 'date-of-issue' ? '，未载明施行日期，以成文日期计' : v.statedIn ? `，见 line ${v.statedIn.line}` : '';
  return `${validityStatus(v, asOf) ?? '时效未知'}（${period}${basis}）`;
}

/** For `gongbao outline`: the lines to print under each node (its 时效性, citations and backlinks). */
export function annotator(
  file: { references?: Reference[] | undefined; citedBy?: Record<string, CitedBy[]> | undefined },
  authorities: Map<string, Authority>,
  asOf: string,
): (node: TreeNode, pad: string) => string[] {
  return (node, pad) => {
    const lines: string[] = [];
    const validity = (node as { validity?: Validity }).validity;
    if (validity) lines.push(`${pad}  时效性：${validityMark(validity, asOf)}`);
    lines.push(...linkLines(linksOf(file, node.id), authorities, `${pad}  `));
    return lines;
  };
}
