/**
 * The library API: everything the CLI computes, with types. The core is pure; reading files is in `readCsv`,
 * `recognise` and the row converters, so a script can score accounts it built itself.
 */
export type { AccountInput, FollowerSeries, KnownEvent, MeasuredEngagement, PostRecord, ProfileFacts } from './core/account.js';
export { PLATFORMS, parsePlatform, type Platform } from './core/platform.js';
export { flag, pass, skip, SIGNAL_IDS, type CountedSignalId, type Evidence, type Explanation, type Signal, type SignalId, type SignalStatus } from './core/signal.js';
export { scoreAccount, accountSignals, type AccountResult } from './core/score-account.js';
export { DEFAULT_SCORING, DEFAULT_MAX_LOG_ODDS, DEFAULT_WEIGHTS, type ScoringConfig } from './core/scoring-config.js';
export { judge, VERDICTS, type MaxLogOdds, type Verdict, type VerdictCutoffs } from './core/verdict.js';
export { BUILTIN_NORM_TABLES, DEFAULT_NORMS_BY_PLATFORM } from './core/norms/tables.js';
export type { NormTable, NormTier } from './core/norms/types.js';
export { engagementSignal, DEFAULT_ENGAGEMENT, type EngagementThresholds } from './core/engagement/signal.js';
export { rosterEngagement } from './core/engagement/roster-rate.js';
export { followRatioOf, DEFAULT_FOLLOW_RATIO, type FollowRatioThresholds } from './core/follow-ratio.js';
export { tierOf, type Tier } from './core/tier.js';
export { parseHumanNumber, type NumberKind, type DecimalMark } from './io/numbers.js';
export { readCsv, type CsvHead, type CsvHandlers } from './io/read-csv.js';
export { recognise } from './io/recognise.js';
export { configSchema, type ConfigFile } from './config/schema.js';
export { resolveConfig } from './config/resolve.js';
export {
  classifyFollower, summariseAudience, audienceSignal, audienceRulesFor, usernameFeatures, wilsonInterval, zForConfidence,
  DEFAULT_AUDIENCE, FOLLOWER_CLASSES, RULE_IDS, RULES, AUDIENCE_QUALITY_ID,
  type FollowerFacts, type FollowerClass, type FollowerClassification, type AudienceRuleConfig, type RuleId, type RuleParams,
  type RuleCheck, type AudienceSummary, type AudienceVerdict, type AudienceReason, type AudienceThresholds, type ShareEstimate,
} from './core/audience/index.js';
export { FOLLOWER_FIELDS, type FollowerField } from './io/kinds/followers.js';
export { followerRow, type FollowerRow, type FollowerContext } from './io/kinds/follower-row.js';
