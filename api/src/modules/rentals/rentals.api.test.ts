import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { eventually } from '../../test/wait.js';
import { allocationsTable } from '../allocations/schema.js';
import { countOverlappingPairs } from '../allocations/service.js';
import { auditLogTable } from '../audit/schema.js';
import {
  equipmentEventsTable,
  equipmentTable,
  maintenanceTasksTable,
} from '../equipment/schema.js';
import { freeEquipment } from '../equipment/service.js';
import { userLocationsTable } from '../identity/schema.js';
import { notificationsTable } from '../notifications/schema.js';
import { blankPng, pngDataUrl, samplePng } from './rules.js';
import { rentalItemsTable, rentalsTable } from './schema.js';

// The request clock; tests move it. 10:00 in Tarifa (Europe/Madrid, summer time).
let clock = new Date('2026-07-01T08:00:00.000Z');
const hours = (h: number) => new Date(clock.getTime() + h * 3_600_000);

let t: TestApp;
let admin: SignedIn;
let manager: SignedIn;
let instructor: SignedIn;
let studentA: SignedIn;
let studentB: SignedIn;
let school: TestSchool;
let other: TestSchool;
let termsId: string;

const RENTAL_FIELDS = `id number status dueAt overdue checkedOutAt returnedAt signerName signedAt
  termsVersion termsTitle signatureUrl contractUrl depositMethod
  deposit { amountMinor currency formatted } depositRetained { amountMinor }
  customer { id name } booking { id } location { id }
  items { id conditionOut conditionIn damaged damageNotes repairTaskId returnedAt
    damageCharge { amountMinor currency } equipment { id name } }`;
const CHECK_OUT = `mutation($i: CheckOutRentalInput!) { checkOutRental(input: $i) { ${RENTAL_FIELDS} } }`;
const CHECK_IN = `mutation($i: CheckInRentalInput!) { checkInRental(input: $i) { ${RENTAL_FIELDS} } }`;
const RENTAL = `query($id: ID!) { rental(id: $id) { ${RENTAL_FIELDS} } }`;
const RENTALS = `query($f: RentalFilter, $first: Int, $after: String) {
  rentals(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id number overdue status } }
  }
}`;

interface RentalResult {
  id: string;
  number: number;
  status: string;
  dueAt: string;
  overdue: boolean;
  returnedAt: string | null;
  termsVersion: number;
  termsTitle: string;
  signatureUrl: string;
  contractUrl: string;
  deposit: { amountMinor: number; currency: string; formatted: string };
  depositRetained: { amountMinor: number };
  customer: { id: string; name: string };
  booking: { id: string } | null;
  items: Array<{
    id: string;
    conditionOut: string | null;
    conditionIn: string | null;
    damaged: boolean;
    damageNotes: string | null;
    repairTaskId: string | null;
    returnedAt: string | null;
    damageCharge: { amountMinor: number; currency: string };
    equipment: { id: string; name: string };
  }>;
}

const SIGNATURE = pngDataUrl(samplePng(3));

/** A valid check-out of `equipmentIds` for the first customer, due in 3 hours; override any part. */
function input(equipmentIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    locationId: school.location.id,
    customerId: school.customers[0]!.id,
    items: equipmentIds.map((equipmentId) => ({ equipmentId, conditionOut: 'Like new' })),
    dueAt: hours(3).toISOString(),
    signerName: 'Student One',
    signature: SIGNATURE,
    deposit: { amountMinor: 20000, currency: 'EUR', method: 'CASH' },
    termsDocumentId: termsId,
    ...overrides,
  };
}
const checkOut = (i: Record<string, unknown>, token = manager.token) =>
  t.gql<{ checkOutRental: RentalResult }>(CHECK_OUT, { i }, { token });
const checkInAs = (i: Record<string, unknown>, token: string) =>
  t.gql<{ checkInRental: RentalResult }>(CHECK_IN, { i }, { token });
const checkIn = (i: Record<string, unknown>, token = manager.token) => checkInAs(i, token);
const rentOutAs = (equipmentIds: string[], token: string) => rentOut(equipmentIds, {}, token);
async function rentOut(
  equipmentIds: string[],
  overrides: Record<string, unknown> = {},
  token = manager.token,
) {
  const res = await checkOut(input(equipmentIds, overrides), token);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.checkOutRental;
}

/** Rows a refused check-out must not leave behind. */
async function footprint() {
  const [rentals, items, allocations, events, audits] = await Promise.all([
    t.db.select().from(rentalsTable),
    t.db.select().from(rentalItemsTable),
    t.db.select().from(allocationsTable),
    t.db.select().from(equipmentEventsTable),
    t.db.select().from(auditLogTable),
  ]);
  return {
    rentals: rentals.length,
    items: items.length,
    allocations: allocations.length,
    events: events.length,
    audits: audits.length,
  };
}

/** A fresh kite at the test location, so tests do not share items. */
async function newKite(name: string, locationId = school.location.id) {
  const [row] = await t.db
    .insert(equipmentTable)
    .values({ locationId, name, category: 'KITE', size: '9m', serialNumber: `SN-${name}` })
    .returning();
  return row!;
}

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  admin = await t.signIn('ADMIN');
  manager = await t.signIn('MANAGER');
  instructor = await t.signIn('INSTRUCTOR');
  studentA = await t.signIn('STUDENT');
  studentB = await t.signIn('STUDENT');
  school = await seedTestSchool(t.db, { userIds: [studentA.userId, studentB.userId] });
  other = await seedTestSchool(t.db, { name: 'Akyaka Kite Center', customerCount: 2 });
  await t.db
    .insert(userLocationsTable)
    .values({ userId: manager.userId, locationId: school.location.id });
}, 120_000);
afterAll(() => t.stop());

describe('rental terms', () => {
  it('refuse a check-out while no rental terms are published, writing nothing', async () => {
    const before = await footprint();
    const res = await checkOut(
      input([school.kites[0]!.id], { termsDocumentId: school.kites[0]!.id }),
    );
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions.reason).toBe('RENTAL_TERMS_MISSING');
    expect(Object.keys(res.errors?.[0]?.extensions.fields as object)).toEqual(['termsDocumentId']);
    expect(await footprint()).toEqual(before);
  });

  it('are published by an administrator as RENTAL versions and never asked at sign-in', async () => {
    const res = await t.gql<{
      publishLegalDocument: { id: string; version: number; required: boolean };
    }>(
      `mutation($i: PublishLegalDocumentInput!) { publishLegalDocument(input: $i) { id version required } }`,
      {
        i: {
          kind: 'RENTAL',
          title: 'Kiralama Koşulları / Rental Terms',
          body: 'İade zamanında iade edilir. Return on time.',
        },
      },
      { token: admin.token },
    );
    expect(res.data?.publishLegalDocument).toMatchObject({ version: 1, required: false });
    termsId = res.data!.publishLegalDocument.id;
    const pending = await t.gql<{ pendingLegalDocuments: Array<{ kind: string }> }>(
      '{ pendingLegalDocuments { kind } }',
      {},
      { token: studentA.token },
    );
    expect(pending.data!.pendingLegalDocuments.map((d) => d.kind)).not.toContain('RENTAL');
    const accept = await t.gql(
      'mutation($ids: [ID!]!) { acceptLegalDocuments(ids: $ids) }',
      { ids: [termsId] },
      { token: studentA.token },
    );
    expect(accept.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('checkOutRental', () => {
  it('writes the rental, its items, RENTAL allocations, CHECKED_OUT events and an audit row; numbers 1, 2, 3 per location', async () => {
    const [a, b, c] = school.kites;
    const first = await rentOut([a!.id, b!.id]);
    expect(first).toMatchObject({
      number: 1,
      status: 'OUT',
      overdue: false,
      termsVersion: 1,
      termsTitle: 'Kiralama Koşulları / Rental Terms',
      signerName: 'Student One',
      deposit: { amountMinor: 20000, currency: 'EUR' },
      customer: { id: school.customers[0]!.id },
      booking: null,
    });
    expect(first.items.map((i) => i.equipment.id).sort()).toEqual([a!.id, b!.id].sort());
    expect(first.items.every((i) => i.conditionOut === 'Like new' && i.returnedAt === null)).toBe(
      true,
    );
    const allocations = await t.db
      .select()
      .from(allocationsTable)
      .where(eq(allocationsTable.sourceId, first.id));
    expect(allocations).toHaveLength(2);
    for (const allocation of allocations) {
      expect(allocation).toMatchObject({ kind: 'RENTAL', resourceType: 'EQUIPMENT', active: true });
      expect(allocation.startsAt.toISOString()).toBe(clock.toISOString());
      expect(allocation.endsAt.toISOString()).toBe(hours(3).toISOString());
    }
    const items = await t.db
      .select()
      .from(rentalItemsTable)
      .where(eq(rentalItemsTable.rentalId, first.id));
    expect(new Set(items.map((i) => i.allocationId))).toEqual(
      new Set(allocations.map((x) => x.id)),
    );
    const events = await t.db
      .select()
      .from(equipmentEventsTable)
      .where(eq(equipmentEventsTable.rentalId, first.id));
    expect(events.map((e) => e.kind)).toEqual(['CHECKED_OUT', 'CHECKED_OUT']);
    const [audit] = await t.db
      .select()
      .from(auditLogTable)
      .where(
        and(eq(auditLogTable.action, 'rental.checked_out'), eq(auditLogTable.entityId, first.id)),
      );
    expect(audit?.data).toMatchObject({ number: 1, equipmentIds: [a!.id, b!.id] });

    expect((await rentOut([c!.id])).number).toBe(2);
    expect((await rentOut([(await newKite('Number three')).id])).number).toBe(3);
    // Another location counts on its own.
    const elsewhere = await checkOut(
      input([other.kites[0]!.id], {
        locationId: other.location.id,
        customerId: other.customers[0]!.id,
      }),
    );
    expect(elsewhere.data?.checkOutRental.number).toBe(1);
  });

  it('refuses bad input field by field, writing nothing', async () => {
    const kite = await newKite('Bad input kite');
    const jpeg = `data:image/png;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(60).fill(1)]).toString('base64')}`;
    const huge = `data:image/png;base64,${Buffer.alloc(600 * 1024, 1).toString('base64')}`;
    const cases: Array<[string, Record<string, unknown>]> = [
      ['items', { items: [] }],
      ['items', { items: [{ equipmentId: kite.id }, { equipmentId: kite.id }] }],
      ['items', { items: Array.from({ length: 21 }, () => ({ equipmentId: kite.id })) }],
      ['items.0.equipmentId', { items: [{ equipmentId: 'nope' }] }],
      [
        'items.0.conditionOut',
        { items: [{ equipmentId: kite.id, conditionOut: 'x'.repeat(501) }] },
      ],
      ['dueAt', { dueAt: hours(-1).toISOString() }],
      ['dueAt', { dueAt: hours(24 * 31).toISOString() }],
      ['signerName', { signerName: '   ' }],
      ['signature', { signature: 'not a picture' }],
      ['signature', { signature: jpeg }],
      ['signature', { signature: pngDataUrl(blankPng()) }],
      ['signature', { signature: huge }],
      ['deposit.currency', { deposit: { amountMinor: 100, currency: 'TRY', method: 'CASH' } }],
      ['deposit.amountMinor', { deposit: { amountMinor: 100, currency: 'EUR', method: 'NONE' } }],
      ['deposit.amountMinor', { deposit: { amountMinor: 0, currency: 'EUR', method: 'CARD' } }],
      ['deposit.amountMinor', { deposit: { amountMinor: -5, currency: 'EUR', method: 'CASH' } }],
      ['customerId', { customerId: kite.id }],
      ['locationId', { locationId: kite.id }],
      ['termsDocumentId', { termsDocumentId: kite.id }],
      ['bookingId', { bookingId: kite.id }],
      [
        'items.0.equipmentId',
        {
          locationId: other.location.id,
          customerId: other.customers[0]!.id,
          deposit: { amountMinor: 0, currency: 'EUR', method: 'ID_DOCUMENT' },
        },
      ],
    ];
    const before = await footprint();
    for (const [field, overrides] of cases) {
      const res = await checkOut(input([kite.id], overrides));
      expect(res.errors?.[0]?.extensions.code, field).toBe('BAD_USER_INPUT');
      expect(Object.keys(res.errors?.[0]?.extensions.fields as object), field).toContain(field);
    }
    expect(await footprint()).toEqual(before);
  });

  it('refuses an item already out (CONFLICT naming it), out of service or retired', async () => {
    const kite = await newKite('Busy Bee');
    const first = await rentOut([kite.id]);
    const before = await footprint();
    const again = await checkOut(input([kite.id], { customerId: school.customers[1]!.id }));
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ITEM_ALREADY_OUT',
      equipmentId: kite.id,
      rentalNumber: first.number,
    });
    expect(again.errors?.[0]?.message).toContain('Busy Bee');

    const broken = await newKite('Broken');
    await t.db
      .update(equipmentTable)
      .set({ status: 'MAINTENANCE' })
      .where(eq(equipmentTable.id, broken.id));
    const res = await checkOut(input([broken.id]));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ITEM_OUT_OF_SERVICE',
    });
    const old = await newKite('Old');
    await t.db
      .update(equipmentTable)
      .set({ status: 'RETIRED' })
      .where(eq(equipmentTable.id, old.id));
    expect((await checkOut(input([old.id]))).errors?.[0]?.extensions.reason).toBe('ITEM_RETIRED');
    expect(await footprint()).toEqual(before);
  });

  it('refuses an item a booking holds before it is due (BOOKING_CONFLICT naming it)', async () => {
    const kite = await newKite('Booked later');
    const booking = await t.gql<{ createBooking: { id: string } }>(
      'mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }',
      {
        i: {
          serviceId: school.services.kiteRental.id,
          startsAt: hours(2).toISOString(),
          customerIds: [school.customers[2]!.id],
          equipmentIds: [kite.id],
        },
      },
      { token: manager.token },
    );
    expect(booking.errors).toBeUndefined();
    const before = await footprint();
    const res = await checkOut(input([kite.id]));
    expect(res.errors?.[0]?.extensions.code).toBe('BOOKING_CONFLICT');
    expect(res.errors?.[0]?.extensions.conflicts).toEqual([
      expect.objectContaining({
        resourceId: kite.id,
        resourceName: 'Booked later',
        kind: 'BOOKING',
      }),
    ]);
    expect(await footprint()).toEqual(before);
    // Due before the booking starts, it may go.
    expect((await rentOut([kite.id], { dueAt: hours(2).toISOString() })).number).toBeGreaterThan(0);
  });

  it('of 30 concurrent check-outs of one item exactly one wins; the others are conflicts, never internal errors', async () => {
    const kite = await newKite('Raced');
    // Racers are customers without accounts: the winner must not count as a student's rental.
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        checkOut(
          input([kite.id], {
            customerId: school.customers[2 + (i % 4)]!.id,
            signerName: `Racer ${i}`,
          }),
        ),
      ),
    );
    const winners = results.filter((r) => r.data?.checkOutRental);
    const codes = results.flatMap((r) => r.errors?.map((e) => e.extensions.code) ?? []);
    expect(winners).toHaveLength(1);
    expect(codes).toHaveLength(29);
    expect(codes.every((c) => c === 'CONFLICT' || c === 'BOOKING_CONFLICT')).toBe(true);
    const open = await t.db
      .select()
      .from(rentalItemsTable)
      .where(and(eq(rentalItemsTable.equipmentId, kite.id), isNull(rentalItemsTable.returnedAt)));
    expect(open).toHaveLength(1);
    expect(await countOverlappingPairs(t.db)).toBe(0);
    // Numbers stay without gaps.
    const numbers = (
      await t.db
        .select({ n: rentalsTable.number })
        .from(rentalsTable)
        .where(eq(rentalsTable.locationId, school.location.id))
    )
      .map((r) => r.n)
      .sort((x, y) => x - y);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it("lends a booking's gear: items the booking holds need no new allocation until it ends", async () => {
    const [held, extra] = [await newKite('Lesson kite'), await newKite('Extra kite')];
    const booking = await t.gql<{ createBooking: { id: string; endsAt: string } }>(
      'mutation($i: CreateBookingInput!) { createBooking(input: $i) { id endsAt } }',
      {
        i: {
          serviceId: school.services.kiteRental.id,
          startsAt: clock.toISOString(),
          customerIds: [school.customers[3]!.id],
          equipmentIds: [held.id],
        },
      },
      { token: manager.token },
    );
    expect(booking.errors).toBeUndefined();
    const bookingId = booking.data!.createBooking.id;
    const endsAt = new Date(booking.data!.createBooking.endsAt);
    // Someone else's booking: refused on bookingId.
    const wrong = await checkOut(input([held.id], { bookingId }));
    expect(wrong.errors?.[0]?.extensions.fields).toHaveProperty('bookingId');
    const rental = await rentOut([held.id, extra.id], {
      customerId: school.customers[3]!.id,
      bookingId,
      dueAt: hours(2).toISOString(),
    });
    expect(rental.booking).toEqual({ id: bookingId });
    const allocations = await t.db
      .select()
      .from(allocationsTable)
      .where(eq(allocationsTable.sourceId, rental.id));
    const byItem = new Map(allocations.map((a) => [a.resourceId, a]));
    expect(byItem.get(extra.id)?.startsAt.toISOString()).toBe(clock.toISOString());
    // The booking holds the lesson kite until it ends; the rental only after that.
    expect(byItem.get(held.id)?.startsAt.toISOString()).toBe(endsAt.toISOString());
    expect(byItem.get(held.id)?.endsAt.toISOString()).toBe(hours(2).toISOString());
    expect(await countOverlappingPairs(t.db)).toBe(0);
  });
});

describe('checkInRental', () => {
  it('takes items back partially, then fully; early returns end the allocation at the return time', async () => {
    const [one, two] = [await newKite('Partial one'), await newKite('Partial two')];
    const rental = await rentOut([one.id, two.id], { dueAt: hours(4).toISOString() });
    const start = clock;
    clock = hours(1);
    // Staff sessions end after 30 idle minutes of the moved clock: sign in again.
    const desk = await t.signIn('MANAGER');
    const deskCheckIn = (i: Record<string, unknown>) => checkInAs(i, desk.token);
    const deskRentOut = (ids: string[]) => rentOutAs(ids, desk.token);
    try {
      const notOut = await deskCheckIn({
        rentalId: rental.id,
        items: [{ equipmentId: school.kites[3]!.id }],
      });
      expect(notOut.errors?.[0]?.extensions.fields).toHaveProperty(['items.0.equipmentId']);
      const partial = await deskCheckIn({
        rentalId: rental.id,
        items: [{ equipmentId: one.id, conditionIn: 'Sandy' }],
      });
      expect(partial.data?.checkInRental.status).toBe('OUT');
      const back = partial.data!.checkInRental.items.find((i) => i.equipment.id === one.id)!;
      expect(back).toMatchObject({
        conditionIn: 'Sandy',
        damaged: false,
        returnedAt: clock.toISOString(),
      });
      const [allocation] = await t.db
        .select()
        .from(allocationsTable)
        .where(
          and(eq(allocationsTable.sourceId, rental.id), eq(allocationsTable.resourceId, one.id)),
        );
      expect(allocation!.endsAt.toISOString()).toBe(clock.toISOString());
      expect(allocation!.startsAt.toISOString()).toBe(start.toISOString());
      // Returning it twice is refused.
      const twice = await deskCheckIn({ rentalId: rental.id, items: [{ equipmentId: one.id }] });
      expect(twice.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      const full = await deskCheckIn({
        rentalId: rental.id,
        items: [{ equipmentId: two.id, conditionIn: 'Fine' }],
        depositReturned: true,
        depositRetained: 0,
      });
      expect(full.data?.checkInRental).toMatchObject({
        status: 'RETURNED',
        returnedAt: clock.toISOString(),
      });
      const events = await t.db
        .select()
        .from(equipmentEventsTable)
        .where(
          and(
            eq(equipmentEventsTable.rentalId, rental.id),
            eq(equipmentEventsTable.kind, 'RETURNED'),
          ),
        );
      expect(events).toHaveLength(2);
      const [audit] = await t.db
        .select()
        .from(auditLogTable)
        .where(
          and(eq(auditLogTable.action, 'rental.checked_in'), eq(auditLogTable.entityId, rental.id)),
        );
      expect(audit).toBeDefined();
      // Free again for the next customer.
      expect((await deskRentOut([one.id])).status).toBe('OUT');
    } finally {
      clock = start;
    }
  });

  it('a damaged item opens a repair task, is taken out of service and its charge is recorded', async () => {
    const kite = await newKite('Torn kite');
    const rental = await rentOut([kite.id]);
    const bad = await checkIn({
      rentalId: rental.id,
      items: [{ equipmentId: kite.id, damageCharge: 500 }],
    });
    expect(bad.errors?.[0]?.extensions.fields).toHaveProperty(['items.0.damageCharge']);
    const tooMuch = await checkIn({
      rentalId: rental.id,
      items: [{ equipmentId: kite.id }],
      depositRetained: 999999,
    });
    expect(tooMuch.errors?.[0]?.extensions.fields).toHaveProperty('depositRetained');
    const res = await checkIn({
      rentalId: rental.id,
      items: [
        {
          equipmentId: kite.id,
          conditionIn: 'Leading edge torn',
          damaged: true,
          damageNotes: 'Tear 10 cm',
          damageCharge: 15000,
        },
      ],
      depositRetained: 15000,
      depositReturned: true,
    });
    expect(res.errors).toBeUndefined();
    const item = res.data!.checkInRental.items[0]!;
    expect(item).toMatchObject({
      damaged: true,
      damageNotes: 'Tear 10 cm',
      damageCharge: { amountMinor: 15000, currency: 'EUR' },
    });
    expect(res.data!.checkInRental.depositRetained.amountMinor).toBe(15000);
    const [task] = await t.db
      .select()
      .from(maintenanceTasksTable)
      .where(eq(maintenanceTasksTable.id, item.repairTaskId!));
    expect(task).toMatchObject({
      kind: 'REPAIR',
      status: 'OPEN',
      rentalId: rental.id,
      equipmentId: kite.id,
    });
    expect(task!.title).toContain('Torn kite');
    expect(task!.title).toContain(`#${rental.number}`);
    const [stored] = await t.db.select().from(equipmentTable).where(eq(equipmentTable.id, kite.id));
    expect(stored!.status).toBe('MAINTENANCE');
    const free = await freeEquipment(t.db, {
      locationId: school.location.id,
      category: 'KITE',
      startsAt: hours(1),
      endsAt: hours(2),
      now: clock,
    });
    expect(free.map((f) => f.id)).not.toContain(kite.id);
    const rentable = await t.gql<{ rentableEquipment: Array<{ id: string }> }>(
      'query($l: ID!, $u: DateTime!) { rentableEquipment(locationId: $l, until: $u) { id } }',
      { l: school.location.id, u: hours(2).toISOString() },
      { token: manager.token },
    );
    expect(rentable.data!.rentableEquipment.map((e) => e.id)).not.toContain(kite.id);
    const again = await checkOut(input([kite.id]));
    expect(again.errors?.[0]?.extensions.reason).toBe('ITEM_OUT_OF_SERVICE');
  });

  it('a late return counts the extra time but never stretches over the next booking of the item', async () => {
    const kite = await newKite('Late kite');
    const rental = await rentOut([kite.id], { dueAt: hours(1).toISOString() });
    const next = await t.gql<{ createBooking: { id: string; startsAt: string } }>(
      'mutation($i: CreateBookingInput!) { createBooking(input: $i) { id startsAt } }',
      {
        i: {
          serviceId: school.services.kiteRental.id,
          startsAt: hours(1.5).toISOString(),
          customerIds: [school.customers[4]!.id],
          equipmentIds: [kite.id],
        },
      },
      { token: manager.token },
    );
    expect(next.errors).toBeUndefined();
    const start = clock;
    clock = hours(3);
    const desk = await t.signIn('MANAGER');
    try {
      const res = await checkInAs(
        { rentalId: rental.id, items: [{ equipmentId: kite.id }] },
        desk.token,
      );
      expect(res.data?.checkInRental.status).toBe('RETURNED');
      const [allocation] = await t.db
        .select()
        .from(allocationsTable)
        .where(eq(allocationsTable.sourceId, rental.id));
      expect(allocation!.endsAt.toISOString()).toBe(next.data!.createBooking.startsAt);
      expect(await countOverlappingPairs(t.db)).toBe(0);
    } finally {
      clock = start;
    }
  });
});

describe('overdue rentals', () => {
  it('are flagged at the request time and found by the overdue filter', async () => {
    const kite = await newKite('Overdue flag kite');
    const rental = await rentOut([kite.id], { dueAt: hours(1).toISOString() });
    const start = clock;
    clock = hours(2);
    const desk = await t.signIn('MANAGER');
    try {
      const res = await t.gql<{ rental: RentalResult }>(
        RENTAL,
        { id: rental.id },
        { token: desk.token },
      );
      expect(res.data!.rental.overdue).toBe(true);
      const list = await t.gql<{
        rentals: { edges: Array<{ node: { id: string; overdue: boolean } }> };
      }>(
        RENTALS,
        { f: { locationId: school.location.id, overdue: true }, first: 200 },
        { token: desk.token },
      );
      const ids = list.data!.rentals.edges.map((e) => e.node.id);
      expect(ids).toContain(rental.id);
      expect(list.data!.rentals.edges.every((e) => e.node.overdue)).toBe(true);
    } finally {
      clock = start;
    }
  });

  it('are promised to no booking until they are checked in; a rental not yet due holds only its time', async () => {
    const kite = await newKite('Overdue promise kite');
    const rental = await rentOut([kite.id], { dueAt: hours(1).toISOString() });
    const start = clock;
    const offered = (from: Date) =>
      freeEquipment(t.db, {
        locationId: school.location.id,
        category: 'KITE',
        startsAt: from,
        endsAt: new Date(from.getTime() + 3_600_000),
        now: clock,
      }).then((rows) => rows.map((r) => r.id));
    const book = (from: Date, token: string) =>
      t.gql<{ createBooking: { id: string } }>(
        'mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }',
        {
          i: {
            serviceId: school.services.kiteRental.id,
            startsAt: from.toISOString(),
            customerIds: [school.customers[1]!.id],
            equipmentIds: [kite.id],
          },
        },
        { token },
      );
    try {
      // Out but not due: free after its due time, taken before it.
      expect(await offered(hours(0.5))).not.toContain(kite.id);
      expect(await offered(hours(2))).toContain(kite.id);
      // Two hours on, it is overdue: no later time is promised while it is still out.
      clock = hours(2);
      const late = await t.signIn('MANAGER');
      expect(await offered(hours(1))).not.toContain(kite.id);
      expect(await offered(hours(24))).not.toContain(kite.id);
      const refused = await book(hours(24), late.token);
      expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions.fields).toHaveProperty('equipmentIds');
      // Checked in, it is offered again and the booking is taken.
      const back = await checkInAs(
        { rentalId: rental.id, items: [{ equipmentId: kite.id, conditionIn: 'Fine' }] },
        late.token,
      );
      expect(back.data?.checkInRental.status).toBe('RETURNED');
      expect(await offered(hours(24))).toContain(kite.id);
      const booked = await book(hours(24), late.token);
      expect(booked.errors).toBeUndefined();
    } finally {
      clock = start;
    }
  });

  it('remind staff once a day through the job (in-process or BullMQ), in their language', async () => {
    const kite = await newKite('Reminder kite');
    const rental = await rentOut([kite.id], { dueAt: hours(1).toISOString() });
    const start = clock;
    const reminders = () =>
      t.db
        .select()
        .from(notificationsTable)
        .where(
          and(
            eq(notificationsTable.kind, 'rental.overdue'),
            eq(notificationsTable.userId, manager.userId),
          ),
        );
    const forRental = async () =>
      (await reminders()).filter((n) => (n.data as Record<string, string>).rentalId === rental.id);
    try {
      clock = hours(2);
      await t.app.deps.platform.jobs.enqueue('rentals.remindOverdue', {});
      expect(await eventually(async () => (await forRental()).length === 1)).toBe(true);
      const [note] = await forRental();
      expect(note!.title).toContain(`#${rental.number}`);
      expect(note!.body).toContain('Reminder kite');
      // Once a day: running again now adds nothing.
      await t.app.deps.platform.jobs.enqueue('rentals.remindOverdue', {});
      await new Promise((r) => setTimeout(r, 1500));
      expect(await forRental()).toHaveLength(1);
      clock = new Date(clock.getTime() + 25 * 3_600_000);
      await t.app.deps.platform.jobs.enqueue('rentals.remindOverdue', {});
      expect(await eventually(async () => (await forRental()).length === 2)).toBe(true);
    } finally {
      clock = start;
    }
  });
});

describe('contract PDF and signature', () => {
  let rentalId: string;
  let number: number;
  beforeAll(async () => {
    const kite = await newKite('İskele Şişme Ğ');
    const rental = await rentOut([kite.id], { signerName: 'Ayşe Işık' });
    rentalId = rental.id;
    number = rental.number;
  });

  const get = (path: string, token?: string) =>
    fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('is a real PDF with the contract in Turkish or English for staff', async () => {
    const res = await get(`/rentals/${rentalId}/contract.pdf?lang=tr`, manager.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Kiralama sözleşmesi');
    expect(text).toContain(`${number}`);
    expect(text).toContain('İskele Şişme Ğ');
    expect(text).toContain('SN-İskele Şişme Ğ');
    expect(text).toContain('Ayşe Işık');
    expect(text).toContain('Student 1');
    expect(text).toContain('İade zamanında iade edilir');
    expect(text).toContain('Europe/Madrid');
    const english = await pdfText(
      new Uint8Array(
        await (await get(`/rentals/${rentalId}/contract.pdf?lang=en`, manager.token)).arrayBuffer(),
      ),
    );
    expect(english).toContain('Rental contract');
    expect(english).toContain('Due back');
  });

  it('is refused to anonymous callers (401) and to other customers (404); the customer reads their own', async () => {
    expect((await get(`/rentals/${rentalId}/contract.pdf`)).status).toBe(401);
    expect((await get(`/rentals/${rentalId}/contract.pdf`, studentB.token)).status).toBe(404);
    expect((await get(`/rentals/${rentalId}/contract.pdf`, studentA.token)).status).toBe(200);
    expect(
      (await get(`/rentals/00000000-0000-4000-8000-000000000000/contract.pdf`, manager.token))
        .status,
    ).toBe(404);
    const png = await get(`/rentals/${rentalId}/signature.png`, manager.token);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).equals(samplePng(3))).toBe(true);
    expect((await get(`/rentals/${rentalId}/signature.png`, studentB.token)).status).toBe(404);
  });
});

describe('who sees rentals', () => {
  it('staff see all; a student their own; nobody else; only management writes', async () => {
    const kite = await newKite('Scope kite');
    const rental = await rentOut([kite.id]);
    const read = (token: string) =>
      t.gql<{ rental: { id: string } | null }>(RENTAL, { id: rental.id }, { token });
    expect((await read(instructor.token)).data?.rental?.id).toBe(rental.id);
    expect((await read(studentA.token)).data?.rental?.id).toBe(rental.id);
    expect((await read(studentB.token)).data?.rental).toBeNull();
    const mine = await t.gql<{
      rentals: { totalCount: number; edges: Array<{ node: { id: string } }> };
    }>(RENTALS, { first: 200 }, { token: studentB.token });
    expect(mine.data!.rentals.totalCount).toBe(0);
    const theirs = await t.gql<{ rentals: { totalCount: number } }>(
      RENTALS,
      { first: 200 },
      { token: studentA.token },
    );
    expect(theirs.data!.rentals.totalCount).toBeGreaterThan(0);
    const search = await t.gql<{ rentals: { edges: Array<{ node: { id: string } }> } }>(
      RENTALS,
      { f: { search: 'student 1', status: 'OUT' }, first: 200 },
      { token: manager.token },
    );
    expect(search.data!.rentals.edges.map((e) => e.node.id)).toContain(rental.id);
    const byInstructor = await checkOut(input([kite.id]), instructor.token);
    expect(byInstructor.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const byStudent = await checkIn(
      { rentalId: rental.id, items: [{ equipmentId: kite.id }] },
      studentA.token,
    );
    expect(byStudent.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

/** The text of every page of a PDF, read with pdf.js. */
async function pdfText(data: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data, disableFontFace: true, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}
