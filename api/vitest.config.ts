import { defineConfig } from 'vitest/config';
import { isDriverTypeLookupError } from './src/db/driver-errors';

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
    // The outage tests (readiness) cut the database under a live pool: postgres.js may then
    // drop its own array-type lookup's rejection unhandled (isDriverTypeLookupError in
    // src/db/client.ts); main.ts logs and ignores it, so the tests do too. Anything else fails.
    onUnhandledError: (error) => !isDriverTypeLookupError(error),
  },
});
