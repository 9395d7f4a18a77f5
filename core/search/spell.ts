/**
 * Corrections of a mistyped query (browser-safe): a stretch of a concept that the index does not know
 * (a bigram no unit holds) is looked up by its pinyin in the corpus vocabulary — 番身仗 → 翻身仗,
 * 补帖 → 补贴, 见设 → 建设, youhuidai → 攸惠贷 — or as a word of the vocabulary one character off; a
 * concept in traditional characters is read in simplified ones first (國有資產 → 国有资产). The files
 * (pipeline/index/spell.ts) are fetched only when a query needs them.
 */
import { spellCharsKey, type SpellChars, type SpellIndex, type SpellShard } from './format.ts';
import { FUNCTION_CHARS } from './lexicon.ts';

export interface Correction {
  /** The stretch as typed. */
  from: string;
  /** What the corpus prints. */
  to: string;
}

/** A shard as fetched, with each word's characters. */
type LoadedShard = SpellShard & { entries: Array<{ key: string; word: string; units: number; chars: string[] }> };

/** Most pinyin readings tried for one stretch (a stretch of polyphonic characters multiplies them). */
const MAX_READINGS = 32;
/** Longest stretch looked up. */
const MAX_WINDOW = 6;
/** A short name standing for a longer word of the vocabulary (业委会 for 业主委员会): three to five characters. */
const MIN_SHORT_NAME = 3;
const MAX_SHORT_NAME = 5;

/** What a county's bodies are printed after (县交通运输局) and called without, with its syllable, where the index names none (SpellIndex.levels). */
const COUNTY: [character: string, syllable: string] = ['县', 'xian'];
/** How a body's name ends (县退役军人事务局, 县城乡建设档案馆, 县医疗保障中心). */
const BODY_ENDINGS = '局委办站所队院馆会社心处';

/**
 * Whether the characters of a short name stand in a word in order: loaded-text.ts's `inOrder` for characters. Not
 * imported from there: this file is the page's spelling chunk, loaded only for a slip; importing loaded-text.ts
 * moves it into a chunk the page preloads (measured: 0.5 KB gzip more before the first result).
 */
function inOrderChars(short: string[], word: string[]): boolean {
  let k = 0;
  for (const c of word) if (c === short[k]) k++;
  return k === short.length;
}

/** Most unknown bigrams in a row that a typo leaves. */
const MAX_TYPO_RUN = 2;

/**
 * The spelling files one query may look words up in (by first syllable), shared by the corrections of
 * its concepts: a long question holding many unknown pairs where its words meet would fetch dozens.
 * Counted by syllable asked for, not by file fetched, so that what a query finds does not depend on
 * what earlier queries fetched.
 */
export interface SpellBudget {
  syllables: Set<string>;
  limit: number;
}

/** Whether these syllables fit the budget (those already asked for are free); takes them if so. */
function within(budget: SpellBudget | undefined, syllables: string[]): boolean {
  if (!budget) return true;
  const fresh = [...new Set(syllables)].filter((s) => !budget.syllables.has(s));
  if (budget.syllables.size + fresh.length > budget.limit) return false;
  for (const s of fresh) budget.syllables.add(s);
  return true;
}

export class Speller {
  private readonly readings = new Map<string, string[]>();
  private readonly t2s = new Map<string, string>();
  private readonly blocks = new Map<number, Promise<void>>();
  private readonly shards = new Map<string, Promise<LoadedShard>>();

  private index?: Promise<SpellIndex & { hasShard: Set<string> }>;

  /** `indexFile`: the SpellIndex, fetched with the first correction. */
  constructor(
    private readonly indexFile: string,
    private readonly fetchJson: (path: string) => Promise<unknown>,
  ) {}

  private spellIndex(): Promise<SpellIndex & { hasShard: Set<string> }> {
    this.index ??= this.fetchJson(this.indexFile).then((data) => {
      const index = data as SpellIndex;
      return { ...index, hasShard: new Set(index.shards) };
    });
    return this.index;
  }

  /** Fetches the character files of these characters (their readings and traditional forms). */
  private async loadChars(chars: Iterable<string>): Promise<void> {
    const index = await this.spellIndex();
    const keys = new Set([...chars].map(spellCharsKey).filter((k) => index.chars.some(([first, last]) => k >= first && k <= last)));
    await Promise.all(
      [...keys].map((key) => {
        let pending = this.blocks.get(key);
        if (!pending) {
          pending = this.fetchJson(`${index.charsFolder}/${key}.json`).then((data) => {
            const { pinyin, t2s } = data as SpellChars;
            for (const [ch, r] of Object.entries(pinyin)) this.readings.set(ch, r.split(' '));
            for (let i = 0; i + 1 < t2s.length; i += 2) this.t2s.set(t2s[i]!, t2s[i + 1]!);
          });
          this.blocks.set(key, pending);
        }
        return pending;
      }),
    );
  }

  private shard(syllable: string): Promise<LoadedShard> {
    let pending = this.shards.get(syllable);
    if (!pending) {
      pending = this.spellIndex().then(async (index) => {
        const shard: SpellShard = index.hasShard.has(syllable) ? ((await this.fetchJson(`${index.shardsFolder}/${syllable}.json`)) as SpellShard) : { words: [] };
        // Each word's characters once, not once per stretch looked up.
        return { ...shard, entries: shard.words.map(([key, word, units]) => ({ key, word, units, chars: [...word] })) };
      });
      this.shards.set(syllable, pending);
    }
    return pending;
  }

  /** The text with traditional characters made simplified (unchanged when it has none). */
  async simplified(text: string): Promise<string> {
    await this.loadChars(text);
    return [...text].map((c) => this.t2s.get(c) ?? c).join('');
  }

  /**
   * What a query typed in traditional characters needs (client.ts, simplifiedScript): the simplified
   * forms of these characters (those opencc converts), and of the traditional characters GB 2312
   * holds too (後 → 后); and which traditional characters the texts print.
   */
  async traditional(chars: Iterable<string>): Promise<{ simplified: Map<string, string>; printed: Set<string> }> {
    const index = await this.spellIndex();
    const asked = [...chars];
    await this.loadChars(asked);
    const simplified = new Map<string, string>();
    const inGb = [...(index.traditionalInGb2312 ?? '')];
    for (let i = 0; i + 1 < inGb.length; i += 2) simplified.set(inGb[i]!, inGb[i + 1]!);
    for (const c of asked) if (this.t2s.has(c)) simplified.set(c, this.t2s.get(c)!);
    return { simplified, printed: new Set(index.printedTraditional ?? '') };
  }

  /**
   * A correction of `text` (a concept, simplified) whose bigrams `unknown` marks as absent from the
   * index (bigram i = characters i, i+1): a stretch of two to six characters holding an unknown
   * bigram, replaced by a vocabulary word that reads the same in pinyin, or (three characters or
   * more) differs in one character; it may change only characters of unknown bigrams. The stretch
   * that mends the most unknown bigrams wins (a word read the same mends those across its edges too
   * where it and the character beyond are printed: 负何管理 → 负荷), then a word read the same, then the
   * longer stretch, then the word used most.
   *
   * A stretch is left as typed when it is a common word of the language (新房 is not a typo of
   * 信访); a word read the same is not taken when a word (`isWord`: of the corpus) runs across the
   * stretch's edge (里政 of 家里政府: 家里 and 政府 are words) unless the run so mended is printed (逃废债物 →
   * 债务), nor a word one character off when the
   * characters left unchanged are a word of their own (申请攸 → 申请书: 申请 was typed as meant, 攸
   * starts the next word; not where one character is left, 停 of 展停 → 暂停) or the character changed is a
   * function character (晚上有 → 晚上学), nor a
   * word of two characters that shares neither with the stretch (住人 is not a typo of 主任).
   * `startsAt`: where a stretch may start, when not everywhere (a word the slip makes with the word
   * before it starts where that word does: 危险 · 费物 of 危险废物).
   */
  async correct(text: string, unknown: boolean[], isWord: (word: string) => boolean = () => false, printed?: (run: string) => Promise<boolean>, budget?: SpellBudget, startsAt?: (a: number) => boolean): Promise<Correction | undefined> {
    const chars = [...text];
    // Each stretch is asked about once (every window asks about the words across its edges).
    const asked = new Map<string, boolean>();
    const known = isWord;
    isWord = (word) => asked.get(word) ?? asked.set(word, known(word)).get(word)!;
    // A slip of one or two characters leaves one or two unknown bigrams side by side (番身仗); three or
    // more in a row (果树老生病, 塔吊看着歪歪) are words the corpus does not have, not a typo of one it
    // has: only the shorter runs are mended, and no file is fetched when there are none.
    // Where a printed word ends and the slip begins (稳定|菜蓝子: 定菜 菜蓝 蓝子), the pair across the
    // edge is unknown too and makes the run three long. Without such edge pairs the run may be
    // mended, but only whole, by a word read the same (菜蓝子 → 菜篮子; 生产|线有个 is not 现有).
    // A function character between two words (检查|是|乡镇, 乡镇|来|管): where words meet, not a slip.
    // Two function characters side by side (要办, 想要 of 要办授药经营许可): a question's words, no slip.
    unknown = unknown.map((x, k) => x && !betweenWords(chars, k, isWord) && !betweenWords(chars, k + 1, isWord) && !(FUNCTION_CHARS.includes(chars[k]!) && FUNCTION_CHARS.includes(chars[k + 1]!)));
    const strict = unknownRunsUpTo(chars, unknown, MAX_TYPO_RUN);
    const trimmed = unknownRunsUpTo(chars, withoutWordEdges(chars, unknown, isWord), MAX_TYPO_RUN);
    const soundOnly = trimmed.map((x, k) => x && !strict[k]);
    unknown = strict.map((x, k) => x || trimmed[k]!);
    if (!unknown.some((x) => x)) return undefined;
    await this.loadChars(chars);
    const readings = this.readings;
    // Characters that only an unknown bigram holds may change; the rest was found as typed.
    const changeable = chars.map((_, i) => (i > 0 && unknown[i - 1]) || unknown[i] === true);
    // Characters of an unknown pair that is a common word of the language (交结 of 资产交结): a word one
    // character off (资产交易) would change a word typed as meant, as 新房 is no slip of 信访.
    const inRealWord = chars.map(() => false);
    for (let k = 0; k + 1 < chars.length; k++) {
      if (!unknown[k]) continue;
      const pair = chars[k]! + chars[k + 1]!;
      const syllables = readings.get(chars[k]!) ?? [];
      // Past the query's budget of spelling files, the pair is taken as typed on purpose.
      if (!within(budget, syllables)) {
        inRealWord[k] = inRealWord[k + 1] = true;
        continue;
      }
      const shards = await Promise.all(syllables.map((r) => this.shard(r)));
      if (shards.some((s) => s.real?.includes(pair))) inRealWord[k] = inRealWord[k + 1] = true;
    }
    let best: { from: string; to: string; mended: number; sound: boolean; near: boolean; length: number; units: number; a: number; b: number } | undefined;
    for (let a = 0; a < chars.length; a++) {
      if (startsAt && !startsAt(a)) continue;
      for (let b = a + 1; b < Math.min(chars.length, a + MAX_WINDOW); b++) {
        let mended = 0;
        for (let k = a; k < b; k++) if (unknown[k]) mended++;
        if (!mended) continue;
        // A stretch whose end cuts a word the corpus knows (化学实 of 化学实验室, 给本 of 本地) is not where a
        // slip is: that word was typed as meant. Its files are not fetched.
        if (endsInsideWord(chars, a, b, isWord)) continue;
        const window = chars.slice(a, b + 1);
        const keys = pinyinKeys(window, (ch) => readings.get(ch));
        const wanted = new Set(keys.map((k) => k.key));
        const wantedNear = new Set(keys.map((k) => nearSound(k.key)));
        const firsts = new Set(keys.map((k) => k.first));
        if (window.length >= 3) for (const r of readings.get(window[0]!) ?? []) firsts.add(r);
        // Words read alike are filed under the first syllable as they say it (暂停 under zan for 展停, zhan).
        // Only for a short stretch (two or three characters), where a slip of the tongue is: fewer files.
        if (window.length <= 3) for (const f of [...firsts]) for (const alike of alikeSyllables(f)) firsts.add(alike);
        // Past the query's budget of spelling files, the stretch is not looked up.
        if (!within(budget, [...firsts])) continue;
        const shards = await Promise.all([...firsts].map((f) => this.shard(f)));
        const typed = window.join('');
        if (shards.some((s) => s.real?.includes(typed))) continue;
        const crossed = crosses(chars, a, b, isWord);
        for (const { key, word, units, chars: w } of shards.flatMap((s) => s.entries)) {
          if (w.length !== window.length || word === typed) continue;
          if (!w.every((c, i) => c === window[i] || changeable[a + i])) continue;
          const sound = wanted.has(key);
          // Read alike as people of the county say it (改照 for 改造, 流程 for 流陈): flat and curled tongue, n and l, -n and -ng.
          const near = !sound && wantedNear.has(nearSound(key));
          if (soundOnly.slice(a, b).some((x) => x) && (!sound || soundOnly[a - 1] || soundOnly[b])) continue;
          if (!sound && !near && (window.length < 3 || differences(word, window) !== 1)) continue;
          // ... unless what was typed, so mended, is a run some unit prints (逃废债物 → 逃废债务).
          if ((sound || near) && crossed && !(printed && (await printed(replaced(chars, { to: word, a, b }))))) continue;
          // Two characters both changed (住人 → 主任, 搞小 → 高效) are another word typed, not a slip.
          if (w.length === 2 && differences(word, window) === 2) continue;
          // One character off where a function character was typed (晚上有 → 晚上学): that character says how, not what.
          if (!sound && w.some((c, i) => c !== window[i] && FUNCTION_CHARS.includes(window[i]!))) continue;
          if (!sound && w.some((c, i) => c !== window[i] && inRealWord[a + i])) continue;
          // One character off at an end, the rest a word as typed: a word and the start of the next; so
          // too where it sounds the same and the character changed is a function character (是政府 is no 市政府).
          if (changedAtEndBesideWord(w, window, isWord, sound ? (ch) => FUNCTION_CHARS.includes(ch) : () => true)) continue;
          const candidate = { from: window.join(''), to: word, mended, sound, near, length: window.length, units, a, b };
          // A word read the same mends the unknown pairs across its edges too where it and the character
          // beyond, no function character (where words meet), are a run some unit prints (负何管理: 负荷管,
          // printed; not only 负何).
          const left = a > 0 && unknown[a - 1] && !FUNCTION_CHARS.includes(chars[a - 1]!);
          const right = b + 1 < chars.length && unknown[b] && !FUNCTION_CHARS.includes(chars[b + 1]!);
          if (sound && (left || right) && printed && (await printed(`${left ? chars[a - 1] : ''}${word}${right ? chars[b + 1] : ''}`))) candidate.mended += (left ? 1 : 0) + (right ? 1 : 0);
          // A word read only alike is taken only where it makes what was typed a run some unit prints (城镇老旧小区改造;
          // 托育位子 is no 托育位置, 特行 no 特新).
          // (Or where it and the two characters after or before it are: 暂停发放 of 合作银行展停发放贷款, whose
          // whole run no unit prints as typed, 行暂 being no pair of any text.)
          if (near && !(printed && ((await printed(replaced(chars, candidate))) || (await printedBeside(chars, candidate, printed))))) continue;
          if (!best) best = candidate;
          else if (printed && tied(candidate, best)) {
            // Two words alike in all else (保值 and 保质 of 保直增值): the one that makes what was typed a run some text prints (保值增值).
            const [x, y] = [await printed(replaced(chars, candidate)), await printed(replaced(chars, best))];
            if (x !== y ? x : better(candidate, best)) best = candidate;
          } else if (better(candidate, best)) best = candidate;
        }
      }
    }
    if (best) return { from: best.from, to: best.to };
    return this.expanded(chars, unknown, budget);
  }

  /**
   * A short name the corpus never prints, typed whole as its unknown pairs show (业委会, 交运局): the word of the
   * vocabulary it abbreviates, its first and last characters the short name's and the others in order between
   * (业主委员会, 交通运输局), the one used most. Asked only where no word read the same or one character off mends it.
   */
  private async expanded(chars: string[], unknown: boolean[], budget?: SpellBudget): Promise<Correction | undefined> {
    if (chars.length < MIN_SHORT_NAME || chars.length > MAX_SHORT_NAME || !/^\p{Script=Han}+$/u.test(chars.join('')) || FUNCTION_CHARS.includes(chars[0]!)) return undefined;
    // A body is looked for after its 县 (a city's 市: the levels of the archive's issuers) only where the short name
    // ends as a body's name does (退役局): the level's file is one more to fetch.
    const body = BODY_ENDINGS.includes(chars[chars.length - 1]!);
    const levels = body ? ((await this.spellIndex()).levels ?? [COUNTY]) : [];
    const firsts = [...new Set([...(this.readings.get(chars[0]!) ?? []), ...levels.map(([, syllable]) => syllable)])];
    if (!firsts.length || !within(budget, firsts)) return undefined;
    const shards = await Promise.all(firsts.map((f) => this.shard(f)));
    let best: { word: string; units: number } | undefined;
    for (const { word, units, chars: w } of shards.flatMap((s) => s.entries)) {
      // A county's body is printed with its 县 (县交通运输局) and called without it (交运局), a city's with its 市.
      const name = w[0] !== chars[0] && levels.some(([level]) => level === w[0]) ? w.slice(1) : w;
      if (name[0] !== chars[0] || name[name.length - 1] !== chars[chars.length - 1] || name.length < chars.length + 2 || name.length > 3 * chars.length) continue;
      if (!inOrderChars(chars, name)) continue;
      if (!best || units > best.units) best = { word, units };
    }
    return best && unknown.some((x) => x) ? { from: chars.join(''), to: best.word } : undefined;
  }

  /**
   * Which words are one pinyin syllable each (wei jian xi ze): typed apart, they are read as one run
   * of letters. Letters that are no syllable (ktv) are not.
   */
  async syllables(words: string[]): Promise<boolean[]> {
    if (!words.some((w) => /^[a-z]{1,6}$/.test(w))) return words.map(() => false);
    const syllables = new Set((await this.spellIndex()).syllables);
    return words.map((w) => /^[a-z]{1,6}$/.test(w) && syllables.has(w));
  }

  /**
   * Letters typed in pinyin (youhuidai, xiaofangwangge): the vocabulary words read so, the longest
   * first from the start (消防 + 网格), the most used where two read the same.
   */
  async fromPinyin(letters: string): Promise<Correction | undefined> {
    const split = splitSyllables(letters, new Set((await this.spellIndex()).syllables));
    if (!split) return undefined;
    let out = '';
    for (let i = 0; i < split.length; ) {
      const entries = (await this.shard(split[i]!)).words;
      let best: { word: string; units: number; length: number } | undefined;
      for (let j = split.length; j > i && !best; j--) {
        const key = split.slice(i, j).join('');
        for (const [k, word, units] of entries) if (k === key && (!best || units > best.units)) best = { word, units, length: j - i };
      }
      // The rest typed is the start of a longer word (fengbu of 风补资金): that word's first characters.
      if (!best) {
        const key = split.slice(i).join('');
        for (const [k, word, units] of entries) {
          if (k.startsWith(key) && [...word].length > split.length - i && (!best || units > best.units)) best = { word: [...word].slice(0, split.length - i).join(''), units, length: split.length - i };
        }
      }
      if (!best) return undefined;
      out += best.word;
      i += best.length;
    }
    return { from: letters, to: out };
  }

  /** Whether letters typed in pinyin read as one word of the vocabulary (yihuyibiao: 一户一表). */
  async isPinyinWord(letters: string): Promise<boolean> {
    const split = splitSyllables(letters, new Set((await this.spellIndex()).syllables));
    if (!split) return false;
    const key = split.join('');
    return (await this.shard(split[0]!)).words.some(([k]) => k === key);
  }

  /**
   * Characters and pinyin letters in one run, as an input method leaves them half converted
   * (youhui贷, 违fa建设细则): the characters read as pinyin too (each by its first reading), the whole
   * read as letters, and the words read so kept only where they keep every character typed.
   */
  async fromMixed(text: string): Promise<Correction | undefined> {
    const parts = text.match(/[a-z]+|\p{Script=Han}/gu);
    if (!parts || parts.join('') !== text) return undefined;
    const han = parts.filter((p) => !/^[a-z]/.test(p));
    await this.loadChars(han);
    const syllables = new Set((await this.spellIndex()).syllables);
    // Each part's syllables: a character is one; letters are as many as they split into.
    const read: string[][] = [];
    for (const p of parts) {
      const s = /^[a-z]/.test(p) ? splitSyllables(p, syllables) : this.readings.get(p)?.slice(0, 1);
      if (!s?.length) return undefined;
      read.push(s);
    }
    const found = await this.fromPinyin(read.flat().join(''));
    if (!found) return undefined;
    const to = [...found.to];
    if (to.length !== read.flat().length) return undefined;
    let at = 0;
    for (const [k, p] of parts.entries()) {
      if (!/^[a-z]/.test(p) && to[at] !== p) return undefined;
      at += read[k]!.length;
    }
    return { from: text, to: found.to };
  }
}

/**
 * Every reading of the characters as whole keys (jian+she → jianshe), with the first syllable, at
 * most MAX_READINGS of them; none when a character has no reading. The build files common words by
 * the same keys (pipeline/index/spell.ts).
 */
export function pinyinKeys(chars: string[], readingsOf: (ch: string) => readonly string[] | undefined): Array<{ key: string; first: string }> {
  let keys: Array<{ key: string; first: string }> = [{ key: '', first: '' }];
  for (const ch of chars) {
    const options = readingsOf(ch);
    if (!options?.length) return [];
    const next: typeof keys = [];
    for (const k of keys) for (const r of options) if (next.length < MAX_READINGS) next.push({ key: k.key + r, first: k.first || r });
    keys = next;
  }
  return keys;
}

type Candidate = { mended: number; sound: boolean; near: boolean; length: number; units: number };

/**
 * A reading with the sounds many speakers of Hunan do not tell apart made one: zh ch sh as z c s, l as
 * n, -ing and -eng as -in and -en (gaizhao and gaizao, liucheng and liuchen).
 */
export function nearSound(key: string): string {
  return key.replace(/([zcs])h/g, '$1').replace(/l/g, 'n').replace(/([ie])ng/g, '$1n');
}

/** The other syllables nearSound reads as one (zhan → zan, zan → zhan, lan → nan, jin → jing): where words read alike are filed. */
function alikeSyllables(syllable: string): string[] {
  const out = new Set<string>();
  const swap = (s: string) => {
    if (/^[zcs]h/.test(s)) out.add(s.replace(/^([zcs])h/, '$1'));
    else if (/^[zcs]/.test(s)) out.add(s.replace(/^([zcs])/, '$1h'));
    if (s.startsWith('l')) out.add(`n${s.slice(1)}`);
    else if (s.startsWith('n')) out.add(`l${s.slice(1)}`);
  };
  swap(syllable);
  const ending = /([ie])ng$/.test(syllable) ? syllable.replace(/ng$/, 'n') : /([ie])n$/.test(syllable) ? `${syllable}g` : undefined;
  if (ending) {
    out.add(ending);
    swap(ending);
  }
  // nearSound is the rule: these are only the syllables it reads as this one.
  return [...out].filter((alike) => alike !== syllable && nearSound(alike) === nearSound(syllable));
}

/** Whether two candidates differ only in how many units print them. */
function tied(x: Candidate, y: Candidate): boolean {
  return x.mended === y.mended && x.sound === y.sound && x.near === y.near && x.length === y.length;
}

/** Whether a candidate word with the two characters after it, or the two before it, is a run some unit prints. */
async function printedBeside(chars: string[], c: { to: string; a: number; b: number }, printed: (run: string) => Promise<boolean>): Promise<boolean> {
  const after = chars.slice(c.b + 1, c.b + 3).join('');
  const before = chars.slice(Math.max(0, c.a - 2), c.a).join('');
  return (after.length === 2 && (await printed(c.to + after))) || (before.length === 2 && (await printed(before + c.to)));
}

/** The text typed with a candidate word in its window. */
function replaced(chars: string[], c: { to: string; a: number; b: number }): string {
  return [...chars.slice(0, c.a), c.to, ...chars.slice(c.b + 1)].join('');
}

function better(x: Candidate, y: Candidate): boolean {
  if (x.mended !== y.mended) return x.mended > y.mended;
  if (x.sound !== y.sound) return x.sound;
  if (x.near !== y.near) return x.near;
  if (x.length !== y.length) return x.length > y.length;
  return x.units > y.units;
}

/**
 * Whether a word of the corpus (two characters or more) starts inside the stretch chars[a..b], after
 * its first character, and ends after it (给本 of 本地, 卫健部 of 卫健部门).
 */
function endsInsideWord(chars: string[], a: number, b: number, isWord: (word: string) => boolean): boolean {
  for (let i = a + 1; i <= b; i++) if (wordFrom(chars, i, b + 2, isWord)) return true;
  return false;
}

/** Whether a word of the corpus starts at chars[i] and ends at chars[end - 1] or later (two to MAX_WINDOW characters). */
function wordFrom(chars: string[], i: number, end: number, isWord: (word: string) => boolean): boolean {
  for (let j = Math.max(end, i + 2); j <= Math.min(chars.length, i + MAX_WINDOW); j++) if (isWord(chars.slice(i, j).join(''))) return true;
  return false;
}

/**
 * Whether chars[k] is a function character with a word of the corpus (two characters or more) ending
 * right before it and another starting right after it; the pairs on each side of it are then no slip.
 */
function betweenWords(chars: string[], k: number, isWord: (word: string) => boolean): boolean {
  if (k < 2 || k > chars.length - 3 || !FUNCTION_CHARS.includes(chars[k]!)) return false;
  let before = false;
  for (let i = Math.max(0, k - MAX_WINDOW); i <= k - 2 && !before; i++) before = isWord(chars.slice(i, k).join(''));
  return before && wordFrom(chars, k + 1, k + 3, isWord);
}

/** Whether a word of two characters or more starts before chars[a] and ends inside the window, or starts inside it and ends after chars[b]. */
function crosses(chars: string[], a: number, b: number, isWord: (word: string) => boolean): boolean {
  for (let i = 0; i < chars.length; i++) {
    for (let j = i + 2; j <= Math.min(chars.length, i + MAX_WINDOW); j++) {
      const left = i < a && j > a && j <= b + 1;
      const right = i >= a && i <= b && j > b + 1;
      if ((left || right) && isWord(chars.slice(i, j).join(''))) return true;
    }
  }
  return false;
}

/** Whether the word changes the window's first (or last) character, one passing `typed` as typed, and the rest of the window is a word. */
function changedAtEndBesideWord(word: string[], window: string[], isWord: (word: string) => boolean, typed: (ch: string) => boolean): boolean {
  // (A single character left is no word typed as meant: 停 of 展停 is no 暂停's start of the next word.)
  if (window.length < 3) return false;
  if (word[0] !== window[0] && typed(window[0]!) && isWord(window.slice(1).join(''))) return true;
  return word.at(-1) !== window.at(-1) && typed(window.at(-1)!) && isWord(window.slice(0, -1).join(''));
}

/**
 * The unknown bigrams less, in each run of them, a first pair whose first character ends a word of
 * two characters or more (定菜 after 稳定) and a last pair whose second character starts one.
 */
function withoutWordEdges(chars: string[], unknown: boolean[], isWord: (word: string) => boolean): boolean[] {
  const out = [...unknown];
  const endsWord = (k: number) => {
    for (let i = Math.max(0, k - MAX_WINDOW + 1); i < k; i++) if (isWord(chars.slice(i, k + 1).join(''))) return true;
    return false;
  };
  for (let i = 0; i < unknown.length; ) {
    if (!unknown[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < unknown.length && unknown[j]) j++;
    if (endsWord(i)) out[i] = false;
    if (j - 1 > i && wordFrom(chars, j, j + 2, isWord)) out[j - 1] = false;
    i = j;
  }
  return out;
}

/**
 * The unknown bigrams (bigram i = chars i, i + 1) that stand in runs of at most `max` Han pairs, the
 * others marked known; a pair across letters or digits (坊队 · 队2 · 24) ends a run without counting.
 */
export function unknownRunsUpTo(chars: string[], unknown: boolean[], max: number): boolean[] {
  const out = [...unknown];
  const han = (k: number) => /\p{Script=Han}/u.test(chars[k] ?? '') && /\p{Script=Han}/u.test(chars[k + 1] ?? '');
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (j < out.length && unknown[j] && han(j)) j++;
    if (j - i > max) out.fill(false, i, j);
    i = Math.max(j, i + 1);
  }
  return out;
}

function differences(word: string, chars: string[]): number {
  let n = 0;
  [...word].forEach((c, i) => {
    if (c !== chars[i]) n++;
  });
  return n;
}

/** Letters cut into pinyin syllables (youhuidai → you hui dai), or undefined when they cannot be. */
export function splitSyllables(letters: string, syllables: Set<string>): string[] | undefined {
  const memo = new Map<number, string[] | null>();
  const go = (at: number): string[] | null => {
    if (at === letters.length) return [];
    if (memo.has(at)) return memo.get(at)!;
    let found: string[] | null = null;
    // Longest syllable first (xian before xi an), backtracking where the rest cannot be cut.
    for (let len = Math.min(6, letters.length - at); len >= 1 && !found; len--) {
      const s = letters.slice(at, at + len);
      if (!syllables.has(s)) continue;
      const rest = go(at + len);
      if (rest) found = [s, ...rest];
    }
    memo.set(at, found);
    return found;
  };
  return go(0) ?? undefined;
}
