#!/usr/bin/env node
// Runs the TypeScript CLI with no build step to forget. The sources are bundled by esbuild into
// .cache/gongbao-cli.mjs (packages left external): loading every module through a TypeScript loader
// hook costs more than a whole build of the seed. esbuild's metafile lists every file that went into
// the bundle (pipeline/, core/, schema/, web/, package.json …) with its modification time; the bundle
// is rebuilt as soon as any of them differs, so the CLI never runs code older than its sources. A
// bundle that cannot be built is an error with esbuild's own messages, not a silent fallback.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, '.cache', 'gongbao-cli.mjs');
const inputsFile = join(root, '.cache', 'gongbao-cli.inputs.json');

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** The bundle, when every input it was built from is still as it was. */
function isFresh() {
  if (mtime(bundle) < 0) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8')).inputs;
  } catch {
    return false;
  }
  for (const [path, time] of Object.entries(inputs)) if (mtime(join(root, path)) !== time) return false;
  return true;
}

async function rebuild() {
  const esbuild = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  const tmp = `${bundle}.${process.pid}.tmp`;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['pipeline/cli/main.ts'],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((path) => [path, mtime(join(root, path))]));
  const inputsTmp = `${inputsFile}.${process.pid}.tmp`;
  writeFileSync(inputsTmp, JSON.stringify({ inputs }));
  // Bundle first, its input list second: a run in between sees a stale list and rebuilds, never a stale bundle.
  renameSync(tmp, bundle);
  renameSync(inputsTmp, inputsFile);
}

if (!isFresh()) {
  try {
    await rebuild();
  } catch (error) {
    const detail = error && Array.isArray(error.errors) && error.errors.length ? '' : `: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`gongbao: could not bundle the sources in ${root}${detail}${detail ? '' : ' (esbuild\'s messages above)'}\n`);
    process.exit(1);
  }
}
await import(pathToFileURL(bundle).href);
