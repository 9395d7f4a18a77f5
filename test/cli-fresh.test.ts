/**
 * The CLI runs the code that is on disk: bin/gongbao.mjs rebuilds its cached bundle when any file
 * esbuild put into it has changed (pipeline/, core/, schema/, package.json …), the build compiles the
 * page scripts from web/ each time, and a bundle that cannot be built is an error naming the file.
 * Each test works on a copy of the project, so the real checkout is never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
let copy: string;

function gongbao(args: string[]) {
  return spawnSync(process.execPath, [join(copy, 'bin', 'gongbao.mjs'), ...args], { cwd: copy, encoding: 'utf8', timeout: 120_000 });
}

async function edit(path: string, from: string, to: string): Promise<void> {
  const file = join(copy, path);
  const text = await readFile(file, 'utf8');
  expect(text, path).toContain(from);
  await writeFile(file, text.replace(from, to));
}

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'gongbao-fresh-'));
  for (const part of ['bin', 'pipeline', 'core', 'schema', 'web', 'corpus', 'package.json', 'tsconfig.json']) {
    await cp(join(ROOT, part), join(copy, part), { recursive: true });
  }
  await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

describe('the CLI never runs stale code', () => {
  it('rebuilds its bundle when a source under pipeline/ or core/, or package.json, changes', async () => {
    expect(gongbao(['--version']).stdout).toMatch(/^gongbao \d+\.\d+\.\d+\n$/);
    const bundle = join(copy, '.cache', 'gongbao-cli.mjs');
    const before = (await stat(bundle)).mtimeMs;
    // Unchanged sources: the bundle is reused.
    gongbao(['--version']);
    expect((await stat(bundle)).mtimeMs).toBe(before);

    await edit('package.json', '"version": "', '"version": "9');
    expect(gongbao(['--version']).stdout).toMatch(/^gongbao 9/);

    await edit('pipeline/cli/commands.ts', 'Usage: gongbao <command> [options]', 'Usage: gongbao <command> [options] (edited copy)');
    expect(gongbao(['--help']).stdout).toContain('(edited copy)');

    // core/ is shared with the page: the route of a document page, as the CLI's build writes it.
    await edit('core/routes.ts', 'return `doc/${docId}.html`;', 'return `pages/${docId}.html`;');
    const built = gongbao(['build', '--out', 'out']);
    expect(built.status, built.stderr).toBe(0);
    await stat(join(copy, 'out', 'site', 'pages', 'yzbf-2023-1.html'));
  });

  it('builds the page scripts from web/ as they are now', async () => {
    await edit('web/page.ts', "document.documentElement.classList.add('js');", "document.documentElement.classList.add('js', 'edited-copy');");
    const built = gongbao(['build', '--out', 'out2']);
    expect(built.status, built.stderr).toBe(0);
    const scripts = await readFile(join(copy, 'out2', 'site', 'assets', 'page.js'), 'utf8');
    expect(scripts).toContain('edited-copy');
  });

  it('rebuilds when any file that went into the bundle changes, even to an older time', async () => {
    gongbao(['--version']);
    const inputs = Object.keys((JSON.parse(await readFile(join(copy, '.cache', 'gongbao-cli.inputs.json'), 'utf8')) as { inputs: Record<string, number> }).inputs);
    expect(inputs).toEqual(expect.arrayContaining(['package.json', 'core/routes.ts', 'schema/tree.ts', 'pipeline/cli/main.ts']));
    const bundle = join(copy, '.cache', 'gongbao-cli.mjs');
    // One input of each folder, its time moved back (as a checkout can do): still a change.
    for (const prefix of ['core/', 'schema/', 'pipeline/structure/', 'pipeline/link/']) {
      const input = inputs.find((p) => p.startsWith(prefix))!;
      const before = (await stat(bundle)).mtimeMs;
      await utimes(join(copy, input), new Date(2001, 0, 1), new Date(2001, 0, 1));
      expect(gongbao(['--version']).status).toBe(0);
      expect((await stat(bundle)).mtimeMs, input).toBeGreaterThan(before);
    }
  });

  it('says so, naming the file, when the sources cannot be bundled', async () => {
    await edit('core/chinese/numerals.ts', 'export function parseNumeral(', 'export function parseNumeral((');
    const run = gongbao(['--version']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('core/chinese/numerals.ts');
    expect(run.stderr).toContain('could not bundle');
    expect(run.stdout).toBe('');
  });
});
