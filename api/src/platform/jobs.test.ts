import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.js';
import { sessionsTable } from '../modules/identity/schema.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { eventually } from '../test/wait.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

describe('jobs', () => {
  it('run in this mode (in-process embedded, BullMQ with Redis): the session purge deletes expired sessions only', async () => {
    expect(t.app.deps.platform.jobs.kind).toBe(t.config.redis ? 'bullmq' : 'in-process');
    const user = await t.signIn('STUDENT');
    const [expired] = await t.db
      .insert(sessionsTable)
      .values({
        userId: user.userId,
        tokenHash: hashToken(`expired-${user.userId}`),
        expiresAt: new Date(Date.now() - 60_000),
      })
      .returning();
    await t.app.deps.platform.jobs.enqueue('sessions.purgeExpired', {});
    const gone = await eventually(
      async () =>
        (await t.db.select().from(sessionsTable).where(eq(sessionsTable.id, expired!.id)))
          .length === 0,
    );
    expect(gone).toBe(true);
    const live = await t.db
      .select()
      .from(sessionsTable)
      .where(eq(sessionsTable.userId, user.userId));
    expect(live).toHaveLength(1);
  });

  it('retry a failing job and run a delayed one', async () => {
    const jobs = t.app.deps.platform.jobs;
    let attempts = 0;
    const original = 'sessions.purgeExpired' as const;
    jobs.define(original, async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('transient failure');
    });
    await jobs.enqueue(original, {}, { delayMs: 200 });
    expect(await eventually(async () => attempts >= 2, { timeoutMs: 20_000 })).toBe(true);
  });
});
