import { processIo } from './cli-io.js';
import { runCli } from './program.js';

/** The executable's entry: sets process.exitCode rather than calling process.exit, which can cut piped stdout. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
}
