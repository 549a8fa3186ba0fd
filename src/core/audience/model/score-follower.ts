import type { FollowerFacts } from '../follower-facts.js';
import { featuresOf, MODEL_FEATURES, type ModelFeature } from './features.js';
import type { PlatformModel, SubModel } from './types.js';

/** The model's classes; the rules' `mass-follower` is theirs to add (the model does not single it out). */
export type ModelClass = 'real' | 'suspicious' | 'likely-fake';

/** What one feature did to one follower's score. */
export interface Contribution {
  feature: ModelFeature;
  /** The fact as the export gives it (see `FeatureValue.value`): 3 posts, 1 for "has a profile picture"… */
  value: number;
  /**
   * Logit points this fact adds (positive: towards fake) compared with the average training follower, the centre
   * of the sub-model: weight · (term − centre) summed over the feature's terms. For a linear model this is its exact
   * Shapley value against the training mean (Lundberg & Lee 2017, "A Unified Approach to Interpreting Model
   * Predictions", linear SHAP).
   */
  weight: number;
}

export interface ModelScore {
  /** P(fake) for a population half fake (see `PlatformModel.prior`), 0–1. */
  probability: number;
  /** ln(p ÷ (1 − p)) = `baseline` + Σ contributions[].weight. */
  logit: number;
  class: ModelClass;
  /** The logit of the average training follower: the intercept of the sub-model used. */
  baseline: number;
  /** One per feature read, in `MODEL_FEATURES` order. */
  contributions: Contribution[];
  /** Features the export gave that the chosen sub-model does not read. */
  unused: ModelFeature[];
  /** The sub-model that scored it (its thresholds and cross-validated accuracy). */
  subModel: SubModel;
}

const featuresOfSub = (s: SubModel): ModelFeature[] => MODEL_FEATURES.filter((f) => s.terms[f] !== undefined);

/**
 * The sub-model for a follower whose export gives `present`: the one reading the most of them and nothing else (a
 * feature the export lacks is never filled in); among equals, the higher cross-validated MCC. undefined when no
 * sub-model reads only present features (every shipped one reads both followers and following).
 */
export function subModelFor(present: readonly ModelFeature[], model: PlatformModel): SubModel | undefined {
  const has = new Set(present);
  let best: SubModel | undefined;
  let bestSize = 0;
  for (const s of model.subModels) {
    const fs = featuresOfSub(s);
    if (fs.length === 0 || !fs.every((f) => has.has(f))) continue;
    if (fs.length > bestSize || (fs.length === bestSize && best !== undefined && s.cv.mcc > best.cv.mcc)) {
      best = s;
      bestSize = fs.length;
    }
  }
  return best;
}

/**
 * Scores one follower with the learned model: the sub-model for the features its export gives (absent facts are
 * left out, never read as 0 or "no"), the probability of fake, the class from the sub-model's cross-validated
 * thresholds (probability ≥ `likelyFake` → likely-fake, ≥ `suspicious` → suspicious, else real), and each feature's
 * contribution to the logit. undefined when the export gives nothing the model can score by.
 */
export function scoreFollower(facts: FollowerFacts, model: PlatformModel): ModelScore | undefined {
  const features = featuresOf(facts);
  const present = MODEL_FEATURES.filter((f) => features[f] !== undefined);
  const subModel = subModelFor(present, model);
  if (subModel === undefined) return undefined;
  const contributions: Contribution[] = [];
  let logit = subModel.intercept;
  for (const feature of MODEL_FEATURES) {
    const w = subModel.terms[feature];
    const v = features[feature];
    if (w === undefined || v === undefined) continue;
    let weight = 0;
    v.x.forEach((x, i) => (weight += (w.weight[i] ?? 0) * (x - (w.centre[i] ?? 0))));
    contributions.push({ feature, value: v.value, weight });
    logit += weight;
  }
  const probability = 1 / (1 + Math.exp(-logit));
  const { suspicious, likelyFake } = subModel.thresholds;
  const cls: ModelClass = probability >= likelyFake ? 'likely-fake' : probability >= suspicious ? 'suspicious' : 'real';
  const unused = present.filter((f) => subModel.terms[f] === undefined);
  return { probability, logit, class: cls, baseline: subModel.intercept, contributions, unused, subModel };
}
