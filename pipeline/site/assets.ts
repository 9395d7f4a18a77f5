/**
 * The browser assets, built from web/ with esbuild: one small script for document and bulletin
 * pages, one for the search page (it carries the search client, an ES module) with the code it loads
 * only when a query needs it (the spelling check: spell-<hash>.js), the stylesheets, and the service
 * worker with the list of files it caches.
 */
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { PROJECT_ROOT } from '../project.ts';
import { contentHash } from '../hash.ts';
import * as esbuild from 'esbuild';
import { pageEntries } from '../../core/search/lexicon-table.ts';
import { STYLESHEETS } from './layout.ts';

const WEB = join(PROJECT_ROOT, 'web') + sep;
/** Browsers from 2020 on: what county offices run, without transpiling async or classes. */
const TARGET = ['es2020'];

export interface Assets {
  /** Path under the site root → content. */
  files: Map<string, string>;
  /**
   * Of those, the scripts a script loads (import() in the search script), named by their content:
   * asked for without the ?v= the pages put on the others.
   */
  chunks: Set<string>;
  /** Of those, the ones the search script imports as it starts (code it shares with a lazy one): the page preloads them. */
  searchImports: string[];
  /** Changes whenever a script or a stylesheet changes. */
  version: string;
}

/** A seal-like mark in the official red: drawn, not a font glyph, so it needs no font. */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="2" y="2" width="28" height="28" rx="5" fill="#a3191b"/><rect x="7" y="8" width="18" height="3" fill="#fff"/><rect x="7" y="14.5" width="18" height="3" fill="#fff"/><rect x="7" y="21" width="18" height="3" fill="#fff"/></svg>`;


/**
 * The search script carries of the curated synonym table only the entries of one-character words
 * (钱, 狗): the index's lexicon files hold the others, fetched by the pairs of characters a query
 * holds (core/search/lexicon-table.ts).
 */
const pageTable: esbuild.Plugin = {
  name: 'page-table',
  setup(build) {
    build.onResolve({ filter: /[\\/]lexicon-table\.ts$/ }, (args) => ({ path: args.path, namespace: 'page-table' }));
    build.onLoad({ filter: /.*/, namespace: 'page-table' }, () => {
      return { contents: `export const TABLE = ${JSON.stringify(pageEntries())};`, loader: 'js' };
    });
  },
};

export async function buildAssets(): Promise<Assets> {
  const common: esbuild.BuildOptions = {
    // Paths in the metafile (its entry points) are relative to this, whatever folder gongbao runs in.
    absWorkingDir: PROJECT_ROOT,
    plugins: [pageTable],
    bundle: true,
    write: false,
    minify: true,
    target: TARGET,
    outdir: '/assets',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  };
  // The search page's script is a module split where it imports code lazily: the code a query needs
  // only sometimes is not part of what every page loads before its first result.
  const [page, search] = await Promise.all([
    esbuild.build({ ...common, entryPoints: { page: `${WEB}page.ts` }, format: 'iife' }),
    esbuild.build({ ...common, entryPoints: { search: `${WEB}search.ts` }, format: 'esm', splitting: true, chunkNames: '[name]-[hash]', metafile: true }),
  ]);
  const asset = (path: string) => `assets/${path.split('/').pop()}`;
  const outputs = Object.entries(search.metafile!.outputs);
  const entry = outputs.find(([, out]) => out.entryPoint === 'web/search.ts')!;
  // Sorted: esbuild lists them in no fixed order from one build to the next, and the pages preload them as listed.
  const searchImports = entry[1].imports.filter((i) => i.kind === 'import-statement').map((i) => asset(i.path)).sort();
  // The search build's other outputs: the chunks its script imports (a lazily imported one counts as an entry of its own).
  const chunks = new Set(outputs.filter((out) => out !== entry).map(([path]) => asset(path)));
  const files = new Map<string, string>();
  for (const out of [...page.outputFiles!, ...search.outputFiles!]) files.set(asset(out.path), out.text);
  // Two stylesheets: site.css for every page, document.css for document and bulletin pages only.
  for (const name of STYLESHEETS) {
    const css = await esbuild.transform(await readFile(`${WEB}${name}`, 'utf8'), { loader: 'css', minify: true, target: TARGET, charset: 'utf8' });
    files.set(`assets/${name}`, css.code);
  }
  files.set('assets/icon.svg', ICON);
  return { files, chunks, searchImports, version: contentHash(...[...files.values()]) };
}

/** sw.js: the worker with its shell list and version written in. */
export async function buildServiceWorker(precache: string[], version: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [`${WEB}sw.ts`],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: TARGET,
    define: { SHELL: JSON.stringify(precache), VERSION: JSON.stringify(version) },
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
