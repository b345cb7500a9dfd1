import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { manyEach } from '../../db/batch.js';
import type { DbOrTx } from '../../db/client.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { allocationsTable } from '../allocations/schema.js';
import { bookingScope } from '../bookings/scope.js';
import { bookingsTable } from '../bookings/schema.js';
import { getLocation } from '../locations/service.js';
import { rentalItemsTable, rentalsTable } from '../rentals/schema.js';
import { equipmentTable, maintenanceWindowsTable } from './schema.js';
import { heldAt, sizeOrder } from './service.js';

/*
 * What a location's gear is doing at a time (the inventory snapshot) and what holds one item
 * over a range (its schedule).
 */

const DAY_MS = 86_400_000;
/** The schedule's default length, and its longest. */
export const SCHEDULE_DEFAULT_DAYS = 14;
const SCHEDULE_MAX_DAYS = 92;

export interface InventoryCounts {
  category: string;
  size: string | null;
  total: number;
  free: number;
  inUse: number;
  maintenance: number;
}

/**
 * The item is out on a rental at `at`: checked out by then and not returned by then. For a
 * time to come, an item not yet returned counts until it is due, or until now when it is
 * overdue (nobody knows when it will come back; its RENTAL allocation ended at the due time).
 */
const outOnRentalAt = (at: Date, now: Date) =>
  sql`exists (select 1 from ${rentalItemsTable} ri join ${rentalsTable} r on r.id = ri.rental_id
    where ri.equipment_id = ${equipmentTable.id}
      and r.checked_out_at <= ${at.toISOString()}::timestamptz
      and (ri.returned_at > ${at.toISOString()}::timestamptz
        or (ri.returned_at is null
          and ${at.toISOString()}::timestamptz <= greatest(r.due_at, ${now.toISOString()}::timestamptz))))`;

/**
 * A location's gear at `at` (default now) by category and size (smallest first): how many
 * items it has (not retired), how many are free (in service and held by nothing), in use (a
 * booking or a rental allocation covers `at`, or it is out on a rental then) and in
 * maintenance (a maintenance window covers `at`, or out of service awaiting repair, which
 * counts at any time: nobody knows when the repair ends), with the sums. One statement.
 * Errors: NOT_FOUND for an unknown location.
 */
export async function inventorySnapshot({
  ctx,
  locationId,
  at,
}: {
  ctx: ServiceContext;
  locationId: string;
  at?: Date | null;
}) {
  const location = await getLocation({ ctx, id: locationId });
  if (!location) throw notFound('Location');
  const now = ctx.now();
  const when = at ?? now;
  const state = sql<string>`case
    when ${equipmentTable.status} = 'MAINTENANCE' or ${heldAt(when, ['MAINTENANCE'])} then 'MAINTENANCE'
    when ${heldAt(when, ['BOOKING', 'RENTAL'])} or ${outOnRentalAt(when, now)} then 'IN_USE'
    else 'FREE'
  end`;
  const items = ctx.db
    .select({
      category: equipmentTable.category,
      size: equipmentTable.size,
      sizeKey: sql<string>`${sizeOrder}`.as('size_key'),
      state: state.as('state'),
    })
    .from(equipmentTable)
    .where(and(eq(equipmentTable.locationId, location.id), ne(equipmentTable.status, 'RETIRED')))
    .as('items');
  const rows = await ctx.db
    .select({
      category: items.category,
      size: items.size,
      total: sql<number>`count(*)::int`,
      free: sql<number>`(count(*) filter (where ${items.state} = 'FREE'))::int`,
      inUse: sql<number>`(count(*) filter (where ${items.state} = 'IN_USE'))::int`,
      maintenance: sql<number>`(count(*) filter (where ${items.state} = 'MAINTENANCE'))::int`,
    })
    .from(items)
    .groupBy(items.category, items.size, items.sizeKey)
    .orderBy(asc(items.category), asc(items.sizeKey));
  const lines: InventoryCounts[] = rows.map((r) => ({
    category: r.category,
    size: r.size,
    total: Number(r.total),
    free: Number(r.free),
    inUse: Number(r.inUse),
    maintenance: Number(r.maintenance),
  }));
  const totals: InventoryCounts = {
    category: '*',
    size: null,
    total: 0,
    free: 0,
    inUse: 0,
    maintenance: 0,
  };
  for (const line of lines) {
    totals.total += line.total;
    totals.free += line.free;
    totals.inUse += line.inUse;
    totals.maintenance += line.maintenance;
  }
  return { at: when, locationId: location.id, lines, totals };
}

/** The range of a schedule: [from, to), from now for 14 days unless given. */
export function scheduleRange(
  now: Date,
  range: { from?: Date | null; to?: Date | null },
): { from: Date; to: Date } {
  const from = range.from ?? now;
  const to = range.to ?? new Date(from.getTime() + SCHEDULE_DEFAULT_DAYS * DAY_MS);
  if (!(to > from)) throw badInput({ to: 'must be after from' });
  if (to.getTime() - from.getTime() > SCHEDULE_MAX_DAYS * DAY_MS) {
    throw badInput({ to: `at most ${SCHEDULE_MAX_DAYS} days after from` });
  }
  return { from, to };
}

export interface EquipmentUseRow {
  equipmentId: string;
  kind: 'BOOKING' | 'RENTAL' | 'MAINTENANCE';
  startsAt: Date;
  endsAt: Date;
  bookingId: string | null;
  rentalId: string | null;
  rentalNumber: number | null;
  maintenanceWindowId: string | null;
  reason: string | null;
}

/**
 * What holds each item over [from, to), by start: bookings, rentals and maintenance windows
 * (their active allocations). A booking the caller may not see (an instructor's colleague's
 * lesson) shows as a BOOKING without its id. One statement for any number of items.
 */
export async function schedulesOf(
  ctx: Pick<ServiceContext, 'viewer' | 'apiKey'> & { db: DbOrTx },
  ids: readonly string[],
  range: { from: Date; to: Date },
): Promise<EquipmentUseRow[][]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (!valid.length) return ids.map(() => []);
  const a = allocationsTable;
  const rows = await ctx.db
    .select({
      equipmentId: a.resourceId,
      kind: a.kind,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      bookingId: sql<
        string | null
      >`case when exists (select 1 from ${bookingsTable} where ${bookingsTable.id} = ${a.bookingId} and ${bookingScope(ctx)}) then ${a.bookingId} end`,
      rentalId: rentalsTable.id,
      rentalNumber: rentalsTable.number,
      maintenanceWindowId: maintenanceWindowsTable.id,
      reason: maintenanceWindowsTable.reason,
    })
    .from(a)
    .leftJoin(rentalsTable, and(eq(a.kind, 'RENTAL'), eq(rentalsTable.id, a.sourceId)))
    .leftJoin(
      maintenanceWindowsTable,
      and(eq(a.kind, 'MAINTENANCE'), eq(maintenanceWindowsTable.id, a.sourceId)),
    )
    .where(
      and(
        inArray(a.resourceId, valid),
        eq(a.active, true),
        inArray(a.kind, ['BOOKING', 'RENTAL', 'MAINTENANCE']),
        sql`tstzrange(${a.startsAt}, ${a.endsAt}, '[)') && tstzrange(${range.from.toISOString()}::timestamptz, ${range.to.toISOString()}::timestamptz, '[)')`,
      ),
    )
    .orderBy(asc(a.startsAt), asc(a.id));
  return manyEach(
    ids,
    rows.map((r) => ({ ...r, kind: r.kind as EquipmentUseRow['kind'] })),
    (r) => r.equipmentId,
  );
}
