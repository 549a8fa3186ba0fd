import type { NormTable, NormTier } from './types.js';

/**
 * Multipliers that turn a published average rate into a natural band. An account at under 0.4× its tier's
 * average is far below what comparable real audiences produce ("followed by several hundred thousand people,
 * but photos get about fifty reactions", seed 001); at over 3× the average, likes or comments bought "by packs
 * of 100, 1,000 or even 100,000" (seed 001) become the likelier explanation. The band is wide on purpose:
 * published figures are averages over skewed distributions, and a false accusation costs a contract.
 */
export const BAND_FROM_NORM = { low: 0.4, high: 3 } as const;

function tier(label: string, min: number, max: number | null, normPct: number): NormTier {
  return {
    label, min, max, normPct,
    lowPct: round2(normPct * BAND_FROM_NORM.low),
    highPct: round2(normPct * BAND_FROM_NORM.high),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The norm tables shipped with influaudit. Users add their own through the config file. */
export const BUILTIN_NORM_TABLES: readonly NormTable[] = [
  {
    name: 'instagram-fr-2019',
    platform: 'instagram', basis: 'followers', year: 2019,
    source: 'Influence4You × HypeAuditor, Instagram France 2019: average ER by followers (seed 000)',
    note: 'band = 0.4×–3× the tier average; accounts under 1k use the 1k–5k figure',
    tiers: [
      tier('<5k', 0, 5_000, 7.21),
      tier('5k–20k', 5_000, 20_000, 3.12),
      tier('20k–100k', 20_000, 100_000, 2.47),
      tier('100k–1M', 100_000, 1_000_000, 2.19),
      tier('>1M', 1_000_000, null, 1.86),
    ],
  },
  {
    name: 'instagram-fr-2022',
    platform: 'instagram', basis: 'followers', year: 2022,
    source: 'HypeAuditor, Instagram France, August 2022: average ER by followers (domain.md)',
    note: 'band = 0.4×–3× the tier average; HypeAuditor published 1k–100k only, so 100k+ keeps the last published figure (1.7 %) as an upper-bound estimate',
    tiers: [
      tier('<5k', 0, 5_000, 4.7),
      tier('5k–20k', 5_000, 20_000, 2.3),
      tier('20k+', 20_000, null, 1.7),
    ],
  },
  {
    name: 'generic-1-5',
    platform: 'any', basis: 'followers', year: 2020,
    source: 'Makerly, cited in seed 001: interactions on recent posts / followers × 100 is "generally between 1 and 5 %"',
    note: 'one band for every size; coarse: prefer a tiered table for the platform',
    tiers: [{ label: 'all', min: 0, max: null, normPct: null, lowPct: 1, highPct: 5 }],
  },
  {
    name: 'tiktok-views-2022',
    platform: 'tiktok', basis: 'views', year: 2022,
    source: 'seed 000: TikTok micro-influencers "over 8 % or 9 %", nano "often twice as high" as micro; Rival IQ 2022 TikTok brand median 5.69 % for the largest accounts',
    note: 'rates on views (HypeAuditor: (likes + comments + shares) / views); band = 0.4×–3× the tier figure',
    tiers: [
      tier('<10k', 0, 10_000, 16),
      tier('10k–100k', 10_000, 100_000, 8.5),
      tier('100k–1M', 100_000, 1_000_000, 6.5),
      tier('>1M', 1_000_000, null, 5.69),
    ],
  },
  {
    name: 'youtube-views-2022',
    platform: 'youtube', basis: 'views', year: 2022,
    source: 'HypeAuditor definition (likes + comments) / views; band from the generic 1–5 % natural band (Makerly, seed 001) widened for Shorts',
    note: 'no tiered YouTube figure is cited in the domain brief: a single band, 1–10 % of views',
    tiers: [{ label: 'all', min: 0, max: null, normPct: null, lowPct: 1, highPct: 10 }],
  },
  {
    name: 'x-2022',
    platform: 'x', basis: 'followers', year: 2022,
    source: 'Rival IQ 2022 brand median on Twitter: 0.035 % of followers per post',
    note: 'brand median, so creators sit higher; band = 0.4×–30× the median: only very low rates flag',
    tiers: [{ label: 'all', min: 0, max: null, normPct: 0.035, lowPct: 0.014, highPct: 1.05 }],
  },
  {
    name: 'facebook-2022',
    platform: 'facebook', basis: 'followers', year: 2022,
    source: 'Rival IQ 2022 brand median on Facebook: 0.06 % of followers per post',
    note: 'brand median, so creators sit higher; band = 0.4×–30× the median: only very low rates flag',
    tiers: [{ label: 'all', min: 0, max: null, normPct: 0.06, lowPct: 0.024, highPct: 1.8 }],
  },
];

/** The table each platform uses unless `--norms` or the config says otherwise. */
export const DEFAULT_NORMS_BY_PLATFORM = {
  instagram: 'instagram-fr-2019',
  tiktok: 'tiktok-views-2022',
  youtube: 'youtube-views-2022',
  x: 'x-2022',
  facebook: 'facebook-2022',
} as const;
