import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { rowsOf, type Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { postJournal } from '../money/ledger.js';
import { paymentsTable } from '../payments/schema.js';
import { findUnlinkedPayments } from './checks.js';
import type { FindingDetails } from './findings.js';
import {
  checkNote,
  DISCREPANCY_ACTIONS,
  RESOLUTION_OF_ACTION,
  type DiscrepancyAction,
} from './rules.js';
import { discrepanciesTable, type DiscrepancyRow } from './schema.js';

export interface ResolveDiscrepancyInput {
  action: DiscrepancyAction;
  /** The booking to link a payment to (LINK_TO_BOOKING only). */
  bookingId?: string | null;
  note?: string | null;
}

/** Serialises what moves one customer's money on account in one currency. */
const onAccountLock = (customerId: string, currency: string) =>
  sql`select pg_advisory_xact_lock(hashtextextended(${`on-account:${customerId}:${currency}`}, 7440))`;

/** The discrepancy, locked for the rest of the transaction. Errors: NOT_FOUND; CONFLICT when not OPEN. */
async function openDiscrepancy(tx: Tx, id: string): Promise<DiscrepancyRow> {
  if (!isUuid(id)) throw notFound('Discrepancy');
  const [row] = await tx
    .select()
    .from(discrepanciesTable)
    .where(eq(discrepanciesTable.id, id))
    .for('update');
  if (!row) throw notFound('Discrepancy');
  if (row.status !== 'OPEN') {
    throw new DomainError('CONFLICT', 'This discrepancy is already closed', {
      reason: 'NOT_OPEN',
      status: row.status,
    });
  }
  return row;
}

/**
 * Resolves an open discrepancy (management), audited, in one transaction:
 * - LINK_TO_BOOKING (UNLINKED_PAYMENT): the payment's credit still on account moves to the
 *   booking `bookingId` of its customer (an ALLOCATION entry: Dr RECEIVABLES(customer, no
 *   booking) / Cr RECEIVABLES(customer, booking)) and the payment names the booking;
 * - MOVE_TO_WALLET (UNLINKED_PAYMENT): the credit moves to the customer's wallet (Dr
 *   RECEIVABLES(customer, no booking) / Cr CUSTOMER_WALLET(customer));
 * - MARK_RESOLVED (any kind): staff say in `note` what they did (a duplicate payment is
 *   refunded from the payment itself first, then marked resolved).
 * The amount moved is what of this payment still sits on account now (first in, first out,
 * as the check reads it), under the account's lock.
 *
 * Errors: NOT_FOUND for an unknown id; CONFLICT (reason NOT_OPEN) when it is no longer open,
 * (reason ALREADY_LINKED) when the payment names a booking already, (reason
 * NOTHING_ON_ACCOUNT) when none of its money sits on account any more; BAD_USER_INPUT with
 * `fields` (action, bookingId, note) for an action that does not fit the kind, a missing or
 * foreign booking, a missing or too long note. Nothing is written on an error.
 */
export async function resolveDiscrepancy({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: ResolveDiscrepancyInput;
}): Promise<DiscrepancyRow> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const row = await openDiscrepancy(tx, id);
    const problems: FieldErrors = {};
    const moves = input.action === 'LINK_TO_BOOKING' || input.action === 'MOVE_TO_WALLET';
    if (!DISCREPANCY_ACTIONS.includes(input.action)) problems.action = 'is not an action';
    else if (moves && row.kind !== 'UNLINKED_PAYMENT')
      problems.action = 'only a payment sitting on account is linked or moved';
    if (input.action === 'LINK_TO_BOOKING' && !input.bookingId)
      problems.bookingId = 'is required to link the payment';
    if (input.action !== 'LINK_TO_BOOKING' && input.bookingId)
      problems.bookingId = 'only goes with LINK_TO_BOOKING';
    const note = checkNote(input.note, input.action === 'MARK_RESOLVED', problems);
    if (Object.keys(problems).length) throw badInput(problems);

    const moved = moves
      ? await moveCredit(ctx, tx, row, input.action === 'LINK_TO_BOOKING' ? input.bookingId! : null)
      : null;
    const [updated] = await tx
      .update(discrepanciesTable)
      .set({
        status: 'RESOLVED',
        resolution: RESOLUTION_OF_ACTION[input.action],
        resolutionNote: note,
        resolvedAt: now,
        resolvedBy: ctx.viewer?.userId ?? null,
      })
      .where(eq(discrepanciesTable.id, row.id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'reconciliation.discrepancy_resolved',
        entityType: 'discrepancy',
        entityId: row.id,
        data: { kind: row.kind, action: input.action, note, ...moved },
      },
      now,
    );
    return updated!;
  });
}

/**
 * Dismisses an open discrepancy (management): staff judged it no error, and say why in
 * `note`. A later run finding the same thing in the same state leaves it dismissed. Audited.
 * Errors: NOT_FOUND; CONFLICT (reason NOT_OPEN); BAD_USER_INPUT on `note` (missing, too long).
 */
export async function dismissDiscrepancy({
  ctx,
  id,
  note,
}: {
  ctx: ServiceContext;
  id: string;
  note: string | null | undefined;
}): Promise<DiscrepancyRow> {
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const row = await openDiscrepancy(tx, id);
    const problems: FieldErrors = {};
    const text = checkNote(note, true, problems);
    if (Object.keys(problems).length) throw badInput(problems);
    const [updated] = await tx
      .update(discrepanciesTable)
      .set({
        status: 'DISMISSED',
        resolution: 'DISMISSED',
        resolutionNote: text,
        resolvedAt: now,
        resolvedBy: ctx.viewer?.userId ?? null,
      })
      .where(eq(discrepanciesTable.id, row.id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'reconciliation.discrepancy_dismissed',
        entityType: 'discrepancy',
        entityId: row.id,
        data: { kind: row.kind, note: text },
      },
      now,
    );
    return updated!;
  });
}

/**
 * Moves what of an unlinked payment still sits on account: to `bookingId` (a booking of the
 * payment's customer, or of someone they are guardian of, at the payment's location, in its
 * currency, not archived), or to the customer's wallet when `bookingId` is null. Returns what
 * the audit records.
 */
async function moveCredit(
  ctx: ServiceContext,
  tx: Tx,
  row: DiscrepancyRow,
  bookingId: string | null,
) {
  const details = row.details as unknown as FindingDetails;
  const [payment] = details.paymentId
    ? await tx
        .select()
        .from(paymentsTable)
        .where(eq(paymentsTable.id, details.paymentId))
        .for('update')
    : [];
  if (!payment) throw notFound('Payment');
  if (payment.bookingId) {
    throw new DomainError('CONFLICT', 'The payment is linked to a booking already', {
      reason: 'ALREADY_LINKED',
    });
  }
  if (bookingId) {
    const problem = await bookingProblem(tx, bookingId, payment);
    if (problem) throw badInput({ bookingId: problem });
  }
  await tx.execute(onAccountLock(payment.customerId, payment.currency));
  const current = await findUnlinkedPayments(tx, {
    customerId: payment.customerId,
    currency: payment.currency,
  });
  const amount =
    current.find((f) => f.details.paymentId === payment.id)?.details.onAccountMinor ?? 0;
  if (amount <= 0) {
    throw new DomainError('CONFLICT', 'None of this payment sits on account any more', {
      reason: 'NOTHING_ON_ACCOUNT',
    });
  }
  const customerId = payment.customerId;
  // The entry names no booking: postJournal gives a line without one the entry's booking, and
  // the debit must stay on the customer's account with no booking.
  const entry = await postJournal(tx, {
    locationId: payment.locationId,
    kind: 'ALLOCATION',
    occurredAt: ctx.now(),
    memo: bookingId
      ? `reconciliation: payment ${payment.id} linked to booking ${bookingId}`
      : `reconciliation: payment ${payment.id} moved to the wallet`,
    customerId,
    createdBy: ctx.viewer?.userId ?? null,
    lines: [
      { account: 'RECEIVABLES', amountMinor: amount, currency: payment.currency, customerId },
      bookingId
        ? {
            account: 'RECEIVABLES',
            amountMinor: -amount,
            currency: payment.currency,
            customerId,
            bookingId,
          }
        : {
            account: 'CUSTOMER_WALLET',
            amountMinor: -amount,
            currency: payment.currency,
            customerId,
          },
    ],
  });
  if (bookingId)
    await tx.update(paymentsTable).set({ bookingId }).where(eq(paymentsTable.id, payment.id));
  return {
    paymentId: payment.id,
    bookingId,
    amountMinor: amount,
    currency: payment.currency,
    journalId: entry.id,
  };
}

/** Why `bookingId` cannot take the payment's credit, or null when it can. */
async function bookingProblem(
  tx: Tx,
  bookingId: string,
  payment: { customerId: string; currency: string; locationId: string },
): Promise<string | null> {
  if (!isUuid(bookingId)) return 'is not a booking';
  const [booking] = rowsOf<{
    location_id: string;
    currency: string;
    deleted: boolean;
    theirs: boolean;
  }>(
    await tx.execute(sql`
      select b.location_id::text as location_id, b.currency::text as currency,
             b.deleted_at is not null as deleted,
             exists (
               select 1 from booking_participants bp
                 join customers c on c.id = bp.customer_id
                where bp.booking_id = b.id and bp.cancelled_at is null
                  and (c.id = ${payment.customerId}::uuid or c.guardian_id = ${payment.customerId}::uuid)
             ) as theirs
        from bookings b
       where b.id = ${bookingId}::uuid`),
  );
  if (!booking) return 'is not a booking';
  if (booking.deleted) return 'is archived';
  if (!booking.theirs) return "is not a booking of the payment's customer";
  if (booking.location_id !== payment.locationId) return 'is at another location than the payment';
  if (booking.currency.trim() !== payment.currency.trim())
    return `is in ${booking.currency}, the payment in ${payment.currency}`;
  return null;
}
