/** A fuzz worker thread: builds input n of the session from the seed and runs it (see main.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { fuzzInput, sources } from './mutate.ts';
import { runInput } from './run.ts';

interface Data {
  seedFile: string;
  seed: number;
  wholeEvery: number;
  siteEvery: number;
}

const data = workerData as Data;
const src = sources(readFileSync(data.seedFile, 'utf8'));

parentPort!.on('message', async (n: number) => {
  const input = fuzzInput(src, data.seed, n, data);
  parentPort!.postMessage({ type: 'start', n, bytes: input.files.reduce((k, f) => k + f.bytes.length, 0), site: input.site });
  const outcome = await runInput(input);
  parentPort!.postMessage({ type: 'done', n, description: input.description, outcome });
});
