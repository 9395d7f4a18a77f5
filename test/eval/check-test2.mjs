#!/usr/bin/env node
// Checks test/eval/queries-test2.json (the held-out blind TEST set, ids x2…) against the built data
// (dist/data/*.json, or --data DIR): every expected id exists and is a search unit (document,
// attachment, article, paragraph, item, subitem, heading or row; not bulletin, instrument, chapter,
// section or table), query ids are unique and look like x2c01 with the letter of their kind, query
// strings are unique, kinds are known, `none` queries expect nothing and every other query expects
// something. Exit code 1 on any problem. It does not touch the search.
//   node bin/gongbao.mjs build --data-only && node test/eval/check-test2.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dataDir = resolve(args.includes('--data') ? args[args.indexOf('--data') + 1] : join(here, '../../dist/data'));
const queriesFile = resolve(args.find((a, i) => a.endsWith('.json') && args[i - 1] !== '--data') ?? join(here, 'queries-test2.json'));

const UNIT_TYPES = new Set(['document', 'attachment', 'article', 'paragraph', 'item', 'subitem', 'heading', 'row']);
const KIND_LETTER = { citizen: 'c', staff: 's', abbrev: 'a', typo: 't', citation: 'r', exact: 'e', none: 'n' };

const types = new Map();
for (const f of readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'authorities.json')) {
  const walk = (n) => { types.set(n.id, n.type); for (const c of n.children ?? []) walk(c); };
  walk(JSON.parse(readFileSync(join(dataDir, f), 'utf8')).bulletin);
}
if (types.size === 0) { console.error(`no bulletin JSON in ${dataDir}: run \`node bin/gongbao.mjs build --data-only\` first`); process.exit(1); }

const { description, queries } = JSON.parse(readFileSync(queriesFile, 'utf8'));
const problems = [];
if (typeof description !== 'string' || !description.trim()) problems.push('the file has no description');
if (!Array.isArray(queries)) { console.error(`${queriesFile}: no queries array`); process.exit(1); }
const seen = new Set();
const perKind = {};
for (const q of queries) {
  const where = `${q.id} «${q.query}»`;
  const letter = KIND_LETTER[q.kind];
  if (!letter) problems.push(`${where}: unknown kind ${q.kind}`);
  else if (!new RegExp(`^x2${letter}\\d{2,}$`).test(q.id)) problems.push(`${where}: id should look like x2${letter}01 for kind ${q.kind}`);
  if (seen.has(q.id)) problems.push(`${where}: duplicate id`);
  seen.add(q.id);
  perKind[q.kind] = (perKind[q.kind] ?? 0) + 1;
  if (typeof q.query !== 'string' || !q.query.trim()) problems.push(`${where}: empty query`);
  if (typeof q.note !== 'string' || !q.note.trim()) problems.push(`${where}: no note`);
  if (!Array.isArray(q.expected)) { problems.push(`${where}: expected is not an array`); continue; }
  if (q.kind === 'none' && q.expected.length) problems.push(`${where}: a none query expects nothing`);
  if (q.kind !== 'none' && !q.expected.length) problems.push(`${where}: expects nothing but is not kind none`);
  if (new Set(q.expected).size !== q.expected.length) problems.push(`${where}: an expected id is listed twice`);
  for (const id of q.expected) {
    const t = types.get(id);
    if (!t) problems.push(`${where}: ${id} does not exist`);
    else if (!UNIT_TYPES.has(t)) problems.push(`${where}: ${id} is a ${t}, not a search unit`);
  }
}
const norm = (s) => String(s).trim();
const dupQueries = [...new Set(queries.map((q) => norm(q.query)).filter((s, i, a) => a.indexOf(s) !== i))];
for (const s of dupQueries) problems.push(`query text «${s}» appears more than once`);

console.log(`${queries.length} queries in ${queriesFile}: ${Object.entries(perKind).map(([k, n]) => `${k} ${n}`).join(', ')}`);
if (problems.length) { for (const p of problems) console.error(p); console.error(`${problems.length} problem(s)`); process.exit(1); }
console.log(`every expected id exists and is a search unit (${types.size} nodes in ${dataDir})`);
