/** A share of a sample with its confidence interval, all fractions 0–1. */
export interface ShareEstimate {
  count: number;
  share: number;
  low: number;
  high: number;
}

/**
 * Wilson score interval for `count` successes out of `n` (Wilson 1927). Chosen over the normal ("Wald")
 * interval because it stays inside [0, 1] and keeps its coverage near 0 % and 100 %, where fake shares live.
 * `z` is the normal quantile (1.96 for 95 %). n = 0 gives share 0 and the uninformative [0, 1].
 */
export function wilsonInterval(count: number, n: number, z: number): ShareEstimate {
  if (n <= 0) return { count: 0, share: 0, low: 0, high: 1 };
  const p = count / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Rounding error must not push a bound past 0, 1 or the point estimate itself.
  const low = count === 0 ? 0 : Math.min(p, Math.max(0, centre - half));
  const high = count === n ? 1 : Math.max(p, Math.min(1, centre + half));
  return { count, share: p, low, high };
}

/** The two-sided normal quantile for a confidence level: 0.95 → 1.95996. Bisection on erf: exact enough, no table. */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  let lo = 0;
  let hi = 10;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (erf(mid / Math.SQRT2) < confidence) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// Abramowitz & Stegun 7.1.26 is only good to 1.5e-7; this series / continued-fraction pair is good to ~1e-12.
function erf(x: number): number {
  if (x < 3) {
    let term = x;
    let sum = x;
    for (let k = 1; k < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
      term *= (-x * x) / k;
      sum += term / (2 * k + 1);
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc continued fraction (Lentz) for the tail, where the series loses precision.
  let f = x;
  for (let k = 60; k >= 1; k--) f = x + k / 2 / f;
  return 1 - Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}
