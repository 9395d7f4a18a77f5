/** The bench's measures: percentiles, set recall and precision, and rank-based query-set scores. */

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

/** Share of the truth found anywhere in the results (1 when there is nothing to find). */
export function recall(results: string[], truth: Set<string>): number {
  if (truth.size === 0) return 1;
  let found = 0;
  for (const id of new Set(results)) if (truth.has(id)) found++;
  return found / truth.size;
}

/**
 * Share of the first k results that are in the truth — of the first min(k, |truth|) when the truth
 * is smaller: a ranked search always fills its list (partial matches follow the exact ones), so the
 * question is whether the exact matches come first (1 for an empty list when the truth is empty too).
 */
export function precisionAt(results: string[], truth: Set<string>, k: number): number {
  const top = results.slice(0, truth.size > 0 ? Math.min(k, truth.size) : k);
  if (!top.length) return truth.size === 0 ? 1 : 0;
  return top.filter((id) => truth.has(id)).length / top.length;
}

/** 1-based rank of the first wanted result, or undefined when none is returned. */
export function firstRank(results: string[], wanted: string[]): number | undefined {
  const i = results.findIndex((id) => wanted.includes(id));
  return i < 0 ? undefined : i + 1;
}
