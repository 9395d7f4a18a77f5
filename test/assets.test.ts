/**
 * The browser assets as built (pipeline/site/assets.ts): the search page's script leaves out the
 * spelling check, which it imports only when a query is read for a slip.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildAssets, type Assets } from '../pipeline/site/assets.ts';

describe('browser assets', () => {
  let assets: Assets;
  let search: string;
  beforeAll(async () => {
    assets = await buildAssets();
    search = assets.files.get('assets/search.js')!;
  });

  it('imports the spelling check and the folding of versions lazily, each as a script named by its content', () => {
    const lazy = [...search.matchAll(/import\("\.\/([^"]+)"\)/g)].map((m) => `assets/${m[1]}`).sort();
    expect(lazy).toHaveLength(2);
    expect(lazy[0]).toMatch(/^assets\/spell-[A-Z0-9]{8}\.js$/);
    expect(lazy[1]).toMatch(/^assets\/versions-[A-Z0-9]{8}\.js$/);
    for (const path of lazy) expect(assets.chunks.has(path)).toBe(true);
    // Their code is in those scripts, not in the one every search page loads.
    expect(assets.files.get(lazy[0]!)).toContain('shardsFolder');
    expect(search).not.toContain('shardsFolder');
    // (a title read without its years: core/search/versions.ts)
    expect(assets.files.get(lazy[1]!)).toContain('[年版本]');
    expect(search).not.toContain('[年版本]');
  });

  it('names the modules the search script imports as it starts, for the page to preload', () => {
    const imported = [...search.matchAll(/from"\.\/([^"]+)"/g)].map((m) => `assets/${m[1]}`);
    expect(assets.searchImports.sort()).toEqual([...new Set(imported)].sort());
    for (const path of assets.searchImports) expect(assets.chunks.has(path)).toBe(true);
    // Document pages' script is one plain file.
    expect(assets.files.get('assets/page.js')).not.toMatch(/\bimport\b\s*[("{]/);
  });

  it('builds the same files from any working folder (gongbao run inside web/)', () => {
    const assetsTs = join(import.meta.dirname, '..', 'pipeline', 'site', 'assets.ts');
    const script = `import(${JSON.stringify(assetsTs)}).then(async (m) => { const a = await m.buildAssets(); console.log(JSON.stringify({ files: [...a.files.keys()].sort(), chunks: [...a.chunks].sort(), imports: a.searchImports, version: a.version })); })`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: join(import.meta.dirname, '..', 'web'), encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ files: [...assets.files.keys()].sort(), chunks: [...assets.chunks].sort(), imports: assets.searchImports, version: assets.version });
  });
});
