// Accuracy of `influaudit followers` end to end: the real command (CSV reading, header recognition, per-file
// conventions, classification) on the three labelled files in ../shared/data, likely-fake against the label.
// Usage: npm run build && node bench/evaluate-followers-cli.js
// The files are the calibration files whose tuning halves chose DEFAULT_AUDIENCE (bench/followers-accuracy.md), so
// the "all" lines mix tuned and held-out rows; the same split (seed 20240601) gives the "tune" and "held" lines,
// which must equal bench/evaluate-followers.js's: the command classifies exactly as the core does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const DATA = new URL('../../shared/data/', import.meta.url);
const BIN = fileURLToPath(new URL('../bin/influaudit.js', import.meta.url));
const DIST = new URL('../dist/cli/main.js', import.meta.url);
const SEED = 20240601;

const SETS = [
  { name: 'InstaFake', file: 'instafake/calibration.csv', args: [], fake: (r) => r.label === 'fake', split: true },
  { name: 'Cresci 2015', file: 'cresci-2015/calibration.csv', args: ['--platform', 'x'], fake: (r) => r.label === 'fake', split: true },
  { name: 'Kaggle fake/spammer', file: 'kaggle-fake-spammer/train.csv', args: [], fake: (r) => r.fake === '1', split: false },
];

if (!existsSync(DIST)) {
  console.error('evaluate-followers-cli: no build at dist/: run `npm run build` first');
  process.exit(2);
}

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** bench/evaluate-followers.js's split, verbatim: stratified halves by a seeded Fisher–Yates shuffle. */
function splitHalves(rows) {
  const rnd = mulberry32(SEED);
  const tune = [];
  const held = [];
  for (const group of [rows.filter((r) => r.fake), rows.filter((r) => !r.fake)]) {
    const s = [...group];
    for (let i = s.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [s[i], s[j]] = [s[j], s[i]];
    }
    const k = Math.round(s.length / 2);
    tune.push(...s.slice(0, k));
    held.push(...s.slice(k));
  }
  return { tune, held };
}

function scores(rows) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of rows) {
    if (r.predicted && r.fake) tp++;
    else if (r.predicted) fp++;
    else if (r.fake) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const d = Math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
  return { tp, fp, fn, tn, precision, recall, f1, mcc: d ? (tp * tn - fp * fn) / d : 0 };
}

const pct = (x) => (x * 100).toFixed(1);
const lines = [];
// The hand-set rules, as tuned here; the learned model (the command's default) is measured by `npm run evaluate`.
const RULES_CONFIG = join(mkdtempSync(join(tmpdir(), 'influaudit-rules-')), 'rules.json');
writeFileSync(RULES_CONFIG, JSON.stringify({ audience: { classifier: 'rules' } }));
for (const set of SETS) {
  const path = fileURLToPath(new URL(set.file, DATA));
  if (!existsSync(path)) {
    console.log(`skipped ${set.name}: ${path} is absent (the labelled data is not part of the repository)`);
    continue;
  }
  const run = spawnSync(process.execPath, [BIN, 'followers', path, '--format', 'ndjson', '--quiet', '--config', RULES_CONFIG, ...set.args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) {
    console.error(`evaluate-followers-cli: influaudit followers ${set.file} exited ${run.status}: ${run.stderr.trim()}`);
    process.exit(2);
  }
  const byLine = new Map(run.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((f) => [f.line, f]));
  const records = parse(readFileSync(path), { columns: true, skip_empty_lines: true, info: true });
  const rows = records.map(({ record, info }) => {
    const f = byLine.get(info.lines);
    if (!f) throw new Error(`${set.file}: no classification for line ${info.lines}`);
    return { fake: set.fake(record), predicted: f.class === 'likely-fake' };
  });
  if (byLine.size !== rows.length) throw new Error(`${set.file}: ${byLine.size} followers classified for ${rows.length} rows`);
  const parts = set.split ? { all: rows, ...splitHalves(rows) } : { 'all (never tuned on)': rows };
  for (const [part, rs] of Object.entries(parts)) {
    const s = scores(rs);
    const nf = rs.filter((r) => r.fake).length;
    lines.push([set.name, part, `${nf} / ${rs.length - nf}`, pct(s.precision), pct(s.recall), pct(s.f1), s.mcc.toFixed(3), `${s.tp} / ${s.fp} / ${s.fn} / ${s.tn}`]);
  }
}
const row = (cells) => `| ${cells.join(' | ')} |`;
const headers = ['set', 'rows', 'fake / real', 'precision %', 'recall %', 'F1 %', 'MCC', 'TP / FP / FN / TN'];
console.log([row(headers), row(headers.map(() => '---')), ...lines.map(row)].join('\n'));
