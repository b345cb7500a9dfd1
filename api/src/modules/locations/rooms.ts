import { and, asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { roomsTable, type RoomRow } from './schema.js';
import { getLocation } from './service.js';

/** Longest room name; most guests a room sleeps (the catalog's accommodation limit). */
export const ROOM_NAME_MAX = 120;
export const ROOM_CAPACITY_MAX = 20;

/**
 * The rooms a location lets (active ones), by name then id; an unknown location has none.
 * The booking service allocates one of these for an accommodation booking.
 */
export async function roomsOfLocation(db: DbOrTx, locationId: string): Promise<RoomRow[]> {
  if (!isUuid(locationId)) return [];
  return db
    .select()
    .from(roomsTable)
    .where(and(eq(roomsTable.locationId, locationId), eq(roomsTable.active, true)))
    .orderBy(asc(roomsTable.name), asc(roomsTable.id));
}

export interface CreateRoomInput {
  locationId: string;
  name: string;
  capacity: number;
}

/**
 * Adds a room or studio to a location (management). Audited.
 * Errors: BAD_USER_INPUT naming each refused field: `name` blank or too long, `capacity` not a
 * whole number from 1 to ROOM_CAPACITY_MAX, `locationId` not a location. Nothing is written.
 */
export async function createRoom({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateRoomInput;
}): Promise<RoomRow> {
  const problems: FieldErrors = {};
  const name = input.name?.trim().replace(/\s+/g, ' ') ?? '';
  if (!name || name.length > ROOM_NAME_MAX) {
    problems.name = `must be 1 to ${ROOM_NAME_MAX} characters`;
  }
  if (
    !Number.isInteger(input.capacity) ||
    input.capacity < 1 ||
    input.capacity > ROOM_CAPACITY_MAX
  ) {
    problems.capacity = `must be a whole number from 1 to ${ROOM_CAPACITY_MAX}`;
  }
  const location = await getLocation({ ctx, id: input.locationId });
  if (!location) problems.locationId = 'is not a location';
  if (Object.keys(problems).length) throw badInput(problems);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(roomsTable)
      .values({ locationId: location!.id, name, capacity: input.capacity, createdAt: now })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'room.created',
        entityType: 'room',
        entityId: row!.id,
        data: { locationId: row!.locationId, name: row!.name, capacity: row!.capacity },
      },
      now,
    );
    return row!;
  });
}
