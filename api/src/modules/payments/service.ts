import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { isCurrencyCode } from '@plannivo/schema/currencies';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound, sqlState, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { bookingParticipantsTable, bookingsTable, type BookingRow } from '../bookings/schema.js';
import { customersTable, type CustomerRow } from '../customers/schema.js';
import { issueReceipt } from '../invoices/issue.js';
import { dispatchMail } from '../mail/service.js';
import {
  locationsTable,
  type LocationRow,
  type PaymentMethod,
  PAYMENT_METHODS,
} from '../locations/schema.js';
import { ACCOUNT_OF_METHOD } from '../money/accounts.js';
import { postJournal, type LedgerLine } from '../money/ledger.js';
import type { JournalKind } from '../money/schema.js';
import { keyProblem, lockKey, replayOf, requestHash } from './idempotency.js';
import { paymentsTable, type PaymentKind, type PaymentRow } from './schema.js';
import { bookingBalances } from './balance.js';

const NOTE_MAX = 500;
const REFERENCE_MAX = 120;

/** What a payment books, apart from the money coming in (or going out, for a refund). */
export interface MoneyMovement {
  kind: PaymentKind;
  journalKind: JournalKind;
  locationId: string;
  customerId: string;
  bookingId?: string | null;
  customerPackageId?: string | null;
  voucherId?: string | null;
  refundOfId?: string | null;
  method: PaymentMethod;
  amountMinor: number;
  currency: string;
  reference?: string | null;
  note?: string | null;
  memo?: string | null;
  /** The other side of the entry; together they balance the method's line. */
  counterLines: readonly LedgerLine[];
}

/**
 * Records a payment row and its journal entry, and issues its receipt, inside the caller's
 * transaction: money in debits the method's account (the customer's wallet for WALLET) and
 * credits `counterLines`; a REFUND does the opposite. Callers hold the idempotency key's lock
 * (`lockKey`) and have checked it is new. Returns the payment and the receipt mail to dispatch
 * after commit.
 */
export async function takePayment(
  ctx: ServiceContext,
  tx: Tx,
  idempotency: { key: string; hash: string },
  movement: MoneyMovement,
): Promise<{ payment: PaymentRow; mailId: string | null }> {
  const sign = movement.kind === 'REFUND' ? -1 : 1;
  const methodLine: LedgerLine = {
    account: ACCOUNT_OF_METHOD[movement.method],
    amountMinor: sign * movement.amountMinor,
    currency: movement.currency,
    customerId: movement.method === 'WALLET' ? movement.customerId : null,
  };
  const at = ctx.now();
  const entry = await postJournal(tx, {
    locationId: movement.locationId,
    kind: movement.journalKind,
    occurredAt: at,
    memo: movement.memo ?? null,
    bookingId: movement.bookingId ?? null,
    customerId: movement.customerId,
    createdBy: ctx.viewer?.userId ?? null,
    lines: [methodLine, ...movement.counterLines],
  });
  let payment: PaymentRow;
  try {
    [payment] = (await tx
      .insert(paymentsTable)
      .values({
        locationId: movement.locationId,
        customerId: movement.customerId,
        bookingId: movement.bookingId ?? null,
        kind: movement.kind,
        method: movement.method,
        amountMinor: movement.amountMinor,
        currency: movement.currency,
        idempotencyKey: idempotency.key,
        requestHash: idempotency.hash,
        refundOfId: movement.refundOfId ?? null,
        customerPackageId: movement.customerPackageId ?? null,
        voucherId: movement.voucherId ?? null,
        reference: movement.reference ?? null,
        note: movement.note ?? null,
        journalId: entry.id,
        createdBy: ctx.viewer?.userId ?? null,
        createdAt: at,
      })
      .returning()) as [PaymentRow];
  } catch (error) {
    // The key's lock makes this unreachable for callers that hold it; a caller that does not
    // still never records a payment twice.
    if (sqlState(error) === '23505')
      throw new DomainError('CONFLICT', 'This idempotency key was already used', {
        reason: 'IDEMPOTENCY_KEY_REUSED',
      });
    throw error;
  }
  await recordAudit(
    tx,
    actorOf(ctx),
    {
      action: `payment.${movement.kind.toLowerCase()}`,
      entityType: 'payment',
      entityId: payment.id,
      data: {
        customerId: payment.customerId,
        bookingId: payment.bookingId,
        method: payment.method,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        refundOfId: payment.refundOfId,
      },
    },
    at,
  );
  const { mailId } = await issueReceipt(ctx, tx, payment);
  return { payment, mailId };
}

/**
 * Runs a money-moving request once per idempotency key: a retry (same key, same request)
 * returns the payment the first one recorded, even after the facts changed; the key reused for
 * a different request is a CONFLICT. Concurrent requests with one key queue on the key's lock.
 * `work` runs only for a new key, in the transaction; the receipt mail goes out after commit.
 */
export async function onceFor(
  ctx: ServiceContext,
  idempotency: { key: string; hash: string },
  work: (tx: Tx) => Promise<{ payment: PaymentRow; mailId: string | null }>,
): Promise<PaymentRow> {
  const earlier = await replayOf(ctx.db, idempotency.key, idempotency.hash);
  if (earlier) return earlier;
  const result = await withTransaction(ctx.db, async (tx) => {
    await lockKey(tx, idempotency.key);
    const replay = await replayOf(tx, idempotency.key, idempotency.hash);
    if (replay) return { payment: replay, mailId: null };
    return work(tx);
  });
  if (result.mailId) await dispatchMail(ctx, result.mailId);
  return result.payment;
}

export interface RecordPaymentInput {
  customerId: string;
  bookingId?: string | null;
  /** Where the money was taken; the booking's location when there is a booking. */
  locationId?: string | null;
  amount: { amountMinor: number; currency: string };
  method: PaymentMethod | string;
  idempotencyKey: string;
  reference?: string | null;
  note?: string | null;
}

/** Shape checks shared by every money-moving input; `fields` collects the problems. */
function checkMoney(
  input: {
    amount: { amountMinor: number; currency: string };
    idempotencyKey: string;
    reference?: string | null;
    note?: string | null;
  },
  fields: FieldErrors,
) {
  const { amountMinor, currency } = input.amount;
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0)
    fields['amount.amountMinor'] = 'must be a whole number of minor units above zero';
  if (!isCurrencyCode(currency)) fields['amount.currency'] = 'is not an ISO 4217 currency';
  const keyIssue = keyProblem(input.idempotencyKey);
  if (keyIssue) fields.idempotencyKey = keyIssue;
  if (input.reference && input.reference.length > REFERENCE_MAX)
    fields.reference = `at most ${REFERENCE_MAX} characters`;
  if (input.note && input.note.length > NOTE_MAX) fields.note = `at most ${NOTE_MAX} characters`;
}

async function activeCustomer(db: DbOrTx, id: string): Promise<CustomerRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(customersTable)
    .where(and(eq(customersTable.id, id), isNull(customersTable.mergedIntoId)));
  return row ?? null;
}

async function locationById(
  db: DbOrTx,
  id: string | null | undefined,
): Promise<LocationRow | null> {
  if (!id || !isUuid(id)) return null;
  const [row] = await db.select().from(locationsTable).where(eq(locationsTable.id, id));
  return row ?? null;
}

/** Whether `customerId` takes part in the booking (or is the guardian of someone who does). */
async function paysFor(db: DbOrTx, bookingId: string, customerId: string) {
  const [row] = await db
    .select({ id: bookingParticipantsTable.customerId })
    .from(bookingParticipantsTable)
    .innerJoin(customersTable, eq(customersTable.id, bookingParticipantsTable.customerId))
    .where(
      and(
        eq(bookingParticipantsTable.bookingId, bookingId),
        or(eq(customersTable.id, customerId), eq(customersTable.guardianId, customerId)),
      ),
    )
    .limit(1);
  return !!row;
}

/**
 * Records a payment taken from a customer (management, or a partner key with PAYMENTS_WRITE):
 * against a booking (its currency; never more than it still owes) or on account (at
 * `locationId`, in its currency; reconciliation then asks staff what it was for). WALLET takes
 * it from the customer's wallet in that currency. Issues a receipt (numbered, PDF, mailed).
 * Once per `idempotencyKey` (see `onceFor`). Audited.
 *
 * Errors: BAD_USER_INPUT naming the fields (amount, currency, method not taken at the location,
 * customer, booking, key; reason OVERPAYMENT when above what is due, INSUFFICIENT_FUNDS when the
 * wallet holds less); CONFLICT (reason IDEMPOTENCY_KEY_REUSED) for a key used for a different
 * request. Nothing is written when refused, whatever fails midway.
 */
export async function recordPayment({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RecordPaymentInput;
}) {
  const fields: FieldErrors = {};
  checkMoney(input, fields);
  if (!(PAYMENT_METHODS as readonly string[]).includes(input.method))
    fields.method = 'is not a payment method';
  if (Object.keys(fields).length) throw badInput(fields);
  const method = input.method as PaymentMethod;
  const hash = requestHash('recordPayment', {
    customerId: input.customerId,
    bookingId: input.bookingId,
    locationId: input.bookingId ? null : input.locationId,
    amountMinor: input.amount.amountMinor,
    currency: input.amount.currency,
    method,
    reference: input.reference,
    note: input.note,
  });
  return onceFor(ctx, { key: input.idempotencyKey, hash }, async (tx) => {
    const customer = await activeCustomer(tx, input.customerId);
    if (!customer) fields.customerId = 'is not a customer';
    let booking: BookingRow | null = null;
    if (input.bookingId != null) {
      booking = isUuid(input.bookingId)
        ? ((
            await tx.select().from(bookingsTable).where(eq(bookingsTable.id, input.bookingId))
          )[0] ?? null)
        : null;
      if (!booking || booking.deletedAt) fields.bookingId = 'is not a booking';
      else if (customer && !(await paysFor(tx, booking.id, customer.id)))
        fields.customerId = 'takes no part in this booking (nor does a dependent of theirs)';
    }
    const location = await locationById(tx, booking?.locationId ?? input.locationId);
    if (!location && !fields.bookingId)
      fields.locationId = booking ? 'is not a location' : 'is required without a booking';
    if (location && !location.paymentMethods.includes(method))
      fields.method = `is not taken at ${location.name} (${location.paymentMethods.join(', ')})`;
    const currency = booking?.currency ?? location?.currency;
    if (currency && input.amount.currency !== currency)
      fields['amount.currency'] =
        `must be ${currency}, the ${booking ? 'booking' : 'location'}'s currency`;
    if (booking && !fields.bookingId && !fields['amount.currency']) {
      // The booking row's lock serialises payments of one booking: two desks cannot both
      // take its last instalment.
      await tx.execute(sql`select 1 from bookings where id = ${booking.id} for update`);
      const [balance] = await bookingBalances(tx, [booking]);
      if (balance!.dueMinor < input.amount.amountMinor) {
        throw new DomainError('BAD_USER_INPUT', 'More than the booking still owes', {
          fields: {
            'amount.amountMinor':
              balance!.dueMinor > 0
                ? `is more than the ${balance!.dueMinor} still due`
                : 'nothing is due on this booking',
          },
          reason: 'OVERPAYMENT',
          dueMinor: balance!.dueMinor,
        });
      }
    }
    if (Object.keys(fields).length) throw badInput(fields);
    return takePayment(
      ctx,
      tx,
      { key: input.idempotencyKey, hash },
      {
        kind: 'PAYMENT',
        journalKind: method === 'WALLET' ? 'WALLET_PAYMENT' : 'PAYMENT',
        locationId: location!.id,
        customerId: customer!.id,
        bookingId: booking?.id ?? null,
        method,
        amountMinor: input.amount.amountMinor,
        currency: input.amount.currency,
        reference: input.reference?.trim() || null,
        note: input.note?.trim() || null,
        memo: booking ? null : 'on account',
        counterLines: [
          {
            account: 'RECEIVABLES',
            amountMinor: -input.amount.amountMinor,
            currency: input.amount.currency,
            customerId: customer!.id,
            bookingId: booking?.id ?? null,
          },
        ],
      },
    );
  });
}

export interface TopUpWalletInput {
  customerId: string;
  locationId: string;
  amount: { amountMinor: number; currency: string };
  method: PaymentMethod | string;
  idempotencyKey: string;
  reference?: string | null;
  note?: string | null;
}

/**
 * Puts money into a customer's wallet (management): cash, card or transfer in any active
 * currency (a tourist pays in euros at a lira location; the wallet keeps a balance per
 * currency). Receipt issued; once per key; audited.
 * Errors: BAD_USER_INPUT (amount, currency, method — WALLET or one the location does not
 * take —, customerId, locationId, key); CONFLICT for a reused key.
 */
export async function topUpWallet({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: TopUpWalletInput;
}) {
  const fields: FieldErrors = {};
  checkMoney(input, fields);
  if (input.method === 'WALLET' || !(PAYMENT_METHODS as readonly string[]).includes(input.method))
    fields.method = 'must be CASH, CARD or BANK_TRANSFER';
  if (Object.keys(fields).length) throw badInput(fields);
  const method = input.method as PaymentMethod;
  const hash = requestHash('topUpWallet', {
    customerId: input.customerId,
    locationId: input.locationId,
    amountMinor: input.amount.amountMinor,
    currency: input.amount.currency,
    method,
    reference: input.reference,
    note: input.note,
  });
  return onceFor(ctx, { key: input.idempotencyKey, hash }, async (tx) => {
    const customer = await activeCustomer(tx, input.customerId);
    if (!customer) fields.customerId = 'is not a customer';
    const location = await locationById(tx, input.locationId);
    if (!location) fields.locationId = 'is not a location';
    else if (!location.paymentMethods.includes(method))
      fields.method = `is not taken at ${location.name} (${location.paymentMethods.join(', ')})`;
    if (Object.keys(fields).length) throw badInput(fields);
    return takePayment(
      ctx,
      tx,
      { key: input.idempotencyKey, hash },
      {
        kind: 'TOP_UP',
        journalKind: 'WALLET_TOP_UP',
        locationId: location!.id,
        customerId: customer!.id,
        method,
        amountMinor: input.amount.amountMinor,
        currency: input.amount.currency,
        reference: input.reference?.trim() || null,
        note: input.note?.trim() || null,
        counterLines: [
          {
            account: 'CUSTOMER_WALLET',
            amountMinor: -input.amount.amountMinor,
            currency: input.amount.currency,
            customerId: customer!.id,
          },
        ],
      },
    );
  });
}

export interface RefundPaymentInput {
  paymentId: string;
  /** Defaults to everything not yet refunded. */
  amountMinor?: number | null;
  idempotencyKey: string;
  reason?: string | null;
}

/** How much of each payment was refunded so far (payments without refunds are absent). */
export async function refundedOf(
  db: Pick<ServiceContext, 'db'>['db'],
  paymentIds: readonly string[],
) {
  const result = new Map<string, number>();
  if (!paymentIds.length) return result;
  const rows = await db
    .select({
      id: paymentsTable.refundOfId,
      refunded: sql<string>`sum(${paymentsTable.amountMinor})`,
    })
    .from(paymentsTable)
    .where(inArray(paymentsTable.refundOfId, [...paymentIds]))
    .groupBy(paymentsTable.refundOfId);
  for (const row of rows) result.set(row.id!, Number(row.refunded));
  return result;
}

/**
 * Gives money back (management): all or part of a payment or top-up, by the same method (a
 * WALLET payment goes back to the wallet). A booking payment's refund raises what the booking
 * owes again; a top-up's refund takes it out of the wallet (which must still hold it). Package
 * and voucher sales are refunded from the package or voucher, not here. Receipt issued; once
 * per key; audited.
 * Errors: NOT_FOUND for an unknown payment; BAD_USER_INPUT on amountMinor (above what is left,
 * reason REFUND_EXCEEDS_PAYMENT), on paymentId for a refund or a sale, INSUFFICIENT_FUNDS when
 * the wallet no longer holds a top-up; CONFLICT for a reused key.
 */
export async function refundPayment({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RefundPaymentInput;
}) {
  const fields: FieldErrors = {};
  const keyIssue = keyProblem(input.idempotencyKey);
  if (keyIssue) fields.idempotencyKey = keyIssue;
  if (
    input.amountMinor != null &&
    (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0)
  )
    fields.amountMinor = 'must be a whole number of minor units above zero';
  if (input.reason && input.reason.length > NOTE_MAX)
    fields.reason = `at most ${NOTE_MAX} characters`;
  if (Object.keys(fields).length) throw badInput(fields);
  const hash = requestHash('refundPayment', {
    paymentId: input.paymentId,
    amountMinor: input.amountMinor,
    reason: input.reason,
  });
  return onceFor(ctx, { key: input.idempotencyKey, hash }, async (tx) => {
    if (!isUuid(input.paymentId)) throw notFound('Payment');
    // The original's row lock serialises refunds of one payment.
    const [original] = await tx
      .select()
      .from(paymentsTable)
      .where(eq(paymentsTable.id, input.paymentId))
      .for('update');
    if (!original) throw notFound('Payment');
    if (original.kind === 'REFUND') throw badInput({ paymentId: 'is a refund already' });
    if (original.kind === 'PACKAGE_SALE' || original.kind === 'VOUCHER_SALE')
      throw badInput({
        paymentId: 'is a package or voucher sale: refund it from the package or voucher',
      });
    const left =
      original.amountMinor - ((await refundedOf(tx, [original.id])).get(original.id) ?? 0);
    const amount = input.amountMinor ?? left;
    if (amount <= 0 || amount > left) {
      throw new DomainError('BAD_USER_INPUT', 'More than is left to refund', {
        fields: {
          amountMinor:
            left > 0 ? `at most ${left} is left to refund` : 'this payment is fully refunded',
        },
        reason: 'REFUND_EXCEEDS_PAYMENT',
        refundableMinor: left,
      });
    }
    const counter: LedgerLine =
      original.kind === 'TOP_UP'
        ? {
            account: 'CUSTOMER_WALLET',
            amountMinor: amount,
            currency: original.currency,
            customerId: original.customerId,
          }
        : {
            account: 'RECEIVABLES',
            amountMinor: amount,
            currency: original.currency,
            customerId: original.customerId,
            bookingId: original.bookingId,
          };
    return takePayment(
      ctx,
      tx,
      { key: input.idempotencyKey, hash },
      {
        kind: 'REFUND',
        journalKind: 'REFUND',
        locationId: original.locationId,
        customerId: original.customerId,
        bookingId: original.bookingId,
        refundOfId: original.id,
        method: original.method,
        amountMinor: amount,
        currency: original.currency,
        note: input.reason?.trim() || null,
        memo: input.reason?.trim() || 'refund',
        counterLines: [counter],
      },
    );
  });
}
