/** A title as a citation prints it: in 《》, with the 《》 of a title inside it turned into 〈〉 (《攸县实施〈株洲市…办法〉细则》). */
export function quoteTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}
