import { char, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const locationsTable = pgTable('locations', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  /** IANA time zone; every local time of this location is shown in it. */
  timezone: text().notNull(),
  /** ISO 4217 code of every price and payment at this location. */
  currency: char({ length: 3 }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type LocationRow = typeof locationsTable.$inferSelect;
