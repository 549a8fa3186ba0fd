import { median, medianAbsoluteDeviation } from 'simple-statistics';

/**
 * An account's usual level of one metric: median and MAD, which a few bought or viral posts cannot move
 * (a mean and standard deviation would be dragged by the very posts being tested).
 */
export interface RobustBaseline {
  median: number;
  /** Median absolute deviation from the median (unscaled). */
  mad: number;
  /** Posts the baseline was computed from. */
  n: number;
}

/** Baseline of a non-empty list of counts. */
export function robustBaseline(values: readonly number[]): RobustBaseline {
  return { median: median(values), mad: medianAbsoluteDeviation(values), n: values.length };
}

/**
 * Iglewicz & Hoaglin's modified z-score, 0.6745 × (x − median) / MAD (0.6745 makes it comparable to a
 * normal z). When MAD is 0 (over half the posts share one count) any value above the median is +∞.
 */
export function modifiedZ(value: number, baseline: RobustBaseline): number {
  const deviation = value - baseline.median;
  if (baseline.mad > 0) return (0.6745 * deviation) / baseline.mad;
  return deviation > 0 ? Infinity : deviation < 0 ? -Infinity : 0;
}

/** How many times the usual level a count is: (x + 1) / (median + 1), +1 so a zero median still divides. */
export function multipleOf(value: number, baseline: RobustBaseline): number {
  return (value + 1) / (baseline.median + 1);
}
