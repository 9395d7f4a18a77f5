/** A title as a citation prints it: in 《》, with the 《》 of a title inside it turned into 〈〉 (《攸县实施〈株洲市…办法〉细则》). */
export function quoteTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/**
 * A short name a text defines right after what it names: （以下简称“X”）, (以下简称《X》), （简称X）, as printed
 * or in search's normal form (half-width brackets and marks); the name is group 1, its marks outside it.
 */
export const DEFINED_NAME = /[（(](?:以下)?简称[“"《〈]?([^”"》〉）)，,。；;：:\t]{2,16})[”"》〉]?[）)]/gu;
