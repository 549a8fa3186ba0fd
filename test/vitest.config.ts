import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // The slow suite has its own config (vitest.slow.config.ts): npm test stays quick.
    exclude: ['test/slow/**', '**/node_modules/**'],
    testTimeout: 30_000,
    // One module graph shared by the test files of a worker: importing the sources once per file was a third of the
    // suite's time. The tests restore whatever global they touch.
    pool: 'threads',
    isolate: false,
    // One more worker than this machine's 2 cores: the spawned CLI cases leave their worker waiting on a child
    // process, and a third worker fills that time (the suite took 84 s with 2, 48 s with 3 and 53 s with 4).
    maxWorkers: 3,
    setupFiles: ['test/fast-check-seed.ts'],
  },
});
