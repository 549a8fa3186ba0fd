// Loaded with --import: reports the process's peak RSS (KiB) on fd 3 when it exits, without touching the program.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // fd 3 not open: not under the benchmark
  }
});
