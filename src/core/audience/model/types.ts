import type { ModelFeature } from './features.js';

/** A feature's part of a sub-model: one centre and one weight per term of `FeatureValue.x`. */
export interface FeatureWeights {
  /** Mean of the term over the training followers: a contribution is measured from there. */
  centre: number[];
  /** Logit per unit of the term (ln-count units for counts), fitted by logistic regression. */
  weight: number[];
}

/** How a sub-model did in cross-validation on its training followers, at its `likelyFake` threshold. */
export interface CrossValidated {
  /** Matthews correlation coefficient of likely-fake against the labels, −1…1. */
  mcc: number;
  /** Share of the fakes called likely-fake (recall), 0–1: the sensitivity the corrected share uses. */
  sensitivity: number;
  /** Share of the real accounts not called likely-fake, 0–1: the specificity the corrected share uses. */
  specificity: number;
  /** Share of likely-fake calls that were fakes, at the training sets' own mix of fakes, 0–1. */
  precision: number;
  /** Fakes and real accounts the figures were measured on. */
  fakes: number;
  real: number;
}

/**
 * A logistic regression over one set of features. logit = intercept + Σ weight · (term − centre), probability =
 * 1 / (1 + e^−logit). Scores only followers whose export gives exactly these features, or more (the extra ones are
 * then unused, never imputed).
 */
export interface SubModel {
  /** Logit of a follower at the centres, on the even-prior scale (see `PlatformModel.prior`). */
  intercept: number;
  /** The features it reads, in `MODEL_FEATURES` order. */
  terms: Partial<Record<ModelFeature, FeatureWeights>>;
  /**
   * Probability (even-prior scale) from which a follower is suspicious, and from which it is likely fake, chosen by
   * cross-validation on the training data: likely-fake at the best MCC for an audience 25 % fake (real audiences are
   * about 10–30 % fake), suspicious where 95 % of the fakes are at least suspicious.
   */
  thresholds: { suspicious: number; likelyFake: number };
  cv: CrossValidated;
}

/** One platform's sub-models, one per feature set an export can give (`subModelFor` picks one). */
export interface PlatformModel {
  /** The labelled sets it was fitted on, by publication. */
  trainedOn: string[];
  /** Followers it was fitted on, and the fakes among them. */
  rows: number;
  fakes: number;
  /**
   * 0.5: probabilities are for a population half fake. The fitted intercept was moved by −logit(training fake
   * share) (King & Zeng 2001, prior correction), so the number does not depend on how balanced the training sets
   * were; thresholds are on this scale. For another population's fake share π, the odds scale by π ÷ (1 − π).
   */
  prior: number;
  subModels: SubModel[];
}

/** The shipped follower model (followers-model.json): coefficients per platform and where they come from. */
export interface FollowersModel {
  version: 2;
  provenance: Record<string, unknown>;
  /** Knots of the count features at training time: must equal `KNOTS`, which `featuresOf` uses. */
  knots: { followers: number[]; following: number[]; posts: number[] };
  platforms: { instagram: PlatformModel; x: PlatformModel };
}
