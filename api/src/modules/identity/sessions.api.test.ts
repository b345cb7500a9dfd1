import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { auditLogTable } from '../audit/schema.js';
import { usersTable } from './schema.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const SESSIONS = '{ mySessions { id current userAgent } }';
const ME = '{ me { id } }';
const CHANGE =
  'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

const loginAs = async (email: string, password: string) =>
  (await t.gql<{ login: { token: string } }>(LOGIN, { e: email, p: password })).data?.login.token;
const meId = async (token: string) =>
  (await t.gql<{ me: { id: string } | null }>(ME, {}, { token })).data?.me?.id ?? null;

describe('sessions', () => {
  it('lists only the caller’s live sessions and marks the current one', async () => {
    const user = await t.signIn('STUDENT');
    const second = (await loginAs(user.email, user.password))!;
    await t.signIn('STUDENT'); // someone else's session
    const res = await t.gql<{ mySessions: Array<{ id: string; current: boolean }> }>(
      SESSIONS,
      {},
      { token: second },
    );
    expect(res.data?.mySessions).toHaveLength(2);
    expect(res.data?.mySessions.filter((s) => s.current)).toHaveLength(1);
  });

  it('revokes one of the caller’s sessions, and never someone else’s (NOT_FOUND)', async () => {
    const user = await t.signIn('INSTRUCTOR');
    const phone = (await loginAs(user.email, user.password))!;
    const other = await t.signIn('INSTRUCTOR');
    const list = await t.gql<{ mySessions: Array<{ id: string; current: boolean }> }>(
      SESSIONS,
      {},
      { token: user.token },
    );
    const phoneSession = list.data!.mySessions.find((s) => !s.current)!;
    const otherList = await t.gql<{ mySessions: Array<{ id: string }> }>(
      SESSIONS,
      {},
      { token: other.token },
    );

    const foreign = await t.gql(
      'mutation($id: ID!) { revokeSession(id: $id) }',
      { id: otherList.data!.mySessions[0]!.id },
      { token: user.token },
    );
    expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await meId(other.token)).toBe(other.userId);

    const own = await t.gql(
      'mutation($id: ID!) { revokeSession(id: $id) }',
      { id: phoneSession.id },
      { token: user.token },
    );
    expect(own.data).toEqual({ revokeSession: true });
    expect(await meId(phone)).toBeNull();
    expect(await meId(user.token)).toBe(user.userId);
  });

  it('revokes every other session at once', async () => {
    const user = await t.signIn('CUSTOMER');
    const a = (await loginAs(user.email, user.password))!;
    const b = (await loginAs(user.email, user.password))!;
    const res = await t.gql<{ revokeOtherSessions: number }>(
      'mutation { revokeOtherSessions }',
      {},
      { token: a },
    );
    expect(res.data?.revokeOtherSessions).toBe(2);
    expect([await meId(a), await meId(b), await meId(user.token)]).toEqual([
      user.userId,
      null,
      null,
    ]);
  });
});

describe('changePassword', () => {
  it('refuses a wrong current password and a weak new one, changing nothing', async () => {
    const user = await t.signIn('MANAGER');
    const [before] = await t.db.select().from(usersTable).where(eq(usersTable.id, user.userId));
    const wrong = await t.gql(
      CHANGE,
      { c: 'not my password at all', n: 'a brand new long passphrase' },
      { token: user.token },
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { currentPassword: expect.any(String) },
    });
    const weak = await t.gql(CHANGE, { c: user.password, n: 'short' }, { token: user.token });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { newPassword: expect.stringMatching(/12/) },
    });
    const common = await t.gql(
      CHANGE,
      { c: user.password, n: 'passwordpassword' },
      { token: user.token },
    );
    expect(common.errors?.[0]?.extensions).toMatchObject({
      fields: { newPassword: expect.stringMatching(/common/) },
    });
    const [after] = await t.db.select().from(usersTable).where(eq(usersTable.id, user.userId));
    expect(after!.passwordHash).toBe(before!.passwordHash);
  });

  it('changes the password, keeps this session and ends all others', async () => {
    const user = await t.signIn('ADMIN');
    const elsewhere = (await loginAs(user.email, user.password))!;
    const res = await t.gql(
      CHANGE,
      { c: user.password, n: 'windy afternoon in Akyaka' },
      { token: user.token },
    );
    expect(res.data).toEqual({ changePassword: true });
    expect(await meId(user.token)).toBe(user.userId);
    expect(await meId(elsewhere)).toBeNull();
    expect(await loginAs(user.email, user.password)).toBeUndefined();
    expect(await loginAs(user.email, 'windy afternoon in Akyaka')).toEqual(expect.any(String));
    const [row] = await t.db.select().from(usersTable).where(eq(usersTable.id, user.userId));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const audit = (await t.db.select().from(auditLogTable)).filter(
      (r) => r.action === 'auth.password_changed',
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: user.userId, data: { sessionsEnded: 1 } });
    expect(JSON.stringify(audit)).not.toContain('windy afternoon');
  });
});
