/**
 * The authorities index: every distinct external authority the corpus cites, keyed by its title
 * (or by its number when no title is printed), with its kind where the text says it, the places
 * that cite it and the articles cited.
 */
import { createHash } from 'node:crypto';
import type { Authority, AuthorityKind, CitedBy, Reference } from '../../schema/reference.ts';
import type { AuthorityRef } from './citations.ts';
import type { AuthorityRegistry } from './resolve.ts';
import { titleMatchKey } from './titles.ts';
import { articleLabel } from './pinpoints.ts';
import type { Report } from '../messages.ts';

const LABELS: Record<string, AuthorityKind> = {
  法律: '法律',
  行政法规: '行政法规',
  地方性法规: '地方性法规',
  规章: '规章',
  政府规章: '规章',
  部门规章: '规章',
  地方政府规章: '规章',
  规范性文件: '规范性文件',
  标准: '标准',
  国家标准: '标准',
  行业标准: '标准',
  地方标准: '标准',
};

/** A place name opening a title (湖南省, 株洲市, 湘西土家族苗族自治州); not 城市…, 人力资源市场…, 风景名胜区…. */
const PLACE = /^(?:[\p{Script=Han}]{2,3}省|(?!城市)[\p{Script=Han}]{2,3}市(?![场容政民])|[\p{Script=Han}]{2,8}自治(?:区|州|县)|[\p{Script=Han}]{2,3}县(?![级域]))/u;

/** The kind of an authority where its 【label】, number or title says it; undefined otherwise. */
export function authorityKind(ref: AuthorityRef): AuthorityKind | undefined {
  if (ref.label && LABELS[ref.label]) return LABELS[ref.label];
  if (ref.number?.kind === 'standard') return '标准';
  if (ref.number?.kind === 'decree') return ref.number.normalized.startsWith('国务院令') ? '行政法规' : '规章';
  const title = ref.title;
  if (title) {
    if (/^中华人民共和国.+法$/u.test(title) || /^全国人民代表大会(?:常务委员会)?关于.+的决定$/u.test(title)) return '法律';
    if (/条例$/u.test(title) && !/〈/u.test(title)) return PLACE.test(title) && !/^中华人民共和国/u.test(title) ? '地方性法规' : '行政法规';
    if (/^[\p{Script=Han}]{2,6}(?:省|自治区|市)实施〈.+〉(?:办法|条例)$/u.test(title)) return '地方性法规';
  }
  if (ref.number?.kind === 'docNumber') return '规范性文件';
  return undefined;
}

/** A stable id from the comparison key (pinyin initials would read better but cost ≈100 ms a build). */
function authorityId(key: string): string {
  return `a-${createHash('sha1').update(key).digest('hex').slice(0, 10)}`;
}

interface Entry {
  id: string;
  title?: string;
  numbers: Set<string>;
  number?: string;
  kind?: AuthorityKind;
}

/**
 * Ids for external authorities, stable across builds: a hash of the title's comparison key, or of
 * the number for an authority cited by number only.
 */
export class Authorities implements AuthorityRegistry {
  private byTitle = new Map<string, Entry>();
  private byNumber = new Map<string, Entry>();

  private entry(ref: AuthorityRef): Entry {
    const number = ref.number?.normalized;
    if (ref.title) {
      const key = titleMatchKey(ref.title);
      let e = this.byTitle.get(key);
      if (!e) {
        // A number seen alone before the title arrives joins the titled entry.
        const alone = number ? this.byNumber.get(number) : undefined;
        e = alone && !alone.title ? alone : { id: authorityId(key), numbers: new Set() };
        e.title = ref.title;
        this.byTitle.set(key, e);
      }
      if (number) {
        e.numbers.add(number);
        e.number ??= number;
        if (!this.byNumber.has(number)) this.byNumber.set(number, e);
      }
      return e;
    }
    if (!number) throw new Error('an authority needs a title or a number');
    let e = this.byNumber.get(number);
    if (!e) {
      e = { id: authorityId(titleMatchKey(number)), numbers: new Set([number]), number };
      this.byNumber.set(number, e);
    }
    return e;
  }

  idOf(ref: AuthorityRef): string {
    const e = this.entry(ref);
    const kind = authorityKind(ref);
    if (kind && !e.kind) e.kind = kind;
    return e.id;
  }

  /** Entries whose title was printed with two different numbers: worth a look. */
  conflicts(): Array<{ title: string; numbers: string[] }> {
    return [...this.byTitle.values()].filter((e) => e.numbers.size > 1).map((e) => ({ title: e.title!, numbers: [...e.numbers] }));
  }

  /** The index, built from the references of every bulletin (in reading order). */
  index(references: Array<{ reference: Reference; bulletin: string }>, quotedTexts: Map<Reference, string> = new Map()): Authority[] {
    const entries = new Map<string, Entry>();
    for (const e of [...this.byTitle.values(), ...this.byNumber.values()]) entries.set(e.id, e);
    const out = new Map<string, Authority>();
    const articles = new Map<string, Map<string, Authority['articles'][number]>>();
    const titlesByText = new Map<string, Reference[]>();
    for (const { reference: t } of references) {
      if (t.kind !== 'title') continue;
      const key = `${t.from}|${t.field}`;
      (titlesByText.get(key) ?? titlesByText.set(key, []).get(key)!).push(t);
    }
    for (const { reference: r, bulletin } of references) {
      if (r.target?.type !== 'external') continue;
      const e = entries.get(r.target.authority);
      if (!e) continue;
      let a = out.get(e.id);
      if (!a) {
        a = { id: e.id, citations: 0, citedBy: [], articles: [] };
        if (e.title) a.title = e.title;
        if (e.number) a.docNumber = e.number;
        if (e.kind) a.kind = e.kind;
        out.set(e.id, a);
        articles.set(e.id, new Map());
      }
      const by: CitedBy = { from: r.from, bulletin, surface: r.surface };
      if (r.line !== undefined) by.line = r.line;
      if (r.target.article === undefined) {
        // Named once per title or standalone number: a 文号 printed beside its title is the same naming,
        // and 本法 inside a quotation names nothing new.
        if (r.kind === 'self' || (r.kind === 'docNumber' && besideTitle(r, titlesByText))) continue;
        a.citations += 1;
        a.citedBy.push(by);
        continue;
      }
      const key = `${r.target.article}-${r.target.articleSuffix ?? 0}`;
      const list = articles.get(e.id)!;
      let art = list.get(key);
      if (!art) {
        art = { article: r.target.article, label: articleLabel(r.target.article, r.target.articleSuffix), quoted: false, citedBy: [] };
        if (r.target.articleSuffix !== undefined) art.articleSuffix = r.target.articleSuffix;
        list.set(key, art);
      }
      if (r.quoted) art.quoted = true;
      const quotedText = quotedTexts.get(r);
      if (quotedText && !art.text) art.text = quotedText;
      art.citedBy.push(by);
    }
    for (const [id, a] of out) {
      a.articles = [...articles.get(id)!.values()].sort((x, y) => x.article - y.article || (x.articleSuffix ?? 0) - (y.articleSuffix ?? 0));
    }
    return [...out.values()].sort((x, y) => y.citations - x.citations || (x.title ?? x.docNumber ?? '').localeCompare(y.title ?? y.docNumber ?? ''));
  }

  report(report: Report): void {
    for (const c of this.conflicts()) {
      report('warning', 'conflicting-doc-number', `《${c.title}》 is printed with different numbers: ${c.numbers.join(', ')}`);
    }
  }
}

/** A 文号 printed right after a title of the same authority in the same text: （湘政办发〔2017〕79号）. */
function besideTitle(r: Reference, titlesByText: Map<string, Reference[]>): boolean {
  return (titlesByText.get(`${r.from}|${r.field}`) ?? []).some(
    (t) => t.target?.type === 'external' && r.target?.type === 'external' && t.target.authority === r.target.authority && t.span[1] <= r.span[0] && r.span[0] - t.span[1] <= 14,
  );
}
