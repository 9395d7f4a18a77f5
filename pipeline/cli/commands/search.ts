/**
 * gongbao search "<query>" [--limit N] [--json] [--explain] [--out DIR]
 * gongbao search --json -     one query per stdin line → one JSON array per line
 * Reads the built index (dist/site/search/), building first if it is missing; ranks exactly as the page.
 */
import { createInterface } from 'node:readline';
import { openBuiltIndex } from '../../index/local.ts';
import { partPlace, type Correction, type SearchClient, type SearchResult } from '../../../core/search/client.ts';
import { missingFromAll, missingHere } from '../../../core/search/missing.ts';
import { parseCommand, UsageError, wholeNumber } from '../args.ts';

const spec = {
  options: { limit: { type: 'string' }, json: { type: 'boolean' }, explain: { type: 'boolean' }, out: { type: 'string' }, corpus: { type: 'string' } },
  positionals: [1, Number.MAX_SAFE_INTEGER] as [number, number],
} as const;

/** A snippet as one line, matches in 【】. */
function marked(snippet: SearchResult['snippet']): string {
  return snippet.map((s) => (s.match ? `【${s.text}】` : s.text)).join('').replace(/\s*\n\s*/g, ' ');
}

/**
 * What --json prints of a result: where it is, what it says, what of the query it lacks or was
 * corrected to, the parts that print what it lacks, and the same task printed beside it.
 */
function brief(r: SearchResult) {
  return {
    id: r.id,
    docNumber: r.docNumber,
    citation: r.citation,
    text: r.text,
    score: r.score,
    ...(r.missing ? { missing: r.missing } : {}),
    ...(r.corrected ? { corrected: r.corrected } : {}),
    ...(r.matchedParts ? { matchedParts: r.matchedParts.map((p) => ({ id: p.id, citation: p.citation, snippet: p.snippet.map((s) => s.text).join('') })) } : {}),
    ...(r.sameTask ? { sameTask: r.sameTask } : {}),
    ...(r.versions ? { versions: r.versions } : {}),
    ...(r.signals ? { signals: r.signals } : {}),
  };
}

/** The signals of a rank in one line (--explain). */
function why(s: NonNullable<SearchResult['signals']>): string {
  const tier = ['part of the query', 'every word', 'the exact phrase', 'the path or 文号'][s.tier];
  const factors = [s.answers !== 1 ? `answers ×${s.answers}` : '', s.fit !== 1 ? `amount ×${s.fit.toFixed(2)}` : '', s.actors !== 1 ? `actor ×${s.actors.toFixed(2)}` : '', s.long < 1 ? `long ×${s.long.toFixed(2)}` : '', s.container ? 'title only ×0.5' : ''].filter(Boolean);
  return `   why: ${tier} · coverage ${s.coverage.toFixed(2)} · BM25 ${s.bm25.toFixed(1)} · proximity ${s.proximity.toFixed(2)}${s.named ? ` · named ${s.named}` : ''}${factors.length ? ` · ${factors.join(' · ')}` : ''}\n`;
}

/** The other issues' prints of a passage the plain output lists (the newest); --json lists them all. */
const PLAIN_VERSIONS = 3;

function plain(results: SearchResult[], corrected: Correction[]): string {
  const lackedByAll = missingFromAll(results);
  const head =
    (corrected.length ? `您是不是要找：${corrected.map((c) => `${c.from} → ${c.to}`).join('，')}\n` : '') +
    (lackedByAll.length ? `结果均不含：${lackedByAll.join(' ')}\n` : '');
  const before = head ? `${head}\n` : '';
  if (!results.length) return `${before}(no results)\n`;
  return (
    before +
    results
      .map((r, i) => {
        const missing = missingHere(r, lackedByAll);
        const lacks = missing.length ? `   缺少：${missing.join(' ')}\n` : '';
        const parts = (r.matchedParts ?? []).map((p) => `   ↳ ${partPlace(r.citation, p.citation)}：${marked(p.snippet)}  #${p.id}\n`).join('');
        const same = (r.sameTask ?? []).map((t) => `   另见：${t.citation}  #${t.id}\n`).join('');
        const shownVersions = (r.versions ?? []).slice(0, PLAIN_VERSIONS).map((v) => `   其他各期：${v.citation}  #${v.id}  ${v.date}\n`).join('');
        const versions = shownVersions + ((r.versions?.length ?? 0) > PLAIN_VERSIONS ? `   其他各期：另有 ${r.versions!.length - PLAIN_VERSIONS} 期（--json 全列）\n` : '');
        return `${i + 1}. ${r.citation}\n   ${marked(r.snippet)}\n${lacks}   #${r.id}  ${r.date}\n${parts}${same}${versions}${r.signals ? why(r.signals) : ''}`;
      })
      .join('')
  );
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals: words } = parseCommand(args, spec);
  const json = values.json ?? false;
  const explain = values.explain ?? false;
  const limit = wholeNumber(values.limit, '--limit', 10);
  if (words.includes('-') && (words.length > 1 || !json)) throw new UsageError('- (queries from standard input) goes alone, with --json');
  const out = values.out ?? 'dist';
  const client: SearchClient = await openBuiltIndex(out, values.corpus ?? 'corpus', (line) =>
    process.stderr.write(`${line}\n`),
  );
  if (words.length === 1 && words[0] === '-') {
    // A query set in one process: one JSON array per input line, in order.
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const results = line.trim() ? await client.search(line, { limit, explain }) : [];
      process.stdout.write(`${JSON.stringify(results.map(brief))}\n`);
    }
    return 0;
  }
  const { results, corrected, concepts } = await client.find(words.join(' '), { limit, explain });
  if (explain && !json && concepts?.length) process.stdout.write(`read as: ${concepts.map((c) => `${c.text} (${c.importance.toFixed(1)})`).join(' · ')}\n\n`);
  process.stdout.write(json ? `${JSON.stringify(results.map(brief))}\n` : plain(results, corrected));
  return 0;
}
