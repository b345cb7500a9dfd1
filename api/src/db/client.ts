import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { redactUrl, type Config } from '../config.js';
import { withTimeout } from '../platform/timeout.js';
import { StartupError } from '../startup-error.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The drizzle handle services use; the same type on PGlite and on PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema>;
/** A handle that may be the database or an open transaction. */
export type DbOrTx = Db | Tx;

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'drizzle',
);

// Arbitrary, fixed: the session-level advisory lock that serialises migrations across replicas.
const MIGRATION_LOCK_ID = 727_001;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Applies pending migrations; safe when several replicas start at once. */
  migrate(): Promise<void>;
  /** Resolves when the database answers a query; used by /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /**
   * Called with the text of every statement run through drizzle (transaction BEGIN/COMMIT
   * aside): the bench and the query-count test count statements per request with it.
   */
  onQuery?: (sql: string) => void;
}

/**
 * Opens the database the config names: PGlite (a data directory, or `memory://`) by default,
 * PostgreSQL through postgres.js when DATABASE_URL is set. Throws StartupError when the
 * server cannot be reached.
 */
export async function openDatabase(
  config: Config,
  options: DatabaseOptions = {},
): Promise<Database> {
  const casing = 'snake_case' as const;
  const onQuery = options.onQuery;
  const logger = onQuery ? { logQuery: (query: string) => onQuery(query) } : undefined;
  if (config.database.kind === 'pglite') {
    const { dataDir } = config.database;
    if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
    const client = await PGlite.create(dataDir, { extensions: { btree_gist, pg_trgm } });
    const db = drizzlePglite({ client, schema, casing, logger }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      // PGlite is single-connection and in-process: no other replica can race us.
      migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
      ping: async () => {
        if (client.closed) throw new Error('embedded database is closed');
        await withTimeout(client.query('select 1'), 2000, 'database ping timed out');
      },
      close: async () => {
        if (!client.closed) await client.close();
      },
    };
  }

  const { url } = config.database;
  const client = postgres(url, {
    max: 10,
    connect_timeout: 5,
    idle_timeout: 30,
    onnotice: () => {},
    connection: { application_name: 'plannivo-api' },
  });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 0 });
    const reason = (error as { code?: string }).code ?? (error as Error).message;
    throw new StartupError('DATABASE_URL', `cannot connect to ${redactUrl(url)} (${reason})`);
  }
  const db = drizzlePostgres({ client, schema, casing, logger }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async migrate() {
      // One connection of its own, so the session-level lock and the migration share it.
      const single = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
        await migratePostgres(drizzlePostgres({ client: single, casing }), {
          migrationsFolder: MIGRATIONS_DIR,
        });
      } finally {
        await single`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.catch(() => {});
        await single.end({ timeout: 5 });
      }
    },
    ping: async () => {
      await withTimeout(db.execute(sql`select 1`), 2000, 'database ping timed out');
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/** The rows of a raw `db.execute` result: postgres.js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}
