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
  return rosterEngagementOf(platform, p, p.followers);
}

// The formula text takes one of a few forms, so it is written once here rather than for every account:
// indexed by (comments known ? 1 : 0) + (shares counted ? 2 : 0).
const TERMS = ['avg likes', 'avg likes + avg comments', 'avg likes + avg shares', 'avg likes + avg comments + avg shares'];
const ON_VIEWS = TERMS.map((terms) => `ER = (${terms}) / avg views × 100`);
const ON_FOLLOWERS = TERMS.map((terms) => `ER = (${terms}) / followers × 100`);

/** `rosterEngagement` with the account's latest follower count given apart, so the scorer need not copy the profile. */
export function rosterEngagementOf(platform: Platform, p: ProfileFacts, followers: number | undefined): MeasuredEngagement | NoRate {
  if (p.avgLikes !== undefined) {
    const tiktok = platform === 'tiktok';
    const interactions = p.avgLikes + (p.avgComments ?? 0) + (tiktok ? p.avgShares ?? 0 : 0);
    const terms = (p.avgComments === undefined ? 0 : 1) + (tiktok && p.avgShares !== undefined ? 2 : 0);
    const avgComments = p.avgComments ?? null;
    if (ratesOnViews(platform)) {
      if (p.avgViews !== undefined && p.avgViews > 0) {
        return {
          source: 'roster-averages', basis: 'views',
          ratePct: roundTo((interactions / p.avgViews) * 100, 4),
          formula: ON_VIEWS[terms]!,
          inputs: tiktok
            ? { avgLikes: p.avgLikes, avgComments, avgShares: p.avgShares ?? null, avgViews: p.avgViews }
            : { avgLikes: p.avgLikes, avgComments, avgViews: p.avgViews },
        };
      }
    } else if (followers !== undefined && followers > 0) {
      return {
        source: 'roster-averages', basis: 'followers',
        ratePct: roundTo((interactions / followers) * 100, 4),
        formula: ON_FOLLOWERS[terms]!,
        inputs: { avgLikes: p.avgLikes, avgComments, followers },
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
