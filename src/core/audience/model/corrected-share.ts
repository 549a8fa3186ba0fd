import { wilsonInterval, zForConfidence } from '../wilson.js';

/** A fake share corrected for the classifier's errors, with its interval, all fractions 0–1. */
export interface CorrectedShare {
  share: number;
  low: number;
  high: number;
}

/** Rogan–Gladen: (apparent + specificity − 1) ÷ (sensitivity + specificity − 1), clamped to [0, 1]. */
function roganGladen(apparent: number, sensitivity: number, specificity: number): number {
  return Math.min(1, Math.max(0, (apparent + specificity - 1) / (sensitivity + specificity - 1)));
}

/**
 * The share of fakes in a sample, corrected for a classifier that misses some fakes and accuses some real accounts:
 * the Rogan–Gladen estimator (Rogan & Gladen 1978, "Estimating prevalence from the results of a screening test",
 * American Journal of Epidemiology 107(1):71–76), (apparent share + specificity − 1) ÷ (sensitivity + specificity − 1),
 * where the apparent share is `rawPositives` ÷ `n` (followers called likely fake ÷ followers scored).
 *
 * - `sensitivity`, `specificity`: the classifier's, at the threshold that made `rawPositives`, 0–1 (the shipped
 *   model's cross-validated figures, `SubModel.cv`). They do not depend on the sample's own fake share, which is why
 *   the correction works on a population unlike the training sets.
 * - Interval: the Wilson score interval of the apparent share (Wilson 1927) at `confidence`, both ends mapped through
 *   the same estimator (it is increasing in the apparent share). It accounts for the sample size; sensitivity and
 *   specificity are taken as known, so their own uncertainty is not in it.
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
): CorrectedShare {
  if (!(n > 0)) return { share: 0, low: 0, high: 1 };
  const apparent = wilsonInterval(rawPositives, n, zForConfidence(confidence));
  if (!(sensitivity + specificity > 1)) return { share: apparent.share, low: 0, high: 1 };
  const rg = (x: number) => roganGladen(x, sensitivity, specificity);
  return { share: rg(apparent.share), low: rg(apparent.low), high: rg(apparent.high) };
}
