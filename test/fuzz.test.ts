/**
 * A fixed sample of the fuzz suite (npm run fuzz runs the full set): mutated seed excerpts,
 * fixtures and now and then the whole seed, each in a worker thread under a time limit. None may
 * crash, hang, give duplicate ids, an output the schema rejects, U+FFFD in the output, or lose a
 * file without an error naming it.
 */
import { describe, expect, it } from 'vitest';
import { failed, formatReport, runFuzz, type FuzzOptions } from './fuzz/main.ts';
import { fuzzInput, sources } from './fuzz/mutate.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.ts';

describe('fuzz sample', () => {
  it('the same seed gives the same inputs', () => {
    const src = sources(readFileSync(join(ROOT, 'corpus', 'youxian-2023-01.txt'), 'utf8'));
    const options = { wholeEvery: 10, siteEvery: 5 };
    for (const n of [0, 7, 9, 123]) {
      const a = fuzzInput(src, 11, n, options);
      const b = fuzzInput(src, 11, n, options);
      expect(a.description).toBe(b.description);
      expect(Buffer.from(a.files[0]!.bytes).equals(Buffer.from(b.files[0]!.bytes))).toBe(true);
    }
    expect(fuzzInput(src, 11, 9, options).description).toMatch(/^seed;/);
  });

  it('80 inputs of seed 7: no crash, hang, duplicate id, invalid output, U+FFFD or silent loss', async () => {
    const options: FuzzOptions = { runs: 80, seed: 7, jobs: 2, wholeEvery: 80, siteEvery: 40, limitMs: 20_000, limitPerKbMs: 40 };
    const report = await runFuzz(options);
    console.log(formatReport(report, options));
    expect(report.runs).toBe(80);
    expect(failed(report), formatReport(report, options)).toBe(false);
    // The sample exercises both outcomes: bulletins built, and files refused with a clear error.
    expect(report.built).toBeGreaterThan(30);
    expect(report.clearErrors).toBeGreaterThan(5);
    expect(report.siteRuns).toBe(2);
  });
});
