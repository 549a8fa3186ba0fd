import type { FollowerSeries } from '../account.js';
import { seriesFromNetChanges } from './net-changes.js';

/**
 * Totals extended by net changes before the first total and after the last (a Social Blade copy of twelve days
 * and YouTube Studio's gained/lost for forty, one channel): each such day is anchored on the nearest total, plus
 * the changes between them. Days from the first total to the last keep the totals alone. The changes are read as
 * exports write them (`seriesFromNetChanges`).
 */
export function totalsWithNetChanges(totals: FollowerSeries, days: ArrayLike<number>, gained: ArrayLike<number>, lost?: ArrayLike<number>): FollowerSeries {
  if (totals.days.length === 0) return seriesFromNetChanges(days, gained, lost);
  // Changes summed from 0: the change between two days is the difference of their sums.
  const sums = seriesFromNetChanges(days, gained, lost, 0);
  const sumAt = (day: number): number => {
    let value = 0;
    for (let i = 0; i < sums.days.length && sums.days[i]! <= day; i++) value = sums.followers[i]!;
    return value;
  };
  // Only outside the totals' range: between two totals, filling from the earlier one would not meet the later one
  // (a column of gains alone, or rounded public totals) and would draw a spike and a drop that never happened.
  const first = totals.days[0]!;
  const last = totals.days[totals.days.length - 1]!;
  const extra = Array.from(sums.days).filter((day) => day < first || day > last);
  if (extra.length === 0) return totals;
  const points = [
    ...Array.from(totals.days, (day, i) => ({ day, followers: totals.followers[i]!, following: totals.following?.[i] ?? NaN })),
    ...extra.map((day) => {
      const anchor = nearestTotal(totals, day);
      return { day, followers: totals.followers[anchor]! + sumAt(day) - sumAt(totals.days[anchor]!), following: NaN };
    }),
  ].sort((a, b) => a.day - b.day);
  return {
    days: Int32Array.from(points, (p) => p.day),
    followers: Float64Array.from(points, (p) => p.followers),
    ...(totals.following ? { following: Float64Array.from(points, (p) => p.following) } : {}),
  };
}

/** The index of the latest total on or before `day`, else of the earliest after it (totals sorted by day). */
function nearestTotal(totals: FollowerSeries, day: number): number {
  let at = 0;
  for (let i = 0; i < totals.days.length && totals.days[i]! <= day; i++) at = i;
  return at;
}
