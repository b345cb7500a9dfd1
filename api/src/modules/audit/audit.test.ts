import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { isolatedEnv, startTestApp, type TestApp } from '../../test/harness.js';
import { spawnScript } from '../../test/process.js';
import { locationsTable } from '../locations/schema.js';
import { auditLogTable } from './schema.js';
import { recordAudit, verifyAuditChain } from './service.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

const rows = () => t.db.select().from(auditLogTable).orderBy(asc(auditLogTable.id));

describe('audit log', () => {
  it('records sign-ins and failed sign-ins, with no password or token in them', async () => {
    const user = await t.signIn('MANAGER');
    await t.gql(
      'mutation { login(email: "nobody@test.plannivo.test", password: "guess-guess-guess") { token } }',
    );
    await t.gql(
      `mutation { login(email: "${user.email}", password: "guess-guess-guess") { token } }`,
    );
    const all = await rows();
    const login = all.find((r) => r.action === 'auth.login' && r.entityId === user.userId);
    expect(login).toMatchObject({
      actorUserId: user.userId,
      entityType: 'user',
      ip: expect.any(String),
    });
    const failed = all.find(
      (r) => r.action === 'auth.login_failed' && r.data.email === 'nobody@test.plannivo.test',
    );
    expect(failed).toMatchObject({ actorUserId: null });
    // A failed attempt on a real account names the account as the target, never as the actor.
    const targeted = all.find(
      (r) => r.action === 'auth.login_failed' && r.entityId === user.userId,
    );
    expect(targeted).toMatchObject({
      actorUserId: null,
      entityType: 'user',
      data: { email: user.email },
    });
    const text = JSON.stringify(all);
    expect(text).not.toContain(user.password);
    expect(text).not.toContain(user.token);
    expect(text).not.toContain('guess-guess-guess');
    expect(text).not.toMatch(/\$argon2id\$/);
  });

  it('records a staff change in the same transaction as the change', async () => {
    const admin = await t.signIn('ADMIN');
    const [loc] = await t.db
      .insert(locationsTable)
      .values({ name: 'Akyaka', timezone: 'Europe/Istanbul', currency: 'TRY' })
      .returning();
    await t.gql(
      'mutation($id: ID!) { updateLocation(id: $id, input: { name: "Akyaka Bay" }) { id } }',
      { id: loc!.id },
      { token: admin.token },
    );
    const entry = (await rows()).find(
      (r) => r.action === 'location.updated' && r.entityId === loc!.id,
    );
    expect(entry).toMatchObject({
      actorUserId: admin.userId,
      data: { changes: { name: 'Akyaka Bay' } },
    });

    // A change that fails writes no audit row either.
    const before = (await rows()).length;
    await t.gql(
      'mutation($id: ID!) { updateLocation(id: $id, input: { timezone: "Nowhere/Land" }) { id } }',
      { id: loc!.id },
      { token: admin.token },
    );
    expect((await rows()).length).toBe(before);
  });

  it('stays one linear chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        withTransaction(t.db, (tx) =>
          recordAudit(tx, { userId: null }, { action: 'test.concurrent', data: { i } }, new Date()),
        ),
      ),
    );
    const result = await verifyAuditChain(t.db, 7); // small batches cross batch borders
    expect(result.broken).toBeNull();
    expect(result.checked).toBe((await rows()).length);
  });

  it('names an edited row, and the row after a deleted one', async () => {
    const all = await rows();
    const victim = all[Math.floor(all.length / 2)]!;
    await t.db
      .update(auditLogTable)
      .set({ data: { forged: true } })
      .where(eq(auditLogTable.id, victim.id));
    expect((await verifyAuditChain(t.db)).broken).toEqual({
      id: victim.id,
      reason: 'hash_mismatch',
    });

    await t.db.delete(auditLogTable).where(eq(auditLogTable.id, victim.id));
    const next = all.find((r) => r.id > victim.id)!;
    expect((await verifyAuditChain(t.db)).broken).toEqual({
      id: next.id,
      reason: 'prev_hash_mismatch',
    });
  });
});

describe('npm run audit:verify', () => {
  it('exits 0 on an intact log and 1 naming the first broken row', async () => {
    const isolated = await isolatedEnv();
    const dir = isolated.env.DATABASE_URL
      ? null
      : await mkdtemp(path.join(tmpdir(), 'plannivo-audit-'));
    const env: Record<string, string> = dir
      ? { PGLITE_DIR: dir }
      : { DATABASE_URL: isolated.env.DATABASE_URL! };
    try {
      const database = await openDatabase(loadConfig(env));
      await database.migrate();
      for (let i = 0; i < 5; i += 1) {
        await withTransaction(database.db, (tx) =>
          recordAudit(tx, { userId: null }, { action: 'test.cli', data: { i } }, new Date()),
        );
      }
      const ok = await spawnScript('src/scripts/audit-verify.ts', env);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('Audit log intact: 5 rows checked.');

      const [third] = await database.db
        .select()
        .from(auditLogTable)
        .orderBy(asc(auditLogTable.id))
        .offset(2)
        .limit(1);
      await database.db.execute(
        sql`update audit_log set action = 'test.forged' where id = ${third!.id}`,
      );
      await database.close();
      const bad = await spawnScript('src/scripts/audit-verify.ts', env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain(`Audit log broken at row ${third!.id}: its content was changed`);
    } finally {
      await isolated.drop();
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('auditLog query', () => {
  const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id action entityType entityId data occurredAt actor { id email } } }
    }
  }`;
  type Result = {
    auditLog: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        node: {
          id: string;
          action: string;
          actor: { id: string } | null;
          data: Record<string, unknown>;
        };
      }>;
    };
  };

  it('lets an admin page through the log, newest first, filtered by action prefix', async () => {
    const admin = await t.signIn('ADMIN');
    for (let i = 0; i < 5; i += 1) {
      await withTransaction(t.db, (tx) =>
        recordAudit(
          tx,
          { userId: admin.userId },
          { action: 'paging.probe', data: { i } },
          new Date(),
        ),
      );
    }
    const first = await t.gql<Result>(
      AUDIT_LOG,
      { filter: { action: 'paging.' }, first: 3 },
      { token: admin.token },
    );
    expect(first.data?.auditLog.totalCount).toBe(5);
    expect(first.data?.auditLog.edges.map((e) => e.node.data.i)).toEqual([4, 3, 2]);
    expect(first.data?.auditLog.edges[0]!.node.actor?.id).toBe(admin.userId);
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<Result>(
      AUDIT_LOG,
      { filter: { action: 'paging.' }, first: 3, after: first.data!.auditLog.pageInfo.endCursor },
      { token: admin.token },
    );
    expect(second.data?.auditLog.edges.map((e) => e.node.data.i)).toEqual([1, 0]);
    expect(second.data?.auditLog.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: expect.any(String),
    });
  });

  it('filters by actor and entity', async () => {
    const admin = await t.signIn('ADMIN');
    const byActor = await t.gql<Result>(
      AUDIT_LOG,
      { filter: { actorUserId: admin.userId, action: 'auth.login' } },
      { token: admin.token },
    );
    expect(byActor.data?.auditLog.edges.map((e) => e.node.action)).toEqual(['auth.login']);
  });

  it.each(['MANAGER', 'INSTRUCTOR', 'STUDENT'] as const)('is FORBIDDEN to a %s', async (role) => {
    const user = await t.signIn(role);
    const res = await t.gql(AUDIT_LOG, {}, { token: user.token });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('refuses a page size out of range and a foreign cursor with BAD_USER_INPUT', async () => {
    const admin = await t.signIn('ADMIN');
    const big = await t.gql(AUDIT_LOG, { first: 1000 }, { token: admin.token });
    expect(big.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { first: expect.any(String) },
    });
    const cursor = await t.gql(AUDIT_LOG, { after: 'bm90LWEtbnVtYmVy' }, { token: admin.token });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
  });
});
