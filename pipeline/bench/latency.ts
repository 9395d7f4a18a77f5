/**
 * Query latency in Node, warm: each query searched `runs` times over a client that has read the index,
 * as the page does once its files are cached. Shared by `npm run bench` and `npm run bench:archive`.
 */
import { RESULTS_PER_PAGE, type SearchClient } from '../../core/search/client.ts';
import { percentile } from './metrics.ts';

export interface Latency {
  /** Per-query medians over the runs: what a query costs, without the scheduler's pauses on a busy machine. */
  p50: number;
  p95: number;
  max: number;
  /** Every run's time. */
  rawP50: number;
  rawP95: number;
  /** CPU time per run. */
  cpuP50: number;
  cpuP95: number;
  queries: number;
  runs: number;
}

/** Times `runs` searches of each query (a page of results each), in turn. */
export async function queryLatency(client: SearchClient, queries: string[], runs: number): Promise<Latency> {
  const perQuery: number[][] = queries.map(() => []);
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const [i, q] of queries.entries()) {
      const c = process.cpuUsage();
      const t = performance.now();
      await client.search(q, { limit: RESULTS_PER_PAGE });
      perQuery[i]!.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const times = perQuery.flat();
  const medians = perQuery.map((ts) => percentile(ts, 50));
  return {
    p50: percentile(medians, 50),
    p95: percentile(medians, 95),
    max: Math.max(...medians),
    rawP50: percentile(times, 50),
    rawP95: percentile(times, 95),
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
    queries: queries.length,
    runs,
  };
}
