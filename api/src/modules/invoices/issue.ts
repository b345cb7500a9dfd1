import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { bookingInScope } from '../bookings/scope.js';
import { bookingParticipantsTable } from '../bookings/schema.js';
import { customersTable } from '../customers/schema.js';
import { dispatchMail } from '../mail/service.js';
import { shares, splitTax } from '../money/accounts.js';
import type { PaymentRow } from '../payments/schema.js';
import {
  bookingTitle,
  customerRow,
  languageOf,
  locationRow,
  partiesOf,
  paymentDescription,
  receiptTax,
  WORDS,
} from './content.js';
import { invoicePdf, issueDocument, queueDocumentMail } from './document.js';
import { nextDocumentNumber } from './numbering.js';
import { invoicesTable, type InvoiceLine, type InvoiceRow } from './schema.js';

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
