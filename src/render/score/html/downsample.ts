/** The most points a follower curve keeps in the report: about one per two units of the 900-wide chart, small enough to mail. */
export const MAX_CURVE_POINTS = 400;

/**
 * Indexes of `values` to draw, ascending, at most `max`: all of them when they fit; else the first, the last, every
 * index in `keep` (spike days), and the lowest and highest point of each equal-width bucket, so a one-day spike or
 * drop survives the thinning where an average or a stride would erase it.
 */
export function downsampleIndexes(values: ArrayLike<number>, keep: readonly number[] = [], max = MAX_CURVE_POINTS): number[] {
  const n = values.length;
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const chosen = new Set<number>([0, n - 1]);
  for (const i of keep) if (Number.isInteger(i) && i >= 0 && i < n && chosen.size < max) chosen.add(i);
  const buckets = Math.floor((max - chosen.size) / 2);
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * n) / buckets);
    const to = Math.floor(((b + 1) * n) / buckets);
    let lo = -1;
    let hi = -1;
    for (let i = from; i < to; i++) {
      const v = values[i]!;
      if (!Number.isFinite(v)) continue;
      if (lo === -1 || v < values[lo]!) lo = i;
      if (hi === -1 || v > values[hi]!) hi = i;
    }
    if (lo !== -1) chosen.add(lo);
    if (hi !== -1) chosen.add(hi);
  }
  return [...chosen].sort((a, b) => a - b);
}
