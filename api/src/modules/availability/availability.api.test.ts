import { eq } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/client.js';
import * as schema from '../../db/schema.js';
import { DomainError } from '../../errors.js';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { allocationsTable } from '../allocations/schema.js';
import {
  bookingParticipantsTable,
  bookingsTable,
  waitlistEntriesTable,
} from '../bookings/schema.js';
import { servicesTable } from '../catalog/schema.js';
import { customersTable } from '../customers/schema.js';
import { equipmentTable } from '../equipment/schema.js';
import { locationsTable, roomsTable, type OpeningHours } from '../locations/schema.js';
import { matchInstructors } from './matching.js';
import { availability } from './service.js';

// Every request runs at this instant: the dates below are in its future.
const NOW = new Date('2026-03-01T08:00:00.000Z');
const IST = 'Europe/Istanbul';
const MAD = 'Europe/Madrid';

let t: TestApp;
let manager: SignedIn;
let student: SignedIn;
let akyaka: string;
let tarifa: string;
let alacati: string;
const services = {} as Record<
  'private' | 'group' | 'rental' | 'room' | 'offSale' | 'tarifa' | 'alacati',
  string
>;
const instructors = {} as Record<'deniz' | 'ece' | 'mert' | 'lucia', string>;
const CUSTOMERS = ['advanced', 'own', 'other', 'g1', 'g2', 'g3', 'waiting'] as const;
const customers = {} as Record<(typeof CUSTOMERS)[number], string>;

/** Answers as plain JSON: each test reads the fields it asked for. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const as = (who: SignedIn) => (query: string, variables?: Record<string, unknown>) =>
  t.gql<Json>(query, variables, { token: who.token });

const AVAILABILITY = `query($i: AvailabilityInput!) {
  availability(input: $i) { startsAt endsAt placesLeft sessionBookingId instructors { id name } } }`;
const MATCHES = `query($s: ID!, $at: DateTime!, $c: [ID!]) {
  instructorMatches(serviceId: $s, startsAt: $at, customerIds: $c) { instructor { name } eligible reasons } }`;

interface SlotJson {
  startsAt: string;
  endsAt: string;
  placesLeft: number;
  sessionBookingId: string | null;
  instructors: Array<{ id: string; name: string }>;
}

/** Slots of a service on a date, asked as `who` (the manager by default). */
async function slots(input: Record<string, unknown>, who: SignedIn = manager) {
  const res = await as(who)(AVAILABILITY, { i: input });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.availability as SlotJson[];
}

/** Start times of slots as the location's wall clock, HH:mm. */
const wall = (list: SlotJson[], zone: string) =>
  list.map((s) => DateTime.fromISO(s.startsAt, { zone }).toFormat('HH:mm'));

/** An instant from a local date and time in `zone`, as ISO. */
const localIso = (date: string, time: string, zone: string) =>
  DateTime.fromISO(`${date}T${time}`, { zone }).toUTC().toISO()!;

const every = (open: string, close: string): OpeningHours[] =>
  [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, open, close }));

async function createService(input: Record<string, unknown>) {
  const res = await as(manager)(
    'mutation($i: CreateServiceInput!) { createService(input: $i) { id } }',
    { i: input },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createService.id as string;
}

async function createInstructor(
  name: string,
  level: string,
  locationId: string,
  hours: Array<{ weekday: number; start: string; end: string }>,
  certificateExpiresOn: string | null,
) {
  const res = await as(manager)(
    'mutation($i: InstructorInput!) { createInstructor(input: $i) { id } }',
    { i: { name, disciplines: [{ discipline: 'KITE', level }], locationIds: [locationId] } },
  );
  const id = res.data!.createInstructor.id as string;
  const setHours = await as(manager)(
    `mutation($i: ID!, $l: ID!, $h: [WorkingHoursInput!]!) {
      setInstructorHours(instructorId: $i, locationId: $l, hours: $h) { weekday } }`,
    { i: id, l: locationId, h: hours },
  );
  expect(setHours.errors).toBeUndefined();
  const cert = await as(manager)(
    'mutation($i: ID!, $c: CertificationInput!) { addCertification(instructorId: $i, input: $c) { id } }',
    {
      i: id,
      c: {
        name: 'Instructor Level 2',
        issuer: 'IKO',
        discipline: 'KITE',
        expiresOn: certificateExpiresOn,
      },
    },
  );
  expect(cert.errors).toBeUndefined();
  return id;
}

/** A booking of `serviceId` with its instructor allocation, written directly (setup only). */
async function insertBooking(args: {
  serviceId: string;
  locationId: string;
  instructorId: string;
  startsAt: string;
  endsAt: string;
  customerIds: string[];
}) {
  const [booking] = await t.db
    .insert(bookingsTable)
    .values({
      locationId: args.locationId,
      serviceId: args.serviceId,
      instructorId: args.instructorId,
      startsAt: new Date(args.startsAt),
      endsAt: new Date(args.endsAt),
      unitPriceMinor: 100,
      priceMinor: 100 * args.customerIds.length,
      currency: 'TRY',
    })
    .returning();
  await t.db
    .insert(bookingParticipantsTable)
    .values(args.customerIds.map((customerId) => ({ bookingId: booking!.id, customerId })));
  await t.db.insert(allocationsTable).values({
    resourceType: 'INSTRUCTOR',
    resourceId: args.instructorId,
    kind: 'BOOKING',
    bookingId: booking!.id,
    startsAt: booking!.startsAt,
    endsAt: booking!.endsAt,
  });
  return booking!.id;
}

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  manager = await t.signIn('MANAGER');
  student = await t.signIn('STUDENT');
  const rows = await t.db
    .insert(locationsTable)
    .values([
      {
        name: 'Akyaka',
        timezone: IST,
        currency: 'TRY',
        openingHours: [...every('09:00', '18:00'), { weekday: 7, open: '09:00', close: '12:00' }],
      },
      // Open through the night on Sundays, so the clock change falls inside opening hours.
      {
        name: 'Tarifa',
        timezone: MAD,
        currency: 'EUR',
        openingHours: [{ weekday: 7, open: '00:00', close: '12:00' }],
      },
      { name: 'Alaçatı', timezone: IST, currency: 'TRY', openingHours: every('09:00', '18:00') },
    ])
    .returning();
  [akyaka, tarifa, alacati] = rows.map((r) => r.id) as [string, string, string];
  const lesson = { kind: 'LESSON', discipline: 'KITE' };
  services.private = await createService({
    ...lesson,
    locationId: akyaka,
    name: 'Private kite lesson',
    lessonFormat: 'PRIVATE',
    durationMinutes: 120,
    price: { amountMinor: 450000, currency: 'TRY' },
  });
  services.group = await createService({
    ...lesson,
    locationId: akyaka,
    name: 'Group kite lesson',
    lessonFormat: 'GROUP',
    capacity: 4,
    durationMinutes: 120,
    price: { amountMinor: 200000, currency: 'TRY' },
  });
  services.rental = await createService({
    locationId: akyaka,
    name: 'Kite rental',
    kind: 'RENTAL',
    rentalPeriod: 'HOUR',
    capacity: 4,
    price: { amountMinor: 100000, currency: 'TRY' },
  });
  services.room = await createService({
    locationId: akyaka,
    name: 'Beach room',
    kind: 'ACCOMMODATION',
    capacity: 2,
    price: { amountMinor: 300000, currency: 'TRY' },
  });
  services.offSale = await createService({
    ...lesson,
    locationId: akyaka,
    name: 'Old lesson',
    lessonFormat: 'PRIVATE',
    durationMinutes: 60,
    active: false,
    price: { amountMinor: 1000, currency: 'TRY' },
  });
  services.tarifa = await createService({
    ...lesson,
    locationId: tarifa,
    name: 'Clase privada',
    lessonFormat: 'PRIVATE',
    durationMinutes: 60,
    price: { amountMinor: 9000, currency: 'EUR' },
  });
  services.alacati = await createService({
    ...lesson,
    locationId: alacati,
    name: 'Group kite lesson',
    lessonFormat: 'GROUP',
    capacity: 6,
    durationMinutes: 60,
    price: { amountMinor: 200000, currency: 'TRY' },
  });
  // Each renter takes a kite; the lessons need no gear.
  await t.db
    .update(servicesTable)
    .set({ equipmentCategories: ['KITE'] })
    .where(eq(servicesTable.id, services.rental));
  await t.db
    .update(servicesTable)
    .set({ equipmentCategories: ['KITE'] })
    .where(eq(servicesTable.id, services.alacati));
  await t.db
    .insert(equipmentTable)
    .values({ locationId: alacati, name: 'Alaçatı kite', category: 'KITE', size: '9m' });

  // Wednesday to Friday mornings and Sunday morning; a certificate valid through 2027.
  instructors.deniz = await createInstructor(
    'Deniz Yılmaz',
    'ADVANCED',
    akyaka,
    [
      ...[3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '13:00' })),
      { weekday: 7, start: '09:00', end: '12:00' },
    ],
    '2027-12-31',
  );
  // Wednesday afternoons; teaches up to intermediate; a certificate without expiry.
  instructors.ece = await createInstructor(
    'Ece Kaya',
    'INTERMEDIATE',
    akyaka,
    [{ weekday: 3, start: '13:00', end: '18:00' }],
    null,
  );
  // All Wednesday, the highest level, but the certificate expired before June.
  instructors.mert = await createInstructor(
    'Mert Demir',
    'EXPERT',
    akyaka,
    [{ weekday: 3, start: '09:00', end: '18:00' }],
    '2026-05-01',
  );
  instructors.lucia = await createInstructor(
    'Lucía García',
    'EXPERT',
    tarifa,
    [{ weekday: 7, start: '00:00', end: '12:00' }],
    '2027-12-31',
  );

  const people = await t.db
    .insert(customersTable)
    .values([
      { name: 'Advanced Kiter', skills: [{ discipline: 'KITE', level: 'ADVANCED' }] },
      {
        name: 'Own Record',
        userId: student.userId,
        skills: [{ discipline: 'KITE', level: 'BEGINNER' }],
      },
      { name: 'Someone Else' },
      { name: 'Group One' },
      { name: 'Group Two' },
      { name: 'Group Three' },
      { name: 'Waiting Four' },
    ])
    .returning();
  people.forEach((p, i) => (customers[CUSTOMERS[i]!] = p.id));
}, 120_000);
afterAll(() => t.stop());

describe('lesson slots', () => {
  it('start every 30 minutes within opening hours where an instructor with a valid certificate works', async () => {
    const list = await slots({ serviceId: services.private, date: '2026-06-10' });
    // Deniz 09:00–13:00 and Ece 13:00–18:00 (two-hour lessons); Mert's certificate expired.
    expect(wall(list, IST)).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '13:00',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
    ]);
    expect(list[0]).toEqual({
      startsAt: '2026-06-10T06:00:00.000Z',
      endsAt: '2026-06-10T08:00:00.000Z',
      placesLeft: 1,
      sessionBookingId: null,
      instructors: [{ id: instructors.deniz, name: 'Deniz Yılmaz' }],
    });
    expect(list.every((s) => !s.instructors.some((i) => i.id === instructors.mert))).toBe(true);
    expect(list.at(-1)!.instructors).toEqual([{ id: instructors.ece, name: 'Ece Kaya' }]);
  });

  it('leave out instructors below a participant’s level, and staff see why', async () => {
    const list = await slots({
      serviceId: services.private,
      date: '2026-06-10',
      customerIds: [customers.advanced],
    });
    expect(wall(list, IST)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00']);

    const at13 = localIso('2026-06-10', '13:00', IST);
    const why = await as(manager)(MATCHES, {
      s: services.private,
      at: at13,
      c: [customers.advanced],
    });
    expect(why.data!.instructorMatches).toEqual([
      { instructor: { name: 'Deniz Yılmaz' }, eligible: false, reasons: ['NOT_WORKING'] },
      { instructor: { name: 'Ece Kaya' }, eligible: false, reasons: ['LEVEL_TOO_LOW'] },
      { instructor: { name: 'Mert Demir' }, eligible: false, reasons: ['NO_VALID_CERTIFICATION'] },
    ]);
    const beginner = await as(manager)(MATCHES, { s: services.private, at: at13 });
    expect(beginner.data!.instructorMatches[0]).toEqual({
      instructor: { name: 'Ece Kaya' },
      eligible: true,
      reasons: [],
    });
  });

  it('lose the times an instructor takes off (addTimeOff)', async () => {
    const input = { serviceId: services.private, date: '2026-06-11' };
    expect(wall(await slots(input), IST)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00']);
    const off = await as(manager)(
      'mutation($i: ID!, $s: DateTime!, $e: DateTime!) { addTimeOff(instructorId: $i, startsAt: $s, endsAt: $e) { id } }',
      {
        i: instructors.deniz,
        s: localIso('2026-06-11', '10:00', IST),
        e: localIso('2026-06-11', '11:00', IST),
      },
    );
    expect(off.errors).toBeUndefined();
    expect(wall(await slots(input), IST)).toEqual(['11:00']);
    const why = await as(manager)(MATCHES, {
      s: services.private,
      at: localIso('2026-06-11', '09:30', IST),
    });
    expect(why.data!.instructorMatches).toContainEqual({
      instructor: { name: 'Deniz Yılmaz' },
      eligible: false,
      reasons: ['TIME_OFF'],
    });
  });

  it('lose the times an instructor is already booked', async () => {
    const input = { serviceId: services.private, date: '2026-06-12' };
    expect(wall(await slots(input), IST)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00']);
    await insertBooking({
      serviceId: services.private,
      locationId: akyaka,
      instructorId: instructors.deniz,
      startsAt: localIso('2026-06-12', '09:00', IST),
      endsAt: localIso('2026-06-12', '11:00', IST),
      customerIds: [customers.other],
    });
    expect(wall(await slots(input), IST)).toEqual(['11:00']);
    const why = await as(manager)(MATCHES, {
      s: services.private,
      at: localIso('2026-06-12', '09:30', IST),
    });
    expect(why.data!.instructorMatches).toContainEqual({
      instructor: { name: 'Deniz Yılmaz' },
      eligible: false,
      reasons: ['BUSY'],
    });
  });

  it('are only in the future of the request clock', async () => {
    // 2026-03-01 is a Sunday; the clock reads 09:00 in Madrid.
    const list = await slots({ serviceId: services.tarifa, date: '2026-03-01' });
    expect(wall(list, MAD)).toEqual(['09:30', '10:00', '10:30', '11:00']);
    expect(await slots({ serviceId: services.tarifa, date: '2026-02-22' })).toEqual([]);
  });
});

describe('slots on the days clocks change', () => {
  /** Every start of a Sunday at Tarifa (open 00:00–12:00, one-hour lessons). */
  const tarifaSunday = async (date: string) => {
    const list = await slots({ serviceId: services.tarifa, date });
    const instants = list.map((s) => new Date(s.startsAt).getTime());
    // Half an hour apart in real time throughout: none lost, none repeated.
    instants.slice(1).forEach((ms, i) => expect(ms - instants[i]!).toBe(30 * 60_000));
    expect(list.every((s) => s.instructors[0]?.id === instructors.lucia)).toBe(true);
    return list;
  };

  it('Madrid, an ordinary Sunday: 12 hours open, 23 one-hour starts, 10:00 is 09:00Z', async () => {
    const list = await tarifaSunday('2026-03-22');
    expect(list).toHaveLength(23);
    expect(list.find((s) => s.startsAt === '2026-03-22T09:00:00.000Z')).toBeDefined();
  });

  it('Madrid, 2026-03-29 (spring forward): 02:00–03:00 does not exist; 10:00 is 08:00Z', async () => {
    const list = await tarifaSunday('2026-03-29');
    expect(list).toHaveLength(21);
    expect(list[0]!.startsAt).toBe('2026-03-28T23:00:00.000Z');
    expect(list.at(-1)!.startsAt).toBe('2026-03-29T09:00:00.000Z');
    expect(wall(list, MAD)).toEqual([
      '00:00',
      '00:30',
      '01:00',
      '01:30',
      '03:00',
      '03:30',
      '04:00',
      '04:30',
      '05:00',
      '05:30',
      '06:00',
      '06:30',
      '07:00',
      '07:30',
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
    ]);
    const ten = list.find((s) => s.startsAt === '2026-03-29T08:00:00.000Z')!;
    expect(DateTime.fromISO(ten.startsAt, { zone: MAD }).toFormat('HH:mm ZZ')).toBe('10:00 +02:00');
    // The lesson starting 01:30 CET ends at 03:30 CEST: one real hour.
    const across = list.find((s) => s.startsAt === '2026-03-29T00:30:00.000Z')!;
    expect(across.endsAt).toBe('2026-03-29T01:30:00.000Z');
  });

  it('Madrid, 2026-10-25 (fall back): 02:00–03:00 happens twice; 10:00 is 09:00Z', async () => {
    const list = await tarifaSunday('2026-10-25');
    expect(list).toHaveLength(25);
    expect(list[0]!.startsAt).toBe('2026-10-24T22:00:00.000Z');
    expect(list.at(-1)!.startsAt).toBe('2026-10-25T10:00:00.000Z');
    expect(wall(list, MAD).filter((w) => w === '02:00' || w === '02:30')).toEqual([
      '02:00',
      '02:30',
      '02:00',
      '02:30',
    ]);
    const ten = list.find((s) => s.startsAt === '2026-10-25T09:00:00.000Z')!;
    expect(DateTime.fromISO(ten.startsAt, { zone: MAD }).toFormat('HH:mm ZZ')).toBe('10:00 +01:00');
  });

  it.each(['2026-03-29', '2026-10-25'])('Istanbul, %s: unchanged, +03:00', async (date) => {
    const list = await slots({ serviceId: services.private, date });
    // Sunday: open 09:00–12:00, Deniz 09:00–12:00, two-hour lessons.
    expect(list.map((s) => s.startsAt)).toEqual([
      `${date}T06:00:00.000Z`,
      `${date}T06:30:00.000Z`,
      `${date}T07:00:00.000Z`,
    ]);
    expect(wall(list, IST)).toEqual(['09:00', '09:30', '10:00']);
  });
});

describe('group sessions', () => {
  it('offer a running session while places are left, waitlist offers holding theirs', async () => {
    const sessionId = await insertBooking({
      serviceId: services.group,
      locationId: akyaka,
      instructorId: instructors.ece,
      startsAt: localIso('2026-06-13', '10:00', IST),
      endsAt: localIso('2026-06-13', '12:00', IST),
      customerIds: [customers.g1, customers.g2, customers.g3],
    });
    // Someone who left the session frees their place.
    await t.db
      .insert(bookingParticipantsTable)
      .values({ bookingId: sessionId, customerId: customers.other, cancelledAt: NOW });
    // Nobody works on Saturdays: the running session is the only slot.
    expect(await slots({ serviceId: services.group, date: '2026-06-13' })).toEqual([
      {
        startsAt: '2026-06-13T07:00:00.000Z',
        endsAt: '2026-06-13T09:00:00.000Z',
        placesLeft: 1,
        sessionBookingId: sessionId,
        instructors: [{ id: instructors.ece, name: 'Ece Kaya' }],
      },
    ]);
    expect(await slots({ serviceId: services.group, date: '2026-06-13', participants: 2 })).toEqual(
      [],
    );
    await t.db.insert(waitlistEntriesTable).values({
      bookingId: sessionId,
      customerId: customers.waiting,
      status: 'OFFERED',
      offeredAt: NOW,
      offerExpiresAt: new Date(NOW.getTime() + 3_600_000),
    });
    expect(await slots({ serviceId: services.group, date: '2026-06-13' })).toEqual([]);
  });
});

describe('equipment', () => {
  it('stock by category and size limits rental slots', async () => {
    const [k9] = await t.db
      .insert(equipmentTable)
      .values([
        { locationId: akyaka, name: 'Kite 9', category: 'KITE', size: '9m' },
        { locationId: akyaka, name: 'Kite 12', category: 'KITE', size: '12m' },
        { locationId: akyaka, name: 'Old kite', category: 'KITE', size: '9m', status: 'RETIRED' },
        { locationId: alacati, name: 'Elsewhere', category: 'KITE', size: '9m' },
      ])
      .returning();
    const date = '2026-06-10';
    const all = await slots({ serviceId: services.rental, date });
    // One-hour rentals from 09:00 to 17:00; two usable kites.
    expect(all).toHaveLength(17);
    expect(all.every((s) => s.placesLeft === 2 && s.instructors.length === 0)).toBe(true);
    expect(await slots({ serviceId: services.rental, date, participants: 3 })).toEqual([]);

    // The 9m kite is out 10:00–12:00.
    await t.db.insert(allocationsTable).values({
      resourceType: 'EQUIPMENT',
      resourceId: k9!.id,
      kind: 'MAINTENANCE',
      startsAt: new Date(localIso(date, '10:00', IST)),
      endsAt: new Date(localIso(date, '12:00', IST)),
    });
    const gone = ['09:30', '10:00', '10:30', '11:00', '11:30'];
    const two = await slots({ serviceId: services.rental, date, participants: 2 });
    expect(wall(two, IST)).toEqual(wall(all, IST).filter((w) => !gone.includes(w)));
    const one = await slots({ serviceId: services.rental, date });
    expect(one).toHaveLength(17);
    expect(one.find((s) => wall([s], IST)[0] === '10:00')!.placesLeft).toBe(1);
    const nine = await slots({
      serviceId: services.rental,
      date,
      equipment: [{ category: 'kite', size: '9M' }],
    });
    expect(wall(nine, IST)).toEqual(wall(two, IST));
    expect(
      await slots({ serviceId: services.rental, date, equipment: [{ category: 'WETSUIT' }] }),
    ).toEqual([]);
  });
});

describe('accommodation', () => {
  it('offers the night (15:00 to 11:00 local) while a room sleeping the party is free', async () => {
    const [room] = await t.db
      .insert(roomsTable)
      .values({ locationId: akyaka, name: 'Sea view', capacity: 2 })
      .returning();
    expect(await slots({ serviceId: services.room, date: '2026-06-10', participants: 2 })).toEqual([
      {
        startsAt: '2026-06-10T12:00:00.000Z',
        endsAt: '2026-06-11T08:00:00.000Z',
        placesLeft: 1,
        sessionBookingId: null,
        instructors: [],
      },
    ]);
    await t.db.insert(allocationsTable).values({
      resourceType: 'ROOM',
      resourceId: room!.id,
      kind: 'MAINTENANCE',
      startsAt: new Date('2026-06-11T06:00:00Z'),
      endsAt: new Date('2026-06-11T12:00:00Z'),
    });
    expect(await slots({ serviceId: services.room, date: '2026-06-10' })).toEqual([]);
    // The next night starts at 15:00, when the room is free again (touching ranges).
    expect(await slots({ serviceId: services.room, date: '2026-06-11' })).toHaveLength(1);
  });
});

describe('refusals', () => {
  it('participants beyond the capacity: BAD_USER_INPUT on participants', async () => {
    const res = await as(manager)(AVAILABILITY, {
      i: { serviceId: services.private, date: '2026-06-10', participants: 2 },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { participants: expect.any(String) },
    });
    const fewer = await as(manager)(AVAILABILITY, {
      i: {
        serviceId: services.group,
        date: '2026-06-10',
        participants: 1,
        customerIds: [customers.g1, customers.g2],
      },
    });
    expect(fewer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { participants: expect.any(String) },
    });
  });

  it('an unknown or off-sale service is NOT_FOUND', async () => {
    for (const serviceId of ['00000000-0000-4000-8000-000000000000', 'nope', services.offSale]) {
      const res = await as(manager)(AVAILABILITY, { i: { serviceId, date: '2026-06-10' } });
      expect(res.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
  });

  it('a date that is not in the calendar is BAD_USER_INPUT', async () => {
    const res = await as(manager)(AVAILABILITY, {
      i: { serviceId: services.private, date: '2026-02-30' },
    });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // The service checks it too, naming the field, for callers other than GraphQL.
    const error = await availability({
      ctx: serviceContext(t.db),
      input: { serviceId: services.private, date: '2026-13-01' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { fields: { date: expect.any(String) } },
    });
  });

  it('a student asks for themself, never about another customer; staff only explain instructors', async () => {
    const own = await slots(
      { serviceId: services.private, date: '2026-06-10', customerIds: [customers.own] },
      student,
    );
    expect(own.length).toBeGreaterThan(0);
    const other = await as(student)(AVAILABILITY, {
      i: { serviceId: services.private, date: '2026-06-10', customerIds: [customers.other] },
    });
    expect(other.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(other.data).toBeNull();
    const why = await as(student)(MATCHES, {
      s: services.private,
      at: localIso('2026-06-10', '13:00', IST),
    });
    expect(why.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('matchInstructors (for the booking service)', () => {
  it('says why named instructors cannot teach: inactive, elsewhere', async () => {
    const retired = await createInstructor('Retired Rıza', 'EXPERT', akyaka, [], null);
    await as(manager)('mutation($id: ID!) { setInstructorActive(id: $id, active: false) { id } }', {
      id: retired,
    });
    const [service] = await t.db
      .select()
      .from(servicesTable)
      .where(eq(servicesTable.id, services.private));
    const [location] = await t.db
      .select()
      .from(locationsTable)
      .where(eq(locationsTable.id, akyaka));
    const startsAt = new Date(localIso('2026-06-10', '09:00', IST));
    const fits = await matchInstructors(t.db, {
      service: service!,
      location: location!,
      customerIds: [],
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      instructorIds: [retired, instructors.lucia, instructors.deniz],
    });
    expect(fits).toEqual([
      { instructorId: instructors.deniz, name: 'Deniz Yılmaz', eligible: true, reasons: [] },
      {
        instructorId: instructors.lucia,
        name: 'Lucía García',
        eligible: false,
        reasons: ['NOT_AT_LOCATION', 'NOT_WORKING'],
      },
      {
        instructorId: retired,
        name: 'Retired Rıza',
        eligible: false,
        reasons: ['INACTIVE', 'NOT_WORKING'],
      },
    ]);
  });
});

/** A service context over `db`, as a manager, at the test clock. */
function serviceContext(db: Db): ServiceContext {
  return {
    deps: t.app.deps,
    db,
    viewer: { userId: manager.userId, role: 'MANAGER', locale: 'en', sessionId: 'test' },
    apiKey: null,
    requestId: 'test',
    ip: null,
    log: t.app.deps.log,
    now: () => NOW,
  };
}

/** A second drizzle handle on the app's own connection that counts the statements it sends. */
function countingDb(): { db: Db; count: () => number; reset: () => void } {
  let statements = 0;
  const logger = { logQuery: () => void (statements += 1) };
  const client = (t.db as unknown as { $client: unknown }).$client;
  const options = { schema, casing: 'snake_case' as const, logger };
  const db = (t.config.database.kind === 'pglite'
    ? drizzlePglite({ client: client as never, ...options })
    : drizzlePostgres({ client: client as never, ...options })) as unknown as Db;
  return { db, count: () => statements, reset: () => void (statements = 0) };
}

describe('SQL statements of one availability call', () => {
  it('do not grow with the number of instructors', async () => {
    const counting = countingDb();
    const ctx = serviceContext(counting.db);
    const input = {
      serviceId: services.alacati,
      date: '2026-06-10',
      customerIds: [customers.advanced],
      equipment: [{ category: 'KITE', size: '9m' }],
    };
    const week = [3].map((weekday) => ({ weekday, start: '09:00', end: '18:00' }));
    await createInstructor('Alaçatı One', 'EXPERT', alacati, week, null);
    counting.reset();
    const few = await availability({ ctx, input });
    const fewStatements = counting.count();
    expect(few.length).toBeGreaterThan(0);

    for (let i = 2; i <= 7; i += 1) {
      const id = await createInstructor(`Alaçatı ${i}`, 'EXPERT', alacati, week, null);
      await insertBooking({
        serviceId: services.alacati,
        locationId: alacati,
        instructorId: id,
        startsAt: localIso('2026-06-10', '09:00', IST),
        endsAt: localIso('2026-06-10', '10:00', IST),
        customerIds: [customers.g1],
      });
    }
    counting.reset();
    const many = await availability({ ctx, input });
    expect(counting.count()).toBe(fewStatements);
    // Sessions, instructors, certificates, hours, allocations, customers, stock: a handful.
    expect(fewStatements).toBeLessThanOrEqual(9);
    expect(Math.max(...many.map((s) => s.instructors.length))).toBe(7);
  });
});
