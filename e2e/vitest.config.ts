import { defineConfig } from 'vitest/config';

// Browser tests against the real API: one server for the run (global setup), files one after
// another (they share it), generous timeouts (the API seeds an in-memory database at start).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
