import { deepFreeze } from './deep-freeze.js';
import { DEFAULT_AUDIENCE } from './audience/defaults.js';
import type { AudienceThresholds } from './audience/thresholds.js';
import { DEFAULT_ENGAGEMENT, type EngagementThresholds } from './engagement/signal.js';
import { DEFAULT_FOLLOW_RATIO, type FollowRatioThresholds } from './follow-ratio.js';
import { DEFAULT_GROWTH, type GrowthThresholds } from './growth/thresholds.js';
import { DEFAULT_POSTS, type PostThresholds } from './posts/thresholds.js';
import type { NormSelection } from './norms/select.js';
import { BUILTIN_NORM_TABLES, DEFAULT_NORMS_BY_PLATFORM } from './norms/tables.js';
import { DEFAULT_CUTOFFS, type VerdictCutoffs, type Weights } from './verdict.js';

/** Everything the scorer can be told: data, not code, so a config file can override any of it. */
export interface ScoringConfig {
  weights: Weights;
  /** Points a verified badge may win back, never more than were lost (a weak positive, not an override). */
  verifiedBonus: number;
  verdict: VerdictCutoffs;
  /** Signals that, computed, can by themselves support a verdict (see `judge`). */
  primarySignals: readonly string[];
  norms: NormSelection;
  engagement: EngagementThresholds;
  followRatio: FollowRatioThresholds;
  growth: GrowthThresholds;
  posts: PostThresholds;
  /** Follower classification per platform and the audience verdict's limits (`audience-quality`). */
  audience: AudienceThresholds;
}

/**
 * Default weights, in score points at severity 1. Engagement and growth are the seed's two strongest tells;
 * follow-for-follow is nearly as telling; the verdict cut-offs (70 / 40) let one fully severe tell make an account
 * suspicious and one more make it likely fake.
 */
export const DEFAULT_WEIGHTS: Weights = {
  'engagement-rate': 60,
  'follow-ratio': 55,
  'growth-spike-drop': 60,
  'growth-spike': 10,
  'following-jump': 20,
  'growth-engagement-mismatch': 15,
  'impossible-metrics': 40,
  'like-burst': 35,
  'like-uniformity': 30,
  'comment-like-ratio': 30,
  'audience-quality': 65,
};

/** Frozen, as every config should be (see deepFreeze): build a new one with spreads to change it. */
export const DEFAULT_SCORING: ScoringConfig = deepFreeze({
  weights: DEFAULT_WEIGHTS,
  verifiedBonus: 5,
  verdict: DEFAULT_CUTOFFS,
  primarySignals: ['engagement-rate', 'growth-spike-drop', 'audience-quality'],
  norms: { tables: BUILTIN_NORM_TABLES, byPlatform: DEFAULT_NORMS_BY_PLATFORM },
  engagement: DEFAULT_ENGAGEMENT,
  followRatio: DEFAULT_FOLLOW_RATIO,
  growth: DEFAULT_GROWTH,
  posts: DEFAULT_POSTS,
  audience: DEFAULT_AUDIENCE,
});
