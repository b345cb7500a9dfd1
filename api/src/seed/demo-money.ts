import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import { seedContext } from './context.js';
import { bookingParticipantsTable, bookingsTable } from '../modules/bookings/schema.js';
import { customersTable } from '../modules/customers/schema.js';
import type { LocationRow } from '../modules/locations/schema.js';
import { mailOutboxTable } from '../modules/mail/schema.js';
import { fxRatesTable, journalLinesTable } from '../modules/money/schema.js';
import { chargeFinishedBooking } from '../modules/payments/charges.js';
import { takePayment } from '../modules/payments/service.js';
import type { FileStore } from '../platform/files.js';
import type { Logger } from '../platform/logger.js';

const DAY = 86_400_000;

/**
 * The demo school's money, written through the same services the desk uses (so the ledger,
 * receipts and balances are exactly what real use produces): a fortnight of EUR/TRY rates,
 * the completed lessons charged and most of them paid by cash or card (two per location left
 * owing, so receivables and reconciliation have something to show), and the demo student with
 * a wallet top-up and receipts in the portal. The receipts' mails are
 * recorded as sent at the time: the seed is history, not news.
 */
export async function seedDemoMoney(
  tx: Tx,
  locations: LocationRow[],
  options: {
    now: Date;
    files: FileStore;
    log: Logger;
    /** Where the receipts' mails point; the real one when the app seeds. */
    publicUrl: string;
    studentUserId: string;
    managerId: string | null;
  },
) {
  const at = (ms: number) => new Date(options.now.getTime() + ms);
  const ctxAt = (when: Date) => seedContext(tx, options, when);

  await tx.insert(fxRatesTable).values(
    Array.from({ length: 14 }, (_, i) => {
      const day = new Date(options.now.getTime() - (13 - i) * DAY).toISOString().slice(0, 10);
      return {
        base: 'EUR',
        quote: 'TRY',
        rate: (38.1 + i * 0.03).toFixed(4),
        validOn: day,
        createdBy: options.managerId,
      };
    }),
  );

  const [student] = await tx
    .select()
    .from(customersTable)
    .where(eq(customersTable.userId, options.studentUserId));
  let seq = 0;
  // Receipts are numbered in the order they are issued: keep their dates in that order too.
  let latest = new Date(0);
  const key = () => `demo-seed-${String(++seq).padStart(4, '0')}`;

  for (const location of locations) {
    const done = await tx
      .select()
      .from(bookingsTable)
      .where(
        and(
          eq(bookingsTable.locationId, location.id),
          eq(bookingsTable.status, 'COMPLETED'),
          isNull(bookingsTable.deletedAt),
        ),
      )
      .orderBy(asc(bookingsTable.startsAt));
    const owing = new Set(done.slice(-2).map((b) => b.id));
    for (const [i, booking] of done.entries()) {
      const when = new Date(Math.min(booking.endsAt.getTime(), options.now.getTime()));
      if (when > latest) latest = when;
      const ctx = ctxAt(when);
      await chargeFinishedBooking(ctx, tx, booking);
      if (owing.has(booking.id)) continue;
      const people = await tx
        .select({
          customerId: bookingParticipantsTable.customerId,
          guardianId: customersTable.guardianId,
        })
        .from(bookingParticipantsTable)
        .innerJoin(customersTable, eq(customersTable.id, bookingParticipantsTable.customerId))
        .where(
          and(
            eq(bookingParticipantsTable.bookingId, booking.id),
            isNull(bookingParticipantsTable.cancelledAt),
          ),
        );
      const charges = await tx
        .select({
          customerId: journalLinesTable.customerId,
          amountMinor: journalLinesTable.amountMinor,
        })
        .from(journalLinesTable)
        .where(
          and(
            eq(journalLinesTable.bookingId, booking.id),
            eq(journalLinesTable.account, 'RECEIVABLES'),
          ),
        );
      for (const person of people) {
        const payer = person.guardianId ?? person.customerId;
        const owed = charges
          .filter((c) => c.customerId === payer)
          .reduce((s, c) => s + c.amountMinor, 0);
        if (owed <= 0) continue;
        const method = i % 3 === 0 ? 'CASH' : 'CARD';
        await takePayment(
          ctx,
          tx,
          { key: key(), hash: 'demo-seed' },
          {
            kind: 'PAYMENT',
            journalKind: 'PAYMENT',
            locationId: location.id,
            customerId: payer,
            bookingId: booking.id,
            method,
            amountMinor: owed,
            currency: booking.currency,
            counterLines: [
              {
                account: 'RECEIVABLES',
                amountMinor: -owed,
                currency: booking.currency,
                customerId: payer,
                bookingId: booking.id,
              },
            ],
          },
        );
      }
    }
  }

  if (student) {
    // The demo student keeps lira in her wallet (her lessons ahead are covered by her course).
    const home = locations[0]!;
    const topUp = 1_000_000;
    await takePayment(
      ctxAt(new Date(Math.max(latest.getTime(), at(-2 * DAY).getTime()) + 60_000)),
      tx,
      { key: key(), hash: 'demo-seed' },
      {
        kind: 'TOP_UP',
        journalKind: 'WALLET_TOP_UP',
        locationId: home.id,
        customerId: student.id,
        method: 'CARD',
        amountMinor: topUp,
        currency: home.currency,
        counterLines: [
          {
            account: 'CUSTOMER_WALLET',
            amountMinor: -topUp,
            currency: home.currency,
            customerId: student.id,
          },
        ],
      },
    );
  }

  await tx
    .update(mailOutboxTable)
    .set({ status: 'SENT', sentAt: options.now })
    .where(
      and(
        eq(mailOutboxTable.status, 'PENDING'),
        inArray(mailOutboxTable.template, ['receipt', 'invoice']),
      ),
    );
  return seq;
}
