import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { allocationsTable } from '../allocations/schema.js';
import { auditLogTable } from '../audit/schema.js';
import { bookingsTable, type BookingStatus } from '../bookings/schema.js';
import { servicesTable } from '../catalog/schema.js';
import { customersTable } from '../customers/schema.js';
import { instructorsTable } from '../instructors/schema.js';
import { locationsTable } from '../locations/schema.js';
import { rentalItemsTable, rentalsTable } from '../rentals/schema.js';
import {
  equipmentEventsTable,
  equipmentTable,
  maintenanceTasksTable,
  maintenanceWindowsTable,
} from './schema.js';

// The request clock: 10:00 UTC is 13:00 in Akyaka (UTC+3) and 12:00 in Tarifa (UTC+2).
const NOW = new Date('2026-06-01T10:00:00.000Z');
const at = (hhmm: string, day = '2026-06-01') => new Date(`${day}T${hhmm}:00.000Z`);

let t: TestApp;
let manager: SignedIn;
let instructor: SignedIn;
let student: SignedIn;
let akyaka: string;
let tarifa: string;
let serviceId: string;
let customerId: string;
let rentalNumber = 0;
let statements = 0;

const ITEM = `id name category size status brand model serialNumber purchaseDate
  purchaseCost { amountMinor currency formatted } usageHours usageHoursBase notes retiredAt retiredReason
  location { id }`;
const CREATE = `mutation($i: CreateEquipmentInput!) { createEquipment(input: $i) { ${ITEM} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateEquipmentInput!) { updateEquipment(id: $id, input: $i) { ${ITEM} } }`;
const RETIRE = `mutation($id: ID!, $r: String!) { retireEquipment(id: $id, reason: $r) { ${ITEM} } }`;
const NOTE = `mutation($id: ID!, $n: String!) { addEquipmentNote(id: $id, notes: $n) { id kind at notes actorName } }`;
const ONE = `query($id: ID!, $first: Int, $after: String) { equipmentItem(id: $id) { ${ITEM}
  events(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind at notes actorName rentalId taskId data } } } } }`;
const LIST = `query($l: ID, $c: String, $s: String, $st: [EquipmentStatus!], $q: String, $first: Int) {
  equipment(locationId: $l, category: $c, size: $s, status: $st, search: $q, first: $first) {
    totalCount edges { node { id name status } } } }`;
const INVENTORY = `query($l: ID!, $at: DateTime) { inventory(locationId: $l, at: $at) {
  at location { id } lines { category size total free inUse maintenance }
  totals { total free inUse maintenance } } }`;

interface Item {
  id: string;
  name: string;
  status: string;
  serialNumber: string | null;
  purchaseDate: string | null;
  purchaseCost: { amountMinor: number; currency: string; formatted: string } | null;
  usageHours: number | null;
  notes: string | null;
  retiredAt: string | null;
  retiredReason: string | null;
  brand: string | null;
  model: string | null;
}
interface EventNode {
  kind: string;
  at: string;
  notes: string | null;
  actorName: string | null;
  data: Record<string, unknown>;
}
interface OneResult {
  equipmentItem:
    | (Item & {
        events: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: EventNode }>;
        } | null;
      })
    | null;
}

const create = (input: Record<string, unknown>, token = manager.token) =>
  t.gql<{ createEquipment: Item }>(CREATE, { i: input }, { token });
async function item(input: Record<string, unknown>) {
  const res = await create(input);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createEquipment;
}
const one = (id: string, token = manager.token, page: { first?: number; after?: string } = {}) =>
  t.gql<OneResult>(ONE, { id, ...page }, { token });
const rowsOf = (table: typeof equipmentTable | typeof equipmentEventsTable) =>
  t.db.select().from(table);
const snapshot = async () => ({
  equipment: await rowsOf(equipmentTable),
  events: (await rowsOf(equipmentEventsTable)).length,
  audit: (await t.db.select().from(auditLogTable).where(like(auditLogTable.action, 'equipment.%')))
    .length,
});

/** A booking holding `equipmentId` over [startsAt, endsAt), written straight to the tables. */
async function book(
  equipmentId: string,
  startsAt: Date,
  endsAt: Date,
  options: { status?: BookingStatus; instructorId?: string } = {},
) {
  const active = options.status !== 'CANCELLED';
  const [booking] = await t.db
    .insert(bookingsTable)
    .values({
      locationId: tarifa,
      serviceId,
      startsAt,
      endsAt,
      unitPriceMinor: 3000,
      priceMinor: 3000,
      currency: 'EUR',
      status: options.status ?? 'CONFIRMED',
      instructorId: options.instructorId ?? null,
    })
    .returning();
  await t.db.insert(allocationsTable).values({
    resourceType: 'EQUIPMENT',
    resourceId: equipmentId,
    kind: 'BOOKING',
    bookingId: booking!.id,
    startsAt,
    endsAt,
    active,
  });
  return booking!.id;
}

/**
 * A rental contract with `equipmentId` out from `checkedOutAt` until `dueAt`, as the rentals
 * module writes it: the rental, its RENTAL allocation and the item row (open unless
 * `returnedAt`).
 */
async function rent(
  equipmentId: string,
  checkedOutAt: Date,
  dueAt: Date,
  options: { returnedAt?: Date; allocation?: boolean } = {},
) {
  rentalNumber += 1;
  const [rental] = await t.db
    .insert(rentalsTable)
    .values({
      locationId: tarifa,
      number: rentalNumber,
      customerId,
      checkedOutAt,
      dueAt,
      returnedAt: options.returnedAt ?? null,
      status: options.returnedAt ? 'RETURNED' : 'OUT',
      signerName: 'Ana García',
      signatureKey: 'signatures/test',
      signedAt: checkedOutAt,
      depositCurrency: 'EUR',
    })
    .returning();
  let allocationId: string | null = null;
  if (options.allocation !== false) {
    const [allocation] = await t.db
      .insert(allocationsTable)
      .values({
        resourceType: 'EQUIPMENT',
        resourceId: equipmentId,
        kind: 'RENTAL',
        sourceId: rental!.id,
        startsAt: checkedOutAt,
        endsAt: options.returnedAt ?? dueAt,
      })
      .returning();
    allocationId = allocation!.id;
  }
  await t.db.insert(rentalItemsTable).values({
    rentalId: rental!.id,
    equipmentId,
    allocationId,
    returnedAt: options.returnedAt ?? null,
  });
  return rental!;
}

async function window(equipmentId: string, startsAt: Date, endsAt: Date, reason = 'Service') {
  const res = await t.gql<{ scheduleMaintenance: { id: string } }>(
    'mutation($e: ID!, $s: DateTime!, $x: DateTime!, $r: String) { scheduleMaintenance(equipmentId: $e, startsAt: $s, endsAt: $x, reason: $r) { id } }',
    { e: equipmentId, s: startsAt.toISOString(), x: endsAt.toISOString(), r: reason },
    { token: manager.token },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.scheduleMaintenance.id;
}

beforeAll(async () => {
  t = await startTestApp({
    now: () => NOW,
    onQuery: () => {
      statements += 1;
    },
  });
  manager = await t.signIn('MANAGER');
  instructor = await t.signIn('INSTRUCTOR');
  student = await t.signIn('STUDENT');
  const rows = await t.db
    .insert(locationsTable)
    .values([
      { name: 'Akyaka', timezone: 'Europe/Istanbul', currency: 'TRY' },
      { name: 'Tarifa', timezone: 'Europe/Madrid', currency: 'EUR' },
    ])
    .returning();
  akyaka = rows[0]!.id;
  tarifa = rows[1]!.id;
  const [service] = await t.db
    .insert(servicesTable)
    .values({
      locationId: tarifa,
      name: 'Kite rental',
      kind: 'RENTAL',
      durationMinutes: 120,
      capacity: 1,
      priceMinor: 3000,
      currency: 'EUR',
    })
    .returning();
  serviceId = service!.id;
  const [customer] = await t.db.insert(customersTable).values({ name: 'Ana García' }).returning();
  customerId = customer!.id;
});
afterAll(() => t.stop());

describe('createEquipment with its purchase', () => {
  it('stores every field, answers the cost as Money, and logs PURCHASED at the purchase date', async () => {
    const created = await item({
      locationId: akyaka,
      name: 'Duotone Evo 9m',
      category: 'kite',
      size: '9 m',
      brand: 'Duotone',
      model: 'Evo SLS',
      serialNumber: 'EVO26-00001',
      purchaseDate: '2025-04-01',
      purchaseCost: { amountMinor: 4_850_000, currency: 'TRY' },
      usageHoursBase: 92.5,
      notes: 'Bought with the 2025 fleet.\nSpare bladder in the loft.',
    });
    expect(created).toMatchObject({
      name: 'Duotone Evo 9m',
      size: '9m',
      status: 'AVAILABLE',
      serialNumber: 'EVO26-00001',
      purchaseDate: '2025-04-01',
      purchaseCost: { amountMinor: 4_850_000, currency: 'TRY' },
      usageHours: 92.5,
      usageHoursBase: 92.5,
      notes: 'Bought with the 2025 fleet.\nSpare bladder in the loft.',
      retiredAt: null,
    });
    expect(created.purchaseCost!.formatted).toContain('48,500.00');
    const res = await one(created.id);
    expect(res.data!.equipmentItem!.events).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      edges: [
        {
          node: {
            kind: 'PURCHASED',
            // Midnight in Akyaka (UTC+3).
            at: '2025-03-31T21:00:00.000Z',
            notes: null,
            actorName: 'Test MANAGER',
            rentalId: null,
            taskId: null,
            data: { cost: 4_850_000, currency: 'TRY' },
          },
        },
      ],
    });
    const audit = await t.db
      .select()
      .from(auditLogTable)
      .where(
        and(eq(auditLogTable.action, 'equipment.created'), eq(auditLogTable.entityId, created.id)),
      );
    expect(audit[0]!.data).toMatchObject({ purchaseCost: 4_850_000, purchaseCurrency: 'TRY' });
  });

  it('logs PURCHASED now when no purchase date is given; the base hours default to 0', async () => {
    const created = await item({ locationId: tarifa, name: 'Helmet M', category: 'helmet' });
    expect(created).toMatchObject({ usageHours: 0, purchaseDate: null, purchaseCost: null });
    const res = await one(created.id);
    expect(res.data!.equipmentItem!.events!.edges[0]!.node).toMatchObject({
      kind: 'PURCHASED',
      at: NOW.toISOString(),
    });
  });

  it('refuses each bad field by name and writes nothing', async () => {
    const before = await snapshot();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ purchaseDate: '2026-06-02' }, 'purchaseDate'], // tomorrow in Akyaka
      [{ purchaseDate: '1975-01-01' }, 'purchaseDate'],
      [{ purchaseCost: { amountMinor: 10000, currency: 'EUR' } }, 'purchaseCost'],
      [{ usageHoursBase: -1 }, 'usageHoursBase'],
      [{ usageHoursBase: 100_001 }, 'usageHoursBase'],
      [{ notes: 'x'.repeat(2001) }, 'notes'],
      [{ model: 'm'.repeat(81) }, 'model'],
      [{ serialNumber: 's'.repeat(81) }, 'serialNumber'],
      [{ name: '' }, 'name'],
    ];
    for (const [fields, name] of cases) {
      const res = await create({
        locationId: akyaka,
        name: 'Core XR8 9m',
        category: 'KITE',
        ...fields,
      });
      expect(res.errors?.[0]?.extensions, name).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { [name]: expect.any(String) },
      });
    }
    // Several at once are all named.
    const all = await create({
      locationId: akyaka,
      name: 'Core XR8 9m',
      category: 'KITE',
      purchaseDate: '2030-01-01',
      purchaseCost: { amountMinor: 1, currency: 'EUR' },
      usageHoursBase: -5,
    });
    expect(Object.keys(all.errors![0]!.extensions.fields as object).sort()).toEqual([
      'purchaseCost',
      'purchaseDate',
      'usageHoursBase',
    ]);
    // A negative amount is refused before the service sees it.
    const negative = await create({
      locationId: akyaka,
      name: 'Core XR8 9m',
      category: 'KITE',
      purchaseCost: { amountMinor: -1, currency: 'TRY' },
    });
    expect(negative.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // Not a date at all is refused by the scalar.
    const notADate = await create({
      locationId: akyaka,
      name: 'Core XR8 9m',
      category: 'KITE',
      purchaseDate: '2025-02-30',
    });
    expect(notADate.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const after = await snapshot();
    expect(after.equipment).toHaveLength(before.equipment.length);
    expect(after.events).toBe(before.events);
    expect(after.audit).toBe(before.audit);
  });

  it('shows the purchase, use, notes and log to staff and keys only', async () => {
    const [row] = await t.db
      .select()
      .from(equipmentTable)
      .where(eq(equipmentTable.serialNumber, 'EVO26-00001'));
    const res = await one(row!.id, student.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.equipmentItem).toMatchObject({
      name: 'Duotone Evo 9m',
      brand: 'Duotone',
      serialNumber: null,
      purchaseDate: null,
      purchaseCost: null,
      usageHours: null,
      notes: null,
      events: null,
    });
    const asInstructor = await one(row!.id, instructor.token);
    expect(asInstructor.data!.equipmentItem).toMatchObject({
      usageHours: 92.5,
      notes: expect.any(String),
    });
    expect((await one('00000000-0000-4000-8000-000000000000')).data!.equipmentItem).toBeNull();
    expect((await one('nope')).data!.equipmentItem).toBeNull();
  });
});

describe('updateEquipment', () => {
  let kite: Item;

  beforeAll(async () => {
    kite = await item({
      locationId: tarifa,
      name: 'North Orbit 9m',
      category: 'KITE',
      size: '9m',
      brand: 'North',
      model: 'Orbit',
      serialNumber: 'ORB25-0009',
      purchaseCost: { amountMinor: 159_900, currency: 'EUR' },
    });
  });

  it('changes the fields given, clears those set to null, keeps the rest, and audits the changed ones', async () => {
    const res = await t.gql<{ updateEquipment: Item }>(
      UPDATE,
      {
        id: kite.id,
        i: {
          name: 'North Orbit 9m (school)',
          model: null,
          purchaseDate: '2025-03-15',
          usageHoursBase: 12.25,
          notes: 'Yellow tape on the struts',
        },
      },
      { token: manager.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateEquipment).toMatchObject({
      name: 'North Orbit 9m (school)',
      brand: 'North',
      model: null,
      serialNumber: 'ORB25-0009',
      purchaseDate: '2025-03-15',
      purchaseCost: { amountMinor: 159_900, currency: 'EUR' },
      usageHours: 12.3,
      usageHoursBase: 12.25,
      notes: 'Yellow tape on the struts',
    });
    const [row] = await t.db.select().from(equipmentTable).where(eq(equipmentTable.id, kite.id));
    expect(row!.usageMinutesBase).toBe(735);
    const [audit] = await t.db
      .select()
      .from(auditLogTable)
      .where(
        and(eq(auditLogTable.action, 'equipment.updated'), eq(auditLogTable.entityId, kite.id)),
      );
    expect((audit!.data as { fields: string[] }).fields.sort()).toEqual([
      'model',
      'name',
      'notes',
      'purchaseDate',
      'usageMinutesBase',
    ]);
  });

  it('refuses bad fields, a taken serial number and strangers, writing nothing', async () => {
    await item({
      locationId: tarifa,
      name: 'North Orbit 7m',
      category: 'KITE',
      brand: 'north',
      serialNumber: 'ORB25-0007',
    });
    const before = await snapshot();
    const bad = await t.gql(
      UPDATE,
      {
        id: kite.id,
        i: {
          name: '  ',
          purchaseCost: { amountMinor: 100, currency: 'TRY' },
          purchaseDate: '2027-01-01',
        },
      },
      { token: manager.token },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        name: expect.any(String),
        purchaseCost: expect.any(String),
        purchaseDate: expect.any(String),
      },
    });
    const taken = await t.gql(
      UPDATE,
      { id: kite.id, i: { serialNumber: 'orb25-0007' } },
      { token: manager.token },
    );
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: { serialNumber: expect.stringContaining('North Orbit 7m') },
    });
    const unknown = await t.gql(
      UPDATE,
      { id: '00000000-0000-4000-8000-000000000000', i: { name: 'x' } },
      { token: manager.token },
    );
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const asInstructor = await t.gql(
      UPDATE,
      { id: kite.id, i: { name: 'x' } },
      { token: instructor.token },
    );
    expect(asInstructor.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const after = await snapshot();
    expect(after).toEqual(before);
  });

  it('moves an item to another location only while nothing holds it ahead', async () => {
    const bookingId = await book(kite.id, at('15:00', '2026-06-03'), at('17:00', '2026-06-03'));
    const before = await snapshot();
    const res = await t.gql(
      UPDATE,
      { id: kite.id, i: { locationId: akyaka } },
      { token: manager.token },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'HELD_AHEAD',
      holds: [{ kind: 'BOOKING', bookingId }],
    });
    expect(await snapshot()).toEqual(before);
    await t.db.delete(bookingsTable).where(eq(bookingsTable.id, bookingId));
    const moved = await t.gql<{ updateEquipment: { location: { id: string } } }>(
      UPDATE,
      { id: kite.id, i: { locationId: akyaka } },
      { token: manager.token },
    );
    expect(moved.data!.updateEquipment.location.id).toBe(akyaka);
    // Its cost keeps the currency it was bought in.
    const [row] = await t.db.select().from(equipmentTable).where(eq(equipmentTable.id, kite.id));
    expect(row).toMatchObject({ purchaseCost: 159_900, purchaseCurrency: 'EUR' });
    await t.gql(UPDATE, { id: kite.id, i: { locationId: tarifa } }, { token: manager.token });
  });
});

describe('retireEquipment and notes', () => {
  it('refuses while a booking holds the item ahead, listing it, and writes nothing', async () => {
    const kite = await item({
      locationId: tarifa,
      name: 'Core XR8 7m',
      category: 'KITE',
      size: '7m',
    });
    const bookingId = await book(kite.id, at('15:00', '2026-06-05'), at('17:00', '2026-06-05'));
    // A booking already over does not hold it.
    await book(kite.id, at('07:00'), at('09:00'), { status: 'COMPLETED' });
    const before = await snapshot();
    const res = await t.gql(RETIRE, { id: kite.id, r: 'Torn canopy' }, { token: manager.token });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'HELD_AHEAD',
      holds: [
        {
          kind: 'BOOKING',
          bookingId,
          rentalId: null,
          startsAt: at('15:00', '2026-06-05').toISOString(),
          endsAt: at('17:00', '2026-06-05').toISOString(),
        },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses while the item is out on a rental, even overdue, and writes nothing', async () => {
    const board = await item({ locationId: tarifa, name: 'Duotone Jaime 138', category: 'BOARD' });
    // Due at 09:00, not back at 10:00: its allocation has ended, the item is still out.
    const rental = await rent(board.id, at('06:00'), at('09:00'));
    const before = await snapshot();
    const res = await t.gql(RETIRE, { id: board.id, r: 'Cracked' }, { token: manager.token });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'OUT_ON_RENTAL',
      holds: [{ kind: 'RENTAL', rentalId: rental.id, endsAt: null }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('retires a free item: stored RETIRED, reason, log entry, future windows cancelled', async () => {
    const kite = await item({
      locationId: tarifa,
      name: 'Cabrinha Moto 12m',
      category: 'KITE',
      purchaseDate: '2023-05-02',
    });
    const windowId = await window(kite.id, at('08:00', '2026-06-10'), at('12:00', '2026-06-10'));
    const [task] = await t.db
      .insert(maintenanceTasksTable)
      .values({ equipmentId: kite.id, kind: 'SERVICE', title: '100-hour service', dueAt: NOW })
      .returning();
    const empty = await t.gql(RETIRE, { id: kite.id, r: '   ' }, { token: manager.token });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: expect.any(String) },
    });
    const res = await t.gql<{ retireEquipment: Item }>(
      RETIRE,
      { id: kite.id, r: 'Delaminated canopy, beyond repair' },
      { token: manager.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.retireEquipment).toMatchObject({
      status: 'RETIRED',
      retiredAt: NOW.toISOString(),
      retiredReason: 'Delaminated canopy, beyond repair',
    });
    expect(
      await t.db
        .select()
        .from(maintenanceWindowsTable)
        .where(eq(maintenanceWindowsTable.id, windowId)),
    ).toEqual([]);
    expect(
      await t.db.select().from(allocationsTable).where(eq(allocationsTable.sourceId, windowId)),
    ).toEqual([]);
    const log = await one(kite.id);
    expect(log.data!.equipmentItem!.events!.edges[0]!.node).toMatchObject({
      kind: 'RETIRED',
      at: NOW.toISOString(),
      notes: 'Delaminated canopy, beyond repair',
      actorName: 'Test MANAGER',
      data: { reason: 'Delaminated canopy, beyond repair', cancelledWindows: 1, cancelledTasks: 1 },
    });
    // Its open task leaves the maintenance board, saying why.
    const [closed] = await t.db
      .select()
      .from(maintenanceTasksTable)
      .where(eq(maintenanceTasksTable.id, task!.id));
    expect(closed).toMatchObject({
      status: 'CANCELLED',
      resolution: 'Retired: Delaminated canopy, beyond repair',
    });
    const again = await t.gql(RETIRE, { id: kite.id, r: 'Twice' }, { token: manager.token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'RETIRED' });
    const asInstructor = await t.gql(RETIRE, { id: kite.id, r: 'x' }, { token: instructor.token });
    expect(asInstructor.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('adds notes to the log, newest first, page by page', async () => {
    const bar = await item({
      locationId: tarifa,
      name: 'Click Bar 22m',
      category: 'BAR',
      purchaseDate: '2025-05-01',
    });
    for (const text of ['Lines checked', 'Depower rope frayed', 'Rope replaced']) {
      const res = await t.gql<{ addEquipmentNote: EventNode }>(
        NOTE,
        { id: bar.id, n: text },
        { token: manager.token },
      );
      expect(res.data!.addEquipmentNote).toMatchObject({
        kind: 'NOTE',
        notes: text,
        actorName: 'Test MANAGER',
      });
    }
    const first = await one(bar.id, manager.token, { first: 2 });
    const page1 = first.data!.equipmentItem!.events!;
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await one(bar.id, manager.token, { first: 2, after: page1.pageInfo.endCursor! });
    const page2 = second.data!.equipmentItem!.events!;
    // All notes share the request clock's instant: newest first is then by id, stable across pages.
    const notes = [...page1.edges, ...page2.edges].map((e) => e.node.kind);
    expect(notes).toEqual(['NOTE', 'NOTE', 'NOTE', 'PURCHASED']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ats = [...page1.edges, ...page2.edges].map((e) => e.node.at);
    expect([...ats].sort().reverse()).toEqual(ats);

    const before = await snapshot();
    const empty = await t.gql(NOTE, { id: bar.id, n: ' ' }, { token: manager.token });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { notes: expect.any(String) },
    });
    const long = await t.gql(NOTE, { id: bar.id, n: 'x'.repeat(2001) }, { token: manager.token });
    expect(long.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(
      NOTE,
      { id: '00000000-0000-4000-8000-000000000000', n: 'Hello' },
      { token: manager.token },
    );
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const asStudent = await t.gql(NOTE, { id: bar.id, n: 'Hello' }, { token: student.token });
    expect(asStudent.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const foreign = await t.gql(
      ONE,
      { id: bar.id, after: Buffer.from('["x"]').toString('base64url') },
      { token: manager.token },
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { after: expect.any(String) },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('orders the log by time across kinds', async () => {
    const kite = await item({
      locationId: tarifa,
      name: 'Ozone Enduro 10m',
      category: 'KITE',
      purchaseDate: '2024-04-01',
    });
    await t.db.insert(equipmentEventsTable).values([
      { equipmentId: kite.id, kind: 'INSPECTED', at: new Date('2025-04-01T09:00:00Z') },
      {
        equipmentId: kite.id,
        kind: 'DAMAGED',
        at: new Date('2025-08-10T15:00:00Z'),
        notes: 'Tear',
      },
      { equipmentId: kite.id, kind: 'REPAIRED', at: new Date('2025-08-14T11:00:00Z') },
    ]);
    await t.gql(NOTE, { id: kite.id, n: 'Ready for the season' }, { token: manager.token });
    const res = await one(kite.id);
    expect(res.data!.equipmentItem!.events!.edges.map((e) => e.node.kind)).toEqual([
      'NOTE',
      'REPAIRED',
      'DAMAGED',
      'INSPECTED',
      'PURCHASED',
    ]);
  });
});

describe('usage hours', () => {
  it('adds the base, past and running bookings, rentals; not cancelled or future ones', async () => {
    const kite = await item({
      locationId: tarifa,
      name: 'Duotone Rebel 12m',
      category: 'KITE',
      usageHoursBase: 10,
    });
    await book(kite.id, at('08:00', '2026-05-20'), at('10:00', '2026-05-20'), {
      status: 'COMPLETED',
    });
    await rent(kite.id, at('09:00', '2026-05-21'), at('14:00', '2026-05-21'), {
      returnedAt: at('12:00', '2026-05-21'),
    });
    // Under way: 09:00 to 11:00, the clock at 10:00 counts one hour.
    await book(kite.id, at('09:00'), at('11:00'));
    await book(kite.id, at('08:00', '2026-05-25'), at('10:00', '2026-05-25'), {
      status: 'CANCELLED',
    });
    await book(kite.id, at('08:00', '2026-06-04'), at('10:00', '2026-06-04'));
    const res = await one(kite.id);
    // 10 + 2 + 3 + 1
    expect(res.data!.equipmentItem!.usageHours).toBe(16);
  });
});

describe('status, filters and the inventory snapshot', () => {
  const names = {
    booked: 'Inv kite booked',
    free: 'Inv kite free',
    window: 'Inv kite window',
    broken: 'Inv kite out of service',
    retired: 'Inv kite retired',
    rented: 'Inv kite rented',
    overdue: 'Inv kite overdue',
    suit: 'Inv wetsuit',
  };
  const ids: Record<string, string> = {};
  let location: string;

  beforeAll(async () => {
    const [row] = await t.db
      .insert(locationsTable)
      .values({ name: 'Inventory beach', timezone: 'Europe/Madrid', currency: 'EUR' })
      .returning();
    location = row!.id;
    for (const [key, name] of Object.entries(names)) {
      const created = await item({
        locationId: location,
        name,
        category: key === 'suit' ? 'WETSUIT' : 'KITE',
        size: key === 'suit' ? 'M' : key === 'free' || key === 'booked' ? '9m' : '12m',
        brand: key === 'suit' ? 'ION' : 'Duotone',
        model: key === 'suit' ? 'Seek Core' : 'Evo',
        serialNumber: `INV-${key.toUpperCase()}`,
      });
      ids[key] = created.id;
    }
    // Rentals and bookings of this location are written against Tarifa's service: only the
    // allocations matter here.
    await book(ids.booked!, at('09:00'), at('11:00'));
    await book(ids.booked!, at('15:00'), at('17:00'));
    await window(ids.window!, at('12:00'), at('14:00'));
    await t.db
      .update(equipmentTable)
      .set({ status: 'MAINTENANCE' })
      .where(eq(equipmentTable.id, ids.broken!));
    await t.gql(RETIRE, { id: ids.retired, r: 'Old' }, { token: manager.token });
    await rent(ids.rented!, at('08:00'), at('12:00'));
    await rent(ids.overdue!, at('06:00'), at('09:00'));
    // A rental with its booking holding the item: no allocation of its own.
    await rent(ids.suit!, at('09:30'), at('11:30'), { allocation: false });
  });

  it('computes each status now: IN_USE on a booking or a rental, even overdue', async () => {
    const res = await t.gql<{
      equipment: { totalCount: number; edges: Array<{ node: { name: string; status: string } }> };
    }>(LIST, { l: location, first: 50 }, { token: manager.token });
    expect(
      Object.fromEntries(res.data!.equipment.edges.map((e) => [e.node.name, e.node.status])),
    ).toEqual({
      [names.booked]: 'IN_USE',
      [names.free]: 'AVAILABLE',
      [names.window]: 'AVAILABLE',
      [names.broken]: 'MAINTENANCE',
      [names.retired]: 'RETIRED',
      [names.rented]: 'IN_USE',
      [names.overdue]: 'IN_USE',
      [names.suit]: 'IN_USE',
    });
  });

  it('filters by status now, size and search, keeping the contract arguments', async () => {
    const list = async (variables: Record<string, unknown>, token = manager.token) => {
      const res = await t.gql<{
        equipment: { totalCount: number; edges: Array<{ node: { name: string } }> };
      }>(LIST, { l: location, ...variables }, { token });
      expect(res.errors).toBeUndefined();
      return res.data!.equipment.edges.map((e) => e.node.name).sort();
    };
    expect(await list({ st: ['IN_USE'] })).toEqual(
      [names.booked, names.overdue, names.rented, names.suit].sort(),
    );
    expect(await list({ st: ['MAINTENANCE', 'RETIRED'] })).toEqual(
      [names.broken, names.retired].sort(),
    );
    expect(await list({ st: ['AVAILABLE'], c: 'kite' })).toEqual([names.free, names.window].sort());
    expect(await list({ s: '9 M' })).toEqual([names.booked, names.free].sort());
    expect(await list({ q: 'seek' })).toEqual([names.suit]);
    expect(await list({ q: 'inv-overdue' })).toEqual([names.overdue]);
    expect(await list({ q: '100%' })).toEqual([]);
    // Students find gear by name, never by serial number.
    expect(await list({ q: 'inv-overdue' }, student.token)).toEqual([]);
    expect(await list({ q: 'overdue' }, student.token)).toEqual([names.overdue]);
    const counted = await t.gql<{ equipment: { totalCount: number } }>(
      LIST,
      { l: location, st: ['IN_USE'], first: 1 },
      { token: manager.token },
    );
    expect(counted.data!.equipment.totalCount).toBe(4);
  });

  it('takes a snapshot now per category and size, with totals', async () => {
    const res = await t.gql<{
      inventory: {
        at: string;
        location: { id: string };
        lines: Array<Record<string, unknown>>;
        totals: Record<string, number>;
      };
    }>(INVENTORY, { l: location }, { token: manager.token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.inventory).toEqual({
      at: NOW.toISOString(),
      location: { id: location },
      lines: [
        { category: 'KITE', size: '9m', total: 2, free: 1, inUse: 1, maintenance: 0 },
        // The retired kite is not counted; window is later today, so free now.
        { category: 'KITE', size: '12m', total: 4, free: 1, inUse: 2, maintenance: 1 },
        { category: 'WETSUIT', size: 'M', total: 1, free: 0, inUse: 1, maintenance: 0 },
      ],
      totals: { total: 7, free: 2, inUse: 4, maintenance: 1 },
    });
  });

  it('takes a snapshot at a later time: bookings, windows and rentals due then', async () => {
    const res = await t.gql<{ inventory: { lines: Array<Record<string, unknown>> } }>(
      INVENTORY,
      { l: location, at: at('13:00').toISOString() },
      { token: instructor.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.inventory.lines).toEqual([
      // The morning booking is over; the afternoon one has not started.
      { category: 'KITE', size: '9m', total: 2, free: 2, inUse: 0, maintenance: 0 },
      // The window covers 13:00; out of service still counts; the rental was due at 12:00 and
      // the overdue one is assumed back by then.
      { category: 'KITE', size: '12m', total: 4, free: 2, inUse: 0, maintenance: 2 },
      { category: 'WETSUIT', size: 'M', total: 1, free: 1, inUse: 0, maintenance: 0 },
    ]);
    const afternoon = await t.gql<{ inventory: { totals: Record<string, number> } }>(
      INVENTORY,
      { l: location, at: at('16:00').toISOString() },
      { token: manager.token },
    );
    expect(afternoon.data!.inventory.totals).toEqual({
      total: 7,
      free: 5,
      inUse: 1,
      maintenance: 1,
    });
  });

  it('refuses an unknown location and callers outside staff', async () => {
    const unknown = await t.gql(
      INVENTORY,
      { l: '00000000-0000-4000-8000-000000000000' },
      { token: manager.token },
    );
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const asStudent = await t.gql(INVENTORY, { l: location }, { token: student.token });
    expect(asStudent.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it("lists an item's schedule for the next 14 days, hiding bookings the caller may not see", async () => {
    const SCHEDULE = `query($id: ID!, $from: DateTime, $to: DateTime) { equipmentItem(id: $id) {
      schedule(from: $from, to: $to) { kind startsAt endsAt bookingId booking { id } rentalId rentalNumber maintenanceWindowId reason } } }`;
    const [other] = await t.db
      .insert(instructorsTable)
      .values({ name: 'Lucía Romero' })
      .returning();
    const later = await book(ids.window!, at('08:00', '2026-06-08'), at('10:00', '2026-06-08'), {
      instructorId: other!.id,
    });
    // Beyond 14 days: not listed by default.
    await book(ids.window!, at('08:00', '2026-06-20'), at('10:00', '2026-06-20'));
    type Use = Record<string, unknown>;
    const res = await t.gql<{ equipmentItem: { schedule: Use[] } }>(
      SCHEDULE,
      { id: ids.window },
      { token: manager.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.equipmentItem.schedule).toEqual([
      {
        kind: 'MAINTENANCE',
        startsAt: at('12:00').toISOString(),
        endsAt: at('14:00').toISOString(),
        bookingId: null,
        booking: null,
        rentalId: null,
        rentalNumber: null,
        maintenanceWindowId: expect.any(String),
        reason: 'Service',
      },
      {
        kind: 'BOOKING',
        startsAt: at('08:00', '2026-06-08').toISOString(),
        endsAt: at('10:00', '2026-06-08').toISOString(),
        bookingId: later,
        booking: { id: later },
        rentalId: null,
        rentalNumber: null,
        maintenanceWindowId: null,
        reason: null,
      },
    ]);
    const rented = await t.gql<{ equipmentItem: { schedule: Use[] } }>(
      SCHEDULE,
      { id: ids.rented },
      { token: manager.token },
    );
    expect(rented.data!.equipmentItem.schedule).toEqual([
      expect.objectContaining({
        kind: 'RENTAL',
        rentalId: expect.any(String),
        rentalNumber: expect.any(Number),
      }),
    ]);
    // An instructor sees that the kite is booked, not whose lesson it is.
    const asInstructor = await t.gql<{ equipmentItem: { schedule: Use[] } }>(
      SCHEDULE,
      { id: ids.window },
      { token: instructor.token },
    );
    expect(asInstructor.data!.equipmentItem.schedule[1]).toMatchObject({
      kind: 'BOOKING',
      bookingId: null,
      booking: null,
    });
    const wide = await t.gql<{ equipmentItem: { schedule: Use[] } }>(
      SCHEDULE,
      {
        id: ids.window,
        from: at('00:00').toISOString(),
        to: at('00:00', '2026-06-30').toISOString(),
      },
      { token: manager.token },
    );
    expect(wide.data!.equipmentItem.schedule).toHaveLength(3);
    const backwards = await t.gql(
      SCHEDULE,
      { id: ids.window, from: at('10:00').toISOString(), to: at('09:00').toISOString() },
      { token: manager.token },
    );
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { to: expect.any(String) },
    });
    const student_ = await t.gql<{ equipmentItem: { schedule: Use[] | null } }>(
      SCHEDULE,
      { id: ids.window },
      { token: student.token },
    );
    expect(student_.data!.equipmentItem.schedule).toBeNull();
  });
});

describe('statements per request', () => {
  const PAGE = `query($l: ID!) { equipment(locationId: $l, first: 200) { totalCount edges { node {
    id name status usageHours purchaseCost { formatted } location { name }
    events(first: 3) { totalCount edges { node { kind actorName } } }
    schedule { kind booking { id } } } } } }`;
  let small: string;
  let large: string;

  /** The fewest statements of three runs (a background job may run one during a request). */
  async function statementsFor(query: string, variables: Record<string, unknown>) {
    const counts: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const before = statements;
      const res = await t.gql(query, variables, { token: manager.token });
      expect(res.errors).toBeUndefined();
      counts.push(statements - before);
    }
    return Math.min(...counts);
  }

  beforeAll(async () => {
    const rows = await t.db
      .insert(locationsTable)
      .values([
        { name: 'Small beach', timezone: 'Europe/Madrid', currency: 'EUR' },
        { name: 'Large beach', timezone: 'Europe/Madrid', currency: 'EUR' },
      ])
      .returning();
    small = rows[0]!.id;
    large = rows[1]!.id;
    for (const [locationId, count] of [
      [small, 3],
      [large, 40],
    ] as const) {
      for (let i = 0; i < count; i += 1) {
        const created = await item({
          locationId,
          name: `Kite ${i}`,
          category: i % 2 ? 'KITE' : 'BOARD',
          size: `${5 + (i % 9)}m`,
          purchaseCost: { amountMinor: 100_000 + i, currency: 'EUR' },
          notes: `Item ${i}`,
        });
        await t.gql(NOTE, { id: created.id, n: 'Checked' }, { token: manager.token });
        if (i % 3 === 0) await book(created.id, at('09:00'), at('11:00'));
        if (i % 5 === 0)
          await book(created.id, at('09:00', '2026-06-03'), at('11:00', '2026-06-03'));
      }
    }
  });

  it('reads a page of 40 items with every field in as many statements as a page of 3', async () => {
    const few = await statementsFor(PAGE, { l: small });
    const many = await statementsFor(PAGE, { l: large });
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('takes the snapshot of 40 items in as many statements as of 3', async () => {
    const few = await statementsFor(INVENTORY, { l: small });
    const many = await statementsFor(INVENTORY, { l: large });
    expect(many).toBe(few);
    // The location, then the snapshot; the consent check and session as for any request.
    expect(many).toBeLessThanOrEqual(5);
  });
});
