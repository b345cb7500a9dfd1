import { sql } from 'drizzle-orm';
import {
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { usersTable } from '../identity/schema.js';

/**
 * One person the school serves. A student or customer user owns exactly one record (their
 * own); a guardian's dependents point at the guardian's record.
 */
export const customersTable = pgTable(
  'customers',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    email: text(),
    phone: text(),
    /** The account that is this person; null for people without a sign-in (children, walk-ins). */
    userId: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    /** The record of the guardian who manages this one (a parent booking for a child). */
    guardianId: uuid().references((): AnyPgColumn => customersTable.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A user has exactly one record of their own.
    uniqueIndex('customers_user_id_key')
      .on(t.userId)
      .where(sql`${t.userId} is not null`),
    index('customers_guardian_id_idx').on(t.guardianId),
    index('customers_name_idx').on(t.name),
  ],
);
export type CustomerRow = typeof customersTable.$inferSelect;
