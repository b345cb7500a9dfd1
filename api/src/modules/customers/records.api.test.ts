import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { auditLogTable } from '../audit/schema.js';
import { customersTable } from './schema.js';

let t: TestApp;
let manager: SignedIn;

const CREATE = `mutation($i: CreateCustomerInput!) {
  createCustomer(input: $i) { id name phone birthDate weightKg skills { discipline level } tags notes }
}`;
const SEARCH = `query($s: String, $f: CustomerFilter) {
  customers(search: $s, filter: $f, first: 10) { totalCount edges { node { name } } }
}`;

async function create(input: Record<string, unknown>, token = manager.token) {
  const res = await t.gql<{ createCustomer: { id: string } }>(CREATE, { i: input }, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createCustomer;
}

const names = (res: { data: { customers: { edges: Array<{ node: { name: string } }> } } | null }) =>
  res.data!.customers.edges.map((e) => e.node.name);

beforeAll(async () => {
  t = await startTestApp({ now: () => new Date('2026-06-01T10:00:00.000Z') });
  manager = await t.signIn('MANAGER');
  await create({
    name: 'Ayşe Demir',
    email: 'ayse.demir@example.com',
    phone: '+90 532 111 22 33',
    birthDate: '1990-04-12',
    weightKg: 62,
    heightCm: 168,
    skills: [{ discipline: 'KITE', level: 'INTERMEDIATE' }],
    tags: ['VIP', 'returning'],
    notes: 'Prefers morning lessons',
  });
  await create({ name: 'Mehmet Yıldırım', phone: '0 533 444 55 66', tags: ['returning'] });
  await create({
    name: 'Lena Fischer',
    email: 'lena@example.de',
    skills: [{ discipline: 'WING', level: 'BEGINNER' }],
  });
});
afterAll(() => t.stop());

describe('customer records', () => {
  it('store every field, normalising tags and the phone', async () => {
    const [row] = await t.db
      .select()
      .from(customersTable)
      .where(eq(customersTable.name, 'Ayşe Demir'));
    expect(row).toMatchObject({
      phone: '+90 532 111 22 33',
      phoneDigits: '905321112233',
      birthDate: '1990-04-12',
      weightKg: 62,
      heightCm: 168,
      skills: [{ discipline: 'KITE', level: 'INTERMEDIATE' }],
      tags: ['vip', 'returning'],
    });
  });

  it('find people by a misspelled name, part of an email, or phone digits', async () => {
    expect(names(await t.gql(SEARCH, { s: 'Ayse Demr' }, { token: manager.token }))).toEqual([
      'Ayşe Demir',
    ]);
    expect(names(await t.gql(SEARCH, { s: 'Mehmet Yildirim' }, { token: manager.token }))).toEqual([
      'Mehmet Yıldırım',
    ]);
    expect(names(await t.gql(SEARCH, { s: 'fischer' }, { token: manager.token }))).toEqual([
      'Lena Fischer',
    ]);
    expect(names(await t.gql(SEARCH, { s: '444 55 66' }, { token: manager.token }))).toEqual([
      'Mehmet Yıldırım',
    ]);
    expect(names(await t.gql(SEARCH, { s: 'zzzzqqq' }, { token: manager.token }))).toEqual([]);
  });

  it('filter by tags and discipline', async () => {
    expect(
      names(await t.gql(SEARCH, { f: { tags: ['returning'] } }, { token: manager.token })),
    ).toEqual(['Ayşe Demir', 'Mehmet Yıldırım']);
    expect(
      names(await t.gql(SEARCH, { f: { discipline: 'WING' } }, { token: manager.token })),
    ).toEqual(['Lena Fischer']);
  });

  it('refuse a future birth date, an impossible weight and an unknown skill, writing nothing', async () => {
    const before = (await t.db.select().from(customersTable)).length;
    const res = await t.gql(
      CREATE,
      { i: { name: 'Bad', birthDate: '2030-01-01', weightKg: 5 } },
      { token: manager.token },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const feb = await t.gql(
      CREATE,
      { i: { name: 'Bad', birthDate: '2023-02-30' } },
      { token: manager.token },
    );
    expect(feb.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await t.db.select().from(customersTable)).toHaveLength(before);
  });

  it('hide staff notes from the person themself', async () => {
    const signup = await t.gql<{
      registerCustomer: { token: string; user: { customer: { id: string } } };
    }>(
      `mutation { registerCustomer(input: { email: "deniz@example.com", name: "Deniz Kaya", password: "kite season is here" }) { token user { customer { id } } } }`,
    );
    const { token, user } = signup.data!.registerCustomer;
    await t.gql(
      'mutation($id: ID!) { updateCustomer(id: $id, input: { notes: "Talks a lot" }) { id } }',
      { id: user.customer.id },
      { token: manager.token },
    );
    const own = await t.gql<{ customer: { notes: string | null } }>(
      'query($id: ID!) { customer(id: $id) { notes } }',
      { id: user.customer.id },
      { token },
    );
    expect(own.data!.customer.notes).toBeNull();
    const staff = await t.gql<{ customer: { notes: string | null } }>(
      'query($id: ID!) { customer(id: $id) { notes } }',
      { id: user.customer.id },
      { token: manager.token },
    );
    expect(staff.data!.customer.notes).toBe('Talks a lot');
  });
});

describe('family', () => {
  it('a guardian adds a dependent in the portal and sees it; staff see the family', async () => {
    const signup = await t.gql<{
      registerCustomer: { token: string; user: { customer: { id: string } } };
    }>(
      `mutation { registerCustomer(input: { email: "anne@example.com", name: "Elif Aksoy", password: "kite season is here" }) { token user { customer { id } } } }`,
    );
    const { token, user } = signup.data!.registerCustomer;
    const child = await t.gql<{ addDependent: { id: string; name: string } }>(
      'mutation($g: ID!) { addDependent(guardianId: $g, input: { name: "Can Aksoy", birthDate: "2016-07-01" }) { id name } }',
      { g: user.customer.id },
      { token },
    );
    expect(child.data!.addDependent.name).toBe('Can Aksoy');
    const family = await t.gql<{
      customer: { dependents: Array<{ name: string; guardian: { id: string } }> };
    }>(
      'query($id: ID!) { customer(id: $id) { dependents { name guardian { id } } } }',
      { id: user.customer.id },
      { token: manager.token },
    );
    expect(family.data!.customer.dependents).toEqual([
      { name: 'Can Aksoy', guardian: { id: user.customer.id } },
    ]);
    // Someone else's record cannot be made a guardian of: NOT_FOUND, nothing written.
    const other = await create({ name: 'Stranger' });
    const before = (await t.db.select().from(customersTable)).length;
    const res = await t.gql(
      'mutation($g: ID!) { addDependent(guardianId: $g, input: { name: "Intruder" }) { id } }',
      { g: other.id },
      { token },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await t.db.select().from(customersTable)).toHaveLength(before);
  });
});

describe('duplicates', () => {
  it('are found by email in any case or by the same phone digits', async () => {
    const res = await t.gql<{ customerMatches: Array<{ name: string }> }>(
      '{ customerMatches(email: "AYSE.DEMIR@example.com", phone: "05334445566") { name } }',
      {},
      { token: manager.token },
    );
    expect(res.data!.customerMatches.map((c) => c.name).sort()).toEqual([
      'Ayşe Demir',
      'Mehmet Yıldırım',
    ]);
    // The same number with the country code instead of the trunk 0.
    const byPhone = await t.gql<{ customerMatches: Array<{ name: string }> }>(
      '{ customerMatches(phone: "+90 (533) 444-5566") { name } }',
      {},
      { token: manager.token },
    );
    expect(byPhone.data!.customerMatches.map((c) => c.name)).toEqual(['Mehmet Yıldırım']);
  });

  it('merge into the record that stays, keeping the duplicate and its dependents', async () => {
    const survivor = await create({
      name: 'Zeynep Arslan',
      email: 'zeynep@example.com',
      tags: ['vip'],
    });
    const duplicate = await create({
      name: 'Zeynep Arslan',
      phone: '+90 555 123 45 67',
      tags: ['surf'],
      skills: [{ discipline: 'SURF', level: 'ADVANCED' }],
    });
    const child = await t.gql<{ addDependent: { id: string } }>(
      'mutation($g: ID!) { addDependent(guardianId: $g, input: { name: "Ada Arslan" }) { id } }',
      { g: duplicate.id },
      { token: manager.token },
    );
    const res = await t.gql<{
      mergeCustomers: {
        phone: string;
        tags: string[];
        skills: Array<{ discipline: string }>;
        dependents: Array<{ id: string }>;
      };
    }>(
      'mutation($s: ID!, $d: ID!) { mergeCustomers(survivorId: $s, duplicateId: $d) { phone tags skills { discipline } dependents { id } } }',
      { s: survivor.id, d: duplicate.id },
      { token: manager.token },
    );
    expect(res.data!.mergeCustomers).toEqual({
      phone: '+90 555 123 45 67',
      tags: ['vip', 'surf'],
      skills: [{ discipline: 'SURF' }],
      dependents: [{ id: child.data!.addDependent.id }],
    });
    const merged = await t.gql<{ customer: { mergedInto: { id: string } } }>(
      'query($id: ID!) { customer(id: $id) { mergedInto { id } } }',
      { id: duplicate.id },
      { token: manager.token },
    );
    expect(merged.data!.customer.mergedInto.id).toBe(survivor.id);
    // The duplicate no longer shows in lists.
    const found = names(await t.gql(SEARCH, { s: 'Zeynep Arslan' }, { token: manager.token }));
    expect(found.filter((n) => n === 'Zeynep Arslan')).toHaveLength(1);
    const [audit] = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.action, 'customer.merged'));
    expect(audit!.data).toEqual({ duplicateId: duplicate.id });
    const again = await t.gql(
      'mutation($s: ID!, $d: ID!) { mergeCustomers(survivorId: $s, duplicateId: $d) { id } }',
      { s: survivor.id, d: duplicate.id },
      { token: manager.token },
    );
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('are never merged when both records belong to accounts', async () => {
    const a = await t.signIn('STUDENT');
    const b = await t.signIn('STUDENT');
    const [ra] = await t.db
      .insert(customersTable)
      .values({ name: 'A', userId: a.userId })
      .returning();
    const [rb] = await t.db
      .insert(customersTable)
      .values({ name: 'B', userId: b.userId })
      .returning();
    const res = await t.gql(
      'mutation($s: ID!, $d: ID!) { mergeCustomers(survivorId: $s, duplicateId: $d) { id } }',
      { s: ra!.id, d: rb!.id },
      { token: manager.token },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const [after] = await t.db.select().from(customersTable).where(eq(customersTable.id, rb!.id));
    expect(after!.mergedIntoId).toBeNull();
  });
});
