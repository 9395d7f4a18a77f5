/**
 * The search tokenizer, shared by the index build, the CLI and the page (browser-safe: no Node
 * imports). Both sides must produce the same terms, so everything a query can differ in from the
 * printed text is normalised away first: full/half width, letter case, spaces between Chinese and
 * digits (A 级景区 3 家 = A级景区3家), the brackets of a 文号 (攸政办发[2023]6号, (2023), 2023年 →
 * 〔2023〕) and arabic citation numbers (第14条 → 第十四条, 第（三）项 → 第三项).
 *
 * Terms are character bigrams of every run of letters, digits and Han characters, plus the run's
 * last character: any substring of two or more characters then finds every text containing it
 * (word segmentation cannot: jieba keeps 教育局 whole, so 教育 would miss it). A digit, a sign and a
 * digit (1:10, 2.1) are a term too, so that a number printed with its sign is found as printed.
 */
import { CHINESE_NUMERAL, parseNumeral, toNumeral } from '../chinese/numerals.ts';
import { DOC_NUMBER_PATTERN, serialNumber } from '../chinese/doc-number.ts';
import { yearNumber } from '../chinese/dates.ts';

/** A normalised text and, for each of its UTF-16 code units, the offset it came from in the original. */
export interface Normalized {
  text: string;
  /** from[i] = offset in the original of normalised code unit i; from[text.length] = original length. */
  from: number[];
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Chinese punctuation: a space next to it is extraction noise, like a space next to a Han character. */
const CJK_PUNCT = /[，。、；：？！"'（）()《》〈〉〔〕…·]/u;

/** One character's search form ('' drops it). */
function mapChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
  switch (c) {
    case '【': case '〔': case '［': case '[': case '〖':
      return '〔';
    case '】': case '〕': case '］': case ']': case '〗':
      return '〕';
    case '“': case '”': case '„':
      return '"';
    case '‘': case '’':
      return "'";
    case '—': case '–': case '─': case '‐': case '‑':
      return '-';
    case '∶':
      return ':';
    case '\r': case '\n': case '\t': case '\v': case '\f':
      return '\t';
    case ' ': case '\u00a0': case '\u3000': case '\u2002': case '\u2003': case '\u2009':
      return ' ';
    case '\u200b': case '\ufeff':
      return '';
  }
  return c.toLowerCase();
}

function touchesChinese(c: string | undefined): boolean {
  return c !== undefined && (HAN.test(c) || CJK_PUNCT.test(c));
}

/** Applies a regex rewrite to a normalised text, keeping the offset map true. */
function rewrite(input: Normalized, pattern: RegExp, replace: (m: Match) => string): Normalized {
  pattern.lastIndex = 0;
  let text = '';
  const from: number[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(input.text))) {
    const replacement = replace(m);
    if (replacement === m[0]) continue;
    text += input.text.slice(last, m.index);
    for (let i = last; i < m.index; i++) from.push(input.from[i]!);
    text += replacement;
    // A replacement stands for its whole match: spread its characters over the match's span.
    for (let i = 0; i < replacement.length; i++) {
      from.push(input.from[m.index + Math.floor((i * m[0].length) / replacement.length)]!);
    }
    last = m.index + m[0].length;
  }
  if (last === 0) return input;
  text += input.text.slice(last);
  for (let i = last; i <= input.text.length; i++) from.push(input.from[i]!);
  return { text, from };
}

/** 第14条, 第2款, 第3章 → the Chinese numerals of print. */
const ARABIC_REF = /第(\d{1,3})(条|款|章|节|编)/g;
/** 第（三）项, 第(3)项, 第3项 → 第三项: court and national styles cite items alike. */
const ITEM_REF = new RegExp(`第\\((${CHINESE_NUMERAL}|\\d{1,3})\\)(项|目)|第(\\d{1,3})(项|目)`, 'gu');

/** A match as a rewrite sees it: the whole match, then its groups (undefined when a group did not take part). */
type Match = ReadonlyArray<string | undefined>;

/**
 * The search form of a text, with the offset map needed to highlight matches in the original.
 * Tabs (table cells, line breaks) survive as a single '\t' so that cells stay apart.
 */
export function normalizeWithMap(original: string): Normalized {
  const chars: string[] = [];
  const at: number[] = [];
  for (let offset = 0; offset < original.length; ) {
    const code = original.charCodeAt(offset);
    // Most characters are their own search form: Han characters, digits, lower-case letters.
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) {
      chars.push(original[offset]!);
      at.push(offset);
      offset++;
      continue;
    }
    const size = code >= 0xd800 && code <= 0xdbff && offset + 1 < original.length ? 2 : 1;
    const mapped = mapChar(original.slice(offset, offset + size));
    for (let k = 0; k < mapped.length; k++) {
      chars.push(mapped[k]!);
      at.push(offset);
    }
    offset += size;
  }
  // Whitespace: a run containing a tab becomes one tab; a run of spaces disappears next to Chinese
  // and becomes one space elsewhere; nothing at either end.
  const kept: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < chars.length; ) {
    const c = chars[i]!;
    if (c !== ' ' && c !== '\t') {
      kept.push(c);
      from.push(at[i]!);
      i++;
      continue;
    }
    let j = i;
    let tab = false;
    for (; j < chars.length && (chars[j] === ' ' || chars[j] === '\t'); j++) if (chars[j] === '\t') tab = true;
    const before = kept[kept.length - 1];
    const after = chars[j];
    if (before !== undefined && after !== undefined) {
      if (tab) {
        kept.push('\t');
        from.push(at[i]!);
      } else if (!touchesChinese(before) && !touchesChinese(after)) {
        kept.push(' ');
        from.push(at[i]!);
      }
    }
    i = j;
  }
  from.push(original.length);
  let out: Normalized = { text: kept.join(''), from };
  for (const [pattern, replace, needs] of REWRITES) if (out.text.includes(needs)) out = rewrite(out, pattern, replace);
  return out;
}

/** The citation rewrites, applied in this order after width and spaces, each only to a text holding the character it needs. */
const REWRITES: Array<[RegExp, (m: Match) => string, string]> = [
  // 文号 printed as 攸政办发(2023)6号, [2023], 2023年6号, 〔2023〕第6号 → 攸政办发〔2023〕6号.
  [DOC_NUMBER_PATTERN, (m) => `${m[1]}〔${yearNumber(m[2] ?? m[3]!)}〕${serialNumber(m[4]!) ?? m[4]}号`, '号'],
  [ARABIC_REF, (m) => `第${toNumeral(Number(m[1]))}${m[2]}`, '第'],
  [
    ITEM_REF,
    (m) => {
      const n = m[1] ?? m[3]!;
      const value = /^\d+$/.test(n) ? Number(n) : parseNumeral(n);
      return value === undefined ? m[0]! : `第${toNumeral(value)}${m[2] ?? m[4]}`;
    },
    '第',
  ],
];

/** Characters mapChar changes (everything else is only lower-cased). */
const MAPPED = /[\uff01-\uff5e【〔［\[〖】〕］\]〗“”„‘’—–─‐‑∶\r\n\t\v\f\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]/g;
const WHITESPACE_RUN = /[ \t]+/g;

/**
 * The normalised form only: the same result as normalizeWithMap(text).text, computed with string
 * replacements instead of a character loop (it runs over every text of the index at build time and
 * over candidate texts in the page).
 */
export function normalizeSearchText(original: string): string {
  let text = original.replace(MAPPED, mapChar).toLowerCase();
  text = text.replace(WHITESPACE_RUN, (run, at: number, whole: string) => {
    const before = whole[at - 1];
    const after = whole[at + run.length];
    if (before === undefined || after === undefined) return '';
    if (run.includes('\t')) return '\t';
    return touchesChinese(before) || touchesChinese(after) ? '' : ' ';
  });
  for (const [pattern, replace, needs] of REWRITES) {
    if (!text.includes(needs)) continue;
    // replace() hands the callback the match, its groups, then the offset and the whole text.
    text = text.replace(pattern, (...args: Array<string | undefined>) => replace(args.slice(0, -2)));
  }
  return text;
}


/** Where a normalised text's clauses end: a tab (between cells), a full stop, a semicolon or a comma. */
export const CLAUSE_END = /[\t。;,]/u;

/**
 * The searchable form of a unit: its normalised text, the clauses its other readings print that the
 * text does not (a field two sources read differently: only that clause, not the whole row again, which
 * would count each of its words twice and double its length), and its short names; with the words it
 * prints sharing a character read apart (withSharedReadings). The index and the client both search this.
 */
export function searchableOf(text: string, variants: readonly string[], aliases: readonly string[]): string {
  const own = normalizeSearchText(text);
  const printed = new Set(own.split(CLAUSE_END));
  const added: string[] = [];
  for (const variant of variants) {
    for (const clause of normalizeSearchText(variant).split(CLAUSE_END)) {
      if (clause.length === 0 || printed.has(clause)) continue;
      printed.add(clause);
      added.push(clause);
    }
  }
  return withSharedReadings([own, ...added, ...aliases.map(normalizeSearchText)].join('\t'));
}

/** Two words sharing a character, printed as one (村(居)民, 抵(质)押物, 建(构)筑物, 竣(交)工), in normalised text. */
const SHARED = /(\p{Script=Han})\(([^\P{Script=Han}一二三四五六七八九十])\)(\p{Script=Han}{1,3})/gu;

/**
 * A normalised searchable text with the words it prints sharing a character read apart at its end
 * (村(居)民 → 村民 · 居民, 抵(质)押物 → 抵押物 · 质押物), as 公文 drafting means them: the index and the
 * client both search this form.
 */
export function withSharedReadings(searchable: string): string {
  const words = [...searchable.matchAll(SHARED)].flatMap((m) => [m[1]! + m[3]!, m[2]! + m[3]!]);
  return words.length ? `${searchable}\t${words.join(' ')}` : searchable;
}

/** Maximal runs of letters, digits and Han characters, as arrays of code points. */
export function wordRuns(normalized: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const c of normalized) {
    if (WORD_CHAR.test(c)) run.push(c);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Index-side terms of a normalised text: the bigrams of each run and the run's last character, and the joints of numbers. */
export function indexTerms(normalized: string): string[] {
  const terms: string[] = [];
  for (const run of wordRuns(normalized)) {
    for (let i = 0; i + 1 < run.length; i++) terms.push(run[i]! + run[i + 1]!);
    terms.push(run[run.length - 1]!);
  }
  return terms.concat(joints(normalized));
}

/** A digit, a sign and a digit: ratios, decimals and ranges (1:10, 2.1, 3-5) stay findable as printed, not as two numbers. */
const JOINT = /(?<=\d)[:.\/~-](?=\d)/g;

function joints(normalized: string): string[] {
  const out: string[] = [];
  for (const m of normalized.matchAll(JOINT)) out.push(normalized[m.index - 1]! + m[0] + normalized[m.index + 1]!);
  return out;
}

/**
 * Query-side terms of one normalised query word. A run of two or more characters gives its bigrams
 * (a substring's bigrams are bigrams of every text containing it); a lone character is looked up by
 * prefix, since in the text it is either a run's last character or the start of a bigram.
 */
export interface QueryTerm {
  term: string;
  prefix: boolean;
}

export function queryTerms(normalized: string): QueryTerm[] {
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const run of wordRuns(normalized)) {
    if (run.length === 1) {
      if (!seen.has(`*${run[0]}`)) terms.push({ term: run[0]!, prefix: true });
      seen.add(`*${run[0]}`);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) {
      const term = run[i]! + run[i + 1]!;
      if (!seen.has(term)) terms.push({ term, prefix: false });
      seen.add(term);
    }
  }
  for (const term of joints(normalized)) {
    if (!seen.has(term)) terms.push({ term, prefix: false });
    seen.add(term);
  }
  return terms;
}

/** Words of a normalised query (split on whitespace), as a user separates what must all appear. */
export function queryWords(normalized: string): string[] {
  return normalized.split(/[ \t]+/).filter((w) => w.length > 0);
}
