import {
  char,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { bookingsTable } from '../bookings/schema.js';
import { customersTable } from '../customers/schema.js';
import { usersTable } from '../identity/schema.js';
import { locationsTable } from '../locations/schema.js';
import { paymentsTable } from '../payments/schema.js';

export const INVOICE_KINDS = ['INVOICE', 'RECEIPT'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
export const invoiceKindEnum = pgEnum('invoice_kind', INVOICE_KINDS);

/** One line of an issued document, frozen at issue. */
export interface InvoiceLine {
  description: string;
  quantity: number;
  unitPriceMinor: number;
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
}

/** Who and what an issued document names, frozen at issue: later edits change no document. */
export interface InvoiceParties {
  seller: { name: string; address: string | null; phone: string | null; email: string | null };
  buyer: { name: string; email: string | null; phone: string | null };
  taxRateBasisPoints: number;
  taxInclusive: boolean;
  timezone: string;
  method?: string | null;
}

/**
 * An invoice or receipt, numbered per location and kind without gaps (max + 1 under a
 * per-location lock, in the transaction that issues it, so a failure leaves no hole). Its
 * content is frozen at issue; the PDF is rendered from it.
 */
export const invoicesTable = pgTable(
  'invoices',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    kind: invoiceKindEnum().notNull(),
    number: integer().notNull(),
    /** What is printed: `AKY-R-2026-000042`. */
    displayNumber: text().notNull(),
    customerId: uuid()
      .notNull()
      .references(() => customersTable.id),
    bookingId: uuid().references(() => bookingsTable.id),
    paymentId: uuid().references(() => paymentsTable.id),
    currency: char({ length: 3 }).notNull(),
    netMinor: integer().notNull(),
    taxMinor: integer().notNull(),
    totalMinor: integer().notNull(),
    lines: jsonb().$type<InvoiceLine[]>().notNull(),
    parties: jsonb().$type<InvoiceParties>().notNull(),
    locale: text().notNull().default('en'),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    /** When it was last queued to the customer by mail. */
    sentAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
  },
  (t) => [
    unique('invoices_location_kind_number_key').on(t.locationId, t.kind, t.number),
    index('invoices_customer_idx').on(t.customerId, t.issuedAt),
    index('invoices_payment_idx').on(t.paymentId),
    index('invoices_booking_idx').on(t.bookingId),
  ],
);
export type InvoiceRow = typeof invoicesTable.$inferSelect;
