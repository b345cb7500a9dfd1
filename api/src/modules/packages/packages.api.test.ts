import { randomUUID } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { auditLogTable } from '../audit/schema.js';
import { packageItemsTable, packagesTable } from '../catalog/schema.js';
import { customersTable } from '../customers/schema.js';
import { invoicesTable } from '../invoices/schema.js';
import { journalEntriesTable, journalLinesTable, type LedgerAccount } from '../money/schema.js';
import { paymentsTable } from '../payments/schema.js';
import { expirePackages } from './expire.js';
import { customerPackagesTable, packageUsagesTable, vouchersTable } from './schema.js';

// Monday 2026-06-15, 10:00 in Tarifa (CEST, UTC+2). Tarifa: EUR, 20 % VAT included.
const NOW = new Date('2026-06-15T08:00:00.000Z');
const DAY = 86_400_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
let t: TestApp;
let manager: SignedIn;
let instructor: SignedIn;
let student: SignedIn;
let otherStudent: SignedIn;
let school: TestSchool;
let day = 0;

const as = (who: SignedIn) => (query: string, variables?: Record<string, unknown>) =>
  t.gql<Json>(query, variables, { token: who.token });

const PACKAGE_FIELDS = `id name status purchasedAt expiresAt validityDays remainingMinutes remainingHours
  remainingSessions price { amountMinor currency } remainingValue { amountMinor }
  holder { id } buyer { id }
  items { unit units used remaining remainingHours service { id name } }
  usages { units value { amountMinor } booking { id } customer { id } }
  voucher { id code kind status }`;
const SELL = `mutation($i: SellPackageInput!) { sellPackage(input: $i) {
  payment { id kind method amount { amountMinor currency } }
  customerPackage { ${PACKAGE_FIELDS} }
  voucher { id code kind status recipientName message expiresAt } } }`;
const PACKAGES = `query($c: ID!) { customerPackages(customerId: $c) { ${PACKAGE_FIELDS} } }`;
const MY_PACKAGES = `{ myPackages { ${PACKAGE_FIELDS} } }`;
const ISSUE = `mutation($i: IssueVoucherInput!) { issueVoucher(input: $i) {
  payment { id kind amount { amountMinor currency } }
  voucher { id code kind status amount { amountMinor currency } recipientName } } }`;
const REDEEM = `mutation($i: RedeemVoucherInput!) { redeemVoucher(input: $i) {
  id code kind status redeemedAt redeemedBy { id } amount { amountMinor }
  customerPackage { id status expiresAt holder { id } remainingHours } } }`;
const WALLET = `query($c: ID!) { wallet(customerId: $c) { balances { amountMinor currency } } }`;
const BALANCE = `query($id: ID!) { booking(id: $id) { balance { price { amountMinor } due { amountMinor } charged } } }`;

/** A catalog package of `school`'s private kite lessons (120 min each). */
async function catalogPackage(
  s: TestSchool,
  options: {
    sessions: number;
    priceMinor: number;
    validityDays?: number;
    gift?: boolean;
    name?: string;
    extra?: { serviceId: string; quantity: number };
  },
) {
  const [pkg] = await t.db
    .insert(packagesTable)
    .values({
      locationId: s.location.id,
      name: options.name ?? `Zero to hero ${options.sessions}`,
      validityDays: options.validityDays ?? 90,
      priceMinor: options.priceMinor,
      currency: 'EUR',
      gift: options.gift ?? false,
    })
    .returning();
  await t.db
    .insert(packageItemsTable)
    .values([
      { packageId: pkg!.id, serviceId: s.services.privateKite.id, quantity: options.sessions },
      ...(options.extra ? [{ packageId: pkg!.id, ...options.extra }] : []),
    ]);
  return pkg!;
}

const sell = (input: Record<string, unknown>, who = manager) =>
  as(who)(SELL, { i: { method: 'CASH', idempotencyKey: randomUUID(), ...input } });

/** A lesson of `serviceId` for `customerId` on its own day (09:00 UTC), so bookings never clash. */
async function book(
  customerId: string,
  s: TestSchool = school,
  serviceId = s.services.privateKite.id,
  offsetDays?: number,
) {
  day += 1;
  const startsAt = new Date(NOW.getTime() + (offsetDays ?? day) * DAY + DAY);
  startsAt.setUTCHours(9, 0, 0, 0);
  const res = await as(manager)(
    'mutation($i: CreateBookingInput!) { createBooking(input: $i) { id } }',
    {
      i: { serviceId, startsAt: startsAt.toISOString(), customerIds: [customerId] },
    },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createBooking.id as string;
}

const STATUS =
  'mutation($id: ID!, $s: BookingStatus!) { setBookingStatus(id: $id, status: $s) { status } }';
async function complete(bookingId: string) {
  for (const status of ['CHECKED_IN', 'COMPLETED']) {
    const res = await as(manager)(STATUS, { id: bookingId, s: status });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
}

/** The readable balance of an account at a location (credit-normal accounts positive). */
async function balanceAt(locationId: string, account: LedgerAccount) {
  const [row] = await t.db
    .select({ sum: sql<string | null>`sum(${journalLinesTable.amountMinor})` })
    .from(journalLinesTable)
    .where(
      and(eq(journalLinesTable.locationId, locationId), eq(journalLinesTable.account, account)),
    );
  const sum = Number(row?.sum ?? 0);
  return ['CASH', 'CARD_CLEARING', 'BANK', 'RECEIVABLES'].includes(account) ? sum : -sum || 0;
}

const counts = async () => ({
  packages: (await t.db.select({ n: count() }).from(customerPackagesTable))[0]!.n,
  vouchers: (await t.db.select({ n: count() }).from(vouchersTable))[0]!.n,
  payments: (await t.db.select({ n: count() }).from(paymentsTable))[0]!.n,
  entries: (await t.db.select({ n: count() }).from(journalEntriesTable))[0]!.n,
  usages: (await t.db.select({ n: count() }).from(packageUsagesTable))[0]!.n,
});

const newSchool = () =>
  seedTestSchool(t.db, { name: `School ${randomUUID().slice(0, 8)}`, customerCount: 4 });

beforeAll(async () => {
  t = await startTestApp({ now: () => NOW });
  manager = await t.signIn('MANAGER');
  instructor = await t.signIn('INSTRUCTOR');
  student = await t.signIn('STUDENT');
  otherStudent = await t.signIn('STUDENT');
  school = await seedTestSchool(t.db, {
    customerCount: 8,
    userIds: [student.userId, otherStudent.userId],
  });
});
afterAll(() => t.stop());

describe('selling a package', () => {
  it('takes the price into deferred revenue, copies what it holds and issues a receipt; audited', async () => {
    const s = await newSchool();
    const pkg = await catalogPackage(s, { sessions: 5, priceMinor: 65_000 });
    const buyer = s.customers[0]!;
    const res = await sell({ packageId: pkg.id, buyerId: buyer.id, method: 'CARD' });
    expect(res.errors).toBeUndefined();
    const sale = res.data.sellPackage;
    expect(sale.payment).toMatchObject({
      kind: 'PACKAGE_SALE',
      method: 'CARD',
      amount: { amountMinor: 65_000, currency: 'EUR' },
    });
    expect(sale.voucher).toBeNull();
    expect(sale.customerPackage).toMatchObject({
      name: 'Zero to hero 5',
      status: 'ACTIVE',
      purchasedAt: NOW.toISOString(),
      expiresAt: new Date(NOW.getTime() + 90 * DAY).toISOString(),
      validityDays: 90,
      remainingMinutes: 600,
      remainingHours: 10,
      remainingSessions: 0,
      price: { amountMinor: 65_000, currency: 'EUR' },
      remainingValue: { amountMinor: 65_000 },
      holder: { id: buyer.id },
      buyer: { id: buyer.id },
      items: [
        {
          unit: 'MINUTES',
          units: 600,
          used: 0,
          remaining: 600,
          remainingHours: 10,
          service: { id: s.services.privateKite.id },
        },
      ],
      usages: [],
    });
    expect(await balanceAt(s.location.id, 'DEFERRED_REVENUE')).toBe(65_000);
    expect(await balanceAt(s.location.id, 'CARD_CLEARING')).toBe(65_000);
    const [receipt] = await t.db
      .select()
      .from(invoicesTable)
      .where(eq(invoicesTable.paymentId, sale.payment.id));
    expect(receipt).toMatchObject({ kind: 'RECEIPT', totalMinor: 65_000 });
    const [audit] = await t.db
      .select()
      .from(auditLogTable)
      .where(
        and(
          eq(auditLogTable.action, 'package.sold'),
          eq(auditLogTable.entityId, sale.customerPackage.id),
        ),
      );
    expect(audit?.data).toMatchObject({ buyerId: buyer.id, priceMinor: 65_000 });
    // Staff see it on the customer's record too.
    const onRecord = await as(manager)(
      `query($id: ID!) { customer(id: $id) { packages { id remainingHours } } }`,
      { id: buyer.id },
    );
    expect(onRecord.data.customer.packages).toEqual([
      { id: sale.customerPackage.id, remainingHours: 10 },
    ]);
  });

  it('returns the first sale for a retried key, refuses the key for another sale, and writes nothing on bad input', async () => {
    const s = await newSchool();
    const pkg = await catalogPackage(s, { sessions: 2, priceMinor: 30_000 });
    const buyer = s.customers[0]!;
    const key = randomUUID();
    const first = await sell({ packageId: pkg.id, buyerId: buyer.id, idempotencyKey: key });
    const again = await sell({ packageId: pkg.id, buyerId: buyer.id, idempotencyKey: key });
    expect(again.data.sellPackage.customerPackage.id).toBe(
      first.data.sellPackage.customerPackage.id,
    );
    const before = await counts();
    const reused = await sell({
      packageId: pkg.id,
      buyerId: s.customers[1]!.id,
      idempotencyKey: key,
    });
    expect(reused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });

    const stranger = s.customers[2]!;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ buyerId: randomUUID() }, 'buyerId'],
      [{ holderId: stranger.id }, 'holderId'],
      [{ idempotencyKey: 'short' }, 'idempotencyKey'],
      [{ asGift: { recipientName: 'x'.repeat(121) } }, 'asGift.recipientName'],
      [
        { asGift: { codeExpiresAt: new Date(NOW.getTime() - DAY).toISOString() } },
        'asGift.codeExpiresAt',
      ],
      [{ asGift: {}, holderId: stranger.id }, 'holderId'],
    ];
    for (const [change, field] of cases) {
      const res = await sell({ packageId: pkg.id, buyerId: buyer.id, ...change });
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions.fields, JSON.stringify(change)).toHaveProperty([field]);
    }
    await t.db.update(packagesTable).set({ active: false }).where(eq(packagesTable.id, pkg.id));
    const offSale = await sell({ packageId: pkg.id, buyerId: buyer.id });
    expect(offSale.errors?.[0]?.extensions.fields).toHaveProperty(['packageId']);
    await t.db.update(packagesTable).set({ active: true }).where(eq(packagesTable.id, pkg.id));
    const broke = await sell({ packageId: pkg.id, buyerId: buyer.id, method: 'WALLET' });
    expect(broke.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INSUFFICIENT_FUNDS',
    });
    const unknown = await sell({ packageId: randomUUID(), buyerId: buyer.id });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('sells from the wallet and to a dependent of the buyer; only management sells', async () => {
    const s = await newSchool();
    const pkg = await catalogPackage(s, { sessions: 2, priceMinor: 30_000 });
    const parent = s.customers[0]!;
    const [teen] = await t.db
      .insert(customersTable)
      .values({ name: 'Teen Dependent', guardianId: parent.id })
      .returning();
    await as(manager)('mutation($i: TopUpWalletInput!) { topUpWallet(input: $i) { id } }', {
      i: {
        customerId: parent.id,
        locationId: s.location.id,
        amount: { amountMinor: 40_000, currency: 'EUR' },
        method: 'CASH',
        idempotencyKey: randomUUID(),
      },
    });
    const res = await sell({
      packageId: pkg.id,
      buyerId: parent.id,
      holderId: teen!.id,
      method: 'WALLET',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.sellPackage.customerPackage).toMatchObject({
      holder: { id: teen!.id },
      buyer: { id: parent.id },
    });
    expect((await as(manager)(WALLET, { c: parent.id })).data.wallet.balances).toEqual([
      { amountMinor: 10_000, currency: 'EUR' },
    ]);
    const byStudent = await sell({ packageId: pkg.id, buyerId: parent.id }, student);
    expect(byStudent.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('using a package', () => {
  it('pays completed lessons from the package: hours go down, the booking owes nothing, revenue is recognised', async () => {
    const s = await newSchool();
    const pkg = await catalogPackage(s, { sessions: 5, priceMinor: 65_000 });
    const holder = s.customers[0]!;
    const sale = (await sell({ packageId: pkg.id, buyerId: holder.id })).data.sellPackage;
    const bookingId = await book(holder.id, s);
    // Before the lesson, the booking already owes nothing: the package will cover it.
    const ahead = await as(manager)(
      'query($id: ID!) { booking(id: $id) { balance { price { amountMinor } due { amountMinor } packageCovered { amountMinor } charged } } }',
      { id: bookingId },
    );
    expect(ahead.data.booking.balance).toEqual({
      price: { amountMinor: 0 },
      due: { amountMinor: 0 },
      packageCovered: { amountMinor: 16_000 },
      charged: false,
    });
    await complete(bookingId);
    const [view] = (await as(manager)(PACKAGES, { c: holder.id })).data.customerPackages;
    expect(view).toMatchObject({
      id: sale.customerPackage.id,
      status: 'ACTIVE',
      remainingMinutes: 480,
      remainingHours: 8,
      remainingValue: { amountMinor: 52_000 },
      items: [{ units: 600, used: 120, remaining: 480 }],
      usages: [
        {
          units: 120,
          value: { amountMinor: 13_000 },
          booking: { id: bookingId },
          customer: { id: holder.id },
        },
      ],
    });
    expect((await as(manager)(BALANCE, { id: bookingId })).data.booking.balance).toEqual({
      price: { amountMinor: 0 },
      due: { amountMinor: 0 },
      charged: true,
    });
    // €130 of the €650 recognised: €108.33 lesson revenue and €21.67 VAT; nothing receivable.
    expect(await balanceAt(s.location.id, 'DEFERRED_REVENUE')).toBe(52_000);
    expect(await balanceAt(s.location.id, 'REVENUE_LESSON')).toBe(10_833);
    expect(await balanceAt(s.location.id, 'TAX_PAYABLE')).toBe(2_167);
    expect(await balanceAt(s.location.id, 'RECEIVABLES')).toBe(0);
    // A student sees the same in the portal... for their own record only.
  });

  it('brings a fully used package back to exactly zero deferred revenue, then charges as usual', async () => {
    const s = await newSchool();
    // €100.01 over three lessons does not divide evenly.
    const pkg = await catalogPackage(s, { sessions: 3, priceMinor: 10_001 });
    const holder = s.customers[1]!;
    await sell({ packageId: pkg.id, buyerId: holder.id });
    const values: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      await complete(await book(holder.id, s));
    }
    const [view] = (await as(manager)(PACKAGES, { c: holder.id })).data.customerPackages;
    for (const u of view.usages) values.push(u.value.amountMinor);
    expect(values.reduce((a, b) => a + b, 0)).toBe(10_001);
    expect(view).toMatchObject({
      status: 'USED_UP',
      remainingMinutes: 0,
      remainingValue: { amountMinor: 0 },
    });
    expect(await balanceAt(s.location.id, 'DEFERRED_REVENUE')).toBe(0);
    const fourth = await book(holder.id, s);
    await complete(fourth);
    expect((await as(manager)(BALANCE, { id: fourth })).data.booking.balance.due.amountMinor).toBe(
      16_000,
    );
  });

  it('never spends more than a package holds when lessons are completed at the same time', async () => {
    const s = await newSchool();
    const pkg = await catalogPackage(s, { sessions: 2, priceMinor: 30_000 });
    const holder = s.customers[2]!;
    await sell({ packageId: pkg.id, buyerId: holder.id });
    const bookings = [];
    for (let i = 0; i < 4; i += 1) bookings.push(await book(holder.id, s));
    for (const id of bookings) {
      const res = await as(manager)(STATUS, { id, s: 'CHECKED_IN' });
      expect(res.errors).toBeUndefined();
    }
    const results = await Promise.all(
      bookings.map((id) => as(manager)(STATUS, { id, s: 'COMPLETED' })),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const [view] = (await as(manager)(PACKAGES, { c: holder.id })).data.customerPackages;
    expect(view.usages).toHaveLength(2);
    expect(view).toMatchObject({ status: 'USED_UP', remainingMinutes: 0 });
    const dues = await Promise.all(
      bookings.map(
        async (id) => (await as(manager)(BALANCE, { id })).data.booking.balance.due.amountMinor,
      ),
    );
    expect(dues.sort((a, b) => a - b)).toEqual([0, 0, 16_000, 16_000]);
    expect(await balanceAt(s.location.id, 'DEFERRED_REVENUE')).toBe(0);
  });

  it('recognises what is left when a package expires (once), and does not cover lessons after its date', async () => {
    const s = await newSchool();
    const pkg = await catalogPackage(s, { sessions: 4, priceMinor: 40_000, validityDays: 30 });
    const holder = s.customers[3]!;
    await sell({ packageId: pkg.id, buyerId: holder.id });
    await complete(await book(holder.id, s));
    const late = await book(holder.id, s, s.services.privateKite.id, 40);
    await complete(late);
    expect((await as(manager)(BALANCE, { id: late })).data.booking.balance.due.amountMinor).toBe(
      16_000,
    );
    expect(await balanceAt(s.location.id, 'DEFERRED_REVENUE')).toBe(30_000);

    const before = await expirePackages(t.app.deps, new Date(NOW.getTime() + 29 * DAY));
    expect(before.packages).toBe(0);
    const after = new Date(NOW.getTime() + 31 * DAY);
    const first = await expirePackages(t.app.deps, after);
    expect(first.packages).toBeGreaterThanOrEqual(1);
    expect(await balanceAt(s.location.id, 'DEFERRED_REVENUE')).toBe(0);
    // €300 of breakage, VAT included: €250 revenue, €50 tax.
    expect(await balanceAt(s.location.id, 'REVENUE_PACKAGE_EXPIRY')).toBe(25_000);
    const entries = async () =>
      (
        await t.db
          .select({ n: count() })
          .from(journalEntriesTable)
          .where(
            and(
              eq(journalEntriesTable.locationId, s.location.id),
              eq(journalEntriesTable.kind, 'PACKAGE_EXPIRY'),
            ),
          )
      )[0]!.n;
    expect(await entries()).toBe(1);
    await expirePackages(t.app.deps, after);
    expect(await entries()).toBe(1);
    const [view] = (await as(manager)(PACKAGES, { c: holder.id })).data.customerPackages;
    expect(view).toMatchObject({
      status: 'EXPIRED',
      remainingMinutes: 360,
      remainingValue: { amountMinor: 0 },
    });
  });
});

describe('vouchers', () => {
  it('sells a gift package with a code that a student redeems for themselves; its days start then', async () => {
    const gift = await catalogPackage(school, {
      sessions: 1,
      priceMinor: 16_000,
      validityDays: 365,
      gift: true,
      name: 'Kite discovery',
    });
    const buyer = school.customers[4]!;
    const sale = await sell({
      packageId: gift.id,
      buyerId: buyer.id,
      asGift: { recipientName: 'Ayşe', message: 'İyi rüzgarlar!' },
    });
    expect(sale.errors).toBeUndefined();
    const { customerPackage, voucher } = sale.data.sellPackage;
    expect(customerPackage).toMatchObject({
      status: 'AWAITING_REDEMPTION',
      holder: null,
      expiresAt: null,
      voucher: { id: voucher.id },
    });
    expect(voucher).toMatchObject({
      kind: 'GIFT_PACKAGE',
      status: 'ACTIVE',
      recipientName: 'Ayşe',
      message: 'İyi rüzgarlar!',
    });
    expect(voucher.code).toMatch(
      /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/,
    );
    // The buyer's record lists the gift while it waits.
    const buyerView = (await as(manager)(PACKAGES, { c: buyer.id })).data.customerPackages;
    expect(buyerView.map((p: Json) => p.id)).toContain(customerPackage.id);

    const typed = ` ${voucher.code.toLowerCase().replace(/-/g, ' ')} `;
    const res = await as(student)(REDEEM, { i: { code: typed } });
    expect(res.errors).toBeUndefined();
    const own = school.customers[0]!;
    expect(res.data.redeemVoucher).toMatchObject({
      id: voucher.id,
      status: 'REDEEMED',
      redeemedBy: { id: own.id },
      customerPackage: {
        status: 'ACTIVE',
        holder: { id: own.id },
        expiresAt: new Date(NOW.getTime() + 365 * DAY).toISOString(),
        remainingHours: 2,
      },
    });
    const mine = (await t.gql<Json>(MY_PACKAGES, {}, { token: student.token })).data.myPackages;
    expect(mine.map((p: Json) => p.id)).toContain(customerPackage.id);

    const again = await as(otherStudent)(REDEEM, { i: { code: voucher.code } });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VOUCHER_REDEEMED',
    });
  });

  it('lands a credit voucher in the redeemer’s wallet; staff redeem for any customer', async () => {
    const buyer = school.customers[5]!;
    const res = await as(manager)(ISSUE, {
      i: {
        locationId: school.location.id,
        amount: { amountMinor: 5_000, currency: 'EUR' },
        buyerId: buyer.id,
        method: 'CASH',
        idempotencyKey: randomUUID(),
        recipientName: 'Hans',
      },
    });
    expect(res.errors).toBeUndefined();
    const { voucher, payment } = res.data.issueVoucher;
    expect(payment).toMatchObject({
      kind: 'VOUCHER_SALE',
      amount: { amountMinor: 5_000, currency: 'EUR' },
    });
    expect(voucher).toMatchObject({
      kind: 'CREDIT',
      status: 'ACTIVE',
      amount: { amountMinor: 5_000, currency: 'EUR' },
    });
    const outstanding = await balanceAt(school.location.id, 'VOUCHERS_OUTSTANDING');
    expect(outstanding).toBeGreaterThanOrEqual(5_000);

    const receiver = school.customers[6]!;
    const redeemed = await as(manager)(REDEEM, {
      i: { code: voucher.code, customerId: receiver.id },
    });
    expect(redeemed.errors).toBeUndefined();
    expect((await as(manager)(WALLET, { c: receiver.id })).data.wallet.balances).toEqual([
      { amountMinor: 5_000, currency: 'EUR' },
    ]);
    expect(await balanceAt(school.location.id, 'VOUCHERS_OUTSTANDING')).toBe(outstanding - 5_000);
    const twice = await as(manager)(REDEEM, { i: { code: voucher.code, customerId: receiver.id } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VOUCHER_REDEEMED',
    });

    const listed = await as(manager)(
      `query($f: VoucherFilter) { vouchers(filter: $f) { totalCount edges { node { id status } } } }`,
      { f: { search: voucher.code.slice(0, 6), status: 'REDEEMED' } },
    );
    expect(listed.data.vouchers.edges.map((e: Json) => e.node)).toEqual([
      { id: voucher.id, status: 'REDEEMED' },
    ]);
  });

  it('answers unknown, expired and foreign redemptions with the right codes, writing nothing', async () => {
    const buyer = school.customers[5]!;
    const issue = async (expiresAt?: Date) =>
      (
        await as(manager)(ISSUE, {
          i: {
            locationId: school.location.id,
            amount: { amountMinor: 1_000, currency: 'EUR' },
            buyerId: buyer.id,
            method: 'CASH',
            idempotencyKey: randomUUID(),
            expiresAt: expiresAt?.toISOString(),
          },
        })
      ).data.issueVoucher.voucher;
    const soon = await issue(new Date(NOW.getTime() + DAY));
    await t.db
      .update(vouchersTable)
      .set({ expiresAt: new Date(NOW.getTime() - 1000) })
      .where(eq(vouchersTable.id, soon.id));
    const open = await issue();
    const before = await counts();

    const unknown = await as(otherStudent)(REDEEM, { i: { code: 'ZZZZ-ZZZZ-ZZZZ' } });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const garbage = await as(otherStudent)(REDEEM, { i: { code: 'hello' } });
    expect(garbage.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const expired = await as(otherStudent)(REDEEM, { i: { code: soon.code } });
    expect(expired.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VOUCHER_EXPIRED',
      fields: { code: expect.any(String) },
    });
    // A student cannot redeem for someone else's record, nor read their packages.
    const foreign = await as(otherStudent)(REDEEM, {
      i: { code: open.code, customerId: school.customers[0]!.id },
    });
    expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const peek = await as(otherStudent)(PACKAGES, { c: school.customers[0]!.id });
    expect(peek.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const byInstructor = await as(instructor)(REDEEM, { i: { code: open.code } });
    expect(byInstructor.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const noCustomer = await as(manager)(REDEEM, { i: { code: open.code } });
    expect(noCustomer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { customerId: expect.any(String) },
    });
    const badIssue = await as(manager)(ISSUE, {
      i: {
        locationId: school.location.id,
        amount: { amountMinor: 1_000, currency: 'TRY' },
        buyerId: buyer.id,
        method: 'CASH',
        idempotencyKey: randomUUID(),
      },
    });
    expect(badIssue.errors?.[0]?.extensions.fields).toHaveProperty(['amount.currency']);
    expect(await counts()).toEqual(before);

    // The expiry job recognises the unredeemed credit as breakage, once.
    const result = await expirePackages(t.app.deps, NOW);
    expect(result.vouchers).toBe(1);
    expect((await expirePackages(t.app.deps, NOW)).vouchers).toBe(0);
  });

  it('limits redemption attempts per user', async () => {
    const guesser = await t.signIn('STUDENT');
    await t.db.insert(customersTable).values({ name: 'Guesser', userId: guesser.userId });
    let last: Json = null;
    for (let i = 0; i < 21; i += 1)
      last = await as(guesser)(REDEEM, { i: { code: `AAAA-BBBB-${String(i).padStart(4, '0')}` } });
    expect(last.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
  });
});
