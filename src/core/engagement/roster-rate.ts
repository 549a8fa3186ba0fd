import type { MeasuredEngagement, ProfileFacts } from '../account.js';
import { ratesOnViews, type Platform } from '../platform.js';
import { roundTo } from '../signal.js';

/** Why a rate could not be measured, said in the words an analyst can act on. */
export interface NoRate {
  skip: string;
}

/**
 * Engagement rate from a roster's averages, per platform definition (HypeAuditor): Instagram, Facebook and X
 * divide interactions on a post by followers; TikTok and YouTube divide by views when views are known.
 * Interactions = avg likes + avg comments (+ avg shares on TikTok, where HypeAuditor counts them).
 * A rate the export computed itself is the fallback, marked as such, because its definition is unknown.
 */
export function rosterEngagement(platform: Platform, p: ProfileFacts): MeasuredEngagement | NoRate {
  if (p.avgLikes !== undefined) {
    const comments = p.avgComments ?? 0;
    const shares = platform === 'tiktok' ? p.avgShares ?? 0 : 0;
    const interactions = p.avgLikes + comments + shares;
    const terms = p.avgComments === undefined ? 'avg likes' : 'avg likes + avg comments';
    const withShares = platform === 'tiktok' && p.avgShares !== undefined ? `${terms} + avg shares` : terms;
    const inputs = {
      avgLikes: p.avgLikes,
      avgComments: p.avgComments ?? null,
      ...(platform === 'tiktok' ? { avgShares: p.avgShares ?? null } : {}),
    };
    if (ratesOnViews(platform)) {
      if (p.avgViews !== undefined && p.avgViews > 0) {
        return {
          source: 'roster-averages', basis: 'views',
          ratePct: roundTo((interactions / p.avgViews) * 100, 4),
          formula: `ER = (${withShares}) / avg views × 100`,
          inputs: { ...inputs, avgViews: p.avgViews },
        };
      }
    } else if (p.followers !== undefined && p.followers > 0) {
      return {
        source: 'roster-averages', basis: 'followers',
        ratePct: roundTo((interactions / p.followers) * 100, 4),
        formula: `ER = (${withShares}) / followers × 100`,
        inputs: { ...inputs, followers: p.followers },
      };
    }
  }
  if (p.reportedEngagementPct !== undefined) {
    return {
      source: 'roster-reported', basis: ratesOnViews(platform) ? 'views' : 'followers',
      ratePct: p.reportedEngagementPct,
      formula: 'ER as reported by the export (its own definition)',
      inputs: { reportedEngagementPct: p.reportedEngagementPct },
    };
  }
  return { skip: missingMessage(platform, p) };
}

function missingMessage(platform: Platform, p: ProfileFacts): string {
  if (p.avgLikes === undefined) return 'no average likes and no engagement rate in the data';
  if (ratesOnViews(platform)) return `no average views: ${platform} engagement is measured on views`;
  return 'no follower count to divide interactions by';
}
