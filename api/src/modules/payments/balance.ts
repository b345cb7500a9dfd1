import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { BookingRow } from '../bookings/schema.js';
import { locationsTable } from '../locations/schema.js';
import { journalEntriesTable, journalLinesTable } from '../money/schema.js';
import { grossOf } from './charges.js';

export interface BookingBalance {
  bookingId: string;
  currency: string;
  /** What the booking costs the customers: its gross price until it is finished, then what was charged. */
  priceMinor: number;
  /** Paid towards it, net of refunds. */
  paidMinor: number;
  /** Still owed (negative: paid more than it finally cost, to refund or keep on account). */
  dueMinor: number;
  /** Whether its price is final (charged on completion, no-show or cancellation). */
  charged: boolean;
}

const FINAL = new Set(['COMPLETED', 'NO_SHOW', 'CANCELLED']);
const CHARGE_KINDS = sql`('BOOKING_CHARGE', 'CANCELLATION_FEE')`;

/**
 * Balances of bookings, from the ledger: what was charged (RECEIVABLES lines of charge
 * entries), what was paid (every other RECEIVABLES line of the booking, credit-positive) and
 * what is still due. Two grouped queries for any number of bookings.
 */
export async function bookingBalances(
  db: DbOrTx,
  bookings: readonly BookingRow[],
): Promise<BookingBalance[]> {
  if (!bookings.length) return [];
  const ids = bookings.map((b) => b.id);
  const sums = await db
    .select({
      bookingId: journalLinesTable.bookingId,
      charged: sql<string>`coalesce(sum(${journalLinesTable.amountMinor}) filter (where ${journalEntriesTable.kind} in ${CHARGE_KINDS}), 0)`,
      total: sql<string>`sum(${journalLinesTable.amountMinor})`,
    })
    .from(journalLinesTable)
    .innerJoin(journalEntriesTable, eq(journalEntriesTable.id, journalLinesTable.journalId))
    .where(
      and(inArray(journalLinesTable.bookingId, ids), eq(journalLinesTable.account, 'RECEIVABLES')),
    )
    .groupBy(journalLinesTable.bookingId);
  const byBooking = new Map(
    sums.map((s) => [s.bookingId!, { charged: Number(s.charged), total: Number(s.total) }]),
  );
  const locationIds = [...new Set(bookings.map((b) => b.locationId))];
  const locations = new Map(
    (await db.select().from(locationsTable).where(inArray(locationsTable.id, locationIds))).map(
      (l) => [l.id, l],
    ),
  );
  return bookings.map((booking) => {
    const sum = byBooking.get(booking.id) ?? { charged: 0, total: 0 };
    const paidMinor = sum.charged - sum.total;
    const charged = FINAL.has(booking.status);
    const priceMinor = charged
      ? sum.charged
      : grossOf(locations.get(booking.locationId)!, booking.priceMinor);
    return {
      bookingId: booking.id,
      currency: booking.currency,
      priceMinor,
      paidMinor,
      dueMinor: priceMinor - paidMinor,
      charged,
    };
  });
}
