import type { NormTable, NormTier } from './types.js';

/** The norm an account of a given size is judged by: a tier's figures, or figures between two tiers'. */
export interface NormAtSize {
  medianPct: number;
  spread: number;
  /** The tier whose [min, max) holds the account: its label names the account's size class in the evidence. */
  tier: NormTier;
  /** Set when the figures lie between two tiers' centres: the two tiers, how far along (0–1, on ln followers), their labels. */
  between?: { lower: NormTier; upper: NormTier; share: number; labels: readonly string[] };
}

/**
 * A tier's centre, in followers: where its published figures hold best. The geometric middle of [min, max); a first
 * tier from 0 is read as the decade under its max, centred half a decade below it (max / √10, the geometric middle
 * of [max / 10, max): 0–10k is centred on 3,162), an open last tier as the decade over its min, centred half a
 * decade above it (min × √10: 10M+ on 31.6M).
 */
export function tierCentre(tier: NormTier): number {
  if (tier.max === null) return tier.min > 0 ? tier.min * Math.sqrt(10) : 1;
  if (tier.min <= 0) return tier.max / Math.sqrt(10);
  return Math.sqrt(tier.min * tier.max);
}

/**
 * The norm for an account of `followers` on a table of tiers. Engagement falls smoothly with size, while published
 * tiers step: judged by its tier alone, an account one follower over a boundary met a lower median at once, so one
 * more follower could clear it. Between two tiers' centres the median is interpolated on ln followers (geometric)
 * and the spread linearly, so the norm moves with the size and never jumps; below the first centre and above the
 * last, the end tier's figures hold. Undefined when no tier holds `followers`.
 */
export function normAtSize(table: NormTable, followers: number): NormAtSize | undefined {
  const tiers = table.tiers;
  let at = -1;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i]!;
    if (followers >= t.min && (t.max === null || followers < t.max)) {
      at = i;
      break;
    }
  }
  if (at === -1) return undefined;
  const tier = tiers[at]!;
  const { lnCentre, lnMedian, labels } = preparedFor(table);
  const x = Math.log(Math.max(followers, 1));
  // The neighbour on the account's side of its tier's centre, if it has one.
  const lower = x < lnCentre[at]! ? at - 1 : at;
  if (lower < 0 || lower + 1 >= tiers.length || x === lnCentre[at]) return { medianPct: tier.medianPct, spread: tier.spread, tier };
  const upper = lower + 1;
  const share = Math.min(1, Math.max(0, (x - lnCentre[lower]!) / (lnCentre[upper]! - lnCentre[lower]!)));
  return {
    medianPct: Math.exp(lnMedian[lower]! + share * (lnMedian[upper]! - lnMedian[lower]!)),
    spread: tiers[lower]!.spread + share * (tiers[upper]!.spread - tiers[lower]!.spread),
    tier,
    between: { lower: tiers[lower]!, upper: tiers[upper]!, share, labels: labels[lower]! },
  };
}

interface Prepared {
  lnCentre: Float64Array;
  lnMedian: Float64Array;
  /** The labels of each pair of neighbouring tiers, one frozen array per pair, shared by every account's evidence. */
  labels: readonly (readonly string[])[];
}

// Computed once per table, not for every account (docs/performance.md).
const PREPARED = new WeakMap<NormTable, Prepared>();

function preparedFor(table: NormTable): Prepared {
  let p = PREPARED.get(table);
  if (p === undefined) {
    const tiers = table.tiers;
    p = {
      lnCentre: Float64Array.from(tiers, (t) => Math.log(tierCentre(t))),
      lnMedian: Float64Array.from(tiers, (t) => Math.log(t.medianPct)),
      labels: tiers.slice(1).map((t, i) => Object.freeze([tiers[i]!.label, t.label])),
    };
    PREPARED.set(table, p);
  }
  return p;
}
