import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { usersTable } from '../identity/schema.js';
import { customersTable } from './schema.js';

let t: TestApp;

const REGISTER = `mutation($i: RegisterCustomerInput!) {
  registerCustomer(input: $i) { token user { id role email locale customer { id name email } } }
}`;
const CUSTOMER = 'query($id: ID!) { customer(id: $id) { id name email phone } }';
const UPDATE = `mutation($id: ID!, $i: UpdateCustomerInput!) {
  updateCustomer(id: $id, input: $i) { id name phone }
}`;

interface Registered {
  token: string;
  userId: string;
  customerId: string;
}

async function register(email: string, name: string): Promise<Registered> {
  const res = await t.gql<{
    registerCustomer: { token: string; user: { id: string; customer: { id: string } } };
  }>(REGISTER, { i: { email, name, password: 'kite season is here', locale: 'tr' } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const { token, user } = res.data.registerCustomer;
  return { token, userId: user.id, customerId: user.customer.id };
}

let a: Registered;
let b: Registered;

beforeAll(async () => {
  t = await startTestApp();
  a = await register('ayse@example.com', 'Ayşe Demir');
  b = await register('bora@example.com', 'Bora Şahin');
});
afterAll(() => t.stop());

describe('portal sign-up', () => {
  it('creates a STUDENT with their own customer record and signs them in', async () => {
    const me = await t.gql<{
      me: { role: string; locale: string; customer: { id: string; name: string } };
    }>('{ me { role locale customer { id name } } }', {}, { token: a.token });
    expect(me.data!.me).toEqual({
      role: 'STUDENT',
      locale: 'tr',
      customer: { id: a.customerId, name: 'Ayşe Demir' },
    });
  });

  it('starts the guided onboarding at PROFILE and remembers where it resumes', async () => {
    const me = await t.gql<{ me: { onboardingStep: string } }>(
      '{ me { onboardingStep } }',
      {},
      {
        token: a.token,
      },
    );
    expect(me.data!.me.onboardingStep).toBe('PROFILE');
    const step = await t.gql<{ setOnboardingStep: { onboardingStep: string } }>(
      'mutation { setOnboardingStep(step: EMERGENCY) { onboardingStep } }',
      {},
      { token: a.token },
    );
    expect(step.data!.setOnboardingStep.onboardingStep).toBe('EMERGENCY');
    const bad = await t.gql(
      'mutation { setOnboardingStep(step: NOWHERE) { id } }',
      {},
      { token: a.token },
    );
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a registered email (CONFLICT), a weak password or a bad email (BAD_USER_INPUT), writing nothing', async () => {
    const count = async () => (await t.db.select().from(usersTable)).length;
    const before = await count();
    const dup = await t.gql(REGISTER, {
      i: { email: 'AYSE@example.com', name: 'Again', password: 'kite season is here' },
    });
    expect(dup.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { email: expect.any(String) },
    });
    const weak = await t.gql(REGISTER, {
      i: { email: 'new@example.com', name: 'New', password: 'short' },
    });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: expect.any(String) },
      reasons: { password: 'PASSWORD_TOO_SHORT' },
    });
    const common = await t.gql(REGISTER, {
      i: { email: 'new@example.com', name: 'New', password: 'password1234' },
    });
    expect(common.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reasons: { password: 'PASSWORD_COMMON' },
    });
    const email = await t.gql(REGISTER, {
      i: { email: 'not-an-email', name: 'New', password: 'kite season is here' },
    });
    expect(email.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
    expect(await t.db.select().from(customersTable)).toHaveLength(2);
  });
});

describe('object-level access to customer records', () => {
  it('a student reads and changes their own record', async () => {
    const read = await t.gql<{ customer: { id: string } }>(
      CUSTOMER,
      { id: a.customerId },
      { token: a.token },
    );
    expect(read.data!.customer.id).toBe(a.customerId);
    const res = await t.gql<{ updateCustomer: { phone: string } }>(
      UPDATE,
      { id: a.customerId, i: { phone: '+90 532 000 00 00' } },
      { token: a.token },
    );
    expect(res.data!.updateCustomer.phone).toBe('+90 532 000 00 00');
  });

  it('student A cannot read student B’s record by guessing its id', async () => {
    const res = await t.gql<{ customer: null }>(CUSTOMER, { id: b.customerId }, { token: a.token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.customer).toBeNull();
  });

  it('student A cannot change student B’s record: NOT_FOUND, nothing written', async () => {
    const res = await t.gql(
      UPDATE,
      { id: b.customerId, i: { name: 'Hacked' } },
      { token: a.token },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const [row] = await t.db
      .select()
      .from(customersTable)
      .where(eq(customersTable.id, b.customerId));
    expect(row!.name).toBe('Bora Şahin');
  });

  it('students cannot list customers', async () => {
    const res = await t.gql('{ customers { totalCount } }', {}, { token: a.token });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('a guardian reaches the records of their dependents, and only theirs', async () => {
    const [child] = await t.db
      .insert(customersTable)
      .values({ name: 'Defne Demir', guardianId: a.customerId })
      .returning();
    const own = await t.gql<{ customer: { name: string } }>(
      CUSTOMER,
      { id: child!.id },
      { token: a.token },
    );
    expect(own.data!.customer.name).toBe('Defne Demir');
    const update = await t.gql<{ updateCustomer: { name: string } }>(
      UPDATE,
      { id: child!.id, i: { name: 'Defne Su Demir' } },
      { token: a.token },
    );
    expect(update.data!.updateCustomer.name).toBe('Defne Su Demir');
    const other = await t.gql<{ customer: null }>(CUSTOMER, { id: child!.id }, { token: b.token });
    expect(other.data!.customer).toBeNull();
  });

  it('managers see and search every record; instructors see none yet', async () => {
    const manager = await t.signIn('MANAGER');
    const res = await t.gql<{
      customers: { totalCount: number; edges: Array<{ node: { name: string } }> };
    }>(
      '{ customers(search: "demir") { totalCount edges { node { name } } } }',
      {},
      { token: manager.token },
    );
    expect(res.data!.customers.edges.map((e) => e.node.name)).toEqual([
      'Ayşe Demir',
      'Defne Su Demir',
    ]);
    const instructor = await t.signIn('INSTRUCTOR');
    const hidden = await t.gql<{ customer: null }>(
      CUSTOMER,
      { id: a.customerId },
      { token: instructor.token },
    );
    expect(hidden.data!.customer).toBeNull();
  });

  it('refuses a malformed email or phone with BAD_USER_INPUT, writing nothing', async () => {
    const res = await t.gql(
      UPDATE,
      { id: a.customerId, i: { email: 'nope', phone: 'x' } },
      { token: a.token },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const [row] = await t.db
      .select()
      .from(customersTable)
      .where(eq(customersTable.id, a.customerId));
    expect(row!.email).toBe('ayse@example.com');
  });
});
