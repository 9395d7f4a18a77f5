/**
 * The command table: each command's usage as `gongbao --help` prints it (and as a usage error
 * repeats it), and the module that runs it, loaded only when asked for.
 */
export interface CommandEntry {
  /** The command's lines in the help: its synopsis, then what it does. */
  usage: string;
  load: () => Promise<{ run(args: string[]): Promise<number> }>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  build: {
    usage: `build [--corpus DIR] [--out DIR] [--data-only] [--as-of DATE] [--strict] [--allow-shrink] [--wait SECONDS] [--full] [--ocr] [--verbose] [--quiet]
      Parse every bulletin in the corpus folder (default: corpus/; PDFs, and .txt and .md in
      UTF-8, GB18030 or UTF-16), write one JSON file per bulletin and authorities.json to
      <out>/data/ (default: dist/), then the search index and the static site to <out>/site/
      (not with --data-only). A file unchanged since the last build is not parsed again and the
      index of the issues already published is kept (caches beside <out>); --full parses and
      indexes everything again. --ocr reads PDF pages without a text layer (scans) by OCR, which
      needs \`npm run setup:ocr\` once; without it such pages are reported.
      Problems are printed as file:line warnings (--verbose adds the info messages and the stack
      of any crash) and summarised. A file that cannot be read (binary, empty, not a bulletin, a
      crash) is named with its reason and left out while the others build; --strict fails the
      build on any error instead. The new build replaces <out> in one rename, only when it is
      complete and holds every bulletin and document <out> holds now (--allow-shrink publishes a
      smaller or empty one). One build at a time per <out>: another waits up to --wait seconds
      (default 600), then names the build it waited for. The output does not depend on the day
      of the build: statuses (施行中 / 已失效) are computed where they are shown, unless --as-of
      (or SOURCE_DATE_EPOCH) writes them for that date.
      Exit codes: 0 published; 3 published, but with errors (their files or documents left out);
      1 nothing published, <out> unchanged; 2 a wrong command line or no such --corpus folder.`,
    load: () => import('./commands/build.ts'),
  },
  add: {
    usage: `add <file…> [--corpus DIR] [--replace] [--dry-run] [--quiet]
      Check that each file parses as the build parses it (its bulletin id, cover, documents and
      warnings are printed), then copy it into the corpus folder (default: corpus/) as
      <bulletinId><ext>, e.g. youxian-2023-01.txt. A file that is no bulletin with documents, a
      bulletin the corpus already holds (--replace replaces its file) and two given files of one
      bulletin are refused, named with the reason; a 文号 already in another bulletin is reported
      with the file the build keeps it in. --dry-run copies nothing. Then run gongbao build.
      Exit codes: 0 added; 3 some added, some refused; 1 nothing added; 2 a wrong command line.`,
    load: () => import('./commands/add.ts'),
  },
  watch: {
    usage: `watch [--corpus DIR] [--out DIR] [--debounce MS]
      Build once (as gongbao build), then again whenever a file in the corpus folder changes,
      once the changes have stopped for --debounce milliseconds (default 500); a change during a
      build brings one more build after it. Ctrl+C stops it.`,
    load: () => import('./commands/watch.ts'),
  },
  outline: {
    usage: `outline <docNumber|id> [--corpus DIR] [--out DIR] [--as-of DATE]
      Print the tree of one document (chapters, articles, items, headings, tables), e.g.
      gongbao outline 攸政办发〔2023〕1号   (also 攸政办发[2023]1号 or yzbf-2023-1)`,
    load: () => import('./commands/outline.ts'),
  },
  authorities: {
    usage: `authorities [TEXT] [--kind 法律|行政法规|地方性法规|规章|规范性文件|标准] [--articles] [--limit N] [--json]
      List the external authorities cited by the corpus (dist/data/authorities.json), most cited
      first: citations, kind, title and 文号; TEXT filters by title or number; --articles adds the
      articles cited (第七十九条（引文）← where).`,
    load: () => import('./commands/authorities.ts'),
  },
  start: {
    usage: `start [--port N] [--host H] [--corpus DIR] [--out DIR] [--no-build]
      Build first if <out>/site is missing or older than the corpus, then serve <out>/site
      (default: http://127.0.0.1:8080/, another free port if that one is taken) and print
      the URL. Only files inside <out>/site are served. Ctrl+C stops it.`,
    load: () => import('./commands/start.ts'),
  },
  schema: {
    usage: `schema
      Regenerate schema/bulletin.schema.json and schema/authorities.schema.json (the JSON Schemas
      of the files in dist/data/) from the zod schemas in schema/*.ts.`,
    load: () => import('./commands/schema.ts'),
  },
  search: {
    usage: `search "<query>" [--limit N] [--json] [--explain] [--out DIR]
      Search the built index (<out>/site/search/, default dist/; built first if missing) with the
      page's ranking: 文号 (攸政办发[2023]6号), article paths (攸惠贷 第十四条), exact phrases first.
      --json prints [{id, docNumber, citation, text, score, missing?, corrected?, matchedParts?,
      sameTask?, versions?}]: missing lists the words of the query a result lacks, corrected the
      corrections it was found by (番身仗 → 翻身仗), matchedParts the parts of an article or heading
      that print what its own text lacks (第二十八条 ↳ 第（三）项), sameTask the task list's row of a
      plan's heading (or the heading of a row), shown once; versions the same passage as other
      issues of an archive print it (其他各期, newest first; the result is the newest). --explain says why each result ranks where
      it does: the concepts the query was read as with their weights, and per result its tier,
      coverage, BM25 and factors (signals in --json).
search --json -
      One query per line of standard input, one JSON array per line of output.`,
    load: () => import('./commands/search.ts'),
  },
  bench: {
    usage: `bench [--corpus DIR] [--queries FILE] [--halves dev,dev2,dev3,dev4,test,test2] [--seed N] [--substrings N] [--repeat N]
        [--pdf FILE|none] [--ocr FILE|none]
      Build into a temporary folder and print build time per stage, index bytes (raw, gzip), bytes
      loaded before the first result, query latency p50/p95, substring recall and precision@10,
      the share of generated homophone slips whose first result prints the word meant,
      the share of generated citations (every article, 款, item, heading and row) answered first,
      success@1/@10 and MRR over the tuned query set (default test/queries.json), and per kind of
      query over the blind sets of test/eval/ (--halves: dev, dev2, dev3 and dev4 to tune on, test and
      test2 never tuned on, test3 to test138 run once each at the end of a session and not in
      the default; test8 to test138 may be tuned on since their first runs;
      qinghe1, xiyuan1, shiling1, nanxi1, fengcheng1, liutang1, tongmu1, meiling1, yunxi1, hexi1, tanshan1, lanchuan1 and biquan1, over bulletins never tuned on, each with its bulletin added to the corpus;
      archive1 over the seed and twelve of them searched at once; archive2, a tuning half, and
      archive2-test, never tuned on, over the seed and all thirteen),
      beside a plain MiniSearch baseline; then the PDF ingest's pages per second against pdfjs
      alone (default: the seed as a PDF) and OCR's seconds per page on a scan (when installed).`,
    load: () => import('./commands/bench.ts'),
  },
};

function indent(usage: string): string {
  return usage
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

export const HELP = `gongbao — 公报检索: read, cite and search Chinese government bulletins

Usage: gongbao <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => indent(c.usage))
  .join('\n')}

Options:
  -h, --help     this help
  --version      the version
`;

/** What a usage error prints under its message. */
export function usageOf(name: string): string {
  const entry = COMMANDS[name];
  return entry ? `Usage: gongbao ${entry.usage.split('\n').filter((l) => !l.startsWith(' ')).join('\n       gongbao ')}\n(gongbao --help for the whole help)\n` : '';
}
