import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bookingsTable } from '../bookings/schema.js';

export const RESOURCE_TYPES = ['INSTRUCTOR', 'EQUIPMENT', 'ROOM'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export const resourceTypeEnum = pgEnum('resource_type', RESOURCE_TYPES);

export const ALLOCATION_KINDS = ['BOOKING', 'MAINTENANCE', 'TIME_OFF', 'RENTAL'] as const;
export type AllocationKind = (typeof ALLOCATION_KINDS)[number];
export const allocationKindEnum = pgEnum('allocation_kind', ALLOCATION_KINDS);

/**
 * Every use of an instructor, a piece of equipment or a room over a time range: lessons and
 * rentals booked as a service (kind BOOKING), gear checked out on a rental contract without a
 * booking holding it (kind RENTAL, `sourceId` the rental), maintenance windows, time off. No two active rows of one resource
 * overlap: the exclusion constraint `allocations_no_overlap` (migration 0012, written by hand
 * because drizzle-kit cannot express EXCLUDE) is what forbids double booking. Cancelled and
 * archived bookings keep their rows with `active` false, so a restore can re-check them.
 */
export const allocationsTable = pgTable(
  'allocations',
  {
    id: uuid().primaryKey().defaultRandom(),
    resourceType: resourceTypeEnum().notNull(),
    /** instructors.id, equipment.id or rooms.id: uuids never collide across the three. */
    resourceId: uuid().notNull(),
    kind: allocationKindEnum().notNull(),
    bookingId: uuid().references(() => bookingsTable.id, { onDelete: 'cascade' }),
    /** The time-off entry or maintenance window this row stands for. */
    sourceId: uuid(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    active: boolean().notNull().default(true),
  },
  (t) => [
    index('allocations_booking_idx').on(t.bookingId),
    index('allocations_source_idx').on(t.sourceId),
    check('allocations_valid_range', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);
export type AllocationRow = typeof allocationsTable.$inferSelect;
