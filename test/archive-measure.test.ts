/**
 * The browser harness (pipeline/bench/archive/measure.ts) on the seed: built through the CLI into a
 * temporary folder and measured in Debian's Chromium with two queries. Behaviour, not timings: the
 * page's first visit loads HTML, script, style and index files, each query fetches index files and
 * shows results, the service worker precaches files, and the bytes are gzip -9 of what was served.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEFAULT_CHROMIUM, formatReport, KINDS, measureSite, type SiteReport } from '../pipeline/bench/archive/measure.ts';

const root = join(import.meta.dirname, '..');
const QUERIES = ['校车使用许可', '攸惠贷 第十四条'];

let dir: string;
let site: string;
let report: SiteReport;

describe.skipIf(!existsSync(DEFAULT_CHROMIUM))('measureSite in Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gongbao-measure-'));
    const run = spawnSync(process.execPath, [join(root, 'bin', 'gongbao.mjs'), 'build', '--corpus', join(root, 'corpus'), '--out', join(dir, 'dist')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    site = join(dir, 'dist', 'site');
    report = await measureSite({ siteDir: site, queries: QUERIES });
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('counts the first visit by kind, the search page gzip -9 exactly as built', () => {
    const { open } = report;
    expect(open.requests).toBeGreaterThan(0);
    expect(open.gzip).toBeGreaterThan(0);
    expect(open.byKind.html.requests).toBeGreaterThanOrEqual(1);
    expect(open.byKind.js.requests).toBeGreaterThanOrEqual(1);
    expect(open.byKind.css.requests).toBeGreaterThanOrEqual(1);
    expect(KINDS.reduce((n, k) => n + open.byKind[k].gzip, 0)).toBe(open.gzip);
    expect(KINDS.reduce((n, k) => n + open.byKind[k].requests, 0)).toBe(open.requests);
    // The one HTML response is index.html, measured as gzip -9 of the file.
    expect(open.byKind.html.requests).toBe(1);
    expect(open.byKind.html.gzip).toBe(gzipSync(readFileSync(join(site, 'index.html')), { level: 9 }).length);
    // The search needs its index: JSON files, named, before it says it is ready.
    expect(open.json.length).toBeGreaterThan(0);
    expect(open.json.every((j) => j.path.endsWith('.json') && j.gzip > 0)).toBe(true);
    expect(open.byKind.json.requests).toBe(open.json.length);
    expect(open.ready.requests).toBeGreaterThan(0);
    expect(open.ready.requests).toBeLessThanOrEqual(open.requests);
    expect(open.ready.gzip).toBeLessThanOrEqual(open.gzip);
  });

  it('measures each query on a fresh page: index files fetched, results shown, then a warm query on the same page', () => {
    expect(report.perQuery.map((q) => q.cold.query)).toEqual(QUERIES);
    for (const { cold, warm } of report.perQuery) {
      expect(cold.results, cold.query).toBeGreaterThan(0);
      expect(cold.gzip, cold.query).toBeGreaterThan(0);
      expect(cold.byKind.json.requests, cold.query).toBeGreaterThan(0);
      expect(cold.ms, cold.query).toBeGreaterThanOrEqual(0);
      expect(warm.results, warm.query).toBeGreaterThan(0);
      expect(warm.ms, warm.query).toBeGreaterThanOrEqual(0);
    }
    // The warm query is the next one of the list.
    expect(report.perQuery.map((q) => q.warm.query)).toEqual([QUERIES[1], QUERIES[0]]);
  });

  it('counts what the service worker precaches, never more than the site holds', () => {
    const sw = report.serviceWorker;
    expect(sw.ready).toBe(true);
    expect(sw.failed).toBe(0);
    expect(sw.files).toBeGreaterThan(0);
    expect(sw.gzip).toBeGreaterThan(0);
    let siteGzip = 0;
    let siteFiles = 0;
    for (const entry of readdirSync(site, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      siteFiles++;
      siteGzip += gzipSync(readFileSync(join(entry.parentPath, entry.name)), { level: 9 }).length;
    }
    expect(sw.files).toBeLessThanOrEqual(siteFiles);
    expect(sw.gzip).toBeLessThanOrEqual(siteGzip);
  });

  it('prints a table with every query', () => {
    const table = formatReport(report);
    for (const q of QUERIES) expect(table).toContain(q);
    expect(table).toMatch(/open \(service worker blocked\): \d+ responses/);
    expect(table).toMatch(/service worker, first visit: ready .* precached \d+ files/);
  });
});
