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
const REPEAT = quick ? 1 : 5;
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

/**
 * Commands run in turns (a, b, c, a, b, c, …) rather than one after the other: on a shared machine a slow minute then
 * slows every command alike, and each turn's ratios compare runs made seconds apart. Ratios are the medians of
 * the per-turn ratios to the first command.
 */
function interleaved(commands, repeat = REPEAT) {
  const turns = Array.from({ length: repeat }, () => commands.map((args) => run(args)));
  return commands.map((_, i) => ({
    seconds: median(turns.map((t) => t[i].seconds)),
    rssMiB: Math.max(...turns.map((t) => t[i].rssMiB)),
    ratio: median(turns.map((t) => t[i].seconds / t[0].seconds)),
    ratios: turns.map((t) => t[i].seconds / t[0].seconds),
  }));
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
lines.push(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}; median of ${REPEAT} turns, each command once a turn in a fresh process`);
lines.push('ratio: time over csv-parse alone on the same file, median of the per-turn ratios; score reads a file of 12 MiB and more on the main thread and a worker thread (--workers auto)');
lines.push('');
lines.push('| input | MB | csv-parse alone | influaudit score --format csv | ratio (per-turn range) | rows/s | MB/s | peak RSS (parse / score) | one thread (--workers 1) |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const range = (m) => `${fmt(Math.min(...m.ratios))}–${fmt(Math.max(...m.ratios))}`;
for (const f of files) {
  const mb = statSync(f.path).size / 1e6;
  const scoreArgs = [BIN, 'score', f.path, '--format', 'csv', '--quiet'];
  const [parse, score, single] = interleaved([[here('./parse-only.js'), f.path], scoreArgs, [...scoreArgs, '--workers', '1']]);
  results.push({ input: f.label, mb, parse, score, single, ratio: score.ratio, singleRatio: single.ratio });
  lines.push(`| ${f.label} | ${fmt(mb, 0)} | ${fmt(parse.seconds)} s | ${fmt(score.seconds)} s | **${fmt(score.ratio)}×** (${range(score)}) | ${fmt(f.rows / score.seconds / 1000, 0)} k | ${fmt(mb / score.seconds, 1)} | ${fmt(parse.rssMiB, 0)} / ${fmt(score.rssMiB, 0)} MiB | ${fmt(single.ratio)}× (${range(single)}), ${fmt(single.rssMiB, 0)} MiB |`);
}
const [, ndjson] = interleaved([[here('./parse-only.js'), files[1].path], [BIN, 'score', files[1].path, '--format', 'ndjson', '--quiet']], quick ? 1 : 3);
lines.push('');
lines.push(`roster 1M rows with --format ndjson (every signal with its evidence, ${'≈'}1 KB an account): ${fmt(ndjson.seconds)} s, ${fmt(ndjson.ratio)}× csv-parse alone, peak RSS ${fmt(ndjson.rssMiB, 0)} MiB`);

const startup = 10;
const [bare, version, ten] = interleaved([['-e', ''], [BIN, '--version'], [BIN, 'score', tiny, '--format', 'json']], startup);
lines.push('');
lines.push('| start-up | median of 10 | vs bare node |');
lines.push('|---|---:|---:|');
lines.push(`| node -e '' | ${fmt(bare.seconds * 1000, 0)} ms | 1.00× |`);
lines.push(`| influaudit --version | ${fmt(version.seconds * 1000, 0)} ms | ${fmt(version.ratio)}× |`);
lines.push(`| influaudit score (10 rows, json) | ${fmt(ten.seconds * 1000, 0)} ms | ${fmt(ten.ratio)}× |`);
const text = lines.join('\n');
process.stdout.write(`${text}\n`);
writeFileSync(OUT + 'results.md', `${text}\n`);
writeFileSync(OUT + 'results.json', JSON.stringify({ results, ndjson, startup: { bare, version, ten } }, null, 2));
