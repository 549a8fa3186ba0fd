/** Audience quality: classify a sample of an account's followers, then judge the shares. Pure: no I/O, no clock. */
export { usernameFeatures, type FollowerFacts } from './follower-facts.js';
export { RULE_IDS, type AudienceRuleConfig, type RuleId, type RuleParams } from './rule-config.js';
export { RULES, type RuleCheck } from './rules.js';
export { classifyFollower, FOLLOWER_CLASSES, type FollowerClass, type FollowerClassification } from './classify-follower.js';
export { wilsonInterval, zForConfidence, type ShareEstimate } from './wilson.js';
export { summariseAudience, type AudienceReason, type AudienceSummary, type AudienceVerdict } from './summarise-audience.js';
export { audienceSignal, AUDIENCE_QUALITY_ID } from './audience-signal.js';
export { audienceRulesFor, type AudienceThresholds } from './thresholds.js';
export { DEFAULT_AUDIENCE } from './defaults.js';
export { judgeFollower, type JudgedFollower } from './judge-follower.js';
export { FollowerSample, noClasses, type ClassCounts } from './follower-sample.js';
