/**
 * gongbao search "<query>" [--limit N] [--json] [--out DIR]
 * gongbao search --json -     one query per stdin line → one JSON array per line
 * Reads the built index (dist/site/search/), building first if it is missing; ranks exactly as the page.
 */
import { createInterface } from 'node:readline';
import { openBuiltIndex } from '../../index/local.ts';
import type { SearchClient, SearchResult } from '../../../core/search/client.ts';
import { option, positionals } from '../args.ts';

const FLAGS_WITH_VALUES = ['--limit', '--out', '--corpus'];

function brief(r: SearchResult) {
  return { id: r.id, docNumber: r.docNumber, citation: r.citation, text: r.text, score: r.score };
}

function plain(results: SearchResult[]): string {
  if (!results.length) return '(no results)\n';
  return results
    .map((r, i) => {
      const snippet = r.snippet.map((s) => (s.match ? `【${s.text}】` : s.text)).join('').replace(/\s*\n\s*/g, ' ');
      return `${i + 1}. ${r.citation}\n   ${snippet}\n   #${r.id}  ${r.date}\n`;
    })
    .join('');
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const limitArg = option(args, '--limit');
  const limit = limitArg === undefined ? (json ? 10 : 10) : Number(limitArg);
  if (!Number.isInteger(limit) || limit <= 0) {
    process.stderr.write(`gongbao search: --limit needs a positive whole number\n`);
    return 2;
  }
  const words = positionals(args, FLAGS_WITH_VALUES);
  if (words.length === 0) {
    process.stderr.write('usage: gongbao search "<query>" [--limit N] [--json]   or   gongbao search --json -\n');
    return 2;
  }
  const out = option(args, '--out') ?? 'dist';
  const client: SearchClient = await openBuiltIndex(out, option(args, '--corpus') ?? 'corpus', (line) =>
    process.stderr.write(`${line}\n`),
  );
  if (words.length === 1 && words[0] === '-') {
    // A query set in one process: one JSON array per input line, in order.
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const results = line.trim() ? await client.search(line, { limit }) : [];
      process.stdout.write(`${JSON.stringify(results.map(brief))}\n`);
    }
    return 0;
  }
  const results = await client.search(words.join(' '), { limit });
  process.stdout.write(json ? `${JSON.stringify(results.map(brief))}\n` : plain(results));
  return 0;
}
