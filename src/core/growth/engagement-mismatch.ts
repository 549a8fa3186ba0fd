import { median } from 'simple-statistics';
import { flag, pass, roundTo, skip, type Evidence, type Signal } from '../signal.js';
import type { GrowthAnalysis } from './analysis.js';
import { formatCount, formatShare, isoDay } from './format.js';
import type { Spike } from './spikes.js';
import type { GrowthThresholds } from './thresholds.js';

export const MISMATCH_ID = 'growth-engagement-mismatch';

/** Interactions per post over time, from a posts export. Columns are aligned; posts may come in any order. */
export interface EngagementTrend {
  /** Day each post was published, days since 1970-01-01 UTC. */
  days: ArrayLike<number>;
  /** Interactions on that post (likes + comments, + shares where the platform counts them); NaN = unknown. */
  interactions: ArrayLike<number>;
}

/** Optional data that corroborates or weakens the follower signals. */
export interface GrowthContext {
  engagementTrend?: EngagementTrend;
}

type Analysed = Extract<GrowthAnalysis, { ok: true }>;
type Check = { severity: number; message: string; evidence: Evidence } | { skip: string; evidence: Evidence };

/**
 * `growth-engagement-mismatch`: bought followers do not interact, so after a real spike the median interactions
 * per post should rise by about the spike's share of followers. Each unexcused spike of at least
 * `engagementMinGrowthShare` is checked over `engagementWindowDays` of posts either side; it flags when less
 * than `engagementMinKeptPace` of the growth shows, and the worst spike decides. Medians, not means: one viral
 * post must not decide. Severity in [0.1, 0.6]: engagement is noisy, this corroborates.
 */
export function engagementMismatchSignal(a: GrowthAnalysis, ctx: GrowthContext | undefined, t: GrowthThresholds): Signal {
  const trend = ctx?.engagementTrend;
  if (!trend) return skip(MISMATCH_ID, 'no posts export to compare engagement with');
  if (!a.ok) return skip(MISMATCH_ID, a.reason, a.evidence);
  const anchors = a.spikes.filter((s) => !s.excusedBy && s.share >= t.engagementMinGrowthShare);
  if (anchors.length === 0) {
    return pass(MISMATCH_ID, `no unexcused follower spike of ${formatShare(t.engagementMinGrowthShare)} or more to check against engagement`, {});
  }
  const checks = anchors.map((s) => check(a, s, trend, t));
  const judged = checks.filter((c): c is Extract<Check, { severity: number }> => 'severity' in c);
  if (judged.length === 0) {
    const first = checks[0] as Extract<Check, { skip: string }>;
    return skip(MISMATCH_ID, first.skip, first.evidence);
  }
  const worst = judged.reduce((w, c) => (c.severity > w.severity ? c : w));
  return worst.severity > 0
    ? flag(MISMATCH_ID, worst.severity, worst.message, worst.evidence)
    : pass(MISMATCH_ID, worst.message, worst.evidence);
}

function check(a: Analysed, s: Spike, trend: EngagementTrend, t: GrowthThresholds): Check {
  const startDay = a.points.days[s.from]!;
  const endDay = a.points.days[s.to]!;
  const before: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < trend.days.length; i++) {
    const day = trend.days[i]!;
    const v = trend.interactions[i];
    if (v === undefined || !Number.isFinite(v)) continue;
    if (day <= startDay && day > startDay - t.engagementWindowDays) before.push(v);
    else if (day > endDay && day <= endDay + t.engagementWindowDays) after.push(v);
  }
  const spikeDate = isoDay(endDay);
  const counts = { spikeDate, postsBefore: before.length, postsAfter: after.length };
  if (before.length < t.engagementMinPostsPerSide || after.length < t.engagementMinPostsPerSide) {
    const need = `need ${t.engagementMinPostsPerSide} each side`;
    return { skip: `${before.length} post(s) before and ${after.length} after the spike of ${spikeDate} within ${t.engagementWindowDays} days (${need})`, evidence: counts };
  }
  const medBefore = median(before);
  const medAfter = median(after);
  if (!(medBefore > 0)) return { skip: `no interactions on posts before the spike of ${spikeDate}`, evidence: counts };
  const rise = medAfter / medBefore - 1;
  const keptPace = rise / s.share;
  const evidence = {
    ...counts,
    followerGrowth: roundTo(s.share, 4),
    interactionsBefore: roundTo(medBefore, 1),
    interactionsAfter: roundTo(medAfter, 1),
    interactionsChange: roundTo(rise, 4),
    keptPace: roundTo(keptPace, 3),
  };
  const msg =
    `followers +${formatShare(s.share)} by ${spikeDate}, median interactions per post ${formatCount(medBefore)} → ` +
    `${formatCount(medAfter)} (${rise >= 0 ? '+' : ''}${formatShare(rise)}) over ${t.engagementWindowDays} days either side`;
  if (keptPace >= t.engagementMinKeptPace) return { severity: 0, message: `${msg}: engagement kept pace`, evidence };
  const severity = 0.1 + 0.5 * (1 - Math.max(0, keptPace) / t.engagementMinKeptPace);
  return { severity, message: `${msg}: the new followers do not interact`, evidence };
}
