import type { Platform } from '../platform.js';

/** What an engagement rate divides interactions by. Rates on different bases are never compared. */
export const RATE_BASES = ['followers', 'views', 'impressions'] as const;
export type RateBasis = (typeof RATE_BASES)[number];

/**
 * One size tier of a norm table: how engagement spreads among genuine accounts of that size. Bounds are follower
 * counts, `min` inclusive, `max` exclusive (null = no upper bound). Rates are modelled as log-normal: genuine
 * accounts of a tier differ by factors, not by points, so rarity is read on ln(rate).
 */
export interface NormTier {
  label: string;
  min: number;
  max: number | null;
  /** The tier's typical (median) rate of genuine accounts, in percent. */
  medianPct: number;
  /** The spread: standard deviation of ln(rate) among genuine accounts of the tier (1.1 ≈ a factor 3 either way). */
  spread: number;
}

/** A named, dated norm table: benchmarks drift year to year, so every figure carries its publication and year. */
export interface NormTable {
  name: string;
  /** The platform the figures were measured on; 'any' for a platform-agnostic table. */
  platform: Platform | 'any';
  basis: RateBasis;
  year: number;
  /** The publication the medians come from, by its own name. */
  source: string;
  /** Where the spreads come from, when not from the same publication. */
  spreadSource?: string;
  /** How the figures were read, shown with the table. */
  note?: string;
  tiers: NormTier[];
}
