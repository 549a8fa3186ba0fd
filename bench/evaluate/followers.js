// Accuracy of the learned follower model (and of today's rules, for comparison) on the labelled sets.
// `evaluateFollowers({ dataDir, bin, outDir })` → { markdown, summary }; needs a build (dist/) and the data folder.
// Everything is seeded: the same data and build give the same report.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { LABELLED_SETS, readLabelled } from '../train/data.js';
import { confusion, metrics, predict } from '../train/fit.js';
import { FOLDS, MAGI_METRICS_FEATURES, PLATFORM_SPECS, foldsOf, trainSubModel, withTerms } from '../train/procedure.js';

const DIST = new URL('../../dist/core/audience/model/index.js', import.meta.url);
const OUTER_SEED = 20261206;
const COUNTS = ['followers', 'following', 'posts'];
// The columns a Magi Metrics export has, by each labelled file's own header names.
const MAGI_COLUMNS = {
  instafake: ['followers', 'following', 'posts', 'has_profile_pic', 'is_private'],
  kaggle: ['#followers', '#follows', '#posts', 'profile pic', 'private'],
  cresci: ['followers', 'following', 'posts', 'has_profile_pic'],
};
const COUNT_COLUMNS = { instafake: ['followers', 'following', 'posts'], kaggle: ['#followers', '#follows', '#posts'], cresci: ['posts', 'followers', 'following'] };

/**
 * Nested cross-validation of the whole training procedure (`trainSubModel`: inner 5-fold thresholds, then a fit):
 * each outer fold's followers are scored by a model whose coefficients and thresholds never saw them. Returns per
 * row the probability, the call, and the sensitivity / specificity the procedure itself reported for its model.
 */
function nested(rows, features) {
  const folds = foldsOf(rows, OUTER_SEED);
  const out = rows.map(() => ({}));
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((_, i) => folds[i] !== k);
    const t = trainSubModel(train, features);
    rows.forEach((r, i) => {
      if (folds[i] !== k) return;
      const p = predict(t.fit, r);
      out[i] = { p, fake: p >= t.thresholds.likelyFake, se: t.cv.sensitivity, sp: t.cv.specificity };
    });
  }
  return out;
}

const scoreOf = (calls, rows) => metrics(confusion(calls.map((c) => (c ? 1 : 0)), rows, 0.5));

/** Today's rules, end to end: the built command on a file, likely-fake per CSV line. */
function rulesOn(bin, file, platform) {
  const run = spawnSync(process.execPath, [bin, 'followers', file, '--format', 'ndjson', '--quiet', '--platform', platform], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`influaudit followers ${file} exited ${run.status}: ${run.stderr.trim()}`);
  const byLine = new Map(run.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((f) => [f.line, f.class === 'likely-fake']));
  const records = parse(readFileSync(file), { columns: true, skip_empty_lines: true, info: true });
  return records.map(({ info }) => {
    if (!byLine.has(info.lines)) throw new Error(`${file}: no classification for line ${info.lines}`);
    return byLine.get(info.lines);
  });
}

/** A copy of a labelled file with only some columns: what a narrower export would have given the rules. */
function narrowed(source, columns, to) {
  const records = parse(readFileSync(source), { columns: true, skip_empty_lines: true });
  writeFileSync(to, [columns.join(','), ...records.map((r) => columns.map((c) => r[c]).join(','))].join('\n') + '\n');
  return to;
}

/** Share of fakes a sample would show: raw likely-fake share, Rogan–Gladen corrected, and the truth. */
function shares(correctedShare, rows, calls) {
  const n = rows.length;
  const raw = calls.filter((c) => c.fake).length;
  const se = calls.reduce((s, c) => s + c.se, 0) / n;
  const sp = calls.reduce((s, c) => s + c.sp, 0) / n;
  const c = correctedShare(raw, n, se, sp);
  return { truth: rows.filter((r) => r.fake).length / n, raw: raw / n, corrected: c.share, low: c.low, high: c.high, n };
}

/** A seeded subsample with `prevalence` fakes (all of the scarcer class kept): another population's mix. */
function atPrevalence(rows, calls, prevalence, seed) {
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
  const ids = [...pick(fakes, nf), ...pick(real, nr)];
  return { rows: ids.map((i) => rows[i]), calls: ids.map((i) => calls[i]) };
}

const f3 = (x) => x.toFixed(3);
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (headers, lines) => [row(headers), row(headers.map(() => '---')), ...lines.map(row)].join('\n');

export async function evaluateFollowers({ dataDir, bin, outDir }) {
  const { featuresOf, correctedShare, FOLLOWERS_MODEL } = await import(DIST.href);
  mkdirSync(outDir, { recursive: true });
  const byId = Object.fromEntries(LABELLED_SETS.map((s) => [s.id, withTerms(readLabelled(s, dataDir), featuresOf, s.id)]));
  const fileOf = (id) => join(dataDir, LABELLED_SETS.find((s) => s.id === id).file);
  const featureSets = (platform) => ({
    full: PLATFORM_SPECS[platform].features,
    'magi-metrics': MAGI_METRICS_FEATURES.filter((f) => PLATFORM_SPECS[platform].features.includes(f)),
    counts: COUNTS,
  });

  // 1. Cross-validated accuracy, model (nested CV of the shipped procedure) vs today's rules, per set and feature set.
  const cvLines = [];
  const summary = { sets: {}, transfer: {}, shares: {}, missingFeatures: FOLLOWERS_MODEL.provenance.missingFeatures, modelVersion: FOLLOWERS_MODEL.version, trained: FOLLOWERS_MODEL.provenance.trained };
  const sharesLines = [];
  const prevalenceLines = [];
  for (const [platform, spec] of Object.entries(PLATFORM_SPECS)) {
    const pooled = spec.sets.flatMap((id) => byId[id]);
    for (const [fsName, features] of Object.entries(featureSets(platform))) {
      const calls = nested(pooled, features);
      for (const id of spec.sets) {
        const idx = pooled.map((r, i) => i).filter((i) => pooled[i].set === id);
        const rows = idx.map((i) => pooled[i]);
        const mine = idx.map((i) => calls[i]);
        const model = scoreOf(mine.map((c) => c.fake), rows);
        const cols = fsName === 'full' ? null : fsName === 'counts' ? COUNT_COLUMNS[id] : MAGI_COLUMNS[id];
        const file = cols ? narrowed(fileOf(id), cols, join(outDir, `${id}-${fsName}.csv`)) : fileOf(id);
        const rules = scoreOf(rulesOn(bin, file, platform), rows);
        const name = LABELLED_SETS.find((s) => s.id === id).name;
        cvLines.push([name, platform, fsName, `${rows.filter((r) => r.fake).length} / ${rows.filter((r) => !r.fake).length}`,
          `**${f3(model.mcc)}**`, pct(model.precision), pct(model.recall), f3(rules.mcc), pct(rules.precision), pct(rules.recall)]);
        summary.sets[`${id}/${fsName}`] = { model: pick(model), rules: pick(rules) };
        if (fsName === 'full' || fsName === 'magi-metrics') {
          const s = shares(correctedShare, rows, mine);
          sharesLines.push([name, fsName, pct(s.truth), pct(s.raw), `**${pct(s.corrected)}** (${pct(s.low)}–${pct(s.high)})`]);
          summary.shares[`${id}/${fsName}`] = s;
          if (fsName === 'full') {
            for (const prev of [0.1, 0.3]) {
              const sub = atPrevalence(rows, mine, prev, 7 + Math.round(prev * 100));
              const t = shares(correctedShare, sub.rows, sub.calls);
              prevalenceLines.push([name, `${sub.rows.length}`, pct(t.truth), pct(t.raw), `**${pct(t.corrected)}** (${pct(t.low)}–${pct(t.high)})`]);
              summary.shares[`${id}/full@${prev}`] = t;
            }
          }
        }
      }
    }
  }

  // 2. Transfer: the procedure trained on InstaFake alone, scored on the Kaggle set (another population of fakes).
  const transferLines = [];
  for (const [from, to] of [['instafake', 'kaggle'], ['kaggle', 'instafake']]) {
    for (const [fsName, features] of Object.entries(featureSets('instagram')).filter(([n]) => n !== 'counts')) {
      const t = trainSubModel(byId[from], features);
      const calls = byId[to].map((r) => predict(t.fit, r) >= t.thresholds.likelyFake);
      const m = scoreOf(calls, byId[to]);
      const nameOf = (id) => LABELLED_SETS.find((s) => s.id === id).name;
      transferLines.push([nameOf(from), nameOf(to), fsName, `**${f3(m.mcc)}**`, pct(m.precision), pct(m.recall), pct(m.specificity)]);
      summary.transfer[`${from}->${to}/${fsName}`] = pick(m);
    }
  }
  // InstaFake alone (the baseline: a logistic regression trained only on InstaFake).
  const aloneLines = [];
  for (const [fsName, features] of Object.entries(featureSets('instagram')).filter(([n]) => n !== 'counts')) {
    const m = scoreOf(nested(byId.instafake, features).map((c) => c.fake), byId.instafake);
    aloneLines.push(['InstaFake', fsName, `**${f3(m.mcc)}**`, pct(m.precision), pct(m.recall)]);
    summary.sets[`instafake-alone/${fsName}`] = { model: pick(m) };
  }

  const mf = FOLLOWERS_MODEL.provenance.missingFeatures;
  const missingLines = Object.entries(mf.measured).flatMap(([platform, sets]) =>
    Object.entries(sets).map(([name, v]) => [platform, name, f3(v.subModel), f3(v.imputed)]));

  const markdown = `## Follower model (learned, explained)

The model \`influaudit followers\` will classify followers with: a logistic regression per platform and per feature set
(\`src/core/audience/model/\`, coefficients in \`followers-model.json\`, version ${FOLLOWERS_MODEL.version}, trained
${FOLLOWERS_MODEL.provenance.trained} by \`npm run train\`). Instagram learns from InstaFake (Akyon & Kalfaoglu 2019) and
the Kaggle "Instagram fake spammer genuine accounts" set pooled; X from Cresci et al. 2015 "Fame for sale".

**Method.** Nested cross-validation of the whole training procedure: ${FOLDS} outer folds (stratified by data set and
label, seeded); on each outer training part the procedure runs as \`npm run train\` does (inner ${FOLDS}-fold
out-of-fold probabilities choose the likely-fake threshold at the best MCC, then one fit), and the outer fold is scored
by that model. No threshold, weight or choice ever saw the followers it is scored on. Positive class: likely-fake.
The rules are today's \`DEFAULT_AUDIENCE\`, run through the built command (\`influaudit followers FILE --format ndjson\`)
on the same rows; they were tuned on half of InstaFake and of Cresci, so their figures on those sets are optimistic.
"magi-metrics" keeps only posts, following, followers, profile picture and private (the columns of a Magi Metrics
export; X has no private column); "counts" keeps posts, following and followers. The rules get the same columns only.

### Cross-validated accuracy (model) vs today's rules

${table(['set', 'platform', 'features', 'fake / real', 'model MCC', 'model precision', 'model recall', 'rules MCC', 'rules precision', 'rules recall'], cvLines)}

The Instagram rows are the pooled model's out-of-fold calls on each set's followers. Trained on InstaFake alone
(nested the same way):

${table(['set', 'features', 'MCC', 'precision', 'recall'], aloneLines)}

### Transfer (a proxy for followers of another population)

Trained on one Instagram set (threshold chosen inside it by cross-validation), scored on the other, untouched:

${table(['trained on', 'tested on', 'features', 'MCC', 'precision', 'recall', 'specificity'], transferLines)}

### Fake share: raw vs corrected (Rogan & Gladen 1978)

The share of likely-fake calls in each set, and that share corrected with the sensitivity and specificity the
procedure measured on its own training folds (interval: Wilson on the raw share, mapped through the estimator),
beside the true share. The correction needs only sensitivity and specificity, not the training mix:

${table(['set', 'features', 'true fake share', 'raw share', 'corrected share (95 %)'], sharesLines)}

The same out-of-fold calls, subsampled (seeded) to 10 % and 30 % fakes, mixes unlike any training set:

${table(['set', 'followers', 'true fake share', 'raw share', 'corrected share (95 %)'], prevalenceLines)}

### Missing features: a sub-model per feature set vs imputation

Out-of-fold MCC on the same folds (from \`npm run train\`, recorded in the JSON): each narrower feature set scored by its
own sub-model, or by the full model with the absent features filled in by their conditional mean (least squares on the
training folds). Chosen: **${mf.choice}**. ${mf.why}

${table(['platform', 'export has', 'own sub-model', 'full model + imputation'], missingLines)}
`;
  return { markdown, summary };
}

function pick(m) {
  return { mcc: m.mcc, precision: m.precision, recall: m.recall, specificity: m.specificity };
}
