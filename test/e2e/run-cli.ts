import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/influaudit.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the real executable (built by `npm test`'s pretest), from the project root, without colour. */
export function runBin(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Asserts nothing in stderr looks like a stack trace. */
export function hasStack(stderr: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(stderr) || /node:internal/.test(stderr);
}
