#!/usr/bin/env node
// Checks the blind evaluation query set against the built tree (no search code involved):
// every expected id exists in dist/data/*.json and is a search unit, ids and query strings are unique
// across both halves, kinds are known, `none` queries expect nothing and the others expect something.
// Usage: node bin/gongbao.mjs build --data-only && node test/eval/check-ids.mjs [dist/data]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(process.argv[2] ?? path.join(here, '..', '..', 'dist', 'data'));
const UNITS = new Set(['document', 'attachment', 'article', 'paragraph', 'item', 'subitem', 'heading', 'row']);
const KINDS = new Set(['citizen', 'staff', 'abbrev', 'typo', 'citation', 'exact', 'none']);

const nodes = new Map();
const walk = (n) => { nodes.set(n.id, n.type); for (const c of n.children ?? []) walk(c); };
if (!fs.existsSync(dataDir)) { console.error(`${dataDir} not found: run \`node bin/gongbao.mjs build --data-only\` first`); process.exit(2); }
for (const f of fs.readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
  const json = JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8'));
  if (json.bulletin) walk(json.bulletin);
}

const problems = [];
const seenIds = new Map(), seenQueries = new Map();
const counts = {};
for (const half of ['dev', 'test']) {
  const file = path.join(here, `queries-${half}.json`);
  const { queries } = JSON.parse(fs.readFileSync(file, 'utf8'));
  counts[half] = {};
  for (const q of queries) {
    const where = `${half}/${q.id}「${q.query}」`;
    counts[half][q.kind] = (counts[half][q.kind] ?? 0) + 1;
    if (!KINDS.has(q.kind)) problems.push(`${where}: unknown kind ${q.kind}`);
    if (seenIds.has(q.id)) problems.push(`${where}: id also used in ${seenIds.get(q.id)}`);
    seenIds.set(q.id, half);
    if (seenQueries.has(q.query)) problems.push(`${where}: same query string as ${seenQueries.get(q.query)}`);
    seenQueries.set(q.query, `${half}/${q.id}`);
    if (!Array.isArray(q.expected)) { problems.push(`${where}: expected is not an array`); continue; }
    if (q.kind === 'none' && q.expected.length) problems.push(`${where}: kind none must expect []`);
    if (q.kind !== 'none' && !q.expected.length) problems.push(`${where}: expects nothing but kind is ${q.kind}`);
    for (const id of q.expected) {
      const type = nodes.get(id);
      if (!type) problems.push(`${where}: ${id} not found in ${dataDir}`);
      else if (!UNITS.has(type)) problems.push(`${where}: ${id} is a ${type}, not a search unit`);
    }
  }
}

for (const half of Object.keys(counts)) console.log(`${half}: ${Object.entries(counts[half]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (problems.length) { console.error(problems.join('\n')); console.error(`${problems.length} problem(s)`); process.exit(1); }
console.log(`ok: ${seenIds.size} queries, every expected id exists among ${nodes.size} nodes`);
