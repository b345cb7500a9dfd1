import { sql } from 'drizzle-orm';
import {
  char,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { bookingsTable } from '../bookings/schema.js';
import { customersTable } from '../customers/schema.js';
import { usersTable } from '../identity/schema.js';
import { locationsTable, PAYMENT_METHODS } from '../locations/schema.js';
import { journalEntriesTable } from '../money/schema.js';
import { customerPackagesTable, vouchersTable } from '../packages/schema.js';

export const paymentMethodEnum = pgEnum('payment_method', PAYMENT_METHODS);

/**
 * What a payment row is: money in for a booking or on account (PAYMENT), into the wallet
 * (TOP_UP), for a package or a gift voucher (PACKAGE_SALE, VOUCHER_SALE), or back out (REFUND).
 */
export const PAYMENT_KINDS = [
  'PAYMENT',
  'TOP_UP',
  'PACKAGE_SALE',
  'VOUCHER_SALE',
  'REFUND',
] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export const paymentKindEnum = pgEnum('payment_kind', PAYMENT_KINDS);

/**
 * Money taken from or given back to a customer, with the journal entry that books it.
 * `idempotencyKey` is unique: a retried request finds the first payment instead of taking the
 * money twice, and `requestHash` (a digest of what was asked) tells a retry from a different
 * request reusing the key. A refund points at the payment it gives back (`refundOfId`).
 */
export const paymentsTable = pgTable(
  'payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    customerId: uuid()
      .notNull()
      .references(() => customersTable.id),
    bookingId: uuid().references(() => bookingsTable.id),
    kind: paymentKindEnum().notNull().default('PAYMENT'),
    method: paymentMethodEnum().notNull(),
    /** Always positive; `kind` says which way the money went. */
    amountMinor: integer().notNull(),
    currency: char({ length: 3 }).notNull(),
    idempotencyKey: text().notNull(),
    requestHash: text().notNull(),
    refundOfId: uuid().references((): AnyPgColumn => paymentsTable.id),
    customerPackageId: uuid().references(() => customerPackagesTable.id),
    voucherId: uuid().references(() => vouchersTable.id),
    reference: text(),
    note: text(),
    journalId: uuid()
      .notNull()
      .references(() => journalEntriesTable.id),
    createdBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('payments_idempotency_key').on(t.idempotencyKey),
    index('payments_customer_idx').on(t.customerId, t.createdAt),
    index('payments_booking_idx').on(t.bookingId),
    index('payments_location_created_idx').on(t.locationId, t.createdAt),
    index('payments_refund_of_idx').on(t.refundOfId),
    check('payments_amount_positive', sql`${t.amountMinor} > 0`),
    check(
      'payments_refund_has_origin',
      sql`(${t.kind} = 'REFUND') = (${t.refundOfId} is not null)`,
    ),
  ],
);
export type PaymentRow = typeof paymentsTable.$inferSelect;
