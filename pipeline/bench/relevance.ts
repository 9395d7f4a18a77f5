/**
 * Relevance on query sets written the way people ask (test/eval/: dev to tune on, test never tuned
 * on), per kind of query, for the project's search and for the plain MiniSearch baseline the issue
 * names: MiniSearch over the same units, its default OR combination and BM25, a Han-bigram tokenizer,
 * nothing tuned.
 */
import { readFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import type { SearchUnit } from '../index/units.ts';
import { normalizeSearchText, wordRuns } from '../../core/search/tokenize.ts';
import { firstRank, mean } from './metrics.ts';

export interface EvalQuery {
  id: string;
  query: string;
  kind: string;
  /** Unit ids a user would be glad to land on first; empty for a question the corpus does not answer. */
  expected: string[];
  note?: string;
}

export async function readEvalSet(path: string): Promise<EvalQuery[]> {
  return (JSON.parse(await readFile(path, 'utf8')) as { queries: EvalQuery[] }).queries;
}

/** Anything that answers a query with unit ids, best first. */
export type Ranker = (query: string) => Promise<string[]>;

/** Character bigrams of each run of letters, digits and Han characters (a run of one gives itself). */
function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of wordRuns(normalizeSearchText(text))) {
    if (run.length === 1) out.push(run[0]!);
    for (let i = 0; i + 1 < run.length; i++) out.push(run[i]! + run[i + 1]!);
  }
  return out;
}

/** The baseline: plain MiniSearch, OR and BM25 as it comes, Han bigrams for text and query alike. */
export function miniSearchBaseline(units: SearchUnit[]): Ranker {
  const ms = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], tokenize: bigrams, processTerm: (t) => t });
  ms.addAll(units.map((u) => ({ id: u.id, text: [u.text, ...u.variants].join('\n') })));
  return async (query) => ms.search(query).slice(0, 10).map((r) => r.id as string);
}

export interface KindScore {
  count: number;
  successAt1: number;
  successAt10: number;
  mrr: number;
}

export interface RelevanceReport {
  byKind: Record<string, KindScore>;
  all: KindScore;
  /** Queries whose best answer is not first: for looking at (on the dev half only). */
  misses: Array<{ query: EvalQuery; rank: number | undefined; top: string[] }>;
}

function score(ranks: Array<number | undefined>): KindScore {
  return {
    count: ranks.length,
    successAt1: mean(ranks.map((r) => (r === 1 ? 1 : 0))),
    successAt10: mean(ranks.map((r) => (r !== undefined && r <= 10 ? 1 : 0))),
    mrr: mean(ranks.map((r) => (r ? 1 / r : 0))),
  };
}

/** success@1, success@10 and MRR per kind (queries with no expected answer are left out). */
export async function evaluate(ranker: Ranker, queries: EvalQuery[]): Promise<RelevanceReport> {
  const ranks = new Map<string, Array<number | undefined>>();
  const misses: RelevanceReport['misses'] = [];
  const all: Array<number | undefined> = [];
  for (const q of queries) {
    if (q.expected.length === 0) continue;
    const found = (await ranker(q.query)).slice(0, 10);
    const rank = firstRank(found, q.expected);
    (ranks.get(q.kind) ?? ranks.set(q.kind, []).get(q.kind)!).push(rank);
    all.push(rank);
    if (rank !== 1) misses.push({ query: q, rank, top: found.slice(0, 3) });
  }
  return { byKind: Object.fromEntries([...ranks].map(([k, r]) => [k, score(r)])), all: score(all), misses };
}

const f3 = (n: number) => (Number.isNaN(n) ? '  -  ' : n.toFixed(3));

/** A table: one row per kind, ours beside the baseline. */
export function formatComparison(title: string, ours: RelevanceReport, baseline: RelevanceReport): string[] {
  const lines = [`${title}: success@1 / success@10 / MRR — gongbao vs plain MiniSearch (OR, BM25, bigrams)`];
  const kinds = [...new Set([...Object.keys(ours.byKind), ...Object.keys(baseline.byKind)])].sort();
  for (const kind of [...kinds, 'all']) {
    const o = kind === 'all' ? ours.all : ours.byKind[kind]!;
    const b = kind === 'all' ? baseline.all : baseline.byKind[kind]!;
    lines.push(
      `  ${kind.padEnd(9)} n=${String(o.count).padStart(3)}   ${f3(o.successAt1)} / ${f3(o.successAt10)} / ${f3(o.mrr)}   vs   ${f3(b.successAt1)} / ${f3(b.successAt10)} / ${f3(b.mrr)}`,
    );
  }
  return lines;
}
