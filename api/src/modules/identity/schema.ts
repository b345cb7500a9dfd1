import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { locationsTable } from '../locations/schema.js';

export const ROLES = ['ADMIN', 'MANAGER', 'INSTRUCTOR', 'STUDENT', 'CUSTOMER'] as const;
export type Role = (typeof ROLES)[number];
export const roleEnum = pgEnum('role', ROLES);

export const usersTable = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    locale: text().notNull().default('en'),
    passwordHash: text(),
    /** Current marketing choice; every change is also kept in legal_acceptances. */
    marketingOptIn: boolean().notNull().default(false),
    lastLoginAt: timestamp({ withTimezone: true }),
    /**
     * Where a new portal user is in the guided onboarding (PROFILE, SKILLS, EMERGENCY,
     * PREFERENCES, DONE), so it resumes there; null for accounts that never had one (staff).
     */
    onboardingStep: text(),
    /** Set when an admin deactivates the account: no sign-in, sessions ended. */
    deactivatedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Emails are unique regardless of case: "Ada@x.com" and "ada@x.com" are one person.
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
  ],
);
export type UserRow = typeof usersTable.$inferSelect;

export const sessionsTable = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token: a leaked table does not yield usable tokens. */
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    userAgent: text(),
    ip: text(),
  },
  (t) => [
    index('sessions_user_id_idx').on(t.userId),
    index('sessions_expires_at_idx').on(t.expiresAt),
  ],
);
export type SessionRow = typeof sessionsTable.$inferSelect;

/** The locations a staff member works at. */
export const userLocationsTable = pgTable(
  'user_locations',
  {
    userId: uuid()
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.locationId] }),
    index('user_locations_location_id_idx').on(t.locationId),
  ],
);

/** One-time password reset links; the token itself is only in the mail. */
export const passwordResetsTable = pgTable(
  'password_resets',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    ip: text(),
  },
  (t) => [index('password_resets_user_id_idx').on(t.userId)],
);

/** Staff invitations: an admin names the email, role and locations; the link creates the account. */
export const invitationsTable = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    locationIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    tokenHash: text().notNull().unique(),
    invitedByUserId: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedUserId: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // At most one open invitation per address: resending replaces the link instead.
    uniqueIndex('invitations_open_email_key')
      .on(sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
  ],
);
export type InvitationRow = typeof invitationsTable.$inferSelect;
