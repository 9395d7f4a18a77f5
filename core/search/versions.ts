/**
 * The same passage printed in several issues of an archive: a permit list, a plan or a set of
 * measures republished with a year's changes (a department renamed, dates moved). Over years of
 * bulletins such a passage would fill a page of results with copies, in no useful order. Search
 * shows it once, as the newest issue prints it, the other issues beside it (其他各期).
 *
 * Two units are versions of one passage when they lie in different bulletins, stand at the same
 * place in texts of the same title but for its years (第十条 of each 《攸县…管理办法》, row 231 of
 * each 《攸县行政许可事项清单（2023年版）》), and share most of their character pairs. One bulletin
 * never holds versions of each other: the parallel articles of two 细则 of one issue (违法建设,
 * 违法用地) stay two results; so do neighbouring rows of a list, alike but for a word (食品生产许可,
 * 食品经营许可), and the closing articles of two different 办法 (本办法自…起施行), whichever issues
 * print them; so do two notices issuing different texts in the same words (现将《…》印发给你们), their
 * titles naming what they issue; and so do two places' texts of one title but for the place (an archive holding its
 * neighbours' bulletins: 南溪县 and 云溪县住宅小区物业管理办法).
 * Browser-safe.
 */

import { normalizeSearchText } from './tokenize.ts';
import { issuerOfBulletinId } from '../bulletin-id.ts';

/**
 * Share of the longer text's character pairs the other holds, from which two texts are one passage.
 * The synthetic archive's yearly copies share 0.80–1.00 of them (a renamed department, moved dates);
 * different articles of one text share under 0.3.
 */
export const VERSION_SIMILARITY = 0.8;
/**
 * Texts shorter than this (in normalised characters) are never versions: a bare label (一、, 第一章)
 * says nothing of what it heads.
 */
export const VERSION_MIN_LENGTH = 4;

/** What versions are told apart by: the unit's id, citation and printed text, and its document's bulletin and date. */
export interface Printed {
  /** yzbf-2023-7/tbl_1/row_231: the document's id, then the place in it. */
  id: string;
  /** 《title》（文号）place: the title of the text it lies in comes first. */
  citation: string;
  text: string;
  doc: { bulletinId: string; date: string };
}

/** A unit's place in its document (tbl_1/row_231; '' for the document's header), the same in every issue reprinting it as it was. */
function placeOf(id: string): string {
  const slash = id.indexOf('/');
  return slash < 0 ? '' : id.slice(slash + 1);
}

/** The title a citation opens with, without its years and digits (攸县2022年打好…方案 and 攸县打好…方案 are one title). */
function titleOf(citation: string): string {
  const title = /^《([^》]+)》/u.exec(citation)?.[1] ?? citation;
  return normalizeSearchText(title).replace(/\d+年?|[年版本]/gu, '');
}

/** The character pairs of a normalised text. */
function pairs(text: string): Set<string> {
  const chars = [...normalizeSearchText(text)];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Share of the larger set's pairs the other holds. */
function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.max(a.size, b.size, 1);
}

/**
 * Each printed unit's character pairs (null: too short to have versions) and its title's: computed once for as long as
 * the unit is held (the page keeps a unit's text for its session), not once per query.
 */
const textPairs = new WeakMap<Printed, Set<string> | null>();
const titlePairs = new WeakMap<Printed, Set<string>>();

function titlePairsOf(printed: Printed): Set<string> {
  let p = titlePairs.get(printed);
  if (!p) titlePairs.set(printed, (p = pairs(titleOf(printed.citation))));
  return p;
}

/**
 * Finds, among the units it has been given, the one a unit is a version of. Each unit's character
 * pairs are computed once; a query compares a few dozen units.
 */
export class Versions<U> {
  private readonly seen: Array<{ unit: U; printed: Printed; place: string; title: Set<string>; pairs: Set<string> }> = [];

  constructor(private readonly printedOf: (unit: U) => Printed) {}

  /** The character pairs of a unit long enough to have versions, else null. */
  private pairsOf(unit: U): Set<string> | null {
    const printed = this.printedOf(unit);
    let p = textPairs.get(printed);
    if (p === undefined) {
      p = [...normalizeSearchText(printed.text)].length >= VERSION_MIN_LENGTH ? pairs(printed.text) : null;
      textPairs.set(printed, p);
    }
    return p;
  }

  /** The unit given before that `unit` is a version of (the first such), else undefined. */
  versionOf(unit: U): U | undefined {
    const p = this.pairsOf(unit);
    if (!p) return undefined;
    const printed = this.printedOf(unit);
    const place = placeOf(printed.id);
    let title: Set<string> | undefined;
    const issuer = issuerOfBulletinId(printed.doc.bulletinId);
    for (const s of this.seen) {
      if (s.printed.doc.bulletinId === printed.doc.bulletinId || s.place !== place || similarity(p, s.pairs) < VERSION_SIMILARITY) continue;
      // Two places' bulletins never print versions of one text (南溪县 and 云溪县住宅小区物业管理办法), however alike.
      if (issuerOfBulletinId(s.printed.doc.bulletinId) !== issuer) continue;
      title ??= titlePairsOf(printed);
      if (similarity(title, s.title) >= VERSION_SIMILARITY) return s.unit;
    }
    return undefined;
  }

  /** Gives a unit that later units may be versions of. */
  add(unit: U): void {
    const p = this.pairsOf(unit);
    if (!p) return;
    const printed = this.printedOf(unit);
    this.seen.push({ unit, printed, place: placeOf(printed.id), title: titlePairsOf(printed), pairs: p });
  }
}

/** Whether `a` was printed after `b`: by its document's date, then by bulletin. */
export function newer(a: Printed, b: Printed): boolean {
  return a.doc.date !== b.doc.date ? a.doc.date > b.doc.date : a.doc.bulletinId > b.doc.bulletinId;
}

/**
 * Results with the versions among them folded: each passage once, at its best print's place, as the
 * newest print of the same tier (an exact phrase, every concept) prints it; its other prints with it,
 * newest first. `entries` are ranked best first; a print joins the first result it is a version of.
 */
export function foldVersions<E extends { tier: number }>(entries: readonly E[], printedOf: (entry: E) => Printed): Array<{ shown: E; others: E[] }> {
  const groups: Array<{ shown: E; others: E[] }> = [];
  const copies = new Versions<E>(printedOf);
  const groupOf = new Map<E, { shown: E; others: E[] }>();
  for (const e of entries) {
    const copyOf = copies.versionOf(e);
    const group = copyOf === undefined ? undefined : groupOf.get(copyOf);
    if (group) group.others.push(e);
    else groups.push({ shown: e, others: [] });
    groupOf.set(e, group ?? groups[groups.length - 1]!);
    copies.add(e);
  }
  const newest = (a: E, b: E) => (newer(printedOf(b), printedOf(a)) ? b : a);
  for (const g of groups) {
    if (!g.others.length) continue;
    const best = g.shown;
    const prints = [best, ...g.others];
    g.shown = prints.filter((e) => e.tier >= best.tier).reduce(newest);
    g.others = prints.filter((e) => e !== g.shown).sort((a, b) => (newer(printedOf(a), printedOf(b)) ? -1 : newer(printedOf(b), printedOf(a)) ? 1 : 0));
  }
  return groups;
}
