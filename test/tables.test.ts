/**
 * The tables stage on real excerpts of the seed, one trap at a time. Raw tables are built from line
 * ranges exactly as the structure stage hands them over (a row per printed tab line, cells untrimmed),
 * so these tests do not depend on how the rest of the tree is read.
 */
import { describe, expect, it } from 'vitest';
import { seedText } from './seed.ts';
import type { BulletinNode, HeadingNode, ParagraphNode, RowNode, TableNode } from '../schema/tree.ts';
import { BulletinNode as BulletinSchema } from '../schema/tree.ts';
import type { Message } from '../schema/message.ts';
import { Messages } from '../pipeline/messages.ts';
import { normalizeTables, formatTable } from '../pipeline/tables/index.ts';
import { normalizeTable } from '../pipeline/tables/table.ts';
import { readCells } from '../pipeline/tables/rows.ts';
import { checkTable } from '../pipeline/tables/checks.ts';
import { cellText, cleanSpaces, readAcrossBreaks } from '../pipeline/tables/cell.ts';

const LINES = seedText.split('\n');

/** A raw table of the seed's tab lines between `from` and `to` (inclusive), minus `skip`. */
function rawTable(from: number, to: number, options: { id?: string; caption?: string; skip?: number[]; extra?: number[] } = {}): TableNode {
  const id = options.id ?? 'test-2023-1/tbl_1';
  const numbers: number[] = [];
  for (let n = from; n <= to; n++) if (LINES[n - 1]!.includes('\t') && !options.skip?.includes(n)) numbers.push(n);
  for (const n of options.extra ?? []) numbers.push(n);
  const table: TableNode = {
    id,
    type: 'table',
    number: 1,
    position: { line: from, endLine: to },
    children: numbers.map((n, i) => ({
      id: `${id}/row_${i + 1}`,
      type: 'row' as const,
      cells: LINES[n - 1]!.split('\t'),
      text: LINES[n - 1]!,
      position: { line: n, endLine: n },
    })),
  };
  if (options.caption) table.caption = options.caption;
  return table;
}

function run(raw: TableNode, title = '《测试清单》') {
  const messages = new Messages();
  const report = messages.reporter('seed', 'tables');
  const table = normalizeTable(raw, { title, caption: raw.caption }, report);
  checkTable(table, report);
  return { table, messages: messages.list };
}

function row(table: TableNode, suffix: string): RowNode {
  const found = table.children.find((r) => r.id.endsWith(`/${suffix}`));
  if (!found) throw new Error(`no ${suffix} in ${table.id}`);
  return found;
}

function cell(r: RowNode, table: TableNode, key: string): string {
  const j = table.columns!.findIndex((c) => c.key === key);
  expect(j, `column ${key}`).toBeGreaterThanOrEqual(0);
  return r.cells[j]!;
}

/** A bulletin with one document, one heading and the given children under it. */
function bulletinWith(children: Array<TableNode | ParagraphNode>, heading: { label: string; text: string }): BulletinNode {
  const hd: HeadingNode = {
    id: 'test-2023-1/hd_1',
    type: 'heading',
    label: heading.label,
    number: 1,
    level: 1,
    text: heading.text,
    position: { line: 1599, endLine: 1599 },
    children,
  };
  return {
    id: 'seed',
    type: 'bulletin',
    title: '攸县人民政府公报',
    issuer: '攸县人民政府',
    year: 2023,
    issue: 1,
    file: 'youxian-2023-01.txt',
    contents: [],
    position: { line: 1, endLine: 1 },
    children: [
      {
        id: 'test-2023-1',
        type: 'document',
        docNumber: '攸政办发〔2023〕7号',
        docNumberPrinted: '攸政办发〔2023〕7号',
        title: '攸县人民政府办公室关于印发《攸县行政许可事项清单（2023年版）》的通知',
        addressees: [],
        issuer: '攸县人民政府办公室',
        date: '2023-09-28',
        attachments: [],
        position: { line: 1586, endLine: 1586 },
        children: [
          {
            id: 'test-2023-1/ins_1',
            type: 'instrument',
            title: '攸县行政许可事项清单（2023年版）',
            kind: '清单',
            form: 'outline',
            position: { line: 1597, endLine: 1597 },
            children: [hd],
          },
        ],
      },
    ],
  };
}

function tablesOf(node: unknown): TableNode[] {
  const out: TableNode[] = [];
  const walk = (n: { type?: string; children?: unknown[] }) => {
    if (n.type === 'table') out.push(n as TableNode);
    else for (const c of (n.children ?? []) as Array<{ type?: string; children?: unknown[] }>) walk(c);
  };
  walk(node as { children?: unknown[] });
  return out;
}

describe('cell text', () => {
  it('removes the spaces of wrapped lines between Chinese characters', () => {
    expect(cleanSpaces('（四） 加快产 业转型 升级')).toBe('（四）加快产业转型升级');
    expect(cleanSpaces('3.加大科技型 企业培育。')).toBe('3.加大科技型企业培育。');
    expect(cleanSpaces('县市场监督 局')).toBe('县市场监督局');
    expect(cleanSpaces('由林业部 门承办')).toBe('由林业部门承办');
    expect(cleanSpaces('仅审批政 府投资类 项目')).toBe('仅审批政府投资类项目');
    expect(cleanSpaces('县财政局、县 科工信局、中 国人民银行攸 县支行')).toBe('县财政局、县科工信局、中国人民银行攸县支行');
  });
  it('reads a cell across the line breaks that wrap its words, not across those ending a paragraph or parting two units', () => {
    // liutang's 评估细则 and nanxi's task list, as their ruled cells print them.
    expect(readAcrossBreaks('园舍经房屋安全鉴\n定为A级或者B级')).toBe('园舍经房屋安全鉴定为A级或者B级');
    expect(readAcrossBreaks('一、办园条件（2\n5分）')).toBe('一、办园条件（25分）');
    expect(readAcrossBreaks('新建健身步道3.2公里，配套\n建设驿站2处')).toBe('新建健身步道3.2公里，配套建设驿站2处');
    // A paragraph ended, a unit opened (an article quoted, a numbered point), two bodies named.
    expect(readAcrossBreaks('进行消防安全检查。\n第三十二条 乡镇人民政府')).toBe('进行消防安全检查。\n第三十二条 乡镇人民政府');
    expect(readAcrossBreaks('《中华人民共和国消防法》\n第七十四条')).toBe('《中华人民共和国消防法》\n第七十四条');
    expect(readAcrossBreaks('按证件类别分档：\n1.首次申领、换领：20元/证\n2.丢失补领')).toBe('按证件类别分档：\n1.首次申领、换领：20元/证\n2.丢失补领');
    expect(readAcrossBreaks('县市场监督局\n县科工信局')).toBe('县市场监督局\n县科工信局');
  });
  it('keeps the space that separates two units and the one after an article label', () => {
    expect(cleanSpaces('县委组织部 县科工信局')).toBe('县委组织部 县科工信局');
    expect(cleanSpaces('高新区 县应急管理局')).toBe('高新区 县应急管理局');
    expect(cleanSpaces('乡村振兴局 文旅广体局')).toBe('乡村振兴局 文旅广体局');
    expect(cleanSpaces('《中华人民共和国消防法》第三十一条 在农业收获季节')).toBe('《中华人民共和国消防法》第三十一条 在农业收获季节');
  });
  it('reads <p> paragraphs of a cell as separate paragraphs', () => {
    const printed = LINES[2055 - 1]!.split('\t')[4]!;
    expect(printed.startsWith('<p>1.告知责任')).toBe(true);
    const paragraphs = cellText(printed).split('\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]!.startsWith('2.检查责任')).toBe(true);
    expect(cellText(printed)).not.toMatch(/<\/?p>/);
  });
});

describe('repeated and shifted header rows (攸县打好优化发展环境持久仗重点工作任务清单, lines 557–600)', () => {
  const { table, messages } = run(rawTable(557, 600));
  it('names the columns once, the spanning 工作任务 split into 类别 and the task', () => {
    expect(table.columns!.map((c) => c.key)).toEqual(['类别', '工作任务', '工作事项', '牵头单位', '责任单位']);
    expect(table.columns!.map((c) => c.kind)).toEqual(['category', 'task', 'text', 'unit', 'unit']);
  });
  it('drops every repetition of the header, shifted or not, and reports the shift', () => {
    expect(table.headerLines).toEqual([557, 564, 570, 578, 584, 590, 596]);
    expect(table.children.some((r) => r.text.includes('牵头单位'))).toBe(false);
    expect(messages.some((m) => m.code === 'table-header-shifted' && m.line === 557)).toBe(true);
  });
  it('keeps the data columns where they are printed', () => {
    expect(table.children).toHaveLength(31);
    expect(cell(row(table, 'row_6'), table, '牵头单位')).toBe('县政府办');
    expect(cell(row(table, 'row_31'), table, '工作任务')).toBe('31.加强社会诚信建设');
  });
});

describe('spaced-out header (工 作 事 项) and merged cells (攸县打好经济增长主动仗重点工作任务清单, lines 332–369)', () => {
  const { table } = run(rawTable(332, 369, { caption: '攸县打好经济增长主动仗重点工作任务清单' }));
  it('normalises the header name and keeps the printed form', () => {
    const column = table.columns!.find((c) => c.key === '工作事项')!;
    expect(column.printed).toContain('工 作 事 项');
  });
  it('fills the category down and marks the cell as merged', () => {
    const second = row(table, 'row_2');
    expect(cell(second, table, '类别')).toBe('(一)挖掘消费潜能');
    expect(second.details!['类别']).toEqual({ merged: 'filled', filledFrom: 'test-2023-1/tbl_1/row_1', sources: [] });
    // Printed as is: no provenance entry.
    expect(row(table, 'row_1').details).toBeUndefined();
  });
  it('realigns a row that lost its leading empty cell (10.推进政府投资管理创新, line 344)', () => {
    const tenth = row(table, 'row_10');
    expect(tenth.position.line).toBe(344);
    expect(cell(tenth, table, '工作任务')).toBe('10.推进政府投资管理创新');
    expect(cell(tenth, table, '牵头单位')).toBe('县发改局');
    expect(cell(tenth, table, '责任单位')).toBe('各相关部门');
    expect(cell(tenth, table, '类别')).toBe('(二)扩大有效投资');
    expect(tenth.details!['类别']!.merged).toBe('filled');
    // The moved cells say where they were printed.
    expect(tenth.details!['工作任务']!.sources).toEqual([{ line: 344, cell: 0, text: '10.推进政府投资管理创新' }]);
  });
  it('removes stray spaces of wrapped cells (（四） 加快产 业转型 升级, line 354)', () => {
    expect(cell(row(table, 'row_16'), table, '类别')).toBe('（四）加快产业转型升级');
  });
  it('numbers rows by their printed task number and cites them', () => {
    expect(table.children.map((r) => r.serial)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect(row(table, 'row_11').citation).toBe('《测试清单》序号11');
    expect(row(table, 'row_11').record!['工作任务']).toBe('11.持续深化“放管服”改革');
  });
});

describe('a task printed as several sub-rows (攸县打好科技创新攻坚战重点工作任务清单, lines 427–443)', () => {
  const { table } = run(rawTable(427, 443));
  it('keeps one row per task, the sub-rows as paragraphs and as subrows', () => {
    expect(table.children.map((r) => r.serial)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const fifth = row(table, 'row_5');
    expect(fifth.lines).toEqual([436, 437]);
    expect(cell(fifth, table, '牵头单位')).toBe('县金融办\n县市场监督局');
    expect(fifth.details!['牵头单位']!.merged).toBe('spanned');
    expect(fifth.details!['牵头单位']!.sources.map((x) => x.line)).toEqual([436, 437]);
    expect(fifth.subrows!.map((s) => s.cells[3])).toEqual(['县金融办', '县市场监督局']);
    expect(fifth.subrows![1]!.cells[1]).toBe('');
  });
});

describe('cells printed in the wrong column', () => {
  it('moves a 完成时限 printed under 责任单位 (18.其他行业领域, line 925)', () => {
    const { table } = run(rawTable(891, 943));
    const r = row(table, 'row_18');
    expect(cell(r, table, '完成时限')).toBe('2023年12月底前，长期坚持');
    expect(cell(r, table, '责任单位')).toBe('');
    expect(cell(r, table, '牵头单位').startsWith('县公安局')).toBe(true);
  });
  it('reports the rows of the first page whose task cell the extraction lost (lines 892–897)', () => {
    const { table, messages } = run(rawTable(891, 943));
    const unnumbered = table.children.filter((r) => r.serial === undefined);
    expect(unnumbered.map((r) => r.position.line)).toEqual([892, 893, 894, 895, 896, 897]);
    expect(unnumbered.map((r) => r.id.split('/').pop())).toEqual(['row_0_1', 'row_0_2', 'row_0_3', 'row_0_4', 'row_0_5', 'row_0_6']);
    expect(table.children[6]!.id).toBe('test-2023-1/tbl_1/row_3');
    expect(unnumbered.every((r) => cell(r, table, '工作事项') !== '' && cell(r, table, '类别') === '(一)强化安全监管')).toBe(true);
    expect(messages.filter((m) => m.code === 'table-serial-gap').map((m) => m.line)).toEqual([900]);
    expect(messages.filter((m) => m.code === 'table-row-without-serial').map((m) => [m.line, m.message])).toEqual([[892, expect.stringContaining('6 rows without 序号')]]);
  });
  it('moves a sub-row whose empty task cell was dropped (农村残疾人阳光增收100人, line 1076)', () => {
    const { table } = run(rawTable(1039, 1088));
    const r = row(table, 'row_21');
    expect(r.lines).toEqual([1073, 1074, 1075, 1076]);
    const last = r.subrows!.at(-1)!;
    expect(last.cells[1]).toBe('');
    expect(last.cells[2]).toBe('农村残疾人阳光增收100人。');
    expect(last.cells[3]).toBe('县残联');
  });
  it('finds a repeated header despite a typo in it (…实项目目… / …实项目…)', () => {
    const { table } = run(rawTable(1039, 1088));
    expect(table.headerLines).toEqual([1039, 1048, 1059, 1069, 1083]);
    expect(table.children).toHaveLength(31);
  });
  it('splits a cell that printed the task and its text as two <p> paragraphs (second rendition, lines 2702–2706)', () => {
    const { table } = run(rawTable(2681, 2724));
    const r = row(table, 'row_16');
    expect(cell(r, table, '工作任务')).toBe('16.深化工程建设项目审批制度改革');
    expect(cell(r, table, '工作事项').startsWith('聚焦解决企业群众')).toBe(true);
    expect(cell(r, table, '牵头单位')).toBe('县住建局');
    expect(table.children.map((x) => x.serial)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });
  it('places rows of a page printed one column too wide or too narrow (消防 责任清单, lines 2092–2101, 2110)', () => {
    const { table } = run(rawTable(2067, 2116));
    expect(table.columns!.map((c) => c.key)).toEqual(['工作任务', '重点工作', '具体任务', '责任单位', '工作情况']);
    const twelve = row(table, 'row_12');
    expect(cell(twelve, table, '工作任务')).toBe('四、建立基层消防救援体系');
    expect(twelve.subrows![1]!.cells[2]!.startsWith('根据《湖南省火灾风险分级分类预警警示制度》')).toBe(true);
    const seventeen = row(table, 'row_17');
    expect(seventeen.subrows![1]!.cells[2]).toBe('积极推进“智慧消防”和物联感知建设，提升风险防控、监测预警能力和监管执法精准性。');
    expect(seventeen.subrows![1]!.cells[3]).toBe('县消防救援大队、县行政审批局、各乡镇（街道）');
  });
});

describe('one logical row printed across pages', () => {
  it('reads the 消防 权责清单 (三 pages, lines 2053–2063) as one row under a two-level header', () => {
    const { table } = run(rawTable(2053, 2063));
    expect(table.children).toHaveLength(1);
    const only = table.children[0]!;
    expect(only.lines).toEqual([2055, 2059, 2063]);
    expect(table.columns!.map((c) => c.key)).toEqual(['权力分类', '项目名称', '实施层级', '设定依据', '责任事项', '责任事项依据', '备注']);
    expect(table.columns![1]!.name).toBe('权力清单·项目名称');
    expect(cell(only, table, '权力分类')).toBe('行政检查');
    expect(cell(only, table, '实施层级')).toBe('乡镇（街道）');
    expect(only.details!['权力分类']!.sources).toHaveLength(3);
    expect(only.details!['权力分类']!.merged).toBe('spanned');
    expect(cell(only, table, '设定依据').split('\n').length).toBeGreaterThan(3);
  });
  it('continues a task that a page break cut (3. 单位法人主体责任, lines 2071 and 2074)', () => {
    const { table } = run(rawTable(2067, 2116));
    const third = row(table, 'row_3');
    expect(third.lines).toEqual([2071, 2074, 2075]);
    expect(cell(third, table, '重点工作')).toBe('3.单位法人主体责任');
  });
});

describe('captions, stated counts, notes and citations', () => {
  it('takes caption and count from the heading above and cites rows by list and 序号', () => {
    const messages = new Messages();
    const tree = bulletinWith([rawTable(1601, 1907)], { label: '一、', text: '法律、行政法规、国务院决定设定由县级实施的行政许可事项（250项）' });
    const out = normalizeTables(tree, messages.reporter('seed', 'tables'));
    const [table] = tablesOf(out);
    expect(table!.caption).toBe('一、法律、行政法规、国务院决定设定由县级实施的行政许可事项（250项）');
    expect(table!.statedCount).toBe(250);
    expect(table!.children).toHaveLength(250);
    expect(row(table!, 'row_11').citation).toBe('《攸县行政许可事项清单（2023年版）》一、序号11');
    expect(row(table!, 'row_11').record!['事项名称']).toBe('校车使用许可');
    expect(messages.list.filter((m: Message) => m.code.startsWith('table-'))).toEqual([]);
    expect(BulletinSchema.safeParse(out).success).toBe(true);
  });
  it('warns when the rows found do not match the stated count', () => {
    const messages = new Messages();
    const tree = bulletinWith([rawTable(1601, 1627)], { label: '一、', text: '法律、行政法规、国务院决定设定由县级实施的行政许可事项（250项）' });
    normalizeTables(tree, messages.reporter('seed', 'tables'));
    const mismatch = messages.list.find((m) => m.code === 'table-count-mismatch');
    expect(mismatch?.message).toContain('250');
    expect(mismatch?.line).toBe(1601);
  });
  it('warns on a gap and on a duplicate in the 序号, with the line', () => {
    const gap = run(rawTable(1601, 1627, { skip: [1612] }));
    expect(gap.messages.filter((m) => m.code === 'table-serial-gap').map((m) => [m.line, m.message])).toEqual([[1613, expect.stringContaining('序号 9 missing before 10')]]);
    const dup = run(rawTable(1601, 1617, { extra: [1612] }));
    expect(dup.messages.filter((m) => m.code === 'table-serial-duplicate').map((m) => m.line)).toEqual([1612]);
    // The second 序号 9 cannot take the id of the first: it is named after the row before it.
    expect(dup.table.children.map((r) => r.id.split('/').pop())).toEqual([...Array.from({ length: 14 }, (_, i) => `row_${i + 1}`), 'row_14_1']);
  });
  it('moves the 备注 paragraphs under the table into it', () => {
    const para = (n: number, line: number): ParagraphNode => ({ id: `test-2023-1/hd_1/para_${n}`, type: 'paragraph', text: LINES[line - 1]!, position: { line, endLine: line } });
    const after: ParagraphNode = { id: 'test-2023-1/hd_1/para_3', type: 'paragraph', text: '攸县人民政府办公室', position: { line: 1100, endLine: 1100 } };
    const tree = bulletinWith([rawTable(1039, 1088, { caption: '攸县打好重点民生保障仗工作任务清单' }), para(1, 1090), para(2, 1092), after], { label: '三、', text: '推进机制' });
    const out = normalizeTables(tree, () => {});
    const [table] = tablesOf(out);
    expect(table!.notes!.map((n) => n.position.line)).toEqual([1090, 1092]);
    expect(table!.notes![1]!.text).toBe('2.2023年县十大重点民生实项目目单独列出。');
    const heading = (out.children[0]!.children[0]! as { children: HeadingNode[] }).children[0]!;
    expect(heading.children.map((c) => c.id)).toEqual(['test-2023-1/tbl_1', 'test-2023-1/hd_1/para_3']);
    expect(table!.title).toBe('《攸县打好重点民生保障仗工作任务清单》');
  });
  it('leaves an already normalised table alone when run twice', () => {
    const tree = bulletinWith([rawTable(1911, 1920)], { label: '二、', text: '地方性法规、省级政府规章设定的行政许可事项（9项）' });
    const once = normalizeTables(tree, () => {});
    const messages = new Messages();
    expect(normalizeTables(once, messages.reporter('seed', 'tables'))).toEqual(once);
    expect(messages.list).toEqual([]);
  });
  it('reads a table printed without a header row, naming columns by what they hold', () => {
    const { table } = run(rawTable(1612, 1616));
    expect(table.headerLines).toEqual([]);
    expect(table.columns!.map((c) => c.kind).slice(0, 2)).toEqual(['serial', 'unit']);
    expect(table.columns![0]!.key).toBe('序号');
    expect(table.children.map((r) => r.serial)).toEqual([9, 10, 11, 12, 13]);
  });
  it('formats a table for the outline with named columns', () => {
    const { table } = run(rawTable(1911, 1920));
    const lines = formatTable(table);
    expect(lines[0]).toContain('(9 rows)');
    expect(lines).toContain('    事项名称: 建设项目初步设计审批');
    expect(lines).toContain('  row_9  [1920]');
  });
});

/** A raw table of the given printed lines (tab-separated, cells untrimmed), numbered from line 1. */
function tableOfLines(lines: string[]): TableNode {
  const id = 'test-2023-1/tbl_1';
  return {
    id,
    type: 'table',
    number: 1,
    position: { line: 1, endLine: lines.length },
    children: lines.map((text, i) => ({ id: `${id}/row_${i + 1}`, type: 'row' as const, cells: text.split('\t'), text, position: { line: i + 1, endLine: i + 1 } })),
  };
}

describe('a first column printed once over several rows, no 序号 (临时救助标准表)', () => {
  // The category's own words wrap (急难型临 ⏎ 时救助) and its cell stays empty on the rows below, as on a row's
  // second line: only the widths tell a row's wrapped words (⇥受能力, ⏎ 20%救助) from a row of its own.
  const lines = [
    '类别\t情形\t标准',
    '急难型临\t遭遇火灾、水灾等，房屋损\t月低保标准的3倍',
    '时救助\t毁\t',
    '\t遭遇交通事故、人身伤害等\t月低保标准的2倍',
    '支出型\t因医疗自付费用超出家庭承\t按自付费用扣除后',
    '\t受能力\t20%救助',
  ];
  // The wrapped words go on the words they continue, as read (急难型临时救助): not a paragraph of their own, which a
  // search would read apart (临 · 时).
  it('reads a line printing under filled cells as their row\'s wrapped words, and one under a cell that ends short as a row', () => {
    const { table } = run(tableOfLines(lines));
    expect(table.children.map((r) => r.cells)).toEqual([
      ['急难型临时救助', '遭遇火灾、水灾等，房屋损毁', '月低保标准的3倍'],
      ['急难型临时救助', '遭遇交通事故、人身伤害等', '月低保标准的2倍'],
      ['支出型', '因医疗自付费用超出家庭承受能力', '按自付费用扣除后20%救助'],
    ]);
    expect(table.children.map((r) => r.lines)).toEqual([[2, 3], [4], [5, 6]]);
  });
  it('keeps the words of a last cell wrapped alone in the column they are printed in', () => {
    const { table, messages } = run(tableOfLines(['类别\t情形\t审批权限', '急难型临\t情况紧急需先行救助的\t乡镇人民政府或县民政局', '时救助\t\t先行救助，5个工作日内', '\t\t补办手续', '\t遭遇火灾等\t乡镇人民政府']));
    expect(table.children.map((r) => r.cells[2])).toEqual(['乡镇人民政府或县民政局先行救助，5个工作日内补办手续', '乡镇人民政府']);
    expect(messages.filter((m) => m.code === 'table-row-realigned')).toEqual([]);
  });
  it('trusts the widths only where the first column\'s own words wrap', () => {
    // 一级 ⏎ 二级 are no wrapped words: each line is a row, the category filled down as before.
    const { table } = run(tableOfLines(['等级\t情形\t标准', '一级\t遭遇火灾、水灾等，房屋损\t月低保标准的3倍', '\t毁\t', '二级\t遭遇交通事故、人身伤害等\t月低保标准的2倍']));
    expect(table.children).toHaveLength(3);
  });
});

describe('a cell\'s words wrapped onto a line of their own, without a tab (收益分配比例表)', () => {
  // The structure stage keeps such words apart from the cells of the row above (`wrapped`). Read as an extraction reads
  // them, they run on from its last cell (…依照《政府采购法》 ⏎ 及其实施条例执行); printed at the line's start, they continue
  // the first cell when that fills its column and the last does not.
  function withWrapped(lines: string[], wrapped: Record<number, string>): TableNode {
    const table = tableOfLines(lines);
    table.children = table.children.map((r, i) => {
      const words = wrapped[i + 1];
      return words === undefined ? r : { ...r, wrapped: [{ line: i + 1, text: words }] };
    });
    return table;
  }
  const lines = ['土地用途\t区位等级\t征收比例\t留存比例', '工业用地\t一级\t20%\t80%', '\t二级\t16%\t84%', '商业服务业\t一级\t38%\t62%', '\t二级\t31%\t69%', '其他经营性\t—\t参照相近用途确\t—', '用地\t\t定\t'];
  it('puts them in the first cell, filled down with it', () => {
    const { table } = run(withWrapped(lines, { 4: '用地' }));
    expect(table.children.map((r) => r.cells)).toEqual([
      ['工业用地', '一级', '20%', '80%'],
      ['工业用地', '二级', '16%', '84%'],
      ['商业服务业用地', '一级', '38%', '62%'],
      ['商业服务业用地', '二级', '31%', '69%'],
      ['其他经营性用地', '—', '参照相近用途确定', '—'],
    ]);
  });
  it('leaves them in the last cell where that cell fills its column too', () => {
    const wide = lines.map((l, i) => (i === 3 ? '商业服务业\t一级\t38%\t按年租金的10%' : l));
    const { table } = run(withWrapped(wide, { 4: '用地' }));
    expect(table.children[2]!.cells).toEqual(['商业服务业', '一级', '38%', '按年租金的10%用地']);
  });
  it('reads them on from the last printed cell where a tab ends the line', () => {
    expect(readCells({ cells: ['45', '装修工程', '依照《政府采购法》', ''], wrapped: [{ text: '及其实施' }, { text: '条例执行' }] })).toEqual(['45', '装修工程', '依照《政府采购法》及其实施条例执行']);
    expect(readCells({ cells: ['45', '装修工程'] })).toEqual(['45', '装修工程']);
  });
});

describe('a header whose names wrap onto a second line (收益分配比例表)', () => {
  const header = ['土地用途\t区位等级\t调节金征收比例\t其中：县级\t村集体留存', '\t\t（占成交价款）\t分享\t比例'];
  it('reads the second line as the rest of the names, not a row', () => {
    const { table } = run(tableOfLines([...header, '工业用地\t一级\t20%\t15%\t80%', '\t二级\t16%\t12%\t84%']));
    expect(table.columns!.map((c) => c.printed?.[0] ?? c.name)).toEqual(['土地用途', '区位等级', '调节金征收比例（占成交价款）', '其中：县级分享', '村集体留存比例']);
    expect(table.children.map((r) => r.cells)).toEqual([
      ['工业用地', '一级', '20%', '15%', '80%'],
      ['工业用地', '二级', '16%', '12%', '84%'],
    ]);
  });
  it('keeps a line of figures under the header a row, and a second line of short names under spanning cells a sub-header', () => {
    const figures = run(tableOfLines([header[0]!, '\t\t20%\t15%\t80%', '工业用地\t一级\t20%\t15%\t80%'])).table;
    expect(figures.children).toHaveLength(2);
    expect(figures.columns!.map((c) => c.printed?.[0] ?? c.name)).toEqual(['土地用途', '区位等级', '调节金征收比例', '其中：县级', '村集体留存']);
    const spanning = run(tableOfLines(['项目\t分成比例\t\t备注', '\t县级\t乡镇\t', '工业用地\t15%\t5%\t无'])).table;
    expect(spanning.columns!.map((c) => c.name)).toEqual(['项目', '分成比例·县级', '分成比例·乡镇', '备注']);
  });
});
