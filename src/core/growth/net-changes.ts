import type { GrowthSeries } from './analysis.js';

/**
 * Rebuilds totals from a net-change export (YouTube Studio "Subscribers gained / lost", X "New follows /
 * Unfollows"): the total at the end of each day is `startTotal` plus every change up to and including it.
 *
 * - `days`: days since 1970-01-01 UTC, any order; rows of the same day are added together (changes add up).
 * - `gained`, `lost`: counts per day; `lost` is read as a magnitude (exports write it with or without a minus).
 *   A non-finite count is read as no change: the row still marks a day the export covered.
 * - `startTotal`: the total before the first day, when known (e.g. the roster's followers minus the net sum).
 *   Without it totals start at 0 and `relativeTotals` is set, so the signals size spikes against the final total.
 */
export function seriesFromNetChanges(
  days: ArrayLike<number>,
  gained: ArrayLike<number>,
  lost?: ArrayLike<number>,
  startTotal?: number,
): GrowthSeries {
  const byDay = new Map<number, number>();
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    const change = finiteOr0(gained[i]) - Math.abs(finiteOr0(lost?.[i]));
    byDay.set(day, (byDay.get(day) ?? 0) + change);
  }
  const sorted = [...byDay.keys()].sort((x, y) => x - y);
  const out = { days: Int32Array.from(sorted), followers: new Float64Array(sorted.length) };
  let total = startTotal ?? 0;
  sorted.forEach((day, i) => {
    total += byDay.get(day)!;
    out.followers[i] = total;
  });
  return startTotal === undefined ? { ...out, relativeTotals: true } : out;
}

function finiteOr0(v: number | undefined): number {
  return v !== undefined && Number.isFinite(v) ? v : 0;
}
