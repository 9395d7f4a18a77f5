/**
 * One grammar (core/chinese) for the labels, numbers, dates and 文号 that real bulletins print: a table
 * of the forms seen in 公文 run through the grammar and through each stage's own recogniser
 * (structure, tables, link, search), which must all read them alike.
 */
import { describe, expect, it } from 'vitest';
import { attachmentLabel, enumerationNumber, opensUnit, outlineLabel, structureLabel } from '../core/chinese/labels.ts';
import { parseNumeral } from '../core/chinese/numerals.ts';
import { formatDate, numericDatesAsPrinted, parseDate } from '../core/chinese/dates.ts';
import { parseDocNumber } from '../core/chinese/doc-number.ts';
import { withoutFinalBracket } from '../core/chinese/quote.ts';
import { instrumentKind } from '../pipeline/structure/titles.ts';
import { features } from '../pipeline/tables/align.ts';
import { findPinpoints } from '../pipeline/link/pinpoints.ts';
import { findDocNumbers } from '../pipeline/link/doc-numbers.ts';
import { normalizeSearchText } from '../core/search/tokenize.ts';
import { parseQuery } from '../core/search/query.ts';
import type { ArticleNode, HeadingNode, ItemNode, ParagraphNode, SubitemNode } from '../schema/tree.ts';
import { readSeed, walk } from './seed.ts';

interface StatuteForm {
  printed: string;
  number: number;
  suffix?: number;
}
/** Article labels as bulletins print them: Chinese or Arabic, full-width digits, 之一, spaces inside. */
const ARTICLES: StatuteForm[] = [
  { printed: '第1条', number: 1 },
  { printed: '第１２条', number: 12 },
  { printed: '第十一条', number: 11 },
  { printed: '第十一条之一', number: 11, suffix: 1 },
  { printed: '第 二十 条', number: 20 },
  { printed: '第一百零二条', number: 102 },
];

interface OutlineForm {
  printed: string;
  level: 1 | 2 | 3 | 4 | 5;
  number: number;
}
/** Outline labels by level: 一、 （一） 1. （1） ①, with the variants extractions and offices print. */
const OUTLINES: OutlineForm[] = [
  { printed: '一、', level: 1, number: 1 },
  { printed: '十一、', level: 1, number: 11 },
  { printed: '二十三、', level: 1, number: 23 },
  { printed: '三．', level: 1, number: 3 },
  { printed: '（一）', level: 2, number: 1 },
  { printed: '（十一）', level: 2, number: 11 },
  { printed: '(十二)', level: 2, number: 12 },
  { printed: '1.', level: 3, number: 1 },
  { printed: '1．', level: 3, number: 1 },
  { printed: '12、', level: 3, number: 12 },
  { printed: '（1）', level: 4, number: 1 },
  { printed: '(3)', level: 4, number: 3 },
  { printed: '⑴', level: 4, number: 1 },
  { printed: '⑿', level: 4, number: 12 },
  { printed: '①', level: 5, number: 1 },
  { printed: '⑩', level: 5, number: 10 },
];
/** Look like labels and are not: an enumeration inside a sentence, a decimal, a year. */
const NOT_LABELS = ['一是加强组织领导', '二是落实责任', '1.5亿元以上', '2023.12', '第一批试点', '第2023号'];
/** 文号 with the brackets extractions print (〔〕 in print): all the same number. */
const DOC_NUMBERS = ['攸政办发〔2024〕3号', '攸政办发[2024]3号', '攸政办发（2024）3号', '攸政办发(2024)3号', '攸政办发【2024】3号', '攸政办发2024年3号', '攸政办发〔2024〕第3号'];

describe('the grammar (core/chinese)', () => {
  it('reads a title without the bracket it ends with, one definition for the stages (structure\'s kind, link\'s names)', () => {
    expect(withoutFinalBracket('攸县国有资产管理办法（试行）')).toBe('攸县国有资产管理办法');
    expect(withoutFinalBracket('攸县行政许可事项清单(2023年版)')).toBe('攸县行政许可事项清单');
    // Only a bracket holding no other: 办法（一（二） keeps all but （二）; a bracket not at the end is the title's.
    expect(withoutFinalBracket('办法（一（二）')).toBe('办法（一');
    expect(withoutFinalBracket('关于（试行）的办法')).toBe('关于（试行）的办法');
    expect(withoutFinalBracket('（二）')).toBe('');
    expect(instrumentKind('攸县国有资产管理办法（试行） ')).toBe('办法');
    expect(instrumentKind('许可事项清单（2023年版）')).toBe('清单');
  });

  it('reads every article form', () => {
    for (const f of ARTICLES) {
      const label = structureLabel(`${f.printed}　为了加强管理，制定本办法。`);
      expect(label, f.printed).toMatchObject({ unit: '条', number: f.number, label: f.printed.replace(/\s+/g, ''), rest: '为了加强管理，制定本办法。' });
      expect(label?.suffix, f.printed).toBe(f.suffix);
    }
    expect(structureLabel('第三章 监督管理')).toMatchObject({ unit: '章', number: 3, rest: '监督管理' });
    expect(structureLabel('第二节 一般规定')).toMatchObject({ unit: '节', number: 2 });
    expect(structureLabel('第三章之一 附则')).toBeUndefined();
  });

  it('reads every outline form at its level', () => {
    for (const f of OUTLINES) {
      expect(outlineLabel(`${f.printed}加强组织领导`), f.printed).toMatchObject({ level: f.level, number: f.number, label: f.printed, rest: '加强组织领导' });
      expect(opensUnit(`${f.printed}加强组织领导`), f.printed).toBe(true);
    }
  });

  it('takes no enumeration, decimal or year for a label', () => {
    for (const text of NOT_LABELS) {
      expect(outlineLabel(text), text).toBeUndefined();
      expect(structureLabel(text), text).toBeUndefined();
    }
    // A year after the point is no decimal: the label stands (一、2024年工作回顾, a 目录's 1.2025年…工作报告).
    expect(outlineLabel('一、2024年工作回顾')).toMatchObject({ level: 1, number: 1, rest: '2024年工作回顾' });
    expect(outlineLabel('1.2025年测试县人民政府工作报告')).toMatchObject({ level: 3, number: 1, rest: '2025年测试县人民政府工作报告' });
    expect(outlineLabel('1.2025万元')).toBeUndefined();
    expect(enumerationNumber('一是加强组织领导')).toBe(1);
    expect(enumerationNumber('十二是完善机制')).toBe(12);
  });

  it('reads numerals, attachments, dates and 文号', () => {
    expect([parseNumeral('十四'), parseNumeral('一百零二'), parseNumeral('二〇二三'), parseNumeral('１２'), parseNumeral('③'), parseNumeral('⑶')]).toEqual([14, 102, 2023, 12, 3, 3]);
    expect([attachmentLabel('附件1'), attachmentLabel('附 件 2'), attachmentLabel('附件三'), attachmentLabel('附件：1.清单')]).toEqual([1, 2, 3, undefined]);
    expect(parseDate('2023年1月31日')).toBe('2023-01-31');
    expect(parseDate('2023 年 12 月 20 日')).toBe('2023-12-20');
    expect(parseDate('二〇二三年一月三十一日')).toBe('2023-01-31');
    expect(parseDate('2023年2月30日')).toBeUndefined();
    // As typed: full-width digits, a year's zero as a circle or the letter O.
    expect(parseDate('２０２３年１月３１日')).toBe('2023-01-31');
    for (const year of ['二○二三', '二◯二三', '二O二三', '二Ｏ二三']) expect(parseDate(`${year}年一月三十一日`), year).toBe('2023-01-31');
    expect(parseDate('OOOO年1月1日')).toBeUndefined();
    // A notice signed so is read whole, not dropped for want of a 成文日期.
    for (const date of ['二○二三年一月五日', '２０２３年１月５日']) {
      const text = `攸县人民政府公报\n\n2023 年第 1 期\n\n攸政办发〔2023〕3号\n\n攸县人民政府办公室关于做好春节期间安全工作的通知\n\n各乡镇人民政府：\n\n请认真做好春节期间安全工作。\n\n攸县人民政府办公室\n\n${date}\n`;
      const { merged, messages } = readSeed(text);
      expect(messages.map((m) => m.code), date).not.toContain('missing-signature');
      expect(merged.children.map((d) => [d.id, d.date]), date).toEqual([['yzbf-2023-3', '2023-01-05']]);
    }
    expect(formatDate('2023-12-20')).toBe('2023年12月20日');
    // A date typed in digits, as printed; not a dotted path, an amount, nor a date that is none.
    expect(numericDatesAsPrinted('2023-09-04 印发')).toBe('2023年9月4日 印发');
    expect(numericDatesAsPrinted('2023.9.4')).toBe('2023年9月4日');
    expect(numericDatesAsPrinted('2023/12/20')).toBe('2023年12月20日');
    expect(numericDatesAsPrinted('违建细则3.1.4')).toBe('违建细则3.1.4');
    expect(numericDatesAsPrinted('2023.2.30')).toBe('2023.2.30');
    expect(numericDatesAsPrinted('2023-9.4')).toBe('2023-9.4');
    expect(numericDatesAsPrinted('12023.1.5')).toBe('12023.1.5');
    // In Chinese numerals, as older 公文 print a 成文日期 (its zero typed as a circle too): as printed now.
    expect(numericDatesAsPrinted('二〇二三年九月二十八日')).toBe('2023年9月28日');
    expect(numericDatesAsPrinted('二○二三年十二月二十日印发')).toBe('2023年12月20日印发');
    expect(numericDatesAsPrinted('二〇二三年二月三十日')).toBe('二〇二三年二月三十日');
    for (const n of DOC_NUMBERS) expect(parseDocNumber(n)?.normalized, n).toBe('攸政办发〔2024〕3号');
  });
});

// A bulletin with one notice that issues one instrument, whose body is given.
const COVER = '攸县人民政府公报\n\n攸县人民政府办公室\n\n2024 年第 1 期\n\n';
function bulletin(body: string, docNumber = '攸政办发〔2024〕3号'): string {
  return `${COVER}${docNumber}\n\n攸县人民政府办公室关于印发《攸县测试办法》的通知\n\n各乡镇人民政府：\n\n现将《攸县测试办法》印发给你们。\n\n攸县人民政府办公室\n\n2024年1月5日\n\n攸县测试办法\n\n${body}\n`;
}

describe('the structure stage reads them alike', () => {
  it('numbers articles from every form (第1条, 第十一条之一 …)', () => {
    const body = ARTICLES.map((f) => `${f.printed}　条文内容。`).join('\n\n');
    const { merged } = readSeed(bulletin(body));
    const articles = [...walk(merged)].filter((n): n is ArticleNode => n.type === 'article');
    expect(articles.map((a) => [a.number, a.label])).toEqual(ARTICLES.map((f) => [f.number, f.printed.replace(/\s+/g, '')]));
    expect(articles.find((a) => a.label === '第十一条之一')!.id).toBe('yzbf-2024-3/art_11_1');
  });

  it('reads outline headings at their levels, and 一是 as text', () => {
    // One chain of levels per form, so each form stands at a level it can be printed at.
    const chain = ['一、总体要求', '（一）工作目标', '1.主要任务', '（1）具体措施', '①第一项'];
    for (const f of OUTLINES) {
      const lines = chain.slice(0, f.level - 1).concat(`${f.printed}加强组织领导`, '一是明确责任。二是加强考核。');
      const { merged } = readSeed(bulletin(lines.join('\n\n')));
      const heading = [...walk(merged)].find((n): n is HeadingNode => n.type === 'heading' && n.label === f.printed);
      expect(heading, f.printed).toMatchObject({ level: f.level, number: f.number, text: '加强组织领导' });
      const enumeration = [...walk(merged)].find((n): n is ParagraphNode => n.type === 'paragraph' && n.text.startsWith('一是'));
      expect(enumeration, f.printed).toBeDefined();
    }
  });

  it('reads （十一） as the 项 and 1． as the 目 of an article, and ⑵ below it as its text', () => {
    const { merged } = readSeed(bulletin('第一条　下列事项：\n\n（十一）其他事项；\n\n1．第一目；\n\n⑵ 不是目\n\n第二条　其他。\n\n第三条　附则。'));
    const item = [...walk(merged)].find((n): n is ItemNode => n.type === 'item');
    expect(item).toMatchObject({ number: 11, label: '（十一）', id: 'yzbf-2024-3/art_1/item_11' });
    const subitem = [...walk(merged)].find((n): n is SubitemNode => n.type === 'subitem');
    expect(subitem).toMatchObject({ number: 1, label: '1．', id: 'yzbf-2024-3/art_1/item_11/subitem_1' });
    // ⑵ below a 目 has no level of its own: it stays in the 目, not a 款 that would shift the next 款's number.
    expect(subitem!.text).toBe('第一目；⑵ 不是目');
    expect([...walk(merged)].some((n) => n.type === 'paragraph' && n.id.includes('/art_1/'))).toBe(false);
  });

  it('reads the 文号 line in every bracket form', () => {
    for (const n of DOC_NUMBERS) {
      const { merged } = readSeed(bulletin('第一条　内容。\n\n第二条　内容。\n\n第三条　内容。', n));
      expect(merged.children.map((d) => [d.docNumber, d.id, d.docNumberPrinted]), n).toEqual([['攸政办发〔2024〕3号', 'yzbf-2024-3', n]]);
    }
  });
});

describe('the tables stage reads them alike', () => {
  it('takes outline labels of levels 1 and 2 for categories and level 3 for tasks', () => {
    for (const f of OUTLINES) {
      const found = features(`${f.printed}加强组织领导`);
      expect(found.has('category'), f.printed).toBe(f.level <= 2);
      expect(found.has('task'), f.printed).toBe(f.level === 3);
    }
    for (const text of NOT_LABELS) expect(features(text).has('category') || features(text).has('task'), text).toBe(false);
  });
});

describe('the link stage reads them alike', () => {
  it('cites articles in every form', () => {
    for (const f of ARTICLES) {
      const [mention] = findPinpoints(`依照${f.printed}的规定`);
      expect(mention?.points, f.printed).toEqual([{ article: f.number, ...(f.suffix ? { articleSuffix: f.suffix } : {}) }]);
    }
    expect(findPinpoints('第十四条第（十一）项')[0]!.points).toEqual([{ article: 14, item: 11 }]);
  });

  it('finds the 文号 in running text in every bracket form', () => {
    for (const n of DOC_NUMBERS.filter((d) => !d.includes('年'))) {
      expect(findDocNumbers(`根据${n}文件精神`).map((m) => m.normalized), n).toEqual(['攸政办发〔2024〕3号']);
    }
  });
});

describe('the search reads them alike', () => {
  it('normalises article citations and 文号 to the printed forms', () => {
    for (const f of ARTICLES.filter((a) => !/\s/.test(a.printed))) {
      const canonical = `第${f.printed.slice(1).replace(/[0-9０-９]+/, (d) => ({ 1: '一', 12: '十二' })[parseNumeral(d)!] ?? d)}`;
      expect(parseQuery(`攸惠贷 ${f.printed}`).ref, f.printed).toBe(normalizeSearchText(canonical));
    }
    for (const n of DOC_NUMBERS) {
      expect(normalizeSearchText(n), n).toBe('攸政办发〔2024〕3号');
      expect(parseQuery(n).docNumber?.normalized, n).toBe('攸政办发〔2024〕3号');
    }
    expect(normalizeSearchText('第（三）项')).toBe(normalizeSearchText('第3项'));
  });
});
