/**
 * The citation grammar as pure string work, on real sentences of the seed (by source line) and on
 * small cases, traps included: what must be found, with its span, and what must not link.
 */
import { describe, expect, it } from 'vitest';
import { seedText } from './seed.ts';
import { findPinpoints } from '../pipeline/link/pinpoints.ts';
import { findTitles } from '../pipeline/link/titles.ts';
import { findDocNumbers } from '../pipeline/link/doc-numbers.ts';
import { scanCitations, type Citation } from '../pipeline/link/citations.ts';
import { clauses, periodEnd, readClause } from '../pipeline/link/validity.ts';
import { validityStatus as status } from '../core/validity.ts';
import { authorityKind } from '../pipeline/link/authorities.ts';

const lines = seedText.split('\n');
const line = (n: number) => lines[n - 1]!;
/** The first rendition (lines 1–2121) with the 目录 (lines 1–25, titles cut by line breaks) left out. */
const body = lines.slice(26, 2121);

const where = (c: Citation) =>
  c.base?.type === 'authority' ? (c.base.authority.title ?? c.base.authority.number?.normalized) : c.base?.type ?? c.authority?.title ?? c.self;

describe('numbers of articles, 款, items', () => {
  it('reads both citation styles, lists and ranges', () => {
    const cases: Array<[string, object[]]> = [
      ['第五条第一款第（三）项', [{ article: 5, paragraph: 1, item: 3 }]],
      ['第五条第一款第(三)项', [{ article: 5, paragraph: 1, item: 3 }]],
      ['第十条第二款第三项', [{ article: 10, paragraph: 2, item: 3 }]],
      ['第十条之一', [{ article: 10, articleSuffix: 1 }]],
      ['第一百零二条', [{ article: 102 }]],
      ['第二、三、四、五项', [{ item: 2 }, { item: 3 }, { item: 4 }, { item: 5 }]],
      ['第（三）项至第（八）项', [3, 4, 5, 6, 7, 8].map((item) => ({ item }))],
      ['第七十九条至第八十三条', [79, 80, 81, 82, 83].map((article) => ({ article }))],
      ['第三十一条、第三十二条', [{ article: 31 }, { article: 32 }]],
      ['第五条第一款、第二款', [{ article: 5, paragraph: 1 }, { article: 5, paragraph: 2 }]],
      ['第（一）、（四）项', [{ item: 1 }, { item: 4 }]],
    ];
    for (const [text, points] of cases) {
      const found = findPinpoints(text);
      expect(found, text).toHaveLength(1);
      expect(found[0]!.surface).toBe(text);
      expect(found[0]!.points, text).toEqual(points);
    }
  });

  it('does not read 第二批, 第1期, 第一章, 第十一届, 第二十二次会议, 项目, 条件 as citations', () => {
    for (const text of ['第二批', '2023年第1期', '第一章 总 则', '第十一届', '第二十二次会议通过', '第三项目标', '第一条件', '第二名']) {
      expect(findPinpoints(text), text).toEqual([]);
    }
  });

  it('finds the seed’s own: 第二、三、四、五项 and 第四、五项 of the 8号 措施 (line 1969)', () => {
    const found = findPinpoints(line(1969));
    expect(found.map((f) => f.surface)).toEqual(['第二、三、四、五项', '第四、五项']);
    const [a, b] = found;
    expect(line(1969).slice(a!.start, a!.end)).toBe('第二、三、四、五项');
    expect(b!.points).toEqual([{ item: 4 }, { item: 5 }]);
  });
});

describe('titles', () => {
  it('finds every 《》 of the seed’s first rendition, nested ones too, with spans', () => {
    let opening = 0;
    let found = 0;
    let nested = 0;
    for (const l of body) {
      opening += [...l].filter((c) => c === '《' || c === '〈').length;
      for (const t of findTitles(l)) {
        expect(l.slice(t.start, t.end)).toBe(t.surface);
        found++;
        if (t.depth > 0) nested++;
      }
    }
    // Titles cut by a line break (3 in the notices' headings, 1 at a page break) are joined in the tree.
    expect(found).toBeGreaterThanOrEqual(opening - 12);
    expect(found).toBeGreaterThan(590);
    expect(nested).toBeGreaterThan(10);
  });

  it('normalises nested titles to 〈〉, also when printed 《《》》, and joins a title cut by a line break', () => {
    const t = findTitles(line(2059).split('\t')[3]!);
    expect(t[0]!.title).toBe('湖南省实施〈中华人民共和国消防法〉办法');
    expect(t[1]).toMatchObject({ title: '中华人民共和国消防法', depth: 1 });
    const cut = findTitles('根据《攸县作风建\n设三年行动方案（2023-2025年）》（攸三高部〔2023〕6号）');
    expect(cut[0]!.title).toBe('攸县作风建设三年行动方案（2023-2025年）');
  });
});

describe('文号', () => {
  it('finds the seed’s 文号 in running text, cutting the verb before the agency', () => {
    const all = new Set<string>();
    for (const l of body) for (const d of findDocNumbers(l)) if (d.kind === 'docNumber') all.add(d.normalized);
    for (const n of ['湘政办发〔2017〕79号', '湘政办发〔2019〕64号', '攸政办发〔2017〕10号', '国办发〔2022〕34号', '攸三高部〔2023〕6号', '公治〔2017〕529号', '财税〔2022〕41号', '国发〔2016〕72号', '安监总厅管一〔2013〕143号']) {
      expect(all.has(n), n).toBe(true);
    }
    expect([...all].some((n) => n.startsWith('落实') || n.startsWith('含'))).toBe(false);
    expect(all.size).toBeGreaterThanOrEqual(35);
  });

  it('reads 令 numbers and standards next to a title', () => {
    const found = findDocNumbers('《湖南省专职消防队伍管理办法》（省政府令 第 312 号）和《乡镇消防队》（GB/T35547-2017）、（2014年省 政府令第271号）');
    expect(found.map((f) => [f.kind, f.normalized])).toEqual([
      ['decree', '省政府令第312号'],
      ['standard', 'GB/T 35547-2017'],
      ['decree', '省政府令第271号'],
    ]);
  });

  it('does not take a year next to 号 or an issue number for a 文号', () => {
    for (const text of ['攸县人民政府公报2023年第1期', '于2023年6月14日公布', '（2021年第1号）', '2023年12号楼']) {
      expect(findDocNumbers(text).filter((d) => d.kind === 'docNumber'), text).toEqual([]);
    }
  });
});

describe('scope', () => {
  it('a 《》 switches scope for the articles that follow in the sentence; a new sentence returns it', () => {
    const r = scanCitations('依照《中华人民共和国行政处罚法》第三十二条、第三十三条的规定处理。违反本办法第五条的，依照第六条处理。');
    const pins = r.citations.filter((c) => c.kind === 'pinpoint');
    expect(pins.map((c) => [c.surface, where(c)])).toEqual([
      ['第三十二条、第三十三条', '中华人民共和国行政处罚法'],
      ['第五条', 'current'],
      ['第六条', 'current'],
    ]);
  });

  it('本办法/本细则/本方案 name the enclosing instrument whatever the word; 本通知 the document', () => {
    const r = scanCitations('本办法所称的当事人；本细则；本工作方案；本通知');
    expect(r.citations.map((c) => [c.surface, c.self])).toEqual([
      ['本办法', 'instrument'],
      ['本细则', 'instrument'],
      ['本工作方案', 'instrument'],
      ['本通知', 'document'],
    ]);
  });

  it('an article quoted from another law never points at the current instrument (附件1 of 〔2023〕9号, line 2055)', () => {
    const cell = line(2055).split('\t')[5]!;
    const r = scanCitations(cell);
    const pins = r.citations.filter((c) => c.kind === 'pinpoint');
    expect(pins.every((c) => c.base?.type === 'authority')).toBe(true);
    expect(pins.map((c) => [c.surface, where(c), c.quoted ?? false])).toEqual([
      ['第五十二条', '中华人民共和国消防法', true],
      ['第七十六条', '中华人民共和国行政处罚法', true],
      ['第二十条', '中华人民共和国行政处罚法', false],
      ['第七十七条', '中华人民共和国行政处罚法', true],
      ['第七十八条', '中华人民共和国行政处罚法', true],
      ['第六十七条', '中华人民共和国行政处罚法', false],
      ['第七十四条', '中华人民共和国行政处罚法', false],
    ]);
    // 本法 inside the quote is the quoted law; 前款 is the quoted article's first 款.
    expect(r.citations.filter((c) => c.kind === 'self').every((c) => c.authority?.title === '中华人民共和国行政处罚法')).toBe(true);
    const previous = r.citations.find((c) => c.kind === 'relative')!;
    expect(previous.base).toMatchObject({ relative: '前款', quote: { article: 76, paragraph: 2 } });
    // The quote is still open at the end of the cell: the next row's 第七十九条 continues it.
    expect(r.quote).toMatchObject({ authority: { title: '中华人民共和国行政处罚法' }, article: 78 });
    const next = scanCitations(line(2059).split('\t')[5]!, { quote: r.quote });
    expect(next.citations.filter((c) => c.kind === 'pinpoint').slice(0, 5).map((c) => [c.surface, where(c)])).toEqual(
      ['第七十九条', '第八十条', '第八十一条', '第八十二条', '第八十三条'].map((s) => [s, '中华人民共和国行政处罚法']),
    );
  });

  it('without a quote carried in, a cell opening with 第七十九条 is not a citation of anything', () => {
    const r = scanCitations(line(2059).split('\t')[5]!);
    expect(r.citations.filter((c) => c.kind === 'pinpoint' && c.base?.type === 'current')).toEqual([]);
    expect(r.citations.some((c) => c.surface === '第七十九条')).toBe(false);
  });

  it('extraction spaces normalised away do not hide a quoted article (第五十二条地方各级…)', () => {
    const r = scanCitations('1.【法律】《中华人民共和国消防法》第五十二条地方各级人民政府应当落实消防工作责任制。\n第五十三条消防救援机构应当对机关、团体进行监督检查。');
    expect(r.citations.filter((c) => c.kind === 'pinpoint').map((c) => [c.surface, c.quoted, where(c)])).toEqual([
      ['第五十二条', true, '中华人民共和国消防法'],
      ['第五十三条', true, '中华人民共和国消防法'],
    ]);
  });

  it('a 文号 beside a title names the same authority; an alias defined by 以下简称 switches scope later', () => {
    const r = scanCitations('根据《湖南省推进普惠金融发展实施方案》（湘政办发〔2017〕79号，以下简称《方案》）。按照《方案》第三条执行。');
    const number = r.citations.find((c) => c.kind === 'docNumber')!;
    const title = r.citations.find((c) => c.kind === 'title')!;
    expect(number.authority).toBe(title.authority);
    const pin = r.citations.find((c) => c.kind === 'pinpoint')!;
    expect(pin.base).toMatchObject({ type: 'authority', authority: { title: '湖南省推进普惠金融发展实施方案' } });
  });

  it('前款/本条/前条 are positional, and carry the chain after them', () => {
    const r = scanCitations('依照前款第（一）项、本条和前条规定');
    expect(r.citations.map((c) => [c.surface, c.kind, c.base?.type === 'relative' ? c.base.relative : undefined])).toEqual([
      ['前款第（一）项', 'relative', '前款'],
      ['本条', 'relative', '本条'],
      ['前条', 'relative', '前条'],
    ]);
    expect(scanCitations('本条例').citations.map((c) => c.kind)).toEqual(['self']);
  });
});

describe('validity clauses', () => {
  it('reads start, duration, item periods and repeals', () => {
    expect(readClause('本办法从 2023 年 2 月 1 日起施行', '2023-01-31')).toEqual({ from: '2023-02-01' });
    expect(readClause('本细则自文件印发之日起施行', '2023-06-15')).toEqual({ from: '2023-06-15' });
    expect(readClause('执行期限暂定 1 年', '2023-12-12')).toEqual({ duration: { n: 1, unit: '年' } });
    expect(readClause('其中第二、三、四、五项奖补政策执行期限从 2024 年 1 月 1 日起至 2024 年 6 月 30 日止', 'x')).toEqual({ from: '2024-01-01', until: '2024-06-30' });
    expect(readClause('原《攸县测试办法》同时废止', 'x')).toEqual({ repeal: true });
    expect(readClause('自本办法印发之日起，已经出租、出借且合同未到期的办公用房', '2023-09-04')).toEqual({});
    expect(readClause('施行过程中法律法规有新规定的', 'x')).toEqual({});
    expect(periodEnd('2024-01-01', 1, '年')).toBe('2024-12-31');
    expect(periodEnd('2024-03-31', 1, '个月')).toBe('2024-04-30');
    // 本措施…起施行 | 执行期限暂定 1 年 | 其中第二…止 | 第四、五项…享受 | 如退房… | 补贴申报…
    expect(clauses(line(1969)).map((c) => c.sentence)).toEqual([0, 0, 0, 0, 1, 2]);
  });

  it('computes the status for a given date', () => {
    const v = { effectiveFrom: '2024-01-01', effectiveUntil: '2024-12-31' };
    expect(status(v, '2023-12-31')).toBe('尚未施行');
    expect(status(v, '2024-06-30')).toBe('施行中');
    expect(status(v, '2025-01-01')).toBe('已失效');
  });
});

describe('kinds of authority', () => {
  it('where the title, the number or a 【】 label says it, and only there', () => {
    expect(authorityKind({ title: '中华人民共和国消防法' })).toBe('法律');
    expect(authorityKind({ title: '校车安全管理条例' })).toBe('行政法规');
    expect(authorityKind({ title: '湖南省林业条例' })).toBe('地方性法规');
    expect(authorityKind({ title: '湖南省实施〈中华人民共和国港口法〉办法' })).toBe('地方性法规');
    expect(authorityKind({ title: '消防安全责任制实施办法', label: '规范性文件' })).toBe('规范性文件');
    expect(authorityKind({ title: '湖南省古树名木保护办法' })).toBeUndefined();
    // Place names are not any 市/区 in a title.
    expect(authorityKind({ title: '城市市容和环境卫生管理条例' })).toBe('行政法规');
    expect(authorityKind({ title: '人力资源市场暂行条例' })).toBe('行政法规');
    expect(authorityKind({ title: '风景名胜区条例' })).toBe('行政法规');
    expect(authorityKind({ title: '株洲市城市综合管理条例' })).toBe('地方性法规');
    expect(authorityKind({ title: '湖南省专职消防队伍管理办法', number: { kind: 'decree', normalized: '省政府令第312号', start: 0, end: 0, surface: '' } })).toBe('规章');
  });
});
