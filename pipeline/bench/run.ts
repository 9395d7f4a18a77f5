/**
 * `npm run bench`: builds the corpus into a temporary folder and measures what the search promises —
 * build time per stage, index size, bytes the page loads before its first result, query latency in
 * Node, Ctrl-F recall and precision over random substrings, and the query set's success and MRR.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from '../build.ts';
import { RESULTS_PER_PAGE, SearchClient } from '../../core/search/client.ts';
import { normalizeSearchText } from '../../core/search/tokenize.ts';
import { diskFetcher } from '../index/local.ts';
import { segmentWords } from '../index/words.ts';
import { buildSearchIndex, searchableText, writeIndexFiles } from '../index/write.ts';
import { firstRank, mean, percentile, precisionAt, recall } from './metrics.ts';
import { queryLatency, type Latency } from './latency.ts';
import { sampleSubstrings } from './substrings.ts';
import { sampleSlips } from './slips.ts';
import { citationCases } from './citations.ts';
import { evaluate, formatComparison, miniSearchBaseline, readEvalSet, type RelevanceReport } from './relevance.ts';
import { benchPdf, type PdfBench } from '../ingest/pdf/bench.ts';
import { benchOcr, type OcrBench } from './ocr.ts';
import { removeOutput } from '../output.ts';

export interface BenchOptions {
  corpus: string;
  /** The tuned query set (written while tuning: not a held-out measure). */
  queries: string;
  /** Query sets written blind (test/eval/): the dev half tuned on, the test half never. */
  /**
   * Blind query sets; a held-out one names the tuned-on sets (`tunedOn`) whose queries it may share
   * (sets written apart can hold the same short query): it is scored whole and without those.
   */
  evalSets: Array<{ name: string; path: string; tunedOn?: string[] }>;
  seed: number;
  substrings: number;
  /** Timed runs of each query for latency. */
  repeat: number;
  /** PDFs whose ingest is timed against pdfjs alone (none: skip). */
  pdfs?: string[];
  /** A scanned PDF to time OCR on, when the OCR packages are installed. */
  ocr?: string;
  log: (line: string) => void;
}

/** A query of the query set: the units a person would want on top, best first. */
export interface QueryCase {
  query: string;
  want: string[];
  note?: string;
}

export interface BenchReport {
  timings: Record<string, number>;
  /** Index segments (one per bulletin) computed now and taken from the cache. */
  segment: { cached: number; built: number };
  units: number;
  index: { files: number; raw: number; gzip: number };
  firstResult: { median: number; max: number; pageAssets: number; worstQuery: string; queries: number; over150: number };
  /** p50/p95 over each query's median of `runs` runs; raw over every run. */
  latency: Latency;
  substrings: { count: number; recall: number; precisionAt10: number; misses: string[] };
  /** Generated homophone slips of distinctive words (slips.ts): how often the first result prints the word meant, and a correction is offered. */
  slips: { count: number; firstPrints: number; corrected: number; misses: string[] };
  /** Generated citations of every article, 款, item, outline heading and numbered row (citations.ts): how often the unit cited comes first. */
  citations: { count: number; first: number; misses: string[] };
  querySet: { count: number; successAt1: number; successAt10: number; mrr: number; failures: string[] };
  /** Per blind set: gongbao and the plain MiniSearch baseline, per kind of query. */
  relevance: Array<{ name: string; ours: RelevanceReport; baseline: RelevanceReport }>;
  /**
   * Per blind set, its questions the bulletin does not answer (kind none): how many get no result,
   * how many a first result that says it lacks a word of the question (缺少), the rest an answer
   * without that mark.
   */
  unanswered: Array<{ name: string; count: number; empty: number; marked: number }>;
  /** The queries the issue names, and the rank of their answer (top 3 wanted). */
  named: Array<{ query: string; rank: number | undefined; corrected: string }>;
  /** The PDF ingest against pdfjs alone, per file. */
  pdf: PdfBench[];
  /** OCR per page (absent when its packages are not installed or no scan was given). */
  ocr?: OcrBench | { skipped: string };
}

/** The queries issue 10 names, each with the units that answer it. */
const NAMED_QUERIES: Array<{ query: string; want: string[] }> = [
  { query: '违建细则 第十条', want: ['yzbf-2023-4/ins_1/art_10'] },
  { query: '国资办法 第五条', want: ['yzbf-2023-6/art_5'] },
  { query: '安全生产番身仗', want: ['yzbf-2023-2/att_5'] },
  { query: '契税补帖', want: ['yzbf-2023-8/hd_2'] },
  { query: '开饭店 许可', want: ['yzbf-2023-7/tbl_1/row_231', 'yzbf-2023-7/tbl_2/row_8'] },
  { query: '消防 网格员 职责', want: ['yzbf-2023-9/hd_4/hd_4'] },
];

function gzipBytes(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/**
 * Bytes of the search page itself (HTML and the scripts and styles it links, and the modules its
 * scripts import statically), gzip, if the site was built; and of the modules its scripts import
 * lazily (`import("./spell-….js")`: the spelling check, counted for a query that loaded it).
 */
async function pageAssetBytes(siteDir: string): Promise<{ bytes: number; lazy: Map<string, number> }> {
  const page = join(siteDir, 'index.html');
  const lazy = new Map<string, number>();
  if (!existsSync(page)) return { bytes: 0, lazy };
  const html = await readFile(page, 'utf8');
  let bytes = gzipBytes(html);
  const refs = [...html.matchAll(/(?:src|href)="([^"#?]+\.(?:js|mjs|css))(?:[?#][^"]*)?"/g)].map((m) => m[1]!.replace(/^\//, ''));
  const seen = new Set<string>();
  // A script imported lazily (import("./spell-….js")) counts under its own name, with what it imports
  // that the page does not load already.
  const visit = async (ref: string, lazyRoot: string | undefined): Promise<void> => {
    if (/^[a-z]+:/i.test(ref) || seen.has(ref)) return;
    seen.add(ref);
    const file = join(siteDir, ref);
    if (!existsSync(file)) return;
    const content = await readFile(file, 'utf8');
    if (lazyRoot === undefined) bytes += gzipBytes(content);
    else lazy.set(lazyRoot, (lazy.get(lazyRoot) ?? 0) + gzipBytes(content));
    if (!ref.endsWith('js')) return;
    const dir = ref.slice(0, ref.lastIndexOf('/') + 1);
    for (const m of content.matchAll(/(import\(|from|import)\s*"\.\/([^"]+\.js)"/g)) {
      const target = dir + m[2]!;
      if (m[1] === 'import(' && lazyRoot === undefined) lazies.push(target);
      else await visit(target, lazyRoot);
    }
  };
  const lazies: string[] = [];
  for (const ref of refs) await visit(ref, undefined);
  for (const ref of lazies) await visit(ref, ref.slice(ref.lastIndexOf('/') + 1).replace(/-[^-]*\.js$/, ''));
  return { bytes, lazy };
}


export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { log } = options;
  const out = await mkdtemp(join(tmpdir(), 'gongbao-bench-'));
  try {
    const t0 = performance.now();
    const result = await build({ corpus: resolve(options.corpus), out });
    const buildMs = performance.now() - t0;
    if (!result.written) throw new Error('the build failed; run gongbao build to see why');
    const siteDir = join(out, 'site');
    const timings: Record<string, number> = { ...result.timings };
    // The index is built here in any case, for its units and segmentation numbers; it is written
    // (and timed as the index stage) only when the build did not write it itself.
    const t1 = performance.now();
    const built = await buildSearchIndex(result.files);
    if (!existsSync(join(siteDir, 'search', 'manifest.json'))) {
      await writeIndexFiles(built, siteDir);
      timings.index = performance.now() - t1;
    }
    if (!existsSync(join(siteDir, 'index.html'))) {
      // Nor the site: write it too, so that the page's own bytes are counted below.
      const { writeSite } = await import('../site/index.ts');
      const t = performance.now();
      await writeSite(result.files, siteDir);
      timings.site = performance.now() - t;
    }
    timings.total = buildMs + (result.timings.index === undefined ? (timings.index ?? 0) : 0) + (result.timings.site === undefined ? (timings.site ?? 0) : 0);

    // Index size: every file under search/.
    const index = { files: 0, raw: 0, gzip: 0 };
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else {
          index.files++;
          index.raw += (await stat(path)).size;
          index.gzip += gzipBytes(await readFile(path));
        }
      }
    };
    await walk(join(siteDir, 'search'));

    const queries = JSON.parse(await readFile(options.queries, 'utf8')) as QueryCase[];
    const evalSets = await Promise.all(options.evalSets.map(async (s) => ({ name: s.name, queries: await readEvalSet(s.path) })));
    const blind = evalSets.flatMap((s) => s.queries.map((q) => q.query));
    const units = built.units;
    const ids = units.map((u) => u.id);
    const cases = sampleSubstrings(units.map(searchableText), options.substrings, options.seed);

    // Bytes before the first result: a fresh client per query (query set and substrings), as a
    // first visit to the page: its HTML, script and style, then the search files it fetches.
    const { bytes: pageAssets, lazy: lazyAssets } = await pageAssetBytes(siteDir);
    const gzipped = new Map<string, number>();
    const loads: Array<{ query: string; bytes: number }> = [];
    for (const query of [...queries.map((q) => q.query), ...blind, ...cases.map((c) => c.query)]) {
      let bytes = pageAssets;
      const client = await SearchClient.open(
        diskFetcher(siteDir, (path, content) => {
          if (!gzipped.has(path)) gzipped.set(path, gzipBytes(content));
          bytes += gzipped.get(path)!;
        }),
      );
      // As the page asks: a page of results.
      await client.search(query, { limit: RESULTS_PER_PAGE });
      if (client.spellerLoaded) bytes += lazyAssets.get('spell') ?? 0;
      if (client.versionsLoaded) bytes += lazyAssets.get('versions') ?? 0;
      loads.push({ query, bytes });
    }
    const worst = loads.reduce((a, b) => (b.bytes > a.bytes ? b : a));

    // Warm client for everything else.
    const client = await SearchClient.open(diskFetcher(siteDir));
    await client.loadAll();

    // Ctrl-F: substrings and their truth, from the same units the index was built from.
    const recalls: number[] = [];
    const precisions: number[] = [];
    const misses: string[] = [];
    for (const c of cases) {
      const truth = new Set([...c.truth].map((u) => ids[u]!));
      const found = (await client.search(c.query, { limit: Infinity })).map((r) => r.id);
      const r = recall(found, truth);
      const p = precisionAt(found, truth, 10);
      recalls.push(r);
      precisions.push(p);
      if (r < 1 || p < 1) misses.push(`${c.query} (recall ${r.toFixed(2)}, p@10 ${p.toFixed(2)})`);
    }

    // The query set.
    let at1 = 0;
    let at10 = 0;
    const reciprocal: number[] = [];
    const failures: string[] = [];
    for (const q of queries) {
      const found = (await client.search(q.query, { limit: RESULTS_PER_PAGE })).slice(0, 10).map((r) => r.id);
      const rank = firstRank(found, q.want);
      if (rank === 1) at1++;
      if (rank !== undefined) at10++;
      reciprocal.push(rank ? 1 / rank : 0);
      if (rank !== 1) failures.push(`${q.query}: wanted ${q.want[0]} at 1, ${rank ? `got it at ${rank}` : 'not in the top 10'} (top: ${found[0] ?? '-'})`);
    }

    // Latency, warm, over the query set and the substrings.
    // Blind sets against the baseline, per kind; the named queries.
    const baseline = miniSearchBaseline(units);
    // The page's ranking: the first ten of a page of results.
    const ours = async (query: string) => (await client.search(query, { limit: RESULTS_PER_PAGE })).slice(0, 10).map((r) => r.id);
    const relevance: BenchReport['relevance'] = [];
    for (const [k, s] of evalSets.entries()) {
      relevance.push({ name: s.name, ours: await evaluate(ours, s.queries), baseline: await evaluate(baseline, s.queries) });
      const tunedOn = options.evalSets[k]!.tunedOn;
      if (!tunedOn?.length) continue;
      const key = (text: string) => text.replace(/\s+/g, '');
      const tuned = new Set((await Promise.all(tunedOn.map(readEvalSet))).flat().map((q) => key(q.query)));
      const unseen = s.queries.filter((q) => !tuned.has(key(q.query)));
      const shared = s.queries.length - unseen.length;
      relevance.push({ name: `${s.name}, less the ${shared} queries also in a tuned-on set`, ours: await evaluate(ours, unseen), baseline: await evaluate(baseline, unseen) });
    }
    const unanswered: BenchReport['unanswered'] = [];
    for (const s of evalSets) {
      const none = s.queries.filter((q) => q.expected.length === 0);
      if (!none.length) continue;
      const entry = { name: s.name, count: none.length, empty: 0, marked: 0 };
      for (const q of none) {
        const [first] = await client.search(q.query, { limit: RESULTS_PER_PAGE });
        if (!first) entry.empty++;
        else if (first.missing?.length) entry.marked++;
      }
      unanswered.push(entry);
    }
    // Generated slips, typed alone: the first result prints the word meant.
    const { words: unitWords } = await segmentWords(units.map(searchableText));
    const slipCases = sampleSlips(units.map(searchableText), unitWords, 300, options.seed);
    const slips: BenchReport['slips'] = { count: slipCases.length, firstPrints: 0, corrected: 0, misses: [] };
    for (const c of slipCases) {
      const answer = await client.find(c.query, { limit: RESULTS_PER_PAGE });
      const first = answer.results[0];
      if (first && normalizeSearchText(first.text).includes(c.word)) slips.firstPrints++;
      else slips.misses.push(`${c.query} (${c.word})`);
      if (answer.corrected.length) slips.corrected++;
    }
    // Generated citations, typed alone: the unit cited comes first.
    const citations: BenchReport['citations'] = { count: 0, first: 0, misses: [] };
    for (const c of citationCases(result.files, options.seed)) {
      const answer = await client.find(c.query, { limit: RESULTS_PER_PAGE });
      citations.count++;
      const first = answer.results[0]?.id;
      if (first === c.id || (first !== undefined && c.also?.includes(first))) citations.first++;
      else citations.misses.push(`${c.query} (${c.id}; first ${answer.results[0]?.id ?? 'none'})`);
    }
    const named: BenchReport['named'] = [];
    for (const n of NAMED_QUERIES) {
      const answer = await client.find(n.query, { limit: RESULTS_PER_PAGE });
      named.push({ query: n.query, rank: firstRank(answer.results.map((r) => r.id), n.want), corrected: answer.corrected.map((c) => `${c.from}→${c.to}`).join(' ') });
    }

    const latencyQueries = [...queries.map((q) => q.query), ...blind, ...cases.map((c) => c.query)];
    const latency = await queryLatency(client, latencyQueries, options.repeat);

    const report: BenchReport = {
      timings,
      segment: built.segment,
      units: units.length,
      index,
      firstResult: {
        median: percentile(loads.map((l) => l.bytes), 50),
        max: worst.bytes,
        pageAssets,
        worstQuery: worst.query,
        queries: loads.length,
        over150: loads.filter((l) => l.bytes > 150 * 1024).length,
      },
      latency,
      substrings: { count: cases.length, recall: mean(recalls), precisionAt10: mean(precisions), misses },
      slips,
      citations,
      querySet: { count: queries.length, successAt1: at1 / queries.length, successAt10: at10 / queries.length, mrr: mean(reciprocal), failures },
      relevance,
      unanswered,
      named,
      pdf: [],
    };
    for (const path of options.pdfs ?? []) report.pdf.push(await benchPdf(path));
    if (options.ocr) report.ocr = await benchOcr(options.ocr);
    log(formatReport(report));
    return report;
  } finally {
    await removeOutput(out);
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatReport(r: BenchReport): string {
  const lines: string[] = [];
  lines.push('build time per stage (ms):');
  for (const [stage, ms] of Object.entries(r.timings)) lines.push(`  ${stage.padEnd(10)} ${ms.toFixed(1).padStart(8)}`);
  lines.push(
    `search units: ${r.units}; index segments: ${r.segment.built} computed, ${r.segment.cached} from the cache`,
  );
  lines.push(`index: ${r.index.files} files, ${kb(r.index.raw)} raw, ${kb(r.index.gzip)} gzip`);
  lines.push(
    `loaded before the first result (gzip, fresh page, query set and substrings): median ${kb(r.firstResult.median)}, max ${kb(r.firstResult.max)} (${r.firstResult.worstQuery}), over 150 KB ${r.firstResult.over150} of ${r.firstResult.queries}` +
      (r.firstResult.pageAssets ? `, of which page HTML/JS/CSS ${kb(r.firstResult.pageAssets)}` : ', search files only (no site built)'),
  );
  lines.push(
    `query latency (Node, warm, ${r.latency.queries} queries × ${r.latency.runs} runs, per-query median): p50 ${r.latency.p50.toFixed(2)} ms, p95 ${r.latency.p95.toFixed(2)} ms, max ${r.latency.max.toFixed(2)} ms` +
      `; every run: p50 ${r.latency.rawP50.toFixed(2)} ms, p95 ${r.latency.rawP95.toFixed(2)} ms; CPU time per run: p50 ${r.latency.cpuP50.toFixed(2)} ms, p95 ${r.latency.cpuP95.toFixed(2)} ms` +
      ` (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  lines.push(
    `substrings (${r.substrings.count}, 2–8 chars, fixed seed): recall ${r.substrings.recall.toFixed(3)}, precision@10 ${r.substrings.precisionAt10.toFixed(3)}`,
  );
  for (const m of r.substrings.misses.slice(0, 10)) lines.push(`  miss: ${m}`);
  lines.push(
    `generated homophone slips (${r.slips.count}, distinctive words of 3–4 characters, one character read alike, fixed seed): first result prints the word meant ${(r.slips.firstPrints / Math.max(1, r.slips.count)).toFixed(3)}, a correction offered ${(r.slips.corrected / Math.max(1, r.slips.count)).toFixed(3)}`,
  );
  for (const m of r.slips.misses.slice(0, 10)) lines.push(`  miss: ${m}`);
  lines.push(`generated citations (${r.citations.count}, every article, 款, item, outline heading and numbered row under a name of its text, in the forms of citations.ts, fixed seed): the unit cited first ${(r.citations.first / Math.max(1, r.citations.count)).toFixed(3)}`);
  for (const m of r.citations.misses.slice(0, 10)) lines.push(`  miss: ${m}`);
  lines.push(
    `tuned query set test/queries.json (${r.querySet.count}, written while tuning, not held out): success@1 ${r.querySet.successAt1.toFixed(3)}, success@10 ${r.querySet.successAt10.toFixed(3)}, MRR ${r.querySet.mrr.toFixed(3)}`,
  );
  for (const f of r.querySet.failures) lines.push(`  ${f}`);
  for (const s of r.relevance) lines.push(...formatComparison(s.name, s.ours, s.baseline));
  if (r.unanswered.length) {
    const sum = (k: 'count' | 'empty' | 'marked') => r.unanswered.reduce((n, u) => n + u[k], 0);
    lines.push(
      `questions the bulletin does not answer (kind none, ${sum('count')} in ${r.unanswered.length} sets): no result ${sum('empty')}, first result marked as lacking a word (缺少) ${sum('marked')}, answered without that mark ${sum('count') - sum('empty') - sum('marked')}`,
    );
    for (const u of r.unanswered) lines.push(`  ${u.name}: ${u.count}: no result ${u.empty}, marked ${u.marked}, unmarked ${u.count - u.empty - u.marked}`);
  }
  lines.push('queries the issue names (answer wanted in the top 3):');
  for (const n of r.named) lines.push(`  ${n.query.padEnd(12, '　')} rank ${n.rank ?? '-'}${n.corrected ? `  (您是不是要找 ${n.corrected})` : ''}`);
  for (const b of r.pdf) {
    lines.push(
      `PDF ingest, ${b.file} (${b.pages} pages): ${b.pagesPerSecond.ingest.toFixed(1)} pages/s; pdfjs alone (getTextContent + getOperatorList) ${b.pagesPerSecond.pdfjs.toFixed(1)} pages/s; ingest / pdfjs ${b.ratio.toFixed(2)}× wall clock, ${b.cpu.ratio.toFixed(2)}× CPU`,
    );
  }
  if (r.ocr && 'skipped' in r.ocr) lines.push(`OCR: skipped (${r.ocr.skipped})`);
  else if (r.ocr) lines.push(`OCR, ${r.ocr.file}: ${r.ocr.pages} page(s), ${(r.ocr.msPerPage / 1000).toFixed(1)} s/page (render ${(r.ocr.renderMs / r.ocr.pages / 1000).toFixed(1)} s, recognise ${(r.ocr.recogniseMs / r.ocr.pages / 1000).toFixed(1)} s), ${r.ocr.characters} characters read`);
  return lines.join('\n');
}
