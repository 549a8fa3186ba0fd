import { median } from 'simple-statistics';

/** A day of a single account's "followers" column: its day number and value. */
export interface DayValue {
  day: number;
  value: number;
}

/** Studio's default period is 28 days; a shorter column stays totals (a short history of a purchase looks noisy). */
const MIN_DAYS = 14;
/** A share of negative values no column of totals has: a channel losing subscribers (a scraper's -1 is rarer). */
const NET_MIN_NEGATIVE_SHARE = 0.1;
/** Net changes turn up and down (a weekday rhythm: about two days in seven); totals drift one way for weeks. */
const NET_MIN_TURNS = 0.15;
/** …by a good part of their size a day, where a total moves by a few percent a day at most. */
const NET_MIN_DAILY_SWING = 0.02;
/** A steady fall no audience's total keeps up for weeks: a viral video's gains decaying day after day. */
const NET_MIN_DAILY_DECAY = 0.03;
/** A swing no audience's total keeps up, turning or not. */
const NET_SURE_DAILY_SWING = 0.1;

/**
 * Whether a single account's "Subscribers" column holds net changes per day rather than totals, from its first rows.
 * YouTube Studio's Subscribers export writes `Date,Subscribers` with the day's net gain, under the very header a
 * Social Blade copy uses for totals. A total is never negative, drifts one way by a few percent a day at most, and
 * seldom falls for weeks on end; daily changes go below zero when a channel loses subscribers, swing by a good part
 * of their size, usually turn up and down, and decay day after day after a viral video. A few negative cells among
 * values that drift as totals do are bad cells (a scraper's -1), not changes.
 */
export function readsAsNetChanges(points: readonly DayValue[]): boolean {
  if (points.length < MIN_DAYS) return false;
  const negatives = points.filter((p) => p.value < 0).length;
  if (negatives >= 2 && negatives >= NET_MIN_NEGATIVE_SHARE * points.length) return true;
  const values = points.filter((p) => p.value >= 0).sort((a, b) => a.day - b.day);
  const perDay: { change: number; level: number }[] = [];
  for (let i = 1; i < values.length; i++) {
    const gap = values[i]!.day - values[i - 1]!.day;
    if (gap > 0) perDay.push({ change: (values[i]!.value - values[i - 1]!.value) / gap, level: Math.max(values[i - 1]!.value, 1) });
  }
  if (perDay.length === 0) return false;
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
  const falling = median(perDay.map((d) => d.change / d.level)) <= -NET_MIN_DAILY_DECAY;
  const turning = negatives >= 2 || (pairs > 0 && turns / pairs >= NET_MIN_TURNS);
  return swing >= NET_SURE_DAILY_SWING || falling || (swing >= NET_MIN_DAILY_SWING && turning);
}
