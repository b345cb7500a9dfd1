import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CustomerSkill } from '../customers/schema.js';
import { usersTable } from '../identity/schema.js';
import { locationsTable } from '../locations/schema.js';

export const PAY_TYPES = ['HOURLY', 'COMMISSION'] as const;
export type PayType = (typeof PAY_TYPES)[number];
export const payTypeEnum = pgEnum('pay_type', PAY_TYPES);

/** A person who teaches: usually a staff user, sometimes a freelancer without a sign-in. */
export const instructorsTable = pgTable(
  'instructors',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    name: text().notNull(),
    bio: text(),
    /** ISO 639-1 codes of the languages they teach in (tr, en, de, ...). */
    languages: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The disciplines they teach, with the highest level they teach it to. */
    disciplines: jsonb()
      .$type<CustomerSkill[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    payType: payTypeEnum().notNull().default('HOURLY'),
    /** HOURLY: minor units per hour in `payCurrency`; COMMISSION: basis points of the price. */
    payAmount: integer().notNull().default(0),
    payCurrency: text(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('instructors_user_id_key')
      .on(t.userId)
      .where(sql`${t.userId} is not null`),
  ],
);
export type InstructorRow = typeof instructorsTable.$inferSelect;

export const instructorLocationsTable = pgTable(
  'instructor_locations',
  {
    instructorId: uuid()
      .notNull()
      .references(() => instructorsTable.id, { onDelete: 'cascade' }),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.instructorId, t.locationId] })],
);

/** IKO/VDWS/PADI-style certificates; an expired one is shown as such. */
export const instructorCertificationsTable = pgTable(
  'instructor_certifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    instructorId: uuid()
      .notNull()
      .references(() => instructorsTable.id, { onDelete: 'cascade' }),
    /** The certificate's name (Instructor Level 2, OWSI, ...), without its issuer. */
    name: text().notNull(),
    /** Who issued it (IKO, VDWS, PADI, ...): at most 120 characters, checked by the service. */
    issuer: text(),
    /** The certificate number as printed on it: at most 60 characters. */
    number: text(),
    discipline: text(),
    level: text(),
    expiresOn: date({ mode: 'string' }),
  },
  (t) => [index('instructor_certifications_instructor_idx').on(t.instructorId)],
);
export type CertificationRow = typeof instructorCertificationsTable.$inferSelect;

/**
 * Weekly working hours per location, in the location's local time: weekday 1 (Monday) to
 * 7 (Sunday), start before end; several blocks a day allowed (a lunch break).
 */
export const instructorHoursTable = pgTable(
  'instructor_hours',
  {
    id: uuid().primaryKey().defaultRandom(),
    instructorId: uuid()
      .notNull()
      .references(() => instructorsTable.id, { onDelete: 'cascade' }),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id, { onDelete: 'cascade' }),
    weekday: smallint().notNull(),
    startTime: time().notNull(),
    endTime: time().notNull(),
  },
  (t) => [
    index('instructor_hours_instructor_idx').on(t.instructorId, t.locationId),
    check(
      'instructor_hours_valid',
      sql`${t.weekday} between 1 and 7 and ${t.startTime} < ${t.endTime}`,
    ),
  ],
);
export type HoursRow = typeof instructorHoursTable.$inferSelect;

/** Holidays, sick days: the instructor cannot be booked in these ranges. */
export const instructorTimeOffTable = pgTable(
  'instructor_time_off',
  {
    id: uuid().primaryKey().defaultRandom(),
    instructorId: uuid()
      .notNull()
      .references(() => instructorsTable.id, { onDelete: 'cascade' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    reason: text(),
  },
  (t) => [
    index('instructor_time_off_instructor_idx').on(t.instructorId, t.startsAt),
    check('instructor_time_off_valid', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);
export type TimeOffRow = typeof instructorTimeOffTable.$inferSelect;
