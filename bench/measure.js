// Runs commands in fresh processes, in alternating rounds (a, b, c, a, b, c, …): on a shared machine a busy minute
// then slows every command alike, and each round's ratios compare runs made seconds apart.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROBE = fileURLToPath(new URL('./rss-probe.js', import.meta.url));

/**
 * One run of `node --import rss-probe …args`. stdout is /dev/null ('ignore') unless the command reports a row count
 * on it (the parse-only scripts). Never throws: a failed run comes back with `failed` set.
 */
export function runOnce({ args, countsRows = false, env }) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', PROBE, ...args], {
    stdio: ['ignore', countsRows ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
    env: env ? { ...process.env, ...env } : process.env,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) {
    const why = String(r.stderr ?? '').trim().split('\n').filter(Boolean).slice(-1)[0] ?? '';
    return { seconds, failed: `${r.signal ? `signal ${r.signal}` : `exit ${r.status}`}${why ? `: ${why.slice(0, 160)}` : ''}` };
  }
  const [rssKiB, userUs, systemUs] = String(r.output[3]).trim().split(' ').map(Number);
  return {
    seconds,
    rssMiB: rssKiB / 1024,
    cpuSeconds: (userUs + systemUs) / 1e6,
    rows: countsRows ? Number(String(r.stdout).trim()) : undefined,
  };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs `commands` in `rounds` alternating rounds. Ratios are to commands[0] (the reference), per round, and their
 * median is reported with their range. A command that fails is reported as failed and left out of later rounds.
 */
export function alternate(commands, rounds, onRound = () => {}) {
  const runs = commands.map(() => []);
  const failed = commands.map(() => undefined);
  for (let round = 0; round < rounds; round++) {
    commands.forEach((c, i) => {
      if (failed[i]) return;
      const r = runOnce(c);
      if (r.failed) failed[i] = r.failed;
      else runs[i].push({ ...r, round });
    });
    onRound(round);
  }
  const reference = new Map(runs[0].map((r) => [r.round, r.seconds]));
  return commands.map((c, i) => {
    if (!runs[i].length) return { label: c.label, failed: failed[i] };
    const ratios = runs[i].filter((r) => reference.has(r.round)).map((r) => r.seconds / reference.get(r.round));
    return {
      label: c.label,
      failed: failed[i],
      rounds: runs[i].length,
      seconds: median(runs[i].map((r) => r.seconds)),
      cpuSeconds: median(runs[i].map((r) => r.cpuSeconds)),
      rssMiB: Math.max(...runs[i].map((r) => r.rssMiB)),
      ratio: ratios.length ? median(ratios) : undefined,
      ratios,
      rows: runs[i].map((r) => r.rows).filter((x) => x !== undefined),
      cpuTotal: runs[i].reduce((s, r) => s + r.cpuSeconds, 0),
    };
  });
}
