import { normalLowerTail } from './normal-tail.js';
import type { NormTier } from './types.js';

/** Where a rate stands among genuine accounts of a tier. */
export interface Rarity {
  /** Standard deviations of ln(rate) from the tier's median: −2 is a factor e^(2 × spread) below it. */
  z: number;
  /** Share of genuine accounts with a lower rate, 0–1. */
  below: number;
  /** Share of genuine accounts with a higher rate, 0–1. */
  above: number;
}

/** A rate (percent) read against a tier's log-normal spread of genuine accounts. A rate of 0 is below them all. */
export function rarityOf(ratePct: number, tier: Pick<NormTier, 'medianPct' | 'spread'>): Rarity {
  if (!(ratePct > 0)) return { z: -Infinity, below: 0, above: 1 };
  const z = (Math.log(ratePct) - Math.log(tier.medianPct)) / tier.spread;
  // One tail computed, the other its complement: the same numbers as Φ(z) and Φ(−z), for one erfc instead of two.
  const near = normalLowerTail(-Math.abs(z));
  const far = z === 0 ? near : 1 - near;
  return z < 0 ? { z, below: near, above: far } : { z, below: far, above: near };
}
