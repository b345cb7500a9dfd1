import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { usersTable } from '../identity/schema.js';

/** What a third party may do with a key; READ covers every read a key can make. */
export const API_KEY_SCOPES = [
  'READ',
  'CUSTOMERS_WRITE',
  'BOOKINGS_WRITE',
  'PAYMENTS_WRITE',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
export const apiKeyScopeEnum = pgEnum('api_key_scope', API_KEY_SCOPES);

export const apiKeysTable = pgTable(
  'api_keys',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** The first characters of the key, shown in lists so an admin can tell keys apart. */
    prefix: text().notNull(),
    /** SHA-256 of the whole key; the key itself is shown once and never stored. */
    keyHash: text().notNull().unique(),
    scopes: apiKeyScopeEnum().array().notNull(),
    createdByUserId: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('api_keys_created_at_idx').on(t.createdAt)],
);
export type ApiKeyRow = typeof apiKeysTable.$inferSelect;
