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
} from 'drizzle-orm/pg-core';
import { bookingsTable } from '../bookings/schema.js';
import { packagesTable, servicesTable } from '../catalog/schema.js';
import { customersTable } from '../customers/schema.js';
import { usersTable } from '../identity/schema.js';
import { locationsTable } from '../locations/schema.js';
import { journalEntriesTable } from '../money/schema.js';

/**
 * A package a customer bought (or was given): its price sits in DEFERRED_REVENUE until lessons
 * are completed against it or it expires. What it holds is copied from the catalog package at
 * sale (`customer_package_items`), so later catalog edits change nothing already sold.
 * `holderId` is null while a gift package waits for its code to be redeemed.
 */
export const customerPackagesTable = pgTable(
  'customer_packages',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    packageId: uuid()
      .notNull()
      .references(() => packagesTable.id),
    name: text().notNull(),
    buyerId: uuid()
      .notNull()
      .references(() => customersTable.id),
    holderId: uuid().references(() => customersTable.id),
    priceMinor: integer().notNull(),
    currency: char({ length: 3 }).notNull(),
    purchasedAt: timestamp({ withTimezone: true }).notNull(),
    /** Days of use, copied from the catalog at sale: a gift's clock starts when it is redeemed. */
    validityDays: integer().notNull(),
    /** Counted from redemption for gifts, from purchase otherwise. */
    expiresAt: timestamp({ withTimezone: true }),
    /** Set when the expiry job recognised what was left unused. */
    expiredAt: timestamp({ withTimezone: true }),
    /**
     * The sale's journal entry. The row is written first (the payment and its receipt point at
     * it), the entry right after in the same transaction: null never commits.
     */
    saleJournalId: uuid().references(() => journalEntriesTable.id),
    createdBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('customer_packages_holder_idx').on(t.holderId),
    index('customer_packages_buyer_idx').on(t.buyerId),
    index('customer_packages_expiry_idx')
      .on(t.expiresAt)
      .where(sql`${t.expiredAt} is null`),
    check('customer_packages_price_valid', sql`${t.priceMinor} >= 0`),
  ],
);
export type CustomerPackageRow = typeof customerPackagesTable.$inferSelect;

/**
 * What a sold package holds, per service: `units` are minutes for lessons and sessions for
 * other kinds (a 10 h course holds 600 lesson minutes).
 */
export const customerPackageItemsTable = pgTable(
  'customer_package_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerPackageId: uuid()
      .notNull()
      .references(() => customerPackagesTable.id, { onDelete: 'cascade' }),
    serviceId: uuid()
      .notNull()
      .references(() => servicesTable.id),
    units: integer().notNull(),
    /**
     * This item's share of the package price (gross, minor units), allocated at sale by the
     * catalog value of what it holds: its uses recognise this, so a bundle's rental sessions
     * are not worth a lesson minute each. The items' values sum to the package price.
     */
    valueMinor: integer().notNull(),
  },
  (t) => [
    uniqueIndex('customer_package_items_key').on(t.customerPackageId, t.serviceId),
    check('customer_package_items_units_positive', sql`${t.units} > 0 and ${t.valueMinor} >= 0`),
  ],
);
export type CustomerPackageItemRow = typeof customerPackageItemsTable.$inferSelect;

/**
 * Units of a package used by one participant of a completed booking, with the revenue entry
 * it recognised. One use per booking and participant: completing twice consumes once.
 */
export const packageUsagesTable = pgTable(
  'package_usages',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerPackageId: uuid()
      .notNull()
      .references(() => customerPackagesTable.id),
    serviceId: uuid()
      .notNull()
      .references(() => servicesTable.id),
    bookingId: uuid()
      .notNull()
      .references(() => bookingsTable.id),
    customerId: uuid()
      .notNull()
      .references(() => customersTable.id),
    units: integer().notNull(),
    /** The deferred revenue this use recognised, in the package's currency. */
    valueMinor: integer().notNull(),
    journalId: uuid()
      .notNull()
      .references(() => journalEntriesTable.id),
    usedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('package_usages_booking_customer_key').on(t.bookingId, t.customerId),
    index('package_usages_package_idx').on(t.customerPackageId),
    check('package_usages_units_positive', sql`${t.units} > 0`),
  ],
);
export type PackageUsageRow = typeof packageUsagesTable.$inferSelect;

export const VOUCHER_KINDS = ['GIFT_PACKAGE', 'CREDIT'] as const;
export type VoucherKind = (typeof VOUCHER_KINDS)[number];
export const voucherKindEnum = pgEnum('voucher_kind', VOUCHER_KINDS);

/**
 * A code a customer redeems in the portal or at the desk: a gift package (the package waits,
 * holder unset, until redeemed) or a credit voucher (an amount that lands in the redeemer's
 * wallet). Redeemed once; codes are unique whatever their case.
 */
export const vouchersTable = pgTable(
  'vouchers',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    code: text().notNull(),
    kind: voucherKindEnum().notNull(),
    customerPackageId: uuid().references(() => customerPackagesTable.id),
    amountMinor: integer(),
    currency: char({ length: 3 }),
    buyerId: uuid().references(() => customersTable.id),
    recipientName: text(),
    message: text(),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }),
    redeemedAt: timestamp({ withTimezone: true }),
    redeemedById: uuid().references(() => customersTable.id),
    saleJournalId: uuid().references(() => journalEntriesTable.id),
    redemptionJournalId: uuid().references(() => journalEntriesTable.id),
    /** Set when the expiry job recognised an unredeemed code's value (breakage). */
    expiredAt: timestamp({ withTimezone: true }),
    expiryJournalId: uuid().references(() => journalEntriesTable.id),
    createdBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('vouchers_code_key').on(sql`upper(${t.code})`),
    index('vouchers_location_issued_idx').on(t.locationId, t.issuedAt),
    // The expiry job looks for unredeemed codes past their date.
    index('vouchers_expiry_idx')
      .on(t.expiresAt)
      .where(sql`${t.redeemedAt} is null and ${t.expiredAt} is null`),
    check(
      'vouchers_kind_shape',
      sql`(${t.kind} = 'GIFT_PACKAGE' and ${t.customerPackageId} is not null) or (${t.kind} = 'CREDIT' and ${t.amountMinor} > 0 and ${t.currency} is not null)`,
    ),
  ],
);
export type VoucherRow = typeof vouchersTable.$inferSelect;
