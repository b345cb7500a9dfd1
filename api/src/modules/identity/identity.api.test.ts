import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { sessionsTable, usersTable } from './schema.js';

const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email role } } }';
const ME = '{ me { id email name role locale } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

describe('login', () => {
  it('returns a token and sets an httpOnly, SameSite session cookie', async () => {
    const student = await t.signIn('STUDENT');
    const res = await t.gql<{ login: { token: string; user: { email: string } } }>(LOGIN, {
      e: student.email.toUpperCase(),
      p: student.password,
    });
    expect(res.data?.login.user.email).toBe(student.email);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^plannivo_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // only in production

    const viaCookie = await t.gql<{ me: { email: string } }>(
      ME,
      {},
      { cookie: cookie.split(';')[0] },
    );
    expect(viaCookie.data?.me.email).toBe(student.email);
    const viaBearer = await t.gql<{ me: { email: string } }>(
      ME,
      {},
      { token: res.data!.login.token },
    );
    expect(viaBearer.data?.me.email).toBe(student.email);
  });

  it('answers an unknown email and a wrong password with the same UNAUTHENTICATED error', async () => {
    const admin = await t.signIn('ADMIN');
    const wrong = await t.gql(LOGIN, { e: admin.email, p: 'not the password' });
    const unknown = await t.gql(LOGIN, { e: 'nobody@test.plannivo.test', p: 'not the password' });
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('stores only a hash of the token', async () => {
    const user = await t.signIn('MANAGER');
    const rows = await t.db
      .select()
      .from(sessionsTable)
      .where(eq(sessionsTable.userId, user.userId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.tokenHash).not.toContain(user.token);
  });

  it('refuses the eleventh attempt in a row with RATE_LIMITED and a retry time', async () => {
    const user = await t.signIn('CUSTOMER');
    for (let i = 0; i < 10; i += 1) {
      const res = await t.gql(LOGIN, { e: user.email, p: `wrong ${i}` });
      expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
    const limited = await t.gql(LOGIN, { e: user.email, p: user.password });
    expect(limited.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('sessions', () => {
  it('me is null for anonymous callers and for unknown tokens', async () => {
    expect((await t.gql(ME)).data).toEqual({ me: null });
    expect((await t.gql(ME, {}, { token: 'made-up-token' })).data).toEqual({ me: null });
  });

  it('logout revokes the session on the server and clears the cookie', async () => {
    const user = await t.signIn('INSTRUCTOR');
    const res = await t.gql<{ logout: boolean }>('mutation { logout }', {}, { token: user.token });
    expect(res.data).toEqual({ logout: true });
    expect(res.headers.get('set-cookie')).toMatch(/plannivo_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await t.gql(ME, {}, { token: user.token })).data).toEqual({ me: null });
  });

  it('expires a staff session after 30 idle minutes', async () => {
    const user = await t.signIn('ADMIN');
    await t.db
      .update(sessionsTable)
      .set({ lastUsedAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessionsTable.userId, user.userId));
    expect((await t.gql(ME, {}, { token: user.token })).data).toEqual({ me: null });
  });

  it('keeps a student session alive after the same idle time', async () => {
    const user = await t.signIn('STUDENT');
    await t.db
      .update(sessionsTable)
      .set({ lastUsedAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessionsTable.userId, user.userId));
    expect((await t.gql<{ me: { id: string } }>(ME, {}, { token: user.token })).data?.me.id).toBe(
      user.userId,
    );
  });
});

describe('setMyLocale', () => {
  it('stores tr or en, and refuses anything else with BAD_USER_INPUT writing nothing', async () => {
    const user = await t.signIn('STUDENT');
    const ok = await t.gql<{ setMyLocale: { locale: string } }>(
      'mutation { setMyLocale(locale: "tr") { locale } }',
      {},
      { token: user.token },
    );
    expect(ok.data?.setMyLocale.locale).toBe('tr');
    const bad = await t.gql(
      'mutation { setMyLocale(locale: "xx") { locale } }',
      {},
      { token: user.token },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { locale: expect.any(String) },
    });
    const [row] = await t.db.select().from(usersTable).where(eq(usersTable.id, user.userId));
    expect(row!.locale).toBe('tr');
  });

  it('is UNAUTHENTICATED for anonymous callers', async () => {
    const res = await t.gql('mutation { setMyLocale(locale: "tr") { locale } }');
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
