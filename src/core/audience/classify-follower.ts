import type { FollowerFacts } from './follower-facts.js';
import { RULE_IDS, type AudienceRuleConfig, type RuleId } from './rule-config.js';
import { RULES } from './rules.js';

/** HypeAuditor's audience classes, minus influencers/commercial accounts, which a follower export cannot tell. */
export const FOLLOWER_CLASSES = ['real', 'mass-follower', 'suspicious', 'likely-fake'] as const;
export type FollowerClass = (typeof FOLLOWER_CLASSES)[number];

export interface FollowerClassification {
  class: FollowerClass;
  /** Ids of the rules that fired, in `RULE_IDS` order. */
  rules: RuleId[];
  /** Sum of the fired rules' weights (a rule at weight 0 is listed when it fires but adds nothing). */
  score: number;
  /** Enabled rules that could not be checked for lack of input: they weighed nothing. */
  missing: RuleId[];
}

/**
 * Classifies one follower with a transparent points score: every enabled rule that fires adds its weight.
 * score ≥ `cutoffs.likelyFake` → likely-fake. Otherwise `mass-follower` when that rule fired and the other rules
 * alone stay under `cutoffs.suspicious` (HypeAuditor's class: follows very many accounts but otherwise looks real;
 * not counted as fake). Otherwise score ≥ `cutoffs.suspicious` → suspicious, else real.
 */
export function classifyFollower(f: FollowerFacts, config: AudienceRuleConfig): FollowerClassification {
  const rules: RuleId[] = [];
  const missing: RuleId[] = [];
  let score = 0;
  for (const id of RULE_IDS) {
    const weight = config.weights[id];
    if (weight === undefined) continue;
    const fired = RULES[id](f, config.params);
    if (fired === undefined) missing.push(id);
    else if (fired) {
      rules.push(id);
      score += weight;
    }
  }
  // Fractional weights from a config file must not land a hair under a cut-off.
  score = Math.round(score * 1e9) / 1e9;
  const { suspicious, likelyFake } = config.cutoffs;
  const massOnly = rules.includes('mass-follower') && score - (config.weights['mass-follower'] ?? 0) < suspicious;
  const cls: FollowerClass =
    score >= likelyFake ? 'likely-fake'
    : massOnly ? 'mass-follower'
    : score >= suspicious ? 'suspicious'
    : 'real';
  return { class: cls, rules, score, missing };
}
