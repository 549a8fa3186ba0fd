import type { FollowerSeries } from '../../../src/core/account.js';
import type { Rng } from './prng.js';

/** First simulated day: 2024-10-04. */
export const DAY0 = 20_000;

/** A year of daily net changes and the total before the first day. */
export interface Year {
  start: number;
  gains: Float64Array;
}

/**
 * An organic account, kept honest rather than easy: sizes log-uniform 2k–2M; a fifth shrinking slowly; growth
 * rate drifting; weekly seasonality; noise proportional to size plus counting noise, with heavy-tailed days;
 * 0–4 viral bumps (multi-day bursts of 0.5–40 % that decay, then up to 5 % given back as ordinary churn);
 * and in three accounts out of ten a platform-wide purge (−1–3 % in one day).
 */
export function organicYear(r: Rng, length = 365): Year {
  const start = Math.round(r.logUniform(2_000, 2_000_000));
  const shrinking = r.chance(0.2);
  const trend = shrinking ? -r.uniform(0, 0.001) : r.logUniform(0.00005, 0.003);
  const noiseShare = r.logUniform(0.0001, 0.0012);
  const weekly = r.uniform(0, 0.4);
  const phase = r.int(0, 6);
  const extra = new Float64Array(length + 60);
  const bumps = r.int(0, 4);
  const gains = new Float64Array(length);
  const bumpDays = new Set(Array.from({ length: bumps }, () => r.int(0, length - 1)));
  const purgeDay = r.chance(0.3) ? r.int(0, length - 1) : -1;
  let followers = start;
  let drift = 0;
  for (let d = 0; d < length; d++) {
    drift = 0.97 * drift + 0.1 * r.normal();
    if (bumpDays.has(d)) addBump(r, extra, d, followers);
    const season = 1 + weekly * Math.sin((2 * Math.PI * (d + phase)) / 7);
    const expected = trend * followers * Math.exp(drift) * (trend > 0 ? season : 1);
    const sigma = Math.sqrt((noiseShare * followers) ** 2 + 0.003 * followers) * (r.chance(0.03) ? 4 : 1);
    let g = expected + sigma * r.normal() + extra[d]!;
    if (d === purgeDay) g -= r.uniform(0.01, 0.03) * followers;
    g = Math.round(Math.max(g, -followers + 1));
    gains[d] = g;
    followers += g;
  }
  return { start, gains };
}

/** A viral burst: its total arrives over days, decaying with time constant τ; then normal churn takes a little back. */
function addBump(r: Rng, extra: Float64Array, day: number, followers: number): void {
  const total = r.logUniform(0.005, 0.4) * followers;
  const tau = r.uniform(0.7, 6);
  const ramp = r.chance(0.5) ? 1 : 0;
  const len = Math.ceil(6 * tau) + ramp;
  const weights = Array.from({ length: len }, (_, k) => (k < ramp ? 0.5 : Math.exp(-(k - ramp) / tau)));
  const sum = weights.reduce((s, w) => s + w, 0);
  weights.forEach((w, k) => {
    if (day + k < extra.length) extra[day + k]! += (total * w) / sum;
  });
  const churn = r.uniform(0, 0.05) * total;
  for (let k = 0; k < 14; k++) {
    const at = day + len + k;
    if (at < extra.length) extra[at]! -= churn / 14;
  }
}

/** Injects a purchase: `share` of followers bought on `day`, `lossShare` of it lost linearly over `lossDays`. */
export function injectPurchase(y: Year, day: number, share: number, lossShare: number, lossDays: number): void {
  let before = y.start;
  for (let d = 0; d < day; d++) before += y.gains[d]!;
  const bought = Math.round(share * before);
  y.gains[day]! += bought;
  for (let k = 1; k <= lossDays && day + k < y.gains.length; k++) y.gains[day + k]! -= (lossShare * bought) / lossDays;
}

export type Sampling = 'daily' | 'gappy' | 'weekly';

/** Totals as an export shows them: every day, every day but a few missing, or weekly snapshots (some skipped). */
export function toSeries(r: Rng, y: Year, sampling: Sampling): FollowerSeries {
  const days: number[] = [];
  const followers: number[] = [];
  let total = y.start;
  const offset = r.int(0, 6);
  for (let d = 0; d < y.gains.length; d++) {
    total += y.gains[d]!;
    const keep =
      sampling === 'daily' ? true : sampling === 'gappy' ? !r.chance(0.05) : d % 7 === offset && !r.chance(0.1);
    if (keep) {
      days.push(DAY0 + d);
      followers.push(Math.round(total));
    }
  }
  return { days: Int32Array.from(days), followers: Float64Array.from(followers) };
}
