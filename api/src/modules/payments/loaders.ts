import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { manyEach, oneEach } from '../../db/batch.js';
import { isUuid } from '../../ids.js';
import { ownCustomerIds } from '../bookings/scope.js';
import { customersTable, type CustomerRow } from '../customers/schema.js';
import type { BookingRow } from '../bookings/schema.js';
import { bookingBalances, type BookingBalance } from './balance.js';
import { paymentsOfBookings } from './read.js';
import { refundedOf } from './service.js';
import { paymentsTable, type PaymentRow } from './schema.js';

/** Per-request loaders of the payments module. */
export function createPaymentLoaders(ctx: ServiceContext) {
  const db = ctx.db;
  return {
    /** Keyed by the booking row (the balance needs its status and price), cached by id. */
    bookingBalance: new DataLoader<BookingRow, BookingBalance, string>(
      (bookings) => bookingBalances(db, bookings),
      { cacheKeyFn: (b) => b.id },
    ),
    paymentsByBookingId: new DataLoader<string, PaymentRow[]>(async (ids) =>
      manyEach(ids, await paymentsOfBookings(db, ids), (p) => p.bookingId!),
    ),
    paymentById: new DataLoader<string, PaymentRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.select().from(paymentsTable).where(inArray(paymentsTable.id, valid))
        : [];
      return oneEach(ids, rows, (r) => r.id);
    }),
    /** A payment's customer; the payment itself was read in the caller's scope. */
    paymentCustomerById: new DataLoader<string, CustomerRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.select().from(customersTable).where(inArray(customersTable.id, valid))
        : [];
      return oneEach(ids, rows, (r) => r.id);
    }),
    /** The customer records a signed-in student acts for (own and dependents'). */
    ownCustomerIds: new DataLoader<string, string[]>(async (userIds) =>
      Promise.all(userIds.map(() => ownCustomerIds(ctx))),
    ),
    refundedByPaymentId: new DataLoader<string, number>(async (ids) => {
      const refunded = await refundedOf(db, ids);
      return ids.map((id) => refunded.get(id) ?? 0);
    }),
  };
}
