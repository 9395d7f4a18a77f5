/**
 * What a list of results lacks of the query. A word no result holds (兜着 of a long question, a word
 * the bulletin never prints) is said once above the list (均不含：兜着), not crossed out on every
 * result; each result lists only the words others have and it lacks. The page and `gongbao search`
 * say it the same way.
 */

/** The words every result lacks, in the query's order; none for fewer than two results. */
export function missingFromAll(results: ReadonlyArray<{ missing?: string[] }>): string[] {
  if (results.length < 2) return [];
  return (results[0]!.missing ?? []).filter((word) => results.every((r) => r.missing?.includes(word)));
}

/** The words a result lacks that some other result holds: what is worth saying beside it. */
export function missingHere(result: { missing?: string[] }, fromAll: readonly string[]): string[] {
  return (result.missing ?? []).filter((word) => !fromAll.includes(word));
}
