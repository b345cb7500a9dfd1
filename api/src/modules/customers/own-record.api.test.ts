import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { usersTable } from '../identity/schema.js';
import { customersTable } from './schema.js';

// What a student may change on their own record from the portal's profile page, and what
// they may not: the school's notes and tags, or a dependent under someone else's record.
let t: TestApp;

const REGISTER = `mutation($i: RegisterCustomerInput!) {
  registerCustomer(input: $i) { token user { id customer { id } } }
}`;
const UPDATE = `mutation($id: ID!, $i: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $i) {
    id name phone birthDate weightKg heightCm emergencyContactName emergencyContactPhone
    skills { discipline level }
    user { id name }
  }
}`;
const ADD_DEPENDENT = `mutation($g: ID!, $i: CreateCustomerInput!) {
  addDependent(guardianId: $g, input: $i) { id name birthDate guardian { id } }
}`;
const ME = `{ me { id name customer { id name phone weightKg dependents { id name birthDate } } } }`;

interface Member {
  token: string;
  userId: string;
  customerId: string;
}

async function register(email: string, name: string): Promise<Member> {
  const res = await t.gql<{
    registerCustomer: { token: string; user: { id: string; customer: { id: string } } };
  }>(REGISTER, { i: { email, name, password: 'kite season is here', locale: 'tr' } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const { token, user } = res.data.registerCustomer;
  return { token, userId: user.id, customerId: user.customer.id };
}

const rowOf = async (id: string) =>
  (await t.db.select().from(customersTable).where(eq(customersTable.id, id)))[0]!;

let ece: Member;
let mert: Member;
let manager: SignedIn;

beforeAll(async () => {
  t = await startTestApp();
  ece = await register('ece@example.com', 'Ece Yılmaz');
  mert = await register('mert@example.com', 'Mert Aydın');
  manager = await t.signIn('MANAGER');
});
afterAll(() => t.stop());

describe('a student editing their own record', () => {
  it('saves contact, body, skills and emergency contact', async () => {
    const res = await t.gql<{ updateCustomer: Record<string, unknown> }>(
      UPDATE,
      {
        id: ece.customerId,
        i: {
          phone: '+90 532 111 22 33',
          birthDate: '1994-05-17',
          weightKg: 64,
          heightCm: 171,
          skills: [{ discipline: 'KITE', level: 'INTERMEDIATE' }],
          emergencyContactName: 'Ayşe Yılmaz',
          emergencyContactPhone: '+90 533 444 55 66',
        },
      },
      { token: ece.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCustomer).toMatchObject({
      phone: '+90 532 111 22 33',
      birthDate: '1994-05-17',
      weightKg: 64,
      heightCm: 171,
      skills: [{ discipline: 'KITE', level: 'INTERMEDIATE' }],
      emergencyContactName: 'Ayşe Yılmaz',
      emergencyContactPhone: '+90 533 444 55 66',
    });
  });

  it('renames the account with the record: one person, one name', async () => {
    const res = await t.gql<{ updateCustomer: { name: string; user: { name: string } } }>(
      UPDATE,
      { id: ece.customerId, i: { name: '  Ece   Su Yılmaz ' } },
      { token: ece.token },
    );
    expect(res.data!.updateCustomer).toMatchObject({
      name: 'Ece Su Yılmaz',
      user: { name: 'Ece Su Yılmaz' },
    });
    const me = await t.gql<{ me: { name: string } }>(ME, {}, { token: ece.token });
    expect(me.data!.me.name).toBe('Ece Su Yılmaz');
    // Another account keeps its own name.
    const [other] = await t.db.select().from(usersTable).where(eq(usersTable.id, mert.userId));
    expect(other!.name).toBe('Mert Aydın');
  });

  it('refuses an invalid phone on its field and writes nothing of the input', async () => {
    const before = await rowOf(ece.customerId);
    const res = await t.gql(
      UPDATE,
      { id: ece.customerId, i: { phone: 'numaram yok', weightKg: 70, name: 'Başka Biri' } },
      { token: ece.token },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { phone: expect.any(String) },
    });
    const after = await rowOf(ece.customerId);
    expect(after).toEqual(before);
    const [user] = await t.db.select().from(usersTable).where(eq(usersTable.id, ece.userId));
    expect(user!.name).toBe('Ece Su Yılmaz');
  });

  it('may not set the school’s notes or tags: FORBIDDEN naming them, nothing written', async () => {
    await t.gql(
      UPDATE,
      { id: ece.customerId, i: { notes: 'Prefers mornings', tags: ['vip'] } },
      { token: manager.token },
    );
    const res = await t.gql(
      UPDATE,
      { id: ece.customerId, i: { notes: null, tags: [], phone: '0532 999 88 77' } },
      { token: ece.token },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      fields: { notes: expect.any(String), tags: expect.any(String) },
    });
    const row = await rowOf(ece.customerId);
    expect(row).toMatchObject({
      notes: 'Prefers mornings',
      tags: ['vip'],
      phone: '+90 532 111 22 33',
    });
  });
});

describe('a guardian adding a family member', () => {
  it('adds a dependent to their own record, listed under it', async () => {
    const res = await t.gql<{
      addDependent: { id: string; name: string; birthDate: string; guardian: { id: string } };
    }>(
      ADD_DEPENDENT,
      { g: ece.customerId, i: { name: 'Defne Yılmaz', birthDate: '2016-03-09' } },
      { token: ece.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addDependent).toMatchObject({
      name: 'Defne Yılmaz',
      birthDate: '2016-03-09',
      guardian: { id: ece.customerId },
    });
    const me = await t.gql<{
      me: { customer: { dependents: Array<{ name: string; birthDate: string }> } };
    }>(ME, {}, { token: ece.token });
    expect(me.data!.me.customer.dependents).toEqual([
      { id: res.data!.addDependent.id, name: 'Defne Yılmaz', birthDate: '2016-03-09' },
    ]);
  });

  it('may not add one under a dependent or someone else’s record: NOT_FOUND, nothing written', async () => {
    const [child] = await t.db
      .select()
      .from(customersTable)
      .where(eq(customersTable.guardianId, ece.customerId));
    const count = async () => (await t.db.select().from(customersTable)).length;
    const before = await count();
    for (const guardianId of [child!.id, mert.customerId]) {
      const res = await t.gql(
        ADD_DEPENDENT,
        { g: guardianId, i: { name: 'Kimse' } },
        { token: ece.token },
      );
      expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect(await count()).toBe(before);
  });

  it('refuses a nameless or future-born family member on its fields, and staff notes', async () => {
    const count = async () => (await t.db.select().from(customersTable)).length;
    const before = await count();
    const invalid = await t.gql(
      ADD_DEPENDENT,
      { g: ece.customerId, i: { name: ' ', birthDate: '2999-01-01' } },
      { token: ece.token },
    );
    expect(invalid.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { name: expect.any(String), birthDate: expect.any(String) },
    });
    const notes = await t.gql(
      ADD_DEPENDENT,
      { g: ece.customerId, i: { name: 'Can Yılmaz', notes: 'Allergic to nothing' } },
      { token: ece.token },
    );
    expect(notes.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });
});
