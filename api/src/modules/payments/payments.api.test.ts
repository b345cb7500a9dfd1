import { randomUUID } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { customersTable } from '../customers/schema.js';
import { invoicesTable } from '../invoices/schema.js';
import { locationsTable } from '../locations/schema.js';
import { journalEntriesTable, journalLinesTable } from '../money/schema.js';
import { paymentsTable } from './schema.js';

// Monday 2026-06-15, 10:00 in Tarifa (CEST, UTC+2).
const NOW = new Date('2026-06-15T08:00:00.000Z');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
let t: TestApp;
let manager: SignedIn;
let student: SignedIn;
let otherStudent: SignedIn;
let school: TestSchool;
let day = 0;

const as = (who: SignedIn) => (query: string, variables?: Record<string, unknown>) =>
  t.gql<Json>(query, variables, { token: who.token });

const RECORD = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) {
  id kind method createdAt amount { amountMinor currency formatted } booking { id } } }`;
const BALANCE = `query($id: ID!) { booking(id: $id) { id balance { price { amountMinor } paid { amountMinor }
  due { amountMinor } charged } payments { id kind amount { amountMinor } } } }`;
const WALLET = `query($c: ID!) { wallet(customerId: $c) { balances { amountMinor currency formatted }
  lines { kind amount { amountMinor currency } balanceAfter { amountMinor } } } }`;

const counts = async () => ({
  payments: (await t.db.select({ n: count() }).from(paymentsTable))[0]!.n,
  entries: (await t.db.select({ n: count() }).from(journalEntriesTable))[0]!.n,
  lines: (await t.db.select({ n: count() }).from(journalLinesTable))[0]!.n,
  receipts: (await t.db.select({ n: count() }).from(invoicesTable))[0]!.n,
});

/** A private lesson (€160) for `customerId` on its own day, so bookings never clash. */
async function book(customerId: string, serviceId = school.services.privateKite.id) {
  day += 1;
  const startsAt = new Date(Date.UTC(2026, 5, 16 + day, 9, 0)).toISOString();
  const res = await as(manager)(
    'mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }',
    { i: { serviceId, startsAt, customerIds: [customerId] } },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createBooking.id as string;
}

const pay = (input: Record<string, unknown>, who = manager) =>
  as(who)(RECORD, { i: { method: 'CASH', idempotencyKey: randomUUID(), ...input } });

const balanceOf = async (bookingId: string) =>
  (await as(manager)(BALANCE, { id: bookingId })).data.booking;

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  manager = await t.signIn('MANAGER');
  student = await t.signIn('STUDENT');
  otherStudent = await t.signIn('STUDENT');
  school = await seedTestSchool(t.db, {
    customerCount: 8,
    userIds: [student.userId, otherStudent.userId],
  });
});
afterAll(() => t.stop());

describe('recordPayment', () => {
  it('takes a payment against a booking: the balance falls, a receipt is issued, audited', async () => {
    const customer = school.customers[2]!;
    const bookingId = await book(customer.id);
    expect((await balanceOf(bookingId)).balance).toEqual({
      price: { amountMinor: 16_000 },
      paid: { amountMinor: 0 },
      due: { amountMinor: 16_000 },
      charged: false,
    });
    const res = await pay({
      customerId: customer.id,
      bookingId,
      amount: { amountMinor: 6_000, currency: 'EUR' },
      method: 'CARD',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordPayment).toMatchObject({
      kind: 'PAYMENT',
      method: 'CARD',
      amount: { amountMinor: 6_000, currency: 'EUR', formatted: '€60.00' },
      booking: { id: bookingId },
    });
    const after = await balanceOf(bookingId);
    expect(after.balance).toMatchObject({
      paid: { amountMinor: 6_000 },
      due: { amountMinor: 10_000 },
    });
    expect(after.payments).toHaveLength(1);
    const [receipt] = await t.db
      .select()
      .from(invoicesTable)
      .where(eq(invoicesTable.paymentId, res.data.recordPayment.id));
    expect(receipt).toMatchObject({ kind: 'RECEIPT', totalMinor: 6_000, currency: 'EUR' });
  });

  it('records one payment for one idempotency key sent twice, and for 100 concurrent sends', async () => {
    const customer = school.customers[3]!;
    const bookingId = await book(customer.id);
    const input = {
      customerId: customer.id,
      bookingId,
      amount: { amountMinor: 2_500, currency: 'EUR' },
      idempotencyKey: randomUUID(),
    };
    const first = await pay(input);
    const second = await pay(input);
    expect(second.data.recordPayment.id).toBe(first.data.recordPayment.id);

    const before = await counts();
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 100 }, () => pay({ ...input, idempotencyKey: key })),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data.recordPayment.id)).size).toBe(1);
    const after = await counts();
    expect(after.payments - before.payments).toBe(1);
    expect(after.entries - before.entries).toBe(1);
    expect(after.receipts - before.receipts).toBe(1);
    expect((await balanceOf(bookingId)).balance.paid.amountMinor).toBe(5_000);
  });

  it('refuses the same key with different parameters as a CONFLICT, writing nothing', async () => {
    const customer = school.customers[3]!;
    const key = randomUUID();
    await pay({
      customerId: customer.id,
      locationId: school.location.id,
      amount: { amountMinor: 1_000, currency: 'EUR' },
      idempotencyKey: key,
    });
    const before = await counts();
    const res = await pay({
      customerId: customer.id,
      locationId: school.location.id,
      amount: { amountMinor: 1_001, currency: 'EUR' },
      idempotencyKey: key,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await counts()).toEqual(before);
  });

  it('leaves no partial entry when a step fails in the middle of a payment', async () => {
    const customer = school.customers[4]!;
    const bookingId = await book(customer.id);
    // A fault injected in the database itself: issuing the receipt — after the journal entry
    // and the payment row were written in the same transaction — fails.
    await t.db
      .execute(sql`create or replace function fail_receipt() returns trigger language plpgsql as $$
      begin raise exception 'injected failure while issuing a receipt'; end $$`);
    await t.db.execute(
      sql`create trigger fail_receipt before insert on invoices for each row execute function fail_receipt()`,
    );
    const before = await counts();
    const key = randomUUID();
    try {
      const res = await pay({
        customerId: customer.id,
        bookingId,
        amount: { amountMinor: 4_000, currency: 'EUR' },
        idempotencyKey: key,
      });
      expect(res.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await counts()).toEqual(before);
    } finally {
      await t.db.execute(sql`drop trigger fail_receipt on invoices`);
    }
    // The key was not spent: the retry goes through once the fault is gone.
    const retry = await pay({
      customerId: customer.id,
      bookingId,
      amount: { amountMinor: 4_000, currency: 'EUR' },
      idempotencyKey: key,
    });
    expect(retry.errors).toBeUndefined();
    expect((await balanceOf(bookingId)).balance.due.amountMinor).toBe(12_000);
  });

  it('answers bad input with BAD_USER_INPUT naming the fields, and writes nothing', async () => {
    const customer = school.customers[5]!;
    const bookingId = await book(customer.id);
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ amount: { amountMinor: 0, currency: 'EUR' } }, 'amount.amountMinor'],
      [{ amount: { amountMinor: 100, currency: 'TRY' } }, 'amount.currency'],
      [{ amount: { amountMinor: 100, currency: 'XYZ' } }, 'amount.currency'],
      [{ customerId: school.customers[6]!.id }, 'customerId'],
      [{ customerId: randomUUID() }, 'customerId'],
      [{ bookingId: randomUUID() }, 'bookingId'],
      [{ idempotencyKey: 'short' }, 'idempotencyKey'],
      [{ amount: { amountMinor: 16_001, currency: 'EUR' } }, 'amount.amountMinor'],
    ];
    for (const [change, field] of cases) {
      const res = await pay({
        customerId: customer.id,
        bookingId,
        amount: { amountMinor: 100, currency: 'EUR' },
        ...change,
      });
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions.fields, JSON.stringify(change)).toHaveProperty([field]);
    }
    // A method the location does not take.
    await t.db
      .update(locationsTable)
      .set({ paymentMethods: ['CASH', 'CARD', 'WALLET'] })
      .where(eq(locationsTable.id, school.location.id));
    const transfer = await pay({
      customerId: customer.id,
      bookingId,
      amount: { amountMinor: 100, currency: 'EUR' },
      method: 'BANK_TRANSFER',
    });
    await t.db
      .update(locationsTable)
      .set({ paymentMethods: ['CASH', 'CARD', 'BANK_TRANSFER', 'WALLET'] })
      .where(eq(locationsTable.id, school.location.id));
    expect(transfer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { method: expect.any(String) },
    });
    // Overpaying names the reason and what is due.
    const over = await pay({
      customerId: customer.id,
      bookingId,
      amount: { amountMinor: 16_001, currency: 'EUR' },
    });
    expect(over.errors?.[0]?.extensions).toMatchObject({ reason: 'OVERPAYMENT', dueMinor: 16_000 });
    expect(await counts()).toEqual(before);
  });

  it('lets only management take payments; a student gets FORBIDDEN', async () => {
    const res = await pay(
      {
        customerId: school.customers[0]!.id,
        locationId: school.location.id,
        amount: { amountMinor: 100, currency: 'EUR' },
      },
      student,
    );
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('completion, refunds and wallets', () => {
  it('charges a completed lesson as a receivable and settles it with a wallet payment', async () => {
    const customer = school.customers[6]!;
    const bookingId = await book(customer.id);
    for (const status of ['CHECKED_IN', 'COMPLETED']) {
      const res = await as(manager)(
        'mutation($id: ID!, $s: BookingStatus!) { setBookingStatus(id: $id, status: $s) { status } }',
        { id: bookingId, s: status },
      );
      expect(res.errors).toBeUndefined();
    }
    expect((await balanceOf(bookingId)).balance).toEqual({
      price: { amountMinor: 16_000 },
      paid: { amountMinor: 0 },
      due: { amountMinor: 16_000 },
      charged: true,
    });
    // €160 gross, 20 % VAT included: €133.33 revenue and €26.67 tax.
    const charge = await t.db
      .select({ account: journalLinesTable.account, amount: journalLinesTable.amountMinor })
      .from(journalLinesTable)
      .innerJoin(journalEntriesTable, eq(journalEntriesTable.id, journalLinesTable.journalId))
      .where(
        and(
          eq(journalEntriesTable.bookingId, bookingId),
          eq(journalEntriesTable.kind, 'BOOKING_CHARGE'),
        ),
      );
    expect(charge.sort((a, b) => a.account.localeCompare(b.account))).toEqual([
      { account: 'RECEIVABLES', amount: 16_000 },
      { account: 'REVENUE_LESSON', amount: -13_333 },
      { account: 'TAX_PAYABLE', amount: -2_667 },
    ]);

    const top = await as(manager)(
      'mutation($i: TopUpWalletInput!) { topUpWallet(input: $i) { id kind } }',
      {
        i: {
          customerId: customer.id,
          locationId: school.location.id,
          amount: { amountMinor: 10_000, currency: 'EUR' },
          method: 'CASH',
          idempotencyKey: randomUUID(),
        },
      },
    );
    expect(top.data.topUpWallet.kind).toBe('TOP_UP');
    const short = await pay({
      customerId: customer.id,
      bookingId,
      amount: { amountMinor: 16_000, currency: 'EUR' },
      method: 'WALLET',
    });
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INSUFFICIENT_FUNDS',
    });
    await pay({
      customerId: customer.id,
      bookingId,
      amount: { amountMinor: 10_000, currency: 'EUR' },
      method: 'WALLET',
    });
    await pay({
      customerId: customer.id,
      bookingId,
      amount: { amountMinor: 6_000, currency: 'EUR' },
      method: 'CASH',
    });
    expect((await balanceOf(bookingId)).balance.due.amountMinor).toBe(0);
    const wallet = (await as(manager)(WALLET, { c: customer.id })).data.wallet;
    expect(wallet.balances).toEqual([{ amountMinor: 0, currency: 'EUR', formatted: '€0.00' }]);
    expect(
      wallet.lines.map((l: Json) => [l.kind, l.amount.amountMinor, l.balanceAfter.amountMinor]),
    ).toEqual([
      ['WALLET_PAYMENT', -10_000, 0],
      ['WALLET_TOP_UP', 10_000, 10_000],
    ]);
  });

  it('refunds part of a payment; the booking owes it again; never more than was paid', async () => {
    const customer = school.customers[7]!;
    const bookingId = await book(customer.id);
    const paid = await pay({
      customerId: customer.id,
      bookingId,
      amount: { amountMinor: 16_000, currency: 'EUR' },
      method: 'CARD',
    });
    const REFUND = `mutation($i: RefundPaymentInput!) { refundPayment(input: $i) { id kind method amount { amountMinor } refundOf { id refunded { amountMinor } } } }`;
    const refund = await as(manager)(REFUND, {
      i: {
        paymentId: paid.data.recordPayment.id,
        amountMinor: 4_000,
        idempotencyKey: randomUUID(),
        reason: 'shortened lesson',
      },
    });
    expect(refund.data.refundPayment).toMatchObject({
      kind: 'REFUND',
      method: 'CARD',
      amount: { amountMinor: 4_000 },
      refundOf: { id: paid.data.recordPayment.id, refunded: { amountMinor: 4_000 } },
    });
    expect((await balanceOf(bookingId)).balance).toMatchObject({
      paid: { amountMinor: 12_000 },
      due: { amountMinor: 4_000 },
    });
    const before = await counts();
    const tooMuch = await as(manager)(REFUND, {
      i: {
        paymentId: paid.data.recordPayment.id,
        amountMinor: 12_001,
        idempotencyKey: randomUUID(),
      },
    });
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REFUND_EXCEEDS_PAYMENT',
      refundableMinor: 12_000,
    });
    const unknown = await as(manager)(REFUND, {
      i: { paymentId: randomUUID(), idempotencyKey: randomUUID() },
    });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('shows a student their own wallet and no one else’s', async () => {
    const own = school.customers[0]!;
    await as(manager)('mutation($i: TopUpWalletInput!) { topUpWallet(input: $i) { id } }', {
      i: {
        customerId: own.id,
        locationId: school.location.id,
        amount: { amountMinor: 5_000, currency: 'GBP' },
        method: 'CASH',
        idempotencyKey: randomUUID(),
      },
    });
    const mine = await as(student)(WALLET, { c: own.id });
    expect(mine.data.wallet.balances).toEqual([
      { amountMinor: 5_000, currency: 'GBP', formatted: '£50.00' },
    ]);
    const theirs = await as(otherStudent)(WALLET, { c: own.id });
    expect(theirs.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('converts wallet money at the newest dated rate and stores the rate used', async () => {
    const customer = school.customers[1]!;
    await as(manager)('mutation($i: TopUpWalletInput!) { topUpWallet(input: $i) { id } }', {
      i: {
        customerId: customer.id,
        locationId: school.location.id,
        amount: { amountMinor: 10_000, currency: 'EUR' },
        method: 'CASH',
        idempotencyKey: randomUUID(),
      },
    });
    const SET =
      'mutation($i: SetFxRateInput!) { setFxRate(input: $i) { id base quote rate validOn } }';
    await as(manager)(SET, {
      i: { base: 'EUR', quote: 'TRY', rate: '37.5', validOn: '2026-06-01' },
    });
    const today = await as(manager)(SET, {
      i: { base: 'EUR', quote: 'TRY', rate: '38.25', validOn: '2026-06-15' },
    });
    await as(manager)(SET, { i: { base: 'EUR', quote: 'TRY', rate: '99', validOn: '2026-06-16' } });
    expect(today.data.setFxRate).toMatchObject({ rate: '38.25000000', validOn: '2026-06-15' });
    const bad = await as(manager)(SET, {
      i: { base: 'EUR', quote: 'EUR', rate: '0.000000001', validOn: '2026-06-20' },
    });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors?.[0]?.extensions.fields ?? {}).sort()).toEqual(['quote', 'rate']);

    const CONVERT = `mutation($i: ConvertWalletCurrencyInput!) { convertWalletCurrency(input: $i) {
      from { amountMinor currency } to { amountMinor currency } rate rateValidOn } }`;
    const res = await as(manager)(CONVERT, {
      i: {
        customerId: customer.id,
        locationId: school.location.id,
        from: { amountMinor: 4_000, currency: 'EUR' },
        toCurrency: 'TRY',
      },
    });
    expect(res.data.convertWalletCurrency).toEqual({
      from: { amountMinor: 4_000, currency: 'EUR' },
      to: { amountMinor: 153_000, currency: 'TRY' },
      rate: '38.25000000',
      rateValidOn: '2026-06-15',
    });
    const wallet = (await as(manager)(WALLET, { c: customer.id })).data.wallet;
    expect(wallet.balances.map((b: Json) => [b.currency, b.amountMinor])).toEqual([
      ['EUR', 6_000],
      ['TRY', 153_000],
    ]);
    const noRate = await as(manager)(CONVERT, {
      i: {
        customerId: customer.id,
        locationId: school.location.id,
        from: { amountMinor: 100, currency: 'EUR' },
        toCurrency: 'JPY',
      },
    });
    expect(noRate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { toCurrency: expect.any(String) },
    });
    const tooMuch = await as(manager)(CONVERT, {
      i: {
        customerId: customer.id,
        locationId: school.location.id,
        from: { amountMinor: 6_001, currency: 'EUR' },
        toCurrency: 'TRY',
      },
    });
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INSUFFICIENT_FUNDS',
    });
  });

  it('moves a merged duplicate’s wallet and receivables into the record that stays', async () => {
    const [survivor, duplicate] = await t.db
      .insert(customersTable)
      .values([{ name: 'Merge Survivor' }, { name: 'Merge Duplicate' }])
      .returning();
    await as(manager)('mutation($i: TopUpWalletInput!) { topUpWallet(input: $i) { id } }', {
      i: {
        customerId: duplicate!.id,
        locationId: school.location.id,
        amount: { amountMinor: 5_000, currency: 'EUR' },
        method: 'CASH',
        idempotencyKey: randomUUID(),
      },
    });
    const bookingId = await book(duplicate!.id);
    await pay({
      customerId: duplicate!.id,
      bookingId,
      amount: { amountMinor: 1_500, currency: 'EUR' },
    });
    const merged = await as(manager)(
      'mutation($s: ID!, $d: ID!) { mergeCustomers(survivorId: $s, duplicateId: $d) { id } }',
      { s: survivor!.id, d: duplicate!.id },
    );
    expect(merged.errors).toBeUndefined();
    expect((await as(manager)(WALLET, { c: survivor!.id })).data.wallet.balances).toEqual([
      { amountMinor: 5_000, currency: 'EUR', formatted: '€50.00' },
    ]);
    expect((await as(manager)(WALLET, { c: duplicate!.id })).data.wallet.balances).toEqual([
      { amountMinor: 0, currency: 'EUR', formatted: '€0.00' },
    ]);
    const receivables = await t.db
      .select({
        customerId: journalLinesTable.customerId,
        sum: sql<string>`sum(${journalLinesTable.amountMinor})`,
      })
      .from(journalLinesTable)
      .where(
        and(
          eq(journalLinesTable.bookingId, bookingId),
          eq(journalLinesTable.account, 'RECEIVABLES'),
        ),
      )
      .groupBy(journalLinesTable.customerId);
    expect(receivables.map((r) => [r.customerId, Number(r.sum)]).sort()).toEqual(
      [
        [duplicate!.id, 0],
        [survivor!.id, -1_500],
      ].sort(),
    );
    // The booking still knows what was paid towards it.
    expect((await balanceOf(bookingId)).balance.paid.amountMinor).toBe(1_500);
  });
});
