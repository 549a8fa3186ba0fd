// `npm run train`: fits the learned follower model on the labelled sets and writes
// src/core/audience/model/followers-model.json (coefficients, thresholds, cross-validated accuracy, provenance).
// Usage: npm run train [-- --data DIR] [-- --date YYYY-MM-DD]
//   --data  the folder of labelled sets (default: ../shared/data beside the repository)
//   --date  the training date written in the file (default: the date already in it, else today), so that the same
//           data give the same bytes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, LABELLED_SETS, readLabelled } from './data.js';
import { imputedOutOfFold, lattice, MAGI_METRICS_FEATURES, PLATFORM_SPECS, SUSPICIOUS_SENSITIVITY, FOLDS, trainSubModel, withTerms, foldsOf } from './procedure.js';
import { bestThreshold, confusion, metrics } from './fit.js';

const OUT = fileURLToPath(new URL('../../src/core/audience/model/followers-model.json', import.meta.url));
const FEATURES_JS = new URL('../../dist/core/audience/model/features.js', import.meta.url);

const round = (x, d) => Number(x.toFixed(d));
const r3 = (x) => round(x, 3);
const r4 = (x) => round(x, 4);

/** Trains every platform; returns the model object (what the JSON holds). Pure apart from reading the data. */
export async function trainFollowersModel({ dataDir = DEFAULT_DATA_DIR, date, log = () => {} } = {}) {
  if (!existsSync(FEATURES_JS)) throw new Error('no build at dist/: run `npx tsc -p tsconfig.json` first');
  const { featuresOf, KNOTS } = await import(FEATURES_JS.href);
  const platforms = {};
  const missingFeatures = {};
  for (const [platform, spec] of Object.entries(PLATFORM_SPECS)) {
    const sets = spec.sets.map((id) => LABELLED_SETS.find((s) => s.id === id));
    const rows = sets.flatMap((s) => withTerms(readLabelled(s, dataDir), featuresOf, s.id));
    const subModels = [];
    const byKey = new Map();
    for (const features of lattice(spec.features)) {
      const usable = rows.filter((r) => features.every((f) => r.x[f] !== undefined));
      const t = trainSubModel(usable, features);
      byKey.set(features.join(','), t);
      log(`${platform} [${features.join(', ')}]: out-of-fold MCC ${t.cv.mcc.toFixed(3)} at ${t.thresholds.likelyFake}`);
      subModels.push({
        intercept: r4(t.fit.intercept),
        terms: Object.fromEntries(features.map((f) => [f, { centre: t.fit.terms[f].centre.map(r4), weight: t.fit.terms[f].weight.map(r4) }])),
        thresholds: t.thresholds,
        cv: {
          mcc: r3(t.cv.mcc), sensitivity: r3(t.cv.sensitivity), specificity: r3(t.cv.specificity), precision: r3(t.cv.precision),
          fakes: t.cv.tp + t.cv.fn, real: t.cv.tn + t.cv.fp,
        },
      });
    }
    missingFeatures[platform] = compareMissing(rows, spec, byKey);
    platforms[platform] = {
      trainedOn: sets.map((s) => s.citation),
      rows: rows.length,
      fakes: rows.filter((r) => r.fake).length,
      prior: 0.5,
      subModels,
    };
  }
  return {
    version: 1,
    provenance: {
      model: 'Logistic regression per platform and per feature set (a separate sub-model for each set of features an export can give; absent features are never filled in).',
      trained: date,
      fitting: 'Newton\'s method (iteratively reweighted least squares, ml-matrix for the algebra) on the centred and scaled design until the gradient is < 1e-9 per row; log-F(2,2) prior on each standardised coefficient by data augmentation (Greenland & Mansournia 2015), intercept unpenalised.',
      features: 'followers, following, posts: ln(1 + count) with its own slope below and above a published knot (Cresci et al. 2015: followers 30, posts 50; StatusPeople Fakers: following 1,000); bio length and account age: ln(1 + value); profile picture and private: 1/0; username digits: digits ÷ username length.',
      probabilities: 'For a population half fake: the fitted intercept minus logit(training fake share) (King & Zeng 2001, prior correction), so Instagram (two sets pooled, 32 % fake) and X (50 %) are on one scale.',
      crossValidation: `Stratified ${FOLDS}-fold (by data set and label), seeded shuffle. Thresholds are chosen on the out-of-fold probabilities of the training data only: likely-fake at the best MCC; suspicious where ${SUSPICIOUS_SENSITIVITY * 100} % of the fakes are at least suspicious. Each sub-model's cv figures are out-of-fold at its likely-fake threshold; the honest (nested) figures are in the evaluation report.`,
      data: {
        instafake: 'InstaFake: F. C. Akyon, M. E. Kalfaoglu, "Instagram Fake and Automated Account Detection", 2019 (arXiv:1910.03090), fake-account part, CC BY-NC 4.0; stratified 60 % calibration split (716: 120 fake).',
        kaggle: 'Kaggle "Instagram fake spammer genuine accounts" (free4ever1), train split (576: 288 fake); uploader\'s labels.',
        cresci: 'Cresci, Di Pietro, Petrocchi, Spognardi, Tesconi 2015, "Fame for sale: efficient detection of fake Twitter followers", Decision Support Systems 80; BAS set, 50 % calibration half (1,950: 975 fake).',
      },
      missingFeatures: {
        choice: 'separate sub-model per feature set',
        why: 'Measured on the same folds (out-of-fold MCC, each at its own best threshold; figures below): the two ways are within 0.01 of each other, either way round. Separate sub-models are shipped because they assume nothing about how the features go together in a population the model was not fitted on (imputation would carry the training sets\' correlations into every export with a gap), and because a follower\'s explanation then names only facts its export gave.',
        measured: missingFeatures,
      },
    },
    knots: { ...KNOTS },
    platforms,
  };
}

/** Out-of-fold MCC of each narrower feature set: its own sub-model vs the full model with imputation. */
function compareMissing(rows, spec, byKey) {
  const narrower = {
    'magi-metrics (no bio, no username)': MAGI_METRICS_FEATURES.filter((f) => spec.features.includes(f)),
    'counts only': ['followers', 'following', 'posts'],
    'no profile picture': spec.features.filter((f) => f !== 'profile-pic'),
  };
  if (spec.features.includes('account-age')) narrower['no account age'] = spec.features.filter((f) => f !== 'account-age');
  const out = {};
  for (const [name, present] of Object.entries(narrower)) {
    const own = byKey.get(present.join(','));
    const imputed = imputedOutOfFold(rows, spec.features, present);
    const mImp = metrics(confusion(imputed, rows, bestThreshold(imputed, rows)));
    out[name] = { subModel: r3(own.cv.mcc), imputed: r3(mImp.mcc) };
  }
  return out;
}

/** The JSON as shipped: two-space indentation, number arrays on one line, a final newline. */
export function formatModel(model) {
  return `${JSON.stringify(model, null, 2).replace(/\[\s+([-\d.e,\s]+?)\s+\]/g, (_, inner) => `[${inner.split(/,\s*/).join(', ')}]`)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { data: { type: 'string' }, date: { type: 'string' } } });
  const previous = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : undefined;
  const date = values.date ?? previous?.provenance?.trained ?? new Date().toISOString().slice(0, 10);
  const started = Date.now();
  const model = await trainFollowersModel({ dataDir: values.data ?? DEFAULT_DATA_DIR, date, log: (m) => console.error(m) });
  writeFileSync(OUT, formatModel(model));
  console.error(`wrote ${OUT} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
