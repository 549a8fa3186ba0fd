// Fitting the follower model: a penalised logistic regression per feature set, fitted by Newton's method (ml-matrix
// for the linear algebra) and validated by seeded, stratified k-fold cross-validation. Everything here is deterministic: the same rows give the
// same numbers, bit for bit.
import { CholeskyDecomposition, Matrix } from 'ml-matrix';

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
 *   term one pseudo-follower with that term at +1 SD and the others at their means, once fake and once real
 *   (Greenland & Mansournia 2015, "Penalization, bias reduction, and default priors in logistic regression with
 *   sparse data", Statistics in Medicine 34). It keeps every coefficient finite when a set separates the classes and
 *   shrinks weak ones, the way a ridge penalty would.
 * - `monotone` (optional): per feature, +1 (every term's weight ≥ 0: more of it is never less fake) or −1 (≤ 0).
 *   Each term of a count is non-decreasing in the count, so same-signed weights make the score monotone in it.
 *   Solved exactly (active set: a weight at its bound stays there while the likelihood's gradient pushes it out).
 * - `weight` (optional): a weight per row (e.g. to give each labelled set or class an equal say); 1 by default.
 * - Optimiser: Newton's method (iteratively reweighted least squares) with step halving, on the centred and scaled
 *   design, until the largest gradient component per row is under 1e-9; the penalised likelihood is strictly
 *   concave, so the optimum is unique and the same on every run, bit for bit (fixed order of operations).
 * - Even prior: the fitted intercept minus logit(weighted fake share of the training rows) (King & Zeng 2001
 *   "prior correction"), so that a probability means the same whichever mix of fakes the training sets had:
 *   P(fake) for a population that is half fake. Thresholds are chosen on that scale.
 */
export function fitLogistic(rows, features, { monotone = {}, weight = () => 1 } = {}) {
  // One column per term: a count feature has two (below and above its knot), the others one.
  const widths = features.map((f) => rows[0]?.x[f]?.length ?? 1);
  const xs = rows.map((r) => features.flatMap((f) => r.x[f]));
  const n = xs.length;
  const p = xs[0]?.length ?? 0;
  const mean = Array.from({ length: p }, (_, j) => xs.reduce((s, x) => s + x[j], 0) / n);
  const scale = Array.from({ length: p }, (_, j) => Math.sqrt(xs.reduce((s, x) => s + (x[j] - mean[j]) ** 2, 0) / n) || 1);
  const design = xs.map((x) => [1, ...x.map((v, j) => (v - mean[j]) / scale[j])]);
  const y = rows.map((r) => (r.fake ? 1 : 0));
  const w = rows.map((r) => weight(r));
  for (let j = 0; j < p; j++) {
    const pseudo = new Array(p + 1).fill(0);
    pseudo[j + 1] = 1;
    design.push(pseudo, [...pseudo]);
    y.push(1, 0);
    w.push(1, 1);
  }
  // Sign of each coefficient (intercept first): 0 free, +1 ≥ 0, −1 ≤ 0.
  const sign = [0, ...features.flatMap((f, i) => new Array(widths[i]).fill(monotone[f] ?? 0))];
  const beta = newton(design, y, w, sign, features);
  const weightedFakes = rows.reduce((s, r, i) => s + (r.fake ? w[i] : 0), 0);
  const prevalence = weightedFakes / rows.reduce((s, _, i) => s + w[i], 0);
  const terms = {};
  let at = 0;
  features.forEach((f, i) => {
    const k = widths[i];
    terms[f] = {
      centre: mean.slice(at, at + k),
      weight: beta.slice(at + 1, at + 1 + k).map((b, j) => b / scale[at + j]),
      standardised: beta.slice(at + 1, at + 1 + k),
    };
    at += k;
  });
  return { features, terms, intercept: beta[0] - logit(prevalence), prevalence };
}

/** Penalised log-likelihood, its gradient and (negated) Hessian on the free coordinates. */
function loglik(design, y, w, beta) {
  let ll = 0;
  design.forEach((row, i) => {
    const eta = row.reduce((s, a, j) => s + a * beta[j], 0);
    // log(1 + e^eta) without overflow.
    const soft = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
    ll += w[i] * (y[i] * eta - soft);
  });
  return ll;
}

function newton(design, y, w, sign, features) {
  const q = sign.length;
  const total = w.reduce((s, v) => s + v, 0);
  const beta = new Array(q).fill(0);
  // Coordinates held at 0 by their sign constraint.
  const held = new Set();
  for (let round = 0; round < 50; round++) {
    for (let iter = 0; iter < 100; iter++) {
      const free = [...Array(q).keys()].filter((j) => !held.has(j));
      const g = new Array(q).fill(0);
      const H = Array.from({ length: free.length }, () => new Array(free.length).fill(0));
      design.forEach((row, i) => {
        const pr = sigmoid(row.reduce((s, a, j) => s + a * beta[j], 0));
        const r = w[i] * (y[i] - pr);
        const v = w[i] * pr * (1 - pr);
        for (let j = 0; j < q; j++) g[j] += row[j] * r;
        free.forEach((a, ia) => free.forEach((b, ib) => (H[ia][ib] += row[a] * row[b] * v)));
      });
      if (Math.max(...free.map((j) => Math.abs(g[j]))) / total < 1e-9) break;
      const chol = new CholeskyDecomposition(new Matrix(H));
      if (!chol.isPositiveDefinite()) throw new Error(`fitLogistic: features ${features.join(', ')} are collinear in these rows`);
      const step = chol.solve(Matrix.columnVector(free.map((j) => g[j]))).to1DArray();
      // A coordinate at its bound that the step would push past it is held there, and the step is taken without it.
      const blocked = free.filter((j, k) => sign[j] !== 0 && beta[j] === 0 && step[k] * sign[j] < 0);
      if (blocked.length > 0) {
        for (const j of blocked) held.add(j);
        continue;
      }
      // Step halving: the full Newton step, or less, never lowering the likelihood; clipped at a sign bound.
      const before = loglik(design, y, w, beta);
      let t = 1;
      for (const [k, j] of free.entries()) {
        const next = beta[j] + step[k];
        if (sign[j] !== 0 && next * sign[j] < 0 && step[k] !== 0) t = Math.min(t, -beta[j] / step[k]);
      }
      let trial;
      for (let h = 0; h < 60; h++, t /= 2) {
        trial = [...beta];
        free.forEach((j, k) => (trial[j] = beta[j] + t * step[k]));
        if (loglik(design, y, w, trial) >= before - 1e-12 * total) break;
      }
      free.forEach((j) => {
        beta[j] = trial[j];
        // At its bound (within rounding): held there from now on, until the gradient pushes it back out.
        if (sign[j] !== 0 && beta[j] * sign[j] <= 1e-14) {
          beta[j] = 0;
          held.add(j);
        }
      });
      if (iter === 99) throw new Error(`fitLogistic: Newton's method did not converge on ${features.join(', ')}`);
    }
    // KKT: a held coordinate whose gradient points into the allowed side is released.
    const g = new Array(q).fill(0);
    design.forEach((row, i) => {
      const r = w[i] * (y[i] - sigmoid(row.reduce((s, a, j) => s + a * beta[j], 0)));
      for (let j = 0; j < q; j++) g[j] += row[j] * r;
    });
    // (Released only past a margin well above the convergence tolerance, so that rounding cannot make it cycle.)
    const release = [...held].filter((j) => g[j] * sign[j] > 1e-6 * total);
    if (release.length === 0) return beta;
    for (const j of release) held.delete(j);
  }
  throw new Error(`fitLogistic: the sign constraints did not settle on ${features.join(', ')}`);
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
export function outOfFold(rows, features, folds, k, options) {
  const out = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const train = rows.filter((_, i) => folds[i] !== f);
    const fit = fitLogistic(train, features, options);
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
 * as shipped. `mix` may reweight the confusion counts first (e.g. to another population's share of fakes).
 */
export function bestThreshold(probabilities, rows, objective = (m) => m.mcc, mix = (c) => c) {
  const distinct = [...new Set(probabilities.map((p) => Math.round(p * 1000) / 1000))].sort((a, b) => a - b);
  let best = { threshold: 0.5, value: -Infinity };
  for (const t of distinct) {
    if (t <= 0 || t >= 1) continue;
    const v = objective(metrics(mix(confusion(probabilities, rows, t))));
    if (v >= best.value) best = { threshold: t, value: v };
  }
  return best.threshold;
}
