import { wilsonInterval, zForConfidence } from '../wilson.js';

/** A fake share corrected for the classifier's errors, with its interval, all fractions 0–1. */
export interface CorrectedShare {
  share: number;
  /** The interval: the sample's own uncertainty, widened by that of sensitivity and specificity when given. */
  low: number;
  high: number;
  /** The interval from the sample alone (sensitivity and specificity taken as known). */
  sampling: { low: number; high: number };
}

/** How sensitivity and specificity were measured: on how many fakes and real accounts (their own uncertainty). */
export interface AccuracyEvidence {
  /** Standard error of the sensitivity, 0–1. */
  sensitivitySe: number;
  /** Standard error of the specificity, 0–1. */
  specificitySe: number;
}

/**
 * The standard error of a proportion measured as `p` on `n` cases, with one success and one failure added
 * (Laplace) so that a perfect 100 % on a finite validation set still carries some uncertainty. n ≤ 0 gives 0.5.
 */
export function proportionSe(p: number, n: number): number {
  if (!(n > 0)) return 0.5;
  const q = (p * n + 1) / (n + 2);
  return Math.sqrt((q * (1 - q)) / n);
}

/** Rogan–Gladen: (apparent + specificity − 1) ÷ (sensitivity + specificity − 1), unclamped. */
function roganGladen(apparent: number, sensitivity: number, specificity: number): number {
  return (apparent + specificity - 1) / (sensitivity + specificity - 1);
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The share of fakes in a sample, corrected for a classifier that misses some fakes and accuses some real accounts:
 * the Rogan–Gladen estimator (Rogan & Gladen 1978, "Estimating prevalence from the results of a screening test",
 * American Journal of Epidemiology 107(1):71–76), (apparent share + specificity − 1) ÷ (sensitivity + specificity − 1),
 * where the apparent share is `rawPositives` ÷ `n` (followers called likely fake ÷ followers scored).
 *
 * - `sensitivity`, `specificity`: the classifier's, at the threshold that made `rawPositives`, 0–1 (the shipped
 *   model's cross-validated figures, `SubModel.cv`). They do not depend on the sample's own fake share, which is why
 *   the correction carries to a population with another mix of fakes; they do depend on the fakes and real accounts
 *   looking like those they were measured on, which no interval here can account for.
 * - Interval, sampling part (`sampling`): the Wilson score interval of the apparent share (Wilson 1927) at
 *   `confidence`, both ends mapped through the estimator (it is increasing in the apparent share).
 * - Interval, with `accuracy` (standard errors of sensitivity and specificity): each side's distance from the
 *   estimate is combined in quadrature with z × the delta-method standard error of the estimate due to them,
 *   √(π² SE(Se)² + (1 − π)² SE(Sp)²) ÷ (Se + Sp − 1), π the unclamped estimate in [0, 1] (the partial derivatives
 *   of the estimator are −π ÷ J and (1 − π) ÷ J, J = Se + Sp − 1). With 10,000 followers this term, not the
 *   sample, sets the width.
 * - Every bound is clamped to [0, 1]: an apparent share under the false-positive rate (1 − specificity) reads as 0.
 * - When sensitivity + specificity ≤ 1 the classifier is no better than chance and nothing can be corrected: share
 *   is the apparent share and the interval [0, 1]. n = 0 gives 0 in [0, 1].
 */
export function correctedShare(
  rawPositives: number,
  n: number,
  sensitivity: number,
  specificity: number,
  confidence = 0.95,
  accuracy?: AccuracyEvidence,
): CorrectedShare {
  if (!(n > 0)) return { share: 0, low: 0, high: 1, sampling: { low: 0, high: 1 } };
  const z = zForConfidence(confidence);
  const apparent = wilsonInterval(rawPositives, n, z);
  const j = sensitivity + specificity - 1;
  if (!(j > 0)) return { share: apparent.share, low: 0, high: 1, sampling: { low: 0, high: 1 } };
  const rg = (x: number) => roganGladen(x, sensitivity, specificity);
  const point = rg(apparent.share);
  const sampling = { low: clamp01(rg(apparent.low)), high: clamp01(rg(apparent.high)) };
  const share = clamp01(point);
  if (accuracy === undefined) return { share, low: sampling.low, high: sampling.high, sampling };
  const pi = share;
  const extra = (z * Math.sqrt(pi ** 2 * accuracy.sensitivitySe ** 2 + (1 - pi) ** 2 * accuracy.specificitySe ** 2)) / j;
  const below = Math.hypot(point - rg(apparent.low), extra);
  const above = Math.hypot(rg(apparent.high) - point, extra);
  return { share, low: clamp01(Math.min(share, point - below)), high: clamp01(Math.max(share, point + above)), sampling };
}
