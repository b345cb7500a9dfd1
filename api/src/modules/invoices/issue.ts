import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { rowsOf, type Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { bookingInScope } from '../bookings/scope.js';
import { bookingParticipantsTable, bookingsTable } from '../bookings/schema.js';
import { servicesTable } from '../catalog/schema.js';
import { customersTable, type CustomerRow } from '../customers/schema.js';
import { locationsTable, type LocationRow } from '../locations/schema.js';
import { dispatchMail, queueMail } from '../mail/service.js';
import { shares, splitTax } from '../money/accounts.js';
import { formatMoney } from '../money/format.js';
import { journalLinesTable } from '../money/schema.js';
import { customerPackagesTable } from '../packages/schema.js';
import { paymentsTable, type PaymentRow } from '../payments/schema.js';
import { displayNumberOf, nextDocumentNumber } from './numbering.js';
import {
  documentLanguage,
  localTime,
  pdfFileName,
  renderInvoicePdf,
  type DocumentLanguage,
} from './pdf.js';
import {
  invoicesTable,
  type InvoiceKind,
  type InvoiceLine,
  type InvoiceParties,
  type InvoiceRow,
} from './schema.js';

/**
 * Issuing invoices and receipts. Every document is numbered per location and kind without
 * gaps (numbering.ts), freezes what it says (lines, seller, buyer, tax rule, time zone,
 * method) so later edits of a location or a customer change no issued document, is rendered
 * to PDF once and kept in the file store under `invoices/<id>`, and is mailed to the customer
 * through the outbox with the PDF attached.
 *
 * Lock order: a document's audit row is written before the number lock is taken, so the
 * number lock is always the last lock of its transaction. Whatever a caller did before
 * (posting a journal, auditing a payment), it cannot deadlock against another desk issuing.
 * A file stored for a document whose transaction then rolls back stays unreachable under an
 * id no row has; it does no harm.
 */

/** Where a document's PDF lives in the file store. */
export const invoiceFileKey = (id: string) => `invoices/${id}`;

const WORDS = {
  en: {
    paymentFor: (what: string) => `Payment for ${what}`,
    onAccount: 'Payment on account',
    topUp: 'Wallet top-up',
    package: (name: string) => `Package: ${name}`,
    voucher: 'Gift voucher',
    refundOf: (what: string) => `Refund — ${what}`,
    receiptNo: (n: string) => `receipt ${n}`,
    participants: (names: string) => ` (${names})`,
  },
  tr: {
    paymentFor: (what: string) => `${what} ödemesi`,
    onAccount: 'Hesaba ödeme',
    topUp: 'Cüzdan yüklemesi',
    package: (name: string) => `Paket: ${name}`,
    voucher: 'Hediye çeki',
    refundOf: (what: string) => `İade — ${what}`,
    receiptNo: (n: string) => `makbuz ${n}`,
    participants: (names: string) => ` (${names})`,
  },
} as const satisfies Record<DocumentLanguage, unknown>;

/**
 * The language of a customer's documents: their account's, else their guardian's account's
 * (a child's receipt goes to a family that reads one language), else the location's — Turkish
 * for a location on Istanbul time, English elsewhere.
 */
async function languageOf(
  tx: Tx,
  customer: CustomerRow,
  location: LocationRow,
): Promise<DocumentLanguage> {
  const result = await tx.execute<{ locale: string }>(sql`
    select u.locale from customers c
      left join customers g on g.id = c.guardian_id
      join users u on u.id = coalesce(c.user_id, g.user_id)
    where c.id = ${customer.id}`);
  const locale = rowsOf<{ locale: string }>(result)[0]?.locale;
  if (locale) return documentLanguage(locale);
  return location.timezone === 'Europe/Istanbul' ? 'tr' : 'en';
}

function partiesOf(
  location: LocationRow,
  customer: CustomerRow,
  method: string | null,
): InvoiceParties {
  return {
    seller: {
      name: location.name,
      address: location.address,
      phone: location.phone,
      email: location.email,
    },
    buyer: { name: customer.name, email: customer.email, phone: customer.phone },
    taxRateBasisPoints: location.taxRateBasisPoints,
    taxInclusive: location.taxInclusive,
    timezone: location.timezone,
    method,
  };
}

async function locationRow(tx: Tx, id: string) {
  const [row] = await tx.select().from(locationsTable).where(eq(locationsTable.id, id));
  if (!row) throw notFound('Location');
  return row;
}

async function customerRow(tx: Tx, id: string) {
  const [row] = await tx.select().from(customersTable).where(eq(customersTable.id, id));
  if (!row) throw notFound('Customer');
  return row;
}

/** `Discovery kite lesson, 1 Jul 2026, 10:00` on the location's clock. */
async function bookingTitle(tx: Tx, bookingId: string, timezone: string, lang: DocumentLanguage) {
  const [row] = await tx
    .select({ startsAt: bookingsTable.startsAt, service: servicesTable.name })
    .from(bookingsTable)
    .innerJoin(servicesTable, eq(servicesTable.id, bookingsTable.serviceId))
    .where(eq(bookingsTable.id, bookingId));
  return row ? `${row.service}, ${localTime(row.startsAt, timezone, lang)}` : null;
}

/** What a payment row was for, in the document's language (a refund says what it gives back). */
async function paymentDescription(
  tx: Tx,
  payment: PaymentRow,
  timezone: string,
  lang: DocumentLanguage,
): Promise<string> {
  const w = WORDS[lang];
  switch (payment.kind) {
    case 'PAYMENT': {
      const title = payment.bookingId
        ? await bookingTitle(tx, payment.bookingId, timezone, lang)
        : null;
      return title ? w.paymentFor(title) : w.onAccount;
    }
    case 'TOP_UP':
      return w.topUp;
    case 'PACKAGE_SALE': {
      const [pkg] = payment.customerPackageId
        ? await tx
            .select({ name: customerPackagesTable.name })
            .from(customerPackagesTable)
            .where(eq(customerPackagesTable.id, payment.customerPackageId))
        : [];
      return pkg ? w.package(pkg.name) : w.package('—');
    }
    case 'VOUCHER_SALE':
      return w.voucher;
    case 'REFUND': {
      const [original] = payment.refundOfId
        ? await tx.select().from(paymentsTable).where(eq(paymentsTable.id, payment.refundOfId))
        : [];
      if (!original) return w.refundOf(w.onAccount);
      const [receipt] = await tx
        .select({ displayNumber: invoicesTable.displayNumber })
        .from(invoicesTable)
        .where(and(eq(invoicesTable.paymentId, original.id), eq(invoicesTable.kind, 'RECEIPT')));
      const what = await paymentDescription(tx, original, timezone, lang);
      return w.refundOf(receipt ? `${what} (${w.receiptNo(receipt.displayNumber)})` : what);
    }
  }
}

/**
 * The tax a receipt states, as a positive amount: what the payment's own journal entry put on
 * TAX_PAYABLE; else, for money against a booking (or its refund), the part of the amount that
 * is the booking's tax at the location's rate (the booking's charge carried it, the amount
 * holds it); else nothing — wallet credit, vouchers and money on account are taxed when the
 * service they buy is delivered and invoiced.
 */
async function receiptTax(tx: Tx, payment: PaymentRow, location: LocationRow): Promise<number> {
  const [posted] = await tx
    .select({ sum: sql<number>`coalesce(sum(${journalLinesTable.amountMinor}), 0)::int` })
    .from(journalLinesTable)
    .where(
      and(
        eq(journalLinesTable.journalId, payment.journalId),
        eq(journalLinesTable.account, 'TAX_PAYABLE'),
      ),
    );
  if (posted && Number(posted.sum) !== 0) return Math.abs(Number(posted.sum));
  let againstBooking = payment.kind === 'PAYMENT' && payment.bookingId !== null;
  if (payment.kind === 'REFUND' && payment.refundOfId) {
    const [original] = await tx
      .select({ kind: paymentsTable.kind, bookingId: paymentsTable.bookingId })
      .from(paymentsTable)
      .where(eq(paymentsTable.id, payment.refundOfId));
    againstBooking = original?.kind === 'PAYMENT' && original.bookingId !== null;
  }
  return againstBooking
    ? splitTax(payment.amountMinor, location.taxRateBasisPoints, true).taxMinor
    : 0;
}

/**
 * Numbers and inserts a document (the caller has audited it already, so the number lock is
 * the transaction's last), renders and stores its PDF, and queues its mail when the customer
 * has an address. Returns the row (with `sentAt` when mailed) and the outbox id.
 */
async function issueDocument(
  ctx: ServiceContext,
  tx: Tx,
  doc: {
    id: string;
    kind: InvoiceKind;
    location: LocationRow;
    customer: CustomerRow;
    bookingId: string | null;
    paymentId: string | null;
    currency: string;
    lines: InvoiceLine[];
    parties: InvoiceParties;
    language: DocumentLanguage;
    createdBy: string | null;
  },
): Promise<{ invoice: InvoiceRow; mailId: string | null }> {
  const now = ctx.now();
  const number = await nextDocumentNumber(tx, doc.location.id, doc.kind);
  const sum = (pick: (l: InvoiceLine) => number) => doc.lines.reduce((s, l) => s + pick(l), 0);
  const to = doc.customer.email;
  const [row] = await tx
    .insert(invoicesTable)
    .values({
      id: doc.id,
      locationId: doc.location.id,
      kind: doc.kind,
      number,
      displayNumber: displayNumberOf({
        locationName: doc.location.name,
        kind: doc.kind,
        number,
        issuedAt: now,
        timezone: doc.location.timezone,
      }),
      customerId: doc.customer.id,
      bookingId: doc.bookingId,
      paymentId: doc.paymentId,
      currency: doc.currency,
      netMinor: sum((l) => l.netMinor),
      taxMinor: sum((l) => l.taxMinor),
      totalMinor: sum((l) => l.totalMinor),
      lines: doc.lines,
      parties: doc.parties,
      locale: doc.language,
      issuedAt: now,
      sentAt: to ? now : null,
      createdBy: doc.createdBy,
    })
    .returning();
  const invoice = row!;
  await storePdf(ctx, invoice);
  const mailId = to ? await queueDocumentMail(ctx, tx, invoice, to, doc.customer.name) : null;
  return { invoice, mailId };
}

async function storePdf(ctx: ServiceContext, row: InvoiceRow): Promise<Buffer> {
  const pdf = await renderInvoicePdf(row);
  await ctx.deps.platform.files.put(invoiceFileKey(row.id), Readable.from([pdf]), {
    contentType: 'application/pdf',
  });
  return pdf;
}

/**
 * The PDF of an issued document: the stored file, or (when the store lost it) the same
 * document rendered again from its frozen content and stored again.
 */
export async function invoicePdf(ctx: ServiceContext, row: InvoiceRow): Promise<Buffer> {
  const file = await ctx.deps.platform.files.get(invoiceFileKey(row.id));
  if (file) return buffer(file.body);
  return storePdf(ctx, row);
}

function queueDocumentMail(
  ctx: ServiceContext,
  tx: Tx,
  row: InvoiceRow,
  to: string,
  name: string,
): Promise<string> {
  const lang = documentLanguage(row.locale);
  const common = {
    name,
    number: row.displayNumber,
    amount: formatMoney(Math.abs(row.totalMinor), row.currency, lang),
    locationName: row.parties.seller.name,
    link: `${ctx.deps.config.publicUrl}/portal/receipts`,
  };
  const attachments = [
    { filename: pdfFileName(row), contentType: 'application/pdf', fileKey: invoiceFileKey(row.id) },
  ];
  return row.kind === 'INVOICE'
    ? queueMail(tx, { to, locale: lang, template: 'invoice', vars: common, attachments }, ctx.now())
    : queueMail(
        tx,
        {
          to,
          locale: lang,
          template: 'receipt',
          vars: { ...common, refund: row.totalMinor < 0 },
          attachments,
        },
        ctx.now(),
      );
}

/**
 * Issues the receipt of a payment row inside the payment's own transaction `tx`, so a payment
 * and its receipt exist together or not at all (a rolled-back payment leaves no number used).
 * Every kind gets one: PAYMENT, TOP_UP, PACKAGE_SALE and VOUCHER_SALE a receipt for money
 * received; REFUND a refund receipt with negative amounts, naming the receipt it gives back.
 * Numbered in the location's receipt series (R), in the customer's language, its PDF stored,
 * an audit row `receipt.issued`, and a mail with the PDF queued to the customer's address
 * (none without one). Call it after posting the payment's journal entry and after its own
 * audit row; after commit, `dispatchMail(ctx, mailId)` sends the mail at once.
 * A payment that has a receipt already gets that one back, with no new mail (`mailId` null).
 * Errors: NOT_FOUND when the payment's location or customer is missing (a programming error).
 */
export async function issueReceipt(
  ctx: ServiceContext,
  tx: Tx,
  payment: PaymentRow,
): Promise<{ invoice: InvoiceRow; mailId: string | null }> {
  const [existing] = await tx
    .select()
    .from(invoicesTable)
    .where(and(eq(invoicesTable.paymentId, payment.id), eq(invoicesTable.kind, 'RECEIPT')));
  if (existing) return { invoice: existing, mailId: null };

  const location = await locationRow(tx, payment.locationId);
  const customer = await customerRow(tx, payment.customerId);
  const language = await languageOf(tx, customer, location);
  const sign = payment.kind === 'REFUND' ? -1 : 1;
  const tax = await receiptTax(tx, payment, location);
  const total = sign * payment.amountMinor;
  const line: InvoiceLine = {
    description: await paymentDescription(tx, payment, location.timezone, language),
    quantity: 1,
    unitPriceMinor: total,
    netMinor: total - sign * tax,
    taxMinor: sign * tax,
    totalMinor: total,
  };
  const id = randomUUID();
  await recordAudit(
    tx,
    actorOf(ctx),
    {
      action: 'receipt.issued',
      entityType: 'invoice',
      entityId: id,
      data: {
        paymentId: payment.id,
        paymentKind: payment.kind,
        customerId: customer.id,
        amountMinor: total,
        currency: payment.currency,
      },
    },
    ctx.now(),
  );
  return issueDocument(ctx, tx, {
    id,
    kind: 'RECEIPT',
    location,
    customer,
    bookingId: payment.bookingId,
    paymentId: payment.id,
    currency: payment.currency,
    lines: [line],
    parties: partiesOf(location, customer, payment.method),
    language,
    createdBy: payment.createdBy ?? ctx.viewer?.userId ?? null,
  });
}

export interface IssueInvoiceInput {
  bookingId: string;
  /**
   * Whom to invoice: a participant (their share) or the guardian of participants (their
   * dependents' shares, and their own when they take part). Optional when the booking has one
   * participant.
   */
  customerId?: string | null;
}

/**
 * Issues a tax invoice for a booking (management): one line for the service with the number
 * of participants the buyer pays for, the unit price, and net, tax and total under the
 * location's tax rule (inclusive prices hold the tax, exclusive ones have it added). The
 * booking's price is shared among its participants to the minor unit (`shares`); a buyer pays
 * the shares of the participants they answer for. Numbered in the location's invoice series
 * (F), audited (`invoice.issued`), its PDF stored and mailed to the buyer after commit.
 *
 * Errors: NOT_FOUND for an unknown or archived booking; BAD_USER_INPUT on `customerId` when
 * it is malformed, is no customer, answers for no participant, or is missing while the booking
 * has several participants, and on `bookingId` when the booking is cancelled, has nobody in it
 * or costs nothing; CONFLICT (reason INVOICE_EXISTS, with the invoice's id and number) when
 * the buyer has an invoice for this booking already. Nothing is written when refused.
 */
export async function issueInvoice({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: IssueInvoiceInput;
}): Promise<InvoiceRow> {
  if (input.customerId != null && !isUuid(input.customerId)) {
    throw badInput({ customerId: 'is not a customer' });
  }
  const { invoice, mailId } = await withTransaction(ctx.db, async (tx) => {
    const booking = await bookingInScope(ctx, input.bookingId, tx);
    if (!booking || booking.deletedAt) throw notFound('Booking');
    if (booking.status === 'CANCELLED') {
      throw badInput({ bookingId: 'is cancelled: there is nothing to invoice' });
    }
    const people = await tx
      .select({
        id: customersTable.id,
        name: customersTable.name,
        guardianId: customersTable.guardianId,
      })
      .from(bookingParticipantsTable)
      .innerJoin(customersTable, eq(customersTable.id, bookingParticipantsTable.customerId))
      .where(
        and(
          eq(bookingParticipantsTable.bookingId, booking.id),
          isNull(bookingParticipantsTable.cancelledAt),
        ),
      )
      .orderBy(asc(bookingParticipantsTable.createdAt), asc(customersTable.id));
    if (!people.length) throw badInput({ bookingId: 'has nobody taking part to invoice' });
    if (booking.priceMinor <= 0) throw badInput({ bookingId: 'costs nothing to invoice' });

    let buyerId = input.customerId ?? null;
    if (!buyerId) {
      if (people.length > 1) {
        throw badInput({
          customerId: `is required: the booking has ${people.length} participants — name whom to invoice`,
        });
      }
      buyerId = people[0]!.id;
    }
    const [buyer] = await tx
      .select()
      .from(customersTable)
      .where(and(eq(customersTable.id, buyerId), isNull(customersTable.mergedIntoId)));
    if (!buyer) throw badInput({ customerId: 'is not a customer' });
    const priceShares = shares(booking.priceMinor, people.length);
    const covered = people
      .map((p, i) => ({ ...p, share: priceShares[i]! }))
      .filter((p) => p.id === buyer.id || p.guardianId === buyer.id);
    if (!covered.length) {
      throw badInput({
        customerId: 'takes no part in this booking and is the guardian of no one who does',
      });
    }

    const location = await locationRow(tx, booking.locationId);
    const language = await languageOf(tx, buyer, location);
    const amount = covered.reduce((s, p) => s + p.share, 0);
    const split = splitTax(amount, location.taxRateBasisPoints, location.taxInclusive);
    const title = (await bookingTitle(tx, booking.id, location.timezone, language)) ?? '—';
    const names =
      covered.length === 1 && covered[0]!.id === buyer.id
        ? ''
        : WORDS[language].participants(covered.map((p) => p.name).join(', '));
    const line: InvoiceLine = {
      description: `${title}${names}`,
      quantity: covered.length,
      // The price per participant as the catalog states it (gross when inclusive, net when not).
      unitPriceMinor: Math.round(amount / covered.length),
      netMinor: split.netMinor,
      taxMinor: split.taxMinor,
      totalMinor: split.grossMinor,
    };
    const id = randomUUID();
    // Audited before the number lock (see the lock order above); the number is in the row.
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'invoice.issued',
        entityType: 'invoice',
        entityId: id,
        data: {
          bookingId: booking.id,
          customerId: buyer.id,
          totalMinor: split.grossMinor,
          currency: booking.currency,
        },
      },
      ctx.now(),
    );
    // Under the number lock: two desks issuing the same invoice at once see each other here.
    await nextDocumentNumber(tx, location.id, 'INVOICE');
    const [existing] = await tx
      .select({ id: invoicesTable.id, displayNumber: invoicesTable.displayNumber })
      .from(invoicesTable)
      .where(
        and(
          eq(invoicesTable.bookingId, booking.id),
          eq(invoicesTable.customerId, buyer.id),
          eq(invoicesTable.kind, 'INVOICE'),
        ),
      );
    if (existing) {
      throw new DomainError(
        'CONFLICT',
        `This booking is invoiced to this customer already (${existing.displayNumber})`,
        { reason: 'INVOICE_EXISTS', invoiceId: existing.id, displayNumber: existing.displayNumber },
      );
    }
    return issueDocument(ctx, tx, {
      id,
      kind: 'INVOICE',
      location,
      customer: buyer,
      bookingId: booking.id,
      paymentId: null,
      currency: booking.currency,
      lines: [line],
      parties: partiesOf(location, buyer, null),
      language,
      createdBy: ctx.viewer?.userId ?? null,
    });
  });
  if (mailId) await dispatchMail(ctx, mailId);
  return invoice;
}

/**
 * Mails an issued document again (management), its stored PDF attached, to the customer's
 * address or to `to` when given (an accountant, a new address); records `sentAt` and an audit
 * row `invoice.resent`. Errors: NOT_FOUND for an unknown document; BAD_USER_INPUT on `to`
 * when it is not an address, or when there is none to send to (reason NO_EMAIL).
 */
export async function resendInvoice({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string; to?: string | null };
}): Promise<InvoiceRow> {
  const asked = input.to?.trim() || null;
  if (asked && (asked.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(asked))) {
    throw badInput({ to: 'is not an email address' });
  }
  if (!isUuid(input.id)) throw notFound('Invoice');
  const { row, mailId } = await withTransaction(ctx.db, async (tx) => {
    const [found] = await tx.select().from(invoicesTable).where(eq(invoicesTable.id, input.id));
    if (!found) throw notFound('Invoice');
    const customer = await customerRow(tx, found.customerId);
    const to = asked ?? customer.email;
    if (!to) {
      throw new DomainError('BAD_USER_INPUT', 'The customer has no email address', {
        fields: { to: 'is required: the customer has no email address' },
        reason: 'NO_EMAIL',
      });
    }
    const now = ctx.now();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'invoice.resent',
        entityType: 'invoice',
        entityId: found.id,
        data: { displayNumber: found.displayNumber, toCustomer: to === customer.email },
      },
      now,
    );
    // The stored PDF again; rendered from the frozen content if the store lost it.
    await invoicePdf(ctx, found);
    const mailId = await queueDocumentMail(ctx, tx, found, to, customer.name);
    const [updated] = await tx
      .update(invoicesTable)
      .set({ sentAt: now })
      .where(eq(invoicesTable.id, found.id))
      .returning();
    return { row: updated!, mailId };
  });
  await dispatchMail(ctx, mailId);
  return row;
}
