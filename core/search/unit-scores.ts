/**
 * Scores per unit in flat arrays indexed by unit number, for the loops that add up a query's
 * postings: a Map per term and an object per unit were a third of a long question's time over an
 * archive of thirteen bulletins (and most of its garbage). Browser-safe; no I/O.
 */

/**
 * Unit numbers to places 0, 1, 2 … in the order first met: an open-addressing hash table in typed
 * arrays, sized to the units met (a query's, at most its terms' postings), not to the archive. Unit
 * numbers are large (a fragment's number times 64, fragments counted down from 2^24) and spread
 * (about nine numbers per unit in an archive of thirteen bulletins), so an array indexed by number
 * would grow with the archive.
 */
class UnitIndex {
  private keys = new Int32Array(64).fill(-1);
  private places = new Int32Array(64);
  private shift = 26;
  /** The units met, by place. */
  readonly units: number[] = [];

  /** The unit's place, or -1 when it was not met. */
  find(unit: number): number {
    const mask = this.keys.length - 1;
    for (let i = Math.imul(unit, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const key = this.keys[i]!;
      if (key === unit) return this.places[i]!;
      if (key === -1) return -1;
    }
  }

  /** The unit's place, given it when it is first met. */
  place(unit: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(unit, 0x9e3779b1) >>> this.shift;
    for (; ; i = (i + 1) & mask) {
      const key = this.keys[i]!;
      if (key === unit) return this.places[i]!;
      if (key === -1) break;
    }
    const place = this.units.length;
    this.keys[i] = unit;
    this.places[i] = place;
    this.units.push(unit);
    if (this.units.length * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    return place;
  }

  /** Forgets every unit. */
  clear(): void {
    if (!this.units.length) return;
    this.keys.fill(-1);
    this.units.length = 0;
  }

  private rehash(size: number): void {
    this.keys = new Int32Array(size).fill(-1);
    this.places = new Int32Array(size);
    this.shift = 32 - Math.log2(size);
    const mask = size - 1;
    this.units.forEach((unit, place) => {
      let i = Math.imul(unit, 0x9e3779b1) >>> this.shift;
      while (this.keys[i] !== -1) i = (i + 1) & mask;
      this.keys[i] = unit;
      this.places[i] = place;
    });
  }
}

/** A sum per unit, with the units in the order first added to (as a Map's keys would be). */
export class UnitScores {
  private readonly index = new UnitIndex();
  private values = new Float64Array(64);

  /** The units added to since the last `clear`, in the order first added to. */
  get units(): readonly number[] {
    return this.index.units;
  }

  /** Adds `s` to the unit's sum. */
  add(unit: number, s: number): void {
    const at = this.index.place(unit);
    if (at >= this.values.length) this.values = grown(this.values, this.values.length * 2);
    this.values[at] = this.values[at]! + s;
  }

  /** The unit's sum (0 when nothing was added to it). */
  get(unit: number): number {
    const at = this.index.find(unit);
    return at < 0 ? 0 : this.values[at]!;
  }

  /** Whether anything was added to the unit. */
  has(unit: number): boolean {
    return this.index.find(unit) >= 0;
  }

  /** Forgets every sum (costs as many steps as the most units it held). */
  clear(): void {
    this.values.fill(0, 0, this.index.units.length);
    this.index.clear();
  }
}

/** What the postings say of one unit: its share of each concept and its BM25 (the shares empty when it holds no term). */
export interface UnitPartial {
  shares: number[];
  bm25: number;
}

/**
 * What the postings alone say of each unit holding a term of the query: the share of each concept it
 * holds, its BM25 over every form's terms, and its coverage of the query (the concepts' shares weighed
 * by their importance). The units scored together, the pool the candidates are chosen from, keep the
 * order they were first met in; any other unit asked about is read from the postings when first asked
 * (`lookUp`), with the same scores, so a pool kept small chooses among fewer units but scores none
 * differently.
 */
export class PartialScores {
  private readonly index = new UnitIndex();
  private shares: Float64Array;
  private bm25s = new Float64Array(256);
  private coverages = new Float64Array(256);
  private importance: number[] = [];
  private importanceSum = 1;
  /** Units outside the pool read since, with their coverage. */
  private readonly looked = new Map<number, UnitPartial & { coverage: number }>();
  private lookUp?: (unit: number) => UnitPartial;

  constructor(readonly concepts: number) {
    this.shares = new Float64Array(256 * Math.max(concepts, 1));
  }

  /** The units of the pool, in the order first met. */
  get units(): readonly number[] {
    return this.index.units;
  }

  /** Whether the unit is in the pool. */
  pooled(unit: number): boolean {
    return this.index.find(unit) >= 0;
  }

  /** Whether the unit holds any term of the query. */
  has(unit: number): boolean {
    return this.index.find(unit) >= 0 || (this.outside(unit)?.shares.length ?? 0) > 0;
  }

  /** How a unit outside the pool is read from the postings, when first asked about. */
  readOutsideWith(lookUp: (unit: number) => UnitPartial): void {
    this.lookUp = lookUp;
  }

  /** A unit outside the pool, read once. */
  private outside(unit: number): (UnitPartial & { coverage: number }) | undefined {
    if (!this.lookUp) return undefined;
    let known = this.looked.get(unit);
    if (!known) {
      const read = this.lookUp(unit);
      let covered = 0;
      read.shares.forEach((x, c) => (covered += x * (this.importance[c] ?? 0)));
      known = { ...read, coverage: covered / this.importanceSum };
      this.looked.set(unit, known);
    }
    return known;
  }

  /** The unit's place in the arrays, made when it is first met. */
  private slot(unit: number): number {
    const slot = this.index.place(unit);
    if (slot >= this.bm25s.length) {
      const size = this.bm25s.length * 2;
      this.bm25s = grown(this.bm25s, size);
      this.coverages = grown(this.coverages, size);
      this.shares = grown(this.shares, size * Math.max(this.concepts, 1));
    }
    return slot;
  }

  /** Adds to the unit's BM25. */
  addBm25(unit: number, s: number): void {
    const at = this.slot(unit);
    this.bm25s[at] = this.bm25s[at]! + s;
  }

  /** Raises the unit's share of a concept to `share` when it holds less. */
  raiseShare(unit: number, concept: number, share: number): void {
    const at = this.slot(unit) * this.concepts + concept;
    this.shares[at] = Math.max(this.shares[at]!, share);
  }

  /** The unit's share of a concept (0 for a unit holding no term). */
  share(unit: number, concept: number): number {
    const at = this.index.find(unit);
    return at >= 0 ? this.shares[at * this.concepts + concept]! : (this.outside(unit)?.shares[concept] ?? 0);
  }

  /** The unit's shares of the concepts, as an array (empty for a unit holding no term). */
  concept(unit: number): number[] {
    const at = this.index.find(unit);
    return at >= 0 ? Array.from(this.shares.subarray(at * this.concepts, (at + 1) * this.concepts)) : (this.outside(unit)?.shares ?? []);
  }

  /** The unit's BM25 over the query's terms (0 for a unit holding none). */
  bm25(unit: number): number {
    const at = this.index.find(unit);
    return at >= 0 ? this.bm25s[at]! : (this.outside(unit)?.bm25 ?? 0);
  }

  /** The unit's coverage of the query, once `weigh` has run (0 for a unit holding no term). */
  coverage(unit: number): number {
    const at = this.index.find(unit);
    return at >= 0 ? this.coverages[at]! : (this.outside(unit)?.coverage ?? 0);
  }

  /** Sets every unit's coverage: its concepts' shares weighed by `importance`, over their sum. */
  weigh(importance: number[]): void {
    const sum = importance.reduce((a, b) => a + b, 0) || 1;
    this.importance = importance;
    this.importanceSum = sum;
    for (let slot = 0; slot < this.units.length; slot++) {
      let covered = 0;
      for (let c = 0; c < this.concepts; c++) covered += this.shares[slot * this.concepts + c]! * importance[c]!;
      this.coverages[slot] = covered / sum;
    }
  }
}

function grown(array: Float64Array, size: number) {
  const out = new Float64Array(size);
  out.set(array);
  return out;
}
