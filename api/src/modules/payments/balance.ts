import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { BookingRow } from '../bookings/schema.js';
import { locationsTable } from '../locations/schema.js';
import { journalEntriesTable, journalLinesTable } from '../money/schema.js';
import { participantsOf } from '../bookings/scope.js';
import { shares } from '../money/accounts.js';
import { coveredParticipants } from '../packages/cover.js';
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
  /** Until it is charged: the part of its gross price participants' packages will cover. */
  packageCoveredMinor: number;
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
  const open = bookings.filter((b) => !FINAL.has(b.status));
  const [covered, people] = await Promise.all([
    coveredParticipants(
      db,
      open.map((b) => b.id),
    ),
    participantsOf(
      db,
      open.map((b) => b.id),
    ),
  ]);
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
    let priceMinor = sum.charged;
    let packageCoveredMinor = 0;
    if (!charged) {
      // The shares completion would charge, in its order: as they joined, then by id.
      const gross = grossOf(locations.get(booking.locationId)!, booking.priceMinor);
      const mine = people
        .filter((p) => p.bookingId === booking.id)
        .sort(
          (a, b) =>
            a.createdAt.getTime() - b.createdAt.getTime() ||
            a.customerId.localeCompare(b.customerId),
        );
      const split = shares(gross, Math.max(mine.length, 1));
      const cover = covered.get(booking.id);
      packageCoveredMinor = mine.reduce(
        (s, p, i) => s + (cover?.has(p.customerId) ? split[i]! : 0),
        0,
      );
      priceMinor = gross - packageCoveredMinor;
    }
    return {
      bookingId: booking.id,
      currency: booking.currency,
      priceMinor,
      paidMinor,
      dueMinor: priceMinor - paidMinor,
      charged,
      packageCoveredMinor,
    };
  });
}
