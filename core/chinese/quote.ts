/** A title as a citation prints it: in 《》, with the 《》 of a title inside it turned into 〈〉 (《攸县实施〈株洲市…办法〉细则》). */
export function quoteTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/**
 * A short name a text defines right after what it names: （以下简称“X”）, (以下简称《X》), （简称X）, as printed
 * or in search's normal form (half-width brackets and marks); the name is group 1, its marks outside it.
 */
export const DEFINED_NAME = /[（(](?:以下)?简称[“"《〈]?([^”"》〉）)，,。；;：:\t]{2,16})[”"》〉]?[）)]/gu;

/**
 * A title without the bracket it ends with (…办法（试行）, …清单（2023年版）): what kind of text it is by its last words,
 * and its name as a citation shortens it. As /[（(][^（）()]*[）)]$/ removes it (no bracket inside), found from the end.
 */
export function withoutFinalBracket(title: string): string {
  const last = title[title.length - 1];
  if (last !== '）' && last !== ')') return title;
  for (let i = title.length - 2; i >= 0; i--) {
    const c = title[i];
    if (c === '（' || c === '(') return title.slice(0, i);
    if (c === '）' || c === ')') return title;
  }
  return title;
}
