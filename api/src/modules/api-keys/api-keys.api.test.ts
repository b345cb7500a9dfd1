import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { auditLogTable } from '../audit/schema.js';
import { apiKeysTable } from './schema.js';

let t: TestApp;
let admin: SignedIn;
let clock = new Date('2026-06-01T10:00:00.000Z');

const CREATE = `mutation($i: CreateApiKeyInput!) {
  createApiKey(input: $i) { secret apiKey { id name prefix scopes expiresAt lastUsedAt revokedAt createdBy { id } } }
}`;

beforeAll(async () => {
  t = await startTestApp({
    now: () => clock,
    rateLimits: { apiKey: { points: 5, durationSeconds: 60 } },
  });
  admin = await t.signIn('ADMIN');
});
afterAll(() => t.stop());

async function create(input: Record<string, unknown>) {
  const res = await t.gql<{
    createApiKey: { secret: string; apiKey: { id: string; prefix: string; scopes: string[] } };
  }>(CREATE, { i: input }, { token: admin.token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createApiKey;
}

describe('API keys', () => {
  it('are shown once, stored only as a hash, and audited', async () => {
    const { secret, apiKey } = await create({ name: 'Booking widget', scopes: ['READ'] });
    expect(secret).toMatch(/^pnv_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const [row] = await t.db.select().from(apiKeysTable).where(eq(apiKeysTable.id, apiKey.id));
    expect(JSON.stringify(row)).not.toContain(secret.slice(apiKey.prefix.length));
    const list = await t.gql<{ apiKeys: Array<Record<string, unknown>> }>(
      '{ apiKeys { id name prefix } }',
      {},
      { token: admin.token },
    );
    expect(JSON.stringify(list.data)).not.toContain(secret);
    const [audit] = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.entityId, apiKey.id));
    expect(audit).toMatchObject({ action: 'api_key.created', actorUserId: admin.userId });
  });

  it('authorise Bearer calls within their scopes only, and record their last use', async () => {
    const { secret, apiKey } = await create({ name: 'Reader', scopes: ['READ'] });
    const read = await t.gql(
      '{ locations { id } customers { totalCount } }',
      {},
      { token: secret },
    );
    expect(read.errors).toBeUndefined();
    const write = await t.gql(
      'mutation { createCustomer(input: { name: "Ayşe Demir" }) { id } }',
      {},
      { token: secret },
    );
    expect(write.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const staffOnly = await t.gql('{ auditLog { totalCount } }', {}, { token: secret });
    expect(staffOnly.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const me = await t.gql<{ me: null }>('{ me { id } }', {}, { token: secret });
    expect(me.data!.me).toBeNull();
    const [row] = await t.db.select().from(apiKeysTable).where(eq(apiKeysTable.id, apiKey.id));
    expect(row!.lastUsedAt).toEqual(clock);
  });

  it('with CUSTOMERS_WRITE create customers, audited with the key', async () => {
    const { secret, apiKey } = await create({ name: 'CRM sync', scopes: ['CUSTOMERS_WRITE'] });
    const res = await t.gql<{ createCustomer: { id: string; name: string } }>(
      'mutation { createCustomer(input: { name: "Ayşe Demir", email: "ayse@example.com" }) { id name } }',
      {},
      { token: secret },
    );
    expect(res.data!.createCustomer.name).toBe('Ayşe Demir');
    const [audit] = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.entityId, res.data!.createCustomer.id));
    expect(audit!.data).toEqual({ apiKeyId: apiKey.id });
  });

  it('stop working when revoked or expired', async () => {
    const revoked = await create({ name: 'Old', scopes: ['READ'] });
    const res = await t.gql<{ revokeApiKey: { revokedAt: string } }>(
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: revoked.apiKey.id },
      { token: admin.token },
    );
    expect(res.data!.revokeApiKey.revokedAt).toBe(clock.toISOString());
    const after = await t.gql('{ locations { id } }', {}, { token: revoked.secret });
    expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const again = await t.gql(
      'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
      { id: revoked.apiKey.id },
      { token: admin.token },
    );
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');

    const expiring = await create({
      name: 'Trial',
      scopes: ['READ'],
      expiresAt: new Date(clock.getTime() + 60_000).toISOString(),
    });
    expect(
      (await t.gql('{ locations { id } }', {}, { token: expiring.secret })).errors,
    ).toBeUndefined();
    clock = new Date(clock.getTime() + 120_000);
    const expired = await t.gql('{ locations { id } }', {}, { token: expiring.secret });
    expect(expired.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('have their own rate limit, answering RATE_LIMITED with a retry time', async () => {
    const { secret } = await create({ name: 'Busy', scopes: ['READ'] });
    const codes: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const res = await t.gql('{ locations { id } }', {}, { token: secret });
      codes.push(res.errors?.[0]?.extensions.code ?? 'ok');
      if (res.errors) {
        expect(res.status).toBe(429);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(res.errors[0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
      }
    }
    expect(codes).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'RATE_LIMITED', 'RATE_LIMITED']);
    // Other keys and users are not affected.
    const other = await create({ name: 'Quiet', scopes: ['READ'] });
    expect(
      (await t.gql('{ locations { id } }', {}, { token: other.secret })).errors,
    ).toBeUndefined();
  });

  it('refuse creation without scopes, a name, or with a past expiry, writing nothing', async () => {
    const before = await t.db.select().from(apiKeysTable);
    const res = await t.gql(
      CREATE,
      {
        i: {
          name: ' ',
          scopes: ['READ'],
          expiresAt: new Date(clock.getTime() - 1000).toISOString(),
        },
      },
      { token: admin.token },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { name: expect.any(String), expiresAt: expect.any(String) },
    });
    const empty = await t.gql(CREATE, { i: { name: 'x', scopes: [] } }, { token: admin.token });
    expect(empty.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await t.db.select().from(apiKeysTable)).toHaveLength(before.length);
  });
});
