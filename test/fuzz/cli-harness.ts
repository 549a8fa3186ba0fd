import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/program.js';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stdout that keeps what it is given; `isTTY` false, as when piped. */
class Collector extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    cb();
  }
}

/** "Today" for in-process runs: a follower's account age counted from its creation date never moves with the date. */
export const TEST_TODAY = '2026-11-23';

/**
 * Runs the CLI in-process with `stdin` fed as the given chunks, failing (not hanging) after `timeoutMs`. Thrown
 * errors escape on purpose: runCli must never throw. Its clock says TEST_TODAY (noon UTC) unless `now` is given.
 */
export async function runInProcess(args: readonly string[], stdin: readonly Buffer[] = [], timeoutMs = 10_000, opts: { columns?: number; now?: number } = {}): Promise<InProcessRun> {
  const stdout: Collector & { columns?: number } = new Collector();
  if (opts.columns !== undefined) stdout.columns = opts.columns;
  const err: string[] = [];
  const io: CliIo = {
    stdout,
    stdin: Readable.from(stdin, { objectMode: false }),
    err: (line) => void err.push(`${line}\n`),
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
    now: () => opts.now ?? Date.parse(`${TEST_TODAY}T12:00:00Z`),
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`runCli did not finish within ${timeoutMs} ms: ${args.join(' ')}`)), timeoutMs);
  });
  try {
    const code = await Promise.race([runCli(args, io), timeout]);
    return { code, stdout: Buffer.concat(stdout.chunks).toString('utf8'), stderr: err.join('') };
  } finally {
    clearTimeout(timer);
  }
}
