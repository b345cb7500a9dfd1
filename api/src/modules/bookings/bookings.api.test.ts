import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { countOverlappingPairs } from '../allocations/service.js';
import { allocationsTable } from '../allocations/schema.js';
import { auditLogTable } from '../audit/schema.js';
import { customersTable } from '../customers/schema.js';
import { instructorCertificationsTable } from '../instructors/schema.js';
import { notificationsTable } from '../notifications/schema.js';
import { servicesTable } from '../catalog/schema.js';
import { bookingsTable } from './schema.js';

// Monday 2026-06-15, 10:00 in Tarifa (CEST, UTC+2).
const NOW = new Date('2026-06-15T08:00:00.000Z');
const at = (iso: string) => new Date(iso).toISOString();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
let t: TestApp;
let manager: SignedIn;
let student: SignedIn;
let otherStudent: SignedIn;
let teacher: SignedIn;
let school: TestSchool;

const as = (who: SignedIn) => (query: string, variables?: Record<string, unknown>) =>
  t.gql<Json>(query, variables, { token: who.token });

const FIELDS = `id status startsAt endsAt price { amountMinor currency formatted }
  instructor { id name } customers { id name } equipment { id name } deletedAt
  cancellationFee { amountMinor } placesLeft service { id name } location { id timezone }`;
const CREATE = `mutation($i: CreateBookingInput!) { createBooking(input: $i) { ${FIELDS} } }`;

const bookingCount = async () => (await t.db.select({ n: count() }).from(bookingsTable))[0]!.n;

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  manager = await t.signIn('MANAGER');
  student = await t.signIn('STUDENT');
  otherStudent = await t.signIn('STUDENT');
  teacher = await t.signIn('INSTRUCTOR');
  school = await seedTestSchool(t.db, {
    customerCount: 8,
    userIds: [student.userId, otherStudent.userId],
  });
  // The first instructor is the signed-in teacher.
  await t.db.execute(
    `update instructors set user_id = '${teacher.userId}' where id = '${school.instructors[0]!.id}'` as never,
  );
});
afterAll(() => t.stop());

describe('createBooking', () => {
  it('books a private lesson for staff: CONFIRMED, priced from the catalog, an instructor assigned, audited', async () => {
    const res = await as(manager)(CREATE, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: at('2026-06-17T10:00:00Z'),
        customerIds: [school.customers[2]!.id],
      },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const b = res.data.createBooking;
    expect(b).toMatchObject({
      status: 'CONFIRMED',
      startsAt: '2026-06-17T10:00:00.000Z',
      endsAt: '2026-06-17T12:00:00.000Z',
      price: { amountMinor: 16000, currency: 'EUR' },
      customers: [{ name: 'Student 3' }],
    });
    expect(b.instructor.id).toBeTruthy();
    const audit = await t.db.select().from(auditLogTable).where(eq(auditLogTable.entityId, b.id));
    expect(audit.map((a) => a.action)).toContain('booking.created');
  });

  it('names the instructor and the time when the chosen instructor is taken', async () => {
    const lucia = school.instructors[1]!;
    const first = await as(manager)(CREATE, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: at('2026-06-18T10:00:00Z'),
        customerIds: [school.customers[3]!.id],
        instructorId: lucia.id,
      },
    });
    expect(first.errors).toBeUndefined();
    const before = await bookingCount();
    const clash = await as(manager)(CREATE, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: at('2026-06-18T11:00:00Z'),
        customerIds: [school.customers[4]!.id],
        instructorId: lucia.id,
      },
    });
    expect(clash.errors?.[0]?.extensions.code).toBe('BOOKING_CONFLICT');
    expect(clash.errors?.[0]?.message).toContain(lucia.name);
    expect(clash.errors?.[0]?.extensions.conflicts).toEqual([
      expect.objectContaining({
        resourceType: 'INSTRUCTOR',
        resourceId: lucia.id,
        resourceName: lucia.name,
        serviceName: 'Discovery kite lesson',
        kind: 'BOOKING',
        startsAt: '2026-06-18T10:00:00.000Z',
        endsAt: '2026-06-18T12:00:00.000Z',
      }),
    ]);
    expect(await bookingCount()).toBe(before);
    expect(await countOverlappingPairs(t.db)).toBe(0);
  });

  it.each([
    ['no participant', { customerIds: [] }, 'customerIds'],
    ['someone twice', { customerIds: ['C0', 'C0'] }, 'customerIds'],
    ['over capacity', { customerIds: ['C0', 'C1'] }, 'customerIds'],
    ['notes too long', { notes: 'x'.repeat(2001) }, 'notes'],
    ['a start in the past', { startsAt: at('2026-06-01T10:00:00Z') }, 'startsAt'],
  ])('refuses %s with BAD_USER_INPUT on the field and writes nothing', async (_, patch, field) => {
    const ids = (patch as { customerIds?: string[] }).customerIds?.map(
      (c) => school.customers[Number(c.slice(1))]!.id,
    );
    const before = await bookingCount();
    const res = await as(manager)(CREATE, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: at('2026-06-19T10:00:00Z'),
        customerIds: [school.customers[0]!.id],
        ...patch,
        ...(ids ? { customerIds: ids } : {}),
      },
    });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions.fields).toHaveProperty(field);
    expect(await bookingCount()).toBe(before);
  });

  it('lets a student book only for their own record: PENDING; someone else is NOT_FOUND', async () => {
    const own = school.customers[0]!;
    const res = await as(student)(CREATE, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: at('2026-06-19T14:00:00Z'),
        customerIds: [own.id],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createBooking.status).toBe('PENDING');
    const before = await bookingCount();
    const foreign = await as(student)(CREATE, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: at('2026-06-19T16:00:00Z'),
        customerIds: [school.customers[5]!.id],
      },
    });
    expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await bookingCount()).toBe(before);
  });

  it('refuses an instructor who is not certified for the discipline, saying why', async () => {
    const deniz = school.instructors[2]!;
    await t.db
      .update(instructorCertificationsTable)
      .set({ expiresOn: '2026-01-01' })
      .where(eq(instructorCertificationsTable.instructorId, deniz.id));
    const res = await as(manager)(CREATE, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: at('2026-06-20T10:00:00Z'),
        customerIds: [school.customers[0]!.id],
        instructorId: deniz.id,
      },
    });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions.reasons).toContain('NO_VALID_CERTIFICATION');
    await t.db
      .update(instructorCertificationsTable)
      .set({ expiresOn: '2030-12-31' })
      .where(eq(instructorCertificationsTable.instructorId, deniz.id));
  });

  it('picks free kites for a rental and refuses when the stock runs out', async () => {
    const startsAt = at('2026-06-21T09:00:00Z');
    const made = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await as(manager)(CREATE, {
        i: {
          serviceId: school.services.kiteRental.id,
          startsAt,
          customerIds: [school.customers[i]!.id],
        },
      });
      expect(res.errors).toBeUndefined();
      made.push(res.data.createBooking.equipment[0].id);
    }
    expect(new Set(made).size).toBe(4);
    const out = await as(manager)(CREATE, {
      i: {
        serviceId: school.services.kiteRental.id,
        startsAt,
        customerIds: [school.customers[4]!.id],
      },
    });
    expect(out.errors?.[0]?.extensions).toMatchObject({
      code: 'BOOKING_CONFLICT',
      reason: 'EQUIPMENT_UNAVAILABLE',
    });
  });
});

describe('group sessions and the waiting list', () => {
  it('joins one session until it is full, allocating the instructor once; then a waiting list with a held offer', async () => {
    const startsAt = at('2026-06-22T13:00:00Z');
    const group = school.services.groupKite;
    const join = (who: SignedIn, customerIds: string[]) =>
      as(who)(CREATE, { i: { serviceId: group.id, startsAt, customerIds } });
    const a = await join(manager, [school.customers[2]!.id, school.customers[3]!.id]);
    const b = await join(student, [school.customers[0]!.id]);
    const c = await join(manager, [school.customers[4]!.id]);
    expect(a.errors ?? b.errors ?? c.errors).toBeUndefined();
    const id = a.data.createBooking.id;
    expect(b.data.createBooking.id).toBe(id);
    expect(c.data.createBooking.id).toBe(id);
    expect(c.data.createBooking.customers).toHaveLength(4);
    expect(c.data.createBooking.price.amountMinor).toBe(4 * 9000);
    expect(c.data.createBooking.placesLeft).toBe(0);
    const instructorRows = await t.db
      .select()
      .from(allocationsTable)
      .where(eq(allocationsTable.bookingId, id));
    expect(instructorRows.filter((r) => r.resourceType === 'INSTRUCTOR')).toHaveLength(1);

    // Full: the other student waits.
    const other = school.customers[1]!;
    const wait = await as(otherStudent)(
      `mutation($b: ID!, $c: ID!) { joinWaitlist(bookingId: $b, customerId: $c) { id status } }`,
      { b: id, c: other.id },
    );
    expect(wait.errors).toBeUndefined();
    expect(wait.data.joinWaitlist.status).toBe('WAITING');

    // The first student leaves: the session goes on, the place is offered and held.
    const left = await as(student)(
      `mutation($id: ID!) { cancelBooking(id: $id) { id status customers { id } placesLeft } }`,
      { id },
    );
    expect(left.errors).toBeUndefined();
    expect(left.data.cancelBooking.status).toBe('CONFIRMED');
    expect(left.data.cancelBooking.customers).toHaveLength(3);
    expect(left.data.cancelBooking.placesLeft).toBe(0);
    const mine = await as(otherStudent)(`{ myWaitlist { id status offerExpiresAt } }`);
    expect(mine.data.myWaitlist).toEqual([
      expect.objectContaining({ status: 'OFFERED', offerExpiresAt: '2026-06-15T10:00:00.000Z' }),
    ]);
    const notes = await t.db
      .select()
      .from(notificationsTable)
      .where(eq(notificationsTable.userId, otherStudent.userId));
    expect(notes.map((n) => n.kind)).toEqual(['waitlist.offered']);

    // Nobody else can take the held place.
    const sneaky = await join(manager, [school.customers[5]!.id]);
    expect(sneaky.errors).toBeUndefined();
    expect(sneaky.data.createBooking.id).not.toBe(id);

    const accepted = await as(otherStudent)(
      `mutation($id: ID!) { acceptWaitlistOffer(id: $id) { id customers { id } } }`,
      { id: mine.data.myWaitlist[0].id },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptWaitlistOffer.customers.map((c: Json) => c.id)).toContain(other.id);
  });
});

describe('updates, the status machine and cancellation', () => {
  let bookingId: string;
  beforeAll(async () => {
    const res = await as(manager)(CREATE, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: at('2026-06-24T08:00:00Z'),
        customerIds: [school.customers[6]!.id],
        instructorId: school.instructors[0]!.id,
      },
    });
    bookingId = res.data.createBooking.id;
  });

  it('moves, resizes (price follows the length) and reassigns', async () => {
    const res = await as(manager)(
      `mutation($id: ID!, $i: UpdateBookingInput!) { updateBooking(id: $id, input: $i) { ${FIELDS} } }`,
      {
        id: bookingId,
        i: {
          startsAt: at('2026-06-24T09:00:00Z'),
          endsAt: at('2026-06-24T12:00:00Z'),
          instructorId: school.instructors[1]!.id,
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateBooking).toMatchObject({
      startsAt: '2026-06-24T09:00:00.000Z',
      endsAt: '2026-06-24T12:00:00.000Z',
      price: { amountMinor: 24000 },
      instructor: { id: school.instructors[1]!.id },
    });
    expect(await countOverlappingPairs(t.db)).toBe(0);
  });

  it('explains instructors for a reassignment without counting the booking against its own instructor', async () => {
    const res = await as(manager)(
      `query($s: ID!, $at: DateTime!, $b: ID) { instructorMatches(serviceId: $s, startsAt: $at, bookingId: $b) {
        instructor { id } eligible reasons } }`,
      { s: school.services.privateKite.id, at: at('2026-06-24T09:00:00Z'), b: bookingId },
    );
    expect(res.errors).toBeUndefined();
    const own = res.data.instructorMatches.find(
      (m: Json) => m.instructor.id === school.instructors[1]!.id,
    );
    expect(own).toMatchObject({ eligible: true, reasons: [] });
    const without = await as(manager)(
      `query($s: ID!, $at: DateTime!) { instructorMatches(serviceId: $s, startsAt: $at) {
        instructor { id } reasons } }`,
      { s: school.services.privateKite.id, at: at('2026-06-24T09:00:00Z') },
    );
    expect(
      without.data.instructorMatches.find(
        (m: Json) => m.instructor.id === school.instructors[1]!.id,
      ).reasons,
    ).toContain('BUSY');
  });

  it('refuses an instructor on a rental', async () => {
    const rental = await as(manager)(CREATE, {
      i: {
        serviceId: school.services.kiteRental.id,
        startsAt: at('2026-06-25T09:00:00Z'),
        customerIds: [school.customers[1]!.id],
      },
    });
    const res = await as(manager)(
      `mutation($id: ID!, $i: UpdateBookingInput!) { updateBooking(id: $id, input: $i) { id } }`,
      { id: rental.data.createBooking.id, i: { instructorId: school.instructors[0]!.id } },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { instructorId: expect.any(String) },
    });
  });

  it('lets an instructor see only the lessons they teach, and a student only their own', async () => {
    const mine = await as(teacher)(
      `{ bookings(first: 100) { edges { node { instructor { id } } } } }`,
    );
    expect(mine.errors).toBeUndefined();
    for (const e of mine.data.bookings.edges)
      expect(e.node.instructor.id).toBe(school.instructors[0]!.id);
    const foreign = await as(student)(`query($id: ID!) { booking(id: $id) { id } }`, {
      id: bookingId,
    });
    expect(foreign.data.booking).toBeNull();
  });

  it('follows the status machine only', async () => {
    const set = (status: string) =>
      as(manager)(
        `mutation($id: ID!, $s: BookingStatus!) { setBookingStatus(id: $id, status: $s) { status } }`,
        {
          id: bookingId,
          s: status,
        },
      );
    const skip = await set('COMPLETED');
    expect(skip.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await set('CHECKED_IN')).data.setBookingStatus.status).toBe('CHECKED_IN');
    expect((await set('COMPLETED')).data.setBookingStatus.status).toBe('COMPLETED');
    const cancel = await as(manager)(`mutation($id: ID!) { cancelBooking(id: $id) { status } }`, {
      id: bookingId,
    });
    expect(cancel.errors?.[0]?.extensions.fields).toHaveProperty('status');
  });

  it('applies the cancellation policy: free until 24 h before, then half the price', async () => {
    const make = async (startsAt: string, customer: number) =>
      (
        await as(student)(CREATE, {
          i: {
            serviceId: school.services.privateKite.id,
            startsAt: at(startsAt),
            customerIds: [school.customers[customer]!.id],
          },
        })
      ).data.createBooking.id as string;
    const early = await make('2026-06-28T10:00:00Z', 0);
    const late = await make('2026-06-15T16:00:00Z', 0);
    const cancel = (id: string) =>
      as(student)(
        `mutation($id: ID!) { cancelBooking(id: $id, reason: "Wind forecast") { status cancellationFee { amountMinor } } }`,
        { id },
      );
    expect((await cancel(early)).data.cancelBooking).toEqual({
      status: 'CANCELLED',
      cancellationFee: { amountMinor: 0 },
    });
    expect((await cancel(late)).data.cancelBooking).toEqual({
      status: 'CANCELLED',
      cancellationFee: { amountMinor: 8000 },
    });
    // The instructor is free again at once.
    const again = await as(manager)(CREATE, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: at('2026-06-15T16:00:00Z'),
        customerIds: [school.customers[7]!.id],
      },
    });
    expect(again.errors).toBeUndefined();
  });

  it('tells the student in their language when the school confirms or cancels their booking', async () => {
    const made = await as(student)(CREATE, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: at('2026-06-29T10:00:00Z'),
        customerIds: [school.customers[0]!.id],
      },
    });
    const id = made.data.createBooking.id;
    await as(manager)(
      `mutation($id: ID!) { setBookingStatus(id: $id, status: CONFIRMED) { status } }`,
      { id },
    );
    await as(manager)(`mutation($id: ID!) { cancelBooking(id: $id, reason: "Storm") { status } }`, {
      id,
    });
    const inbox = await as(student)(
      `{ notifications(first: 10) { totalCount edges { node { id kind title body data readAt } } } }`,
    );
    const kinds = inbox.data.notifications.edges.map((e: Json) => e.node.kind);
    // The clock is fixed: both were written at the same instant, so their order is not.
    expect([...kinds].sort()).toEqual(['booking.cancelled', 'booking.confirmed']);
    const confirmed = inbox.data.notifications.edges.find(
      (e: Json) => e.node.kind === 'booking.confirmed',
    );
    expect(confirmed.node).toMatchObject({
      title: 'Booking confirmed',
      data: { bookingId: id },
      readAt: null,
    });
    // 29 June, 12:00 in Tarifa.
    expect(confirmed.node.body).toContain('12:00');
    const ids = inbox.data.notifications.edges.map((e: Json) => e.node.id);
    const read = await as(student)(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, {
      ids,
    });
    expect(read.data.markNotificationsRead).toBe(ids.length);
    // Someone else's ids change nothing.
    const foreign = await as(otherStudent)(
      `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids },
    );
    expect(foreign.data.markNotificationsRead).toBe(0);
  });

  it('archives and restores; a restore over a taken time is a BOOKING_CONFLICT', async () => {
    const make = (customer: number) =>
      as(manager)(CREATE, {
        i: {
          serviceId: school.services.privateKite.id,
          startsAt: at('2026-06-26T10:00:00Z'),
          customerIds: [school.customers[customer]!.id],
          instructorId: school.instructors[0]!.id,
        },
      });
    const first = (await make(2)).data.createBooking.id;
    const del = await as(manager)(`mutation($id: ID!) { deleteBooking(id: $id) { deletedAt } }`, {
      id: first,
    });
    expect(del.data.deleteBooking.deletedAt).toBe(NOW.toISOString());
    const archived = await as(manager)(
      `{ bookings(filter: { deleted: true }) { edges { node { id } } } }`,
    );
    expect(archived.data.bookings.edges.map((e: Json) => e.node.id)).toContain(first);
    // A page size over 200 goes in a variable: the cost limit multiplies literal sizes.
    const live = await as(manager)(
      `query($n: Int) { bookings(first: $n) { edges { node { id } } } }`,
      { n: 500 },
    );
    expect(live.errors, JSON.stringify(live.errors)).toBeUndefined();
    expect(live.data.bookings.edges.map((e: Json) => e.node.id)).not.toContain(first);

    const second = await make(3);
    expect(second.errors).toBeUndefined();
    const restore = await as(manager)(`mutation($id: ID!) { restoreBooking(id: $id) { id } }`, {
      id: first,
    });
    expect(restore.errors?.[0]?.extensions.code).toBe('BOOKING_CONFLICT');
    await as(manager)(`mutation($id: ID!) { cancelBooking(id: $id) { id } }`, {
      id: second.data.createBooking.id,
    });
    const ok = await as(manager)(
      `mutation($id: ID!) { restoreBooking(id: $id) { id deletedAt } }`,
      { id: first },
    );
    expect(ok.data.restoreBooking.deletedAt).toBeNull();
    expect(await countOverlappingPairs(t.db)).toBe(0);
  });
});

describe('recurring bookings', () => {
  const RECURRING = `mutation($i: CreateRecurringBookingsInput!) { createRecurringBookings(input: $i) { id startsAt } }`;
  const days = (first: number, n: number) =>
    Array.from({ length: n }, (_, i) =>
      at(`2026-07-${String(first + i).padStart(2, '0')}T08:00:00Z`),
    );

  it('creates five days of lessons together, sharing a series', async () => {
    const res = await as(manager)(RECURRING, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: days(6, 5),
        customerIds: [school.customers[1]!.id],
        instructorId: school.instructors[1]!.id,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createRecurringBookings).toHaveLength(5);
    const series = await t.db
      .select({ seriesId: bookingsTable.seriesId })
      .from(bookingsTable)
      .where(eq(bookingsTable.startsAt, new Date('2026-07-06T08:00:00Z')));
    expect(series[0]!.seriesId).toBeTruthy();
  });

  it('writes nothing when any day clashes, and lists every clashing day', async () => {
    const before = await bookingCount();
    const res = await as(manager)(RECURRING, {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: days(8, 5), // 8 to 12 July: 8, 9 and 10 are taken by the series above
        customerIds: [school.customers[2]!.id],
        instructorId: school.instructors[1]!.id,
      },
    });
    expect(res.errors?.[0]?.extensions.code).toBe('BOOKING_CONFLICT');
    expect((res.errors?.[0]?.extensions.occurrences as Json[]).map((o) => o.startsAt)).toEqual(
      [days(8, 1)[0], days(9, 1)[0], days(10, 1)[0]].map((d) => new Date(d!).toISOString()),
    );
    expect(await bookingCount()).toBe(before);
  });
});

it('keeps customers out of reach when merged away', async () => {
  const merged = school.customers[7]!;
  await t.db
    .update(customersTable)
    .set({ mergedIntoId: school.customers[6]!.id })
    .where(eq(customersTable.id, merged.id));
  const res = await as(manager)(CREATE, {
    i: {
      serviceId: school.services.privateKite.id,
      startsAt: at('2026-06-30T10:00:00Z'),
      customerIds: [merged.id],
    },
  });
  expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
});

describe('gear and lists', () => {
  it('gives each participant of a lesson the gear its service lists, and series their sizes', async () => {
    await t.db
      .update(servicesTable)
      .set({ equipmentCategories: ['KITE'] })
      .where(eq(servicesTable.id, school.services.wingIntro.id));
    const one = await as(manager)(CREATE, {
      i: {
        serviceId: school.services.wingIntro.id,
        startsAt: at('2026-07-20T08:00:00Z'),
        customerIds: [school.customers[3]!.id],
      },
    });
    expect(one.errors).toBeUndefined();
    expect(one.data.createBooking.equipment).toHaveLength(1);
    const series = await as(manager)(
      `mutation($i: CreateRecurringBookingsInput!) { createRecurringBookings(input: $i) {
        equipment { size } } }`,
      {
        i: {
          serviceId: school.services.wingIntro.id,
          startsAt: [at('2026-07-21T08:00:00Z'), at('2026-07-22T08:00:00Z')],
          customerIds: [school.customers[4]!.id],
          equipment: [{ category: 'kite', size: '12 M' }],
        },
      },
    );
    expect(series.errors).toBeUndefined();
    expect(series.data.createRecurringBookings).toEqual([
      { equipment: [{ size: '12m' }] },
      { equipment: [{ size: '12m' }] },
    ]);
  });

  it('lists newest first on request, page after page', async () => {
    const page = (after?: string) =>
      as(manager)(
        `query($a: String) { bookings(first: 3, after: $a, newestFirst: true) {
          edges { node { startsAt } } pageInfo { endCursor hasNextPage } } }`,
        { a: after },
      );
    const first = await page();
    const second = await page(first.data.bookings.pageInfo.endCursor);
    const starts = [...first.data.bookings.edges, ...second.data.bookings.edges].map(
      (e: Json) => e.node.startsAt as string,
    );
    expect(starts).toHaveLength(6);
    expect([...starts].sort().reverse()).toEqual(starts);
  });
});
