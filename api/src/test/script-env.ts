import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isolatedEnv } from './harness.js';

/**
 * Runs `test` with the settings a spawned command needs for a database of its own (a copy of
 * the template on PostgreSQL, or a PGlite directory under `dir`) and a scratch folder `dir`
 * for its files; both are removed afterwards, whatever happens.
 */
export async function withScriptEnv(
  test: (scratch: { env: Record<string, string>; dir: string }) => Promise<void>,
): Promise<void> {
  const isolated = await isolatedEnv();
  const dir = await mkdtemp(path.join(tmpdir(), 'plannivo-script-'));
  try {
    const env: Record<string, string> = isolated.env.DATABASE_URL
      ? { DATABASE_URL: isolated.env.DATABASE_URL }
      : { PGLITE_DIR: path.join(dir, 'db') };
    await test({ env, dir });
  } finally {
    await isolated.drop();
    await rm(dir, { recursive: true, force: true });
  }
}
