import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { locationsTable } from '../locations/schema.js';
import { servicesTable } from './schema.js';

let t: TestApp;
let manager: SignedIn;
let akyaka: string;
let tarifa: string;

const CREATE = `mutation($i: CreateServiceInput!) {
  createService(input: $i) {
    id name kind discipline lessonFormat rentalPeriod durationMinutes capacity requiredLevel active
    price { amountMinor currency formatted } location { id }
  }
}`;

async function createService(input: Record<string, unknown>) {
  const res = await t.gql<{ createService: Record<string, unknown> & { id: string } }>(
    CREATE,
    { i: input },
    { token: manager.token },
  );
  return res;
}

beforeAll(async () => {
  t = await startTestApp();
  manager = await t.signIn('MANAGER');
  const rows = await t.db
    .insert(locationsTable)
    .values([
      { name: 'Akyaka', timezone: 'Europe/Istanbul', currency: 'TRY' },
      { name: 'Tarifa', timezone: 'Europe/Madrid', currency: 'EUR' },
    ])
    .returning();
  akyaka = rows[0]!.id;
  tarifa = rows[1]!.id;
});
afterAll(() => t.stop());

describe('catalog services', () => {
  it('creates a private kite lesson priced in the location currency, formatted for the reader', async () => {
    const res = await createService({
      locationId: akyaka,
      name: 'Private kite lesson',
      kind: 'LESSON',
      discipline: 'KITE',
      lessonFormat: 'PRIVATE',
      durationMinutes: 120,
      price: { amountMinor: 450000, currency: 'TRY' },
    });
    expect(res.data!.createService).toMatchObject({
      kind: 'LESSON',
      discipline: 'KITE',
      lessonFormat: 'PRIVATE',
      capacity: 1,
      durationMinutes: 120,
      active: true,
      price: {
        amountMinor: 450000,
        currency: 'TRY',
        formatted: expect.stringMatching(/^TRY\s4,500\.00$/),
      },
      location: { id: akyaka },
    });
  });

  it('sets a rental’s duration from its period and a night for accommodation', async () => {
    const rental = await createService({
      locationId: tarifa,
      name: 'Wing foil set, half day',
      kind: 'RENTAL',
      discipline: 'WING',
      rentalPeriod: 'HALF_DAY',
      price: { amountMinor: 6500, currency: 'EUR' },
    });
    expect(rental.data!.createService).toMatchObject({ durationMinutes: 240, capacity: 1 });
    const room = await createService({
      locationId: tarifa,
      name: 'Double room',
      kind: 'ACCOMMODATION',
      capacity: 2,
      price: { amountMinor: 9000, currency: 'EUR' },
    });
    expect(room.data!.createService).toMatchObject({ durationMinutes: 1440, discipline: null });
  });

  it('refuses a group lesson over its capacity, a lesson without a discipline and a foreign currency, writing nothing', async () => {
    const before = (await t.db.select().from(servicesTable)).length;
    const res = await createService({
      locationId: akyaka,
      name: 'Group wing',
      kind: 'LESSON',
      lessonFormat: 'SEMI_PRIVATE',
      capacity: 6,
      durationMinutes: 90,
      price: { amountMinor: 100, currency: 'EUR' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        discipline: expect.any(String),
        capacity: expect.any(String),
        price: expect.any(String),
      },
    });
    expect(await t.db.select().from(servicesTable)).toHaveLength(before);
  });

  it('lists what is on sale to students, and everything to managers who ask', async () => {
    const hidden = await createService({
      locationId: akyaka,
      name: 'Old SUP tour',
      kind: 'LESSON',
      discipline: 'SUP',
      lessonFormat: 'GROUP',
      durationMinutes: 60,
      price: { amountMinor: 50000, currency: 'TRY' },
      active: false,
    });
    const student = await t.signIn('STUDENT');
    const seen = await t.gql<{ services: Array<{ name: string }> }>(
      'query($l: ID) { services(locationId: $l, includeInactive: true) { name } }',
      { l: akyaka },
      { token: student.token },
    );
    expect(seen.data!.services.map((s) => s.name)).toEqual(['Private kite lesson']);
    const all = await t.gql<{ services: Array<{ name: string }> }>(
      'query($l: ID) { services(locationId: $l, includeInactive: true) { name } }',
      { l: akyaka },
      { token: manager.token },
    );
    expect(all.data!.services.map((s) => s.name).sort()).toEqual([
      'Old SUP tour',
      'Private kite lesson',
    ]);
    const update = await t.gql<{
      updateService: { active: boolean; price: { amountMinor: number } };
    }>(
      'mutation($id: ID!) { updateService(id: $id, input: { active: true, price: { amountMinor: 55000, currency: "TRY" } }) { active price { amountMinor } } }',
      { id: hidden.data!.createService.id },
      { token: manager.token },
    );
    expect(update.data!.updateService).toEqual({ active: true, price: { amountMinor: 55000 } });
  });
});

describe('packages', () => {
  it('sells a 10-hour kite course valid 90 days; its services must belong to the same location', async () => {
    const services = await t.gql<{ services: Array<{ id: string; name: string }> }>(
      'query($l: ID) { services(locationId: $l) { id name } }',
      { l: akyaka },
      { token: manager.token },
    );
    const kite = services.data!.services.find((s) => s.name === 'Private kite lesson')!;
    const res = await t.gql<{
      createPackage: {
        name: string;
        validityDays: number;
        items: Array<{ quantity: number; service: { id: string } }>;
      };
    }>(
      `mutation($i: CreatePackageInput!) { createPackage(input: $i) {
        name validityDays gift price { formatted } items { quantity service { id } } } }`,
      {
        i: {
          locationId: akyaka,
          name: '10-hour kite course',
          validityDays: 90,
          price: { amountMinor: 2000000, currency: 'TRY' },
          items: [{ serviceId: kite.id, quantity: 5 }],
        },
      },
      { token: manager.token },
    );
    expect(res.data!.createPackage).toMatchObject({
      name: '10-hour kite course',
      validityDays: 90,
      items: [{ quantity: 5, service: { id: kite.id } }],
    });
    const tarifaServices = await t.gql<{ services: Array<{ id: string }> }>(
      'query($l: ID) { services(locationId: $l) { id } }',
      { l: tarifa },
      { token: manager.token },
    );
    const mixed = await t.gql(
      'mutation($i: CreatePackageInput!) { createPackage(input: $i) { id } }',
      {
        i: {
          locationId: akyaka,
          name: 'Mixed',
          validityDays: 30,
          price: { amountMinor: 1, currency: 'TRY' },
          items: [{ serviceId: tarifaServices.data!.services[0]!.id, quantity: 1 }],
        },
      },
      { token: manager.token },
    );
    expect(mixed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { items: expect.any(String) },
    });
  });
});
