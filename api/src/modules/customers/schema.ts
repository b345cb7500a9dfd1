import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { usersTable } from '../identity/schema.js';

/** The sports a school teaches; a customer's skill is recorded per discipline. */
export const DISCIPLINES = [
  'KITE',
  'WING',
  'WINDSURF',
  'SURF',
  'SUP',
  'SAILING',
  'DIVING',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const SKILL_LEVELS = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export interface CustomerSkill {
  discipline: Discipline;
  level: SkillLevel;
}

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
    /** The phone's digits only, for duplicate detection ("+90 532 …" and "0532…" share a tail). */
    phoneDigits: text(),
    birthDate: date({ mode: 'string' }),
    emergencyContactName: text(),
    emergencyContactPhone: text(),
    /** For equipment sizing (board, kite, wetsuit). */
    weightKg: integer(),
    heightCm: integer(),
    skills: jsonb()
      .$type<CustomerSkill[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    tags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    notes: text(),
    /** The account that is this person; null for people without a sign-in (children, walk-ins). */
    userId: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    /** The record of the guardian who manages this one (a parent booking for a child). */
    guardianId: uuid().references((): AnyPgColumn => customersTable.id, { onDelete: 'set null' }),
    /** Set when this record was merged into another (a duplicate); it stays for history. */
    mergedIntoId: uuid().references((): AnyPgColumn => customersTable.id),
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
    // Fuzzy search (pg_trgm): misspelled names, partial emails and phone numbers.
    index('customers_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('customers_email_trgm_idx').using('gin', sql`${t.email} gin_trgm_ops`),
    index('customers_phone_trgm_idx').using('gin', sql`${t.phoneDigits} gin_trgm_ops`),
    // Duplicate detection by exact email.
    index('customers_email_lower_idx').on(sql`lower(${t.email})`),
    index('customers_tags_idx').using('gin', t.tags),
  ],
);
export type CustomerRow = typeof customersTable.$inferSelect;
