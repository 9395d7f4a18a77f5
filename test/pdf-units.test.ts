/**
 * The PDF ingest's pieces on hand-made input (no PDF needed): spacing inside and between text runs,
 * lines by baseline, fake bold, page numbers, fonts as cues, wrapped versus ended lines, the ruled
 * table grid with spans, unruled tables, and paragraphs over a page break.
 */
import { describe, expect, it } from 'vitest';
import { cleanRunText } from '../pipeline/ingest/pdf/chars.ts';
import { fontStyle } from '../pipeline/ingest/pdf/fonts.ts';
import { groupLines, makeLine } from '../pipeline/ingest/pdf/lines.ts';
import type { Run } from '../pipeline/ingest/pdf/runs.ts';
import { pageNumberOf } from '../pipeline/ingest/pdf/furniture.ts';
import { endsParagraph } from '../pipeline/ingest/pdf/wrap.ts';
import { findTables, mergeRules } from '../pipeline/ingest/pdf/lattice.ts';
import type { Rule } from '../pipeline/ingest/pdf/graphics.ts';
import { findStreamTables } from '../pipeline/ingest/pdf/stream.ts';
import { baselineRows } from '../pipeline/ingest/pdf/lines.ts';
import { assemble } from '../pipeline/ingest/pdf/index.ts';
import type { PageLayout } from '../pipeline/ingest/pdf/layout.ts';

const song = fontStyle('ABCDEF+FangSong_GB2312');
const bold = fontStyle('NotoSerifCJKsc-Bold');

/** A run of `text` at x with font size `size` on baseline y; its width from the characters (Han 1 em, others 0.5 em). */
function run(text: string, x: number, y: number, size = 16, font = song): Run {
  const width = [...text].reduce((w, ch) => w + (/[\u0000-\u00ff]/.test(ch) ? 0.5 : 1), 0) * size;
  return { text, x0: x, x1: x + width, baseline: y, size, font, bold: font.bold, spaceBefore: false, spaceAfter: false, upright: true, order: 0 };
}

describe('spaces inside a text item', () => {
  it('drops WPS letter-spacing between Chinese glyphs and inside numbers', () => {
    expect(cleanRunText('各 职 能 部 门')).toBe('各职能部门');
    expect(cleanRunText('标 点 符 号 是 公 文 的 有 机 组 成 部 分 ，也 是')).toBe('标点符号是公文的有机组成部分，也是');
    expect(cleanRunText('增 长 7 . 8 %')).toBe('增长7.8%');
    expect(cleanRunText('201 3 -20 1 5')).toBe('2013-2015');
  });
  it('keeps spaces between Latin words and at a Chinese/Latin boundary', () => {
    expect(cleanRunText('GB/T 9704 印刷')).toBe('GB/T 9704 印刷');
    expect(cleanRunText('Layout key for official document')).toBe('Layout key for official document');
    expect(cleanRunText('2012 年 12 月 12 日印发')).toBe('2012 年 12 月 12 日印发');
    expect(cleanRunText('第一章　总　则')).toBe('第一章总则');
  });
});

describe('lines', () => {
  it('clusters runs by baseline and orders them by x, whatever the stream order', () => {
    const runs = [run('第二行', 100, 130), run('第一行后半', 148, 100.5), run('第一行', 100, 100)];
    expect(groupLines(runs, 1).map((l) => l.text)).toEqual(['第一行第一行后半', '第二行']);
  });
  it('puts a space between Latin runs and a wide gap between Chinese ones, none in a tight Chinese line', () => {
    expect(makeLine([run('GB/T', 100, 100), run('9704', 140, 100)], 1).text).toBe('GB/T 9704');
    expect(makeLine([run('攸县', 100, 100), run('人民', 134, 100)], 1).text).toBe('攸县人民');
    expect(makeLine([run('第一章', 100, 100), run('总则', 164, 100)], 1).text).toBe('第一章 总则');
  });
  it('splits a line at a gap of several ems into fields (印发机关 and 印发日期)', () => {
    const lines = groupLines([run('攸县人民政府办公室', 90, 700), run('2023年12月20日印发', 330, 700)], 1);
    expect(lines.map((l) => l.text)).toEqual(['攸县人民政府办公室', '2023年12月20日印发']);
  });
  it('joins a superscript to its line', () => {
    const lines = groupLines([run('60 g/m', 100, 200, 10.5), run('2', 131.6, 196.5, 7), run('的纸', 137, 200, 10.5)], 1);
    expect(lines.map((l) => l.text)).toEqual(['60 g/m2的纸']);
  });
  it('records bold spans from bold faces', () => {
    const line = makeLine([run('防范化解政府债务风险。', 100, 100, 16, bold), run('健全规范政府举债融资机制', 276, 100)], 1);
    expect(line.text).toBe('防范化解政府债务风险。健全规范政府举债融资机制');
    expect(line.bold).toEqual([[0, 11]]);
  });
});

describe('fonts', () => {
  it('reads the 公文 faces and bold weights from real font names', () => {
    expect(fontStyle('ABSEKN+FangSong').family).toBe('fangsong');
    expect(fontStyle('TFHWIW+SimHei')).toMatchObject({ family: 'hei', bold: true });
    expect(fontStyle('GQYLIW+FZXBSJW--GB1-0')).toMatchObject({ family: 'xiaobiaosong', bold: true });
    expect(fontStyle('KaiTi_GB2312')).toMatchObject({ family: 'kai', bold: false });
    expect(fontStyle('NotoSerifCJKsc-Bold')).toMatchObject({ family: 'song', bold: true });
    expect(fontStyle('YMVEVT+MicrosoftYaHei').bold).toBe(false);
  });
});

describe('page numbers', () => {
  it('reads the printed forms', () => {
    expect(pageNumberOf('— 5 —')).toBe(5);
    expect(pageNumberOf('–– 12 ––')).toBe(12);
    expect(pageNumberOf('- 3 -')).toBe(3);
    expect(pageNumberOf('–– -7- ––')).toBe(7);
    expect(pageNumberOf('第 5 页')).toBe(5);
    expect(pageNumberOf('第5页 共20页')).toBe(5);
    expect(pageNumberOf('197')).toBe(197);
    expect(pageNumberOf('第五条')).toBeUndefined();
    expect(pageNumberOf('2023年第1期')).toBeUndefined();
  });
});

describe('wrapped or ended', () => {
  const right = 516;
  it('a line ending a character short of the margin is wrapped when the next character would not fit', () => {
    const prev = makeLine([run('一二三四五六七八九十一二三四五六七八九十一二三四五六', 100, 100)], 1); // ends at 516
    const next = makeLine([run('续写的文字。', 100, 129)], 1);
    expect(endsParagraph(prev, next, right)).toBe(false);
    const short = makeLine([run('一二三四五六七八九十一二三四五六七八九十一二三四', 100, 100)], 1); // two characters of room
    expect(endsParagraph(short, next, right)).toBe(true);
  });
  it('carries a character down with punctuation a line may not start with', () => {
    const prev = makeLine([run('一二三四五六七八九十一二三四五六七八九十一二三四五', 100, 100)], 1); // one em of room
    const next = makeLine([run('六，续写。', 100, 129)], 1);
    expect(endsParagraph(prev, next, right)).toBe(false);
  });
});

describe('ruled tables', () => {
  // A 3-column grid of 3 rows; the first column's cell spans rows 2–3 (no rule between them there).
  const xs = [100, 160, 300, 400];
  const ys = [100, 120, 160, 200];
  const h = (y: number, from: number, to: number): Rule => ({ horizontal: true, at: y, from, to, width: 0.5 });
  const v = (x: number, from: number, to: number): Rule => ({ horizontal: false, at: x, from, to, width: 0.5 });
  const rules: Rule[] = [
    h(ys[0]!, 100, 400),
    h(ys[1]!, 100, 400),
    // Between rows 2 and 3 the rule starts after the first column (split in two segments, as producers draw them).
    h(ys[2]!, 160, 250),
    h(ys[2]!, 250, 400),
    h(ys[3]!, 100, 400),
    ...xs.map((x) => v(x, 100, 200)),
  ];
  const runs = [
    run('序号', 104, 115, 10),
    run('事项', 164, 115, 10),
    run('单位', 304, 115, 10),
    run('1', 104, 155, 10),
    run('第一项事项的很长文字', 164, 135, 10),
    run('第二行', 164, 148, 10),
    run('县商务局', 304, 135, 10),
    run('第二项', 164, 175, 10),
    run('县发改局', 304, 175, 10),
    run('段落外的文字', 100, 300, 10),
  ];
  it('merges collinear rules', () => {
    expect(mergeRules(rules).filter((r) => r.horizontal && Math.abs(r.at - 160) < 1)).toEqual([{ horizontal: true, at: 160, from: 160, to: 400, width: 0.5 }]);
  });
  it('builds the grid with a row span where a border is missing, and places text by centre', () => {
    const { tables, rest } = findTables(rules, runs, 1);
    expect(rest.map((r) => r.text)).toEqual(['段落外的文字']);
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    expect(t.xs).toEqual(xs);
    const cells = t.rows.map((row) => row.map((c) => [c.column, c.rowSpan, c.columnSpan, c.text]));
    expect(cells).toEqual([
      [
        [0, 1, 1, '序号'],
        [1, 1, 1, '事项'],
        [2, 1, 1, '单位'],
      ],
      [
        [0, 2, 1, '1'],
        // The second line ends short: a paragraph of its own inside the cell.
        [1, 1, 1, '第一项事项的很长文字\n第二行'],
        [2, 1, 1, '县商务局'],
      ],
      [
        [1, 1, 1, '第二项'],
        [2, 1, 1, '县发改局'],
      ],
    ]);
  });
  it('cuts a text item printed across a column border', () => {
    const joined = [run('序号事项', 104, 115, 10)];
    // 序号 ends at 124, 事项 would start at 124: move it over the border by placing it wide.
    joined[0]!.x1 = 200;
    const { tables } = findTables(rules, joined, 1);
    expect(tables[0]!.rows[0]!.map((c) => c.text)).toEqual(['序号', '事项', '']);
  });
});

describe('unruled tables', () => {
  it('reads rows whose segments start at the same columns', () => {
    const rows = [0, 1, 2, 3].map((k) => [run(`${k + 1}`, 100, 100 + 20 * k, 10), run(`事项${k + 1}`, 150, 100 + 20 * k, 10), run('县林业局', 300, 100 + 20 * k, 10)]);
    const prose = [run('这是一段正文，不是表格。', 100, 200, 10)];
    const { tables, rest } = findStreamTables(baselineRows([...rows.flat(), ...prose]), 1);
    expect(rest.map((r) => r.text)).toEqual(['这是一段正文，不是表格。']);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.map((c) => `${c.column}:${c.text}`))).toEqual([0, 1, 2, 3].map((k) => [`0:${k + 1}`, `1:事项${k + 1}`, '2:县林业局']));
  });
  it('leaves two-field lines that do not repeat alone', () => {
    const { tables } = findStreamTables(baselineRows([run('攸县人民政府办公室', 90, 700), run('2023年12月20日印发', 330, 700)]), 1);
    expect(tables).toEqual([]);
  });
});

describe('paragraphs over a page break', () => {
  /** A page of 公文 body text: 28 characters a line from x=79 to 527 at 16 pt, a running header and a footer page number. */
  function page(n: number, lines: Array<[string, number]>): PageLayout {
    const items = [
      ...[['攸县人民政府公报', 200, 60]].map(([t, x, y]) => makeLine([run(t as string, x as number, y as number, 10.5)], n)),
      ...lines.map(([t, indent], k) => makeLine([run(t, 79 + indent * 16, 150 + 29 * k)], n)),
      makeLine([run(`— ${n + 4} —`, 270, 800, 14)], n),
    ].map((line) => ({ kind: 'line' as const, line, top: line.top, bottom: line.bottom }));
    return { page: n, width: 595, height: 842, items, tables: [] };
  }
  const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八';
  it('joins a paragraph across the break and over the header and footer, and keeps the printed pages', () => {
    const source = assemble(
      [
        page(1, [
          ['第一条' + full.slice(3, 26), 2],
          [full, 0],
          ['本段落到此结束。', 0],
          ['第二条' + full.slice(3, 26), 2],
          [full, 0],
        ]),
        page(2, [
          ['跨页接续的文字。', 0],
          ['第三条' + full.slice(3, 26), 2],
          ['短行。', 0],
          [full.slice(0, 26), 2],
          ['结束。', 0],
        ]),
      ],
      'x.pdf',
    );
    expect(source.pages).toEqual([
      { page: 1, printedPage: 5 },
      { page: 2, printedPage: 6 },
    ]);
    expect(source.children.map((l) => [l.text.slice(0, 3), l.position])).toEqual([
      ['第一条', { line: 1, page: 1, printedPage: 5 }],
      ['第二条', { line: 2, page: 1, endPage: 2, printedPage: 5, endPrintedPage: 6 }],
      ['第三条', { line: 3, page: 2, printedPage: 6 }],
      ['一二三', { line: 4, page: 2, printedPage: 6 }],
    ]);
    expect(source.children[1]!.text.endsWith(`${full}跨页接续的文字。`)).toBe(true);
  });
});

describe('tables over page breaks', () => {
  /** A page holding one ruled table part: rows of cell texts ('' empty, null covered by the cell above), columns 60 pt wide from x. */
  function tablePage(page: number, rows: Array<Array<string | null>>, x = 80): PageLayout {
    const C = rows[0]!.length;
    const xs = Array.from({ length: C + 1 }, (_, j) => x + 60 * j);
    const ys = Array.from({ length: rows.length + 1 }, (_, k) => 100 + 30 * k);
    const grid = rows.map((cells, k) =>
      cells.flatMap((text, j) => {
        if (text === null) return [];
        let span = 1;
        while (rows[k + span]?.[j] === null) span++;
        return [{ row: k, column: j, rowSpan: span, columnSpan: 1, x0: xs[j]!, x1: xs[j + 1]!, top: ys[k]!, bottom: ys[k + span]!, text, bold: false, lines: [] }];
      }),
    );
    const table = { page, x0: xs[0]!, x1: xs[C]!, top: ys[0]!, bottom: ys[rows.length]!, xs, ys, rows: grid };
    const items = grid.map((cells, index) => ({ kind: 'row' as const, table, index, cells, top: ys[index]!, bottom: ys[index + 1]!, ruled: true }));
    return { page, width: 595, height: 842, items, tables: [table] };
  }
  const header = ['序号', '工作任务', '工作事项', '牵头单位'];
  const rowsOf = (source: ReturnType<typeof assemble>) =>
    source.children.map((l) => [l.text, l.position.page, l.position.endPage, l.row!.header ?? false, l.row!.pageStart ?? false]);

  it('joins the rest of a row broken by the page break to it, and marks the repeated header', () => {
    const source = assemble(
      [
        tablePage(1, [header, ['1', '1.开展促消费活动', '聚焦餐饮、家电。', '县商务局'], ['2', '2.支持住房消费', '抓好上级政策落实，', '县住建局']]),
        tablePage(2, [header, ['', '', '全面推进“保交楼”。', ''], ['3', '3.激活文旅消费', '大力开展旅游。', '县文旅局']], 74),
      ],
      'x.pdf',
    );
    expect(rowsOf(source)).toEqual([
      ['序号\t工作任务\t工作事项\t牵头单位', 1, undefined, false, false],
      ['1\t1.开展促消费活动\t聚焦餐饮、家电。\t县商务局', 1, undefined, false, false],
      ['2\t2.支持住房消费\t抓好上级政策落实，全面推进“保交楼”。\t县住建局', 1, 2, false, false],
      ['序号\t工作任务\t工作事项\t牵头单位', 2, undefined, true, false],
      ['3\t3.激活文旅消费\t大力开展旅游。\t县文旅局', 2, undefined, false, true],
    ]);
  });

  it('keeps a new sub-row under a task cell spanning from the page before as a row of its own', () => {
    const source = assemble(
      [
        tablePage(1, [header, ['1', '1.开展促消费活动', '聚焦餐饮、家电。', '县商务局'], ['2', '2.支持住房消费', '抓好上级政策落实。', '县住建局']]),
        tablePage(2, [header, ['', '', '规范二手房交易。', '县自然资源局'], ['3', '3.激活文旅消费', '大力开展旅游。', '县文旅局']]),
      ],
      'x.pdf',
    );
    expect(rowsOf(source).slice(2)).toEqual([
      ['2\t2.支持住房消费\t抓好上级政策落实。\t县住建局', 1, undefined, false, false],
      ['序号\t工作任务\t工作事项\t牵头单位', 2, undefined, true, false],
      ['\t\t规范二手房交易。\t县自然资源局', 2, undefined, false, true],
      ['3\t3.激活文旅消费\t大力开展旅游。\t县文旅局', 2, undefined, false, false],
    ]);
  });

  it('carries a category cell broken mid-text onto the cell above, the new row keeping its own cells', () => {
    const cat = ['工作任务', '工作事项', '牵头单位'];
    const source = assemble(
      [
        tablePage(1, [cat, ['(一)挖掘消费潜能', '1.开展促消费活动', '县商务局'], ['(二)以服务强一流环', '2.建好用好“湘易办”', '县政务局']]),
        tablePage(2, [cat, ['境', '3.深化“一网通办”', '县政务局'], [null, '4.持续放权赋能', '县政务局']]),
      ],
      'x.pdf',
    );
    expect(rowsOf(source).map((r) => r[0])).toEqual([
      '工作任务\t工作事项\t牵头单位',
      '(一)挖掘消费潜能\t1.开展促消费活动\t县商务局',
      '(二)以服务强一流环境\t2.建好用好“湘易办”\t县政务局',
      '工作任务\t工作事项\t牵头单位',
      '\t3.深化“一网通办”\t县政务局',
      '\t4.持续放权赋能\t县政务局',
    ]);
    // The emptied category cell still spans its two rows on the new page.
    expect(source.children[4]!.row!.cells[0]).toMatchObject({ text: '', rowSpan: 2 });
  });
});
