import type { AccountInput, FollowerSeries, MeasuredEngagement, ProfileFacts } from './account.js';
import { AUDIENCE_QUALITY_ID, audienceSignal } from './audience/audience-signal.js';
import { summariseAudience } from './audience/summarise-audience.js';
import { ENGAGEMENT_ID, engagementSignal, type SecondBasis } from './engagement/signal.js';
import { rosterEngagementOf, rosterEngagementOnFollowers, type NoRate } from './engagement/roster-rate.js';
import { followRatioOf } from './follow-ratio.js';
import { andList } from './format.js';
import { growthSignals, SPIKE_DROP_ID, type GrowthContext } from './growth/index.js';
import { tableFor } from './norms/select.js';
import { rosterCommentRatio, rosterImpossible } from './engagement/roster-checks.js';
import type { Platform } from './platform.js';
import { auditPosts, measurePostEngagement, type PostsAudit } from './posts/index.js';
import type { ScoringConfig } from './scoring-config.js';
import { frozenSignal, skip, type CountedSignalId, type Signal } from './signal.js';
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

/**
 * The latest follower count known for the account: the roster's, else the last point of its history (not of totals
 * rebuilt from net changes alone, whose last point is the period's net gain, not the audience).
 */
export function followersOf(input: AccountInput): number | undefined {
  if (input.profile?.followers !== undefined) return input.profile.followers;
  const h = input.history;
  if (h && h.followers.length > 0 && !h.relativeTotals) return h.followers[h.followers.length - 1];
  return undefined;
}

/**
 * The rate that decides `engagement-rate`: measured on the posts when a posts export gives one (roster averages are
 * often stale or computed by someone else), else from the roster. Each is judged by the platform's table for its
 * basis; posts measured on a basis without a table (X impressions under a followers-only config) are measured again
 * on followers when the posts know them.
 */
function engagementInput(
  input: AccountInput,
  followers: number | undefined,
  posts: PostsAudit | undefined,
  config: ScoringConfig,
): MeasuredEngagement | NoRate {
  let fromPosts = posts?.engagement;
  if (posts && fromPosts && !('skip' in fromPosts) && !tableFor(input.platform, fromPosts.basis, config.norms) && fromPosts.basis !== 'followers') {
    const again = measurePostEngagement(posts.posts, input.platform, { thresholds: config.posts, basis: 'followers' });
    fromPosts = 'skip' in again ? { skip: `no norm table judges ${input.platform} on ${fromPosts.basis}, and on followers: ${again.skip}` } : again;
  }
  if (fromPosts && !('skip' in fromPosts)) return fromPosts;
  const roster = rosterEngagementOf(input.platform, input.profile ?? NO_PROFILE, followers);
  if ('skip' in roster && fromPosts) return input.profile === undefined ? fromPosts : { skip: `posts: ${fromPosts.skip}; roster: ${roster.skip}` };
  return roster;
}

/**
 * Interactions on followers, beside a rate on views or impressions that cannot see bought followers (they never
 * watch): judged too when the platform has a table on followers. The posts' own interactions where their platform
 * measures posts on followers, else the roster's averages. Undefined otherwise.
 */
function onFollowers(input: AccountInput, measured: MeasuredEngagement | NoRate, followers: number | undefined, posts: PostsAudit | undefined, config: ScoringConfig): SecondBasis | undefined {
  if ('skip' in measured || measured.basis === 'followers' || followers === undefined) return undefined;
  const table = tableFor(input.platform, 'followers', config.norms);
  if (!table) return undefined;
  // Not X's posts: tweet exports are full of replies, whose few likes are not what X's follower table measures.
  const fromPosts = measured.source === 'posts' && posts && measured.basis === 'views'
    ? measurePostEngagement(posts.posts, input.platform, { thresholds: config.posts, basis: 'followers' })
    : undefined;
  const again = fromPosts !== undefined && !('skip' in fromPosts) ? fromPosts : rosterEngagementOnFollowers(input.platform, input.profile ?? NO_PROFILE, followers);
  return again === undefined || 'skip' in again ? undefined : { measured: again, table };
}

/** The latest following count: the roster's, else the last known point of the history's following column. */
function followingOf(input: AccountInput): number | undefined {
  if (input.profile?.following !== undefined) return input.profile.following;
  const f = input.history?.following;
  if (!f) return undefined;
  for (let i = f.length - 1; i >= 0; i--) if (Number.isFinite(f[i]!)) return f[i];
  return undefined;
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
  const posts = input.posts && input.posts.length > 0
    ? auditPosts(input.posts, input.platform, { thresholds: config.posts, ...(input.postSelection ? { selection: input.postSelection } : {}) })
    : undefined;
  const measured = engagementInput(input, followers, posts, config);
  const table = 'skip' in measured ? undefined : tableFor(input.platform, measured.basis, config.norms);
  const signals = [
    engagementSignal(measured, followers, table, config.engagement, onFollowers(input, measured, followers, posts, config)),
    followRatioOf(followers, followingOf(input), input.platform, config.followRatio),
  ];
  if (input.history) signals.push(...growthSignals(input.history, input.events ?? [], config.growth, growthContext(posts, input)));
  else signals.push(NO_HISTORY);
  if (posts) signals.push(...posts.signals);
  else {
    const impossible = rosterImpossible(profile, input.platform, config.posts);
    if (impossible) signals.push(impossible);
    const comments = rosterCommentRatio(profile, input.platform, config.posts);
    if (comments) signals.push(comments);
  }
  signals.push(audienceQuality(input, config), verifiedSignal(profile, config.verifiedBonus));
  return signals;
}

/** `audience-quality` from the account's classified follower sample; without one, a skip that says what to give. */
function audienceQuality(input: AccountInput, config: ScoringConfig): Signal {
  const sample = input.followerSample;
  if (sample === undefined) return NO_SAMPLE;
  const model = sample.model.n > 0 ? sample.model.share(config.audience.confidence) : undefined;
  return audienceSignal(summariseAudience(sample.classes, config.audience, model), config.audience);
}

/**
 * Why bought followers went unassessed, or undefined when a signal compared what they would change with the
 * audience: a follower sample; or, the follower count known, an engagement rate on followers or a history's growth.
 * A rate on views or impressions alone cannot see them (they never watch), whatever the follower count; net changes
 * alone do not size the audience. A signal weighing nothing (maxLogOdds 0) assesses nothing: its flag could not count.
 */
function followersUnassessed(signals: readonly Signal[], followers: number | undefined, maxLogOdds: ScoringConfig['maxLogOdds']): string | undefined {
  if (signals.some((s) => s.id === AUDIENCE_QUALITY_ID && s.status !== 'skip' && weighs(s, maxLogOdds))) return undefined;
  if (followers === undefined) {
    const idle = idleText(signals, maxLogOdds);
    return `the follower count was not in the data, so bought followers were not assessed${idle === undefined ? '' : ` (${idle})`}`;
  }
  let engagement: Signal | undefined;
  for (const s of signals) {
    if (s.status === 'skip') continue;
    if (s.id === SPIKE_DROP_ID && weighs(s, maxLogOdds)) return undefined;
    if (s.id === ENGAGEMENT_ID) {
      if (s.evidence.followersAssessed !== false && weighs(s, maxLogOdds)) return undefined;
      engagement = s;
    }
  }
  const basis = engagement?.evidence['basis'];
  // An export's own rate has an unknown definition: its basis was taken to be the platform's usual one, not measured.
  const reported = engagement?.evidence['source'] === 'roster-reported';
  const measured =
    typeof basis !== 'string' ? 'no rate on followers' :
    basis === 'followers' ? 'engagement was measured on followers' :
    reported ? `the export's own engagement rate, of unknown definition, was taken to be on ${basis} as ${String(engagement!.evidence['normTable'])} is, not on followers` :
    `engagement was measured on ${basis}, not on followers`;
  return `bought followers were not assessed (${measured}, and ${idleText(signals, maxLogOdds) ?? 'no follower history or sample could assess them'})`;
}

function weighs(s: Signal, maxLogOdds: ScoringConfig['maxLogOdds']): boolean {
  return (maxLogOdds[s.id as CountedSignalId] ?? 0) > 0;
}

/** The signals that could have assessed bought followers but weigh nothing (maxLogOdds 0), in words; else undefined. */
function idleText(signals: readonly Signal[], maxLogOdds: ScoringConfig['maxLogOdds']): string | undefined {
  const idle = signals.filter((s) => s.status !== 'skip' && !weighs(s, maxLogOdds) && (s.id === AUDIENCE_QUALITY_ID || s.id === SPIKE_DROP_ID || (s.id === ENGAGEMENT_ID && s.evidence.followersAssessed !== false))).map((s) => s.id);
  if (idle.length === 0) return undefined;
  return `${andList(idle)}, which could assess them, ${idle.length === 1 ? 'weighs' : 'weigh'} nothing (maxLogOdds 0)`;
}

/** Scores one account: pure, deterministic, no I/O. */
export function scoreAccount(input: AccountInput, config: ScoringConfig): AccountResult {
  const followers = followersOf(input);
  const signals = signalsOf(input, config, followers);
  const breakdown = judge(signals, config, followersUnassessed(signals, followers, config.maxLogOdds));
  const judgement = breakdown.judgement;
  // The cast only re-joins verdict and score, which come together from one Judgement.
  return {
    handle: input.handle,
    platform: input.platform,
    followers: followers ?? null,
    tier: followers === undefined ? null : tierOf(followers),
    verdict: judgement.verdict,
    score: judgement.score,
    signals,
    breakdown,
    curve: input.history,
  } as AccountResult;
}
