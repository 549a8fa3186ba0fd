import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // The slow suite has its own config (vitest.slow.config.ts): npm test stays quick.
    exclude: ['test/slow/**', '**/node_modules/**'],
    testTimeout: 30_000,
    setupFiles: ['test/fast-check-seed.ts'],
  },
});
