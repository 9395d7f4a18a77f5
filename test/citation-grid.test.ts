/**
 * Generated citations (pipeline/bench/citations.ts) on the real seed: every article, 款, item, outline
 * heading and numbered list row, cited under a name of its text in each form lawyers and clerks write,
 * comes first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../pipeline/build.ts';
import { buildSearchIndex, type SearchIndexFiles } from '../pipeline/index/write.ts';
import { removeOutput } from '../pipeline/output.ts';
import { citationCases, type CitationCase } from '../pipeline/bench/citations.ts';
import { RESULTS_PER_PAGE, SearchClient } from '../core/search/client.ts';
import type { BulletinFile } from '../schema/output.ts';

let built: SearchIndexFiles;
let files: BulletinFile[];
let cases: CitationCase[];
beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'gongbao-citations-'));
  try {
    const result = await build({ corpus: join(import.meta.dirname, '..', 'corpus'), out, dataOnly: true });
    files = result.files;
    built = await buildSearchIndex(files);
    cases = citationCases(files, 1);
  } finally {
    await removeOutput(out);
  }
});

describe('generated citations', () => {
  it('cite every article, 款, item and outline heading of the seed in every form, under several names', () => {
    const forms = new Map<string, number>();
    for (const c of cases) forms.set(c.form, (forms.get(c.form) ?? 0) + 1);
    // 128 articles in five forms, 85 items in seven, 18 款 and 18 items under them in three each; 41, 60 and
    // 169 outline headings at three levels, in four, six and three forms.
    expect(forms.get('第十四条')).toBe(128);
    expect(forms.get('第十四条第（三）项')).toBe(85);
    expect(forms.get('第14条第2款')).toBe(18);
    expect(forms.get('二、（四）')).toBe(60);
    expect(forms.get('2.4.27')).toBe(169);
    // 188 numbered rows of task lists, by 序号 and as the Nth item; those numbered beyond their text's parts
    // as its Nth article too; 259 of the permit list's two parts, under their part.
    expect(forms.get('序号26')).toBe(188);
    expect(forms.get('一、序号26')).toBe(259);
    expect(forms.get('第26条')).toBeLessThan(188);
    // Every article after the bulletin and issue printing it; each text's first as its 首条; items of
    // articles in chapters after the chapter's title (业务流程章 8（4）).
    expect(forms.get('《…公报》2023年第1期所载…第十四条')).toBe(128);
    expect(forms.get('首条')).toBe(4);
    expect(forms.get('最后一条')).toBe(4);
    expect(forms.get('末条')).toBe(4);
    // The last paragraph under a heading of several (six in the corpus).
    expect(forms.get('二、（四）最后一段')).toBe(6);
    expect(forms.get('业务流程章 8（4）')).toBe(85);
    // The permit list's rows by the body each names and its number, glued after the list's name, where the
    // two pick one row of both parts (251 of 259).
    expect(forms.get('应急管理局第210项')).toBe(251);
    // Forms a blind set's citations took (test85, test86): 之 between the parts of an outline path, an
    // article's 款 as its 段, an item as an outline's point after its article's number.
    expect(forms.get('二之（四）')).toBe(60);
    expect(forms.get('二（四）之27')).toBe(169);
    expect(forms.get('第14条第2段')).toBe(18);
    expect(forms.get('十四（三）')).toBe(85);
    // ... (test88) and a row joined to its attachment by 之.
    expect(forms.get('附件2之15')).toBe(188);
    // ... (test86) and a row by its place in its part, where the part is the row's first cell.
    expect(forms.get('三、第1项')).toBe(17);
    expect(forms.get('第三类任务第1项')).toBe(17);
    // ... (test88) and an item by what its article or 款 lists (第九条第一项所列第二种资料).
    expect(forms.get('第十四条所列第三种')).toBe(85);
    expect(forms.get('第三条第二款规定的第一种')).toBe(18);
    // ... (test89) an article after its chapter's title in quotes, and an outline's levels as 大点 and 小点.
    expect(forms.get('“管理机构及其职责”章第六条')).toBe(128);
    expect(forms.get('第二大点第（四）小点')).toBe(60);
    // ... (test90) an article's 款 and its item in dotted digits.
    expect(forms.get('3.2.1')).toBe(18);
    // ... and a row by its part's label and its number joined by a dash or in brackets.
    expect(forms.get('一-26')).toBe(259);
    expect(forms.get('一（26）')).toBe(259);
    // ... (test91/92) a 目 below its item in digits, a part's label and a row joined by 之 (in a list per part,
    // and in a list whose part is its first cell, 21 rows), an outline's levels as 大项 and 小项, a point as 条目N.
    expect(forms.get('9条1项3目')).toBe(3);
    expect(forms.get('一之26')).toBe(259);
    expect(forms.get('二之8')).toBe(21);
    expect(forms.get('第二大项第四小项')).toBe(60);
    expect(forms.get('条目十四')).toBe(128);
    expect(forms.get('条目一')).toBe(41);
    // ... (test92) the article and the paragraph under a heading before the last, counted from the end.
    expect(forms.get('倒数第二条')).toBe(4);
    expect(forms.get('倒数第2条')).toBe(4);
    expect(forms.get('二、（四）倒数第二段')).toBe(6);
    // ... (test93/94) an article by §, its item in brackets after it; an outline's second level after its
    // part as a 节 or a bracketed 类, and a point below it; a list's table by its place, a row by its line
    // in its table or its part.
    expect(forms.get('§14')).toBe(128);
    expect(forms.get('§14(3)')).toBe(85);
    expect(forms.get('第二部分第（四）节')).toBe(60);
    expect(forms.get('第二部分第（四）类')).toBe(60);
    expect(forms.get('第二部分第（四）节第27点')).toBe(169);
    expect(forms.get('第一表序26')).toBe(259);
    expect(forms.get('表一第26行')).toBe(259);
    expect(forms.get('第三类第一行')).toBe(17);
    // An article and its item in Chinese numerals without 第, and an item as a point after its article.
    expect(forms.get('十四条三项')).toBe(85);
    expect(forms.get('第14条第3点')).toBe(85);
    // Titles, quoted titles, aliases, 文号 and attachments by number name them.
    expect(cases.some((c) => c.query.startsWith('《攸县国有资产管理办法（试行）》'))).toBe(true);
    expect(cases.some((c) => c.query.startsWith('违建细则'))).toBe(true);
    expect(cases.some((c) => c.query.startsWith('攸政办发〔2023〕1号'))).toBe(true);
    expect(cases.some((c) => c.query.startsWith('2号文附件5'))).toBe(true);
    // The same seed draws the same names; another, others.
    expect(citationCases(files, 1)).toEqual(cases);
    expect(citationCases(files, 2)).not.toEqual(cases);
  });

  it('find the unit cited first', async () => {
    const client = await SearchClient.open(async (path) => JSON.parse(built.files.get(path)!) as unknown);
    const misses: string[] = [];
    for (const c of cases) {
      const first = (await client.find(c.query, { limit: RESULTS_PER_PAGE })).results[0]?.id;
      if (first !== c.id && !c.also?.includes(first!)) misses.push(`${c.query} → ${first} (${c.id})`);
    }
    expect(misses).toEqual([]);
  }, 120_000);
});
