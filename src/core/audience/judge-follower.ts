import type { Platform } from '../platform.js';
import { classifyFollower, type FollowerClass } from './classify-follower.js';
import type { FollowerFacts } from './follower-facts.js';
import { followerModelFor } from './model/shipped.js';
import { scoreFollower, type ModelScore } from './model/score-follower.js';
import type { RuleId } from './rule-config.js';
import { audienceRulesFor, type AudienceThresholds } from './thresholds.js';

/** One follower as judged: its class, the rules that fired (always reported), and the model's score when it scored it. */
export interface JudgedFollower {
  class: FollowerClass;
  /** Ids of the rules that fired, in `RULE_IDS` order. */
  rules: RuleId[];
  /** Enabled rules that could not be checked for lack of input. */
  missing: RuleId[];
  /** The learned model's score; absent with `classifier: 'rules'` or when the export gives nothing it scores by. */
  model?: ModelScore;
}

/**
 * A follower's class: the learned model's when it can score the follower (it beat the rules on followers it never saw,
 * docs/accuracy.md), the rules' otherwise. A follower the rules call a mass follower (follows very many accounts, looks
 * real otherwise: a person, not a fake) stays one unless the model calls it likely fake. The rules' ids are kept either
 * way, so every follower still says which published tell it shows.
 */
export function judgeFollower(facts: FollowerFacts, platform: Platform, t: AudienceThresholds): JudgedFollower {
  const rules = classifyFollower(facts, audienceRulesFor(platform, t));
  const model = t.classifier === 'model' ? scoreFollower(facts, followerModelFor(platform)) : undefined;
  if (model === undefined) return { class: rules.class, rules: rules.rules, missing: rules.missing };
  const cls: FollowerClass = rules.class === 'mass-follower' && model.class !== 'likely-fake' ? 'mass-follower' : model.class;
  return { class: cls, rules: rules.rules, missing: rules.missing, model };
}
