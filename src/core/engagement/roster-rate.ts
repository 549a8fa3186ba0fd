import type { MeasuredEngagement, ProfileFacts } from '../account.js';
import { ratesOnViews, type Platform } from '../platform.js';
import { roundSmall } from '../signal.js';

/** Why a rate could not be measured, said in the words an analyst can act on. */
export interface NoRate {
  skip: string;
}

const AVERAGES = "the export's averages";
const EMPTY_RECENT = 'recent likes are 0 (no post in the recent window, not a dead audience), so the longer window is used';

/**
 * The engagement rate a roster row allows, the most recent window first (Modash measures the last 30 posts, so an old
 * average does not hide today's audience): recent average likes, then the export's own recent-window rate, then the
 * averages, then the export's own rate. A recent window with 0 likes has no post in it: it is missing data, not a
 * dead audience (real tables write 0 for an account that has not posted lately).
 * Interactions = likes + comments (+ shares on TikTok, which HypeAuditor counts); divided by average views on TikTok
 * and YouTube when the row has them (HypeAuditor's definition there), else by followers.
 */
export function rosterEngagementOf(platform: Platform, p: ProfileFacts, followers: number | undefined): MeasuredEngagement | NoRate {
  return rosterRate(platform, p, followers, false);
}

/**
 * The same averages on followers, for a row whose rate is on views: bought followers never watch, so the rate on
 * views cannot see them, and this one can. Undefined when the row's rate is already on followers or this one cannot
 * be measured.
 */
export function rosterEngagementOnFollowers(platform: Platform, p: ProfileFacts, followers: number | undefined): MeasuredEngagement | undefined {
  const onFollowers = rosterRate(platform, p, followers, true);
  return 'skip' in onFollowers || onFollowers.basis !== 'followers' ? undefined : onFollowers;
}

function rosterRate(platform: Platform, p: ProfileFacts, followers: number | undefined, followersOnly: boolean): MeasuredEngagement | NoRate {
  // Beside a rate on views or impressions, an export's own rate is not taken for one on followers: its definition is
  // unknown, and X tools often report engagements / impressions.
  const reportedUsable = !followersOnly;
  if (p.posts === 0) return { skip: 'posts 0: no post to measure engagement on' };
  // Averages of 0 with no post count are how exports write "not measured"; with posts counted, or views, shares or
  // comments beside them, they are real zeros.
  // Likes hidden (0) beside an export's engagements: the engagements are the interactions.
  const likes = p.avgLikes === 0 && (p.avgEngagements ?? 0) > 0 ? undefined : p.avgLikes;
  if (p.posts === undefined && (likes ?? p.avgEngagements) === 0 && !p.avgComments && !p.avgShares && !p.avgViews && !p.avgEngagements && !p.recentAvgLikes && !p.recentEngagementPct && !p.reportedEngagementPct) {
    return { skip: 'average likes 0 and no post count: read as not measured (exports write 0 for an account with no post measured), not as a dead audience' };
  }
  const recentEmpty = p.recentAvgLikes === 0 || (p.recentAvgLikes === undefined && p.recentEngagementPct === 0);
  const windowNote = recentEmpty ? { windowNote: EMPTY_RECENT } : {};
  if (p.recentAvgLikes !== undefined && p.recentAvgLikes > 0 && followers !== undefined && followers > 0) {
    return {
      source: 'roster-recent', basis: 'followers', window: 'recent posts',
      ratePct: roundSmall((p.recentAvgLikes / followers) * 100),
      formula: 'ER = recent avg likes / followers × 100',
      inputs: { recentAvgLikes: p.recentAvgLikes, followers },
    };
  }
  if (!recentEmpty && p.recentEngagementPct !== undefined && reportedUsable) {
    return reported(platform, p.recentEngagementPct, 'recent window', "ER over the export's recent window, as it reports it");
  }
  const impressions = platform === 'x' && !followersOnly ? onImpressions(p) : undefined;
  if (impressions) return recentEmpty ? { ...impressions, ...windowNote } : impressions;
  if (likes !== undefined) {
    const averages = onAverages(platform, p, likes, followers, followersOnly);
    if (averages) return recentEmpty ? { ...averages, ...windowNote } : averages;
  }
  // An export's interactions a post, where it gives no likes ("Avg. Engagement"): a count, not a rate.
  if (p.avgEngagements !== undefined && followers !== undefined && followers > 0) {
    return {
      source: 'roster-averages', basis: 'followers', window: AVERAGES,
      ratePct: roundSmall((p.avgEngagements / followers) * 100),
      formula: 'ER = avg engagements / followers × 100',
      inputs: { avgEngagements: p.avgEngagements, followers },
    };
  }
  if (p.reportedEngagementPct !== undefined && reportedUsable) {
    return { ...reported(platform, p.reportedEngagementPct, "the export's window", 'ER as reported by the export (its own definition)'), ...windowNote };
  }
  return { skip: missingMessage(platform, p, followers) };
}

/**
 * X's own rate: engagements a post over its impressions, as X Analytics defines it and the impressions table is
 * measured; likes (+ replies) stand in for engagements when the export gives only those.
 */
function onImpressions(p: ProfileFacts): MeasuredEngagement | undefined {
  if (p.avgImpressions === undefined || p.avgImpressions <= 0) return undefined;
  const engagements = p.avgEngagements ?? (p.avgLikes === undefined ? undefined : p.avgLikes + (p.avgComments ?? 0));
  if (engagements === undefined) return undefined;
  const terms = p.avgEngagements !== undefined ? 'avg engagements' : p.avgComments === undefined ? 'avg likes' : 'avg likes + avg comments';
  return {
    source: 'roster-averages', basis: 'impressions', window: AVERAGES,
    ratePct: roundSmall((engagements / p.avgImpressions) * 100),
    formula: `ER = ${terms} / avg impressions × 100`,
    inputs: p.avgEngagements !== undefined ? { avgEngagements: p.avgEngagements, avgImpressions: p.avgImpressions } : { avgLikes: p.avgLikes!, avgComments: p.avgComments ?? null, avgImpressions: p.avgImpressions },
  };
}

// The sum in words, by which counts the row has: (comments known ? 1 : 0) + (shares counted ? 2 : 0).
const TERMS = ['avg likes', 'avg likes + avg comments', 'avg likes + avg shares', 'avg likes + avg comments + avg shares'];

function onAverages(platform: Platform, p: ProfileFacts, avgLikes: number, followers: number | undefined, followersOnly: boolean): MeasuredEngagement | undefined {
  const tiktok = platform === 'tiktok';
  const interactions = avgLikes + (p.avgComments ?? 0) + (tiktok ? p.avgShares ?? 0 : 0);
  const terms = TERMS[(p.avgComments === undefined ? 0 : 1) + (tiktok && p.avgShares !== undefined ? 2 : 0)]!;
  const avgComments = p.avgComments ?? null;
  if (ratesOnViews(platform) && p.avgViews !== undefined && p.avgViews > 0 && !followersOnly) {
    return {
      source: 'roster-averages', basis: 'views', window: AVERAGES,
      ratePct: roundSmall((interactions / p.avgViews) * 100),
      formula: `ER = (${terms}) / avg views × 100`,
      inputs: tiktok ? { avgLikes, avgComments, avgShares: p.avgShares ?? null, avgViews: p.avgViews } : { avgLikes, avgComments, avgViews: p.avgViews },
    };
  }
  if (followers === undefined || followers <= 0) return undefined;
  return {
    source: 'roster-averages', basis: 'followers', window: AVERAGES,
    ratePct: roundSmall((interactions / followers) * 100),
    formula: `ER = (${terms}) / followers × 100`,
    inputs: tiktok ? { avgLikes, avgComments, avgShares: p.avgShares ?? null, followers } : { avgLikes, avgComments, followers },
  };
}

/** A rate the export computed itself: its basis is taken to be the platform's usual one, since its definition is unknown. */
function reported(platform: Platform, ratePct: number, window: string, formula: string): MeasuredEngagement {
  return {
    source: 'roster-reported', basis: ratesOnViews(platform) ? 'views' : 'followers', window,
    ratePct, formula, inputs: { reportedEngagementPct: ratePct },
  };
}

function missingMessage(platform: Platform, p: ProfileFacts, followers: number | undefined): string {
  if (p.avgLikes === undefined && p.recentAvgLikes === undefined && p.avgEngagements === undefined) {
    const few = p.postLikesTooFew;
    if (few) return `${few.readable} of ${few.of} posts' likes readable: 2 are needed for an average`;
    const unread = p.unreadColumns ?? [];
    if (p.avgViews !== undefined) {
      // Views alone are no engagement: they are what engagement is measured against, and nothing judges them per follower.
      const per = platform === 'youtube' ? 'subscriber' : 'follower';
      const columns = unread.length > 0 ? ` (columns not read: ${quotedCut(unread)})` : '';
      return `average views only, no likes or engagement rate: ${platform} engagement counts interactions (per ${ratesOnViews(platform) ? 'view' : per}), and there is no norm for views per ${per} to judge them by${columns}`;
    }
    if (unread.length > 0) return `no column read as average likes or engagement rate (columns not read: ${quotedCut(unread)})`;
    return 'no average likes and no engagement rate in the data';
  }
  if (followers === undefined || followers <= 0) {
    return ratesOnViews(platform) ? `no average views and no follower count: ${platform} engagement is measured on one of them` : 'no follower count to divide interactions by';
  }
  return 'no rate can be measured from this row';
}

const UNREAD_SHOWN = 5;

function quotedCut(headers: readonly string[]): string {
  const shown = headers.slice(0, UNREAD_SHOWN).map((h) => JSON.stringify(h)).join(', ');
  return headers.length > UNREAD_SHOWN ? `${shown} and ${headers.length - UNREAD_SHOWN} more` : shown;
}

/** `rosterEngagementOf` with the row's own follower count. */
export function rosterEngagement(platform: Platform, p: ProfileFacts): MeasuredEngagement | NoRate {
  return rosterEngagementOf(platform, p, p.followers);
}
