import { median } from 'simple-statistics';

/** Day-to-day swing, relative to the day before, above which a column's values are changes rather than totals. */
const TOTALS_MAX_MEDIAN_SWING = 0.25;
const MIN_DAYS_FOR_SWING = 7;

/**
 * Whether a single account's "followers" column holds net changes per day rather than totals, from its first values
 * in file order. YouTube Studio's Subscribers export writes `Date,Subscribers` with the day's net gain, under the very
 * header a Social Blade copy uses for totals. A total is never negative, and an audience's total moves by a few
 * percent a day at most, where daily net changes swing by their own size (3, 2, 4, 900, −150).
 */
export function readsAsNetChanges(values: readonly number[]): boolean {
  if (values.some((v) => v < 0)) return true;
  if (values.length < MIN_DAYS_FOR_SWING) return false;
  const swings: number[] = [];
  for (let i = 1; i < values.length; i++) swings.push(Math.abs(values[i]! - values[i - 1]!) / Math.max(values[i - 1]!, 1));
  return median(swings) > TOTALS_MAX_MEDIAN_SWING;
}
