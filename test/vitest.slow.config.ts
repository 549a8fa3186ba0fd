import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The slow suite (`npm run test:slow`, run by .ci/run after `npm test`): a real browser, very large inputs, memory. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/slow/**/*.test.ts'],
    testTimeout: 300_000,
    setupFiles: ['test/fast-check-seed.ts'],
  },
});
