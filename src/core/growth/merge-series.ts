import type { FollowerSeries } from '../account.js';

/** One row of a follower-history export. `following` absent or NaN = unknown. */
export interface SeriesPoint {
  day: number;
  followers: number;
  following?: number;
}

/** Two rows for the same day that disagreed: the last one in input order is kept. */
export interface DuplicateDay {
  day: number;
  kept: SeriesPoint;
  dropped: SeriesPoint;
}

/**
 * Sorts history rows by day and merges rows of the same day. Equal rows merge silently (exports overlap when
 * downloaded twice); differing rows keep the last one, the most recent export in concatenated files, and are
 * reported so the analyst sees the conflict. A following count known on only one of two rows is not a conflict.
 * `following` is present in the series only when some row knows it.
 */
export function sortAndMergeSeries(points: readonly SeriesPoint[]): { series: FollowerSeries; duplicates: DuplicateDay[] } {
  const byDay = new Map<number, SeriesPoint>();
  const duplicates: DuplicateDay[] = [];
  for (const p of points) {
    const prev = byDay.get(p.day);
    if (!prev) {
      byDay.set(p.day, p);
      continue;
    }
    const prevFollowing = known(prev.following);
    const nextFollowing = known(p.following);
    const sameFollowing = prevFollowing === undefined || nextFollowing === undefined || prevFollowing === nextFollowing;
    if (!(prev.followers === p.followers || (Number.isNaN(prev.followers) && Number.isNaN(p.followers))) || !sameFollowing) {
      duplicates.push({ day: p.day, kept: p, dropped: prev });
    }
    const following = nextFollowing ?? (sameFollowing ? prevFollowing : undefined);
    byDay.set(p.day, following === undefined ? { day: p.day, followers: p.followers } : { day: p.day, followers: p.followers, following });
  }
  const merged = [...byDay.values()].sort((x, y) => x.day - y.day);
  const series: FollowerSeries = {
    days: Int32Array.from(merged, (p) => p.day),
    followers: Float64Array.from(merged, (p) => p.followers),
  };
  if (merged.some((p) => known(p.following) !== undefined)) {
    series.following = Float64Array.from(merged, (p) => known(p.following) ?? NaN);
  }
  return { series, duplicates };
}

function known(v: number | undefined): number | undefined {
  return v !== undefined && Number.isFinite(v) ? v : undefined;
}
