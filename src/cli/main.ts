import { safeLines } from '../render/safe-text.js';
import { processIo, type CliIo } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { runCli } from './program.js';
import { capYoungGeneration } from './young-generation.js';

let outputFailed = false;

/**
 * Write errors on the process's own streams, for every command (the score sink handles its own): a reader that left
 * (`| head -1`, `2>&1 | head`) is a quiet success; stdout failing otherwise (`> /dev/full`) is one line and exit 2,
 * never an unhandled 'error' event with a stack. Nothing can be said about stderr failing.
 */
function watchOutputErrors(): void {
  process.stderr.on('error', () => undefined);
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || process.stdout.listenerCount('error') > 1) return;
    if (!outputFailed) process.stderr.write(`influaudit: cannot write the output (${e.code ?? e.message})\n`);
    outputFailed = true;
    process.exitCode = ExitCode.Error;
  });
}

/**
 * Every stderr line passes through safeText (line breaks kept): error messages quote headers and cells (a column
 * named with a right-to-left override, a duplicate handle holding an ANSI escape), and whatever a message forgot
 * to escape must still not reach the terminal raw. Escaped text stays as it is.
 */
function terminalSafeErr(io: CliIo): CliIo {
  return { ...io, err: (line) => io.err(safeLines(line)) };
}

/** The executable's entry: sets process.exitCode rather than calling process.exit, which can cut piped stdout. */
export async function main(): Promise<void> {
  watchOutputErrors();
  capYoungGeneration();
  const code = await runCli(process.argv.slice(2), terminalSafeErr(processIo()));
  process.exitCode = outputFailed ? ExitCode.Error : code;
}
