import type { Platform } from '../platform.js';
import type { NormTable, NormTier, RateBasis } from './types.js';

/**
 * The spread of genuine creators on Instagram, as the robust standard deviation of ln(likes / followers): 1.05 among
 * the Indian micro-influencers of a public follower tracker (GitHub Krishnateja001/Socialblade, 2019–20; measured
 * on half of its accounts, the other half kept to check it), 1.44 among the 200 most-followed accounts (Kaggle "Top
 * Instagram Influencers Data", 2022: 60-day rates, median 0.9 %). A robust SD reads the middle of the distribution:
 * those accounts' 5th and 95th percentiles (0.06 % and 9.7 %) lie wider than a log-normal of spread 1.44 puts them
 * (0.08 % and 9.6 %); fitted to those two percentiles, the spread would be about 1.55.
 */
const CREATOR_SPREAD = 1.05;
const FAMOUS_SPREAD = 1.44;
/**
 * Vendor quartiles of accounts they screened as genuine imply narrower spreads (0.6–0.9); measured samples of real
 * creators are wider, so no table is narrower than this: a false accusation costs more than a miss.
 */
const MIN_SPREAD = 1.0;

const CREATORS = `spread ${CREATOR_SPREAD}: genuine Instagram creators in a public follower tracker (GitHub Krishnateja001/Socialblade, 2019–20)`;
const FLOORED = (quartiles: string) => `spread ${MIN_SPREAD}: the vendor's quartiles (${quartiles}) widened to the least spread real creator samples show`;

function tier(label: string, min: number, max: number | null, medianPct: number, spread: number): NormTier {
  return { label, min, max, medianPct, spread };
}

/** The geometric centre of a published "Average" band, read as the tier's median. */
function centre(low: number, high: number): number {
  return Math.round(Math.sqrt(low * high) * 100) / 100;
}

/** The norm tables shipped with influaudit. Users add their own through the config file. */
export const BUILTIN_NORM_TABLES: readonly NormTable[] = [
  {
    name: 'instagram-2026',
    platform: 'instagram', basis: 'followers', year: 2026,
    source: 'SociaVault, "What Is a Good Engagement Rate on Instagram in 2026?": (likes + comments) / followers over the last 30 posts of 50,000+ accounts screened as genuine',
    spreadSource: `${CREATORS}; 10M+: the 200 most-followed accounts (Kaggle "Top Instagram Influencers Data", 2022), median 0.9 %, spread ${FAMOUS_SPREAD}`,
    note: 'the published tier figures are read as medians; accounts under 1k use the 1k–10k figure',
    tiers: [
      tier('<10k', 0, 10_000, 4.2, CREATOR_SPREAD),
      tier('10k–50k', 10_000, 50_000, 2.8, CREATOR_SPREAD),
      tier('50k–100k', 50_000, 100_000, 1.9, CREATOR_SPREAD),
      tier('100k–500k', 100_000, 500_000, 1.4, CREATOR_SPREAD),
      tier('500k–10M', 500_000, 10_000_000, 0.9, CREATOR_SPREAD),
      tier('10M+', 10_000_000, null, 0.9, FAMOUS_SPREAD),
    ],
  },
  {
    name: 'instagram-fr-2019',
    platform: 'instagram', basis: 'followers', year: 2019,
    source: 'Influence4You × HypeAuditor, Instagram France 2019: average ER by followers (as cited by the OneShot agency white paper on influence)',
    spreadSource: CREATORS,
    note: 'averages read as medians; accounts under 1k use the 1k–5k figure',
    tiers: [
      tier('<5k', 0, 5_000, 7.21, CREATOR_SPREAD),
      tier('5k–20k', 5_000, 20_000, 3.12, CREATOR_SPREAD),
      tier('20k–100k', 20_000, 100_000, 2.47, CREATOR_SPREAD),
      tier('100k–1M', 100_000, 1_000_000, 2.19, CREATOR_SPREAD),
      tier('1M+', 1_000_000, null, 1.86, CREATOR_SPREAD),
    ],
  },
  {
    name: 'instagram-fr-2022',
    platform: 'instagram', basis: 'followers', year: 2022,
    source: 'HypeAuditor, Instagram France, August 2022: average ER by followers',
    spreadSource: CREATORS,
    note: 'HypeAuditor published 1k–100k only: 20k+ keeps the last published figure (1.7 %)',
    tiers: [
      tier('<5k', 0, 5_000, 4.7, CREATOR_SPREAD),
      tier('5k–20k', 5_000, 20_000, 2.3, CREATOR_SPREAD),
      tier('20k+', 20_000, null, 1.7, CREATOR_SPREAD),
    ],
  },
  {
    name: 'generic-1-5',
    platform: 'any', basis: 'followers', year: 2018,
    source: 'Makerly, as quoted in "Au cœur du marketing d’influence" (French conference notes, c. 2018): interactions on recent posts / followers is "generally between 1 and 5 %"',
    spreadSource: `spread ${MIN_SPREAD}: no spread published; the least spread real creator samples show`,
    note: 'one tier for every size, centred on 2.24 % (the geometric middle of 1–5 %); coarse: prefer a tiered table for the platform',
    tiers: [tier('all', 0, null, 2.24, MIN_SPREAD)],
  },
  {
    name: 'tiktok-views-2025',
    platform: 'tiktok', basis: 'views', year: 2025,
    source: 'Modash, TikTok Engagement Rate Calculator (November 2025, 117M+ creators): median engagements / median views over the last 30 posts',
    spreadSource: `spread ${MIN_SPREAD}: Modash does not publish one`,
    note: 'each tier\'s median is the geometric centre of Modash\'s "Average" band; accounts under 1k use the 1k–5k figure',
    tiers: [
      tier('<5k', 0, 5_000, centre(12.06, 14.04), MIN_SPREAD),
      tier('5k–10k', 5_000, 10_000, centre(10.5, 11.83), MIN_SPREAD),
      tier('10k–50k', 10_000, 50_000, centre(8.38, 9.37), MIN_SPREAD),
      tier('50k–100k', 50_000, 100_000, centre(7.22, 8.03), MIN_SPREAD),
      tier('100k–500k', 100_000, 500_000, centre(6.66, 7.39), MIN_SPREAD),
      tier('500k–1M', 500_000, 1_000_000, centre(6.19, 6.85), MIN_SPREAD),
      tier('1M+', 1_000_000, null, centre(6.2, 6.84), MIN_SPREAD),
    ],
  },
  {
    name: 'tiktok-followers-2026',
    platform: 'tiktok', basis: 'followers', year: 2026,
    source: 'SociaVault, "What Is a Good Engagement Rate on TikTok in 2026?" (150,000 accounts): median (likes + comments + shares) / followers',
    spreadSource: FLOORED('P25–P75 4.92–12.31 % for 1k–10k, 1.12–2.89 % for 500k+'),
    note: 'accounts under 1k use the 1k–10k figure',
    tiers: [
      tier('<10k', 0, 10_000, 7.84, MIN_SPREAD),
      tier('10k–50k', 10_000, 50_000, 5.21, MIN_SPREAD),
      tier('50k–100k', 50_000, 100_000, 3.89, MIN_SPREAD),
      tier('100k–500k', 100_000, 500_000, 2.73, MIN_SPREAD),
      tier('500k+', 500_000, null, 1.84, MIN_SPREAD),
    ],
  },
  {
    name: 'youtube-views-2026',
    platform: 'youtube', basis: 'views', year: 2026,
    source: 'SociaVault, "What Is a Good Engagement Rate on YouTube in 2026?" (75,000 channels): median (likes + comments) / views, tiers by subscribers',
    spreadSource: FLOORED('P25–P75 3.41–7.82 % for 1k–10k, 0.89–2.18 % for 500k+'),
    note: 'channels under 1k use the 1k–10k figure',
    tiers: [
      tier('<10k', 0, 10_000, 5.23, MIN_SPREAD),
      tier('10k–50k', 10_000, 50_000, 3.74, MIN_SPREAD),
      tier('50k–100k', 50_000, 100_000, 2.81, MIN_SPREAD),
      tier('100k–500k', 100_000, 500_000, 2.12, MIN_SPREAD),
      tier('500k+', 500_000, null, 1.41, MIN_SPREAD),
    ],
  },
  {
    name: 'youtube-subscribers-2025',
    platform: 'youtube', basis: 'followers', year: 2025,
    source: 'Modash, YouTube Engagement Rate Calculator (8M+ creators, read in 2025): "Average" band by subscribers',
    spreadSource: 'spread 1.5: Modash\'s "Low" and "High" edges lie ×4–×18 apart in every tier, and views per subscriber vary by orders of magnitude between channels',
    note: 'the page describes engagements / views, but its figures sit about ×10 below every per-view source and match per-subscriber rates, so they are read per subscriber; medians are the geometric centres of the "Average" bands',
    tiers: [
      tier('<5k', 0, 5_000, centre(1.47, 2.02), 1.5),
      tier('5k–10k', 5_000, 10_000, centre(0.59, 0.82), 1.5),
      tier('10k–50k', 10_000, 50_000, centre(0.36, 0.51), 1.5),
      tier('50k–100k', 50_000, 100_000, centre(0.23, 0.33), 1.5),
      tier('100k–500k', 100_000, 500_000, centre(0.19, 0.27), 1.5),
      tier('500k–1M', 500_000, 1_000_000, centre(0.16, 0.24), 1.5),
      tier('1M+', 1_000_000, null, centre(0.13, 0.18), 1.5),
    ],
  },
  {
    name: 'x-impressions-2025',
    platform: 'x', basis: 'impressions', year: 2025,
    source: 'Online Advertising Guide, "Twitter engagement rate" (an undated reader poll): engagements / impressions as X Analytics reports it, median "about 1 %", "over 1/3rd … under 0.5 %", "almost three-quarters … under 2 %"; Metricool\'s 2025 impression-based average, 1.58 %, agrees',
    spreadSource: 'spread 1.32: the log-normal through the poll\'s 33rd (0.5 %) and 73rd (2 %) percentiles',
    note: 'one tier for every size: impressions already scale with the audience',
    tiers: [tier('all', 0, null, 1.0, 1.32)],
  },
  {
    name: 'x-followers-2026',
    platform: 'x', basis: 'followers', year: 2026,
    source: 'SociaVault, "Twitter/X engagement declining: 2026 data": median (likes + replies + reposts + quotes) / followers',
    spreadSource: FLOORED('P25–P75 1.32–3.47 % for 1k–10k, 0.18–0.61 % for 500k+'),
    note: 'accounts under 1k use the 1k–10k figure',
    tiers: [
      tier('<10k', 0, 10_000, 2.18, MIN_SPREAD),
      tier('10k–50k', 10_000, 50_000, 1.42, MIN_SPREAD),
      tier('50k–100k', 50_000, 100_000, 0.97, MIN_SPREAD),
      tier('100k–500k', 100_000, 500_000, 0.63, MIN_SPREAD),
      tier('500k+', 500_000, null, 0.35, MIN_SPREAD),
    ],
  },
  {
    name: 'facebook-brands-2022',
    platform: 'facebook', basis: 'followers', year: 2022,
    source: 'Rival IQ, 2022 Social Media Industry Benchmark Report: median engagement per post on Facebook brand pages, 0.06 % of followers',
    spreadSource: `spread ${FAMOUS_SPREAD}: brands spread as widely as Instagram's most-followed accounts (Kaggle "Top Instagram Influencers Data", 2022)`,
    note: 'brand pages, not creators: creators sit higher, so only very low rates stand out',
    tiers: [tier('all', 0, null, 0.06, FAMOUS_SPREAD)],
  },
];

/** The table each platform uses for each basis unless `--norms` or the config says otherwise. */
export const DEFAULT_NORMS_BY_PLATFORM: Readonly<Record<Platform, Readonly<Partial<Record<RateBasis, string>>>>> = {
  instagram: { followers: 'instagram-2026' },
  tiktok: { views: 'tiktok-views-2025', followers: 'tiktok-followers-2026' },
  youtube: { views: 'youtube-views-2026', followers: 'youtube-subscribers-2025' },
  x: { impressions: 'x-impressions-2025', followers: 'x-followers-2026' },
  facebook: { followers: 'facebook-brands-2022' },
};
