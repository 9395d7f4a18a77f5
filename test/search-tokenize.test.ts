/**
 * The shared tokenizer: normalisation that makes queries meet the printed text, and the recall
 * invariant that every substring's query terms are index terms of every text containing it.
 */
import { describe, expect, it } from 'vitest';
import { indexTerms, normalizeSearchText, normalizeWithMap, queryTerms, queryWords } from '../core/search/tokenize.ts';
import { parseQuery } from '../core/search/query.ts';
import { seededRandom } from '../pipeline/bench/random.ts';
import { seedText } from './seed.ts';

describe('normalizeSearchText', () => {
  it('drops the spaces extractions put between Chinese and digits, keeps those between Latin words', () => {
    expect(normalizeSearchText('A 级景区 3 家')).toBe(normalizeSearchText('A级景区3家'));
    expect(normalizeSearchText('贷款期限不超过 3 年')).toBe('贷款期限不超过3年');
    expect(normalizeSearchText('hello   World')).toBe('hello world');
  });

  it('folds full width and case', () => {
    expect(normalizeSearchText('ＺＺＹＸＤＲ—２０２３—０１００１')).toBe(normalizeSearchText('zzyxdr-2023-01001'));
    expect(normalizeSearchText('（三）')).toBe(normalizeSearchText('(三)'));
  });

  it('writes every bracket form of a 文号 the same way', () => {
    const forms = ['攸政办发〔2023〕6号', '攸政办发[2023]6号', '攸政办发【2023】6号', '攸政办发(2023)6号', '攸政办发（2023）6号', '攸政办发2023年6号', '攸政办发 〔2023〕 6 号', '攸政办发〔二〇二三〕6号'];
    expect(new Set(forms.map(normalizeSearchText))).toEqual(new Set(['攸政办发〔2023〕6号']));
  });

  it('writes article numbers as printed and items in one style', () => {
    expect(normalizeSearchText('第14条')).toBe('第十四条');
    expect(normalizeSearchText('第十四条第（三）项')).toBe('第十四条第三项');
    expect(normalizeSearchText('第14条第(3)项')).toBe('第十四条第三项');
    expect(normalizeSearchText('第二款')).toBe('第二款');
  });

  it('keeps table cells apart with a tab', () => {
    expect(normalizeSearchText('11\t县教育局\t校车使用许可')).toBe('11\t县教育局\t校车使用许可');
    expect(normalizeSearchText('a \t b')).toBe('a\tb');
  });

  it('gives the same text with and without the offset map, on every line of the seed', () => {
    const tricky = ['  攸政办发 [2023] 6 号\t\t第 14 条 ', 'Ａ \u3000级\u200b景区', 'x\t \ty', '第(三)项 and 第3目', 'İstanbul ＡＢ'];
    for (const line of [...seedText.split('\n'), ...tricky]) {
      expect(normalizeSearchText(line), line).toBe(normalizeWithMap(line).text);
    }
  });

  it('maps every normalised character back to the original, for highlighting', () => {
    const original = '依照 攸政办发[2023]6号 第14条 执行';
    const { text, from } = normalizeWithMap(original);
    expect(from).toHaveLength(text.length + 1);
    const at = text.indexOf('攸政办发〔2023〕6号');
    expect(original.slice(from[at], from[at + '攸政办发〔2023〕6号'.length])).toBe('攸政办发[2023]6号 ');
    for (let i = 1; i < from.length; i++) expect(from[i]).toBeGreaterThanOrEqual(from[i - 1]!);
  });
});

describe('terms', () => {
  it('indexes character bigrams of each run and its last character', () => {
    expect(indexTerms('教育局，a级')).toEqual(['教育', '育局', '局', 'a级', '级']);
  });

  it('looks a lone character up by prefix and longer runs by bigrams', () => {
    expect(queryTerms('教育')).toEqual([{ term: '教育', prefix: false }]);
    expect(queryTerms('局')).toEqual([{ term: '局', prefix: true }]);
  });

  it('keeps a digit, a sign and a digit together, so that 1:10 is not two numbers', () => {
    expect(indexTerms(normalizeSearchText('按1∶10比例'))).toEqual(['按1', '1', '10', '0比', '比例', '例', '1:1']);
    expect(queryTerms('1:10')).toEqual([{ term: '1', prefix: true }, { term: '10', prefix: false }, { term: '1:1', prefix: false }]);
    expect(indexTerms('2.1万')).toContain('2.1');
  });

  it('gives every substring of the seed terms that every text containing it was indexed with', () => {
    const lines = seedText.split('\n').map(normalizeSearchText).filter((l) => l.length > 8);
    const random = seededRandom(7);
    for (let n = 0; n < 2000; n++) {
      const line = lines[Math.floor(random() * lines.length)]!;
      const start = Math.floor(random() * (line.length - 2));
      const query = line.slice(start, start + 2 + Math.floor(random() * 7));
      const indexed = indexTerms(line);
      for (const t of queryTerms(query)) {
        const ok = t.prefix ? indexed.some((i) => i.startsWith(t.term)) : indexed.includes(t.term);
        if (!ok) throw new Error(`query ${query} term ${t.term} not indexed in ${line}`);
      }
    }
  });
});

describe('parseQuery', () => {
  it('finds the article path and the words that name the document', () => {
    const q = parseQuery('攸惠贷 第14条第(三)项');
    expect(q.ref).toBe('第十四条第三项');
    expect(q.rest).toEqual(['攸惠贷']);
    expect(q.words).toEqual(['攸惠贷', '第十四条第三项']);
  });

  it('finds a 文号 in any bracket form', () => {
    expect(parseQuery('攸政办发2023年6号').docNumber).toMatchObject({ normalized: '攸政办发〔2023〕6号', serial: 6, year: 2023 });
    expect(parseQuery('8号文 第五条').docNumber).toEqual({ serial: 8 });
    expect(parseQuery('〔2023〕8号').docNumber).toEqual({ serial: 8, year: 2023 });
    expect(parseQuery('攸政办发[2023]6号 第二条').ref).toBe('第二条');
  });

  it('reads a year said by its last two digits as printed, only before a month or the year\'s start or end', () => {
    expect(parseQuery('攸惠贷的规矩从二三年几月份起算数').words).toEqual(['攸惠贷的规矩从2023年几月份起算数']);
    expect(parseQuery('23年底 购房补贴').words).toEqual(['2023年底', '购房补贴']);
    expect(parseQuery('二〇年初').words).toEqual(['2020年初']);
    // Two or three years, and twelve or thirteen: no year.
    expect(parseQuery('过了二三年还没拆').words).toEqual(['过了二三年还没拆']);
    expect(parseQuery('十二三年了').words).toEqual(['十二三年了']);
  });

  it('reads a length of time in Chinese numerals, and a share in tenths, also as clauses print them, in digits', () => {
    const forms = (q: string) => parseQuery(q).concepts.flatMap((c) => c.alternatives.map((a) => a.text));
    expect(forms('三年以内')).toEqual(['三年以内', '3年以内']);
    // 以上 beside it is no concept: the number says it.
    expect(forms('三年以上')).toEqual(['三年', '3年']);
    expect(forms('十五个工作日')).toEqual(['十五个工作日', '15个工作日']);
    // And typed in digits, as a clause prints it in Chinese numerals (投入使用满三十年的房屋).
    expect(forms('30年')).toEqual(['30年', '三十年']);
    expect(forms('3个月以内')).toEqual(['3个月以内', '三个月以内']);
    expect(forms('2023年')).toEqual(['2023年']);
    // Not a year's name or a plan's (三年行动), nor a count of something else.
    expect(forms('三年行动')).toEqual(['三年行动']);
    expect(forms('三个人')).toEqual(['三个人']);
    // A share said in tenths, as the percentage printed.
    expect(forms('六成五')).toEqual(['六成五', '65%']);
    expect(forms('三成')).toEqual(['三成', '30%']);
    // A ratio said with 比, as printed with colons; typed with colons, kept whole.
    expect(forms('1比10')).toEqual(['1比10', '1:10']);
    expect(forms('二比三比五')).toEqual(['二比三比五', '2:3:5']);
    expect(forms('1:10')).toEqual(['1:10']);
    expect(forms('比例')).toEqual(['比例']);
  });

  it('reads the first months of a year as a release of statistics prints them (头五个月, 一到三月: 1—5月, 1—3月 and 一季度)', () => {
    const forms = (q: string) => parseQuery(q).concepts.flatMap((c) => c.alternatives.map((a) => a.text));
    expect(forms('头五个月 游客')).toEqual(['头五个月', '1-5月', '游客']);
    expect(forms('一到三月')).toEqual(['一到三月', '1-3月', '一季度']);
    expect(forms('前6个月')).toEqual(['前6个月', '1-6月', '上半年']);
    // Inside a run of words, a word of its own.
    expect(parseQuery('今年头五个月来檀山玩的游客').concepts.map((c) => c.text)).toContain('头五个月');
    // Not a deadline (前三个月内) nor a length (三个月).
    expect(forms('前三个月内')).not.toContain('1-3月');
    expect(forms('三个月')).not.toContain('1-3月');
  });

  it('splits words on ASCII and ideographic spaces', () => {
    expect(queryWords(normalizeSearchText('风补资金'))).toEqual(['风补资金']);
    expect(parseQuery('风补资金\u3000利息').words).toEqual(['风补资金', '利息']);
  });

  it('keeps a pinyin word, and a word of letters glued to Chinese, typed beside Chinese apart; joins the spacing of numbers and single letters', () => {
    expect(parseQuery('消防 quanze qingdan').words).toEqual(['消防', 'quanze', 'qingdan']);
    expect(parseQuery('fangdichan 若干措施').words).toEqual(['fangdichan', '若干措施']);
    expect(parseQuery('A 级景区 3 家').words).toEqual([normalizeSearchText('A级景区3家')]);
    expect(parseQuery('2023 年 第1期').words).toEqual(['2023年', '第1期'].map(normalizeSearchText));
    // A word holding letters typed glued to Chinese (5G基站, KTV包厢) is a word of its own, not the spacing of a number.
    expect(parseQuery('主动仗方案 5G基站').words).toEqual(['主动仗方案', '5g基站']);
    expect(parseQuery('建了 KTV包厢').words).toEqual(['建了', 'ktv包厢']);
    expect(parseQuery('国务院令第 743 号').words).toEqual(['国务院令第743号']);
  });
});
