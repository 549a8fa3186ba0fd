import type { FollowerClass } from '../core/audience/classify-follower.js';
import type { RuleId } from '../core/audience/rule-config.js';
import type { AudienceReason, AudienceVerdict } from '../core/audience/summarise-audience.js';
import type { ShareEstimate } from '../core/audience/wilson.js';
import type { Contribution, ModelAudienceShare } from '../core/audience/model/index.js';
import type { Platform } from '../core/platform.js';
import type { CsvDialect } from './run-meta.js';

/** One classified follower, as `influaudit followers` reports it. */
export interface FollowerOut {
  /** The line the follower's record starts on in its file. */
  line: number;
  /** From the id column, else the username column; null when the file has neither. */
  id: string | null;
  of: string;
  platform: Platform;
  class: FollowerClass;
  /** Ids of the rules that fired, in the classifier's order (reported whichever classifier decided the class). */
  rules: RuleId[];
  /**
   * The learned model's probability that the follower is fake (0–1, for a population half fake), the logit of the
   * average training follower (`baseline`) and what each fact added to it (positive: towards fake), so
   * ln(p ÷ (1 − p)) = baseline + Σ weight. Absent when the model did not score the follower: `classifier: rules`, or an
   * export without both followers and following counts (every shipped sub-model reads them).
   */
  model?: { probability: number; baseline: number; contributions: Contribution[] };
}

/** One influencer's audience: the class shares of its sample with Wilson intervals, and the verdict. */
export interface InfluencerAudience {
  of: string;
  platform: Platform;
  sampleSize: number;
  shares: { real: ShareEstimate; massFollower: ShareEstimate; suspicious: ShareEstimate; likelyFake: ShareEstimate };
  /** Real or mass followers (IG Audit's "real" share). */
  genuine: ShareEstimate;
  verdict: AudienceVerdict;
  reason: AudienceReason;
  message: string;
  /**
   * The learned model's fake share of the followers it scored: the raw count and share, and the share corrected for
   * its cross-validated sensitivity and specificity (Rogan & Gladen 1978) with its interval. The verdict reads the
   * corrected share. Absent when the model scored no follower.
   */
  model?: ModelAudienceShare;
  /** How many followers each rule fired on, most first. */
  rulesFired: Partial<Record<RuleId, number>>;
  /** Weighted rules no follower of the sample had the data for: they decided nothing. */
  unchecked: RuleId[];
}

export interface FollowersSummary {
  influencers: number;
  ok: number;
  suspicious: number;
  likelyFake: number;
  insufficientSample: number;
  rows: { read: number; used: number; rejected: number };
  /** Unreadable cells left out of followers still classified (listed in `warnings`). */
  warnings: number;
  gate: { failOn: 'suspicious' | 'likely-fake' | null; failed: boolean };
}

export interface FollowersMeta {
  tool: 'influaudit';
  version: string;
  schema: 1;
  /** Confidence of the intervals, as a fraction (0.95). */
  confidence: number;
  color: boolean;
  width: number;
  /** `--csv-dialect`. */
  csvDialect?: CsvDialect;
}
