// The training procedures tried for the follower model, each measured the same way before one was chosen:
// nested cross-validated MCC per labelled set and feature set, the InstaFake ↔ Kaggle transfer, and the corrected
// share in the transfer at 25 % fakes. `node bench/evaluate/follower-variants.js [--data DIR]` prints the table;
// `evaluateVariants` gives it to the follower report. Needs a build (dist/) and the data folder.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, LABELLED_SETS, readLabelled } from '../train/data.js';
import { confusion, metrics, predict } from '../train/fit.js';
import { FOLDS, MAGI_METRICS_FEATURES, atMix, foldsOf, trainSubModel, withTerms } from '../train/procedure.js';

const DIST = new URL('../../dist/core/audience/model/index.js', import.meta.url);
export const OUTER_SEED = 20261206;
const COUNTS = ['followers', 'following', 'posts'];
const IG_FULL = ['followers', 'following', 'posts', 'profile-pic', 'private', 'bio-length', 'username-digits'];
const X_FULL = ['followers', 'following', 'posts', 'profile-pic', 'bio-length', 'username-digits', 'account-age'];
/** Directions known before any fit: more followers, posts, bio or account age, or a picture, is never more fake. */
export const MONOTONE = {
  followers: -1, posts: -1, 'profile-pic': -1, 'bio-length': -1, 'account-age': -1, following: 1, 'username-digits': 1,
};
const DEPLOY = 0.25;

/**
 * The variants, in the order they were written down (before any was measured). `sets`: Instagram's training sets;
 * `drop`: features left out of every sub-model; `options`: the procedure's options (`trainSubModel`).
 */
export const VARIANTS = [
  { id: 'V0', what: 'InstaFake + Kaggle pooled, all features, MCC threshold at the training mix (the first model)', sets: ['instafake', 'kaggle'], options: {} },
  { id: 'V1', what: 'InstaFake alone, otherwise as V0', sets: ['instafake'], options: {} },
  { id: 'V2', what: 'V1 + monotone constraints', sets: ['instafake'], options: { monotone: MONOTONE } },
  { id: 'V3', what: 'V2 + threshold at the best MCC for 25 % fakes', sets: ['instafake'], options: { monotone: MONOTONE, deployPrevalence: DEPLOY } },
  { id: 'V4', what: 'V3 without `private` (its sign differs between the sets)', sets: ['instafake'], drop: ['private'], options: { monotone: MONOTONE, deployPrevalence: DEPLOY } },
  { id: 'V5', what: 'V3 with one slope per count (no knots)', sets: ['instafake'], options: { monotone: MONOTONE, deployPrevalence: DEPLOY, oneSlope: true } },
  { id: 'V6', what: 'pooled, each set weighted equally, monotone, 25 % threshold', sets: ['instafake', 'kaggle'], options: { monotone: MONOTONE, deployPrevalence: DEPLOY, balanceSets: true } },
  { id: 'V7', what: 'V4 with one slope per count', sets: ['instafake'], drop: ['private'], options: { monotone: MONOTONE, deployPrevalence: DEPLOY, oneSlope: true } },
];

/** Nested CV of the procedure on `rows` (pooled sets stratified by set): per row the out-of-fold call and p. */
export function nestedCalls(rows, features, options) {
  const folds = foldsOf(rows, OUTER_SEED);
  const out = rows.map(() => ({}));
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((_, i) => folds[i] !== k);
    const t = trainSubModel(train, features, options);
    rows.forEach((r, i) => {
      if (folds[i] !== k) return;
      const p = predict(t.fit, r);
      out[i] = { p, fake: p >= t.thresholds.likelyFake, se: t.cv.sensitivity, sp: t.cv.specificity };
    });
  }
  return out;
}

export const scoreOf = (calls, rows) => metrics(confusion(calls.map((c) => (c ? 1 : 0)), rows, 0.5));

/** Rogan–Gladen share (point) of calls with a procedure's own sensitivity and specificity. */
function rgShare(calls, se, sp) {
  const apparent = calls.filter(Boolean).length / calls.length;
  return Math.min(1, Math.max(0, (apparent + sp - 1) / (se + sp - 1)));
}

/** A seeded subsample of `rows` with `prevalence` fakes (as many rows as the scarcer class allows). */
export function subsampleIds(rows, prevalence, seed) {
  let s = seed;
  const rnd = () => ((s = (Math.imul(s, 48271) >>> 0) % 2147483647) / 2147483647);
  const fakes = rows.map((_, i) => i).filter((i) => rows[i].fake);
  const real = rows.map((_, i) => i).filter((i) => !rows[i].fake);
  let nf = fakes.length;
  let nr = Math.round((nf * (1 - prevalence)) / prevalence);
  if (nr > real.length) {
    nr = real.length;
    nf = Math.round((nr * prevalence) / (1 - prevalence));
  }
  const pick = (ids, k) => ids.map((i) => [rnd(), i]).sort((a, b) => a[0] - b[0]).slice(0, k).map(([, i]) => i);
  return [...pick(fakes, nf), ...pick(real, nr)];
}

const without = (features, drop = []) => features.filter((f) => !drop.includes(f));

/** Every variant's figures. `byId`: labelled rows with terms, by set id. */
export function measureVariants(byId, variants = VARIANTS, log = () => {}) {
  const out = [];
  const xNested = new Map();
  for (const v of variants) {
    const o = v.options;
    const ig = {
      full: without(IG_FULL, v.drop),
      magi: without(MAGI_METRICS_FEATURES, v.drop),
      counts: COUNTS,
    };
    const pooled = v.sets.flatMap((id) => byId[id]);
    const r = { id: v.id, what: v.what, nested: {}, transfer: {}, shareError: {} };
    for (const [fs, features] of Object.entries(ig)) {
      const calls = nestedCalls(pooled, features, o);
      for (const id of v.sets) {
        const idx = pooled.map((_, i) => i).filter((i) => pooled[i].set === id);
        r.nested[`${id}/${fs}`] = scoreOf(idx.map((i) => calls[i].fake), idx.map((i) => pooled[i])).mcc;
      }
    }
    // X: Cresci alone; the options that are not about Instagram's sets (private is not in X's features).
    const xKey = JSON.stringify(o);
    if (!xNested.has(xKey)) {
      const x = {};
      for (const [fs, features] of Object.entries({ full: X_FULL, magi: MAGI_METRICS_FEATURES.filter((f) => f !== 'private') })) {
        x[fs] = scoreOf(nestedCalls(byId.cresci, features, o).map((c) => c.fake), byId.cresci).mcc;
      }
      xNested.set(xKey, x);
    }
    r.nested['cresci/full'] = xNested.get(xKey).full;
    r.nested['cresci/magi'] = xNested.get(xKey).magi;
    // Transfer: the same procedure trained on one Instagram set alone, scored on the other.
    for (const [from, to] of [['instafake', 'kaggle'], ['kaggle', 'instafake']]) {
      for (const fs of ['full', 'magi']) {
        const t = trainSubModel(byId[from], ig[fs], o);
        const calls = byId[to].map((row) => predict(t.fit, row) >= t.thresholds.likelyFake);
        r.transfer[`${from}->${to}/${fs}`] = scoreOf(calls, byId[to]).mcc;
        r.transfer[`${from}->${to}/${fs}@25%`] = metrics(atMix(confusion(calls.map((c) => (c ? 1 : 0)), byId[to], 0.5), DEPLOY)).mcc;
        const ids = subsampleIds(byId[to], DEPLOY, 25);
        const share = rgShare(ids.map((i) => calls[i]), t.cv.sensitivity, t.cv.specificity);
        const truth = ids.filter((i) => byId[to][i].fake).length / ids.length;
        r.shareError[`${from}->${to}/${fs}`] = share - truth;
      }
    }
    r.params = ig.full.length + ig.magi.length; // a rough size: features read by the two main sub-models
    log(`${v.id}: ${JSON.stringify(r)}`);
    out.push(r);
  }
  return out;
}

/** The rule, fixed before the figures were computed (see the report): returns the chosen variant's id and why. */
export function chooseVariant(results) {
  const eligible = results.filter((r) => r.nested['instafake/full'] >= 0.87 && r.nested['instafake/magi'] >= 0.8 && r.nested['cresci/full'] >= 0.93);
  if (eligible.length === 0) {
    const best = [...results].sort((a, b) => b.nested['instafake/full'] - a.nested['instafake/full'])[0];
    return { id: best.id, why: 'no variant eligible: the highest InstaFake full-columns MCC' };
  }
  const transfer = (r) => (r.transfer['instafake->kaggle/magi'] + r.transfer['kaggle->instafake/magi']) / 2;
  const shareErr = (r) => (Math.abs(r.shareError['instafake->kaggle/magi']) + Math.abs(r.shareError['kaggle->instafake/magi'])) / 2;
  const top = Math.max(...eligible.map(transfer));
  const near = eligible.filter((r) => transfer(r) >= top - 0.01);
  // Pooled and InstaFake-alone variants look alike to the transfer: InstaFake alone when both are near the top.
  near.sort((a, b) => shareErr(a) - shareErr(b) || a.params - b.params);
  return { id: near[0].id, why: `eligible: ${eligible.map((r) => r.id).join(', ')}; transfer within 0.01 of ${top.toFixed(3)}: ${near.map((r) => r.id).join(', ')}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, only: { type: 'string' } } });
  const { featuresOf } = await import(DIST.href);
  const dataDir = values.data ?? DEFAULT_DATA_DIR;
  const byId = Object.fromEntries(LABELLED_SETS.map((s) => [s.id, withTerms(readLabelled(s, dataDir), featuresOf, s.id)]));
  const chosen = values.only ? VARIANTS.filter((v) => values.only.split(',').includes(v.id)) : VARIANTS;
  const results = measureVariants(byId, chosen, (m) => console.error(m));
  const f = (x) => x.toFixed(3);
  for (const r of results) {
    console.log([r.id, f(r.nested['instafake/full']), f(r.nested['instafake/magi']), f(r.nested['instafake/counts']),
      r.nested['kaggle/full'] === undefined ? '-' : f(r.nested['kaggle/full']), r.nested['kaggle/magi'] === undefined ? '-' : f(r.nested['kaggle/magi']),
      f(r.nested['cresci/full']), f(r.nested['cresci/magi']),
      f(r.transfer['instafake->kaggle/full']), f(r.transfer['instafake->kaggle/magi']), f(r.transfer['kaggle->instafake/full']), f(r.transfer['kaggle->instafake/magi']),
      f(r.shareError['instafake->kaggle/magi']), f(r.shareError['kaggle->instafake/magi'])].join('\t'));
  }
  console.log(JSON.stringify(chooseVariant(results)));
}
