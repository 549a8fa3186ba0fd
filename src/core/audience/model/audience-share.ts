import { wilsonInterval, zForConfidence, type ShareEstimate } from '../wilson.js';
import { correctedShare, proportionSe, type CorrectedShare } from './corrected-share.js';
import type { ModelScore } from './score-follower.js';

/** A sample's fake share as the model sees it: the raw count beside the share corrected for the model's errors. */
export interface ModelAudienceShare {
  /** Followers scored (those the model could not score are left out). */
  n: number;
  /** Followers called likely fake, with the Wilson interval of their share: what the model says, uncorrected. */
  raw: ShareEstimate;
  /**
   * Rogan–Gladen corrected share of fakes with its interval (`correctedShare`): the sample's uncertainty and that
   * of the sub-models' sensitivity and specificity (measured on finitely many labelled accounts).
   */
  corrected: CorrectedShare;
  /** The sensitivity and specificity used: each sub-model's cross-validated ones, averaged over the followers it scored. */
  sensitivity: number;
  specificity: number;
}

/**
 * The fake share of a scored sample, raw and corrected (Rogan & Gladen 1978), gathered follower by follower so a sample
 * of any size costs a few numbers. Followers scored by different sub-models (exports with gaps) are pooled exactly:
 * with one true share π, the expected likely-fake count is Σ n_k (Se_k π + (1 − Sp_k)(1 − π)), which is Rogan–Gladen
 * with the follower-weighted mean sensitivity and specificity. Their standard errors are averaged the same way (as if
 * the sub-models' errors were fully correlated: they were measured on the same labelled accounts), the wider choice.
 */
export class ModelShareTally {
  private scored = 0;
  private fakes = 0;
  private se = 0;
  private sp = 0;
  private seSe = 0;
  private spSe = 0;

  /** Followers scored so far. */
  get n(): number {
    return this.scored;
  }

  add(s: ModelScore): void {
    const cv = s.subModel.cv;
    this.scored++;
    if (s.class === 'likely-fake') this.fakes++;
    this.se += cv.sensitivity;
    this.sp += cv.specificity;
    this.seSe += proportionSe(cv.sensitivity, cv.fakes);
    this.spSe += proportionSe(cv.specificity, cv.real);
  }

  /** `confidence` as a fraction (0.95 = 95 %). */
  share(confidence = 0.95): ModelAudienceShare {
    const n = this.scored;
    const sensitivity = n ? this.se / n : 0;
    const specificity = n ? this.sp / n : 0;
    const accuracy = n ? { sensitivitySe: this.seSe / n, specificitySe: this.spSe / n } : undefined;
    return {
      n,
      raw: wilsonInterval(this.fakes, n, zForConfidence(confidence)),
      corrected: correctedShare(this.fakes, n, sensitivity, specificity, confidence, accuracy),
      sensitivity,
      specificity,
    };
  }
}

/** The fake share of a list of scores (`ModelShareTally`). */
export function modelAudienceShare(scores: readonly ModelScore[], confidence = 0.95): ModelAudienceShare {
  const tally = new ModelShareTally();
  for (const s of scores) tally.add(s);
  return tally.share(confidence);
}
