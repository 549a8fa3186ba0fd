import { median, medianAbsoluteDeviation } from 'simple-statistics';

/** Scales a MAD to the σ of normally distributed noise, so thresholds read as "n σ". */
const MAD_TO_SIGMA = 1.4826;

/** Points of one series with unknown (non-finite) values left out: missing is not zero. */
export interface Points {
  days: number[];
  values: number[];
}

export function finitePoints(days: ArrayLike<number>, values: ArrayLike<number>): Points {
  const out: Points = { days: [], values: [] };
  for (let i = 0; i < days.length; i++) {
    const v = values[i];
    const d = days[i];
    if (v === undefined || d === undefined || !Number.isFinite(v)) continue;
    out.days.push(d);
    out.values.push(v);
  }
  return out;
}

/** An account's normal growth, estimated so that the spikes being looked for cannot hide in it. */
export interface Baseline {
  /** Median net change per day over all intervals, a gap's change spread evenly over its days (units/day). */
  perDay: number;
  /**
   * Robust σ of day-to-day noise in units per √day: each interval's residual is divided by √gap so that
   * daily and weekly points share one scale (a random walk's spread grows with √days).
   */
  noisePerSqrtDay: number;
}

/**
 * Median and MAD, not mean and standard deviation: a spike inflates a stddev enough to hide itself.
 * Needs at least two points; callers check the series length first.
 */
export function robustBaseline(p: Points): Baseline {
  const rates: number[] = [];
  const gaps: number[] = [];
  const deltas: number[] = [];
  for (let i = 1; i < p.days.length; i++) {
    const gap = p.days[i]! - p.days[i - 1]!;
    const delta = p.values[i]! - p.values[i - 1]!;
    gaps.push(gap);
    deltas.push(delta);
    rates.push(delta / gap);
  }
  const perDay = median(rates);
  const residuals = deltas.map((d, i) => (d - perDay * gaps[i]!) / Math.sqrt(gaps[i]!));
  return { perDay, noisePerSqrtDay: MAD_TO_SIGMA * medianAbsoluteDeviation(residuals) };
}

/** Gain over `gap` days beyond what the baseline predicts. */
export function excessOver(b: Baseline, delta: number, gap: number): number {
  return delta - b.perDay * gap;
}
