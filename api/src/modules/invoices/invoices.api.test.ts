import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { startTestApp, uniqueId, type SignedIn, type TestApp } from '../../test/harness.js';
import { seedTestSchool, type TestSchool } from '../../test/school.js';
import { eventually } from '../../test/wait.js';
import { auditLogTable } from '../audit/schema.js';
import { bookingParticipantsTable, bookingsTable } from '../bookings/schema.js';
import { customersTable } from '../customers/schema.js';
import { usersTable } from '../identity/schema.js';
import { locationsTable } from '../locations/schema.js';
import { dispatchMail } from '../mail/service.js';
import { mailOutboxTable } from '../mail/schema.js';
import { postJournal } from '../money/ledger.js';
import { paymentsTable, type PaymentKind, type PaymentRow } from '../payments/schema.js';
import { issueReceipt } from './issue.js';
import { displayNumberOf, locationPrefix } from './numbering.js';
import { invoicesTable } from './schema.js';

// The request clock: 11:00 in Akyaka (Europe/Istanbul) on 1 July 2026.
const clock = new Date('2026-07-01T08:00:00.000Z');

let t: TestApp;
let manager: SignedIn;
let instructor: SignedIn;
let studentA: SignedIn;
let studentB: SignedIn;
let school: TestSchool;
/** Student A's own record (Turkish account), B's, and a dependent of A without an address. */
let ownA: string;
let ownB: string;
let child: string;

const INVOICE_FIELDS = `id kind number displayNumber issuedAt locale sentAt isRefund customerName
  paymentMethod pdfUrl customer { id name } booking { id } location { id }
  total { amountMinor currency formatted } net { amountMinor } tax { amountMinor }
  lines { description quantity unitPrice { amountMinor } net { amountMinor } tax { amountMinor }
    total { amountMinor } }`;
const ISSUE = `mutation($i: IssueInvoiceInput!) { issueInvoice(input: $i) { ${INVOICE_FIELDS} } }`;
const RESEND = `mutation($id: ID!, $to: String) { resendInvoice(id: $id, to: $to) { id sentAt } }`;
const INVOICES = `query($f: InvoiceFilter, $first: Int, $after: String) {
  invoices(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id number kind displayNumber } }
  }
}`;
const MINE = `query($f: InvoiceFilter, $first: Int) {
  myInvoices(filter: $f, first: $first) { totalCount edges { node { id displayNumber customer { id } } } }
}`;

interface InvoiceResult {
  id: string;
  kind: string;
  number: number;
  displayNumber: string;
  sentAt: string | null;
  isRefund: boolean;
  customerName: string;
  pdfUrl: string;
  customer: { id: string };
  booking: { id: string } | null;
  total: { amountMinor: number; currency: string; formatted: string };
  net: { amountMinor: number };
  tax: { amountMinor: number };
  lines: Array<{
    description: string;
    quantity: number;
    unitPrice: { amountMinor: number };
    net: { amountMinor: number };
    tax: { amountMinor: number };
    total: { amountMinor: number };
  }>;
}

const serviceContext = (tx: Tx): ServiceContext => ({
  deps: t.app.deps,
  db: tx,
  viewer: { userId: manager.userId, role: 'MANAGER', locale: 'en', sessionId: 'test' },
  apiKey: null,
  requestId: `test-${uniqueId()}`,
  ip: null,
  log: t.app.deps.log,
  now: () => clock,
});

/**
 * A payment as the payments service records one: a balanced journal entry and the payment row,
 * then its receipt, in one transaction; `fail` throws after the receipt (the transaction rolls
 * back, as an error in the middle of a payment does).
 */
async function pay(options: {
  customerId: string;
  amountMinor: number;
  kind?: PaymentKind;
  bookingId?: string | null;
  refundOfId?: string | null;
  method?: PaymentRow['method'];
  locationId?: string;
  fail?: boolean;
}) {
  const kind = options.kind ?? 'PAYMENT';
  const locationId = options.locationId ?? school.location.id;
  const sign = kind === 'REFUND' ? -1 : 1;
  const result = await withTransaction(t.db, async (tx) => {
    const entry = await postJournal(tx, {
      locationId,
      kind: kind === 'REFUND' ? 'REFUND' : 'PAYMENT',
      occurredAt: clock,
      customerId: options.customerId,
      lines: [
        { account: 'CASH', amountMinor: sign * options.amountMinor, currency: 'EUR' },
        {
          account: 'RECEIVABLES',
          amountMinor: -sign * options.amountMinor,
          currency: 'EUR',
          customerId: options.customerId,
          bookingId: options.bookingId ?? null,
        },
      ],
    });
    const [payment] = await tx
      .insert(paymentsTable)
      .values({
        locationId,
        customerId: options.customerId,
        bookingId: options.bookingId ?? null,
        kind,
        method: options.method ?? 'CASH',
        amountMinor: options.amountMinor,
        currency: 'EUR',
        idempotencyKey: `test-${uniqueId()}`,
        requestHash: 'test',
        refundOfId: options.refundOfId ?? null,
        journalId: entry.id,
        createdBy: manager.userId,
        createdAt: clock,
      })
      .returning();
    const issued = await issueReceipt(serviceContext(tx), tx, payment!);
    if (options.fail) throw new Error('injected failure after the receipt');
    return { payment: payment!, ...issued };
  });
  if (result.mailId) await dispatchMail(serviceContext(t.db as never), result.mailId);
  return result;
}

/** A completed booking of `service` with `participants`, written straight to the database. */
async function booking(
  participants: string[],
  options: {
    priceMinor?: number;
    status?: 'COMPLETED' | 'CANCELLED';
    locationId?: string;
    serviceId?: string;
  } = {},
) {
  const service = school.services.groupKite;
  const [row] = await t.db
    .insert(bookingsTable)
    .values({
      locationId: options.locationId ?? school.location.id,
      serviceId: options.serviceId ?? service.id,
      status: options.status ?? 'COMPLETED',
      startsAt: new Date('2026-06-30T11:00:00Z'),
      endsAt: new Date('2026-06-30T14:00:00Z'),
      unitPriceMinor: service.priceMinor,
      priceMinor: options.priceMinor ?? service.priceMinor * participants.length,
      currency: 'EUR',
    })
    .returning();
  await t.db.insert(bookingParticipantsTable).values(
    // Joined one after another: the first takes the largest share of an uneven price.
    participants.map((customerId, i) => ({
      bookingId: row!.id,
      customerId,
      createdAt: new Date(clock.getTime() - 3_600_000 + i * 1000),
    })),
  );
  return row!;
}

const issue = (i: Record<string, unknown>, token = manager.token) =>
  t.gql<{ issueInvoice: InvoiceResult }>(ISSUE, { i }, { token });

const get = (p: string, token?: string) =>
  fetch(`${t.url}${p}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

async function pdfText(data: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data, disableFontFace: true, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n');
}

const documentCount = async () =>
  (await t.db.select({ n: sql<number>`count(*)::int` }).from(invoicesTable))[0]!.n;

beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
  [manager, instructor, studentA, studentB] = await Promise.all([
    t.signIn('MANAGER'),
    t.signIn('INSTRUCTOR'),
    t.signIn('STUDENT'),
    t.signIn('STUDENT'),
  ]);
  await t.db.update(usersTable).set({ locale: 'tr' }).where(eq(usersTable.id, studentA.userId));
  school = await seedTestSchool(t.db, {
    name: 'Akyaka Kite Center',
    timezone: 'Europe/Istanbul',
    userIds: [studentA.userId, studentB.userId],
  });
  await t.db
    .update(locationsTable)
    .set({ address: 'Akyaka, Muğla', phone: '+90 252 000 00 00', email: 'akyaka@example.test' })
    .where(eq(locationsTable.id, school.location.id));
  ownA = school.customers[0]!.id;
  ownB = school.customers[1]!.id;
  await t.db
    .update(customersTable)
    .set({ name: 'Ayşe Işık', phone: '+90 532 111 22 33' })
    .where(eq(customersTable.id, ownA));
  const [kid] = await t.db
    .insert(customersTable)
    .values({ name: 'Deniz Işık', guardianId: ownA })
    .returning();
  child = kid!.id;
});
afterAll(() => t?.stop());

describe('numbers', () => {
  it('prints a location prefix, the series letter, the year on the location clock and six digits', () => {
    expect(locationPrefix('Akyaka Kite Center')).toBe('AKY');
    expect(locationPrefix('Tarifa Kite & Wing')).toBe('TAR');
    expect(locationPrefix('İzmir')).toBe('IZM');
    expect(locationPrefix('Çeşme')).toBe('CES');
    expect(locationPrefix('Şile')).toBe('SIL');
    expect(locationPrefix('Ko Tao')).toBe('KOT');
    expect(locationPrefix('Москва')).toBe('LOC');
    const at = new Date('2026-12-31T22:30:00Z'); // already 2027 in Istanbul
    expect(
      displayNumberOf({
        locationName: 'Akyaka',
        kind: 'RECEIPT',
        number: 42,
        issuedAt: at,
        timezone: 'Europe/Istanbul',
      }),
    ).toBe('AKY-R-2027-000042');
    expect(
      displayNumberOf({
        locationName: 'Tarifa',
        kind: 'INVOICE',
        number: 7,
        issuedAt: at,
        timezone: 'Europe/Madrid',
      }),
    ).toBe('TAR-F-2026-000007');
  });
});

describe('receipts of payments', () => {
  it('issues a numbered receipt in the customer language with frozen parties, a stored PDF and a mail with it attached', async () => {
    const lesson = await booking([ownA], { priceMinor: 12_000 });
    const { invoice, mailId } = await pay({
      customerId: ownA,
      amountMinor: 12_000,
      bookingId: lesson.id,
      method: 'CARD',
    });
    expect(invoice.kind).toBe('RECEIPT');
    expect(invoice.number).toBe(1);
    expect(invoice.displayNumber).toBe('AKY-R-2026-000001');
    expect(invoice.locale).toBe('tr');
    expect(invoice.totalMinor).toBe(12_000);
    // The booking's tax held in the amount, at the location's 20 %.
    expect(invoice.taxMinor).toBe(2_000);
    expect(invoice.netMinor).toBe(10_000);
    expect(invoice.lines).toHaveLength(1);
    expect(invoice.lines[0]!.description).toContain('Group kite course day');
    expect(invoice.lines[0]!.description).toContain('ödemesi');
    expect(invoice.parties).toMatchObject({
      seller: {
        name: 'Akyaka Kite Center',
        address: 'Akyaka, Muğla',
        email: 'akyaka@example.test',
      },
      buyer: { name: 'Ayşe Işık', phone: '+90 532 111 22 33' },
      taxRateBasisPoints: 2000,
      taxInclusive: true,
      timezone: 'Europe/Istanbul',
      method: 'CARD',
    });
    expect(invoice.sentAt).not.toBeNull();

    expect(mailId).not.toBeNull();
    const [mail] = await t.db.select().from(mailOutboxTable).where(eq(mailOutboxTable.id, mailId!));
    expect(mail!.template).toBe('receipt');
    expect(mail!.to).toBe(school.customers[0]!.email);
    expect(mail!.subject).toContain('AKY-R-2026-000001');
    expect(mail!.subject).toContain('makbuzu');
    expect(mail!.attachments).toEqual([
      {
        filename: 'AKY-R-2026-000001.pdf',
        contentType: 'application/pdf',
        fileKey: `invoices/${invoice.id}`,
      },
    ]);
    // Delivered (embedded mode: an .eml in the outbox folder) with the PDF inside.
    expect(
      await eventually(async () => {
        const [row] = await t.db
          .select()
          .from(mailOutboxTable)
          .where(eq(mailOutboxTable.id, mailId!));
        return row!.status === 'SENT';
      }),
    ).toBe(true);
    const dir = path.join(t.config.filesDir, 'outbox');
    const file = (await readdir(dir)).find((f) => f.includes(mailId!));
    const eml = await readFile(path.join(dir, file!), 'utf8');
    expect(eml).toMatch(/Content-Type: application\/pdf; name=AKY-R-2026-000001\.pdf/);
    expect(eml).toMatch(/Content-Disposition: attachment; filename=AKY-R-2026-000001\.pdf/);
    const base64 = eml.split(/filename=AKY-R-2026-000001\.pdf\r?\n\r?\n/)[1]!.split(/\r?\n--/)[0]!;
    expect(Buffer.from(base64.replace(/\s/g, ''), 'base64').subarray(0, 5).toString()).toBe(
      '%PDF-',
    );
  });

  it('gives back the receipt a payment has already, with no second mail', async () => {
    const { payment, invoice } = await pay({ customerId: ownB, amountMinor: 500, kind: 'TOP_UP' });
    const again = await withTransaction(t.db, (tx) =>
      issueReceipt(serviceContext(tx), tx, payment),
    );
    expect(again.invoice.id).toBe(invoice.id);
    expect(again.mailId).toBeNull();
    expect(invoice.taxMinor).toBe(0);
    expect(invoice.locale).toBe('en');
    expect(invoice.lines[0]!.description).toBe('Wallet top-up');
  });

  it('issues a refund receipt with negative amounts naming the receipt it gives back', async () => {
    const lesson = await booking([ownB], { priceMinor: 6_000 });
    const original = await pay({ customerId: ownB, amountMinor: 6_000, bookingId: lesson.id });
    const { invoice, mailId } = await pay({
      customerId: ownB,
      amountMinor: 2_400,
      kind: 'REFUND',
      refundOfId: original.payment.id,
      bookingId: lesson.id,
    });
    expect(invoice.kind).toBe('RECEIPT');
    expect(invoice.number).toBe(original.invoice.number + 1);
    expect(invoice.totalMinor).toBe(-2_400);
    expect(invoice.taxMinor).toBe(-400);
    expect(invoice.netMinor).toBe(-2_000);
    expect(invoice.lines[0]!.description).toContain(`Refund — Payment for Group kite course day`);
    expect(invoice.lines[0]!.description).toContain(original.invoice.displayNumber);
    const [mail] = await t.db.select().from(mailOutboxTable).where(eq(mailOutboxTable.id, mailId!));
    expect(mail!.subject).toContain('Refund receipt');
    expect(mail!.text).toContain('€24.00');

    const res = await get(`/invoices/${invoice.id}.pdf`, studentB.token);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('Refund receipt');
    expect(text).toContain('-€24.00');
    expect(text).toContain('Total refunded');
  });

  it('a customer without an address gets a receipt but no mail', async () => {
    const { invoice, mailId } = await pay({ customerId: child, amountMinor: 3_000 });
    expect(mailId).toBeNull();
    expect(invoice.sentAt).toBeNull();
    // A dependent reads in the guardian's language.
    expect(invoice.locale).toBe('tr');
    expect(invoice.lines[0]!.description).toBe('Hesaba ödeme');
  });

  it('shows each payment its receipt (Payment.receipt)', async () => {
    const { payment, invoice } = await pay({ customerId: ownB, amountMinor: 1_500 });
    const res = await t.gql<{
      payments: {
        edges: Array<{
          node: { id: string; receipt: { id: string; displayNumber: string } | null };
        }>;
      };
    }>(
      `query($f: PaymentFilter) { payments(filter: $f, first: 200) {
        edges { node { id receipt { id displayNumber } } } } }`,
      { f: { customerId: ownB } },
      { token: manager.token },
    );
    expect(res.errors).toBeUndefined();
    const node = res.data!.payments.edges.find((e) => e.node.id === payment.id)!.node;
    expect(node.receipt).toEqual({ id: invoice.id, displayNumber: invoice.displayNumber });
    expect(res.data!.payments.edges.every((e) => e.node.receipt !== null)).toBe(true);
  });

  it('is issued by the payments service for a payment recorded through the API', async () => {
    const res = await t.gql<{
      recordPayment: {
        id: string;
        receipt: { displayNumber: string; kind: string; total: { amountMinor: number } } | null;
      };
    }>(
      `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) {
        id receipt { displayNumber kind total { amountMinor } } } }`,
      {
        i: {
          customerId: ownB,
          locationId: school.location.id,
          amount: { amountMinor: 1_250, currency: 'EUR' },
          method: 'CASH',
          idempotencyKey: `receipt-${uniqueId()}`,
        },
      },
      { token: manager.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordPayment.receipt).toMatchObject({
      kind: 'RECEIPT',
      total: { amountMinor: 1_250 },
    });
    expect(res.data!.recordPayment.receipt!.displayNumber).toMatch(/^AKY-R-2026-\d{6}$/);
  });
});

describe('numbering under concurrency', () => {
  it('30 receipts and 10 invoices issued at once, a third of the payments rolled back, take 1..n with no gaps', async () => {
    const [location] = await t.db
      .insert(locationsTable)
      .values({ name: 'Race Bay', timezone: 'Europe/Madrid', currency: 'EUR' })
      .returning();
    const [service] = await t.db
      .insert((await import('../catalog/schema.js')).servicesTable)
      .values({
        locationId: location!.id,
        name: 'Race lesson',
        kind: 'LESSON',
        discipline: 'KITE',
        lessonFormat: 'PRIVATE',
        durationMinutes: 60,
        capacity: 1,
        priceMinor: 5_000,
        currency: 'EUR',
      })
      .returning();
    const racers = await t.db
      .insert(customersTable)
      .values(
        Array.from({ length: 10 }, (_, i) => ({
          name: `Racer ${i + 1}`,
          email: `racer${i}-${uniqueId()}@test.plannivo.test`,
        })),
      )
      .returning();
    const bookings = await Promise.all(
      racers.map((r) =>
        booking([r.id], { locationId: location!.id, serviceId: service!.id, priceMinor: 5_000 }),
      ),
    );
    const failing = (i: number) => i % 3 === 1;
    const receipts = Array.from({ length: 30 }, (_, i) =>
      pay({
        customerId: racers[i % racers.length]!.id,
        amountMinor: 100 + i,
        locationId: location!.id,
        fail: failing(i),
      }).then(
        () => 'ok',
        (error: Error) => error.message,
      ),
    );
    const invoices = bookings.map((b) => issue({ bookingId: b.id }));
    const [receiptOutcomes, invoiceResults] = await Promise.all([
      Promise.all(receipts),
      Promise.all(invoices),
    ]);
    expect(receiptOutcomes.filter((o) => o === 'ok')).toHaveLength(20);
    expect(receiptOutcomes.filter((o) => o !== 'ok').every((o) => o.includes('injected'))).toBe(
      true,
    );
    expect(invoiceResults.map((r) => r.errors)).toEqual(invoiceResults.map(() => undefined));

    const numbers = async (kind: 'RECEIPT' | 'INVOICE') =>
      await t.db
        .select({ number: invoicesTable.number, displayNumber: invoicesTable.displayNumber })
        .from(invoicesTable)
        .where(and(eq(invoicesTable.locationId, location!.id), eq(invoicesTable.kind, kind)))
        .orderBy(asc(invoicesTable.number));
    const r = await numbers('RECEIPT');
    expect(r.map((x) => x.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(r.at(-1)!.displayNumber).toBe('RAC-R-2026-000020');
    const f = await numbers('INVOICE');
    expect(f.map((x) => x.number)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    // Rolled-back payments left no payment and no receipt behind.
    const [paid] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(paymentsTable)
      .where(eq(paymentsTable.locationId, location!.id));
    expect(paid!.n).toBe(20);
  });
});

describe('tax invoices for bookings', () => {
  it('invoices a booking under the location tax rule, audited and mailed; a second one is a CONFLICT', async () => {
    const lesson = await booking([ownB], { priceMinor: 16_000 });
    const res = await issue({ bookingId: lesson.id });
    expect(res.errors).toBeUndefined();
    const inv = res.data!.issueInvoice;
    expect(inv.kind).toBe('INVOICE');
    expect(inv.displayNumber).toMatch(/^AKY-F-2026-\d{6}$/);
    expect(inv.customer.id).toBe(ownB);
    expect(inv.booking!.id).toBe(lesson.id);
    expect(inv.total).toMatchObject({ amountMinor: 16_000, currency: 'EUR', formatted: '€160.00' });
    expect(inv.net.amountMinor).toBe(13_333);
    expect(inv.tax.amountMinor).toBe(2_667);
    expect(inv.lines).toEqual([
      {
        description: expect.stringContaining('Group kite course day') as string,
        quantity: 1,
        unitPrice: { amountMinor: 16_000 },
        net: { amountMinor: 13_333 },
        tax: { amountMinor: 2_667 },
        total: { amountMinor: 16_000 },
      },
    ]);
    expect(inv.sentAt).not.toBeNull();
    expect(inv.pdfUrl).toBe(`/invoices/${inv.id}.pdf`);
    const audit = await t.db
      .select()
      .from(auditLogTable)
      .where(and(eq(auditLogTable.action, 'invoice.issued'), eq(auditLogTable.entityId, inv.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(manager.userId);
    const [mail] = await t.db
      .select()
      .from(mailOutboxTable)
      .where(
        and(
          eq(mailOutboxTable.template, 'invoice'),
          sql`${mailOutboxTable.subject} like ${'%' + inv.displayNumber + '%'}`,
        ),
      );
    expect(mail!.attachments[0]!.fileKey).toBe(`invoices/${inv.id}`);

    const before = await documentCount();
    const again = await issue({ bookingId: lesson.id, customerId: ownB });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVOICE_EXISTS',
      displayNumber: inv.displayNumber,
    });
    expect(await documentCount()).toBe(before);
  });

  it('adds the tax to exclusive prices, and a guardian pays the shares of the dependents', async () => {
    const [bay] = await t.db
      .insert(locationsTable)
      .values({
        name: 'Exclusive Bay',
        timezone: 'Europe/Madrid',
        currency: 'EUR',
        taxInclusive: false,
        taxRateBasisPoints: 2100,
      })
      .returning();
    // Three in a group of 10 000 in all: shares 3 334, 3 333, 3 333.
    const group = await booking([ownA, child, ownB], { priceMinor: 10_000, locationId: bay!.id });
    const many = await issue({ bookingId: group.id });
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((many.errors![0]!.extensions.fields as Record<string, string>).customerId).toContain(
      '3 participants',
    );

    const family = await issue({ bookingId: group.id, customerId: ownA });
    expect(family.errors).toBeUndefined();
    const inv = family.data!.issueInvoice;
    expect(inv.displayNumber).toBe('EXC-F-2026-000001');
    expect(inv.lines[0]!.quantity).toBe(2);
    expect(inv.lines[0]!.description).toContain('Ayşe Işık, Deniz Işık');
    expect(inv.net.amountMinor).toBe(6_667);
    expect(inv.tax.amountMinor).toBe(1_400);
    expect(inv.total.amountMinor).toBe(8_067);
    // Turkish, as Ayşe's account reads.
    const res = await get(`/invoices/${inv.id}.pdf`, studentA.token);
    expect(res.status).toBe(200);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('Fatura');
    expect(text).toContain('EXC-F-2026-000001');
    expect(text).toContain('KDV fiyatlara eklenir.');
    expect(text).toContain('Ayşe Işık');

    const other = await issue({ bookingId: group.id, customerId: ownB });
    expect(other.data!.issueInvoice.displayNumber).toBe('EXC-F-2026-000002');
    expect(other.data!.issueInvoice.total.amountMinor).toBe(Math.round(3_333 * 1.21));
  });

  it('refuses bad input, unknown bookings and callers other than management, writing nothing', async () => {
    const before = await documentCount();
    const cancelled = await booking([ownB], { status: 'CANCELLED' });
    const free = await booking([ownB], { priceMinor: 0 });
    const lesson = await booking([ownB]);
    const code = async (i: Record<string, unknown>, token?: string) => {
      const res = await issue(i, token);
      return { code: res.errors?.[0]?.extensions.code, fields: res.errors?.[0]?.extensions.fields };
    };
    expect(await code({ bookingId: cancelled.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { bookingId: expect.any(String) as string },
    });
    expect(await code({ bookingId: free.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { bookingId: expect.any(String) as string },
    });
    expect(await code({ bookingId: lesson.id, customerId: 'nope' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { customerId: 'is not a customer' },
    });
    expect(await code({ bookingId: lesson.id, customerId: ownA })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { customerId: expect.stringContaining('takes no part') as string },
    });
    expect(
      await code({ bookingId: lesson.id, customerId: '00000000-0000-4000-8000-000000000000' }),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await code({ bookingId: '00000000-0000-4000-8000-000000000000' })).code).toBe(
      'NOT_FOUND',
    );
    expect((await code({ bookingId: 'not-an-id' })).code).toBe('NOT_FOUND');
    expect((await code({ bookingId: lesson.id }, instructor.token)).code).toBe('FORBIDDEN');
    expect((await code({ bookingId: lesson.id }, studentB.token)).code).toBe('FORBIDDEN');
    expect((await code({ bookingId: lesson.id }, '')).code).toBe('UNAUTHENTICATED');
    expect(await documentCount()).toBe(before);
  });
});

describe('PDF route and lists', () => {
  let receiptId: string;
  let displayNumber: string;
  beforeAll(async () => {
    const { invoice } = await pay({
      customerId: ownA,
      amountMinor: 4_500,
      method: 'BANK_TRANSFER',
    });
    receiptId = invoice.id;
    displayNumber = invoice.displayNumber;
  });

  it('serves the PDF to its owner and management; another student 404, anonymous 401', async () => {
    const own = await get(`/invoices/${receiptId}.pdf`, studentA.token);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect(own.headers.get('content-disposition')).toBe(`inline; filename="${displayNumber}.pdf"`);
    const bytes = new Uint8Array(await own.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Makbuz');
    expect(text).toContain(displayNumber);
    expect(text).toContain('Akyaka Kite Center');
    expect(text).toContain('Ayşe Işık');
    expect(text).toContain('Havale/EFT');
    expect(text).toContain('Hesaba ödeme');
    expect(text).toContain('Europe/Istanbul');
    expect(text).toContain('fatura yerine geçmez');

    expect((await get(`/invoices/${receiptId}.pdf`, manager.token)).status).toBe(200);
    const download = await get(`/invoices/${receiptId}.pdf?download=1`, manager.token);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="${displayNumber}.pdf"`,
    );
    expect((await get(`/invoices/${receiptId}.pdf`, studentB.token)).status).toBe(404);
    expect((await get(`/invoices/${receiptId}.pdf`, instructor.token)).status).toBe(404);
    expect((await get(`/invoices/${receiptId}.pdf`)).status).toBe(401);
    expect(
      (await get(`/invoices/00000000-0000-4000-8000-000000000000.pdf`, manager.token)).status,
    ).toBe(404);
    expect((await get(`/invoices/${receiptId}`, manager.token)).status).toBe(404);
  });

  it('renders the PDF again from the frozen content when the file store lost it', async () => {
    await t.app.deps.platform.files.delete(`invoices/${receiptId}`);
    const res = await get(`/invoices/${receiptId}.pdf`, studentA.token);
    expect(res.status).toBe(200);
    expect(await pdfText(new Uint8Array(await res.arrayBuffer()))).toContain(displayNumber);
    expect(await t.app.deps.platform.files.stat(`invoices/${receiptId}`)).not.toBeNull();
  });

  it('lists documents for management with filters and pages; students their own and their dependents', async () => {
    const all = await t.gql<{ invoices: { totalCount: number } }>(
      INVOICES,
      { f: { locationId: school.location.id }, first: 200 },
      { token: manager.token },
    );
    const receipts = await t.gql<{
      invoices: { totalCount: number; edges: Array<{ node: { kind: string } }> };
    }>(
      INVOICES,
      { f: { locationId: school.location.id, kind: 'RECEIPT' }, first: 200 },
      { token: manager.token },
    );
    expect(receipts.data!.invoices.edges.every((e) => e.node.kind === 'RECEIPT')).toBe(true);
    expect(receipts.data!.invoices.totalCount).toBeLessThan(all.data!.invoices.totalCount);
    const found = await t.gql<{ invoices: { edges: Array<{ node: { id: string } }> } }>(
      INVOICES,
      { f: { search: displayNumber.toLowerCase() } },
      { token: manager.token },
    );
    expect(found.data!.invoices.edges.map((e) => e.node.id)).toEqual([receiptId]);
    const byName = await t.gql<{ invoices: { totalCount: number } }>(
      INVOICES,
      { f: { search: 'ayşe', customerId: ownA } },
      { token: manager.token },
    );
    expect(byName.data!.invoices.totalCount).toBeGreaterThan(0);
    const later = await t.gql<{ invoices: { totalCount: number } }>(
      INVOICES,
      { f: { from: new Date(clock.getTime() + 1000).toISOString() } },
      { token: manager.token },
    );
    expect(later.data!.invoices.totalCount).toBe(0);

    // Pages of 2 walk every document once.
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i += 1) {
      const page: Awaited<
        ReturnType<
          typeof t.gql<{
            invoices: {
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: Array<{ node: { id: string } }>;
            };
          }>
        >
      > = await t.gql(
        INVOICES,
        { f: { locationId: school.location.id }, first: 2, after },
        { token: manager.token },
      );
      seen.push(...page.data!.invoices.edges.map((e) => e.node.id));
      if (!page.data!.invoices.pageInfo.hasNextPage) break;
      after = page.data!.invoices.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(all.data!.invoices.totalCount);
    expect(seen).toHaveLength(all.data!.invoices.totalCount);

    const bad = await t.gql(
      INVOICES,
      { f: { customerId: 'x', from: clock.toISOString(), to: clock.toISOString() } },
      { token: manager.token },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'filter.customerId': 'is not an id', 'filter.to': 'must be after from' },
    });
    const foreign = await t.gql(INVOICES, { after: 'bm90IGEgY3Vyc29y' }, { token: manager.token });
    expect(foreign.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const mineA = await t.gql<{
      myInvoices: { totalCount: number; edges: Array<{ node: { customer: { id: string } } }> };
    }>(MINE, { first: 200 }, { token: studentA.token });
    const customers = new Set(mineA.data!.myInvoices.edges.map((e) => e.node.customer.id));
    expect(customers).toEqual(new Set([ownA, child]));
    const mineB = await t.gql<{
      myInvoices: { edges: Array<{ node: { id: string; customer: { id: string } } }> };
    }>(MINE, { first: 200 }, { token: studentB.token });
    expect(mineB.data!.myInvoices.edges.every((e) => e.node.customer.id === ownB)).toBe(true);
    expect(mineB.data!.myInvoices.edges.map((e) => e.node.id)).not.toContain(receiptId);
    const one = (token: string) =>
      t.gql<{ invoice: { id: string } | null }>(
        'query($id: ID!) { invoice(id: $id) { id } }',
        { id: receiptId },
        { token },
      );
    expect((await one(studentA.token)).data!.invoice?.id).toBe(receiptId);
    expect((await one(studentB.token)).data!.invoice).toBeNull();
    expect((await one(instructor.token)).data!.invoice).toBeNull();
    expect(
      (await t.gql(INVOICES, {}, { token: studentA.token })).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql(MINE, {})).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('resends a document with its PDF, to the customer or another address; none without an address', async () => {
    const res = await t.gql<{ resendInvoice: { id: string; sentAt: string } }>(
      RESEND,
      { id: receiptId, to: 'accountant@example.test' },
      { token: manager.token },
    );
    expect(res.errors).toBeUndefined();
    const [mail] = await t.db
      .select()
      .from(mailOutboxTable)
      .where(eq(mailOutboxTable.to, 'accountant@example.test'));
    expect(mail!.attachments).toEqual([
      {
        filename: `${displayNumber}.pdf`,
        contentType: 'application/pdf',
        fileKey: `invoices/${receiptId}`,
      },
    ]);
    expect(mail!.subject).toContain(displayNumber);
    expect(
      await t.db
        .select()
        .from(auditLogTable)
        .where(
          and(eq(auditLogTable.action, 'invoice.resent'), eq(auditLogTable.entityId, receiptId)),
        ),
    ).toHaveLength(1);

    const { invoice } = await pay({ customerId: child, amountMinor: 700 });
    const none = await t.gql(RESEND, { id: invoice.id }, { token: manager.token });
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_EMAIL',
    });
    expect(
      (await t.gql(RESEND, { id: invoice.id, to: 'not an address' }, { token: manager.token }))
        .errors?.[0]?.extensions.code,
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await t.gql(
          RESEND,
          { id: '00000000-0000-4000-8000-000000000000' },
          { token: manager.token },
        )
      ).errors?.[0]?.extensions.code,
    ).toBe('NOT_FOUND');
    expect(
      (await t.gql(RESEND, { id: receiptId }, { token: studentA.token })).errors?.[0]?.extensions
        .code,
    ).toBe('FORBIDDEN');
  });
});
