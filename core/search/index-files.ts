/**
 * The files of a built index a client has fetched (browser-safe): the term directory pages, the term
 * chunks and the pages of frequent terms' postings (into one Postings), the bulletin directories and
 * the text fragments (into LoadedTexts by unit number). Each file is fetched once, through the
 * `fetchJson` the client was opened with; nothing is fetched but what a query asks for.
 */
import {
  FRAGMENT_UNITS,
  type BulletinDirectory,
  type Manifest,
  type PostingsPage,
  type TermChunk,
  termChunks,
  type TermDirectory,
  type TextFragment,
} from './format.ts';
import { NO_VIEWS, Postings, viewKey, type Unpacked, type WholeViews } from './postings.ts';
import type { QueryTerm } from './tokenize.ts';
import { LoadedText, type LoadedDoc } from './loaded-text.ts';

/** Fetches a file of the index by its path relative to the search/ folder, parsed as JSON. */
export type FetchJson = (path: string) => Promise<unknown>;

export class IndexFiles {
  readonly postings: Postings;
  /** Units whose fragment is here, by unit number. */
  readonly texts = new Map<number, LoadedText>();
  /** Pages of each tier's term directory, by file. */
  private readonly termPages = new Map<string, Promise<Array<[key: string, file: string]>>>();
  private readonly loadedTermPages = new Map<string, Array<[key: string, file: string]>>();
  /** chunksOf's answers over the directory pages loaded so far (cleared when another page loads): a query asks it of each term many times. */
  private readonly chunksOfTerm = new Map<string, string[]>();
  /** Every tier's bulletin directory pages, by first fragment. */
  private readonly bulletinDirs: Array<[first: number, file: string]>;
  private readonly pendingChunks = new Map<string, Promise<void>>();
  private readonly pendingPages = new Map<string, Promise<PostingsPage>>();
  private readonly bulletinPages = new Map<string, Promise<BulletinDirectory['bulletins']>>();
  private readonly pendingFragments = new Map<number, Promise<void>>();

  constructor(
    private readonly fetchJson: FetchJson,
    private readonly manifest: Manifest,
  ) {
    this.postings = new Postings(manifest.units, manifest.averageFieldLength, manifest.deleted);
    this.bulletinDirs = manifest.tiers.flatMap((t) => t.bulletins).sort((a, b) => a[0] - b[0]);
  }

  /** Every chunk and text of the index (not the pages of frequent terms' further postings). */
  async loadAll(): Promise<void> {
    const pages = await Promise.all(this.manifest.tiers.flatMap((t) => t.terms.map(([, file]) => this.termPage(file))));
    await Promise.all(pages.flat().map(([, file]) => this.chunk(file)));
    const bulletins = await Promise.all(this.bulletinDirs.map(([, file]) => this.bulletinPage(file)));
    await Promise.all(bulletins.flat().flatMap(([first, , count]) => Array.from({ length: count }, (_, k) => this.fragment(first + k))));
  }

  /** The files of one bulletin's texts (units/<key>/<k>.json); empty when the index does not hold it. */
  async bulletinFiles(bulletinId: string): Promise<string[]> {
    const pages = await Promise.all(this.bulletinDirs.map(([, file]) => this.bulletinPage(file)));
    const deleted = new Set(this.manifest.deleted.map(([first]) => first));
    const found = pages.flat().find(([first, key]) => !deleted.has(first) && key.slice(0, key.lastIndexOf('.')) === bulletinId);
    return found ? Array.from({ length: found[2] }, (_, k) => `units/${found[1]}/${k}.json`) : [];
  }

  /**
   * Units having every term (AND), in ascending order. A frequent term whose line holds only some of
   * its units cannot rule a unit out: when some terms' postings are whole, only those are intersected
   * (the text check does the rest). The lines' sorted units are intersected shortest first, without a
   * score per unit: over an archive a common bigram's line holds a thousand units.
   */
  all(terms: QueryTerm[], field: number, views: WholeViews = NO_VIEWS): Set<number> {
    const whole = terms.filter((t) => t.prefix || this.postings.get(t.term, field, views)?.complete !== false);
    if (whole.length && whole.length < terms.length) terms = whole;
    if (!terms.length) return new Set();
    const lists = terms.map((t) => (t.prefix ? Uint32Array.from(this.lookup(t, field, views).keys()).sort() : (this.postings.get(t.term, field, views)?.units ?? NO_UNITS)));
    lists.sort((a, b) => a.length - b.length);
    let acc: Uint32Array = lists[0]!;
    for (let k = 1; k < lists.length && acc.length; k++) acc = intersectSorted(acc, lists[k]!);
    return new Set(acc);
  }

  /** Units having any of the terms (OR), with summed scores. */
  anyTerms(terms: QueryTerm[], field: number): Map<number, number> {
    const acc = new Map<number, number>();
    for (const t of terms) this.postings.scores(t.term, field, t.prefix, t.prefix ? this.chunksOf(t) : [], acc);
    return acc;
  }

  /** Units having any of the words (OR), with summed scores. */
  any(terms: string[], field: number): Map<number, number> {
    return this.anyTerms(
      terms.map((term) => ({ term, prefix: false })),
      field,
    );
  }

  /** A term's postings in a field, unit → score (a prefix term's over the chunks loaded). */
  private lookup(t: QueryTerm, field: number, views: WholeViews = NO_VIEWS): Map<number, number> {
    return this.postings.scores(t.term, field, t.prefix, t.prefix ? this.chunksOf(t) : [], new Map(), views);
  }

  /** The term directory pages of every tier whose range meets [from, to]. */
  private termPagesFor(from: string, to: string): string[] {
    const out: string[] = [];
    for (const tier of this.manifest.tiers) {
      for (let p = lastAtOrBelow(tier.terms, from, (e) => e[0]); p <= lastAtOrBelow(tier.terms, to, (e) => e[0]); p++) out.push(tier.terms[p]![1]);
    }
    return out;
  }

  /**
   * Chunks of every tier that may hold the term (all chunks of the prefix's range for a prefix
   * term), among the directory pages loaded (loadChunksFor loads them first).
   */
  chunksOf(t: QueryTerm): string[] {
    const key = `${t.prefix ? '*' : ''}${t.term}`;
    const known = this.chunksOfTerm.get(key);
    if (known) return known;
    const out: string[] = [];
    const end = t.prefix ? t.term + '\uffff' : t.term;
    for (const page of this.termPagesFor(t.term, end)) {
      const chunks = this.loadedTermPages.get(page);
      if (!chunks?.length) continue;
      // Chunks of the page meeting [term, end]: a page's first chunk may start before the term.
      const from = chunks[0]![0] <= t.term ? lastAtOrBelow(chunks, t.term, (c) => c[0]) : 0;
      const to = lastAtOrBelow(chunks, end, (c) => c[0]);
      if (chunks[to]![0] > end) continue;
      for (let c = from; c <= to; c++) out.push(chunks[c]![1]);
    }
    this.chunksOfTerm.set(key, out);
    return out;
  }

  /** Fetches the term directory pages and chunks that may hold the terms. */
  async loadChunksFor(terms: QueryTerm[]): Promise<void> {
    const pages = new Set<string>();
    for (const t of terms) for (const p of this.termPagesFor(t.term, t.prefix ? t.term + '\uffff' : t.term)) pages.add(p);
    await Promise.all([...pages].map((p) => this.termPage(p)));
    const needed = new Set(terms.flatMap((t) => this.chunksOf(t)));
    await Promise.all([...needed].map((c) => this.chunk(c)));
  }

  /** Loads every posting of the terms (their pages) in the field, for exact scores over the whole index. */
  async completeTerms(terms: QueryTerm[], field: number): Promise<void> {
    const names = new Set<string>();
    for (const t of terms) {
      if (t.prefix) for (const c of this.postings.completions(t.term, field, this.chunksOf(t))) names.add(c.term);
      else names.add(t.term);
    }
    await Promise.all([...names].map((term) => this.completeTerm(term, field)));
  }

  /**
   * Every posting of the terms in a field (a prefix's terms too), their pages fetched, for the query
   * asking (read in place of their lines by passing the views to the lookups): no other query sees them.
   */
  async wholeTerms(terms: QueryTerm[], field: number): Promise<WholeViews> {
    const names = new Set<string>();
    for (const t of terms) {
      if (t.prefix) for (const c of this.postings.completions(t.term, field, this.chunksOf(t))) names.add(c.term);
      else names.add(t.term);
    }
    const views = new Map<string, Unpacked>();
    await Promise.all(
      [...names].map(async (term) => {
        const pages = await this.missingPagesOf(term, field);
        const view = pages && this.postings.whole(term, field, pages);
        if (view) views.set(viewKey(term, field), view);
      }),
    );
    return views;
  }

  /** The pages of a term's postings in a field its line lacks, fetched; undefined when it lacks none. */
  private async missingPagesOf(term: string, field: number): Promise<Map<string, PostingsPage> | undefined> {
    const files = this.postings.missingPages(term, field);
    if (!files.length) return undefined;
    return new Map(await Promise.all(files.map(async (f) => [f, await this.page(f)] as const)));
  }

  /** Loads every page of a term's postings in a field (all tiers) and makes its postings whole. */
  private async completeTerm(term: string, field: number): Promise<void> {
    const pages = await this.missingPagesOf(term, field);
    if (pages) this.postings.complete(term, field, pages);
  }

  private termPage(p: string): Promise<Array<[key: string, file: string]>> {
    let pending = this.termPages.get(p);
    if (!pending) {
      pending = this.fetchJson(p).then((data) => {
        const chunks = termChunks(data as TermDirectory);
        this.loadedTermPages.set(p, chunks);
        this.chunksOfTerm.clear();
        return chunks;
      });
      this.termPages.set(p, pending);
    }
    return pending;
  }

  private chunk(file: string): Promise<void> {
    let pending = this.pendingChunks.get(file);
    if (!pending) {
      pending = this.fetchJson(file).then((data) => this.postings.add(file, data as TermChunk));
      this.pendingChunks.set(file, pending);
    }
    return pending;
  }

  /** A page of a frequent term's further postings. */
  page(file: string): Promise<PostingsPage> {
    let pending = this.pendingPages.get(file);
    if (!pending) {
      pending = this.fetchJson(file).then((data) => data as PostingsPage);
      this.pendingPages.set(file, pending);
    }
    return pending;
  }

  private bulletinPage(p: string): Promise<BulletinDirectory['bulletins']> {
    let pending = this.bulletinPages.get(p);
    if (!pending) {
      pending = this.fetchJson(p).then((data) => (data as BulletinDirectory).bulletins);
      this.bulletinPages.set(p, pending);
    }
    return pending;
  }

  /** Fetches the text fragments holding the units. */
  async loadTextsFor(units: number[]): Promise<void> {
    const needed = new Set<number>();
    for (const u of units) if (!this.texts.has(u)) needed.add(Math.floor(u / FRAGMENT_UNITS));
    await Promise.all([...needed].map((f) => this.fragment(f)));
  }

  /** A fragment by its number: its bulletin from the directory, then units/<key>/<k>.json. */
  private fragment(f: number): Promise<void> {
    let pending = this.pendingFragments.get(f);
    if (!pending) {
      pending = (async () => {
        const bulletins = await this.bulletinPage(this.bulletinDirs[lastAtOrBelow(this.bulletinDirs, f, (e) => e[0])]![1]);
        const [first, key, count] = bulletins[lastAtOrBelow(bulletins, f, (b) => b[0])]!;
        // Past a bulletin's last fragment (the parts after a unit that ends it): nothing to read.
        if (f - first >= count) return;
        const data = (await this.fetchJson(`units/${key}/${f - first}.json`)) as TextFragment;
        const doc: LoadedDoc = {
          ...data.doc,
          periods: [...(data.doc.periods ?? [])].sort((a, b) => b[0].length - a[0].length),
          // Longest prefix first: an attachment's units belong to it, not to the document its id starts with.
          scopes: [...(data.doc.scopes ?? [])].sort((a, b) => b[0].length - a[0].length),
        };
        data.units.forEach(([id, type, kind, refs, citation, text, variants, names, words, aliases, lead], i) => {
          // Row cells are the row's names (not stored twice).
          const allNames = type === 'row' ? text.split('\t') : [...names, ...(aliases ?? [])];
          const scope = doc.scopes.find(([prefix]) => id === prefix || id.startsWith(`${prefix}/`));
          const unit = f * FRAGMENT_UNITS + i;
          this.texts.set(unit, new LoadedText(id, type, kind, refs ? refs.split('|') : [], doc, citation, text, variants, allNames, words, aliases, scope?.[2], lead));
        });
      })();
      this.pendingFragments.set(f, pending);
    }
    return pending;
  }
}

/** Index of the last element whose key is at or below `x` in a list sorted by key (0 when none). */
function lastAtOrBelow<T, K extends string | number>(list: readonly T[], x: K, key: (e: T) => K): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (key(list[mid]!) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const NO_UNITS = new Uint32Array(0);

/** The units of a sorted list that a longer sorted list holds too, found by galloping through the longer. */
export function intersectSorted(short: Uint32Array, long: Uint32Array): Uint32Array {
  const out = new Uint32Array(short.length);
  let n = 0;
  let at = 0;
  for (let i = 0; i < short.length && at < long.length; i++) {
    const u = short[i]!;
    if (long[at]! < u) {
      // Gallop: double the step until past u, then halve back.
      let step = 1;
      while (at + step < long.length && long[at + step]! < u) step *= 2;
      let lo = at + (step >> 1);
      let hi = Math.min(at + step, long.length);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (long[mid]! < u) lo = mid + 1;
        else hi = mid;
      }
      at = lo;
    }
    if (at < long.length && long[at] === u) out[n++] = u;
  }
  return out.subarray(0, n);
}
