#!/usr/bin/env node
// Runs the TypeScript CLI with no build step to forget. The sources are bundled by esbuild into
// .cache/gongbao-cli.mjs (packages left external) and rebuilt whenever a source is newer: loading
// every module through a TypeScript loader hook costs more than a whole build of the seed.
// If bundling fails, the sources run through tsx as they are.
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, '.cache', 'gongbao-cli.mjs');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

async function bundled() {
  const sources = Math.max(newest(join(root, 'pipeline')), newest(join(root, 'schema')), mtime(join(root, 'package-lock.json')));
  if (mtime(bundle) > sources) return bundle;
  const esbuild = await import('esbuild');
  mkdirSync(dirname(bundle), { recursive: true });
  const tmp = `${bundle}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [join(root, 'pipeline', 'cli', 'main.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  renameSync(tmp, bundle); // atomic: parallel runs never load a half-written bundle
  return bundle;
}

let entry;
try {
  entry = pathToFileURL(await bundled()).href;
} catch {
  const { register } = await import('tsx/esm/api');
  register();
  entry = pathToFileURL(join(root, 'pipeline', 'cli', 'main.ts')).href;
}
await import(entry);
