import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { allocationsTable } from '../allocations/schema.js';
import { countOverlappingPairs } from '../allocations/service.js';
import { auditLogTable } from '../audit/schema.js';
import { bookingsTable } from '../bookings/schema.js';
import { servicesTable } from '../catalog/schema.js';
import { locationsTable } from '../locations/schema.js';
import { equipmentTable, maintenanceWindowsTable } from './schema.js';
import { equipmentByIds, freeEquipment } from './service.js';

// The request clock: statuses are computed at this instant.
const NOW = new Date('2026-06-01T10:00:00.000Z');
const at = (hhmm: string, day = '2026-06-01') => new Date(`${day}T${hhmm}:00.000Z`);

let t: TestApp;
let manager: SignedIn;
let student: SignedIn;
let readKey: string;
let akyaka: string;
let tarifa: string;

const FIELDS = 'id name category size status brand model serialNumber location { id }';
const CREATE = `mutation($i: CreateEquipmentInput!) { createEquipment(input: $i) { ${FIELDS} } }`;
const LIST = `query($l: ID, $c: String, $first: Int, $after: String) {
  equipment(locationId: $l, category: $c, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FIELDS} } }
  }
}`;
const SCHEDULE = `mutation($e: ID!, $s: DateTime!, $x: DateTime!, $r: String) {
  scheduleMaintenance(equipmentId: $e, startsAt: $s, endsAt: $x, reason: $r) {
    id startsAt endsAt reason equipment { id name status }
  }
}`;

interface Item {
  id: string;
  name: string;
  category: string;
  size: string | null;
  status: string;
  serialNumber: string | null;
}
interface ListResult {
  equipment: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: Item }>;
  };
}

async function create(input: Record<string, unknown>, token = manager.token) {
  return t.gql<{ createEquipment: Item }>(CREATE, { i: input }, { token });
}
async function item(input: Record<string, unknown>) {
  const res = await create(input);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createEquipment;
}
async function statusOf(id: string) {
  const res = await t.gql<ListResult>(LIST, { l: tarifa, first: 200 }, { token: manager.token });
  return res.data!.equipment.edges.find((e) => e.node.id === id)!.node.status;
}
const schedule = (equipmentId: string, startsAt: Date, endsAt: Date, reason?: string) =>
  t.gql<{ scheduleMaintenance: { id: string; equipment: { id: string; status: string } } }>(
    SCHEDULE,
    { e: equipmentId, s: startsAt.toISOString(), x: endsAt.toISOString(), r: reason },
    { token: manager.token },
  );
const count = async (table: typeof equipmentTable | typeof maintenanceWindowsTable) =>
  (await t.db.select().from(table)).length;

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  manager = await t.signIn('MANAGER');
  student = await t.signIn('STUDENT');
  readKey = await t.apiKey(['READ']);
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

describe('createEquipment and the equipment list', () => {
  it('stores the category as a key and the size as printed, and audits the creation', async () => {
    const res = await create({
      locationId: akyaka,
      name: '  Duotone Evo   9m ',
      category: 'kite',
      size: '9 M',
      brand: 'Duotone',
      model: 'Evo',
      serialNumber: 'EVO25-10001',
    });
    expect(res.errors).toBeUndefined();
    const created = res.data!.createEquipment;
    expect(created).toMatchObject({
      name: 'Duotone Evo 9m',
      category: 'KITE',
      size: '9m',
      status: 'AVAILABLE',
      brand: 'Duotone',
      model: 'Evo',
      serialNumber: 'EVO25-10001',
      location: { id: akyaka },
    });
    const audit = await t.db
      .select()
      .from(auditLogTable)
      .where(
        and(eq(auditLogTable.action, 'equipment.created'), eq(auditLogTable.entityId, created.id)),
      );
    expect(audit).toHaveLength(1);
  });

  it('lists by category, size (smallest first) and name, page by page', async () => {
    for (const [category, size, name] of [
      ['KITE', '12m', 'North Orbit 12m'],
      ['KITE', '5m', 'Ozone Enduro 5m'],
      ['KITE', '9m', 'Core XR8 9m'],
      ['Twin tip', '138cm', 'Duotone Jaime 138'],
      ['Twin tip', '132cm', 'Duotone Jaime 132'],
      ['WETSUIT', 'XL', 'ION Seek XL'],
      ['WETSUIT', 'S', 'ION Seek S'],
      ['WETSUIT', 'M', 'ION Seek M'],
      ['BOAT', null, 'Rescue boat'],
    ] as const) {
      await item({ locationId: tarifa, category, size, name });
    }
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: Awaited<ReturnType<typeof t.gql<ListResult>>> = await t.gql<ListResult>(
        LIST,
        { l: tarifa, first: 4, after },
        { token: manager.token },
      );
      expect(res.errors).toBeUndefined();
      const page = res.data!.equipment;
      expect(page.totalCount).toBe(9);
      names.push(...page.edges.map((e) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(names).toEqual([
      'Rescue boat',
      'Ozone Enduro 5m',
      'Core XR8 9m',
      'North Orbit 12m',
      'Duotone Jaime 132',
      'Duotone Jaime 138',
      'ION Seek S',
      'ION Seek M',
      'ION Seek XL',
    ]);
  });

  it('filters by location and by category written any way', async () => {
    const res = await t.gql<ListResult>(LIST, { c: 'twin-tip' }, { token: manager.token });
    expect(res.data!.equipment.edges.map((e) => e.node.category)).toEqual(['TWIN_TIP', 'TWIN_TIP']);
    const none = await t.gql<ListResult>(
      LIST,
      { l: akyaka, c: 'wetsuit' },
      { token: manager.token },
    );
    expect(none.data!.equipment).toMatchObject({ totalCount: 0, edges: [] });
    const unknown = await t.gql<ListResult>(
      LIST,
      { l: '00000000-0000-4000-8000-000000000000' },
      { token: manager.token },
    );
    expect(unknown.data!.equipment.totalCount).toBe(0);
  });

  it('shows the gear to students and READ keys, the serial numbers to staff and keys only', async () => {
    const asStudent = await t.gql<ListResult>(LIST, { l: akyaka }, { token: student.token });
    expect(asStudent.errors).toBeUndefined();
    expect(asStudent.data!.equipment.edges[0]!.node).toMatchObject({
      name: 'Duotone Evo 9m',
      serialNumber: null,
    });
    const asKey = await t.gql<ListResult>(LIST, { l: akyaka }, { token: readKey });
    expect(asKey.data!.equipment.edges[0]!.node.serialNumber).toBe('EVO25-10001');
  });

  it('refuses a foreign cursor and a page size out of range', async () => {
    const res = await t.gql<ListResult>(
      LIST,
      { after: Buffer.from('["x"]').toString('base64url') },
      { token: manager.token },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
    const big = await t.gql<ListResult>(LIST, { first: 500 }, { token: manager.token });
    expect(big.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bad input naming every field, and writes nothing', async () => {
    const before = await count(equipmentTable);
    const res = await create({
      locationId: '00000000-0000-4000-8000-000000000000',
      name: '   ',
      category: '!!!',
      size: 'x'.repeat(21),
      brand: 'b'.repeat(81),
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        locationId: expect.any(String),
        name: expect.any(String),
        category: expect.any(String),
        size: expect.any(String),
        brand: expect.any(String),
      },
    });
    expect(await count(equipmentTable)).toBe(before);
  });

  it('refuses a serial number the same brand already uses, in any case', async () => {
    const before = await count(equipmentTable);
    const res = await create({
      locationId: tarifa,
      name: 'Duotone Evo 10m',
      category: 'KITE',
      size: '10m',
      brand: 'duotone',
      serialNumber: 'evo25-10001',
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { serialNumber: expect.stringContaining('Duotone Evo 9m') },
    });
    expect(await count(equipmentTable)).toBe(before);
    // Another brand may print the same number.
    const other = await create({
      locationId: tarifa,
      name: 'Core XR8 10m',
      category: 'KITE',
      size: '10m',
      brand: 'Core',
      serialNumber: 'EVO25-10001',
    });
    expect(other.errors).toBeUndefined();
  });

  it('lets only management create gear', async () => {
    const before = await count(equipmentTable);
    const res = await create(
      { locationId: akyaka, name: 'Sneaky kite', category: 'KITE' },
      student.token,
    );
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(CREATE, {
      i: { locationId: akyaka, name: 'Sneaky kite', category: 'KITE' },
    });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await count(equipmentTable)).toBe(before);
  });
});

describe('maintenance windows and status', () => {
  let kite: Item;
  let bar: Item;

  beforeAll(async () => {
    kite = await item({
      locationId: tarifa,
      name: 'Duotone Rebel 9m',
      category: 'KITE',
      size: '9m',
    });
    bar = await item({ locationId: tarifa, name: 'Click Bar 22m', category: 'BAR', size: '22m' });
  });

  it('schedules a window: the item is in MAINTENANCE while it covers the clock', async () => {
    const res = await schedule(kite.id, at('09:00'), at('12:00'), 'Bladder repair');
    expect(res.errors).toBeUndefined();
    expect(res.data!.scheduleMaintenance.equipment).toEqual({
      id: kite.id,
      name: 'Duotone Rebel 9m',
      status: 'MAINTENANCE',
    });
    // A window that has not started yet leaves the item available now.
    const later = await schedule(bar.id, at('14:00'), at('16:00'));
    expect(later.data!.scheduleMaintenance.equipment.status).toBe('AVAILABLE');
    const windows = await t.gql<{
      maintenanceWindows: Array<{
        startsAt: string;
        reason: string | null;
        equipment: { id: string };
      }>;
    }>(
      'query($e: ID!, $f: DateTime) { maintenanceWindows(equipmentId: $e, from: $f) { startsAt reason equipment { id } } }',
      { e: kite.id, f: at('00:00').toISOString() },
      { token: manager.token },
    );
    expect(windows.data!.maintenanceWindows).toEqual([
      { startsAt: at('09:00').toISOString(), reason: 'Bladder repair', equipment: { id: kite.id } },
    ]);
  });

  it('refuses a window over another window with BOOKING_CONFLICT naming the item, writing nothing', async () => {
    const before = await count(maintenanceWindowsTable);
    const res = await schedule(kite.id, at('11:00'), at('13:00'));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_CONFLICT',
      conflicts: [
        {
          resourceType: 'EQUIPMENT',
          resourceId: kite.id,
          resourceName: 'Duotone Rebel 9m',
          kind: 'MAINTENANCE',
          startsAt: at('09:00').toISOString(),
          endsAt: at('12:00').toISOString(),
        },
      ],
    });
    expect(res.errors![0]!.message).toContain('Duotone Rebel 9m');
    expect(await count(maintenanceWindowsTable)).toBe(before);
    // Touching is not overlapping.
    const next = await schedule(kite.id, at('12:00'), at('13:00'));
    expect(next.errors).toBeUndefined();
    expect(await countOverlappingPairs(t.db)).toBe(0);
  });

  it('refuses a window that ends before it starts, an unknown item and a retired one', async () => {
    const before = await count(maintenanceWindowsTable);
    const backwards = await schedule(kite.id, at('12:00'), at('11:00'));
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { endsAt: expect.any(String) },
    });
    const unknown = await schedule(
      '00000000-0000-4000-8000-000000000000',
      at('12:00'),
      at('13:00'),
    );
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const old = await item({ locationId: tarifa, name: 'Old kite', category: 'KITE', size: '9m' });
    await t.db
      .update(equipmentTable)
      .set({ status: 'RETIRED' })
      .where(eq(equipmentTable.id, old.id));
    const retired = await schedule(old.id, at('12:00'), at('13:00'));
    expect(retired.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { equipmentId: 'is retired' },
    });
    expect(await statusOf(old.id)).toBe('RETIRED');
    expect(await count(maintenanceWindowsTable)).toBe(before);
  });

  it('cancelMaintenance frees the item and removes its allocation', async () => {
    const [window] = await t.db
      .select()
      .from(maintenanceWindowsTable)
      .where(
        and(
          eq(maintenanceWindowsTable.equipmentId, kite.id),
          eq(maintenanceWindowsTable.startsAt, at('09:00')),
        ),
      );
    const res = await t.gql<{ cancelMaintenance: boolean }>(
      'mutation($id: ID!) { cancelMaintenance(id: $id) }',
      { id: window!.id },
      { token: manager.token },
    );
    expect(res.data!.cancelMaintenance).toBe(true);
    expect(await statusOf(kite.id)).toBe('AVAILABLE');
    expect(
      await t.db.select().from(allocationsTable).where(eq(allocationsTable.sourceId, window!.id)),
    ).toEqual([]);
    const again = await t.gql(
      'mutation($id: ID!) { cancelMaintenance(id: $id) }',
      { id: window!.id },
      { token: manager.token },
    );
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    // The window it freed can be taken again.
    expect((await schedule(kite.id, at('10:00'), at('11:00'))).errors).toBeUndefined();
  });

  it('lets only management schedule and cancel', async () => {
    const res = await t.gql(
      SCHEDULE,
      { e: bar.id, s: at('18:00').toISOString(), x: at('19:00').toISOString() },
      { token: student.token },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('bookings, freeEquipment and stock', () => {
  let booked: Item;
  let spare: Item;
  let servicing: Item;
  let bookingId: string;

  beforeAll(async () => {
    booked = await item({ locationId: akyaka, name: 'Evo 12m #1', category: 'KITE', size: '12m' });
    spare = await item({ locationId: akyaka, name: 'Evo 12m #2', category: 'KITE', size: '12m' });
    servicing = await item({
      locationId: akyaka,
      name: 'Evo 12m #3',
      category: 'KITE',
      size: '12m',
    });
    const retired = await item({
      locationId: akyaka,
      name: 'Evo 12m old',
      category: 'KITE',
      size: '12m',
    });
    await t.db
      .update(equipmentTable)
      .set({ status: 'RETIRED' })
      .where(eq(equipmentTable.id, retired.id));
    const [service] = await t.db
      .insert(servicesTable)
      .values({
        locationId: akyaka,
        name: 'Kite rental',
        kind: 'RENTAL',
        durationMinutes: 120,
        capacity: 1,
        priceMinor: 120000,
        currency: 'TRY',
      })
      .returning();
    const [booking] = await t.db
      .insert(bookingsTable)
      .values({
        locationId: akyaka,
        serviceId: service!.id,
        startsAt: at('09:00'),
        endsAt: at('11:00'),
        unitPriceMinor: 120000,
        priceMinor: 120000,
        currency: 'TRY',
      })
      .returning();
    bookingId = booking!.id;
    await t.db.insert(allocationsTable).values({
      resourceType: 'EQUIPMENT',
      resourceId: booked.id,
      kind: 'BOOKING',
      bookingId,
      startsAt: at('09:00'),
      endsAt: at('11:00'),
    });
    const res = await schedule(servicing.id, at('09:30'), at('15:00'));
    expect(res.errors).toBeUndefined();
  });

  it('shows a booked item IN_USE and refuses maintenance over the booking', async () => {
    const res = await t.gql<ListResult>(
      LIST,
      { l: akyaka, c: 'KITE', first: 50 },
      { token: student.token },
    );
    const status = Object.fromEntries(
      res.data!.equipment.edges.map((e) => [e.node.name, e.node.status]),
    );
    expect(status).toMatchObject({
      'Evo 12m #1': 'IN_USE',
      'Evo 12m #2': 'AVAILABLE',
      'Evo 12m #3': 'MAINTENANCE',
      'Evo 12m old': 'RETIRED',
    });
    const before = await count(maintenanceWindowsTable);
    const clash = await schedule(booked.id, at('10:00'), at('12:00'));
    expect(clash.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_CONFLICT',
      conflicts: [
        { resourceId: booked.id, resourceName: 'Evo 12m #1', kind: 'BOOKING', bookingId },
      ],
    });
    expect(await count(maintenanceWindowsTable)).toBe(before);
  });

  it('freeEquipment leaves out what is booked, in maintenance or retired', async () => {
    const free = (startsAt: Date, endsAt: Date, extra: Record<string, unknown> = {}) =>
      freeEquipment(t.db, {
        locationId: akyaka,
        category: 'kite',
        size: '12 m',
        startsAt,
        endsAt,
        now: NOW,
        ...extra,
      }).then((rows) => rows.map((r) => r.name));
    expect(await free(at('10:00'), at('11:00'))).toEqual(['Evo 12m #2']);
    expect(await free(at('07:00'), at('09:00'))).toEqual([
      'Evo 12m #1',
      'Evo 12m #2',
      'Evo 12m #3',
    ]);
    // A reschedule may keep its own kite.
    expect(await free(at('10:00'), at('11:00'), { excludeBookingId: bookingId })).toEqual([
      'Evo 12m #1',
      'Evo 12m #2',
    ]);
    // Without a size: every kite of the location.
    const anySize = await freeEquipment(t.db, {
      locationId: akyaka,
      category: 'KITE',
      startsAt: at('16:00'),
      endsAt: at('17:00'),
      now: NOW,
    });
    expect(anySize.map((r) => r.name)).toEqual([
      'Duotone Evo 9m',
      'Evo 12m #1',
      'Evo 12m #2',
      'Evo 12m #3',
    ]);
    expect(
      await freeEquipment(t.db, {
        locationId: 'nope',
        category: 'KITE',
        startsAt: at('16:00'),
        endsAt: at('17:00'),
        now: NOW,
      }),
    ).toEqual([]);
  });

  it('equipmentByIds answers in the order asked, null for unknown ids', async () => {
    const rows = await equipmentByIds(t.db, [spare.id, 'nope', booked.id]);
    expect(rows.map((r) => r?.name ?? null)).toEqual(['Evo 12m #2', null, 'Evo 12m #1']);
  });

  it('equipmentCategories counts the usable items per category and size', async () => {
    const res = await t.gql<{
      equipmentCategories: Array<{ category: string; size: string | null; total: number }>;
    }>(
      'query($l: ID!) { equipmentCategories(locationId: $l) { category size total } }',
      { l: akyaka },
      { token: student.token },
    );
    expect(res.data!.equipmentCategories).toEqual([
      { category: 'KITE', size: '9m', total: 1 },
      { category: 'KITE', size: '12m', total: 3 },
    ]);
  });
});
