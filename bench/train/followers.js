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
import { DEPLOY_PREVALENCE, PLATFORM_SPECS, SUSPICIOUS_SENSITIVITY, FOLDS, trainSubModel, withTerms } from './procedure.js';

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
  for (const [platform, spec] of Object.entries(PLATFORM_SPECS)) {
    const sets = spec.sets.map((id) => LABELLED_SETS.find((s) => s.id === id));
    const rows = sets.flatMap((s) => withTerms(readLabelled(s, dataDir), featuresOf, s.id));
    let subModels = [];
    for (const features of spec.subModels) {
      const usable = rows.filter((r) => features.every((f) => r.x[f] !== undefined));
      const t = trainSubModel(usable, features, spec.options);
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
    // A sub-model whose extra features all weigh 0 (held there by their sign constraint) is the same model as the
    // smaller one without them: not shipped, so the smaller one scores those exports and names the rest unused.
    subModels = subModels.filter((sm) => !subModels.some((other) => other !== sm && isSameWithout(sm, other)));
    platforms[platform] = {
      trainedOn: sets.map((s) => s.citation),
      rows: rows.length,
      fakes: rows.filter((r) => r.fake).length,
      prior: 0.5,
      subModels,
    };
  }
  return {
    version: 2,
    provenance: {
      model: 'Logistic regression per platform and per feature set an export gives (absent features are never filled in: a smaller export is scored by the largest sub-model within what it has).',
      trained: date,
      fitting: 'Newton\'s method on the centred and scaled design until the gradient is < 1e-9 per row; log-F(2,2) prior on each standardised coefficient by data augmentation (Greenland & Mansournia 2015), intercept unpenalised; sign constraints: more followers, posts, bio, account age or a picture never more fake, more following or username digits never less.',
      features: 'followers, following, posts: ln(1 + count), its slope free to change at published cut-offs (followers 30, posts 50: Cresci et al. 2015; followers 100, following 1,000: StatusPeople Fakers; following 1,500: HypeAuditor; posts 1: no posts); bio length and account age: ln(1 + value); profile picture: 1/0; username digits: digits ÷ username length.',
      probabilities: 'For a population half fake: the fitted intercept minus logit(training fake share) (King & Zeng 2001, prior correction).',
      crossValidation: `Stratified ${FOLDS}-fold, seeded shuffle. Thresholds are chosen on the out-of-fold probabilities of the training data only: likely-fake at the best MCC for a population ${DEPLOY_PREVALENCE * 100} % fake (out-of-fold classes reweighted to that mix); suspicious where ${SUSPICIOUS_SENSITIVITY * 100} % of the fakes are at least suspicious. Each sub-model's cv figures are out-of-fold at its likely-fake threshold; the honest (nested) figures are in the evaluation report.`,
      data: {
        instafake: 'InstaFake: F. C. Akyon, M. E. Kalfaoglu, "Instagram Fake and Automated Account Detection", 2019 (arXiv:1910.03090), fake-account part, CC BY-NC 4.0; stratified 60 % calibration split (716: 120 fake).',
        cresci: 'Cresci, Di Pietro, Petrocchi, Spognardi, Tesconi 2015, "Fame for sale: efficient detection of fake Twitter followers", Decision Support Systems 80; BAS set, 50 % calibration half (1,950: 975 fake).',
      },
      missingFeatures: 'A separate sub-model per feature set rather than imputation: within 0.01 MCC of each other on the training sets (evaluation report), and a separate sub-model assumes nothing about how features go together in a population it was not fitted on; a follower\'s explanation names only facts its export gave.',
    },
    knots: { ...KNOTS },
    platforms,
  };
}

/** `big` reads everything `small` reads and more, and each of its extra features weighs 0 on every term. */
function isSameWithout(big, small) {
  const extra = Object.keys(big.terms).filter((f) => !(f in small.terms));
  return extra.length > 0 && Object.keys(small.terms).every((f) => f in big.terms) && extra.every((f) => big.terms[f].weight.every((w) => w === 0));
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
