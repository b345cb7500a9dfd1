import { sql } from 'drizzle-orm';
import {
  char,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { servicesTable } from '../catalog/schema.js';
import { customersTable } from '../customers/schema.js';
import { usersTable } from '../identity/schema.js';
import { instructorsTable } from '../instructors/schema.js';
import { locationsTable, roomsTable } from '../locations/schema.js';

export const BOOKING_STATUSES = [
  'PENDING',
  'CONFIRMED',
  'CHECKED_IN',
  'COMPLETED',
  'CANCELLED',
  'NO_SHOW',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const bookingStatusEnum = pgEnum('booking_status', BOOKING_STATUSES);

/**
 * One lesson, rental or stay at a time: a private lesson has one participant, a group session
 * several (up to the service's capacity), sharing one instructor. The resources it uses are
 * rows of the allocations table; `instructorId` and `roomId` repeat them for the calendar.
 */
export const bookingsTable = pgTable(
  'bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    serviceId: uuid()
      .notNull()
      .references(() => servicesTable.id),
    instructorId: uuid().references(() => instructorsTable.id),
    roomId: uuid().references(() => roomsTable.id),
    status: bookingStatusEnum().notNull().default('CONFIRMED'),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    /** The catalog price per participant when booked, in minor units of `currency`. */
    unitPriceMinor: integer().notNull(),
    /** What the booking costs in all: unit price × participants × booked length / service length. */
    priceMinor: integer().notNull(),
    currency: char({ length: 3 }).notNull(),
    notes: text(),
    /** Bookings made together (five days of lessons) share one series id. */
    seriesId: uuid(),
    createdBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    confirmedAt: timestamp({ withTimezone: true }),
    checkedInAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    cancelReason: text(),
    /** The fee the cancellation policy charged (0 when cancelled in time), in `currency`. */
    cancellationFeeMinor: integer(),
    deletedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bookings_location_starts_idx').on(t.locationId, t.startsAt),
    index('bookings_instructor_starts_idx').on(t.instructorId, t.startsAt),
    index('bookings_service_starts_idx').on(t.serviceId, t.startsAt),
    index('bookings_series_idx').on(t.seriesId),
    check('bookings_valid_range', sql`${t.startsAt} < ${t.endsAt}`),
    check('bookings_price_positive', sql`${t.priceMinor} >= 0 and ${t.unitPriceMinor} >= 0`),
  ],
);
export type BookingRow = typeof bookingsTable.$inferSelect;

/** Who takes part in a booking; rows of people who left keep `cancelledAt`. */
export const bookingParticipantsTable = pgTable(
  'booking_participants',
  {
    bookingId: uuid()
      .notNull()
      .references(() => bookingsTable.id, { onDelete: 'cascade' }),
    customerId: uuid()
      .notNull()
      .references(() => customersTable.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set when this person left a shared session (the session itself goes on). */
    cancelledAt: timestamp({ withTimezone: true }),
    /** What the cancellation policy charged them for leaving late, in the booking's currency. */
    cancellationFeeMinor: integer(),
  },
  (t) => [
    primaryKey({ columns: [t.bookingId, t.customerId] }),
    index('booking_participants_customer_idx').on(t.customerId),
  ],
);

export const WAITLIST_STATUSES = [
  'WAITING',
  'OFFERED',
  'ACCEPTED',
  'EXPIRED',
  'CANCELLED',
] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];
export const waitlistStatusEnum = pgEnum('waitlist_status', WAITLIST_STATUSES);

/**
 * A customer waiting for a place in a full group session. When a place frees up the first
 * WAITING entry becomes OFFERED and holds the place until `offerExpiresAt`; then it EXPIRES
 * and the next one is offered.
 */
export const waitlistEntriesTable = pgTable(
  'waitlist_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid()
      .notNull()
      .references(() => bookingsTable.id, { onDelete: 'cascade' }),
    customerId: uuid()
      .notNull()
      .references(() => customersTable.id),
    status: waitlistStatusEnum().notNull().default('WAITING'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    offeredAt: timestamp({ withTimezone: true }),
    offerExpiresAt: timestamp({ withTimezone: true }),
    respondedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('waitlist_entries_booking_idx').on(t.bookingId, t.createdAt),
    uniqueIndex('waitlist_entries_open_key')
      .on(t.bookingId, t.customerId)
      .where(sql`${t.status} in ('WAITING', 'OFFERED')`),
  ],
);
export type WaitlistEntryRow = typeof waitlistEntriesTable.$inferSelect;
