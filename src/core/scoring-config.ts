import { deepFreeze } from './deep-freeze.js';
import { DEFAULT_AUDIENCE } from './audience/defaults.js';
import type { AudienceThresholds } from './audience/thresholds.js';
import { DEFAULT_ENGAGEMENT, type EngagementThresholds } from './engagement/signal.js';
import { DEFAULT_FOLLOW_RATIO, type FollowRatioThresholds } from './follow-ratio.js';
import { DEFAULT_GROWTH, type GrowthThresholds } from './growth/thresholds.js';
import { DEFAULT_POSTS, type PostThresholds } from './posts/thresholds.js';
import type { NormSelection } from './norms/select.js';
import { BUILTIN_NORM_TABLES, DEFAULT_NORMS_BY_PLATFORM } from './norms/tables.js';
import type { CountedSignalId, SignalId } from './signal.js';
import { DEFAULT_CUTOFFS, type VerdictCutoffs, type MaxLogOdds } from './verdict.js';

/** Everything the scorer can be told: data, not code, so a config file can override any of it. */
export interface ScoringConfig {
  /** The most log-odds each signal may add to the evidence of a purchase (its flag at severity 1). */
  maxLogOdds: MaxLogOdds;
  /** Points a verified badge may win back, never more than were lost (a weak positive, not an override). */
  verifiedBonus: number;
  verdict: VerdictCutoffs;
  /** Signals that, computed, can by themselves support a verdict (see `judge`). */
  primarySignals: readonly SignalId[];
  norms: NormSelection;
  engagement: EngagementThresholds;
  followRatio: FollowRatioThresholds;
  growth: GrowthThresholds;
  posts: PostThresholds;
  /** Follower classification per platform and the audience verdict's limits (`audience-quality`). */
  audience: AudienceThresholds;
}

/**
 * The most log-odds each signal may add (score = 100 × e^(−sum / 3.3): above 1.20 makes an account suspicious, 3.066
 * likely fake). Engagement is graded by rarity and may convict alone (8 ≈ a rate rarer than 1 in 100,000 genuine accounts);
 * a fully severe follow-for-follow, spike-then-drop or like burst makes an account suspicious alone and likely fake
 * beside one more independent sign; a likely-fake audience sample or likes above views convicts alone.
 */
export const DEFAULT_MAX_LOG_ODDS: Readonly<Record<CountedSignalId, number>> = {
  'engagement-rate': 8,
  'follow-ratio': 2.5,
  'growth-spike-drop': 2.5,
  'growth-spike': 0.3,
  'following-jump': 0.8,
  'growth-engagement-mismatch': 1.5,
  'impossible-metrics': 3.5,
  'like-burst': 2,
  'like-uniformity': 1.5,
  'comment-like-ratio': 2,
  'audience-quality': 3.5,
};

/**
 * @deprecated Renamed `DEFAULT_MAX_LOG_ODDS`, as the config key `weights` became `maxLogOdds`; this alias will be
 * removed in the next release.
 */
export const DEFAULT_WEIGHTS: MaxLogOdds = DEFAULT_MAX_LOG_ODDS;

/** Signals that, computed, can by themselves support a verdict (see `judge`). */
export const PRIMARY_SIGNALS: readonly SignalId[] = Object.freeze<SignalId[]>(['engagement-rate', 'growth-spike-drop', 'audience-quality']);

/** Frozen, as every config should be (see deepFreeze): build a new one with spreads to change it. */
export const DEFAULT_SCORING: ScoringConfig = deepFreeze({
  maxLogOdds: DEFAULT_MAX_LOG_ODDS,
  verifiedBonus: 5,
  verdict: DEFAULT_CUTOFFS,
  primarySignals: PRIMARY_SIGNALS,
  norms: { tables: BUILTIN_NORM_TABLES, byPlatform: DEFAULT_NORMS_BY_PLATFORM },
  engagement: DEFAULT_ENGAGEMENT,
  followRatio: DEFAULT_FOLLOW_RATIO,
  growth: DEFAULT_GROWTH,
  posts: DEFAULT_POSTS,
  audience: DEFAULT_AUDIENCE,
});
