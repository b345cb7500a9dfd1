import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../platform/logger.js';
import { hashToken } from './tokens.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { sessionsTable, usersTable } from '../modules/identity/schema.js';
import { mailOutboxTable } from '../modules/mail/schema.js';
import { eventually } from '../test/wait.js';

// Every log line of the app, at the most verbose level, kept for inspection.
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(chunk.toString());
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  // The product's logger configuration (its redaction rules), at the most verbose level.
  t = await startTestApp({ log: createLogger({ logLevel: 'trace', nodeEnv: 'test' }, sink) });
});
afterAll(() => t.stop());

describe('secrets never leak', () => {
  it('no password, token or hash appears in any log line or error message', async () => {
    const user = await t.signIn('ADMIN', { password: 'correct horse battery staple' });
    const responses: unknown[] = [];
    const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    responses.push(await t.gql(LOGIN, { e: user.email, p: 'correct horse battery WRONG' }));
    responses.push(
      await t.gql(LOGIN, { e: 'ghost@test.plannivo.test', p: 'correct horse battery WRONG' }),
    );
    const again = await t.gql<{ login: { token: string } }>(LOGIN, {
      e: user.email,
      p: user.password,
    });
    const token = again.data!.login.token;
    responses.push(await t.gql('{ me { id } locations { id } }', {}, { token }));
    responses.push(await t.gql('{ me { id } }', {}, { cookie: `plannivo_session=${token}` }));
    responses.push(await t.gql('mutation { setMyLocale(locale: "xx") { id } }', {}, { token }));
    responses.push(await t.gql('{ nope }', {}, { token }));
    responses.push(await t.gql('mutation { logout }', {}, { token }));

    // Flows that mail one-time links, and an API key: none of their secrets is logged.
    responses.push(
      await t.gql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: user.email }),
    );
    const [mail] = await t.db.select().from(mailOutboxTable);
    const resetToken = /token=([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    responses.push(
      await t.gql('mutation($t: String!) { resetPassword(token: $t, newPassword: "short") }', {
        t: resetToken,
      }),
    );
    const admin = await t.signIn('ADMIN');
    responses.push(
      await t.gql(
        'mutation { inviteStaff(input: { email: "new@school.test", name: "New", role: MANAGER, locationIds: [] }) { id } }',
        {},
        { token: admin.token },
      ),
    );
    const invitationMail = (await t.db.select().from(mailOutboxTable)).find(
      (m) => m.to === 'new@school.test',
    )!;
    const invitationToken = /token=([A-Za-z0-9_-]+)/.exec(invitationMail.text)![1]!;
    const apiKey = await t.apiKey(['READ']);
    responses.push(await t.gql('{ locations { id } }', {}, { token: apiKey }));
    responses.push(await t.gql('{ locations { id } }', {}, { token: `${apiKey}x` }));
    // Let the outbox deliver (it logs the delivery) before reading the logs.
    await eventually(async () =>
      (await t.db.select().from(mailOutboxTable)).every((m) => m.status === 'SENT'),
    );

    const passwordHash = (await t.db.select().from(usersTable)).find(
      (u) => u.id === user.userId,
    )!.passwordHash!;
    const tokenHashes = (await t.db.select().from(sessionsTable)).map((s) => s.tokenHash);
    const secrets = [
      user.password,
      'correct horse battery WRONG',
      user.token,
      token,
      passwordHash,
      hashToken(token),
      ...tokenHashes,
      resetToken,
      hashToken(resetToken),
      invitationToken,
      apiKey,
      hashToken(apiKey),
    ];
    const logText = lines.join('');
    const responseText = JSON.stringify(responses);
    expect(lines.length).toBeGreaterThan(10); // the capture works
    for (const secret of secrets) {
      expect(logText.includes(secret), `log contains ${secret.slice(0, 6)}…`).toBe(false);
      expect(responseText.includes(secret), `response contains ${secret.slice(0, 6)}…`).toBe(false);
    }
    expect(logText).not.toMatch(/\$argon2id\$/);
  });
});
