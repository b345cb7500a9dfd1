import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { startTestApp, uniqueId, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { auditLogTable } from '../audit/schema.js';
import { bookingParticipantsTable, bookingsTable } from '../bookings/schema.js';
import { customersTable } from '../customers/schema.js';
import { postJournal, type LedgerLine } from '../money/ledger.js';
import { journalEntriesTable, journalLinesTable } from '../money/schema.js';
import { paymentsTable } from '../payments/schema.js';
import { discrepanciesTable, reconciliationRunsTable } from './schema.js';
import { runScheduledReconciliation } from './service.js';

const HOUR = 3_600_000;
// The request clock, moved forward by the tests that need time to pass.
let clock = new Date('2026-06-10T12:00:00.000Z');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
let t: TestApp;
let manager: SignedIn;
let admin: SignedIn;
let instructor: SignedIn;
let student: SignedIn;
let school: TestSchool;
let day = 0;

const as = (who: SignedIn) => (query: string, variables?: Record<string, unknown>) =>
  t.gql<Json>(query, variables, { token: who.token });

const FIELDS = `id kind status firstSeenAt lastSeenAt resolvedAt resolution resolutionNote
  location { id } amount { amountMinor currency formatted } resolvedBy { id }
  details { journalId journalKind offBy { amountMinor } customerId customerName
    expected { amountMinor } recorded { amountMinor } linesWithoutBalance
    paymentId paymentAmount { amountMinor } onAccount { amountMinor } method paidAt
    bookingId serviceName bookingStartsAt completedAt
    customers { id name amount { amountMinor currency } }
    payments { id createdAt amount { amountMinor } method idempotencyKey } }`;
const RUN = `mutation { runReconciliation { autoResolved run { id trigger opened startedAt finishedAt
  found { kind count } requestedBy { id } } } }`;
const LIST = `query($s: DiscrepancyStatus, $k: DiscrepancyKind, $first: Int, $after: String) {
  discrepancies(status: $s, kind: $k, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIELDS} } } } }`;
const RESOLVE = `mutation($id: ID!, $i: ResolveDiscrepancyInput!) { resolveDiscrepancy(id: $id, input: $i) { ${FIELDS} } }`;
const DISMISS = `mutation($id: ID!, $n: String!) { dismissDiscrepancy(id: $id, note: $n) { ${FIELDS} } }`;
const CHOICES = `query($id: ID!) { discrepancyBookingChoices(id: $id) { bookingId startsAt status serviceName
  due { amountMinor currency } } }`;
const REPORT = `query($r: ID) { reconciliationReport(runId: $r) { run { id }
  openAmounts { amountMinor currency }
  kinds { kind found opened open resolved dismissed openAmounts { amountMinor currency }
          resolvedAmounts { amountMinor currency } } } }`;
const RUNS = `query($f: Int) { reconciliationRuns(first: $f) { id trigger opened found { kind count } } }`;

interface Discrepancy {
  id: string;
  kind: string;
  status: string;
  firstSeenAt: string;
  lastSeenAt: string;
  resolution: string | null;
  resolutionNote: string | null;
  amount: { amountMinor: number; currency: string };
  location: { id: string } | null;
  details: Json;
}

async function run() {
  const res = await as(manager)(RUN);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const result = res.data.runReconciliation;
  const found = Object.fromEntries(
    (result.run.found as Array<{ kind: string; count: number }>).map((f) => [f.kind, f.count]),
  );
  return { ...result, found } as { autoResolved: number; run: Json; found: Record<string, number> };
}

/** Every discrepancy (any status), newest first. */
async function all(): Promise<Discrepancy[]> {
  const res = await as(manager)(LIST, { first: 200 });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.discrepancies.edges.map((e: Json) => e.node);
}

/** The discrepancies of one kind about `subject` (a customer, booking, payment or entry id). */
async function about(kind: string, subject: string) {
  return (await all()).filter(
    (d) => d.kind === kind && JSON.stringify(d.details).includes(subject),
  );
}

const tx = <T>(work: (tx: Tx) => Promise<T>) => withTransaction(t.db, work);

async function newCustomer(name = `Customer ${uniqueId()}`) {
  const [row] = await t.db.insert(customersTable).values({ name }).returning();
  return row!;
}

/** A private lesson of `customerIds` on a day of its own, COMPLETED `completedHoursAgo` ago unless given a status. */
async function newBooking(
  customerIds: string[],
  options: {
    status?: 'COMPLETED' | 'CONFIRMED';
    completedHoursAgo?: number;
    priceMinor?: number;
  } = {},
) {
  day += 1;
  const startsAt = new Date(Date.UTC(2026, 4, 1 + day, 9));
  const status = options.status ?? 'COMPLETED';
  const [booking] = await t.db
    .insert(bookingsTable)
    .values({
      locationId: school.location.id,
      serviceId: school.services.privateKite.id,
      status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      unitPriceMinor: options.priceMinor ?? 16_000,
      priceMinor: options.priceMinor ?? 16_000,
      currency: 'EUR',
      completedAt:
        status === 'COMPLETED'
          ? new Date(clock.getTime() - (options.completedHoursAgo ?? 48) * HOUR)
          : null,
    })
    .returning();
  await t.db
    .insert(bookingParticipantsTable)
    .values(customerIds.map((customerId) => ({ bookingId: booking!.id, customerId })));
  return booking!;
}

const post = (kind: Parameters<typeof postJournal>[1]['kind'], lines: LedgerLine[], at = clock) =>
  tx((db) => postJournal(db, { locationId: school.location.id, kind, occurredAt: at, lines }));

/** What a completed booking charges: Dr RECEIVABLES(customer, booking) / Cr REVENUE_LESSON. */
const charge = (customerId: string, bookingId: string, amountMinor: number) =>
  post('BOOKING_CHARGE', [
    { account: 'RECEIVABLES', amountMinor, currency: 'EUR', customerId, bookingId },
    { account: 'REVENUE_LESSON', amountMinor: -amountMinor, currency: 'EUR' },
  ]);

/** A payment row and its entry: Dr CASH|CARD_CLEARING / Cr RECEIVABLES(customer, booking or none). */
async function pay(
  customerId: string,
  amountMinor: number,
  options: { bookingId?: string | null; method?: 'CASH' | 'CARD'; at?: Date } = {},
) {
  const at = options.at ?? new Date(clock.getTime() - HOUR);
  const method = options.method ?? 'CASH';
  const entry = await post(
    'PAYMENT',
    [
      { account: method === 'CARD' ? 'CARD_CLEARING' : 'CASH', amountMinor, currency: 'EUR' },
      {
        account: 'RECEIVABLES',
        amountMinor: -amountMinor,
        currency: 'EUR',
        customerId,
        bookingId: options.bookingId ?? null,
      },
    ],
    at,
  );
  const [payment] = await t.db
    .insert(paymentsTable)
    .values({
      locationId: school.location.id,
      customerId,
      bookingId: options.bookingId ?? null,
      kind: 'PAYMENT',
      method,
      amountMinor,
      currency: 'EUR',
      idempotencyKey: `test-${uniqueId()}`,
      requestHash: 'test',
      journalId: entry.id,
      createdAt: at,
    })
    .returning();
  return payment!;
}

/** A refund of a card payment: its own row and entry (Dr RECEIVABLES / Cr CARD_CLEARING). */
async function refund(payment: {
  id: string;
  customerId: string;
  bookingId: string | null;
  amountMinor: number;
}) {
  const entry = await post('REFUND', [
    {
      account: 'RECEIVABLES',
      amountMinor: payment.amountMinor,
      currency: 'EUR',
      customerId: payment.customerId,
      bookingId: payment.bookingId,
    },
    { account: 'CARD_CLEARING', amountMinor: -payment.amountMinor, currency: 'EUR' },
  ]);
  await t.db.insert(paymentsTable).values({
    locationId: school.location.id,
    customerId: payment.customerId,
    bookingId: payment.bookingId,
    kind: 'REFUND',
    method: 'CARD',
    amountMinor: payment.amountMinor,
    currency: 'EUR',
    idempotencyKey: `test-${uniqueId()}`,
    requestHash: 'test',
    refundOfId: payment.id,
    journalId: entry.id,
    createdAt: clock,
  });
}

const topUp = (customerId: string, amountMinor: number) =>
  post('WALLET_TOP_UP', [
    { account: 'CASH', amountMinor, currency: 'EUR' },
    { account: 'CUSTOMER_WALLET', amountMinor: -amountMinor, currency: 'EUR', customerId },
  ]);

/** An entry the trigger would refuse (one line, off by `offBy`), written with triggers off. */
async function unbalancedEntry(offBy: number) {
  return tx(async (db) => {
    await db.execute(sql`set local session_replication_role = replica`);
    const [entry] = await db
      .insert(journalEntriesTable)
      .values({
        locationId: school.location.id,
        kind: 'PAYMENT',
        occurredAt: clock,
        createdAt: clock,
      })
      .returning();
    await db.insert(journalLinesTable).values({
      journalId: entry!.id,
      locationId: school.location.id,
      account: 'CASH',
      currency: 'EUR',
      amountMinor: offBy,
      occurredAt: clock,
    });
    return entry!;
  });
}

/** A balanced top-up whose wallet line carries a wrong running balance. */
async function driftedTopUp(customerId: string, amountMinor: number, recorded: number) {
  return tx(async (db) => {
    const [entry] = await db
      .insert(journalEntriesTable)
      .values({
        locationId: school.location.id,
        kind: 'WALLET_TOP_UP',
        occurredAt: clock,
        createdAt: clock,
      })
      .returning();
    await db.insert(journalLinesTable).values([
      {
        journalId: entry!.id,
        locationId: school.location.id,
        account: 'CASH',
        currency: 'EUR',
        amountMinor,
        occurredAt: clock,
      },
      {
        journalId: entry!.id,
        locationId: school.location.id,
        account: 'CUSTOMER_WALLET',
        currency: 'EUR',
        amountMinor: -amountMinor,
        customerId,
        walletBalanceAfter: recorded,
        occurredAt: clock,
      },
    ]);
  });
}

/** The sum of a customer's RECEIVABLES lines for a booking (null: on account). */
async function receivable(customerId: string, bookingId: string | null) {
  const [row] = await t.db
    .select({ sum: sql<string | null>`sum(${journalLinesTable.amountMinor})` })
    .from(journalLinesTable)
    .where(
      and(
        eq(journalLinesTable.account, 'RECEIVABLES'),
        eq(journalLinesTable.customerId, customerId),
        bookingId
          ? eq(journalLinesTable.bookingId, bookingId)
          : isNull(journalLinesTable.bookingId),
      ),
    );
  return Number(row?.sum ?? 0);
}

async function wallet(customerId: string) {
  const [row] = await t.db
    .select({ sum: sql<string | null>`sum(${journalLinesTable.amountMinor})` })
    .from(journalLinesTable)
    .where(
      and(
        eq(journalLinesTable.account, 'CUSTOMER_WALLET'),
        eq(journalLinesTable.customerId, customerId),
      ),
    );
  return -Number(row?.sum ?? 0);
}

const tick = (ms = 60_000) => {
  clock = new Date(clock.getTime() + ms);
};

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  manager = await t.signIn('MANAGER');
  admin = await t.signIn('ADMIN');
  instructor = await t.signIn('INSTRUCTOR');
  student = await t.signIn('STUDENT');
  school = await seedTestSchool(t.db, { customerCount: 1 });
});
afterAll(() => t.stop());

// The first test needs the ledger as it is before any bad row is injected: it runs first.
describe('reconciliation', () => {
  it('finds nothing in a clean ledger', async () => {
    const paid = await newCustomer();
    const booking = await newBooking([paid.id]);
    await charge(paid.id, booking.id, 16_000);
    await pay(paid.id, 16_000, { bookingId: booking.id });
    // Paid ahead into the wallet, then spent from it on a booking.
    const walletUser = await newCustomer();
    await topUp(walletUser.id, 10_000);
    const other = await newBooking([walletUser.id]);
    await charge(walletUser.id, other.id, 6_000);
    await post('WALLET_PAYMENT', [
      {
        account: 'CUSTOMER_WALLET',
        amountMinor: 6_000,
        currency: 'EUR',
        customerId: walletUser.id,
      },
      {
        account: 'RECEIVABLES',
        amountMinor: -6_000,
        currency: 'EUR',
        customerId: walletUser.id,
        bookingId: other.id,
      },
    ]);
    // Owed, but completed only two hours ago: not yet unpaid.
    const recent = await newBooking([walletUser.id], { completedHoursAgo: 2 });
    await charge(walletUser.id, recent.id, 16_000);
    // The same amount twice, half an hour apart: two payments, no duplicate.
    const card = await newCustomer();
    const open = await newBooking([card.id], { status: 'CONFIRMED' });
    await pay(card.id, 2_500, {
      bookingId: open.id,
      method: 'CARD',
      at: new Date(clock.getTime() - 2 * HOUR),
    });
    await pay(card.id, 2_500, {
      bookingId: open.id,
      method: 'CARD',
      at: new Date(clock.getTime() - HOUR),
    });

    const result = await run();
    expect(result.found).toEqual({
      UNBALANCED_JOURNAL: 0,
      WALLET_DRIFT: 0,
      UNLINKED_PAYMENT: 0,
      UNPAID_COMPLETED_BOOKING: 0,
      DUPLICATE_PAYMENT: 0,
    });
    expect(result.run).toMatchObject({
      trigger: 'MANUAL',
      opened: 0,
      requestedBy: { id: manager.userId },
    });
    expect(await all()).toEqual([]);
  });

  it('finds each of five injected kinds exactly once; a second run opens nothing new', async () => {
    const entry = await unbalancedEntry(700);
    const drifted = await newCustomer();
    await topUp(drifted.id, 5_000);
    await driftedTopUp(drifted.id, 1_000, 9_999);
    const onAccount = await newCustomer();
    const unlinked = await pay(onAccount.id, 3_000);
    const owing = await newCustomer();
    const unpaid = await newBooking([owing.id]);
    await charge(owing.id, unpaid.id, 16_000);
    const twice = await newCustomer();
    const lesson = await newBooking([twice.id], { status: 'CONFIRMED' });
    const first = await pay(twice.id, 2_500, {
      bookingId: lesson.id,
      method: 'CARD',
      at: new Date(clock.getTime() - 30 * 60_000),
    });
    const second = await pay(twice.id, 2_500, {
      bookingId: lesson.id,
      method: 'CARD',
      at: new Date(clock.getTime() - 25 * 60_000),
    });
    // Not part of it: a different amount within the window.
    await pay(twice.id, 2_400, {
      bookingId: lesson.id,
      method: 'CARD',
      at: new Date(clock.getTime() - 24 * 60_000),
    });

    const firstRun = await run();
    expect(firstRun.found).toEqual({
      UNBALANCED_JOURNAL: 1,
      WALLET_DRIFT: 1,
      UNLINKED_PAYMENT: 1,
      UNPAID_COMPLETED_BOOKING: 1,
      DUPLICATE_PAYMENT: 1,
    });
    expect(firstRun.run.opened).toBe(5);

    const [journal, ...moreJournals] = await about('UNBALANCED_JOURNAL', entry.id);
    expect(moreJournals).toEqual([]);
    expect(journal).toMatchObject({
      status: 'OPEN',
      amount: { amountMinor: 700, currency: 'EUR' },
      details: { journalId: entry.id, journalKind: 'PAYMENT', offBy: { amountMinor: 700 } },
    });
    const [drift, ...moreDrift] = await about('WALLET_DRIFT', drifted.id);
    expect(moreDrift).toEqual([]);
    expect(drift!.details).toMatchObject({
      customerId: drifted.id,
      customerName: drifted.name,
      expected: { amountMinor: 6_000 },
      recorded: { amountMinor: 9_999 },
      linesWithoutBalance: 0,
    });
    expect(drift!.amount.amountMinor).toBe(3_999);
    const [payment, ...morePayments] = await about('UNLINKED_PAYMENT', onAccount.id);
    expect(morePayments).toEqual([]);
    expect(payment!.details).toMatchObject({
      paymentId: unlinked.id,
      paymentAmount: { amountMinor: 3_000 },
      onAccount: { amountMinor: 3_000 },
      method: 'CASH',
      customerId: onAccount.id,
    });
    const [booking, ...moreBookings] = await about('UNPAID_COMPLETED_BOOKING', unpaid.id);
    expect(moreBookings).toEqual([]);
    expect(booking!.details).toMatchObject({
      bookingId: unpaid.id,
      serviceName: school.services.privateKite.name,
      customers: [
        { id: owing.id, name: owing.name, amount: { amountMinor: 16_000, currency: 'EUR' } },
      ],
    });
    const [duplicate, ...moreDuplicates] = await about('DUPLICATE_PAYMENT', twice.id);
    expect(moreDuplicates).toEqual([]);
    expect(duplicate!.details.payments.map((p: Json) => p.id)).toEqual([first.id, second.id]);
    expect(duplicate!.amount.amountMinor).toBe(2_500);
    for (const d of [journal!, drift!, payment!, booking!, duplicate!])
      expect(d.location).toEqual({ id: school.location.id });

    tick();
    const before = await all();
    const secondRun = await run();
    expect(secondRun.run.opened).toBe(0);
    expect(secondRun.autoResolved).toBe(0);
    expect(secondRun.found).toEqual(firstRun.found);
    const after = await all();
    expect(after.map((d) => d.id).sort()).toEqual(before.map((d) => d.id).sort());
    const again = after.find((d) => d.id === drift!.id)!;
    expect(again.firstSeenAt).toBe(drift!.firstSeenAt);
    expect(again.lastSeenAt).toBe(clock.toISOString());
    const rows = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(discrepanciesTable)
      .where(eq(discrepanciesTable.fingerprint, `WALLET_DRIFT:${drifted.id}:EUR`));
    expect(rows[0]!.n).toBe(1);
  });

  it('closes what was fixed as no longer found', async () => {
    const drifted = await newCustomer();
    await driftedTopUp(drifted.id, 1_000, 1_234);
    const owing = await newCustomer();
    const unpaid = await newBooking([owing.id]);
    await charge(owing.id, unpaid.id, 9_000);
    const twice = await newCustomer();
    const first = await pay(twice.id, 4_000, {
      method: 'CARD',
      at: new Date(clock.getTime() - 20 * 60_000),
    });
    await pay(twice.id, 4_000, { method: 'CARD', at: new Date(clock.getTime() - 15 * 60_000) });
    await run();
    const [drift] = await about('WALLET_DRIFT', drifted.id);
    const [booking] = await about('UNPAID_COMPLETED_BOOKING', unpaid.id);
    const [duplicate] = await about('DUPLICATE_PAYMENT', twice.id);
    expect([drift?.status, booking?.status, duplicate?.status]).toEqual(['OPEN', 'OPEN', 'OPEN']);
    // Both payments sit on account too (no booking).
    expect(await about('UNLINKED_PAYMENT', twice.id)).toHaveLength(2);

    // The next wallet entry carries the right running balance again; the booking is paid; the
    // duplicate is refunded (which also takes its money off the account).
    await topUp(drifted.id, 500);
    await pay(owing.id, 9_000, { bookingId: unpaid.id });
    await refund(first);
    tick();
    const result = await run();
    expect(result.autoResolved).toBeGreaterThanOrEqual(3);
    const closed = (await all()).filter((d) =>
      [drift!.id, booking!.id, duplicate!.id].includes(d.id),
    );
    expect(closed).toHaveLength(3);
    for (const d of closed) {
      expect(d).toMatchObject({ status: 'RESOLVED', resolution: 'NO_LONGER_FOUND' });
      expect(d.lastSeenAt < clock.toISOString()).toBe(true);
    }
    // One payment of the two still sits on account: the older one was refunded.
    const onAccount = (await about('UNLINKED_PAYMENT', twice.id)).filter(
      (d) => d.status === 'OPEN',
    );
    expect(onAccount).toHaveLength(1);
    expect(onAccount[0]!.details.paymentId).not.toBe(first.id);
  });

  it('links an unlinked payment to a booking of its customer, moving the credit', async () => {
    const customer = await newCustomer();
    const unlinked = await pay(customer.id, 3_000);
    const booking = await newBooking([customer.id], { completedHoursAgo: 3, priceMinor: 3_000 });
    await charge(customer.id, booking.id, 3_000);
    const someoneElse = await newCustomer();
    const foreign = await newBooking([someoneElse.id], { status: 'CONFIRMED' });
    await run();
    const [d] = await about('UNLINKED_PAYMENT', unlinked.id);

    const choices = await as(manager)(CHOICES, { id: d!.id });
    expect(choices.data.discrepancyBookingChoices).toEqual([
      expect.objectContaining({
        bookingId: booking.id,
        status: 'COMPLETED',
        serviceName: school.services.privateKite.name,
        due: { amountMinor: 3_000, currency: 'EUR' },
      }),
    ]);
    const refused = await as(manager)(RESOLVE, {
      id: d!.id,
      i: { action: 'LINK_TO_BOOKING', bookingId: foreign.id },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { bookingId: expect.any(String) },
    });

    const res = await as(manager)(RESOLVE, {
      id: d!.id,
      i: { action: 'LINK_TO_BOOKING', bookingId: booking.id, note: 'Paid at the desk for Tuesday' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.resolveDiscrepancy).toMatchObject({
      status: 'RESOLVED',
      resolution: 'LINKED_TO_BOOKING',
      resolutionNote: 'Paid at the desk for Tuesday',
      resolvedBy: { id: manager.userId },
    });
    expect(await receivable(customer.id, null)).toBe(0);
    expect(await receivable(customer.id, booking.id)).toBe(0);
    const [linked] = await t.db
      .select()
      .from(paymentsTable)
      .where(eq(paymentsTable.id, unlinked.id));
    expect(linked!.bookingId).toBe(booking.id);
    const [allocation] = await t.db
      .select()
      .from(journalEntriesTable)
      .where(
        and(
          eq(journalEntriesTable.kind, 'ALLOCATION'),
          eq(journalEntriesTable.customerId, customer.id),
        ),
      );
    expect(allocation).toBeDefined();
    const [audit] = await t.db
      .select()
      .from(auditLogTable)
      .where(
        and(
          eq(auditLogTable.action, 'reconciliation.discrepancy_resolved'),
          eq(auditLogTable.entityId, d!.id),
        ),
      );
    expect(audit!.data).toMatchObject({
      action: 'LINK_TO_BOOKING',
      bookingId: booking.id,
      amountMinor: 3_000,
    });

    tick();
    await run();
    expect((await about('UNLINKED_PAYMENT', unlinked.id)).map((x) => x.status)).toEqual([
      'RESOLVED',
    ]);
    expect(await about('UNPAID_COMPLETED_BOOKING', booking.id)).toEqual([]);
  });

  it('moves an unlinked payment to the wallet', async () => {
    const customer = await newCustomer();
    const older = await pay(customer.id, 2_000, { at: new Date(clock.getTime() - 3 * HOUR) });
    const newer = await pay(customer.id, 1_500, { at: new Date(clock.getTime() - 2 * HOUR) });
    await run();
    const [d] = await about('UNLINKED_PAYMENT', older.id);
    const res = await as(admin)(RESOLVE, { id: d!.id, i: { action: 'MOVE_TO_WALLET' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.resolveDiscrepancy).toMatchObject({
      status: 'RESOLVED',
      resolution: 'MOVED_TO_WALLET',
    });
    expect(await wallet(customer.id)).toBe(2_000);
    expect(await receivable(customer.id, null)).toBe(-1_500);

    tick();
    await run();
    // The older payment stays resolved; the newer still sits on account; the wallet is sound.
    expect((await about('UNLINKED_PAYMENT', older.id)).map((x) => x.status)).toEqual(['RESOLVED']);
    expect(
      (await about('UNLINKED_PAYMENT', newer.id)).map((x) => [
        x.status,
        x.details.onAccount.amountMinor,
      ]),
    ).toEqual([['OPEN', 1_500]]);
    expect(await about('WALLET_DRIFT', customer.id)).toEqual([]);
  });

  it('marks resolved with a note and dismisses; later runs leave them closed', async () => {
    const entry = await unbalancedEntry(-42);
    const twice = await newCustomer();
    const lesson = await newBooking([twice.id], { status: 'CONFIRMED' });
    await pay(twice.id, 1_000, {
      bookingId: lesson.id,
      at: new Date(clock.getTime() - 9 * 60_000),
    });
    await pay(twice.id, 1_000, {
      bookingId: lesson.id,
      at: new Date(clock.getTime() - 2 * 60_000),
    });
    await run();
    const [journal] = await about('UNBALANCED_JOURNAL', entry.id);
    const [duplicate] = await about('DUPLICATE_PAYMENT', twice.id);

    const noNote = await as(manager)(DISMISS, { id: journal!.id, n: '   ' });
    expect(noNote.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { note: expect.any(String) },
    });
    const dismissed = await as(manager)(DISMISS, {
      id: journal!.id,
      n: 'Restored from a backup by hand; the bank agrees',
    });
    expect(dismissed.data.dismissDiscrepancy).toMatchObject({
      status: 'DISMISSED',
      resolution: 'DISMISSED',
    });
    const resolved = await as(manager)(RESOLVE, {
      id: duplicate!.id,
      i: { action: 'MARK_RESOLVED', note: 'Two lessons were paid; the second booking follows' },
    });
    expect(resolved.data.resolveDiscrepancy).toMatchObject({
      status: 'RESOLVED',
      resolution: 'MARKED_RESOLVED',
    });

    tick();
    await run();
    expect((await about('UNBALANCED_JOURNAL', entry.id)).map((x) => x.status)).toEqual([
      'DISMISSED',
    ]);
    expect((await about('DUPLICATE_PAYMENT', twice.id)).map((x) => x.status)).toEqual(['RESOLVED']);
    // A third payment changes what the duplicate is: that opens again.
    await pay(twice.id, 1_000, { bookingId: lesson.id, at: new Date(clock.getTime() - 60_000) });
    await run();
    expect((await about('DUPLICATE_PAYMENT', twice.id)).map((x) => x.status).sort()).toEqual([
      'OPEN',
      'RESOLVED',
    ]);
    const audits = await t.db
      .select({ action: auditLogTable.action })
      .from(auditLogTable)
      .where(eq(auditLogTable.entityId, journal!.id));
    expect(audits.map((a) => a.action)).toEqual(['reconciliation.discrepancy_dismissed']);
  });

  it('refuses what it cannot do with the right codes, and other roles', async () => {
    const customer = await newCustomer();
    await pay(customer.id, 800);
    const owing = await newCustomer();
    const unpaid = await newBooking([owing.id]);
    await charge(owing.id, unpaid.id, 5_000);
    await run();
    const [payment] = await about('UNLINKED_PAYMENT', customer.id);
    const [booking] = await about('UNPAID_COMPLETED_BOOKING', unpaid.id);
    const code = (res: Json) => res.errors?.[0]?.extensions;

    expect(
      code(
        await as(manager)(RESOLVE, {
          id: crypto.randomUUID(),
          i: { action: 'MARK_RESOLVED', note: 'x' },
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(code(await as(manager)(DISMISS, { id: 'not-an-id', n: 'x' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      code(await as(manager)(RESOLVE, { id: payment!.id, i: { action: 'LINK_TO_BOOKING' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { bookingId: expect.any(String) },
    });
    expect(
      code(await as(manager)(RESOLVE, { id: booking!.id, i: { action: 'MOVE_TO_WALLET' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { action: expect.any(String) },
    });
    expect(
      code(await as(manager)(RESOLVE, { id: booking!.id, i: { action: 'MARK_RESOLVED' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { note: expect.any(String) },
    });
    expect(
      code(
        await as(manager)(RESOLVE, {
          id: booking!.id,
          i: { action: 'MARK_RESOLVED', note: 'x'.repeat(2001) },
        }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { note: expect.any(String) },
    });
    // Bad input wrote nothing.
    expect((await about('UNPAID_COMPLETED_BOOKING', unpaid.id))[0]!.status).toBe('OPEN');
    for (const who of [student, instructor]) {
      expect(code(await as(who)(RUN))).toMatchObject({ code: 'FORBIDDEN' });
      expect(code(await as(who)(LIST, {}))).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        code(
          await as(who)(RESOLVE, { id: booking!.id, i: { action: 'MARK_RESOLVED', note: 'x' } }),
        ),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(code(await as(who)(DISMISS, { id: booking!.id, n: 'x' }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(code(await t.gql(RUN))).toMatchObject({ code: 'UNAUTHENTICATED' });

    const ok = await as(manager)(RESOLVE, {
      id: booking!.id,
      i: { action: 'MARK_RESOLVED', note: 'Invoice sent' },
    });
    expect(ok.errors).toBeUndefined();
    expect(
      code(
        await as(manager)(RESOLVE, {
          id: booking!.id,
          i: { action: 'MARK_RESOLVED', note: 'again' },
        }),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
    });
    expect(code(await as(manager)(DISMISS, { id: booking!.id, n: 'again' }))).toMatchObject({
      code: 'CONFLICT',
    });

    // Someone else used the credit meanwhile (moved it by hand): nothing left to move.
    await post('ALLOCATION', [
      { account: 'RECEIVABLES', amountMinor: 800, currency: 'EUR', customerId: customer.id },
      { account: 'CUSTOMER_WALLET', amountMinor: -800, currency: 'EUR', customerId: customer.id },
    ]);
    expect(
      code(await as(manager)(RESOLVE, { id: payment!.id, i: { action: 'MOVE_TO_WALLET' } })),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOTHING_ON_ACCOUNT',
    });
  });

  it('reports per kind, lists runs and exports the discrepancies as CSV', async () => {
    const owing = await newCustomer('=Formula Person');
    const unpaid = await newBooking([owing.id]);
    await charge(owing.id, unpaid.id, 12_345);
    // Runs are ordered by when they started: this one is the latest.
    tick();
    const { run: last } = await run();

    const report = (await as(manager)(REPORT, {})).data.reconciliationReport;
    expect(report.run.id).toBe(last.id);
    const unpaidKind = report.kinds.find((k: Json) => k.kind === 'UNPAID_COMPLETED_BOOKING');
    const open = (await all()).filter(
      (d) => d.kind === 'UNPAID_COMPLETED_BOOKING' && d.status === 'OPEN',
    );
    expect(unpaidKind).toMatchObject({ found: open.length, open: open.length });
    expect(unpaidKind.openAmounts).toEqual([
      { amountMinor: open.reduce((n, d) => n + d.amount.amountMinor, 0), currency: 'EUR' },
    ]);
    expect(report.kinds.map((k: Json) => k.kind)).toEqual([
      'UNBALANCED_JOURNAL',
      'WALLET_DRIFT',
      'UNLINKED_PAYMENT',
      'UNPAID_COMPLETED_BOOKING',
      'DUPLICATE_PAYMENT',
    ]);
    const byRun = (await as(manager)(REPORT, { r: last.id })).data.reconciliationReport;
    expect(byRun.run.id).toBe(last.id);
    expect(
      (await as(manager)(REPORT, { r: crypto.randomUUID() })).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');

    const runs = (await as(manager)(RUNS, { f: 2 })).data.reconciliationRuns;
    expect(runs).toHaveLength(2);
    expect(runs[0].id).toBe(last.id);
    expect((await as(manager)(RUNS, { f: 0 })).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const page = (await as(manager)(LIST, { s: 'OPEN', k: 'UNPAID_COMPLETED_BOOKING', first: 1 }))
      .data.discrepancies;
    expect(page.totalCount).toBe(open.length);
    expect(page.edges).toHaveLength(1);
    const next = (
      await as(manager)(LIST, {
        s: 'OPEN',
        k: 'UNPAID_COMPLETED_BOOKING',
        first: 1,
        after: page.pageInfo.endCursor,
      })
    ).data.discrepancies;
    expect(next.edges[0]?.node.id).not.toBe(page.edges[0].node.id);

    const csv = await fetch(
      `${t.url}/finance/reconciliation.csv?kind=UNPAID_COMPLETED_BOOKING&status=OPEN&lang=tr`,
      {
        headers: { authorization: `Bearer ${manager.token}` },
      },
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await csv.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Kimlik,Tür,Durum,Konum,Para birimi,Tutar/);
    expect(lines).toHaveLength(open.length + 1);
    const row = lines.find((l) => l.includes(unpaid.id))!;
    expect(row).toContain('Ödenmemiş tamamlanmış rezervasyon');
    expect(row).toContain('123.45');
    expect(row).toContain("'=Formula Person");

    const refused = async (headers: Record<string, string>, query = '') =>
      (await fetch(`${t.url}/finance/reconciliation.csv${query}`, { headers })).status;
    expect(await refused({})).toBe(401);
    expect(await refused({ authorization: `Bearer ${student.token}` })).toBe(403);
    expect(await refused({ authorization: `Bearer ${manager.token}` }, '?kind=NOPE')).toBe(400);
  });

  it('records a scheduled run with no one behind it and no audit row', async () => {
    tick();
    const { run: scheduled } = await runScheduledReconciliation(t.app.deps, clock);
    expect(scheduled).toMatchObject({ trigger: 'SCHEDULED', requestedBy: null, finishedAt: clock });
    const [row] = await t.db
      .select()
      .from(reconciliationRunsTable)
      .where(eq(reconciliationRunsTable.id, scheduled.id));
    expect(row!.found.UNBALANCED_JOURNAL).toBeGreaterThan(0);
    const audits = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.entityId, scheduled.id));
    expect(audits).toEqual([]);
    const manual = (await run()).run;
    const [audit] = await t.db
      .select()
      .from(auditLogTable)
      .where(eq(auditLogTable.entityId, manual.id));
    expect(audit).toMatchObject({ action: 'reconciliation.run', actorUserId: manager.userId });
  });
});
