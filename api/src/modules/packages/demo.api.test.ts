import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { DEMO_PASSWORD, seedDemoSchool } from '../../seed/demo.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedDemoSchool(t.db, t.app.log, { files: t.app.deps.platform.files });
});
afterAll(() => t.stop());

const signIn = async (email: string) => {
  const res = await t.gql<Json>(
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    {
      e: email,
      p: DEMO_PASSWORD,
    },
  );
  return res.data.login.token as string;
};

describe('demo packages and vouchers', () => {
  it('gives the demo student a kite course of 10 hours, and a gift code to pass on', async () => {
    const token = await signIn('student@demo.plannivo.test');
    const res = await t.gql<Json>(
      `{ myPackages { name status remainingMinutes items { units used } voucher { code status } } }`,
      {},
      { token },
    );
    expect(res.errors).toBeUndefined();
    const packages = res.data.myPackages as Json[];
    const course = packages.find((p) => p.status === 'ACTIVE');
    expect(course).toBeDefined();
    expect(course.items[0].units).toBe(600);
    expect(course.remainingMinutes).toBe(600);
    const gift = packages.find((p) => p.status === 'AWAITING_REDEMPTION');
    expect(gift?.voucher).toMatchObject({
      status: 'ACTIVE',
      code: expect.stringMatching(/^\w{4}-\w{4}-\w{4}$/),
    });
  });

  it('lists the vouchers for management', async () => {
    const token = await signIn('manager@demo.plannivo.test');
    const res = await t.gql<Json>(
      '{ vouchers { totalCount edges { node { kind status } } } }',
      {},
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.vouchers.edges.map((e: Json) => e.node.kind).sort()).toEqual([
      'CREDIT',
      'GIFT_PACKAGE',
    ]);
  });
});
