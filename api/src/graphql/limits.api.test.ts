import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';
import { OPERATION_LIMITS } from './limits.js';

const aliases = (n: number, field: string) =>
  Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n');

describe('operation size limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it(`refuses more than ${OPERATION_LIMITS.maxAliases} aliases before executing anything`, async () => {
    const ok = await t.gql(`{ ${aliases(OPERATION_LIMITS.maxAliases, 'me { id }')} }`);
    expect(ok.errors).toBeUndefined();
    const flood = await t.gql(`{ ${aliases(OPERATION_LIMITS.maxAliases + 1, 'me { id }')} }`);
    expect(flood.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
    expect(flood.data).toBeUndefined();
  });

  it('lets a calendar week of 1,000 bookings through the cost limit, and refuses a page multiplied within a page', async () => {
    const week = `fragment Row on Booking {
      id status startsAt endsAt notes deletedAt placesLeft
      service { id name kind discipline durationMinutes capacity }
      instructor { id name } customers { id name } equipment { id name category size }
      room { id name } price { amountMinor currency formatted }
    }
    { bookings(first: 1000, filter: { from: "2026-06-15T00:00:00Z", to: "2026-06-22T00:00:00Z" }) {
      totalCount edges { node { ...Row } } } }`;
    const ok = await t.gql(week);
    expect(ok.errors?.[0]?.extensions?.reason).not.toBe('GRAPHQL_VALIDATION_FAILED');
    const nested = `{ customers(first: 200) { edges { node { id dependents { id name
      documents { id name } history(first: 200) { edges { node { id at action } } } } } } } }`;
    const res = await t.gql(nested);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
    expect(res.errors?.[0]?.message).toContain('Cost');
  });

  it('refuses a document with too many tokens', async () => {
    const big = `{ ${Array.from({ length: OPERATION_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    const res = await t.gql(big);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('cannot multiply login attempts with aliases: the first failure ends the mutation, and it counts', async () => {
    const user = await t.signIn('CUSTOMER');
    const attempts = aliases(
      12,
      `login(email: "${user.email}", password: "wrong password!") { token }`,
    );
    const res = await t.gql(`mutation { ${attempts} }`);
    // login is non-null and mutations run one after another: one failure nulls the rest.
    expect(res.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    const single =
      'mutation($e: String!) { login(email: $e, password: "wrong password!") { token } }';
    const codes: string[] = [];
    for (let i = 0; i < 10; i += 1)
      codes.push((await t.gql(single, { e: user.email })).errors![0]!.extensions.code);
    // 10 attempts allowed per window: the aliased request used one of them.
    expect(codes.slice(0, 9).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[9]).toBe('RATE_LIMITED');
  });

  it('applies the same limits over WebSocket', async () => {
    const admin = await t.signIn('ADMIN');
    const client = t.ws(admin.token);
    const errors = await new Promise<unknown>((resolve) => {
      client.subscribe(
        {
          query: `subscription { ${aliases(OPERATION_LIMITS.maxAliases + 1, 'locationChanged { id }')} }`,
        },
        { next: () => {}, error: resolve, complete: () => resolve(null) },
      );
    });
    // Also refused by the spec's one-root-field rule for subscriptions; every error is the client's.
    const list = errors as Array<{ message: string; extensions: { code: string } }>;
    expect(list.map((e) => e.extensions.code).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    expect(list.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/Aliases limit of 15 exceeded/),
    );
  });
});

describe('login limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      rateLimits: {
        loginByEmailAndIp: { points: 3, durationSeconds: 2 },
        loginByIp: { points: 8, durationSeconds: 2 },
      },
    });
  });
  afterAll(() => t.stop());

  const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

  it('trigger after N failures and lift after the window', async () => {
    const user = await t.signIn('STUDENT');
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await t.gql(LOGIN, { e: user.email, p: 'nope nope nope' })).errors?.[0]?.extensions.code,
      ).toBe('UNAUTHENTICATED');
    }
    const blocked = await t.gql(LOGIN, { e: user.email, p: user.password });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    await new Promise((r) => setTimeout(r, 2100));
    const after = await t.gql<{ login: { token: string } }>(LOGIN, {
      e: user.email,
      p: user.password,
    });
    expect(after.data?.login.token).toEqual(expect.any(String));
  });

  it('limit one address guessing many accounts', async () => {
    await new Promise((r) => setTimeout(r, 2100));
    const codes: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      const res = await t.gql(LOGIN, {
        e: `nobody${i}@test.plannivo.test`,
        p: 'guess guess guess',
      });
      codes.push(res.errors![0]!.extensions.code);
    }
    expect(codes.slice(0, 8).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[8]).toBe('RATE_LIMITED');
  });
});

describe('introspection in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.stop());

  it('is refused to anonymous callers and allowed once signed in', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await t.gql(query)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const admin = await t.signIn('ADMIN');
    expect((await t.gql(query, {}, { token: admin.token })).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('gives no field suggestions that map the schema', async () => {
    const res = await t.gql('{ locatoins { id } }');
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
