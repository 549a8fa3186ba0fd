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
 * The fake share of a scored sample, raw and corrected (Rogan & Gladen 1978). Followers scored by different
 * sub-models (exports with gaps) are pooled exactly: with one true share π, the expected likely-fake count is
 * Σ n_k (Se_k π + (1 − Sp_k)(1 − π)), which is Rogan–Gladen with the follower-weighted mean sensitivity and
 * specificity. Their standard errors are averaged the same way (as if the sub-models' errors were fully
 * correlated: they were measured on the same labelled accounts), which is the wider choice. `confidence` as a
 * fraction (0.95 = 95 %).
 */
export function modelAudienceShare(scores: readonly ModelScore[], confidence = 0.95): ModelAudienceShare {
  const n = scores.length;
  let fakes = 0;
  let se = 0;
  let sp = 0;
  let seSe = 0;
  let spSe = 0;
  for (const s of scores) {
    const cv = s.subModel.cv;
    if (s.class === 'likely-fake') fakes++;
    se += cv.sensitivity;
    sp += cv.specificity;
    seSe += proportionSe(cv.sensitivity, cv.fakes);
    spSe += proportionSe(cv.specificity, cv.real);
  }
  const sensitivity = n ? se / n : 0;
  const specificity = n ? sp / n : 0;
  const accuracy = n ? { sensitivitySe: seSe / n, specificitySe: spSe / n } : undefined;
  return {
    n,
    raw: wilsonInterval(fakes, n, zForConfidence(confidence)),
    corrected: correctedShare(fakes, n, sensitivity, specificity, confidence, accuracy),
    sensitivity,
    specificity,
  };
}
