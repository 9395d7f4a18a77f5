/**
 * The place a title opens with (攸县, 株洲市, 湘西土家族苗族自治州 …): the build strips it to name a
 * text (pipeline/link/aliases.ts), and the search does not ask a text's short name to hold a region
 * word typed beside it (攸县楼市12条 names the 房地产业良性循环12条 of a 攸县 bulletin).
 */
// One-character names only for counties (攸县); 城市, 城区 are not places.
export const REGION = /^(?:[\p{Script=Han}]{1,6}?(?:自治县|县)|[\p{Script=Han}]{2,6}?(?:省|自治区|市|自治州|州|区|旗))+/u;

/**
 * The levels of a place whose government issues a bulletin and whose bodies are printed after it: a county's 县
 * (县财政局), a county-level city's 市 (市财政局), a district's 区, a banner's 旗. A character class's body.
 */
export const LEVELS = '县市区旗';

/** The place a title opens with (攸县人民政府公报 → 攸县), if any. */
export function regionOf(title: string): string | undefined {
  return REGION.exec(title)?.[0];
}
