/**
 * The search client on the real seed, through the same static files the page fetches: Ctrl-F recall
 * and exact precision, the ranking promises (文号, article paths, item names, phrase above scattered),
 * filters, other readings, snippets as plain segments, and loading only what a query needs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { bestFirst, SearchClient } from '../core/search/client.ts';
import { normalizeSearchText } from '../core/search/tokenize.ts';
import { buildSearchIndex, searchableText, type SearchIndexFiles } from '../pipeline/index/write.ts';
import { sampleSubstrings } from '../pipeline/bench/substrings.ts';
import { WORDS } from '../core/search/format.ts';
import { readIndex, type ReadIndex } from '../pipeline/index/read.ts';
import { suggestionNames } from '../pipeline/index/names.ts';
import { snippet } from '../core/search/snippet.ts';
import { decodeSpans, encodeSpans, type Span } from '../core/search/word-spans.ts';
import { removeOutput } from '../pipeline/output.ts';

let built: SearchIndexFiles;
let index: ReadIndex;
let fetched: string[];

function open(): Promise<SearchClient> {
  fetched = [];
  return SearchClient.open(async (path) => {
    const content = built.files.get(path);
    if (content === undefined) throw new Error(`404 ${path}`);
    fetched.push(path);
    return JSON.parse(content) as unknown;
  });
}

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'gongbao-search-'));
  try {
    const result = await build({ corpus: join(import.meta.dirname, '..', 'corpus'), out, dataOnly: true });
    built = await buildSearchIndex(result.files);
    index = readIndex((p) => built.files.get(p)!);
  } finally {
    await removeOutput(out);
  }
});

async function ids(client: SearchClient, query: string, limit = 10): Promise<string[]> {
  return (await client.search(query, { limit })).map((r) => r.id);
}

describe('Ctrl-F', () => {
  it('puts every unit containing a substring first, and marks every other result as lacking it', async () => {
    const client = await open();
    const searchable = built.units.map(searchableText);
    for (const c of sampleSubstrings(searchable, 150, 42)) {
      const found = await client.search(c.query, { limit: Infinity });
      const truth = new Set([...c.truth].map((u) => built.units[u]!.id));
      // The exact matches, all of them, before anything else; every result after them says what it lacks.
      expect(new Set(found.slice(0, truth.size).map((r) => r.id)), c.query).toEqual(truth);
      expect(found.slice(0, truth.size).every((r) => !r.missing), c.query).toBe(true);
      // After them, units that only partly match, or whose citation (not their text) holds it.
      expect(found.slice(truth.size).every((r) => !searchable[built.units.findIndex((u) => u.id === r.id)]!.includes(c.query)), c.query).toBe(true);
    }
    // A substring that opens with an article's label (第四条乡镇人民政, printed in a row quoting a law): the row
    // first, not the 第四条 of each 细则, which a path naming no text would read it as.
    const glued = await client.search('第四条乡镇人民政', { limit: 3 });
    expect(glued[0]!.id).toBe('yzbf-2023-9/att_1/tbl_1/row_1');
    // So is one beside a single character (法第七十四条, of a law's title quoted before its article): one character
    // names no text, and the 许可清单's 74th row is not what was typed.
    expect((await client.search('法第七十四条', { limit: 3 }))[0]!.id).toBe('yzbf-2023-9/att_1/tbl_1/row_1');
    // An outline label typed alone (二、): the parts it names first, then every unit printing it (十二、, 第二、三项).
    const label = await client.search('二、', { limit: Infinity });
    expect(label[0]!.id).toMatch(/\/hd_2$/u);
    expect(label.map((r) => r.id)).toEqual(expect.arrayContaining(['yzbf-2023-8/hd_12', 'yzbf-2023-8/para_2']));
    // And one beside words naming no text (乡镇人民 of )第九条乡镇人民), though the path is found in one text only.
    expect((await client.search(')第九条乡镇人民', { limit: 3 }))[0]!.id).toBe('yzbf-2023-9/att_1/tbl_1/row_1');
  });

  it('finds 教育 inside 教育局, which word segmentation keeps whole', async () => {
    const client = await open();
    const found = (await client.search('教育', { limit: Infinity })).filter((r) => !r.missing);
    const truth = built.units.filter((u) => searchableText(u).includes('教育'));
    expect(found.length).toBe(truth.length);
    expect(found.some((r) => r.text.includes('县教育局') && !r.text.replace(/教育局/g, '').includes('教育'))).toBe(true);
  });
});

describe('ranking', () => {
  it('puts the document first for its 文号 in any bracket form', async () => {
    const client = await open();
    for (const q of ['攸政办发〔2023〕6号', '攸政办发[2023]6号', '攸政办发2023年6号', '攸政办发（2023）6号', '攸政办发〔2023〕6号文', '攸政办发[2023]6号文件']) {
      expect((await ids(client, q))[0], q).toBe('yzbf-2023-6');
    }
  });

  it('puts the article first for an article query', async () => {
    const client = await open();
    expect((await ids(client, '攸惠贷 第十四条'))[0]).toBe('yzbf-2023-1/art_14');
    expect((await ids(client, '攸惠贷 第14条'))[0]).toBe('yzbf-2023-1/art_14');
    expect((await ids(client, '攸惠贷第十四条第（三）项'))[0]).toBe('yzbf-2023-1/art_14/item_3');
    expect((await ids(client, '违法用地 第十四条'))[0]).toBe('yzbf-2023-4/ins_2/art_14');
    // Both 细则 of 攸政办发〔2023〕4号 have a 第三条; the words pick the instrument, not only the document.
    expect((await ids(client, '第三条 违法用地'))[0]).toBe('yzbf-2023-4/ins_2/art_3');
    expect((await ids(client, '第三条 违法建设'))[0]).toBe('yzbf-2023-4/ins_1/art_3');
    const fourteen = await ids(client, '第14条');
    expect(fourteen.slice(0, 4).every((id) => /\/art_14$/.test(id))).toBe(true);
  });

  it('puts a table row first by its item name', async () => {
    const client = await open();
    expect((await ids(client, '校车使用许可'))[0]).toBe('yzbf-2023-7/tbl_1/row_11');
  });

  it('ranks the exact phrase above the same words scattered', async () => {
    const client = await open();
    const results = await client.search('风补资金 专户', { limit: Infinity });
    const phrase = normalizeSearchText('风补资金专户');
    const exact = results.map((r) => normalizeSearchText(r.text).includes(phrase));
    expect(exact[0]).toBe(true);
    expect(exact.includes(false)).toBe(true);
    expect(exact.indexOf(false)).toBeGreaterThan(exact.lastIndexOf(true));
  });

  it('matches queries typed with the spaces of the other extraction', async () => {
    const client = await open();
    // A space next to a digit or a Latin letter is extraction noise, not a word the user separated.
    expect(await ids(client, 'A 级景区 3 家', Infinity)).toEqual(await ids(client, 'A级景区3家', Infinity));
    expect((await ids(client, 'A级景区3家')).length).toBeGreaterThan(0);
  });
});

describe('results', () => {
  it('filters by document, instrument kind and year', async () => {
    const client = await open();
    const all = await client.search('资金', { limit: Infinity });
    const inDoc = await client.search('资金', { limit: Infinity, filter: { docId: 'yzbf-2023-1' } });
    expect(inDoc.length).toBeGreaterThan(0);
    expect(inDoc.length).toBeLessThan(all.length);
    expect(inDoc.every((r) => r.docId === 'yzbf-2023-1')).toBe(true);
    const kind = await client.search('资金', { limit: Infinity, filter: { kind: '方案' } });
    expect(kind.length).toBeGreaterThan(0);
    expect(kind.every((r) => r.kind === '方案')).toBe(true);
    expect(await client.search('资金', { limit: 5, filter: { year: 1999 } })).toEqual([]);
  });

  it('carries what the page shows, with the snippet as plain segments around the match', async () => {
    const client = await open();
    const [first] = await client.search('贷款年化利率', { limit: 1 });
    expect(first).toMatchObject({
      id: 'yzbf-2023-1/art_14/item_3',
      docId: 'yzbf-2023-1',
      docNumber: '攸政办发〔2023〕1号',
      bulletinId: 'youxian-2023-01',
      citation: '《攸县“攸惠贷”风险补偿资金管理办法》（攸政办发〔2023〕1号）第十四条第（三）项',
      type: 'item',
      kind: '办法',
      date: '2023-01-31',
    });
    expect(first!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['贷款年化利率']);
    expect(first!.snippet.map((s) => s.text).join('')).toBe(first!.text);
  });

  it('cuts long texts around the match', async () => {
    const client = await open();
    const [hit] = await client.search('打造酒仙湖', { limit: 1 });
    const shown = hit!.snippet.map((s) => s.text).join('');
    expect(shown.length).toBeLessThan(hit!.text.length);
    expect(shown.startsWith('…')).toBe(true);
    expect(hit!.snippet.some((s) => s.match && s.text === '打造酒仙湖')).toBe(true);
  });

  it('finds a unit by the reading of the other rendition, and shows that reading', async () => {
    const client = await open();
    // A unit whose other reading has a word its printed text lacks (the seed has several such).
    let probe: { id: string; query: string } | undefined;
    for (const u of built.units) {
      const text = normalizeSearchText(u.text);
      for (const v of u.variants.map(normalizeSearchText)) {
        for (let i = 0; i + 4 <= v.length && !probe; i++) {
          const q = v.slice(i, i + 4);
          if (/^\p{Script=Han}{4}$/u.test(q) && !text.includes(q)) probe = { id: u.id, query: q };
        }
      }
    }
    expect(probe).toBeDefined();
    const results = await client.search(probe!.query, { limit: Infinity });
    const hit = results.find((r) => r.id === probe!.id);
    expect(hit).toBeDefined();
    expect(hit!.snippet.some((s) => s.match && normalizeSearchText(s.text) === probe!.query)).toBe(true);
  });

  it('returns nothing for punctuation or an empty query', async () => {
    const client = await open();
    expect(await client.search('', {})).toEqual([]);
    expect(await client.search('，。', {})).toEqual([]);
  });
});

describe('long queries', () => {
  it('finds a whole pasted clause, fetching only a few chunks for it', async () => {
    const client = await open();
    const clause = built.units.find((u) => u.id === 'yzbf-2023-1/art_2')!.text;
    expect(clause.length).toBeGreaterThan(100);
    const results = await client.search(clause, { limit: 10 });
    expect(results[0]!.id).toBe('yzbf-2023-1/art_2');
    // Both renditions print it: the units holding the clause come first, the rest say they lack it.
    const holding = results.filter((r) => !r.missing);
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.every((r) => normalizeSearchText(r.text).includes(normalizeSearchText(clause)))).toBe(true);
    expect(results.slice(0, holding.length)).toEqual(holding);
    const all = [...built.files.keys()].filter((p) => p.startsWith('terms/')).length;
    expect(fetched.filter((p) => p.startsWith('terms/')).length).toBeLessThan(all / 3);
  });
});

describe('loading', () => {
  it('fetches the manifest, then only the chunks and text fragments a query needs', async () => {
    const client = await open();
    expect(fetched).toEqual(['manifest.json']);
    const [first] = await client.search('校车使用许可', { limit: 10 });
    const chunks = fetched.filter((p) => /^terms\/[0-9a-f]+\/\d+\.json$/.test(p));
    const texts = fetched.filter((p) => p.startsWith('units/') && !p.startsWith('units/dir/'));
    const allTexts = [...built.files.keys()].filter((p) => p.startsWith('units/') && !p.startsWith('units/dir/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThan(index.chunks.length / 2);
    // The result's own stretch of its document, and a few more for the other candidates: not whole documents.
    const own = [...index.units.values()].find((u) => u.unit[0] === first!.id)!;
    expect(texts).toContain(own.file);
    expect(texts.length).toBeLessThan(allTexts.length / 4);
    // Every file but the manifest, the texts and the term chunks is named by its content; texts by their
    // bulletin's, term chunks by their number in a folder named by what their tier is made of.
    expect(texts.every((t) => /^units\/youxian-2023-01\.[0-9a-f]{10}\/\d+\.json$/.test(t))).toBe(true);
    expect(fetched.filter((p) => p !== 'manifest.json' && !texts.includes(p)).every((c) => /^(terms\/dir|units\/dir)\/[0-9a-f]{12}\.json$|^terms\/[0-9a-f]{12}\/\d+\.json$|^lexicon\/[0-9a-f]{10}\/\d+\.json$/.test(c))).toBe(true);
    const before = fetched.length;
    await client.search('校车使用许可', { limit: 10 });
    expect(fetched.length).toBe(before);
  });
});

describe('suggestions', () => {
  /** Units per term of the jieba word field, read from every chunk as written. */
  function wordCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [term, entry] of index.terms) if (entry.fields[WORDS]) counts.set(term, entry.fields[WORDS].units.length);
    return counts;
  }

  it('completes the last word from jieba words, most units first, with their unit counts', async () => {
    const client = await open();
    const counts = wordCounts();
    const found = await client.suggest('攸惠贷 第十');
    expect(found.length).toBe(8);
    expect(found.map((s) => s.text)).toContain('攸惠贷 第十条');
    for (const s of found) {
      expect(s.text).toBe(`攸惠贷 ${s.word}`);
      expect(s.word.startsWith('第十') && s.word !== '第十').toBe(true);
      expect(s.units).toBe(counts.get(s.word));
    }
    expect(found.map((s) => s.units)).toEqual([...found.map((s) => s.units)].sort((a, b) => b - a));
    // No word starting with 第十 that is in more units was left out.
    const best = [...counts].filter(([t]) => t.startsWith('第十') && t !== '第十').map(([, n]) => n).sort((a, b) => b - a);
    expect(found.map((s) => s.units)).toEqual(best.slice(0, 8));

    const inside = await client.suggest('发放');
    expect(inside.map((s) => s.word)).toContain('发放贷款');
  });

  it('offers names jieba cuts apart (a 事项名称, a quoted title), and titles containing the word', async () => {
    const client = await open();
    const school = await client.suggest('校车', 8);
    expect(school.map((s) => s.word)).toEqual(expect.arrayContaining(['校车使用许可', '校车驾驶资格许可', '校车安全管理条例']));
    for (const s of school) expect(normalizeSearchText(s.word)).toContain('校车');
    // Titles containing what was typed, after the completions that start with it.
    const title = await client.suggest('攸惠');
    expect(title.map((s) => s.word)).toContain('攸县“攸惠贷”风险补偿资金管理办法');
    expect(await client.suggest('')).toEqual([]);
    expect(await client.suggest('校车 ')).toEqual([]);
    // Names are counted as the units they name.
    const names = suggestionNames(built.units);
    const permit = names.find(([n]) => n === '校车使用许可');
    expect(permit?.[1]).toBe(built.units.filter((u) => u.type === 'row' && u.text.split('\t').includes('校车使用许可')).length);
    // Outline labels and citation labels are not names; a cell listing titles gives the titles.
    expect(names.some(([n]) => /^[（(][一二三四五六七八九十]+[）)]/.test(n) || /^第.+条$/.test(n) || n.startsWith('《'))).toBe(false);
  });

  it('costs at most about 2.5 KB past what the same search fetches (names are filed in the term chunks)', async () => {
    for (const q of ['校车', '发放', '攸惠', '攸惠贷 第十', '教育']) {
      const client = await open();
      await client.search(q, { limit: 20 });
      const before = new Set(fetched);
      await client.suggest(q);
      const added = fetched.filter((p) => !before.has(p));
      // The words starting with what was typed may run on past the end of its chunk into the next
      // ones (a chunk is about 0.7 KB gzip: 第十 runs over four), and nothing but term chunks is fetched.
      expect(added.every((p) => /^terms\/[0-9a-f]+\/\d+\.json$/.test(p)), q).toBe(true);
      const bytes = added.reduce((n, p) => n + gzipSync(built.files.get(p)!).length, 0);
      expect(bytes, q).toBeLessThanOrEqual(2560);
    }
  });
});

describe('whole words around a match', () => {
  it('writes word spans compactly and reads them back', () => {
    const spans: Span[] = [[0, 3], [5, 9], [9, 11], [140, 166]];
    expect(encodeSpans(spans)).toBe('c2db129z');
    expect(decodeSpans(encodeSpans(spans))).toEqual(spans);
    // Too long to write (over 26) or overlapping: left out, the rest still placed right.
    expect(decodeSpans(encodeSpans([[0, 30], [31, 34], [32, 35], [40, 42]]))).toEqual([[31, 34], [40, 42]]);
    expect(decodeSpans('')).toEqual([]);
  });

  it('marks the word a match lies inside, and only a longer one, leaving the match exact', () => {
    const text = '合作银行按以下流程发放贷款及办理贷款';
    const words: Span[] = [[0, 4], [9, 13]];
    expect(snippet(text, ['发放'], undefined, 110, words)).toEqual([
      { text: '合作银行按以下流程', match: false },
      { text: '发放', match: true, word: true },
      { text: '贷款', match: false, word: true },
      { text: '及办理贷款', match: false },
    ]);
    // The whole word asked for, or a match crossing a word's edge: nothing more to mark.
    expect(snippet(text, ['发放贷款'], undefined, 110, words).some((s) => s.word)).toBe(false);
    expect(snippet(text, ['流程发放'], undefined, 110, words).some((s) => s.word)).toBe(false);
    expect(snippet(text, ['发放'])).toEqual([
      { text: '合作银行按以下流程', match: false },
      { text: '发放', match: true },
      { text: '贷款及办理贷款', match: false },
    ]);
  });

  it('on the seed, every marked word is a jieba word of that unit holding a match, in every result of a query', async () => {
    const client = await open();
    await client.loadAll();
    const words = new Map<string, Set<number>>();
    for (const [term, entry] of index.terms) if (entry.fields[WORDS]) words.set(term, new Set(entry.fields[WORDS].units));
    const unitOf = new Map(built.units.map((u, i) => [u.id, built.numbers[i]!]));
    let marked = 0;
    for (const q of ['发放', '教育', '管理', '资金', '安全']) {
      for (const r of await client.search(q, { limit: Infinity })) {
        // The matches stay exactly the query (the window's end may cut the last one short).
        const matches = r.snippet.filter((s) => s.match).map((s) => normalizeSearchText(s.text));
        expect(matches.slice(0, -1).every((m) => m === q) && q.startsWith(matches.at(-1) ?? q), `${q} ${r.id}`).toBe(true);
        // Consecutive word segments: one or more whole words, each containing the match.
        let group = '';
        for (const s of [...r.snippet, { text: '', match: false }]) {
          if (s.word) group += s.text;
          else if (group) {
            const word = normalizeSearchText(group);
            marked++;
            expect(word.includes(q) && word.length > q.length, `${q} ${r.id} ${word}`).toBe(true);
            expect(words.get(word)?.has(unitOf.get(r.id)!), `${q} ${r.id} ${word}`).toBe(true);
            group = '';
          }
        }
      }
    }
    expect(marked).toBeGreaterThan(20);
    const loan = (await client.search('发放', { limit: Infinity })).flatMap((r) => r.snippet.filter((s) => s.word).map((s) => s.text));
    expect(loan.join('')).toContain('发放贷款');
  });
});

describe('bestFirst', () => {
  it('puts the k first in order ahead of the others, whatever the order they came in', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const before = (a: { p: number; u: number }, b: { p: number; u: number }) => b.p - a.p || a.u - b.u;
    for (const [n, k] of [[0, 20], [5, 20], [20, 20], [21, 20], [300, 20], [300, 1], [1000, 37]] as const) {
      // Scores with many ties, broken by the unit number, as the candidates' order has them.
      const items = Array.from({ length: n }, (_, u) => ({ u, p: Math.floor(random() * 10) }));
      const sorted = [...items].sort(before);
      const chosen = [...items];
      bestFirst(chosen, k, before);
      expect(chosen.slice(0, k)).toEqual(sorted.slice(0, k));
      expect(chosen.map((x) => x.u).sort((a, b) => a - b)).toEqual(items.map((x) => x.u));
    }
  });
});
