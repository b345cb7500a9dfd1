import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { usersTable } from '../identity/schema.js';

/** A message to one user, rendered in their language when it is written. */
export const notificationsTable = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    /** What happened, e.g. `waitlist.offered`, `booking.cancelled`. */
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** Ids the client can link to (bookingId, waitlistEntryId, ...). */
    data: jsonb()
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('notifications_user_created_idx').on(t.userId, t.createdAt)],
);
export type NotificationRow = typeof notificationsTable.$inferSelect;
