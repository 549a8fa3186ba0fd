import type { Readable, Writable } from 'node:stream';

/** The process as the CLI sees it: injectable, so most CLI tests run in-process. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stdin: Readable;
  /** One line to stderr (the newline is added). */
  err(line: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The clock, in ms since 1970 (default Date.now): "today" for follower account ages, injectable for tests. */
  now?: () => number;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stdin: process.stdin,
    err: (line) => {
      process.stderr.write(`${line}\n`);
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Colour only for a terminal, never when NO_COLOR is set (no-color.org) or TERM=dumb; `--color` forces it and
 * `--no-color` forbids it. Decided here once; nothing else looks at the environment.
 */
export function useColor(io: CliIo, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (flag === true) return true;
  return io.stdout.isTTY === true && io.env['TERM'] !== 'dumb';
}
