import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** A day's opening time in the location's local time; weekday 1 (Monday) to 7. */
export interface OpeningHours {
  weekday: number;
  open: string;
  close: string;
}

export const PAYMENT_METHODS = ['CASH', 'CARD', 'BANK_TRANSFER', 'WALLET'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const locationsTable = pgTable('locations', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  /** IANA time zone; every local time of this location is shown in it. */
  timezone: text().notNull(),
  /** ISO 4217 code of every price and payment at this location. */
  currency: char({ length: 3 }).notNull(),
  address: text(),
  phone: text(),
  email: text(),
  openingHours: jsonb()
    .$type<OpeningHours[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  /** VAT (KDV) in basis points: 2000 = 20 %. */
  taxRateBasisPoints: integer().notNull().default(2000),
  /** Whether catalog prices include the tax (Turkey, most of Europe) or add it. */
  taxInclusive: boolean().notNull().default(true),
  paymentMethods: text()
    .array()
    .notNull()
    .default(sql`'{CASH,CARD,BANK_TRANSFER,WALLET}'::text[]`),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type LocationRow = typeof locationsTable.$inferSelect;

/** A room or studio a location lets by the night; accommodation bookings allocate one. */
export const roomsTable = pgTable(
  'rooms',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    name: text().notNull(),
    /** How many guests sleep in it. */
    capacity: integer().notNull().default(2),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('rooms_location_idx').on(t.locationId),
    check('rooms_capacity_positive', sql`${t.capacity} > 0`),
  ],
);
export type RoomRow = typeof roomsTable.$inferSelect;
