import type { FollowerSeries, KnownEvent } from '../account.js';
import type { Evidence } from '../signal.js';
import { finitePoints, robustBaseline, type Baseline, type Points } from './baseline.js';
import { findSpikes, type Spike } from './spikes.js';
import type { GrowthThresholds } from './thresholds.js';

/**
 * A follower series as the growth signals read it. `relativeTotals` marks totals rebuilt from net changes
 * with no known starting total (see `seriesFromNetChanges`): they are offset by an unknown amount, so spikes
 * are sized against the series' final total instead of the total before each spike.
 */
export type GrowthSeries = FollowerSeries & { relativeTotals?: boolean };

export type GrowthAnalysis =
  | { ok: false; reason: string; evidence: Evidence }
  | {
      ok: true;
      points: Points;
      baseline: Baseline;
      spikes: Spike[];
      /** Set when totals are relative: the followers every spike is sized against. */
      reference?: number;
      spanDays: number;
    };

/** The shared first step of the follower signals: clean points, baseline, spikes with their drops and excuses. */
export function analyseGrowth(series: GrowthSeries, events: readonly KnownEvent[], t: GrowthThresholds): GrowthAnalysis {
  const points = finitePoints(series.days, series.followers);
  const n = points.days.length;
  const spanDays = n > 0 ? points.days[n - 1]! - points.days[0]! : 0;
  if (n < t.minPoints || spanDays < t.minSpanDays) {
    return {
      ok: false,
      reason: `follower history too short: ${n} points over ${spanDays} days (need ${t.minPoints} points over ${t.minSpanDays} days)`,
      evidence: { points: n, spanDays, minPoints: t.minPoints, minSpanDays: t.minSpanDays },
    };
  }
  let reference: number | undefined;
  if (series.relativeTotals) {
    // Net changes only: the final total is the one size the file knows.
    reference = points.values[n - 1]! > 0 ? points.values[n - 1]! : points.values.reduce((m, v) => Math.max(m, v), -Infinity);
    if (!(reference > 0)) {
      return {
        ok: false,
        reason: 'net-change history with no starting total and no net gain: spikes cannot be sized',
        evidence: { points: n, spanDays, relativeTotals: true },
      };
    }
  }
  const baseline = robustBaseline(points);
  const ref = reference;
  const sizeAt = ref === undefined ? (i: number) => points.values[i]! : () => ref;
  const spikes = findSpikes(points, baseline, sizeAt, events, t);
  return reference === undefined
    ? { ok: true, points, baseline, spikes, spanDays }
    : { ok: true, points, baseline, spikes, reference, spanDays };
}
