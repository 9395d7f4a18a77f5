/**
 * The 6,763 Han characters of GB 2312, the set simplified Chinese is typed in. A character outside it
 * is rare in simplified text and common in traditional text (開, 辦, 麼, 許; only sixteen traditional
 * characters opencc converts are inside it, 後 and 於 among them), which is how the search tells a
 * query typed in traditional characters without fetching anything.
 *
 * Read from the platform's decoder (the Encoding Standard's GBK, which every browser and Node with
 * ICU has): the two-byte codes of GB 2312's Han rows, 0xB0–0xF7 by 0xA1–0xFE, decoded at once. No
 * table ships with the page. Browser-safe.
 */

let characters: Set<string> | null | undefined;

/** GB 2312's Han characters, or null where the platform has no GBK decoder. */
export function gb2312Characters(): Set<string> | null {
  if (characters !== undefined) return characters;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('gbk');
  } catch {
    return (characters = null);
  }
  const bytes: number[] = [];
  for (let row = 0xb0; row <= 0xf7; row++) for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(row, cell);
  characters = new Set([...decoder.decode(new Uint8Array(bytes))].filter((ch) => /\p{Script=Han}/u.test(ch)));
  return characters;
}

/**
 * Whether a Han character is outside GB 2312 (so most likely traditional, or rare); false for any
 * other character, and everywhere when the platform cannot tell.
 */
export function outsideGb2312(ch: string): boolean {
  const set = gb2312Characters();
  return set !== null && /^\p{Script=Han}$/u.test(ch) && !set.has(ch);
}
