import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../auth/cookies.js';
import { withTransaction } from '../../db/transaction.js';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { bookingParticipantsTable, bookingsTable, type BookingStatus } from '../bookings/schema.js';
import { servicesTable } from '../catalog/schema.js';
import { instructorTimeOffTable } from '../instructors/schema.js';
import { locationsTable } from '../locations/schema.js';
import { postJournal, reverseJournal, type LedgerLine } from '../money/ledger.js';
import type { JournalKind } from '../money/schema.js';

// The request clock: mid-April, after the ranges most tests read.
const clock = new Date('2026-04-15T10:00:00.000Z');

let t: TestApp;
let admin: SignedIn;
let manager: SignedIn;
let instructor: SignedIn;
let student: SignedIn;
let madrid: TestSchool;
let istanbul: TestSchool;
let queries = 0;

const MONEY = '{ amountMinor currency formatted }';
const POINT = `start end revenue ${MONEY} takings ${MONEY} bookingValue ${MONEY} cancellationFees ${MONEY}`;
const DASHBOARD = `query($i: FinanceDashboardInput!) { financeDashboard(input: $i) {
  from to granularity locationId currency asOf periods { start end }
  currencies { currency points { ${POINT} } totals { ${POINT} }
    receivables { total ${MONEY} debtors aging { age amount ${MONEY} debtors }
      topDebtors { customerId name balance ${MONEY} oldestUnpaidAt ageDays } } }
  utilisation { instructorId name bookedMinutes workingMinutes ratio }
  conversion { start end started confirmed ratio }
  conversionTotal { start end started confirmed ratio }
} }`;

interface Money {
  amountMinor: number;
  currency: string;
  formatted: string;
}
interface Point {
  start: string | null;
  end: string | null;
  revenue: Money;
  takings: Money;
  bookingValue: Money;
  cancellationFees: Money;
}
interface Dashboard {
  from: string;
  to: string;
  granularity: string;
  locationId: string | null;
  currency: string | null;
  asOf: string;
  periods: Array<{ start: string; end: string }>;
  currencies: Array<{
    currency: string;
    points: Point[];
    totals: Point;
    receivables: {
      total: Money;
      debtors: number;
      aging: Array<{ age: string; amount: Money; debtors: number }>;
      topDebtors: Array<{
        customerId: string;
        name: string;
        balance: Money;
        oldestUnpaidAt: string;
        ageDays: number;
      }>;
    };
  }>;
  utilisation: Array<{
    instructorId: string;
    name: string;
    bookedMinutes: number;
    workingMinutes: number;
    ratio: number | null;
  }>;
  conversion: Array<{
    start: string;
    end: string;
    started: number;
    confirmed: number;
    ratio: number | null;
  }>;
  conversionTotal: { started: number; confirmed: number; ratio: number | null };
}

async function dashboard(input: Record<string, unknown>, token = manager.token) {
  const res = await t.gql<{ financeDashboard: Dashboard }>(DASHBOARD, { i: input }, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.financeDashboard;
}

const amounts = (
  points: Point[],
  key: 'revenue' | 'takings' | 'bookingValue' | 'cancellationFees',
) => points.map((p) => p[key].amountMinor);

async function booking(
  school: TestSchool,
  values: {
    instructor?: number | null;
    status: BookingStatus;
    startsAt: string;
    minutes: number;
    priceMinor: number;
    createdAt: string;
    confirmed?: boolean;
    feeMinor?: number;
    deleted?: boolean;
  },
) {
  const startsAt = new Date(values.startsAt);
  const createdAt = new Date(values.createdAt);
  const [row] = await t.db
    .insert(bookingsTable)
    .values({
      locationId: school.location.id,
      serviceId: school.services.privateKite.id,
      instructorId:
        values.instructor === null || values.instructor === undefined
          ? null
          : school.instructors[values.instructor]!.id,
      status: values.status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + values.minutes * 60_000),
      unitPriceMinor: values.priceMinor,
      priceMinor: values.priceMinor,
      currency: school.location.currency,
      createdAt,
      confirmedAt: values.confirmed ? createdAt : null,
      cancelledAt: values.status === 'CANCELLED' ? createdAt : null,
      cancellationFeeMinor: values.status === 'CANCELLED' ? (values.feeMinor ?? 0) : null,
      deletedAt: values.deleted ? createdAt : null,
    })
    .returning();
  return row!;
}

const post = (
  school: TestSchool,
  occurredAt: string,
  kind: JournalKind,
  lines: Array<Omit<LedgerLine, 'currency'>>,
) =>
  withTransaction(t.db, (tx) =>
    postJournal(tx, {
      locationId: school.location.id,
      kind,
      occurredAt: new Date(occurredAt),
      lines: lines.map((l) => ({ ...l, currency: school.location.currency })),
    }),
  );

/** A completed lesson charged: receivable gross, revenue net, tax. */
const charge = (
  school: TestSchool,
  occurredAt: string,
  customer: number,
  gross: number,
  tax = 0,
  account: LedgerLine['account'] = 'REVENUE_LESSON',
) =>
  post(school, occurredAt, 'BOOKING_CHARGE', [
    { account: 'RECEIVABLES', amountMinor: gross, customerId: school.customers[customer]!.id },
    { account, amountMinor: -(gross - tax) },
    { account: 'TAX_PAYABLE', amountMinor: -tax },
  ]);
const payment = (
  school: TestSchool,
  occurredAt: string,
  customer: number,
  amount: number,
  account: LedgerLine['account'] = 'CASH',
) =>
  post(school, occurredAt, 'PAYMENT', [
    { account, amountMinor: amount },
    { account: 'RECEIVABLES', amountMinor: -amount, customerId: school.customers[customer]!.id },
  ]);
const cashSale = (school: TestSchool, occurredAt: string, gross: number, tax: number) =>
  post(school, occurredAt, 'PAYMENT', [
    { account: 'CASH', amountMinor: gross },
    { account: 'REVENUE_RENTAL', amountMinor: -(gross - tax) },
    { account: 'TAX_PAYABLE', amountMinor: -tax },
  ]);

beforeAll(async () => {
  t = await startTestApp({ now: () => clock, onQuery: () => (queries += 1) });
  [admin, manager, instructor, student] = await Promise.all([
    t.signIn('ADMIN'),
    t.signIn('MANAGER'),
    t.signIn('INSTRUCTOR'),
    t.signIn('STUDENT'),
  ]);
  madrid = await seedTestSchool(t.db, { name: 'Tarifa' });
  istanbul = await seedTestSchool(t.db, { name: 'Akyaka', timezone: 'Europe/Istanbul' });
  // Akyaka trades in lira.
  await t.db
    .update(locationsTable)
    .set({ currency: 'TRY' })
    .where(eq(locationsTable.id, istanbul.location.id));
  await t.db
    .update(servicesTable)
    .set({ currency: 'TRY' })
    .where(eq(servicesTable.locationId, istanbul.location.id));
  istanbul.location.currency = 'TRY';

  // Tarifa, around the spring-forward night of 29 March 2026 (its 29th is 23 hours long:
  // [28th 23:00Z, 29th 22:00Z); its 30th is [29th 22:00Z, 30th 22:00Z)).
  await booking(madrid, {
    instructor: 0,
    status: 'CONFIRMED',
    startsAt: '2026-03-28T23:30:00Z', // 00:30 on the 29th in Tarifa
    minutes: 60,
    priceMinor: 10000,
    createdAt: '2026-03-10T10:00:00Z',
    confirmed: true,
  });
  await booking(madrid, {
    instructor: 0,
    status: 'COMPLETED',
    startsAt: '2026-03-29T21:00:00Z', // 23:00 on the 29th
    minutes: 60,
    priceMinor: 20000,
    createdAt: '2026-03-10T12:00:00Z',
    confirmed: true,
  });
  await booking(madrid, {
    instructor: 1,
    status: 'CONFIRMED',
    startsAt: '2026-03-29T22:30:00Z', // 00:30 on the 30th
    minutes: 120,
    priceMinor: 40000,
    createdAt: '2026-03-20T10:00:00Z',
    confirmed: true,
  });
  await booking(madrid, {
    instructor: 1,
    status: 'CANCELLED',
    startsAt: '2026-03-30T08:00:00Z',
    minutes: 120,
    priceMinor: 16000,
    feeMinor: 8000,
    createdAt: '2026-03-20T11:00:00Z',
    confirmed: true,
  });
  await booking(madrid, {
    instructor: 2,
    status: 'PENDING',
    startsAt: '2026-03-30T09:00:00Z',
    minutes: 180,
    priceMinor: 9000,
    createdAt: '2026-03-29T22:30:00Z', // 00:30 on the 30th
  });
  await booking(madrid, {
    instructor: null,
    status: 'CANCELLED',
    startsAt: '2026-03-30T12:00:00Z',
    minutes: 60,
    priceMinor: 5000,
    createdAt: '2026-03-30T08:00:00Z',
  });
  await booking(madrid, {
    instructor: 0,
    status: 'CONFIRMED',
    startsAt: '2026-03-30T15:00:00Z',
    minutes: 60,
    priceMinor: 99999,
    createdAt: '2026-03-30T08:30:00Z',
    confirmed: true,
    deleted: true,
  });
  const group = await booking(madrid, {
    instructor: 2,
    status: 'CONFIRMED',
    startsAt: '2026-03-30T14:00:00Z',
    minutes: 180,
    priceMinor: 18000,
    createdAt: '2026-03-30T09:00:00Z',
    confirmed: true,
  });
  await t.db.insert(bookingParticipantsTable).values([
    { bookingId: group.id, customerId: madrid.customers[0]!.id },
    {
      bookingId: group.id,
      customerId: madrid.customers[1]!.id,
      cancelledAt: new Date('2026-03-30T10:00:00Z'),
      cancellationFeeMinor: 4500,
    },
  ]);
  await booking(madrid, {
    instructor: null,
    status: 'NO_SHOW',
    startsAt: '2026-04-05T10:00:00Z',
    minutes: 60,
    priceMinor: 3000,
    createdAt: '2026-03-29T21:59:00Z', // 23:59 on the 29th
  });
  await booking(madrid, {
    instructor: 0,
    status: 'CONFIRMED',
    startsAt: '2026-03-30T21:00:00Z', // 23:00 on the 30th, ends 01:00 on the 31st
    minutes: 120,
    priceMinor: 7000,
    createdAt: '2026-03-01T10:00:00Z',
    confirmed: true,
  });
  // Instructor 2 is off 10:00–12:00 on the 30th (Tarifa, summer time).
  await t.db.insert(instructorTimeOffTable).values({
    instructorId: madrid.instructors[2]!.id,
    startsAt: new Date('2026-03-30T08:00:00Z'),
    endsAt: new Date('2026-03-30T10:00:00Z'),
  });

  // Tarifa's ledger.
  await charge(madrid, '2025-12-01T10:00:00Z', 4, 30000, 0, 'REVENUE_ACCOMMODATION');
  await charge(madrid, '2026-01-15T10:00:00Z', 3, 12000, 2000);
  await charge(madrid, '2026-03-01T10:00:00Z', 4, 8000);
  await payment(madrid, '2026-03-05T10:00:00Z', 4, 25000, 'BANK');
  await charge(madrid, '2026-03-10T10:00:00Z', 5, 6000);
  await charge(madrid, '2026-03-20T10:00:00Z', 5, 4000);
  await payment(madrid, '2026-03-25T10:00:00Z', 5, 5000, 'CARD_CLEARING');
  await cashSale(madrid, '2026-03-28T22:45:00Z', 1200, 200); // 23:45 on the 28th
  await cashSale(madrid, '2026-03-28T23:15:00Z', 2400, 400); // 00:15 on the 29th
  await charge(madrid, '2026-03-29T21:30:00Z', 0, 20000, 3333); // 23:30 on the 29th
  await payment(madrid, '2026-03-29T22:15:00Z', 0, 15000); // 00:15 on the 30th
  await post(madrid, '2026-03-30T10:00:00Z', 'PACKAGE_EXPIRY', [
    { account: 'DEFERRED_REVENUE', amountMinor: 5000 },
    { account: 'REVENUE_PACKAGE_EXPIRY', amountMinor: -5000 },
  ]);
  const rental = await charge(madrid, '2026-03-30T11:00:00Z', 1, 3600, 600, 'REVENUE_RENTAL');
  await withTransaction(t.db, (tx) =>
    reverseJournal(tx, rental.id, { occurredAt: new Date('2026-03-30T12:00:00Z') }),
  );
  await post(madrid, '2026-03-30T09:00:00Z', 'WALLET_TOP_UP', [
    { account: 'CARD_CLEARING', amountMinor: 10000 },
    { account: 'CUSTOMER_WALLET', amountMinor: -10000, customerId: madrid.customers[2]!.id },
  ]);
  await post(madrid, '2026-03-30T13:00:00Z', 'REFUND', [
    { account: 'CUSTOMER_WALLET', amountMinor: 2500, customerId: madrid.customers[2]!.id },
    { account: 'CARD_CLEARING', amountMinor: -2500 },
  ]);
  await charge(madrid, '2026-04-01T10:00:00Z', 0, 7777);

  // Akyaka keeps UTC+3 all year: its 30th is [29th 21:00Z, 30th 21:00Z).
  await booking(istanbul, {
    instructor: 0,
    status: 'CONFIRMED',
    startsAt: '2026-03-29T21:30:00Z', // 00:30 on the 30th in Akyaka
    minutes: 60,
    priceMinor: 300000,
    createdAt: '2026-03-29T20:30:00Z', // 23:30 on the 29th
    confirmed: true,
  });
  await charge(istanbul, '2026-03-29T20:30:00Z', 1, 360000, 60000);
  // Paid in advance "on account": a credit balance, owed by nobody.
  await payment(istanbul, '2026-03-30T08:00:00Z', 0, 100000);
}, 120_000);
afterAll(() => t?.stop());

describe('financeDashboard', () => {
  it("buckets one location's days in its own zone, across the clock change", async () => {
    const d = await dashboard({
      locationId: madrid.location.id,
      from: '2026-03-29',
      to: '2026-03-30',
      granularity: 'DAY',
    });
    expect(d.periods).toEqual([
      { start: '2026-03-29', end: '2026-03-29' },
      { start: '2026-03-30', end: '2026-03-30' },
    ]);
    expect(d.locationId).toBe(madrid.location.id);
    // Receivables as of the end of the 30th in Tarifa, not now.
    expect(d.asOf).toBe('2026-03-30T22:00:00.000Z');
    expect(d.currencies.map((c) => c.currency)).toEqual(['EUR']);
    const eur = d.currencies[0]!;
    // 29th: the lesson charged at 23:30 (16 667 net) and the 00:15 cash sale (2 000 net);
    // 30th: the package expiry (5 000); the rental charged and reversed adds nothing.
    expect(amounts(eur.points, 'revenue')).toEqual([18667, 5000]);
    // 29th: the 00:15 sale; 30th: 15 000 paid at 00:15, 10 000 topped up, 2 500 refunded.
    expect(amounts(eur.points, 'takings')).toEqual([2400, 22500]);
    // 29th: the 00:30 and 23:00 lessons; 30th: 40 000 + 9 000 pending + 18 000 group + 7 000
    // late lesson, plus fees: 8 000 for the cancelled lesson and 4 500 for the one who left.
    expect(amounts(eur.points, 'bookingValue')).toEqual([30000, 86500]);
    expect(amounts(eur.points, 'cancellationFees')).toEqual([0, 12500]);
    expect(eur.totals.revenue).toEqual({
      amountMinor: 23667,
      currency: 'EUR',
      formatted: '€236.67',
    });
    expect(eur.totals.start).toBeNull();
    expect(eur.totals.takings.amountMinor).toBe(24900);
    expect(eur.totals.bookingValue.amountMinor).toBe(116500);

    // Bookings created: the no-show at 23:59 on the 29th (confirmed by its status); on the 30th
    // the pending one (00:30), the cancelled one never confirmed and the group session.
    expect(d.conversion.map((c) => [c.start, c.started, c.confirmed, c.ratio])).toEqual([
      ['2026-03-29', 1, 1, 1],
      ['2026-03-30', 3, 1, 1 / 3],
    ]);
    expect(d.conversionTotal).toEqual({
      start: null,
      end: null,
      started: 4,
      confirmed: 2,
      ratio: 0.5,
    });
  });

  it("ages each customer's balance by its oldest unpaid line and lists the largest debtors", async () => {
    const d = await dashboard({
      locationId: madrid.location.id,
      from: '2026-03-29',
      to: '2026-03-30',
      granularity: 'DAY',
    });
    const r = d.currencies[0]!.receivables;
    // Customer 0 owes 5 000 of the 29th's charge; 3 owes 12 000 since 15 January; 4 paid
    // 25 000 of 38 000, so 13 000 is left of the December charge; 5 paid 5 000 of 10 000, so
    // 5 000 is left of the 10 March charge. Customer 1's charge was reversed.
    expect(r.total.amountMinor).toBe(35000);
    expect(r.debtors).toBe(4);
    expect(r.aging.map((a) => [a.age, a.amount.amountMinor, a.debtors])).toEqual([
      ['DAYS_0_7', 5000, 1],
      ['DAYS_8_30', 5000, 1],
      ['DAYS_31_90', 12000, 1],
      ['DAYS_OVER_90', 13000, 1],
    ]);
    const c = madrid.customers;
    expect(
      r.topDebtors.map((t) => [t.customerId, t.balance.amountMinor, t.ageDays, t.oldestUnpaidAt]),
    ).toEqual([
      [c[4]!.id, 13000, 119, '2025-12-01T10:00:00.000Z'],
      [c[3]!.id, 12000, 74, '2026-01-15T10:00:00.000Z'],
      [c[5]!.id, 5000, 20, '2026-03-10T10:00:00.000Z'],
      [c[0]!.id, 5000, 1, '2026-03-29T21:30:00.000Z'],
    ]);
    expect(r.topDebtors[0]!.name).toBe(c[4]!.name);
  });

  it('measures booked minutes against working hours, less time off', async () => {
    const d = await dashboard({
      locationId: madrid.location.id,
      from: '2026-03-29',
      to: '2026-03-30',
      granularity: 'DAY',
    });
    const [i0, i1, i2] = madrid.instructors;
    const byId = new Map(d.utilisation.map((u) => [u.instructorId, u]));
    // 08:00–20:00 on two days; instructor 2 is off two hours.
    // Instructor 0: 60 + 60 + the first hour of the lesson running past midnight on the 30th
    // (the archived lesson aside); 1: the 00:30 lesson (the cancelled one aside); 2: 180
    // pending + 180 group.
    expect(byId.get(i0!.id)).toMatchObject({
      bookedMinutes: 180,
      workingMinutes: 1440,
      ratio: 0.125,
    });
    expect(byId.get(i1!.id)).toMatchObject({ bookedMinutes: 120, workingMinutes: 1440 });
    expect(byId.get(i2!.id)).toMatchObject({ bookedMinutes: 360, workingMinutes: 1320 });
    expect(byId.get(i2!.id)!.ratio).toBeCloseTo(360 / 1320, 10);
    expect(d.utilisation.map((u) => u.instructorId)).toEqual([i2!.id, i0!.id, i1!.id]);
    expect(d.utilisation).toHaveLength(3);
  });

  it('every location: each in its own zone and currency; a currency narrows money and people', async () => {
    const all = await dashboard({ from: '2026-03-29', to: '2026-03-30', granularity: 'DAY' });
    expect(all.locationId).toBeNull();
    expect(all.currencies.map((c) => c.currency)).toEqual(['EUR', 'TRY']);
    const lira = all.currencies[1]!;
    // Akyaka's charge at 23:30 on the 29th; its 00:30 lesson on the 30th; the advance on the 30th.
    expect(amounts(lira.points, 'revenue')).toEqual([300000, 0]);
    expect(amounts(lira.points, 'bookingValue')).toEqual([0, 300000]);
    expect(amounts(lira.points, 'takings')).toEqual([0, 100000]);
    // The advance paid on account is a credit, not a debt.
    expect(lira.receivables.debtors).toBe(1);
    expect(lira.receivables.total.amountMinor).toBe(360000);
    expect(amounts(all.currencies[0]!.points, 'revenue')).toEqual([18667, 5000]);
    expect(all.conversion.map((c) => [c.started, c.confirmed])).toEqual([
      [2, 2],
      [3, 1],
    ]);
    expect(all.utilisation).toHaveLength(6);
    const akyakaFirst = all.utilisation.find((u) => u.instructorId === istanbul.instructors[0]!.id);
    expect(akyakaFirst).toMatchObject({ bookedMinutes: 60, workingMinutes: 1440 });

    const lire = await dashboard({
      currency: 'TRY',
      from: '2026-03-29',
      to: '2026-03-30',
      granularity: 'DAY',
    });
    expect(lire.currency).toBe('TRY');
    expect(lire.currencies.map((c) => c.currency)).toEqual(['TRY']);
    expect(lire.conversionTotal).toMatchObject({ started: 1, confirmed: 1 });
    expect(lire.utilisation.map((u) => u.instructorId).sort()).toEqual(
      istanbul.instructors.map((i) => i.id).sort(),
    );

    // Akyaka alone: its day ends at 21:00Z, the charge is a day old.
    const akyaka = await dashboard({
      locationId: istanbul.location.id,
      from: '2026-03-29',
      to: '2026-03-30',
      granularity: 'DAY',
    });
    expect(akyaka.asOf).toBe('2026-03-30T21:00:00.000Z');
    expect(akyaka.currencies[0]!.receivables.topDebtors.map((t) => t.ageDays)).toEqual([1]);
  });

  it('months and weeks: the same lines in longer periods', async () => {
    const months = await dashboard({
      locationId: madrid.location.id,
      from: '2026-03-01',
      to: '2026-04-30',
      granularity: 'MONTH',
    });
    expect(months.periods).toEqual([
      { start: '2026-03-01', end: '2026-03-31' },
      { start: '2026-04-01', end: '2026-04-30' },
    ]);
    const eur = months.currencies[0]!;
    // March: 8 000 + 6 000 + 4 000 + 1 000 + 2 000 + 16 667 + 5 000; April: 7 777.
    expect(amounts(eur.points, 'revenue')).toEqual([42667, 7777]);
    expect(amounts(eur.points, 'takings')).toEqual([56100, 0]);
    // April: the no-show keeps its value.
    expect(amounts(eur.points, 'bookingValue')).toEqual([116500, 3000]);
    // Now is before the end of the range: receivables as of now, with April's charge.
    expect(months.asOf).toBe(clock.toISOString());
    expect(eur.receivables.total.amountMinor).toBe(35000 + 7777);

    const weeks = await dashboard({
      locationId: madrid.location.id,
      from: '2026-03-25',
      to: '2026-04-01',
      granularity: 'WEEK',
    });
    expect(weeks.periods).toEqual([
      { start: '2026-03-25', end: '2026-03-29' },
      { start: '2026-03-30', end: '2026-04-01' },
    ]);
    // 23:45 on the 28th (1 000) and 00:15 on the 29th (2 000) fall in the first week with the
    // 29th's lesson; the second week has the expiry and April's charge.
    expect(amounts(weeks.currencies[0]!.points, 'revenue')).toEqual([
      1000 + 2000 + 16667,
      5000 + 7777,
    ]);
  });

  it('reads with the same few queries whatever the range', async () => {
    const count = async (input: Record<string, unknown>) => {
      const before = queries;
      await dashboard(input);
      return queries - before;
    };
    const short = await count({ from: '2026-03-29', to: '2026-03-29', granularity: 'DAY' });
    const long = await count({ from: '2025-01-01', to: '2026-12-31', granularity: 'DAY' });
    expect(long).toBe(short);
    expect(short).toBeLessThanOrEqual(12);
  });

  it('refuses bad ranges, unknown locations and currencies, writing nothing', async () => {
    const refusal = async (input: Record<string, unknown>) => {
      const res = await t.gql(DASHBOARD, { i: input }, { token: manager.token });
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      return Object.keys((res.errors?.[0]?.extensions.fields ?? {}) as object);
    };
    const base = { from: '2026-03-01', to: '2026-03-31', granularity: 'DAY' };
    expect(await refusal({ ...base, from: '2026-04-01' })).toEqual(['to']);
    expect(await refusal({ ...base, from: '2024-01-01', to: '2026-01-02' })).toEqual(['to']);
    expect(await refusal({ ...base, locationId: '7a1f8a1c-2c55-4a7c-9b36-1d7fb0c3e0aa' })).toEqual([
      'locationId',
    ]);
    expect(await refusal({ ...base, locationId: 'not-an-id' })).toEqual(['locationId']);
    expect(await refusal({ ...base, currency: 'USD' })).toEqual(['currency']);
    expect(await refusal({ ...base, currency: 'ABC' })).toEqual(['currency']);
    // Two years and a leap day is the most.
    await expect(
      dashboard({ from: '2026-01-01', to: '2027-12-31', granularity: 'MONTH' }),
    ).resolves.toMatchObject({ periods: expect.any(Array) });
  });

  it('is for managers and administrators only', async () => {
    const input = { from: '2026-03-29', to: '2026-03-30', granularity: 'DAY' };
    await expect(dashboard(input, admin.token)).resolves.toBeTruthy();
    for (const token of [instructor.token, student.token]) {
      const res = await t.gql(DASHBOARD, { i: input }, { token });
      expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const anonymous = await t.gql(DASHBOARD, { i: input });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('exports', () => {
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const madridMarch = () => ({
    locationId: madrid.location.id,
    from: '2026-03-29',
    to: '2026-03-30',
    granularity: 'DAY',
  });
  const get = (path: string, token?: string) =>
    fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('CSV: every section with exact figures, in Turkish or English', async () => {
    const res = await get(
      `/finance/dashboard.csv?${query({ ...madridMarch(), lang: 'tr' })}`,
      manager.token,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="finance-2026-03-29-2026-03-30.csv"',
    );
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    // A byte-order mark first, for spreadsheets.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Finans panosu');
    expect(lines).toContain('Konum,Tarifa');
    expect(lines).toContain('Dönem,Gün');
    expect(lines).toContain(
      'Dönem başı,Dönem sonu,Para birimi,Gelir (vergi hariç),Tahsilat,Rezervasyon değeri,İptal ücretleri',
    );
    expect(lines).toContain('2026-03-29,2026-03-29,EUR,186.67,24.00,300.00,0.00');
    expect(lines).toContain('2026-03-30,2026-03-30,EUR,50.00,225.00,865.00,125.00');
    expect(lines).toContain('Toplam,,EUR,236.67,249.00,1165.00,125.00');
    expect(lines).toContain('2026-03-30,2026-03-30,3,1,33.3');
    expect(lines).toContain('Toplam,,4,2,50.0');
    expect(lines).toContain('EUR,90 günden fazla,130.00,1');
    expect(lines).toContain('EUR,Toplam,350.00,4');
    expect(lines).toContain(`EUR,${madrid.customers[4]!.name},130.00,2025-12-01T10:00:00.000Z,119`);
    expect(lines).toContain(`${madrid.instructors[0]!.name},3.00,24.00,12.5`);
    for (const title of ['Dönüşüm', 'Alacak yaşlandırma', 'En büyük borçlular', 'Eğitmen doluluğu'])
      expect(lines).toContain(title);

    const english = await (
      await get(`/finance/dashboard.csv?${query({ ...madridMarch(), lang: 'en' })}`, admin.token)
    ).text();
    expect(english).toContain(
      'Period start,Period end,Currency,Revenue (net of tax),Takings,Booking value,Cancellation fees',
    );
    expect(english).toContain('EUR,Over 90 days,130.00,1');
  });

  it('PDF: the report with its chart and tables, in Turkish', async () => {
    const res = await get(
      `/finance/dashboard.pdf?${query({ ...madridMarch(), lang: 'tr' })}`,
      manager.token,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const data = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(data.slice(0, 5)).toString()).toBe('%PDF-');
    const text = await pdfText(data);
    for (const expected of [
      'Finans panosu',
      'Tarifa',
      'Gelir ve rezervasyon değeri · EUR',
      'Rezervasyon değeri',
      'Alacak yaşlandırma · EUR',
      'En büyük borçlular · EUR',
      'Eğitmen doluluğu',
      madrid.customers[4]!.name,
      madrid.instructors[0]!.name,
      '90 günden fazla',
    ])
      expect(text).toContain(expected);
    // Amounts as Turkish readers write them.
    expect(text).toContain('€236,67');
    expect(text).toContain('€1.165,00');
  });

  it('routes: 401 without a session, 403 for other roles, 400 for bad filters', async () => {
    const path = `/finance/dashboard.csv?${query(madridMarch())}`;
    const anonymous = await get(path);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
      'UNAUTHENTICATED',
    );
    for (const token of [instructor.token, student.token]) {
      const res = await get(path, token);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    }
    const pdfForStudent = await get(path.replace('.csv', '.pdf'), student.token);
    expect(pdfForStudent.status).toBe(403);
    const key = await t.apiKey(['READ']);
    expect((await get(path, key)).status).toBe(403);

    const reversed = await get(
      `/finance/dashboard.pdf?${query({ ...madridMarch(), from: '2026-04-01' })}`,
      manager.token,
    );
    expect(reversed.status).toBe(400);
    const body = (await reversed.json()) as {
      error: { code: string; fields: Record<string, string> };
    };
    expect(body.error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(body.error.fields)).toEqual(['to']);
    const twice = await get(
      `/finance/dashboard.csv?${query(madridMarch())}&from=2026-03-01`,
      manager.token,
    );
    expect(twice.status).toBe(400);
    const missing = await get('/finance/dashboard.csv', manager.token);
    expect(missing.status).toBe(400);
    expect((await get('/finance/nothing', manager.token)).status).toBe(404);

    // The session cookie, as the admin app sends it.
    const withCookie = await fetch(`${t.url}${path}`, {
      headers: { cookie: `${SESSION_COOKIE}=${manager.token}` },
    });
    expect(withCookie.status).toBe(200);
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
