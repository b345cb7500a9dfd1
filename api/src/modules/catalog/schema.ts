import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { locationsTable } from '../locations/schema.js';

export const SERVICE_KINDS = ['LESSON', 'RENTAL', 'ACCOMMODATION'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const serviceKindEnum = pgEnum('service_kind', SERVICE_KINDS);

/** How a lesson is taught: one student, two or three, or a group up to the capacity. */
export const LESSON_FORMATS = ['PRIVATE', 'SEMI_PRIVATE', 'GROUP'] as const;
export type LessonFormat = (typeof LESSON_FORMATS)[number];
export const lessonFormatEnum = pgEnum('lesson_format', LESSON_FORMATS);

/** What a rental price is for. Accommodation is priced per night. */
export const RENTAL_PERIODS = ['HOUR', 'HALF_DAY', 'DAY'] as const;
export type RentalPeriod = (typeof RENTAL_PERIODS)[number];
export const rentalPeriodEnum = pgEnum('rental_period', RENTAL_PERIODS);

/** What the school sells at a location: lessons, rentals and rooms, each with its price. */
export const servicesTable = pgTable(
  'services',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    name: text().notNull(),
    description: text(),
    kind: serviceKindEnum().notNull(),
    /** KITE, WING, ...; null for accommodation. */
    discipline: text(),
    lessonFormat: lessonFormatEnum(),
    rentalPeriod: rentalPeriodEnum(),
    durationMinutes: integer().notNull(),
    capacity: integer().notNull(),
    /** The skill level a customer needs, e.g. INTERMEDIATE for a wave clinic. */
    requiredLevel: text(),
    /** Integer minor units (kuruş, cents) in the location's currency. */
    priceMinor: integer().notNull(),
    currency: char({ length: 3 }).notNull(),
    /** Cancellation policy: free until this many hours before the start... */
    freeCancellationHours: integer().notNull().default(24),
    /** ...then this share of the price is kept, in basis points (5000 = half). */
    lateCancellationFeeBps: integer().notNull().default(5000),
    /** Equipment categories each participant needs (KITE, BOARD, ...), checked by availability. */
    equipmentCategories: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('services_location_id_idx').on(t.locationId),
    check(
      'services_positive',
      sql`${t.durationMinutes} > 0 and ${t.capacity} > 0 and ${t.priceMinor} >= 0`,
    ),
    check(
      'services_cancellation_policy',
      sql`${t.freeCancellationHours} between 0 and 720 and ${t.lateCancellationFeeBps} between 0 and 10000`,
    ),
  ],
);
export type ServiceRow = typeof servicesTable.$inferSelect;

/**
 * What a customer buys ahead: a course of lesson hours, a bundle of several services, or a
 * gift, valid for some days after purchase.
 */
export const packagesTable = pgTable('packages', {
  id: uuid().primaryKey().defaultRandom(),
  locationId: uuid()
    .notNull()
    .references(() => locationsTable.id),
  name: text().notNull(),
  description: text(),
  validityDays: integer().notNull(),
  priceMinor: integer().notNull(),
  currency: char({ length: 3 }).notNull(),
  /** Sold as a gift: the buyer is not the one who uses it. */
  gift: boolean().notNull().default(false),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type PackageRow = typeof packagesTable.$inferSelect;

/** What a package holds: sessions of a service (quantity) or, for lessons, hours of it. */
export const packageItemsTable = pgTable(
  'package_items',
  {
    packageId: uuid()
      .notNull()
      .references(() => packagesTable.id, { onDelete: 'cascade' }),
    serviceId: uuid()
      .notNull()
      .references(() => servicesTable.id),
    quantity: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.packageId, t.serviceId] })],
);
export type PackageItemRow = typeof packageItemsTable.$inferSelect;
