import { defineConfig } from 'vitest/config';

export default defineConfig({
  // type-graphql needs legacy decorators with metadata; Vitest 4 transforms with Oxc.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    // Without this Vitest can load graphql twice ("from another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    // type-graphql's decorators need the metadata polyfill before any schema module loads.
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    maxWorkers: 2,
    // Generous: several tests spawn real API processes, and CI runs two PGlite workers on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
