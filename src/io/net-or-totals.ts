import { median } from 'simple-statistics';

/** A day of a single account's "followers" column: its day number and value. */
export interface DayValue {
  day: number;
  value: number;
}

/** Studio's default period is 28 days; a shorter column stays totals (a short history of a purchase looks noisy). */
const MIN_DAYS = 14;
/** Net changes turn up and down about every other day; totals run one way for weeks. */
const NET_MIN_TURNS = 0.3;
/** …and move by a few percent of their size a day at most, where daily changes swing by a good part of theirs. */
const NET_MIN_DAILY_SWING = 0.02;

/**
 * Whether a single account's "Subscribers" column holds net changes per day rather than totals, from its first rows.
 * YouTube Studio's Subscribers export writes `Date,Subscribers` with the day's net gain, under the very header a
 * Social Blade copy uses for totals. A total is never negative (one negative cell is a bad cell, not a layout: a
 * scraper's -1), and it drifts one way, by a few percent a day at most; daily changes go up and down around their
 * mean by a good part of their size (900, 870, 940, 30,000, 910).
 */
export function readsAsNetChanges(points: readonly DayValue[]): boolean {
  if (points.filter((p) => p.value < 0).length >= 2) return true;
  const sorted = points.filter((p) => p.value >= 0).sort((a, b) => a.day - b.day);
  const perDay: { change: number; level: number }[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]!.day - sorted[i - 1]!.day;
    if (gap > 0) perDay.push({ change: (sorted[i]!.value - sorted[i - 1]!.value) / gap, level: Math.max(sorted[i - 1]!.value, 1) });
  }
  if (perDay.length < MIN_DAYS - 1) return false;
  let turns = 0;
  let pairs = 0;
  for (let i = 1; i < perDay.length; i++) {
    const a = Math.sign(perDay[i - 1]!.change);
    const b = Math.sign(perDay[i]!.change);
    if (a === 0 || b === 0) continue;
    pairs++;
    if (a !== b) turns++;
  }
  const swing = median(perDay.map((d) => Math.abs(d.change) / d.level));
  return pairs > 0 && turns / pairs >= NET_MIN_TURNS && swing >= NET_MIN_DAILY_SWING;
}
