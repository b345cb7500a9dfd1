import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { allocationsTable } from '../allocations/schema.js';
import { bookingsTable } from '../bookings/schema.js';
import { customersTable } from '../customers/schema.js';
import { equipmentTable } from '../equipment/schema.js';
import { usersTable } from '../identity/schema.js';
import { legalDocumentsTable } from '../legal/schema.js';
import { locationsTable } from '../locations/schema.js';

export const RENTAL_STATUSES = ['OUT', 'RETURNED'] as const;
export type RentalStatus = (typeof RENTAL_STATUSES)[number];
export const rentalStatusEnum = pgEnum('rental_status', RENTAL_STATUSES);

export const DEPOSIT_METHODS = ['NONE', 'CASH', 'CARD', 'ID_DOCUMENT'] as const;
export type DepositMethod = (typeof DEPOSIT_METHODS)[number];
export const depositMethodEnum = pgEnum('deposit_method', DEPOSIT_METHODS);

/**
 * A rental contract: gear handed to a customer, with or without a lesson (`bookingId`). The
 * contract is the terms version accepted, the name the customer typed and their signature
 * drawn on screen (a PNG in the file store under `signatureKey`), and the deposit taken.
 * Checking out writes the rental OUT; it is RETURNED when every item is back. Numbered per
 * location without gaps (`number`).
 */
export const rentalsTable = pgTable(
  'rentals',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    number: integer().notNull(),
    customerId: uuid()
      .notNull()
      .references(() => customersTable.id),
    bookingId: uuid().references(() => bookingsTable.id, { onDelete: 'set null' }),
    status: rentalStatusEnum().notNull().default('OUT'),
    checkedOutAt: timestamp({ withTimezone: true }).notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    returnedAt: timestamp({ withTimezone: true }),
    termsDocumentId: uuid().references(() => legalDocumentsTable.id, { onDelete: 'restrict' }),
    termsVersion: integer(),
    signerName: text().notNull(),
    signatureKey: text().notNull(),
    signedAt: timestamp({ withTimezone: true }).notNull(),
    /** Integer minor units of `depositCurrency`; 0 with method NONE. */
    depositAmount: integer().notNull().default(0),
    depositCurrency: text().notNull(),
    depositMethod: depositMethodEnum().notNull().default('NONE'),
    depositReturnedAt: timestamp({ withTimezone: true }),
    /** What was kept of the deposit against damage, in `depositCurrency`. */
    depositRetained: integer().notNull().default(0),
    notes: text(),
    /** When staff were last reminded that it is overdue (at most one reminder a day). */
    overdueRemindedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('rentals_location_number_key').on(t.locationId, t.number),
    index('rentals_customer_idx').on(t.customerId, t.checkedOutAt),
    index('rentals_booking_idx').on(t.bookingId),
    index('rentals_out_due_idx')
      .on(t.dueAt)
      .where(sql`${t.status} = 'OUT'`),
    check('rentals_due_after_checkout', sql`${t.checkedOutAt} < ${t.dueAt}`),
    check('rentals_deposit_valid', sql`${t.depositAmount} >= 0 and ${t.depositRetained} >= 0`),
  ],
);
export type RentalRow = typeof rentalsTable.$inferSelect;

/**
 * One item of a rental: its condition when it went out and when it came back. At most one row
 * per item is out (no `returnedAt`) at any time, whoever asks: the partial unique index
 * `rental_items_one_out` is what refuses a second check-out of an item already out. `allocationId`
 * is the RENTAL allocation that holds the item until it is due (null when the rental's booking
 * already holds it). A damaged return opens a repair task and may charge the customer
 * `damageCharge` (minor units of the rental's deposit currency).
 */
export const rentalItemsTable = pgTable(
  'rental_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    rentalId: uuid()
      .notNull()
      .references(() => rentalsTable.id, { onDelete: 'cascade' }),
    equipmentId: uuid()
      .notNull()
      .references(() => equipmentTable.id),
    allocationId: uuid().references(() => allocationsTable.id, { onDelete: 'set null' }),
    conditionOut: text(),
    conditionIn: text(),
    damaged: boolean().notNull().default(false),
    damageCharge: integer().notNull().default(0),
    repairTaskId: uuid(),
    returnedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('rental_items_rental_idx').on(t.rentalId),
    index('rental_items_equipment_idx').on(t.equipmentId),
    uniqueIndex('rental_items_one_out')
      .on(t.equipmentId)
      .where(sql`${t.returnedAt} is null`),
    check('rental_items_charge_valid', sql`${t.damageCharge} >= 0`),
  ],
);
export type RentalItemRow = typeof rentalItemsTable.$inferSelect;
