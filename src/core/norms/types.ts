import type { Platform } from '../platform.js';

/**
 * One size tier of a norm table. Bounds are follower counts, `min` inclusive, `max` exclusive (null = no upper bound).
 * `lowPct` / `highPct` bound the natural band in percent: below it points to bought followers, above it to bought
 * likes or comments.
 */
export interface NormTier {
  label: string;
  min: number;
  max: number | null;
  /** The published average (or median) rate for the tier, in percent; null for band-only tables. */
  normPct: number | null;
  lowPct: number;
  highPct: number;
}

/** A named, dated norm table: benchmarks drift year to year, so every figure carries its source and year. */
export interface NormTable {
  name: string;
  /** The platform the figures were measured on; 'any' for platform-agnostic bands. */
  platform: Platform | 'any';
  /** What the published rate divides interactions by. */
  basis: 'followers' | 'views' | 'impressions';
  year: number;
  source: string;
  /** How the band was derived from the published figure, shown with the table. */
  note?: string;
  tiers: NormTier[];
}
