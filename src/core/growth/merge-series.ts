import type { FollowerSeries } from '../account.js';

/** One row of a follower-history export. `following` absent or NaN = unknown. */
export interface SeriesPoint {
  day: number;
  followers: number;
  following?: number;
}

/** Two rows for the same day that disagreed: the last one in input order is kept. Both are the caller's objects. */
export interface DuplicateDay<P extends SeriesPoint = SeriesPoint> {
  day: number;
  kept: P;
  dropped: P;
  /** The following count the day keeps (the kept row's, else an earlier row's). */
  keptFollowing: number | undefined;
}

/**
 * Sorts history rows by day and merges rows of the same day. Equal rows merge silently (exports overlap when
 * downloaded twice); differing rows keep the last one, the most recent export in concatenated files, and are
 * reported so the analyst sees the conflict. A following count known on only one of two rows is not a conflict.
 * `following` is present in the series only when some row knows it. Generic so callers get their own row objects
 * (with line numbers, say) back in `duplicates`.
 */
export function sortAndMergeSeries<P extends SeriesPoint>(points: readonly P[]): { series: FollowerSeries; duplicates: DuplicateDay<P>[] } {
  const byDay = new Map<number, { point: P; following: number | undefined }>();
  const replaced: P[] = [];
  for (const p of points) {
    const prev = byDay.get(p.day);
    const nextFollowing = known(p.following);
    if (!prev) {
      byDay.set(p.day, { point: p, following: nextFollowing });
      continue;
    }
    replaced.push(prev.point);
    byDay.set(p.day, { point: p, following: nextFollowing ?? (sameFollowing(prev.following, nextFollowing) ? prev.following : undefined) });
  }
  // Judged against the row finally kept, which each report names: a row equal to it merges silently even when a
  // differing row came between them.
  const duplicates: DuplicateDay<P>[] = [];
  for (const dropped of replaced) {
    const { point: kept, following } = byDay.get(dropped.day)!;
    const sameFollowers = kept.followers === dropped.followers || (Number.isNaN(kept.followers) && Number.isNaN(dropped.followers));
    // Against the following count the day keeps, which may come from an earlier row when the kept one has none.
    if (!sameFollowers || !sameFollowing(following, known(dropped.following))) duplicates.push({ day: dropped.day, kept, dropped, keptFollowing: following });
  }
  const merged = [...byDay.values()].sort((x, y) => x.point.day - y.point.day);
  const series: FollowerSeries = {
    days: Int32Array.from(merged, (m) => m.point.day),
    followers: Float64Array.from(merged, (m) => m.point.followers),
  };
  if (merged.some((m) => m.following !== undefined)) series.following = Float64Array.from(merged, (m) => m.following ?? NaN);
  return { series, duplicates };
}

/** A following count known on only one of two rows is not a conflict. */
function sameFollowing(a: number | undefined, b: number | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function known(v: number | undefined): number | undefined {
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}
