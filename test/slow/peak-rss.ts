import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, ROOT } from '../e2e/run-cli.js';

const PROBE = fileURLToPath(new URL('../../bench/rss-probe.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'influaudit-rss-'));
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

export interface MeasuredRun {
  code: number | null;
  /** Where stdout went (a file), when it was kept. */
  stdoutFile?: string;
  stderr: string;
  /** Peak resident set of the run, MiB: GNU time's %M, else the process's own resourceUsage().maxRSS (bench/rss-probe.js). */
  peakMiB: number;
}

/**
 * Runs the built CLI once and measures its peak RSS, as `node bench/memory.js` does. Memory, unlike time, does not
 * depend on what else the machine is doing, so a test may assert it.
 */
export function measure(args: readonly string[], keepStdout = false): MeasuredRun {
  const rssFile = join(scratch, 'rss');
  const stdoutFile = join(scratch, `stdout-${process.pid}-${Date.now()}`);
  const out = keepStdout ? openSync(stdoutFile, 'w') : 'ignore';
  const env = { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' };
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', out, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, ['--import', PROBE, BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', out, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (typeof out === 'number') closeSync(out);
  const kib = gnuTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : Number(String(r.output[3] ?? '').trim().split(' ')[0]);
  return { code: r.status, stderr: gnuTime ? r.stderr : r.stderr, peakMiB: kib / 1024, ...(keepStdout ? { stdoutFile } : {}) };
}

/** Writes a file from `lines()`, a megabyte at a time: a generated input of any size in little memory. */
export function writeLines(name: string, lines: () => Iterable<string>): string {
  const path = join(scratch, name);
  const fd = openSync(path, 'w');
  let buf = '';
  for (const line of lines()) {
    buf += line;
    if (buf.length >= 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  return path;
}
