import type { Platform } from '../platform.js';
import type { AudienceRuleConfig } from './rule-config.js';

/** Everything audience quality can be tuned by; each key is a config-file key (defaults: `DEFAULT_AUDIENCE`). */
export interface AudienceThresholds {
  /**
   * Who classifies a follower: the learned model (a logistic regression per platform and per export shape, trained on
   * labelled public data; the rules' ids are still reported) or the hand-set rules alone.
   */
  classifier: 'model' | 'rules';
  /** One follower classifier per platform; a platform without its own uses `instagram`. */
  rules: { instagram: AudienceRuleConfig } & Partial<Record<Platform, AudienceRuleConfig>>;
  /** Below this many classified followers there is no verdict (`insufficient-sample`), whatever the shares. */
  minSample: number;
  /** Confidence level of the Wilson intervals, as a fraction (0.95 = 95 %). */
  confidence: number;
  /** A likely-fake share up to this is normal: `suspicious` only when the interval's low end is above it. */
  normalFakeShare: number;
  /** A likely-fake share above this is a problem: `likely-fake` when the interval's low end is above it. */
  problemFakeShare: number;
  /** Fewer real (or mass) followers than this is `suspicious`, when the interval's high end is below it. */
  minGenuineShare: number;
  /** Severity of the `audience-quality` flag for each verdict that flags, in (0, 1]. */
  severity: { suspicious: number; likelyFake: number };
}

/** The classifier for a platform: its own when configured, Instagram's otherwise (closest public labelled data). */
export function audienceRulesFor(platform: Platform, t: AudienceThresholds): AudienceRuleConfig {
  return t.rules[platform] ?? t.rules.instagram;
}
