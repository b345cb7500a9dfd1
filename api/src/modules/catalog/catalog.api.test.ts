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

  it('keeps a cancellation policy and the equipment each participant needs, and refuses bad ones', async () => {
    const [dahab] = await t.db
      .insert(locationsTable)
      .values({ name: 'Dahab', timezone: 'Africa/Cairo', currency: 'EUR' })
      .returning();
    const ok = await t.gql<{ createService: Record<string, unknown> }>(
      `mutation($i: CreateServiceInput!) { createService(input: $i) {
        freeCancellationHours lateCancellationFeeBps equipmentCategories } }`,
      {
        i: {
          locationId: dahab!.id,
          name: 'Kite set rental',
          kind: 'RENTAL',
          rentalPeriod: 'HOUR',
          price: { amountMinor: 3000, currency: 'EUR' },
          freeCancellationHours: 48,
          lateCancellationFeeBps: 2500,
          equipmentCategories: ['kite', 'twin tip'],
        },
      },
      { token: manager.token },
    );
    expect(ok.data?.createService).toEqual({
      freeCancellationHours: 48,
      lateCancellationFeeBps: 2500,
      equipmentCategories: ['KITE', 'TWIN_TIP'],
    });
    const before = (await t.db.select().from(servicesTable)).length;
    const bad = await createService({
      locationId: dahab!.id,
      name: 'Odd policy',
      kind: 'RENTAL',
      rentalPeriod: 'DAY',
      price: { amountMinor: 3000, currency: 'EUR' },
      freeCancellationHours: 721,
      lateCancellationFeeBps: 10001,
      equipmentCategories: ['!!'],
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        freeCancellationHours: expect.any(String),
        lateCancellationFeeBps: expect.any(String),
        equipmentCategories: expect.any(String),
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

describe('services filtered', () => {
  it('by kind and by discipline', async () => {
    const q = `query($l: ID, $k: ServiceKind, $d: Discipline) {
      services(locationId: $l, kind: $k, discipline: $d, includeInactive: true) { name kind discipline } }`;
    const rentals = await t.gql<{ services: Array<{ kind: string }> }>(
      q,
      { l: tarifa, k: 'RENTAL' },
      { token: manager.token },
    );
    expect(rentals.data!.services).toEqual([
      { name: 'Wing foil set, half day', kind: 'RENTAL', discipline: 'WING' },
    ]);
    const sup = await t.gql<{ services: Array<{ name: string }> }>(
      q,
      { l: akyaka, d: 'SUP' },
      { token: manager.token },
    );
    expect(sup.data!.services.map((s) => s.name)).toEqual(['Old SUP tour']);
    const bad = await t.gql(q, { l: akyaka, k: 'SPACESHIP' }, { token: manager.token });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('updatePackage', () => {
  const UPDATE = `mutation($id: ID!, $i: UpdatePackageInput!) { updatePackage(id: $id, input: $i) {
    id name description validityDays gift active price { amountMinor currency }
    items { quantity service { id name } } } }`;
  type Pkg = {
    id: string;
    name: string;
    validityDays: number;
    gift: boolean;
    active: boolean;
    price: { amountMinor: number };
    items: Array<{ quantity: number; service: { id: string; name: string } }>;
  };
  let pkgId: string;
  let kiteId: string;
  let supId: string;

  const serviceId = async (location: string, name: string) => {
    const res = await t.gql<{ services: Array<{ id: string; name: string }> }>(
      'query($l: ID) { services(locationId: $l, includeInactive: true) { id name } }',
      { l: location },
      { token: manager.token },
    );
    return res.data!.services.find((s) => s.name === name)!.id;
  };
  const storedPackage = async () => {
    const res = await t.gql<{ packages: Pkg[] }>(
      `query($l: ID) { packages(locationId: $l, includeInactive: true) {
        id name description validityDays gift active price { amountMinor currency }
        items { quantity service { id name } } } }`,
      { l: akyaka },
      { token: manager.token },
    );
    return res.data!.packages.find((p) => p.id === pkgId)!;
  };

  beforeAll(async () => {
    kiteId = await serviceId(akyaka, 'Private kite lesson');
    supId = await serviceId(akyaka, 'Old SUP tour');
    const res = await t.gql<{ createPackage: { id: string } }>(
      'mutation($i: CreatePackageInput!) { createPackage(input: $i) { id } }',
      {
        i: {
          locationId: akyaka,
          name: 'Starter bundle',
          validityDays: 30,
          price: { amountMinor: 500000, currency: 'TRY' },
          items: [{ serviceId: kiteId, quantity: 2 }],
        },
      },
      { token: manager.token },
    );
    pkgId = res.data!.createPackage.id;
  });

  it('changes every field and replaces the items, keeping what is not sent', async () => {
    const res = await t.gql<{ updatePackage: Pkg }>(
      UPDATE,
      {
        id: pkgId,
        i: {
          name: '  Gift: kite and SUP ',
          validityDays: 365,
          price: { amountMinor: 750050, currency: 'TRY' },
          gift: true,
          items: [
            { serviceId: supId, quantity: 1 },
            { serviceId: kiteId, quantity: 3 },
          ],
        },
      },
      { token: manager.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePackage).toMatchObject({
      name: 'Gift: kite and SUP',
      validityDays: 365,
      gift: true,
      active: true,
      price: { amountMinor: 750050, currency: 'TRY' },
    });
    expect(res.data!.updatePackage.items.map((i) => [i.service.name, i.quantity]).sort()).toEqual([
      ['Old SUP tour', 1],
      ['Private kite lesson', 3],
    ]);
    // Off sale, nothing else touched.
    const off = await t.gql<{ updatePackage: Pkg }>(
      UPDATE,
      { id: pkgId, i: { active: false } },
      { token: manager.token },
    );
    expect(off.data!.updatePackage).toMatchObject({
      name: 'Gift: kite and SUP',
      active: false,
      gift: true,
    });
    expect(off.data!.updatePackage.items).toHaveLength(2);
  });

  it('refuses bad fields by name and writes nothing, not even the valid ones', async () => {
    const before = await storedPackage();
    const tarifaRental = await serviceId(tarifa, 'Wing foil set, half day');
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [
        {
          name: 'Renamed',
          validityDays: 0,
          price: { amountMinor: 100, currency: 'EUR' },
          items: [],
        },
        ['validityDays', 'price', 'items'],
      ],
      [{ name: 'Renamed', items: [{ serviceId: tarifaRental, quantity: 1 }] }, ['items']],
      [
        {
          items: [
            { serviceId: kiteId, quantity: 1 },
            { serviceId: kiteId, quantity: 2 },
          ],
        },
        ['items'],
      ],
      [{ name: 'Renamed', validityDays: 2000 }, ['validityDays']],
      [{ name: 'Renamed', description: 'x'.repeat(2001) }, ['description']],
      [{ name: 'Renamed', items: [{ serviceId: kiteId, quantity: 101 }] }, ['items']],
    ];
    for (const [input, fields] of cases) {
      const res = await t.gql(UPDATE, { id: pkgId, i: input }, { token: manager.token });
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      const refused = Object.keys(res.errors![0]!.extensions.fields as Record<string, string>).map(
        (f) => f.split('.').at(-1),
      );
      for (const field of fields) expect(refused, JSON.stringify(input)).toContain(field);
    }
    expect(await storedPackage()).toEqual(before);
  });

  it('is NOT_FOUND for an unknown package and FORBIDDEN to instructors', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      const res = await t.gql(UPDATE, { id, i: { name: 'X' } }, { token: manager.token });
      expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    const before = await storedPackage();
    const instructor = await t.signIn('INSTRUCTOR');
    const res = await t.gql(
      UPDATE,
      { id: pkgId, i: { name: 'Hijacked' } },
      { token: instructor.token },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await storedPackage()).toEqual(before);
  });
});

describe('createPackage on sale or not', () => {
  const CREATE_PACKAGE = `mutation($i: CreatePackageInput!) {
    createPackage(input: $i) { id name active } }`;
  type Created = { createPackage: { id: string; name: string; active: boolean } };
  const listed = async (includeInactive: boolean) => {
    const res = await t.gql<{ packages: Array<{ name: string; active: boolean }> }>(
      'query($l: ID, $all: Boolean) { packages(locationId: $l, includeInactive: $all) { name active } }',
      { l: akyaka, all: includeInactive },
      { token: manager.token },
    );
    return res.data!.packages;
  };
  let kiteId: string;
  const input = (name: string, extra: Record<string, unknown> = {}) => ({
    locationId: akyaka,
    name,
    validityDays: 60,
    price: { amountMinor: 300000, currency: 'TRY' },
    items: [{ serviceId: kiteId, quantity: 4 }],
    ...extra,
  });

  beforeAll(async () => {
    const res = await t.gql<{ services: Array<{ id: string; name: string }> }>(
      'query($l: ID) { services(locationId: $l, includeInactive: true) { id name } }',
      { l: akyaka },
      { token: manager.token },
    );
    kiteId = res.data!.services.find((s) => s.name === 'Private kite lesson')!.id;
  });

  it('starts on sale when active is left out or null, and off sale with active: false', async () => {
    const plain = await t.gql<Created>(
      CREATE_PACKAGE,
      { i: input('Kite 4 h') },
      { token: manager.token },
    );
    expect(plain.data!.createPackage).toMatchObject({ name: 'Kite 4 h', active: true });
    const nulled = await t.gql<Created>(
      CREATE_PACKAGE,
      { i: input('Kite 4 h, null', { active: null }) },
      { token: manager.token },
    );
    expect(nulled.data!.createPackage.active).toBe(true);
    const prepared = await t.gql<Created>(
      CREATE_PACKAGE,
      { i: input('Summer course, prepared', { active: false }) },
      { token: manager.token },
    );
    expect(prepared.errors).toBeUndefined();
    expect(prepared.data!.createPackage).toMatchObject({
      name: 'Summer course, prepared',
      active: false,
    });
    // Off sale: hidden from the sold list, kept in the management one.
    expect((await listed(false)).map((p) => p.name)).not.toContain('Summer course, prepared');
    expect(await listed(true)).toContainEqual({ name: 'Summer course, prepared', active: false });
  });

  it('refuses a bad package created off sale, and a non-boolean active, writing nothing', async () => {
    const before = await listed(true);
    const bad = await t.gql(
      CREATE_PACKAGE,
      {
        i: input('Off sale, wrong currency', {
          active: false,
          price: { amountMinor: 100, currency: 'EUR' },
        }),
      },
      { token: manager.token },
    );
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors![0]!.extensions.fields as Record<string, string>)).toContain(
      'price',
    );
    const notBoolean = await t.gql(
      CREATE_PACKAGE,
      { i: input('Off sale, says no', { active: 'no' }) },
      { token: manager.token },
    );
    expect(notBoolean.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await listed(true)).toEqual(before);
  });
});
