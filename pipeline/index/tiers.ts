/**
 * Which tiers an index is written in (core/search/format.ts, Manifest.tiers). Like a log-structured
 * store: the large tier holds the archive as last merged and is kept as it is — its files linked
 * from the build it replaces, not written again — while the issues added since go to a small tier
 * rewritten on each build. A query reads both, so its cost stays that of two tiers however many
 * issues are added; the build merges everything into one tier when the small one outgrows a
 * twentieth of the large (and at least twelve issues), when a bulletin of the large tier changed or
 * went, or when the code that wrote it differs. Adding an issue therefore costs the small tier
 * (a twentieth of the archive at most), and a merge every so many additions costs a full index.
 */
import type { Previous } from './write.ts';
import type { SegmentInfo } from './segment.ts';

/** The small tier's bound: this many issues, or a twentieth of the large tier if more. */
export const SMALL_TIER_MIN = 12;
export const SMALL_TIER_SHARE = 1 / 20;

export interface TierPlan {
  /** Keep the previous index's large tier. */
  keep: boolean;
  /** The segments of the small tier (when keeping). */
  recent: SegmentInfo[];
  /** Bulletins of the kept tier to ignore (changed or removed): [first fragment, fragments]. */
  deleted: Array<[number, number]>;
  /** Why the index is merged into one tier (for the build's log). */
  reason?: string;
}

/**
 * A segment's key names its content (its fragments, from which all its postings follow), so a
 * bulletin of the large tier whose key is no longer among the segments changed (a later issue made
 * a title ambiguous, added a short name) or went: it is marked deleted there, and its new version, if
 * any, joins the small tier.
 */
export function planTiers(segments: SegmentInfo[], previous: Previous | undefined, code: string): TierPlan {
  const merge = (reason: string): TierPlan => ({ keep: false, recent: [], deleted: [], reason });
  if (!previous) return merge('no previous index');
  if (previous.manifest.code !== code) return merge('the indexing code changed');
  const keys = new Set(segments.map((s) => s.key));
  const kept = new Set(previous.bulletins.map(([, key]) => key));
  const deleted = new Map<number, number>(previous.manifest.deleted ?? []);
  for (const [first, key, fragments] of previous.bulletins) if (!keys.has(key)) deleted.set(first, fragments);
  const recent = segments.filter((s) => !kept.has(s.key));
  const bound = Math.max(SMALL_TIER_MIN, Math.ceil(kept.size * SMALL_TIER_SHARE));
  if (recent.length + deleted.size > bound) return merge(`${recent.length} issues added and ${deleted.size} changed since the last merge (more than ${bound})`);
  return { keep: true, recent, deleted: [...deleted].sort((a, b) => a[0] - b[0]) };
}
