import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxFiles, startTestApp, type TestApp } from '../../test/harness.js';
import { eventually } from '../../test/wait.js';
import { auditLogTable } from '../audit/schema.js';
import { mailOutboxTable } from '../mail/schema.js';
import { passwordResetsTable, sessionsTable, usersTable } from './schema.js';

let t: TestApp;
let clock = new Date('2026-06-01T10:00:00.000Z');

const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

beforeAll(async () => {
  t = await startTestApp({
    now: () => clock,
    rateLimits: { passwordReset: { points: 3, durationSeconds: 3600 } },
  });
});
afterAll(() => t.stop());

/** The reset link's token from the newest mail to `to`, read from the outbox table. */
async function tokenMailedTo(to: string) {
  const rows = await t.db
    .select()
    .from(mailOutboxTable)
    .where(eq(mailOutboxTable.to, to))
    .orderBy(mailOutboxTable.createdAt);
  const text = rows.at(-1)?.text ?? '';
  return /reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? null;
}

describe('password reset', () => {
  it('answers true for an unknown email and mails nothing', async () => {
    const res = await t.gql(REQUEST, { e: 'nobody@test.plannivo.test' });
    expect(res.data).toEqual({ requestPasswordReset: true });
    expect(await t.db.select().from(mailOutboxTable)).toEqual([]);
  });

  it('mails a one-time link through the outbox; the link sets a new password and ends every session', async () => {
    const user = await t.signIn('STUDENT');
    const res = await t.gql(REQUEST, { e: user.email.toUpperCase() });
    expect(res.data).toEqual({ requestPasswordReset: true });
    const token = await tokenMailedTo(user.email);
    expect(token).toBeTruthy();
    // Only a hash of the token is stored.
    const [reset] = await t.db
      .select()
      .from(passwordResetsTable)
      .where(eq(passwordResetsTable.userId, user.userId));
    expect(reset!.tokenHash).not.toContain(token!);
    // The mail is delivered (here: written as .eml, since SMTP_URL is unset), to the portal.
    expect(await eventually(async () => (await outboxFiles(t.config)).length > 0)).toBe(true);
    const [eml] = await outboxFiles(t.config);
    expect(eml).toContain(`To: ${user.email}`);
    expect(eml).toContain('Subject: Reset your Plannivo password');
    const [mail] = await t.db.select().from(mailOutboxTable);
    expect(mail!.text).toContain('/portal/reset-password?token=');
    await eventually(async () => {
      const [row] = await t.db
        .select()
        .from(mailOutboxTable)
        .where(eq(mailOutboxTable.id, mail!.id));
      return row!.status === 'SENT';
    });

    const done = await t.gql(RESET, { t: token, p: 'a brand new passphrase' });
    expect(done.data).toEqual({ resetPassword: true });
    const sessions = await t.db
      .select()
      .from(sessionsTable)
      .where(eq(sessionsTable.userId, user.userId));
    expect(sessions.every((s) => s.revokedAt)).toBe(true);
    const me = await t.gql<{ me: null }>('{ me { id } }', {}, { token: user.token });
    expect(me.data!.me).toBeNull();
    const oldLogin = await t.gql(LOGIN, { e: user.email, p: user.password });
    expect(oldLogin.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const newLogin = await t.gql(LOGIN, { e: user.email, p: 'a brand new passphrase' });
    expect(newLogin.errors).toBeUndefined();
    // Used once only.
    const again = await t.gql(RESET, { t: token, p: 'another new passphrase' });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { token: expect.any(String) },
    });
    const actions = (await t.db.select().from(auditLogTable)).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['auth.password_reset_requested', 'auth.password_reset']),
    );
  });

  it('sends staff to the admin app', async () => {
    const manager = await t.signIn('MANAGER');
    await t.gql(REQUEST, { e: manager.email });
    const rows = await t.db
      .select()
      .from(mailOutboxTable)
      .where(eq(mailOutboxTable.to, manager.email));
    expect(rows[0]!.text).toContain('/admin/reset-password?token=');
  });

  it('refuses a weak password with BAD_USER_INPUT and keeps the old one and the link', async () => {
    const user = await t.signIn('CUSTOMER');
    await t.gql(REQUEST, { e: user.email });
    const token = await tokenMailedTo(user.email);
    const [before] = await t.db.select().from(usersTable).where(eq(usersTable.id, user.userId));
    const weak = await t.gql(RESET, { t: token, p: 'password1234' });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { newPassword: expect.any(String) },
    });
    const [after] = await t.db.select().from(usersTable).where(eq(usersTable.id, user.userId));
    expect(after!.passwordHash).toBe(before!.passwordHash);
    const ok = await t.gql(RESET, { t: token, p: 'now a sensible passphrase' });
    expect(ok.data).toEqual({ resetPassword: true });
  });

  it('expires the link after an hour, and a new request replaces the old link', async () => {
    const user = await t.signIn('STUDENT');
    await t.gql(REQUEST, { e: user.email });
    const first = await tokenMailedTo(user.email);
    clock = new Date(clock.getTime() + 1000);
    await t.gql(REQUEST, { e: user.email });
    const second = await tokenMailedTo(user.email);
    expect(second).not.toBe(first);
    const replaced = await t.gql(RESET, { t: first, p: 'a brand new passphrase' });
    expect(replaced.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    clock = new Date(clock.getTime() + 61 * 60_000);
    const expired = await t.gql(RESET, { t: second, p: 'a brand new passphrase' });
    expect(expired.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('limits requests per email with RATE_LIMITED', async () => {
    const user = await t.signIn('STUDENT');
    const codes: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await t.gql(REQUEST, { e: user.email });
      codes.push(res.errors?.[0]?.extensions.code ?? 'ok');
    }
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });
});
