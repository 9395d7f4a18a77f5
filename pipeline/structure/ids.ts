/**
 * Node ids are addresses (deep links, citations): two nodes never share one. When a number is printed
 * twice (第二条 … 第二条, a misprint real bulletins have), the first keeps the plain id and the later
 * ones get `__2`, `__3`, … (`art_2`, `art_2__2`), so that every id stays stable when the text around
 * them is corrected.
 */
export class IdSpace {
  private readonly seen = new Map<string, number>();

  /** The id for `base` here, and how many times `base` was taken before (0 the first time). */
  take(base: string): { id: string; before: number } {
    const before = this.seen.get(base) ?? 0;
    this.seen.set(base, before + 1);
    return { id: before === 0 ? base : `${base}__${before + 1}`, before };
  }
}
