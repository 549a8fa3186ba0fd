// What the figures were measured on, and how busy the machine was meanwhile: the project's machines share their
// cores with other tenants, so every result states the load beside it instead of pretending it was quiet.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export function describeMachine() {
  let nproc = availableParallelism();
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()); // what the process may use, as the issue asks
  } catch {
    // no coreutils: availableParallelism() says the same
  }
  let build = 'unknown build';
  try {
    const git = (...a) => execFileSync('git', a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    // The program measured is src/ and bin/ (and what the lock file installs): name the last commit that changed
    // them, not HEAD, which may be a commit to the bench or the docs.
    const paths = ['src', 'bin', 'package-lock.json', 'tsconfig.json'];
    build = `${git('log', '-1', '--format=%h', '--', ...paths)}${git('status', '--porcelain', '--', ...paths) ? ' + uncommitted changes' : ''}`;
  } catch {
    // not a git checkout
  }
  return { nproc, model: cpus()[0]?.model ?? 'unknown cpu', memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, build };
}

/** The kernel's CPU counters (/proc/stat, in ticks of 1/100 s); undefined where there is no /proc. */
function cpuTicks() {
  try {
    const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal: steal ?? 0 };
  } catch {
    return undefined;
  }
}

/** Starts watching the machine; stop(ourCpuSeconds) says how loaded it was, and how much of that was not ours. */
export function watchLoad() {
  const before = { load: loadavg(), ticks: cpuTicks(), at: Date.now() };
  return {
    stop(ourCpuSeconds) {
      const after = { load: loadavg(), ticks: cpuTicks(), at: Date.now() };
      const result = { seconds: (after.at - before.at) / 1000, loadBefore: before.load, loadAfter: after.load };
      if (before.ticks && after.ticks) {
        const d = (k) => (after.ticks[k] - before.ticks[k]) / 100;
        const total = d('busy') + d('idle') + d('steal');
        result.busyPct = (100 * d('busy')) / total;
        // Time the hypervisor gave this machine's cores to someone else: a busy host shows here, not in loadavg.
        result.stealPct = (100 * d('steal')) / total;
        // Other processes on this machine: busy time not spent by the measured commands (nor the bench itself,
        // which waits) — builds and tests running beside the bench.
        result.othersPct = Math.max(0, (100 * (d('busy') - ourCpuSeconds)) / total);
      }
      return result;
    },
  };
}

export const fmtLoad = (l) => l.map((x) => x.toFixed(2)).join(' / ');

export function describeLoad(w) {
  let s = `load average (1 / 5 / 15 min) ${fmtLoad(w.loadBefore)} before, ${fmtLoad(w.loadAfter)} after`;
  if (w.busyPct !== undefined) {
    s += `; cores ${w.busyPct.toFixed(0)} % busy over ${w.seconds.toFixed(0)} s`;
    if (Number.isFinite(w.othersPct)) s += `, of which other processes ${w.othersPct.toFixed(0)} %`;
    s += `, hypervisor steal ${w.stealPct.toFixed(1)} %`;
  }
  return s;
}
