import type { AccountInput } from './account.js';
import { engagementSignal } from './engagement/signal.js';
import { rosterEngagement } from './engagement/roster-rate.js';
import { followRatioSignal } from './follow-ratio.js';
import { tableFor } from './norms/select.js';
import type { ScoringConfig } from './scoring-config.js';
import type { Signal } from './signal.js';
import { tierOf, type Tier } from './tier.js';
import { judge, type Judgement, type ScoreBreakdown } from './verdict.js';
import { verifiedSignal } from './verified.js';
import type { Platform } from './platform.js';

export type AccountResult = {
  handle: string;
  platform: Platform;
  followers: number | null;
  tier: Tier | null;
  signals: Signal[];
  breakdown: Omit<ScoreBreakdown, 'judgement'>;
} & Judgement;

/** The latest follower count known for the account: the roster's, else the last point of its history. */
export function followersOf(input: AccountInput): number | undefined {
  if (input.profile?.followers !== undefined) return input.profile.followers;
  const h = input.history;
  if (h && h.followers.length > 0) return h.followers[h.followers.length - 1];
  return undefined;
}

/** Every signal for one account, in a stable order. Each decides for itself whether it can be computed. */
export function accountSignals(input: AccountInput, config: ScoringConfig): Signal[] {
  const profile = input.profile ?? {};
  const followers = followersOf(input);
  const table = tableFor(input.platform, config.norms);
  return [
    engagementSignal(rosterEngagement(input.platform, { ...profile, followers }), followers, table, config.engagement),
    followRatioSignal({ ...profile, followers }, config.followRatio),
    verifiedSignal(profile, config.verifiedBonus),
  ];
}

/** Scores one account: pure, deterministic, no I/O. */
export function scoreAccount(input: AccountInput, config: ScoringConfig): AccountResult {
  const signals = accountSignals(input, config);
  const { judgement, deductions, bonus } = judge(signals, config.weights, config.verdict, config.verifiedBonus, config.primarySignals);
  const followers = followersOf(input);
  return {
    handle: input.handle,
    platform: input.platform,
    followers: followers ?? null,
    tier: followers === undefined ? null : tierOf(followers),
    ...judgement,
    signals,
    breakdown: { deductions, bonus },
  };
}
