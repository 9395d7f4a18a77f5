import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The whole seed is parsed in several files and the browser test starts Chromium: generous limits for a 2-core CI machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
