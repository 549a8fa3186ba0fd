// Fitting the follower model: a logistic regression per feature set, fitted with ml-logistic-regression (mljs) and
// validated by seeded, stratified k-fold cross-validation. Everything here is deterministic: the same rows give the
// same numbers, bit for bit.
import LogisticRegression from 'ml-logistic-regression';
import { CholeskyDecomposition, Matrix, inverse } from 'ml-matrix';

/** Seeded uniform [0, 1) generator (mulberry32): the folds are the same on every run. */
export function mulberry32(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(items, rnd) {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/**
 * Stratified k-fold assignment: fold index (0…k−1) per row, fakes and real accounts each dealt round-robin after a
 * seeded shuffle, so every fold has the set's fake share (±1 row). `strata` (optional) stratifies further, e.g. by
 * data set when sets are pooled.
 */
export function stratifiedFolds(rows, k, seed, strata = () => '') {
  const rnd = mulberry32(seed);
  const fold = new Array(rows.length);
  const groups = new Map();
  rows.forEach((r, i) => {
    const key = `${strata(r)}|${r.fake}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(i);
  });
  let offset = 0;
  for (const key of [...groups.keys()].sort()) {
    shuffled(groups.get(key), rnd).forEach((i, n) => (fold[i] = (n + offset) % k));
    offset += groups.get(key).length;
  }
  return fold;
}

const logit = (p) => Math.log(p / (1 - p));
const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/**
 * One logistic regression on `features` (ids of the core's `featuresOf`, whose term vectors `x` it reads), from rows
 * that all have them. Returns the coefficients as the core's sub-models hold them: per feature `centre` (mean of
 * each term over the training rows) and `weight` (logit per unit of the term), and `intercept`, the logit of a
 * follower at the centres, shifted to an even prior.
 *
 * - Prior: a log-F(2, 2) prior on each standardised coefficient (not the intercept), added as data: for each
 *   feature one pseudo-follower with that feature at +1 SD and the others at their means, once fake and once real
 *   (Greenland & Mansournia 2015, "Penalization, bias reduction, and default priors in logistic regression with
 *   sparse data", Statistics in Medicine 34). It keeps every coefficient finite when a set separates the classes and
 *   shrinks weak ones, the way a ridge penalty would, with a library that has none.
 * - Optimiser: ml-logistic-regression's gradient ascent, on the design whitened by the Cholesky factor of its Gram
 *   matrix (a change of coordinates that leaves the fitted model unchanged and lets a fixed step converge in a few
 *   hundred steps); the weights are mapped back. Convergence is checked: the largest gradient component of the
 *   penalised log-likelihood, per row, must be under 1e-6, or this throws.
 * - Even prior: the fitted intercept minus logit(fake share of the training rows) (King & Zeng 2001 "prior
 *   correction"), so that a probability means the same whichever mix of fakes the training sets had: P(fake) for a
 *   population that is half fake. Thresholds are chosen on that scale.
 */
export function fitLogistic(rows, features, { steps = 600 } = {}) {
  for (;;) {
    try {
      return fitOnce(rows, features, steps);
    } catch (e) {
      if (!(e instanceof NotConverged) || steps >= 20_000) throw e;
      steps *= 4;
    }
  }
}

class NotConverged extends Error {}

function fitOnce(rows, features, steps) {
  // One column per term: a count feature has two (below and above its knot), the others one.
  const widths = features.map((f) => rows[0]?.x[f]?.length ?? 1);
  const xs = rows.map((r) => features.flatMap((f) => r.x[f]));
  const n = xs.length;
  const p = xs[0]?.length ?? 0;
  const mean = Array.from({ length: p }, (_, j) => xs.reduce((s, x) => s + x[j], 0) / n);
  const scale = Array.from({ length: p }, (_, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j] - mean[j]) ** 2, 0) / n) || 1);
  const design = xs.map((x) => [1, ...x.map((v, j) => (v - mean[j]) / scale[j])]);
  const y = rows.map((r) => (r.fake ? 1 : 0));
  for (let j = 0; j < p; j++) {
    const pseudo = new Array(p + 1).fill(0);
    pseudo[j + 1] = 1;
    design.push(pseudo, [...pseudo]);
    y.push(1, 0);
  }
  const X = new Matrix(design);
  const rowsAll = design.length;
  const gram = X.transpose().mmul(X).div(rowsAll);
  const chol = new CholeskyDecomposition(gram);
  if (!chol.isPositiveDefinite()) throw new Error(`fitLogistic: features ${features.join(', ')} are collinear in these rows`);
  const T = inverse(chol.lowerTriangularMatrix.transpose());
  const model = new LogisticRegression({ numSteps: steps, learningRate: 6 / rowsAll });
  model.train(X.mmul(T), Matrix.columnVector(y));
  // classifiers[0] is the one-vs-rest model of "not class 0", i.e. P(fake) for labels 0 = real, 1 = fake.
  const gamma = model.toJSON().classifiers[0].weights;
  const beta = T.mmul(gamma.transpose()).to1DArray();
  const gradient = new Array(p + 1).fill(0);
  design.forEach((row, i) => {
    const r = y[i] - sigmoid(row.reduce((s, a, j) => s + a * beta[j], 0));
    row.forEach((a, j) => (gradient[j] += a * r));
  });
  const worst = Math.max(...gradient.map(Math.abs)) / rowsAll;
  if (!(worst < 1e-6)) throw new NotConverged(`fitLogistic: not converged after ${steps} steps (gradient ${worst.toExponential(2)}) on ${features.join(', ')}`);
  const prevalence = y.slice(0, n).reduce((s, v) => s + v, 0) / n;
  const terms = {};
  let at = 0;
  features.forEach((f, i) => {
    const w = widths[i];
    terms[f] = {
      centre: mean.slice(at, at + w),
      weight: beta.slice(at + 1, at + 1 + w).map((b, j) => b / scale[at + j]),
      standardised: beta.slice(at + 1, at + 1 + w),
    };
    at += w;
  });
  return { features, terms, intercept: beta[0] - logit(prevalence), prevalence };
}

/** Logit (even prior) of one row under a fitted model: the core's arithmetic, for the bench. */
export function logitOf(fit, row) {
  let z = fit.intercept;
  for (const f of fit.features) {
    const t = fit.terms[f];
    row.x[f].forEach((x, i) => (z += t.weight[i] * (x - t.centre[i])));
  }
  return z;
}

/** Probability of fake (even prior) of one row under a fitted model. */
export function predict(fit, row) {
  return sigmoid(logitOf(fit, row));
}

/** Out-of-fold probabilities: each row scored by the model fitted on the other folds. */
export function outOfFold(rows, features, folds, k) {
  const out = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const train = rows.filter((_, i) => folds[i] !== f);
    const fit = fitLogistic(train, features);
    rows.forEach((r, i) => {
      if (folds[i] === f) out[i] = predict(fit, r);
    });
  }
  return out;
}

/** Confusion counts of "probability ≥ threshold" against the labels. */
export function confusion(probabilities, rows, threshold) {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  probabilities.forEach((p, i) => {
    const pos = p >= threshold;
    const fake = rows[i].fake;
    if (pos && fake) c.tp++;
    else if (pos) c.fp++;
    else if (fake) c.fn++;
    else c.tn++;
  });
  return c;
}

/** MCC, precision, recall (= sensitivity), specificity, F1 of confusion counts. */
export function metrics({ tp, fp, fn, tn }) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const specificity = tn + fp ? tn / (tn + fp) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const d = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return { mcc: d ? (tp * tn - fp * fn) / d : 0, precision, recall, sensitivity: recall, specificity, f1, tp, fp, fn, tn };
}

/**
 * The threshold on out-of-fold probabilities that maximises `objective` (default MCC) over the midpoints between
 * distinct probabilities; ties go to the higher threshold (fewer accusations). Returned rounded to 3 decimals,
 * as shipped.
 */
export function bestThreshold(probabilities, rows, objective = (m) => m.mcc) {
  const distinct = [...new Set(probabilities.map((p) => Math.round(p * 1000) / 1000))].sort((a, b) => a - b);
  let best = { threshold: 0.5, value: -Infinity };
  for (const t of distinct) {
    if (t <= 0 || t >= 1) continue;
    const v = objective(metrics(confusion(probabilities, rows, t)));
    if (v >= best.value) best = { threshold: t, value: v };
  }
  return best.threshold;
}
