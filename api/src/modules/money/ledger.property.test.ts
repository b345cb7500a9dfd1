import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { customersTable } from '../customers/schema.js';
import { paymentsTable } from '../payments/schema.js';

// Monday 2026-06-15, 10:00 in Tarifa.
const NOW = new Date('2026-06-15T08:00:00.000Z');
const CURRENCIES = ['EUR', 'TRY', 'JPY', 'KWD'] as const;
type Currency = (typeof CURRENCIES)[number];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
let t: TestApp;
let manager: SignedIn;
let school: TestSchool;
let day = 0;

const gql = (query: string, variables?: Record<string, unknown>) =>
  t.gql<Json>(query, variables, { token: manager.token });

/** The operations a desk performs, drawn at random. `who` picks one of the run's customers. */
const command = fc.oneof(
  fc.record({
    op: fc.constant('topUp' as const),
    who: fc.nat(2),
    currency: fc.constantFrom(...CURRENCIES),
    amount: fc.integer({ min: 1, max: 40_000 }),
  }),
  fc.record({
    op: fc.constant('payBooking' as const),
    who: fc.nat(2),
    method: fc.constantFrom('CASH', 'WALLET', 'CARD'),
    amount: fc.integer({ min: 1, max: 20_000 }),
  }),
  fc.record({
    op: fc.constant('payOnAccount' as const),
    who: fc.nat(2),
    amount: fc.integer({ min: 1, max: 9_000 }),
  }),
  fc.record({
    op: fc.constant('refund' as const),
    pick: fc.nat(20),
    amount: fc.integer({ min: 1, max: 20_000 }),
  }),
  fc.record({
    op: fc.constant('convert' as const),
    who: fc.nat(2),
    from: fc.constantFrom(...CURRENCIES),
    to: fc.constantFrom(...CURRENCIES),
    amount: fc.integer({ min: 1, max: 30_000 }),
  }),
  fc.record({ op: fc.constant('complete' as const), who: fc.nat(2) }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

/** Wallet balances the model expects, by customer and currency. */
type Model = Map<string, Map<string, number>>;
const add = (model: Model, customerId: string, currency: string, delta: number) => {
  const wallet = model.get(customerId) ?? new Map<string, number>();
  wallet.set(currency, (wallet.get(currency) ?? 0) + delta);
  model.set(customerId, wallet);
};

/** Errors a desk may legitimately meet (not enough in the wallet, more than is due, no rate). */
const expectRefusal = (res: Json, cmd: Command) => {
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify({ cmd, errors: res.errors })).toBe(
    'BAD_USER_INPUT',
  );
};

async function run(commands: Command[]) {
  const customers = await t.db
    .insert(customersTable)
    .values([0, 1, 2].map((i) => ({ name: `Property customer ${i} ${randomUUID().slice(0, 6)}` })))
    .returning();
  const bookings: string[] = [];
  for (const customer of customers) {
    day += 1;
    const res = await gql('mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }', {
      i: {
        serviceId: school.services.privateKite.id,
        startsAt: new Date(Date.UTC(2026, 6, 1, 8) + day * 86_400_000).toISOString(),
        customerIds: [customer.id],
      },
    });
    bookings.push(res.data.createBooking.id);
  }
  const model: Model = new Map();
  const payments: Array<{
    id: string;
    customerId: string;
    method: string;
    currency: string;
    kind: string;
  }> = [];

  for (const cmd of commands) {
    const customerId = 'who' in cmd ? customers[cmd.who]!.id : '';
    if (cmd.op === 'topUp') {
      const res = await gql(
        'mutation($i: TopUpWalletInput!) { topUpWallet(input: $i) { id kind } }',
        {
          i: {
            customerId,
            locationId: school.location.id,
            amount: { amountMinor: cmd.amount, currency: cmd.currency },
            method: 'CASH',
            idempotencyKey: randomUUID(),
          },
        },
      );
      expect(res.errors).toBeUndefined();
      add(model, customerId, cmd.currency, cmd.amount);
      payments.push({
        id: res.data.topUpWallet.id,
        customerId,
        method: 'CASH',
        currency: cmd.currency,
        kind: 'TOP_UP',
      });
    } else if (cmd.op === 'payBooking' || cmd.op === 'payOnAccount') {
      const method = cmd.op === 'payBooking' ? cmd.method : 'CASH';
      const res = await gql(
        'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
        {
          i: {
            customerId,
            ...(cmd.op === 'payBooking'
              ? { bookingId: bookings[cmd.who] }
              : { locationId: school.location.id }),
            amount: { amountMinor: cmd.amount, currency: 'EUR' },
            method,
            idempotencyKey: randomUUID(),
          },
        },
      );
      if (res.errors) expectRefusal(res, cmd);
      else {
        if (method === 'WALLET') add(model, customerId, 'EUR', -cmd.amount);
        payments.push({
          id: res.data.recordPayment.id,
          customerId,
          method,
          currency: 'EUR',
          kind: 'PAYMENT',
        });
      }
    } else if (cmd.op === 'refund') {
      const original = payments[cmd.pick % Math.max(payments.length, 1)];
      if (!original) continue;
      const res = await gql(
        'mutation($i: RefundPaymentInput!) { refundPayment(input: $i) { id amount { amountMinor } } }',
        {
          i: { paymentId: original.id, amountMinor: cmd.amount, idempotencyKey: randomUUID() },
        },
      );
      if (res.errors) expectRefusal(res, cmd);
      else if (original.kind === 'TOP_UP')
        add(model, original.customerId, original.currency, -cmd.amount);
      else if (original.method === 'WALLET')
        add(model, original.customerId, original.currency, cmd.amount);
    } else if (cmd.op === 'convert') {
      const res = await gql(
        'mutation($i: ConvertWalletCurrencyInput!) { convertWalletCurrency(input: $i) { from { amountMinor currency } to { amountMinor currency } } }',
        {
          i: {
            customerId,
            locationId: school.location.id,
            from: { amountMinor: cmd.amount, currency: cmd.from },
            toCurrency: cmd.to,
          },
        },
      );
      if (res.errors) expectRefusal(res, cmd);
      else {
        const { from, to } = res.data.convertWalletCurrency;
        add(model, customerId, from.currency, -from.amountMinor);
        add(model, customerId, to.currency, to.amountMinor);
      }
    } else {
      for (const status of ['CHECKED_IN', 'COMPLETED']) {
        const res = await gql(
          'mutation($id: ID!, $s: BookingStatus!) { setBookingStatus(id: $id, status: $s) { status } }',
          {
            id: bookings[cmd.who],
            s: status,
          },
        );
        if (res.errors) expectRefusal(res, cmd);
      }
    }
  }

  // Every journal entry balances in every currency.
  const unbalanced = rowsOf(
    await t.db.execute(sql`select journal_id, currency, sum(amount_minor) as off from journal_lines
      group by journal_id, currency having sum(amount_minor) <> 0`),
  );
  expect(unbalanced).toEqual([]);

  for (const customer of customers) {
    // Every wallet equals the sum of its lines, the running balance of its last line, and the model.
    const wallet = (
      await gql(
        'query($c: ID!) { wallet(customerId: $c) { balances { amountMinor currency formatted } } }',
        { c: customer.id },
      )
    ).data.wallet;
    const lines = rowsOf<{
      currency: string;
      total: string;
      last: number | null;
      lowest: number | null;
    }>(
      await t.db.execute(sql`select currency, -sum(amount_minor) as total,
          (array_agg(wallet_balance_after order by id desc))[1] as last,
          min(wallet_balance_after) as lowest
        from journal_lines where customer_id = ${customer.id} and account = 'CUSTOMER_WALLET' group by currency`),
    );
    for (const line of lines) {
      const expected = model.get(customer.id)?.get(line.currency) ?? 0;
      expect(Number(line.total)).toBe(expected);
      expect(Number(line.last)).toBe(expected);
      expect(Number(line.lowest)).toBeGreaterThanOrEqual(0);
      const shown = wallet.balances.find((b: Json) => b.currency === line.currency);
      expect(shown.amountMinor).toBe(expected);
      // Minor units follow ISO 4217: ¥ has no decimals, KWD three, EUR and TRY two.
      const digits = { JPY: 0, KWD: 3, EUR: 2, TRY: 2 }[line.currency as Currency];
      const text = new Intl.NumberFormat('en-GB', {
        style: 'currency',
        currency: line.currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(expected / 10 ** digits);
      expect(shown.formatted).toBe(text);
    }
    for (const [currency, amount] of model.get(customer.id) ?? [])
      expect(lines.some((l) => l.currency === currency) || amount === 0).toBe(true);
  }

  // Each booking's balance: paid is what its payments less refunds say, and due is price less paid.
  for (const bookingId of bookings) {
    const balance = (
      await gql(
        'query($id: ID!) { booking(id: $id) { balance { price { amountMinor } paid { amountMinor } due { amountMinor } } } }',
        { id: bookingId },
      )
    ).data.booking.balance;
    const rows = await t.db
      .select()
      .from(paymentsTable)
      .where(eq(paymentsTable.bookingId, bookingId));
    const paid = rows.reduce(
      (sum, p) => sum + (p.kind === 'REFUND' ? -p.amountMinor : p.amountMinor),
      0,
    );
    expect(balance.paid.amountMinor).toBe(paid);
    expect(balance.due.amountMinor).toBe(balance.price.amountMinor - paid);
    expect(balance.due.amountMinor).toBeGreaterThanOrEqual(0);
  }
}

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  manager = await t.signIn('MANAGER');
  school = await seedTestSchool(t.db, { customerCount: 1 });
  for (const [base, quote, rate] of [
    ['EUR', 'TRY', '38.25'],
    ['EUR', 'JPY', '162.5'],
    ['KWD', 'EUR', '2.98'],
    ['TRY', 'KWD', '0.0078'],
  ]) {
    const res = await gql('mutation($i: SetFxRateInput!) { setFxRate(input: $i) { id } }', {
      i: { base, quote, rate, validOn: '2026-06-01' },
    });
    expect(res.errors).toBeUndefined();
  }
});
afterAll(() => t.stop());

describe('ledger properties', () => {
  it('keeps every journal balanced and every wallet equal to the sum of its lines over random operation sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), (commands) =>
        run(commands),
      ),
      { numRuns: 25, seed: 20261124, endOnFailure: true },
    );
  }, 240_000);
});
