import type { ServiceContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import type { BookingRow } from '../bookings/schema.js';

/**
 * Uses the participants' packages for a completed booking, inside the caller's transaction;
 * returns the participants whose package covered it (they owe nothing for it).
 */
export async function consumePackagesForBooking(
  _ctx: ServiceContext,
  _tx: Tx,
  _booking: BookingRow,
  _customerIds: readonly string[],
): Promise<Set<string>> {
  return new Set();
}
