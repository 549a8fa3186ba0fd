// Small, seeded statistics: everything the harness draws at random comes from here, so a run is reproducible.

/** mulberry32: a tiny seeded generator (the one bench/evaluate-followers.js uses), uniform in [0, 1). */
export function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string mixed with a seed: a per-account seed that does not depend on which other accounts exist. */
export function hashSeed(seed, text) {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const ch of text) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Fisher–Yates shuffle of a copy, driven by a seeded generator. */
export function shuffle(items, random) {
  const s = [...items];
  for (let i = s.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [s[i], s[j]] = [s[j], s[i]];
  }
  return s;
}

/** Quantile by linear interpolation between order statistics (Hyndman & Fan type 7, R's and NumPy's default). */
export function quantile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

export const median = (values) => quantile(values, 0.5);

/** Robust standard deviations: equal to σ for normal data, unmoved by a few wild accounts. */
export function robustSpread(values) {
  const m = median(values);
  return {
    iqrSd: (quantile(values, 0.75) - quantile(values, 0.25)) / 1.349,
    madSd: median(values.map((v) => Math.abs(v - m))) * 1.4826,
  };
}

/** Wilson 95 % interval of a share k/n, as fractions: honest at small n and at 0 or n. */
export function wilson(k, n, z = 1.96) {
  if (n === 0) return [NaN, NaN];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
