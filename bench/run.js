// npm run bench: generates its own data, then measures side by side in one run, in fresh processes:
// influaudit score vs csv-parse alone on the same file (rows/s, MB/s, ratio, peak RSS), and start-up costs.
// Not a test: figures depend on the machine; the ratios are what to compare.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { generateHistory, generateRoster } from './generate.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const OUT = here('./out/');
const BIN = here('../bin/influaudit.js');
const PROBE = here('./rss-probe.js');
const quick = process.argv.includes('--quick');
const REPEAT = quick ? 1 : 3;
mkdirSync(OUT, { recursive: true });

function run(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', PROBE, ...args], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { seconds, rssMiB: Number(String(r.output[3]).trim()) / 1024 };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(args, repeat = REPEAT) {
  const runs = Array.from({ length: repeat }, () => run(args));
  return { seconds: median(runs.map((r) => r.seconds)), rssMiB: Math.max(...runs.map((r) => r.rssMiB)) };
}

async function ensure(name, make) {
  const path = OUT + name;
  if (!existsSync(path)) {
    process.stderr.write(`generating ${name}…\n`);
    await make(path);
  }
  return path;
}

const files = [
  { label: 'roster 200k rows', rows: 200_000, path: await ensure('roster-200k.csv', (p) => generateRoster(p, 200_000)) },
  { label: 'roster 1M rows', rows: 1_000_000, path: await ensure('roster-1m.csv', (p) => generateRoster(p, 1_000_000)) },
  { label: 'history 10k × 365 (3.65M rows)', rows: 3_650_000, path: await ensure('history-3.65m.csv', (p) => generateHistory(p, 10_000, 365)) },
];
const tiny = await ensure('roster-10.csv', (p) => generateRoster(p, 10));

const results = [];
const lines = [];
const fmt = (x, d = 2) => x.toFixed(d);
lines.push(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}; median of ${REPEAT} fresh processes`);
lines.push('');
lines.push('| input | MB | csv-parse alone | influaudit score --format csv | ratio | rows/s | MB/s | peak RSS (parse / score) |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const f of files) {
  const mb = statSync(f.path).size / 1e6;
  const parse = measure([here('./parse-only.js'), f.path]);
  const score = measure([BIN, 'score', f.path, '--format', 'csv', '--quiet']);
  const ratio = score.seconds / parse.seconds;
  results.push({ input: f.label, mb, parse, score, ratio });
  lines.push(`| ${f.label} | ${fmt(mb, 0)} | ${fmt(parse.seconds)} s | ${fmt(score.seconds)} s | **${fmt(ratio)}×** | ${fmt(f.rows / score.seconds / 1000, 0)} k | ${fmt(mb / score.seconds, 1)} | ${fmt(parse.rssMiB, 0)} / ${fmt(score.rssMiB, 0)} MiB |`);
}
const ndjson = measure([BIN, 'score', files[1].path, '--format', 'ndjson', '--quiet']);
lines.push('');
lines.push(`roster 1M rows with --format ndjson (every signal with its evidence, ${'≈'}1 KB an account): ${fmt(ndjson.seconds)} s, ${fmt(ndjson.seconds / results[1].parse.seconds)}× csv-parse alone, peak RSS ${fmt(ndjson.rssMiB, 0)} MiB`);

const startup = 10;
const bare = measure(['-e', ''], startup);
const version = measure([BIN, '--version'], startup);
const ten = measure([BIN, 'score', tiny, '--format', 'json'], startup);
lines.push('');
lines.push('| start-up | median of 10 | vs bare node |');
lines.push('|---|---:|---:|');
lines.push(`| node -e '' | ${fmt(bare.seconds * 1000, 0)} ms | 1.00× |`);
lines.push(`| influaudit --version | ${fmt(version.seconds * 1000, 0)} ms | ${fmt(version.seconds / bare.seconds)}× |`);
lines.push(`| influaudit score (10 rows, json) | ${fmt(ten.seconds * 1000, 0)} ms | ${fmt(ten.seconds / bare.seconds)}× |`);
const text = lines.join('\n');
process.stdout.write(`${text}\n`);
writeFileSync(OUT + 'results.md', `${text}\n`);
writeFileSync(OUT + 'results.json', JSON.stringify({ results, ndjson, startup: { bare, version, ten } }, null, 2));
