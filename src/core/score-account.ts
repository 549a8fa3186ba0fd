import type { AccountInput, FollowerSeries, MeasuredEngagement, ProfileFacts } from './account.js';
import { AUDIENCE_QUALITY_ID, audienceSignal } from './audience/audience-signal.js';
import { summariseAudience } from './audience/summarise-audience.js';
import { engagementSignal } from './engagement/signal.js';
import { rosterEngagementOf, type NoRate } from './engagement/roster-rate.js';
import { followRatioOf } from './follow-ratio.js';
import { growthSignals, SPIKE_DROP_ID, type GrowthContext } from './growth/index.js';
import { tableFor } from './norms/select.js';
import type { Platform } from './platform.js';
import type { NormTable } from './norms/types.js';
import { auditPosts, measurePostEngagement, type PostsAudit, type PostThresholds } from './posts/index.js';
import type { ScoringConfig } from './scoring-config.js';
import { frozenSignal, skip, type Signal } from './signal.js';
import { tierOf, type Tier } from './tier.js';
import { judge, type Judgement, type ScoreBreakdown } from './verdict.js';
import { verifiedSignal } from './verified.js';

export type AccountResult = {
  handle: string;
  platform: Platform;
  followers: number | null;
  tier: Tier | null;
  signals: Signal[];
  breakdown: Omit<ScoreBreakdown, 'judgement'>;
  /** The follower series scored, for charts (table sparkline, HTML report); not part of the JSON contract. */
  curve?: FollowerSeries;
} & Judgement;

/** The latest follower count known for the account: the roster's, else the last point of its history. */
export function followersOf(input: AccountInput): number | undefined {
  if (input.profile?.followers !== undefined) return input.profile.followers;
  const h = input.history;
  if (h && h.followers.length > 0) return h.followers[h.followers.length - 1];
  return undefined;
}

/**
 * The rate that decides `engagement-rate`: measured on the posts when a posts export gives one (roster averages
 * are often stale or computed by someone else), else from the roster's averages or reported rate. Posts measured on
 * another basis than the norm table's (X: impressions, against a table on followers) are measured again on the
 * table's basis, from the followers at each post, so they can be judged; when they cannot, the reason says why.
 */
function engagementInput(
  input: AccountInput,
  followers: number | undefined,
  posts: PostsAudit | undefined,
  table: NormTable | undefined,
  thresholds: PostThresholds,
): MeasuredEngagement | NoRate {
  let fromPosts = posts?.engagement;
  if (posts && fromPosts && !('skip' in fromPosts) && table && fromPosts.basis !== table.basis) {
    const again = measurePostEngagement(posts.posts, input.platform, { thresholds, basis: table.basis });
    fromPosts = 'skip' in again
      ? { skip: `rate on ${fromPosts.basis} but norm table ${table.name} is on ${table.basis}, and on ${table.basis}: ${again.skip}` }
      : again;
  }
  if (fromPosts && !('skip' in fromPosts)) return fromPosts;
  const roster = rosterEngagementOf(input.platform, input.profile ?? NO_PROFILE, followers);
  if ('skip' in roster && fromPosts) return { skip: `posts: ${fromPosts.skip}; roster: ${roster.skip}` };
  return roster;
}

function growthContext(posts: PostsAudit | undefined, input: AccountInput): GrowthContext | undefined {
  const all = input.posts;
  if (!all || all.length === 0 || !posts) return undefined;
  const withLikes = all.filter((p) => p.likes !== undefined);
  if (withLikes.length === 0) return undefined;
  return {
    engagementTrend: {
      days: withLikes.map((p) => p.day),
      interactions: withLikes.map((p) => p.likes! + (p.comments ?? 0) + (input.platform === 'tiktok' ? p.shares ?? 0 : 0)),
    },
  };
}

/** Every signal for one account, in a stable order. Each decides for itself whether it can be computed. */
export function accountSignals(input: AccountInput, config: ScoringConfig): Signal[] {
  return signalsOf(input, config, followersOf(input));
}

const NO_PROFILE: ProfileFacts = Object.freeze({});
// The skips every roster account gets, built once: signals are never changed after they are built (and these are
// frozen so a change would throw).
const NO_HISTORY = frozenSignal(skip(SPIKE_DROP_ID, 'no follower history given (a history export shows spikes and drops)'));
const NO_SAMPLE = frozenSignal(skip(AUDIENCE_QUALITY_ID, 'no follower sample given (a followers export shows the share of fake followers)'));

function signalsOf(input: AccountInput, config: ScoringConfig, followers: number | undefined): Signal[] {
  const profile = input.profile ?? NO_PROFILE;
  const table = tableFor(input.platform, config.norms);
  const posts = input.posts && input.posts.length > 0
    ? auditPosts(input.posts, input.platform, { thresholds: config.posts, ...(input.postSelection ? { selection: input.postSelection } : {}) })
    : undefined;
  const engagement = engagementSignal(engagementInput(input, followers, posts, table, config.posts), followers, table, config.engagement);
  const ratio = followRatioOf(followers, profile.following, config.followRatio);
  // A roster account's five signals in one literal: pushing onto a two-element array grew it for every account.
  if (!input.history && !posts) return [engagement, ratio, NO_HISTORY, audienceQuality(input, config), verifiedSignal(profile, config.verifiedBonus)];
  const signals = [engagement, ratio];
  if (input.history) signals.push(...growthSignals(input.history, input.events ?? [], config.growth, growthContext(posts, input)));
  else signals.push(NO_HISTORY);
  if (posts) signals.push(...posts.signals);
  signals.push(audienceQuality(input, config), verifiedSignal(profile, config.verifiedBonus));
  return signals;
}

/** `audience-quality` from the account's classified follower sample; without one, a skip that says what to give. */
function audienceQuality(input: AccountInput, config: ScoringConfig): Signal {
  if (input.followerClasses === undefined) {
    return NO_SAMPLE;
  }
  return audienceSignal(summariseAudience(input.followerClasses, config.audience), config.audience);
}

/** Scores one account: pure, deterministic, no I/O. */
export function scoreAccount(input: AccountInput, config: ScoringConfig): AccountResult {
  const followers = followersOf(input);
  const signals = signalsOf(input, config, followers);
  const { judgement, deductions, bonus } = judge(signals, config.weights, config.verdict, config.verifiedBonus, config.primarySignals);
  // Built key by key, without spreading the judgement in: the spread was a hot spot in the bench. The cast only
  // re-joins verdict and score, which come together from one Judgement.
  return {
    handle: input.handle,
    platform: input.platform,
    followers: followers ?? null,
    tier: followers === undefined ? null : tierOf(followers),
    verdict: judgement.verdict,
    score: judgement.score,
    signals,
    breakdown: { deductions, bonus },
    curve: input.history,
  } as AccountResult;
}
