// Nothing to copy at the moment: dist/ reads migrations from api/drizzle directly.
// Kept as the one post-build hook of the API build; it verifies the folder exists so a
// broken checkout fails at build time rather than at start-up.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const journal = fileURLToPath(new URL('../drizzle/meta/_journal.json', import.meta.url));
if (!existsSync(journal)) {
  console.error(`api build: missing ${journal}; run npm run db:generate`);
  process.exit(1);
}
