import type { MeasuredEngagement } from '../account.js';
import type { Platform } from '../platform.js';

export type Interaction = 'likes' | 'comments' | 'shares' | 'engagements';
export type EngagementBasis = MeasuredEngagement['basis'];

/** What one platform's posts engagement rate adds up and divides by, and who defines it that way. */
export interface PostEngagementDefinition {
  /** Every one must be present on a post for the post to count: a missing count is never taken as 0. */
  interactions: readonly Interaction[];
  /** Denominators by preference: the first one that any post has becomes the basis for all posts. */
  bases: readonly EngagementBasis[];
  /** How the export names each interaction, for formulas and skip reasons. */
  names: Record<Interaction, string>;
  source: string;
  /**
   * On this basis, the export's own interaction total replaces the sum when every post has it: the norm table on that
   * basis measures the platform's own rate, and a sum of the public counts would sit below it.
   */
  ownTotal?: { basis: EngagementBasis; source: string };
}

const PLAIN = { likes: 'likes', comments: 'comments', shares: 'shares', engagements: 'engagements' } as const;

/**
 * Likes + comments only on Instagram and Facebook, even when an export also has shares and saves: the norm
 * tables the rate is compared with (Influence4You × HypeAuditor 2019, HypeAuditor 2022/2026) count exactly
 * those two, and shares/saves appear in some exports (Meta Business Suite, own account) and not others, so
 * counting them "when present" would make one account's rate depend on which tool exported it. Rival IQ
 * adds shares on Facebook; its 0.06 % median is therefore a touch above what this formula gives.
 */
export const POST_ENGAGEMENT: Record<Platform, PostEngagementDefinition> = {
  instagram: {
    interactions: ['likes', 'comments'],
    bases: ['followers'],
    names: PLAIN,
    source: 'HypeAuditor: Instagram ER = (likes + comments) / followers',
  },
  facebook: {
    interactions: ['likes', 'comments'],
    bases: ['followers'],
    names: { likes: 'reactions', comments: 'comments', shares: 'shares', engagements: 'engagements' },
    source: 'same definition as Instagram (HypeAuditor), so the two Meta platforms compare',
  },
  // On followers too: beside a rate on views (which bought followers never lower: they never watch), and for posts
  // with no views, as a roster's averages are.
  tiktok: {
    interactions: ['likes', 'comments', 'shares'],
    bases: ['views', 'followers'],
    names: PLAIN,
    source: 'HypeAuditor: TikTok ER = (likes + comments + shares) / views, or / followers without views',
  },
  youtube: {
    interactions: ['likes', 'comments'],
    bases: ['views', 'followers'],
    names: PLAIN,
    source: 'HypeAuditor-style views ER: (likes + comments) / views, or / subscribers without views',
  },
  x: {
    interactions: ['likes', 'comments', 'shares'],
    bases: ['impressions', 'followers'],
    names: { likes: 'likes', comments: 'replies', shares: 'retweets', engagements: 'engagements' },
    source: 'X Analytics: engagements / impressions; (likes + replies + retweets) / followers when an export has no impressions',
    // X Analytics' "engagements" also counts clicks and expands, and the impressions norm is X Analytics' own rate.
    ownTotal: { basis: 'impressions', source: "X Analytics' engagement rate: engagements (likes, replies, retweets, clicks, expands) / impressions" },
  },
};

/** "(likes + comments) / followers" in the platform's own words. */
export function formulaOf(def: PostEngagementDefinition, basis: EngagementBasis): string {
  const sum = def.interactions.map((i) => def.names[i]).join(' + ');
  const at = basis === 'followers' ? 'followers at the post' : basis;
  return `median over posts of (${sum}) / ${at} × 100`;
}
