// Memory probe: peak RSS of `influaudit score` on rosters of 200k and 1M rows for every --format, output to
// /dev/null, and the ratio 1M / 200k (≈1 when a format streams, ≈5 when it holds every account). A format that
// fails (exit code other than 0 or 1, out of memory) or runs past the timeout is reported as such; the probe goes on.
//
//   node bench/memory.js [--rounds N] [--timeout SECONDS] [--formats csv,json,…] [--workers 1|auto|default] [--write-docs]
//
// Needs the build (npm run build). Runs one command at a time: these figures are memory, not speed, and the
// seconds beside them are only there to show what a format costs on a loaded machine. A run's peak moves by ±5–10
// MiB with the garbage collector's timing, so each figure is the median of --rounds runs (3 by default), with range.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { replaceSection } from './docs-writer.js';
import { input, OUT } from './inputs.js';
import { describeLoad, describeMachine, watchLoad } from './machine.js';

const BIN = fileURLToPath(new URL('../bin/influaudit.js', import.meta.url));
const PROBE = fileURLToPath(new URL('./rss-probe.js', import.meta.url));
const FORMATS = ['table', 'markdown', 'html', 'json', 'ndjson', 'csv'];

const { values: opts } = parseArgs({
  options: {
    timeout: { type: 'string', default: '240' },
    rounds: { type: 'string', default: '3' },
    formats: { type: 'string' },
    workers: { type: 'string', default: '1' },
    'write-docs': { type: 'boolean' },
  },
});
const TIMEOUT = Number(opts.timeout);
const ROUNDS = Number(opts.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`--rounds wants a whole number ≥ 1, got ${opts.rounds}`);
const formats = opts.formats ? opts.formats.split(',') : FORMATS;

// GNU time reports the peak RSS of a run that crashed or was killed as well (its rss-probe cannot: no exit
// handler runs on SIGABRT or SIGKILL); timeout(1) kills the run itself, so no orphan outlives a timed-out run.
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
const hasTimeout = spawnSync('timeout', ['1', 'true']).status === 0;
const scratch = mkdtempSync(join(tmpdir(), 'influaudit-memory-'));
let cpu = 0; // CPU seconds of the runs, to tell the machine's other load from theirs

// One thread by default while --workers exists: with `auto` the 1M file (47 MB, over 12 MiB) gets a second thread
// and the 200k one (9 MB) does not, and the ratio 1M / 200k would mix the thread's memory with the format's.
const help = spawnSync(process.execPath, [BIN, 'score', '--help'], { encoding: 'utf8' });
const workers = help.stdout?.includes('--workers') && opts.workers !== 'default' ? ['--workers', opts.workers] : [];

function probe(file, format) {
  const args = [BIN, 'score', file, '--format', format, '--quiet', ...workers];
  const rssFile = join(scratch, 'rss');
  rmSync(rssFile, { force: true });
  let command;
  let argv;
  if (gnuTime && hasTimeout) {
    command = '/usr/bin/time';
    argv = ['-f', '%M %U %S', '-o', rssFile, 'timeout', '-k', '10', String(TIMEOUT), process.execPath, ...args];
  } else {
    command = process.execPath;
    argv = ['--import', PROBE, ...args];
  }
  const t0 = Date.now();
  const r = spawnSync(command, argv, {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    timeout: (TIMEOUT + 30) * 1000, // only a backstop where timeout(1) is missing
    killSignal: 'SIGKILL',
  });
  const seconds = (Date.now() - t0) / 1000;
  // GNU time: "KiB user-s system-s" (after a line of its own when the command failed); rss-probe: "KiB user-µs system-µs"
  const usage = gnuTime && hasTimeout ? readFileSync(rssFile, 'utf8').trim().split('\n').pop() : String(r.output[3] ?? '').trim();
  const [rssKiB, user, system] = usage.split(' ').map(Number);
  const rssMiB = Number.isFinite(rssKiB) && rssKiB > 0 ? rssKiB / 1024 : undefined;
  const cpuSeconds = gnuTime && hasTimeout ? user + system : (user + system) / 1e6;
  cpu += Number.isFinite(cpuSeconds) ? cpuSeconds : 0;
  // timeout(1) exits 124 when it stopped the run with SIGTERM, 137 when it had to kill it
  if (r.error?.code === 'ETIMEDOUT' || (hasTimeout && (r.status === 124 || r.status === 137) && seconds >= TIMEOUT)) return { seconds, rssMiB, failed: `timed out after ${TIMEOUT} s` };
  // GNU time reports a child killed by a signal as "Command terminated by signal N" and exits 128 + N; timeout(1)
  // passes a signal death on as 128 + N too
  const status = r.status ?? 128 + (r.signal === 'SIGKILL' ? 9 : 6);
  if (status !== 0 && status !== 1) {
    const oom = /heap out of memory|Allocation failed|ENOMEM/.test(r.stderr) ? 'out of memory, ' : '';
    // the line that says what went wrong, rather than the last frame of a native stack trace
    const said = r.stderr.split('\n').filter((l) => l.trim() && !/^Command (exited|terminated)/.test(l));
    const detail = said.find((l) => /^(FATAL|\w*Error:)/.test(l.trim())) ?? said.find((l) => /error/i.test(l)) ?? said.pop() ?? '';
    return { seconds, rssMiB, failed: `failed (${oom}exit ${status}${status > 128 ? `, signal ${status - 128}` : ''})`, detail: detail.trim().slice(0, 160) };
  }
  return { seconds, rssMiB };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The rounds of one format and size as one figure: the first failure if any, else the medians and the RSS range. */
function medianRun(rounds) {
  const failed = rounds.find((r) => r.failed);
  if (failed) return failed;
  const rss = rounds.map((r) => r.rssMiB).filter((x) => x !== undefined);
  return { seconds: median(rounds.map((r) => r.seconds)), rssMiB: rss.length ? median(rss) : undefined, rssRange: rss.length ? [Math.min(...rss), Math.max(...rss)] : undefined, rounds: rounds.length };
}

const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  process.stderr.write(`bin/influaudit.js --version exited ${version.status}: run npm run build first\n${version.stderr}`);
  process.exit(2);
}

const machine = describeMachine();
const sizes = [await input('roster-200k'), await input('roster-1m')];
const results = [];
const load = watchLoad();
for (const format of formats) {
  const row = { format, runs: [] };
  for (const f of sizes) {
    if (row.runs.some((r) => r.failed?.startsWith('timed out'))) {
      row.runs.push({ skipped: `skipped: ${sizes[0].label} timed out` }); // the larger file would only time out later
      continue;
    }
    const rounds = [];
    for (let i = 0; i < ROUNDS; i++) {
      process.stderr.write(`${f.label}, --format ${format}, run ${i + 1}/${ROUNDS}… `);
      const r = probe(f.path, format);
      process.stderr.write(`${r.failed ?? `${r.seconds.toFixed(1)} s`}, ${r.rssMiB ? `${r.rssMiB.toFixed(0)} MiB` : 'no RSS'}\n`);
      rounds.push(r);
      if (r.failed) break; // a failure (a timeout, out of memory) would only repeat
    }
    const r = medianRun(rounds);
    row.runs.push(r);
  }
  results.push(row);
}
const l = load.stop(cpu);

const fmt = (x, d = 0) => (x === undefined ? '–' : x.toFixed(d));
const range = (r) => (r.rssRange && r.rounds > 1 ? ` (${fmt(r.rssRange[0])}–${fmt(r.rssRange[1])})` : '');
const cell = (r) => (r.skipped ? r.skipped : `${fmt(r.rssMiB)} MiB${range(r)}${r.failed ? ` — ${r.failed}` : ''}`);
const lines = [];
const when = new Date().toISOString().replace(/:\d\d\.\d+Z$/, ' UTC').replace('T', ' ');
lines.push(`- Measured ${when} on build ${machine.build}: ${machine.nproc} cores × ${machine.model}, ${machine.memGiB} GiB, Node ${machine.node}.`);
lines.push(`- \`influaudit score FILE --format F --quiet${workers.length ? ` ${workers.join(' ')}` : ''} > /dev/null\`, one run at a time, ${ROUNDS === 1 ? 'one run' : `the median of ${ROUNDS} runs (range in brackets)`} per figure, timeout ${TIMEOUT} s; peak RSS by ${gnuTime && hasTimeout ? 'GNU time (%M)' : "the process's own resourceUsage().maxRSS"}.`);
lines.push(`- Load: ${describeLoad(l)}.`);
lines.push('');
lines.push(`| --format | peak RSS, ${sizes[0].label} | peak RSS, ${sizes[1].label} | 1M / 200k | wall, 200k / 1M |`);
lines.push('|---|---:|---:|---:|---:|');
for (const { format, runs } of results) {
  const [a, b] = runs;
  const ratio = a.rssMiB && b.rssMiB && !a.failed && !b.failed ? `${(b.rssMiB / a.rssMiB).toFixed(2)}×` : '–';
  lines.push(`| ${format} | ${cell(a)} | ${cell(b)} | ${ratio} | ${a.skipped ? '–' : fmt(a.seconds, 1)} / ${b.skipped ? '–' : fmt(b.seconds, 1)} s |`);
}
const details = results.flatMap(({ format, runs }) => runs.flatMap((r, i) => (r.detail ? [`- ${format}, ${sizes[i].label}: ${r.detail}`] : [])));
if (details.length) lines.push('', 'What the failed runs said on stderr:', ...details);

const text = lines.join('\n');
process.stdout.write(`\n${text}\n`);
writeFileSync(OUT + 'memory.md', `${text}\n`);
writeFileSync(OUT + 'memory.json', JSON.stringify({ when, machine, timeout: TIMEOUT, results, load: l }, null, 2));
rmSync(scratch, { recursive: true, force: true });
process.stderr.write('written to bench/out/memory.md and memory.json\n');
if (opts['write-docs']) {
  replaceSection('bench:memory', text);
  process.stderr.write('docs/performance.md: "Memory by format" replaced\n');
}
