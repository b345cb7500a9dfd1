import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locationsTable } from '../modules/locations/schema.js';
import { usersTable } from '../modules/identity/schema.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoSchool } from './demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

describe('demo school seed', () => {
  it('creates both locations and the five contract accounts, each able to sign in', async () => {
    const result = await seedDemoSchool(t.db, t.app.log);
    expect(result.seeded).toBe(true);
    const locations = await t.db.select().from(locationsTable);
    expect(locations.map((l) => [l.name, l.timezone, l.currency]).sort()).toEqual([
      ['Akyaka Kite Center', 'Europe/Istanbul', 'TRY'],
      ['Tarifa Kite & Wing', 'Europe/Madrid', 'EUR'],
    ]);
    const users = await t.db.select().from(usersTable);
    expect(users.map((u) => u.role).sort()).toEqual([
      'ADMIN',
      'CUSTOMER',
      'INSTRUCTOR',
      'MANAGER',
      'STUDENT',
    ]);
    for (const account of DEMO_ACCOUNTS) {
      const res = await t.gql<{ login: { user: { role: string } } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { role } } }',
        { e: account.email, p: DEMO_PASSWORD },
      );
      expect(res.data?.login.user.role).toBe(account.role);
    }
  });

  it('does nothing on a database that already has users', async () => {
    const result = await seedDemoSchool(t.db, t.app.log);
    expect(result).toEqual({ seeded: false, reason: 'the database already has users' });
    expect(await t.db.select().from(locationsTable)).toHaveLength(2);
  });
});
