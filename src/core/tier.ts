/**
 * Influencer size classes as the OneShot agency white paper on influence uses them (nano under 10,000, micro 10k–100k), extended with the
 * usual macro (100k–1M) and mega (1M+). Norm tables have their own finer tiers; this is the label analysts filter on.
 */
export const TIERS = ['nano', 'micro', 'macro', 'mega'] as const;
export type Tier = (typeof TIERS)[number];

export function tierOf(followers: number): Tier {
  if (followers < 10_000) return 'nano';
  if (followers < 100_000) return 'micro';
  if (followers < 1_000_000) return 'macro';
  return 'mega';
}
