import DataLoader from 'dataloader';
import { and, asc, inArray, isNull, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../../context.js';
import { manyEach, oneEach } from '../../db/batch.js';
import { isUuid } from '../../ids.js';
import { allocationsOfBookings } from '../allocations/service.js';
import type { ServiceRow } from '../catalog/schema.js';
import { customersTable, type CustomerRow } from '../customers/schema.js';
import type { EquipmentRow } from '../equipment/schema.js';
import { equipmentByIds } from '../equipment/service.js';
import { instructorsTable, type InstructorRow } from '../instructors/schema.js';
import { roomsTable, type RoomRow } from '../locations/schema.js';
import { bookingParticipantsTable, type WaitlistEntryRow } from './schema.js';
import { participantsOf } from './scope.js';
import { bookingsByIds } from './service.js';
import { waitlistOf } from './waitlist.js';

/** `column = any($1::uuid[])`: one parameter for a batch of ids, however many. */
const anyOf = (column: AnyPgColumn, ids: readonly string[]) =>
  sql`${column} = any(${sql.param(ids.filter(isUuid))}::uuid[])`;

/**
 * Per-request loaders of the booking module: a calendar page of any size resolves each
 * field of every booking in one query per field.
 */
export function createBookingLoaders(ctx: ServiceContext) {
  const db = ctx.db;
  return {
    /** Relations of a page of bookings read before its fields resolve (read-ahead.ts). */
    readAhead: {
      services: new Map<string, ServiceRow | null>(),
      instructors: new Map<string, InstructorRow | null>(),
      customers: new Map<string, CustomerRow[]>(),
    },
    bookingById: new DataLoader(async (ids: readonly string[]) =>
      oneEach(ids, await bookingsByIds(db, ids), (r) => r.id),
    ),
    /**
     * Who takes part (people who left are not listed), in the order they joined: two queries
     * for a calendar page (joined in one, PostgreSQL hashes the whole customers table), the
     * ids as one array parameter each (a thousand `in` parameters cost more to build than
     * the query takes to run).
     */
    customersByBookingId: new DataLoader<string, CustomerRow[]>(async (ids) => {
      const people = await db
        .select({
          bookingId: bookingParticipantsTable.bookingId,
          customerId: bookingParticipantsTable.customerId,
        })
        .from(bookingParticipantsTable)
        .where(
          and(
            anyOf(bookingParticipantsTable.bookingId, ids),
            isNull(bookingParticipantsTable.cancelledAt),
          ),
        )
        .orderBy(asc(bookingParticipantsTable.createdAt));
      const customerIds = [...new Set(people.map((p) => p.customerId))];
      const rows = customerIds.length
        ? await db.select().from(customersTable).where(anyOf(customersTable.id, customerIds))
        : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return manyEach(ids, people, (p) => p.bookingId).map((list) =>
        list.map((p) => byId.get(p.customerId)).filter((c): c is CustomerRow => !!c),
      );
    }),
    equipmentByBookingId: new DataLoader<string, EquipmentRow[]>(async (ids) => {
      const rows = (await allocationsOfBookings(db, ids)).filter(
        (a) => a.resourceType === 'EQUIPMENT',
      );
      const items = await equipmentByIds(db, [...new Set(rows.map((r) => r.resourceId))]);
      const byId = new Map(items.filter((i): i is EquipmentRow => !!i).map((i) => [i.id, i]));
      return manyEach(ids, rows, (r) => r.bookingId!).map((list) =>
        list.map((a) => byId.get(a.resourceId)).filter((e): e is EquipmentRow => !!e),
      );
    }),
    /** Customers of booking and waiting-list rows already in the caller's scope. */
    bookingCustomerById: new DataLoader<string, CustomerRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.select().from(customersTable).where(inArray(customersTable.id, valid))
        : [];
      return oneEach(ids, rows, (r) => r.id);
    }),
    instructorById: new DataLoader<string, InstructorRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.select().from(instructorsTable).where(inArray(instructorsTable.id, valid))
        : [];
      return oneEach(ids, rows, (r) => r.id);
    }),
    roomById: new DataLoader<string, RoomRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.select().from(roomsTable).where(inArray(roomsTable.id, valid))
        : [];
      return oneEach(ids, rows, (r) => r.id);
    }),
    waitlistByBookingId: new DataLoader<string, WaitlistEntryRow[]>(async (ids) =>
      manyEach(ids, await waitlistOf(db, ids), (r) => r.bookingId),
    ),
    participantCountByBookingId: new DataLoader<string, number>(async (ids) => {
      const people = await participantsOf(db, ids);
      return manyEach(ids, people, (p) => p.bookingId).map((l) => l.length);
    }),
  };
}
