/** The command table and the help text printed by `gongbao --help`. */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<unknown> }> = {
  build: { summary: 'parse every bulletin in corpus/ and write dist/data/*.json and the site', load: () => import('./commands/build.ts') },
  schema: { summary: 'regenerate the JSON Schemas under schema/ from the zod schemas', load: () => import('./commands/schema.ts') },
  outline: { summary: 'print the tree of one document: gongbao outline 攸政办发〔2023〕1号', load: () => import('./commands/outline.ts') },
  authorities: { summary: 'list the laws and documents the corpus cites, with citation counts', load: () => import('./commands/authorities.ts') },
  search: { summary: 'search the built index: gongbao search "攸惠贷 第十四条"', load: () => import('./commands/search.ts') },
  bench: { summary: 'build and search timings, index sizes, recall/precision and query-set scores', load: () => import('./commands/bench.ts') },
  start: { summary: 'build the site if needed and serve dist/site on localhost', load: () => import('./commands/start.ts') },
};

export const HELP = `gongbao — 公报检索: read, cite and search Chinese government bulletins

Usage: gongbao <command> [options]

Commands:
  build [--corpus DIR] [--out DIR] [--data-only] [--verbose] [--quiet]
        Parse every bulletin in the corpus folder (default: corpus/), write one JSON file per
        bulletin and authorities.json to <out>/data/ (default: dist/), then the search index and
        the static site to <out>/site/ (not with --data-only). Problems are printed as file:line
        warnings (--verbose adds the info messages) and summarised; the previous build is replaced
        only when the new one is complete.
  outline <docNumber|id> [--corpus DIR] [--out DIR]
        Print the tree of one document (chapters, articles, items, headings, tables), e.g.
        gongbao outline 攸政办发〔2023〕1号   (also 攸政办发[2023]1号 or yzbf-2023-1)
  authorities [TEXT] [--kind 法律|行政法规|地方性法规|规章|规范性文件|标准] [--articles] [--limit N] [--json]
        List the external authorities cited by the corpus (dist/data/authorities.json), most cited
        first: citations, kind, title and 文号; TEXT filters by title or number; --articles adds the
        articles cited (第七十九条（引文）← where).
  start [--port N] [--host H] [--corpus DIR] [--out DIR] [--no-build]
        Build first if <out>/site is missing or older than the corpus, then serve <out>/site
        (default: http://127.0.0.1:8080/, another free port if that one is taken) and print
        the URL. Only files inside <out>/site are served. Ctrl+C stops it.
  schema
        Regenerate schema/bulletin.schema.json and schema/authorities.schema.json (the JSON Schemas
        of the files in dist/data/) from the zod schemas in schema/*.ts.
  search "<query>" [--limit N] [--json] [--out DIR]
        Search the built index (<out>/site/search/, default dist/; built first if missing) with the
        page's ranking: 文号 (攸政办发[2023]6号), article paths (攸惠贷 第十四条), exact phrases first.
        --json prints [{id, docNumber, citation, text, score}].
  search --json -
        One query per line of standard input, one JSON array per line of output.
  bench [--corpus DIR] [--queries FILE] [--seed N] [--substrings N]
        Build into a temporary folder and print build time per stage, index bytes (raw, gzip), bytes
        loaded before the first result, query latency p50/p95, substring recall and precision@10,
        and success@1/@10 and MRR over the query set (default test/queries.json).

Options:
  -h, --help     this help
  --version      the version
`;
