import type { NormTable, NormTier } from './types.js';

/** The norm an account of a given size is judged by: a tier's figures, or figures between two tiers'. */
export interface NormAtSize {
  medianPct: number;
  spread: number;
  /** The tier whose [min, max) holds the account: its label names the account's size class in the evidence. */
  tier: NormTier;
  /** Set when the figures lie between two tiers' centres: the two tiers and how far along (0–1, on ln followers). */
  between?: { lower: NormTier; upper: NormTier; share: number };
}

/**
 * A tier's centre, in followers: where its published figures hold best. The geometric middle of [min, max); an open
 * first tier (from 0) is read as one decade under its max (sizes spread on a log scale: 0–10k is centred on 3,162),
 * an open last tier as one decade over its min.
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
  const at = tiers.findIndex((t) => followers >= t.min && (t.max === null || followers < t.max));
  if (at === -1) return undefined;
  const tier = tiers[at]!;
  const x = Math.log(Math.max(followers, 1));
  const centre = Math.log(tierCentre(tier));
  // The neighbour on the account's side of its tier's centre, if it has one.
  const other = x < centre ? tiers[at - 1] : tiers[at + 1];
  if (other === undefined || x === centre) return { medianPct: tier.medianPct, spread: tier.spread, tier };
  const [lower, upper] = x < centre ? [other, tier] : [tier, other];
  const from = Math.log(tierCentre(lower));
  const to = Math.log(tierCentre(upper));
  const share = Math.min(1, Math.max(0, (x - from) / (to - from)));
  return {
    medianPct: Math.exp((1 - share) * Math.log(lower.medianPct) + share * Math.log(upper.medianPct)),
    spread: (1 - share) * lower.spread + share * upper.spread,
    tier,
    between: { lower, upper, share },
  };
}
