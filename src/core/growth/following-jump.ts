import type { FollowerSeries } from '../account.js';
import { flag, pass, roundTo, skip, type Signal } from '../signal.js';
import { excessOver, finitePoints, robustBaseline, type Baseline, type Points } from './baseline.js';
import { formatCount, formatShare, isoDay } from './format.js';
import type { GrowthThresholds } from './thresholds.js';

export const FOLLOWING_JUMP_ID = 'following-jump';

interface Jump {
  from: number;
  to: number;
  change: number;
  share: number;
}

/**
 * `following-jump`: a sudden mass follow or mass unfollow (follow-for-follow, "Au cœur du marketing d’influence", French conference notes, c. 2018), beyond the account's
 * own noise (`spikeNoiseMultiple` σ), of at least `followingJumpMinCount` accounts and `followingJumpMinShare` of
 * the larger of the totals before and after. Severity in [0.2, 0.6]: it corroborates, it does not convict.
 */
export function followingJumpSignal(series: FollowerSeries, t: GrowthThresholds): Signal {
  if (!series.following) return skip(FOLLOWING_JUMP_ID, 'no following column in the history');
  const p = finitePoints(series.days, series.following);
  const n = p.days.length;
  const span = n > 0 ? p.days[n - 1]! - p.days[0]! : 0;
  if (n < t.minPoints || span < t.minSpanDays) {
    return skip(FOLLOWING_JUMP_ID, `following known on ${n} points over ${span} days (need ${t.minPoints} over ${t.minSpanDays})`, {
      points: n,
      spanDays: span,
    });
  }
  const b = robustBaseline(p);
  const jumps = findJumps(p, b, t);
  const base = { baselinePerDay: roundTo(b.perDay, 1), points: n };
  if (jumps.length === 0) {
    return pass(FOLLOWING_JUMP_ID, `following changed steadily (baseline ${roundTo(b.perDay, 1)}/day)`, { ...base, jumps: [] });
  }
  const list = jumps.map((j) => ({
    date: isoDay(p.days[j.to]!),
    fromDate: isoDay(p.days[j.from]!),
    change: roundTo(j.change, 0),
    followingBefore: roundTo(p.values[j.from]!, 0),
    followingAfter: roundTo(p.values[j.to]!, 0),
    share: roundTo(j.share, 4),
  }));
  const worstAt = jumps.reduce((w, j, i) => (j.share > jumps[w]!.share ? i : w), 0);
  const worst = jumps[worstAt]!;
  const verb = worst.change > 0 ? 'followed' : 'unfollowed';
  const first = p.days[worst.from]!;
  const last = p.days[worst.to]!;
  const when = last - first === 1 ? `on ${isoDay(last)}` : `between ${isoDay(first)} and ${isoDay(last)}`;
  const msg =
    `${verb} ${formatCount(Math.abs(worst.change))} accounts ${when} (from ${formatCount(p.values[worst.from]!)} ` +
    `to ${formatCount(p.values[worst.to]!)}, ${formatShare(worst.share)})` + (jumps.length > 1 ? `; ${jumps.length - 1} more jump(s)` : '');
  const severity = 0.2 + 0.4 * Math.min(1, worst.share / (2 * t.followingJumpMinShare));
  return flag(FOLLOWING_JUMP_ID, severity, msg, { ...list[worstAt]!, ...base, jumps: list });
}

/** Consecutive intervals moving the same way beyond the noise form one jump, so a campaign spread over days counts once. */
function findJumps(p: Points, b: Baseline, t: GrowthThresholds): Jump[] {
  const dir = (i: number): number => {
    const gap = p.days[i]! - p.days[i - 1]!;
    const excess = excessOver(b, p.values[i]! - p.values[i - 1]!, gap);
    return Math.abs(excess) > t.spikeNoiseMultiple * b.noisePerSqrtDay * Math.sqrt(gap) ? Math.sign(excess) : 0;
  };
  const jumps: Jump[] = [];
  for (let i = 1; i < p.days.length; ) {
    const d = dir(i);
    if (d === 0) {
      i++;
      continue;
    }
    let to = i;
    while (to + 1 < p.days.length && dir(to + 1) === d) to++;
    const from = i - 1;
    i = to + 1;
    const change = excessOver(b, p.values[to]! - p.values[from]!, p.days[to]! - p.days[from]!);
    const larger = Math.max(Math.abs(p.values[from]!), Math.abs(p.values[to]!));
    const share = larger > 0 ? Math.abs(change) / larger : 1;
    if (Math.abs(change) >= t.followingJumpMinCount && share >= t.followingJumpMinShare) jumps.push({ from, to, change, share });
  }
  return jumps;
}
