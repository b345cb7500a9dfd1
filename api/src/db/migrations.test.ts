import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { sqlState } from '../errors.js';
import { testEnv } from '../test/env.js';
import { withDatabase } from '../test/global-setup.js';
import { uniqueId } from '../test/harness.js';
import { openDatabase, rowsOf, type Database } from './client.js';

/** What every engine must have after migrating: our tables, btree_gist, a working overlap guard. */
async function expectMigrated(database: Database) {
  const { db } = database;
  const tables = await db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
  );
  expect(rowsOf<{ table_name: string }>(tables).map((r) => r.table_name)).toEqual(
    expect.arrayContaining(['locations', 'sessions', 'users']),
  );
  const ext = await db.execute<{ extname: string }>(
    sql`select extname from pg_extension where extname = 'btree_gist'`,
  );
  expect(rowsOf(ext)).toHaveLength(1);

  // The reason btree_gist is there: an exclusion constraint mixing = and &&. A plain table
  // (not temp): pooled statements may each take another connection.
  const probe = sql.identifier(`probe_${uniqueId()}`);
  await db.execute(sql`create table ${probe} (resource int, during tstzrange,
    exclude using gist (resource with =, during with &&))`);
  try {
    await db.execute(
      sql`insert into ${probe} values (1, '[2026-06-01 10:00Z, 2026-06-01 12:00Z)')`,
    );
    await db.execute(
      sql`insert into ${probe} values (1, '[2026-06-01 12:00Z, 2026-06-01 13:00Z)')`,
    ); // touching
    await db.execute(
      sql`insert into ${probe} values (2, '[2026-06-01 10:00Z, 2026-06-01 12:00Z)')`,
    ); // other resource
    const clash = await db
      .execute(sql`insert into ${probe} values (1, '[2026-06-01 11:00Z, 2026-06-01 11:30Z)')`)
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(sqlState(clash)).toBe('23P01');
  } finally {
    await db.execute(sql`drop table ${probe}`);
  }

  const applied = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return rowsOf<{ n: number }>(applied)[0]!.n;
}

describe('migrations', () => {
  it('apply on PGlite, and a second run changes nothing', async () => {
    const database = await openDatabase(loadConfig({ PGLITE_DIR: 'memory://' }));
    try {
      await database.migrate();
      const applied = await expectMigrated(database);
      await database.migrate();
      expect(await expectMigrated(database)).toBe(applied);
    } finally {
      await database.close();
    }
  });

  it.skipIf(!testEnv.databaseUrl)(
    'apply on PostgreSQL, even when two replicas start at once',
    async () => {
      const name = `plannivo_mig_${uniqueId()}`;
      const admin = postgres(testEnv.databaseUrl!, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE "${name}"`);
      const config = loadConfig({ DATABASE_URL: withDatabase(testEnv.databaseUrl!, name) });
      const [a, b] = [await openDatabase(config), await openDatabase(config)];
      try {
        await Promise.all([a.migrate(), b.migrate()]);
        const applied = await expectMigrated(a);
        expect(applied).toBeGreaterThanOrEqual(2);
        expect(await expectMigrated(b)).toBe(applied);
      } finally {
        await a.close();
        await b.close();
        await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
