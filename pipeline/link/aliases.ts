/**
 * The short names people use for an instrument or attachment, derived from its title: 攸惠贷办法 for
 * 攸县“攸惠贷”风险补偿资金管理办法, 违法建设细则 and 违建细则 for 攸县实施《株洲市管控和查处违法建设办法》
 * 细则, 国资办法 for 攸县国有资产管理办法（试行）, 许可事项清单 for 攸县行政许可事项清单（2023年版）.
 *
 * A title is taken apart as print builds it: the region (攸县, 株洲市 …), a wrapper (实施《X办法》细则
 * names X's subject), the verbs and modifiers that open or close its subject (加强 基层 … 工作 实施), the
 * subject itself and the kind (办法 细则 方案 措施 清单 …). The names are the subject's shorter forms
 * with the kind: the whole subject, each part after a leading modifier or between 和/及/与, a quoted
 * name (“攸惠贷”), and the 2+2 abbreviation of a four-character subject (违法建设 → 违建, 国有资产 → 国资);
 * a 措施 or 意见 of N top-level parts is also its shortest subject with the count (房地产业良性循环十二条);
 * a title with a trial or interim mark after it is also named with the mark before its kind
 * (国有资产管理试行办法 for 攸县国有资产管理办法（试行）).
 * A text whose own task list titles its subject with one character otherwise (阻击仗 for 阻击战) takes
 * the names of that title too (variantTitle), and so does a short name its document defines for it, or
 * for a part of its title (definedTitles: （以下简称“建房新规”）, 本办法所称…（以下简称风补资金）). A name
 * that more than one text of the corpus would take is left out (see uniqueAliases).
 */

import { TEXT_KINDS } from '../../core/chinese/kinds.ts';
import { toNumeral } from '../../core/chinese/numerals.ts';
import { REGION } from '../../core/chinese/region.ts';
import { DEFINED_NAME, withoutFinalBracket } from '../../core/chinese/quote.ts';

/** Kinds of text, longest first (实施细则 before 细则). */
const KINDS: readonly string[] = TEXT_KINDS;
/**
 * The kinds of text people call by the number of measures they list (房地产十二条 for a 若干措施 in
 * twelve parts), and how many parts such a name counts.
 */
const COUNTED_KINDS = ['措施', '意见'];
const MIN_COUNTED = 3;
const MAX_COUNTED = 60;
/** Words that open a subject without being part of its name. */
const LEADING = ['关于', '进一步', '加快', '加强', '促进', '推进', '推动', '打好', '做好', '全面', '深入', '开展', '实施', '建立', '健全', '完善', '印发', '管控和查处', '基层', '行政'];
/** Words that close a subject (before the kind) without being part of its name. */
const TRAILING = ['重点工作任务', '工作任务', '工作实施', '工作', '实施', '总体', '若干', '具体', '暂行', '试行', '的'];

function stripRegion(text: string, regions: string[]): string {
  for (const r of regions) if (r && text.startsWith(r)) return text.slice(r.length);
  const m = REGION.exec(text);
  // A region prefix is short; a title that is all "region" (县财政局) keeps its text.
  return m && m[0].length <= 8 && m[0].length < text.length - 2 ? text.slice(m[0].length) : text;
}

function stripWords(text: string, words: string[], where: 'start' | 'end'): string {
  let t = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of words) {
      if (where === 'start' ? t.startsWith(w) && t.length > w.length + 1 : t.endsWith(w) && t.length > w.length + 1) {
        t = where === 'start' ? t.slice(w.length) : t.slice(0, -w.length);
        changed = true;
      }
    }
  }
  return t;
}

/** The subject's shorter forms: after each leading modifier, and the first conjunct (X和Y → X). */
function subjects(subject: string): string[] {
  const out = new Set<string>([subject]);
  let t = subject;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of LEADING) {
      if (t.startsWith(w) && t.length > w.length + 1) {
        t = t.slice(w.length);
        out.add(t);
        changed = true;
      }
    }
  }
  for (const s of [...out]) {
    const first = s.split(/[和及与、]/u)[0]!;
    if (first.length >= 4) out.add(stripWords(first, TRAILING, 'end'));
  }
  return [...out].filter((s) => s.length >= 2);
}

/** 违法建设 → 违建, 国有资产 → 国资: the first character of each half of a four-character subject. */
function abbreviation(subject: string): string | undefined {
  return /^\p{Script=Han}{4}$/u.test(subject) ? subject[0]! + subject[2]! : undefined;
}

/**
 * The short names of one title (not yet checked against the rest of the corpus). `inText` says
 * whether an abbreviation (国资) is in use in the bulletin that prints the title.
 */
export function titleAliases(title: string, regions: string[] = [], inText: (abbreviation: string) => boolean = () => false, parts?: number): string[] {
  const names = new Set<string>();
  let t = withoutFinalBracket(title.replace(/\s+/g, ''));
  t = stripRegion(t, regions);
  // 实施《株洲市管控和查处违法建设办法》细则 → the subject of the inner title, and the outer kind.
  const wrapped = /^实施[《〈](.+?)[》〉](细则|办法|方案)$/u.exec(t);
  let kind: string | undefined;
  let subject: string;
  if (wrapped) {
    kind = wrapped[2];
    const inner = stripRegion(wrapped[1]!, regions);
    const innerKind = KINDS.find((k) => inner.endsWith(k));
    subject = innerKind ? inner.slice(0, -innerKind.length) : inner;
  } else {
    kind = KINDS.find((k) => t.endsWith(k));
    subject = kind ? t.slice(0, -kind.length) : t;
  }
  if (!kind) return [];
  // 管理办法 and 实施方案 are kinds too: 国有资产管理办法 gives 国有资产办法 and 国有资产管理办法.
  const shortKind = KINDS.find((k) => k.length === 2 && kind!.endsWith(k)) ?? kind;
  const kinds = [...new Set([kind, shortKind])];
  subject = stripWords(stripWords(subject, LEADING, 'start'), TRAILING, 'end');
  for (const quoted of title.matchAll(/[“"]([^”"]{2,12})[”"]/gu)) for (const k of kinds) names.add(quoted[1] + k);
  // A trial or interim mark after the title is said before its kind (国有资产管理试行办法, 国有资产试行办法;
  // not 国资试行办法, which read a query opening with 攸县国资试行办法 as a word to find).
  const mark = /[（(](试行|暂行)[）)]$/u.exec(title.replace(/\s+/g, ''))?.[1];
  const kindHead = kind.slice(0, kind.length - shortKind.length);
  for (const s of subjects(subject)) {
    const plain = s.replace(/[“”"《》〈〉]/gu, '');
    for (const k of kinds) names.add(plain + k);
    const short = abbreviation(plain);
    if (short && inText(short)) for (const k of kinds) names.add(short + k);
    if (mark) for (const base of [plain + kindHead, plain]) names.add(base + mark + shortKind);
  }
  // Measures are called by their subject and how many they are (房地产十二条, 营商环境20条).
  if (parts && parts >= MIN_COUNTED && parts <= MAX_COUNTED && COUNTED_KINDS.includes(shortKind)) {
    const first = subjects(subject).reduce<string | undefined>((a, b) => (a === undefined || b.length < a.length ? b : a), undefined)?.replace(/[“”"《》〈〉]/gu, '');
    if (first && first.length >= 2) names.add(`${first}${toNumeral(parts)}条`).add(`${first}${parts}条`);
  }
  // The title itself without its region and parenthesis (行政许可事项清单), quotes dropped.
  names.add(t.replace(/[“”"]/gu, ''));
  names.delete(title);
  return [...names].filter((n) => n.length >= 4 && n.length < title.length);
}

/**
 * The title a text is also called by where its own list is titled with one character of its subject
 * otherwise (攸县打好防范化解风险阻击战工作方案, whose task list is 《攸县打好防范化解风险阻击仗重点工作任务清单》:
 * 攸县打好防范化解风险阻击仗工作方案), or undefined when the list names the same subject or another one.
 */
export function variantTitle(title: string, listTitle: string, regions: string[] = []): string | undefined {
  const subjectOf = (t: string) => {
    let s = stripRegion(t.replace(/\s+/g, '').replace(/[《》]/gu, '').replace(/[（(][^（）()]*[）)].*$/u, ''), regions);
    const kind = KINDS.find((k) => s.endsWith(k));
    if (kind) s = s.slice(0, -kind.length);
    return stripWords(stripWords(s, LEADING, 'start'), TRAILING, 'end');
  };
  const a = [...subjectOf(title)];
  const b = [...subjectOf(listTitle)];
  if (a.length < 4 || a.length !== b.length) return undefined;
  const differ = a.map((ch, i) => (ch === b[i] ? -1 : i)).filter((i) => i >= 0);
  if (differ.length !== 1) return undefined;
  const at = title.indexOf(a.join(''));
  return at < 0 ? undefined : title.slice(0, at) + b.join('') + title.slice(at + a.length);
}

/** Marks a title or name is printed with, which the definitions of a text may print otherwise. */
const MARKS = /[“”"‘’'《》〈〉\s]/gu;
/** A short name no text can be known by: a kind of text alone, or the text itself (《办法》, 本细则). */
const GENERIC = new RegExp(`^(?:本|该|此)?(?:${TEXT_KINDS.join('|')})$`, 'u');

/** A short name a document defines (`name`), and what it names (`named`, its marks and a trailing note dropped). */
export interface Definition {
  named: string;
  name: string;
}

/**
 * The short names a document's texts define, each with what it names: the title just before it
 * (《…》（以下简称《建房办法》）), or the words after 所称 or since the last clause mark (本办法所称“攸县
 * ‘攸惠贷’风险补偿资金”（以下简称风补资金）). A kind of text alone (《办法》) names nothing. Read once a
 * document, for all the texts it holds.
 */
export function definitionsIn(texts: string[]): Definition[] {
  const out: Definition[] = [];
  for (const text of texts) {
    for (const m of text.matchAll(DEFINED_NAME)) {
      const name = m[1]!.replace(MARKS, '');
      if (name.length < 2 || GENERIC.test(name)) continue;
      const before = text.slice(Math.max(0, m.index! - 80), m.index!);
      const quoted = /《([^《》]+)》$/u.exec(before)?.[1];
      const said = quoted ?? /(?:所称|[，,。；;：:、])([^，,。；;：:、]*)$/u.exec(before)?.[1] ?? '';
      const named = withoutFinalBracket(said.replace(MARKS, ''));
      if (named.length >= 4) out.push({ named, name });
    }
  }
  return out;
}

/**
 * Other titles a text is called by, from the definitions its document prints (the 以下简称 and
 * 本办法所称): the short name defined for its whole title (现将《攸县农村村民建房管理办法》（以下简称
 * 《建房办法》）印发给你们 → 建房办法), and its title with a part of it replaced by the short name
 * defined for that part (本办法所称“攸县‘攸惠贷’风险补偿资金”（以下简称风补资金）, in the
 * 攸县“攸惠贷”风险补偿资金管理办法 → 风补资金管理办法), whose names titleAliases then reads. Marks are
 * compared without their kind (‘’ for “”). `definitions`: those of its document (definitionsIn).
 */
export function definedTitles(title: string, definitions: Definition[]): string[] {
  const plainTitle = withoutFinalBracket(title.replace(MARKS, ''));
  const out = new Set<string>();
  for (const { named, name } of definitions) {
    if (named === plainTitle) out.add(name);
    else if (plainTitle.includes(named) && name.length < named.length) out.add(plainTitle.replace(named, name));
  }
  return [...out];
}

/**
 * The names of every titled text, each kept only where no other text of the corpus takes it: a name
 * that two texts share (工作方案) names neither. `also` are other titles the text is called by
 * (variantTitle), whose names it takes too.
 */
export function uniqueAliases(titles: Array<{ id: string; title: string; also?: string[]; inText?: (abbreviation: string) => boolean; parts?: number }>, regions: string[]): Map<string, string[]> {
  const byName = new Map<string, Set<string>>();
  const all = new Map<string, string[]>();
  for (const { id, title, also, inText, parts } of titles) {
    const names = [...new Set([...titleAliases(title, regions, inText, parts), ...(also ?? []).flatMap((t) => [t.replace(/\s+/g, ''), ...titleAliases(t, regions, inText, parts)])])].filter((n) => n !== title);
    all.set(id, names);
    for (const n of names) (byName.get(n) ?? byName.set(n, new Set()).get(n)!).add(id);
  }
  // A full title of another text is not an alias either.
  const fullTitles = new Set(titles.map((t) => t.title.replace(/\s+/g, '')));
  return new Map([...all].map(([id, names]) => [id, names.filter((n) => byName.get(n)!.size === 1 && !fullTitles.has(n))]));
}
