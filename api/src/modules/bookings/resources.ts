import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { isUuid } from '../../ids.js';
import { busyResourceIds, lockResources, type Claim } from '../allocations/service.js';
import { categoryKey, sizeLabel } from '../equipment/rules.js';
import { equipmentTable, type EquipmentRow } from '../equipment/schema.js';
import { offerableAt } from '../equipment/service.js';
import { roomsTable } from '../locations/schema.js';

/** What a booking wants from the equipment store: a category, optionally one size. */
export interface EquipmentNeed {
  category: string;
  size?: string | null;
}

/**
 * The items `ids` names, when each is at the location and may be offered at `now`
 * (`offerableAt`); `missing` lists the ids that are not (unknown, elsewhere, retired, out of
 * service or out on an overdue rental).
 */
export async function equipmentForBooking(
  db: DbOrTx,
  locationId: string,
  ids: readonly string[],
  now: Date,
) {
  const unique = [...new Set(ids)];
  const valid = unique.filter(isUuid);
  const rows = valid.length
    ? await db
        .select()
        .from(equipmentTable)
        .where(
          and(
            inArray(equipmentTable.id, valid),
            eq(equipmentTable.locationId, locationId),
            offerableAt(now),
          ),
        )
    : [];
  const found = new Set(rows.map((r) => r.id));
  return { rows, missing: unique.filter((id) => !found.has(id)) };
}

/**
 * Picks free items for each need (one item per need), in a stable order (category, size,
 * name), skipping `taken` ids and items with an active allocation overlapping the time.
 * Returns null when a need cannot be met. Takes a lock per category of the location's stock
 * first, held to the end of the transaction: without it, concurrent renters all pick the same
 * first free item and all but one are refused though other items are free. The insert that
 * follows still locks the items and is guarded by the exclusion constraint.
 */
export async function pickEquipment(
  db: Tx,
  args: {
    locationId: string;
    needs: readonly EquipmentNeed[];
    startsAt: Date;
    endsAt: Date;
    excludeBookingId?: string;
    now: Date;
  },
): Promise<{ items: EquipmentRow[]; unmet: EquipmentNeed[] }> {
  if (!args.needs.length) return { items: [], unmet: [] };
  // Needs are read as the equipment module stores items: "twin tip" is TWIN_TIP, "9 M" is 9m.
  const needs = args.needs.map((n) => ({
    category: categoryKey(n.category) ?? n.category,
    size: sizeLabel(n.size),
  }));
  const categories = [...new Set(needs.map((n) => n.category))];
  await lockResources(
    db,
    categories.map((c) => `stock:${args.locationId}:${c}`),
  );
  const busy = busyResourceIds(db, 'EQUIPMENT', args);
  const free = await db
    .select()
    .from(equipmentTable)
    .where(
      and(
        eq(equipmentTable.locationId, args.locationId),
        inArray(equipmentTable.category, categories),
        offerableAt(args.now),
        notInArray(equipmentTable.id, busy),
      ),
    )
    .orderBy(asc(equipmentTable.category), asc(equipmentTable.size), asc(equipmentTable.name));
  const used = new Set<string>();
  const items: EquipmentRow[] = [];
  const unmet: EquipmentNeed[] = [];
  for (const need of needs) {
    const item = free.find(
      (f) =>
        !used.has(f.id) && f.category === need.category && (!need.size || f.size === need.size),
    );
    if (!item) unmet.push(need);
    else {
      used.add(item.id);
      items.push(item);
    }
  }
  return { items, unmet };
}

/**
 * A free room of the location for the stay, with room for `guests`, or null. Like
 * pickEquipment, picks under a lock of the location's rooms, so concurrent stays take
 * different rooms instead of all but one being refused.
 */
export async function pickRoom(
  db: Tx,
  args: {
    locationId: string;
    guests: number;
    startsAt: Date;
    endsAt: Date;
    excludeBookingId?: string;
  },
) {
  await lockResources(db, [`rooms:${args.locationId}`]);
  const busy = busyResourceIds(db, 'ROOM', args);
  const [room] = await db
    .select()
    .from(roomsTable)
    .where(
      and(
        eq(roomsTable.locationId, args.locationId),
        eq(roomsTable.active, true),
        sql`${roomsTable.capacity} >= ${args.guests}`,
        notInArray(roomsTable.id, busy),
      ),
    )
    .orderBy(asc(roomsTable.capacity), asc(roomsTable.name))
    .limit(1);
  return room ?? null;
}

/** The allocation claims of a booking's resources over its time. */
export function bookingClaims(args: {
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  instructorId: string | null;
  roomId: string | null;
  equipmentIds: readonly string[];
}): Claim[] {
  const base = {
    kind: 'BOOKING' as const,
    bookingId: args.bookingId,
    startsAt: args.startsAt,
    endsAt: args.endsAt,
  };
  return [
    ...(args.instructorId
      ? [{ ...base, resourceType: 'INSTRUCTOR' as const, resourceId: args.instructorId }]
      : []),
    ...(args.roomId ? [{ ...base, resourceType: 'ROOM' as const, resourceId: args.roomId }] : []),
    ...[...new Set(args.equipmentIds)].map((id) => ({
      ...base,
      resourceType: 'EQUIPMENT' as const,
      resourceId: id,
    })),
  ];
}
