import { defineConfig } from 'drizzle-kit';

// Generation only: migrations are applied by the API at start-up (src/db/migrate.ts),
// because drizzle-kit migrate cannot load btree_gist into PGlite.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
  casing: 'snake_case',
});
