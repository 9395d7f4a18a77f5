/** core/ runs in the browser and in Node: every file of it bundles for the browser, with no Node module in reach. */
import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const CORE = join(import.meta.dirname, '..', 'core');

describe('core/', () => {
  it('holds only browser-safe code', async () => {
    const files = (await readdir(CORE, { recursive: true })).filter((f) => f.endsWith('.ts')).map((f) => join(CORE, f));
    expect(files.length).toBeGreaterThan(10);
    const result = await esbuild.build({ entryPoints: files, bundle: true, write: false, platform: 'browser', format: 'esm', outdir: '/out', logLevel: 'silent', metafile: true });
    const inputs = Object.keys(result.metafile.inputs);
    // Only core/ itself, and types from schema/ (erased): no zod, no node:*, nothing from pipeline/.
    expect(inputs.filter((p) => !p.includes('core/'))).toEqual([]);
  });
});
