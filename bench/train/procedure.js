// The training procedure of the follower model, shared by `npm run train` (which ships its result) and the
// evaluation (which runs it again inside cross-validation folds to measure it honestly).
import { Matrix, solve } from 'ml-matrix';
import { bestThreshold, confusion, fitLogistic, logitOf, metrics, predict, stratifiedFolds } from './fit.js';

export const FOLDS = 5;
export const FOLD_SEED = 20240601;
/** Share of the cross-validated fakes that must be at least `suspicious`. */
export const SUSPICIOUS_SENSITIVITY = 0.95;

const COUNTS = ['followers', 'following', 'posts'];

/**
 * Directions known before any fit (the signs the weights may take): more followers, posts, bio or account age, or a
 * profile picture, is never more fake; more following or more digits in the username is never less fake.
 * `private` has none: real accounts are private more often in one labelled set and as often in the other.
 */
export const MONOTONE = {
  followers: -1, posts: -1, 'profile-pic': -1, 'bio-length': -1, 'account-age': -1, following: 1, 'username-digits': 1,
};

/** The share of fakes the likely-fake threshold is chosen for: real audiences are about 10–30 % fake. */
export const DEPLOY_PREVALENCE = 0.25;

/**
 * Per platform: the labelled sets it learns from, the features it may read, the procedure's options, and the
 * sub-models shipped (one per feature set a real export gives; smaller exports fall back to the largest sub-model
 * within what they have). Chosen by the rule in the evaluation report (variant table, bench/evaluate/follower-variants.js):
 * Instagram learns from InstaFake alone (Kaggle is kept as a transfer check) and does not read `private`.
 * X learns from Cresci et al. 2015, the only set with account age; `private` is not in it.
 */
export const PLATFORM_SPECS = {
  instagram: {
    sets: ['instafake'],
    features: ['followers', 'following', 'posts', 'profile-pic', 'bio-length', 'username-digits'],
    options: { monotone: MONOTONE, deployPrevalence: DEPLOY_PREVALENCE },
    subModels: [
      // InstaFake / Kaggle-shaped exports: everything.
      ['followers', 'following', 'posts', 'profile-pic', 'bio-length', 'username-digits'],
      // A bio but no username.
      ['followers', 'following', 'posts', 'profile-pic', 'bio-length'],
      // Magi Metrics: counts, picture, private (unused) and the username.
      ['followers', 'following', 'posts', 'profile-pic', 'username-digits'],
      // Magi Metrics without the username.
      ['followers', 'following', 'posts', 'profile-pic'],
      ['followers', 'following', 'posts'],
      ['followers', 'following'],
    ],
  },
  x: {
    sets: ['cresci'],
    features: ['followers', 'following', 'posts', 'profile-pic', 'bio-length', 'username-digits', 'account-age'],
    options: { monotone: MONOTONE, deployPrevalence: DEPLOY_PREVALENCE },
    subModels: [
      // API dumps (Cresci-shaped): everything, with and without the creation date.
      ['followers', 'following', 'posts', 'profile-pic', 'bio-length', 'username-digits', 'account-age'],
      ['followers', 'following', 'posts', 'profile-pic', 'bio-length', 'username-digits'],
      ['followers', 'following', 'posts', 'profile-pic', 'account-age'],
      ['followers', 'following', 'posts', 'profile-pic'],
      ['followers', 'following', 'posts', 'account-age'],
      ['followers', 'following', 'posts'],
      ['followers', 'following'],
    ],
  },
};

/** The feature set of a Magi Metrics export (posts, following, followers, profile picture, private; no bio). */
export const MAGI_METRICS_FEATURES = ['followers', 'following', 'posts', 'profile-pic', 'private'];

/** The count terms of `featuresOf` for other knots (the variant table measures the first model's single knots). */
export function countTerms(value, knots) {
  const x = [Math.log1p(Math.min(value, knots[0] ?? Infinity))];
  knots.forEach((k, i) => x.push(Math.log1p(Math.max(Math.min(value, knots[i + 1] ?? Infinity), k)) - Math.log1p(k)));
  return x;
}

/** Rows with their count terms recomputed for `knots` (per count), everything else as it was. */
export function withKnots(rows, knots) {
  return rows.map((r) => ({
    ...r,
    x: Object.fromEntries(Object.entries(r.x).map(([k, v]) => [k, COUNTS.includes(k) ? countTerms(r.facts[k], knots[k]) : v])),
  }));
}


/** Rows with the model's term vectors: `x[feature]` from the core's `featuresOf`. */
export function withTerms(rows, featuresOf, set) {
  return rows.map((r) => ({
    ...r,
    set,
    x: Object.fromEntries(Object.entries(featuresOf(r.facts)).map(([k, v]) => [k, v.x])),
  }));
}

/** Folds of the procedure: stratified by data set and label, seeded. */
export const foldsOf = (rows, seed = FOLD_SEED) => stratifiedFolds(rows, FOLDS, seed, (r) => r.set);

/**
 * Options of the training procedure (every one measured in the evaluation's variant table before it was chosen):
 * - `monotone`: per feature +1 / −1, the sign its weights must have (see `fitLogistic`).
 * - `balanceSets`: weight the rows so that every labelled set of a pooled training has the same total weight.
 * - `deployPrevalence`: choose the likely-fake threshold at the best MCC for a population with this share of fakes
 *   (out-of-fold fakes and real accounts reweighted to it), instead of the training rows' own mix.
 * - `oneSlope`: one slope per count over its whole log scale (the two knot terms share a weight).
 */
export const NO_OPTIONS = Object.freeze({});

/** The row weight function of a procedure on `rows`: 1, or equal total weight per labelled set. */
function rowWeight(rows, { balanceSets } = NO_OPTIONS) {
  if (!balanceSets) return () => 1;
  const per = new Map();
  for (const r of rows) per.set(r.set, (per.get(r.set) ?? 0) + 1);
  return (r) => rows.length / per.size / per.get(r.set);
}

/** Rows with each count's two knot terms merged into ln(1 + count): the `oneSlope` variant's design. */
export function oneSlopeRows(rows) {
  return rows.map((r) => ({
    ...r,
    x: Object.fromEntries(Object.entries(r.x).map(([k, v]) => [k, COUNTS.includes(k) ? [v[0] + v[1]] : v])),
  }));
}

/** A one-slope fit written back as knot-term weights (the same weight on both terms), as the core reads them. */
function expandOneSlope(fit, rows) {
  const terms = {};
  for (const f of fit.features) {
    const t = fit.terms[f];
    if (!COUNTS.includes(f)) {
      terms[f] = t;
      continue;
    }
    const centre = [0, 1].map((i) => rows.reduce((s, r) => s + r.x[f][i], 0) / rows.length);
    terms[f] = { centre, weight: [t.weight[0], t.weight[0]], standardised: t.standardised };
  }
  // Centres move from the sum's mean to each term's mean: the intercept is unchanged because the sum of the new
  // centres equals the old centre, and both terms carry the same weight.
  return { ...fit, terms };
}

/** `fitLogistic` with a procedure's options. */
export function fitWith(rows, features, options = NO_OPTIONS) {
  const opts = { monotone: options.monotone ?? {}, weight: rowWeight(rows, options) };
  if (!options.oneSlope) return fitLogistic(rows, features, opts);
  return expandOneSlope(fitLogistic(oneSlopeRows(rows), features, opts), rows);
}

/** Out-of-fold probabilities of a procedure: each row scored by the fit on the other folds. */
export function outOfFoldWith(rows, features, folds, options = NO_OPTIONS) {
  const out = new Array(rows.length);
  for (let f = 0; f < FOLDS; f++) {
    const train = rows.filter((_, i) => folds[i] !== f);
    const fit = fitWith(train, features, options);
    rows.forEach((r, i) => {
      if (folds[i] === f) out[i] = predict(fit, r);
    });
  }
  return out;
}

/**
 * Confusion counts reweighted to a population with `prevalence` fakes (fakes and real accounts each scaled to their
 * share of it, the totals kept): what the same calls would give in that mix. Without a prevalence: as counted.
 */
export function atMix(c, prevalence) {
  if (prevalence === undefined) return c;
  const fakes = c.tp + c.fn;
  const real = c.fp + c.tn;
  const n = fakes + real;
  const a = fakes ? (prevalence * n) / fakes : 0;
  const b = real ? ((1 - prevalence) * n) / real : 0;
  return { tp: c.tp * a, fn: c.fn * a, fp: c.fp * b, tn: c.tn * b };
}

/**
 * Thresholds from out-of-fold probabilities: likely-fake at the best MCC (at `deployPrevalence` when given);
 * suspicious where 95 % of fakes are caught.
 */
export function thresholdsOf(oof, rows, options = NO_OPTIONS) {
  const likelyFake = bestThreshold(oof, rows, (m) => m.mcc, (c) => atMix(c, options.deployPrevalence));
  const fakes = oof.filter((_, i) => rows[i].fake).sort((a, b) => a - b);
  const at = fakes[Math.floor((1 - SUSPICIOUS_SENSITIVITY) * fakes.length)] ?? likelyFake;
  return { suspicious: Math.min(likelyFake, Math.floor(at * 1000) / 1000), likelyFake };
}

/**
 * The whole procedure on one training set and one feature set: 5-fold out-of-fold probabilities choose the
 * thresholds (never looking at anything outside `rows`), then one fit on all of `rows` gives the coefficients.
 * `cv` is the out-of-fold accuracy at the chosen threshold (the threshold was chosen on the same out-of-fold
 * probabilities, so it is slightly optimistic; the evaluation's nested figure is not).
 */
export function trainSubModel(rows, features, options = NO_OPTIONS) {
  const folds = foldsOf(rows);
  const oof = outOfFoldWith(rows, features, folds, options);
  const thresholds = thresholdsOf(oof, rows, options);
  const m = metrics(confusion(oof, rows, thresholds.likelyFake));
  const fit = fitWith(rows, features, options);
  return { fit, thresholds, oof, cv: m };
}

/**
 * Out-of-fold probabilities of the other way of handling missing features: the full model, with each absent term
 * filled in by its conditional mean given the present ones (a least-squares regression on the training folds, the
 * Gaussian conditional expectation), never with 0. Same folds as `trainSubModel`, for a like-for-like comparison.
 */
export function imputedOutOfFold(rows, fullFeatures, present, options = NO_OPTIONS) {
  const folds = foldsOf(rows);
  const out = new Array(rows.length);
  const missing = fullFeatures.filter((f) => !present.includes(f));
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((_, i) => folds[i] !== k);
    const fit = fitWith(train, fullFeatures, options);
    const A = new Matrix(train.map((r) => [1, ...present.flatMap((f) => r.x[f])]));
    const B = new Matrix(train.map((r) => missing.flatMap((f) => r.x[f])));
    const coef = solve(A.transpose().mmul(A), A.transpose().mmul(B));
    rows.forEach((r, i) => {
      if (folds[i] !== k) return;
      const filled = new Matrix([[1, ...present.flatMap((f) => r.x[f])]]).mmul(coef).to1DArray();
      const x = Object.fromEntries(present.map((f) => [f, r.x[f]]));
      let at = 0;
      for (const f of missing) {
        const w = train[0].x[f].length;
        x[f] = filled.slice(at, at + w);
        at += w;
      }
      out[i] = 1 / (1 + Math.exp(-logitOf(fit, { x })));
    });
  }
  return out;
}
