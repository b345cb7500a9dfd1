import { and, asc, eq, gt, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { isStaffRole } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import { oneEach } from '../../db/batch.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { encodeCursor, pageRequest, type Page } from '../../db/pagination.js';
import { badInput } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { allocationsTable, type AllocationKind } from '../allocations/schema.js';
import { rentalItemsTable, rentalsTable } from '../rentals/schema.js';
import { checkEquipmentFields } from './fields.js';
import { categoryKey, CLOTHING_SIZES, sizeLabel } from './rules.js';
import {
  EQUIPMENT_STATUSES,
  equipmentTable,
  type EquipmentRow,
  type EquipmentStatus,
} from './schema.js';

export { categoryKey, checkEquipmentFields, sizeLabel };
export {
  createEquipment,
  heldConflict,
  holdsAfter,
  lockEquipment,
  purchaseInstant,
  updateEquipment,
  type CreateEquipmentInput,
  type EquipmentHold,
  type UpdateEquipmentInput,
} from './record.js';

/**
 * The list order of sizes, as text: clothing sizes smallest first (XS before XXL), then
 * measures by their number (5m before 12m, 132cm before 138cm), then other labels, then none.
 * Computed in SQL so that ORDER BY and the page cursor compare the same values.
 */
const CLOTHING_ARRAY = sql.raw(`array[${CLOTHING_SIZES.map((s) => `'${s}'`).join(',')}]`);
export const sizeOrder = sql<string>`case
  when ${equipmentTable.size} is null then '9'
  when upper(${equipmentTable.size}) = any(${CLOTHING_ARRAY})
    then '1' || array_position(${CLOTHING_ARRAY}, upper(${equipmentTable.size}))::text
  when ${equipmentTable.size} ~ '^[0-9]+(\\.[0-9]+)?'
    then '2' || to_char(substring(${equipmentTable.size} from '^[0-9]+(?:\\.[0-9]+)?')::numeric, 'FM000000.000') || ${equipmentTable.size}
  else '3' || lower(${equipmentTable.size})
end`;

/** Equipment by id, in the order asked (null for unknown ids); for loaders and bookings. */
export async function equipmentByIds(db: DbOrTx, ids: readonly string[]) {
  const valid = [...new Set(ids.filter(isUuid))];
  const rows = valid.length
    ? await db.select().from(equipmentTable).where(inArray(equipmentTable.id, valid))
    : [];
  return oneEach(ids, rows, (r) => r.id);
}

export interface EquipmentFilter {
  locationId?: string | null;
  category?: string | null;
  size?: string | null;
  /** Statuses as shown now (computed, see `statusAt`). */
  status?: readonly EquipmentStatus[] | null;
  /** Part of the name, brand or model (and, for staff, the serial number), any case. */
  search?: string | null;
}

/** An active allocation of the item of kinds `kinds` covers the instant `at`. */
export const heldAt = (at: Date, kinds: readonly AllocationKind[]) =>
  sql`exists (select 1 from ${allocationsTable} a where a.resource_id = ${equipmentTable.id}
    and a.active and a.kind in (${sql.join(
      kinds.map((k) => sql`${k}`),
      sql`, `,
    )})
    and tstzrange(a.starts_at, a.ends_at, '[)') @> ${at.toISOString()}::timestamptz)`;

/** The item is out on a rental contract (a rental item not returned yet). */
const outOnRental = sql`exists (select 1 from ${rentalItemsTable} ri where ri.equipment_id = ${equipmentTable.id} and ri.returned_at is null)`;

/**
 * Whether an item may be promised to a booking or rental, judged at `now`: in service (stored
 * AVAILABLE: not retired, not out of service awaiting repair) and not out on a rental whose
 * due time has passed. An overdue item's return is unknown, so it is promised to no one until
 * it is checked in; an item out but not yet due is held by its RENTAL allocation instead.
 * Bookings, availability, sizing and rentals all select gear through this.
 */
export const offerableAt = (now: Date) =>
  sql`(${equipmentTable.status} = 'AVAILABLE' and not exists (select 1 from ${rentalItemsTable} ori
    join ${rentalsTable} orr on orr.id = ori.rental_id
    where ori.equipment_id = ${equipmentTable.id} and ori.returned_at is null
      and orr.due_at <= ${now.toISOString()}::timestamptz))`;

/**
 * The status an item shows at `at` (the request's clock), in SQL, as `equipmentStatus` computes
 * it from `currentUseOf`: stored RETIRED or MAINTENANCE win, then a maintenance window, then a
 * booking, a rental allocation or an open rental item (IN_USE), else AVAILABLE.
 */
export const statusAt = (at: Date) => sql<EquipmentStatus>`case
  when ${equipmentTable.status} <> 'AVAILABLE' then ${equipmentTable.status}::text
  when ${heldAt(at, ['MAINTENANCE'])} then 'MAINTENANCE'
  when ${heldAt(at, ['BOOKING', 'RENTAL'])} or ${outOnRental} then 'IN_USE'
  else 'AVAILABLE'
end`;

/** Where a list may look: the filter as SQL, or null when it cannot match anything. */
function filterCondition(ctx: ServiceContext, filter: EquipmentFilter): SQL | undefined | null {
  if (filter.locationId && !isUuid(filter.locationId)) return null;
  const category = filter.category != null ? categoryKey(filter.category) : null;
  if (filter.category != null && !category) return null;
  const size = filter.size != null ? sizeLabel(filter.size) : null;
  const statuses = filter.status?.filter((s) => EQUIPMENT_STATUSES.includes(s)) ?? null;
  if (filter.status && !statuses!.length) return null;
  const search = filter.search?.trim().replace(/\s+/g, ' ') || null;
  const pattern = search ? containsPattern(search) : null;
  const staff = ctx.viewer ? isStaffRole(ctx.viewer.role) : Boolean(ctx.apiKey);
  return and(
    filter.locationId ? eq(equipmentTable.locationId, filter.locationId) : undefined,
    category ? eq(equipmentTable.category, category) : undefined,
    filter.size != null
      ? size
        ? eq(equipmentTable.size, size)
        : sql`${equipmentTable.size} is null`
      : undefined,
    statuses
      ? sql`(${statusAt(ctx.now())}) in (${sql.join(
          statuses.map((s) => sql`${s}`),
          sql`, `,
        )})`
      : undefined,
    pattern
      ? or(
          sql`${equipmentTable.name} ilike ${pattern}`,
          sql`${equipmentTable.brand} ilike ${pattern}`,
          sql`${equipmentTable.model} ilike ${pattern}`,
          // Serial numbers are for staff: a student's search must not confirm one.
          staff ? sql`${equipmentTable.serialNumber} ilike ${pattern}` : undefined,
        )
      : undefined,
  );
}

/**
 * The school's gear, filtered (location, category, size, status now, a search), ordered by
 * category, size (see `sizeOrder`), name and id, retired items included unless a status
 * filter leaves them out. An unknown location or category gives an empty page. Any signed-in
 * user may read it (by rule): it is the catalog of gear. One statement for the page, one for
 * the total. Errors: BAD_USER_INPUT for a page size out of range or a foreign cursor.
 */
export async function listEquipment({
  ctx,
  filter,
  page,
}: {
  ctx: ServiceContext;
  filter: EquipmentFilter;
  page: { first?: number | null; after?: string | null };
}): Promise<Page<EquipmentRow>> {
  const { first, after } = pageRequest(page);
  const where = filterCondition(ctx, filter);
  if (where === null) return emptyPage();
  const cursor = after !== null ? parseCursor(after) : null;
  const rows = await ctx.db
    .select({ item: equipmentTable, sizeKey: sizeOrder })
    .from(equipmentTable)
    .where(
      and(
        where,
        cursor
          ? sql`(${equipmentTable.category}, ${sizeOrder}, ${equipmentTable.name}, ${equipmentTable.id}) > (${cursor[0]}, ${cursor[1]}, ${cursor[2]}, ${cursor[3]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(
      asc(equipmentTable.category),
      asc(sizeOrder),
      asc(equipmentTable.name),
      asc(equipmentTable.id),
    )
    .limit(first + 1);
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(equipmentTable)
    .where(where);
  const items = rows.slice(0, first);
  const edges = items.map(({ item, sizeKey }) => ({
    cursor: encodeCursor(JSON.stringify([item.category, sizeKey, item.name, item.id])),
    node: item,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
  };
}

const emptyPage = (): Page<EquipmentRow> => ({
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: 0,
});

/** The (category, size key, name, id) of a cursor. Errors: BAD_USER_INPUT for a foreign one. */
function parseCursor(after: string): [string, string, string, string] {
  try {
    const key = JSON.parse(after) as unknown;
    if (
      Array.isArray(key) &&
      key.length === 4 &&
      key.every((part) => typeof part === 'string') &&
      isUuid(key[3] as string)
    ) {
      return key as [string, string, string, string];
    }
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: 'is not a cursor of this list' });
}

/**
 * Stock of a location by category and size: how many items are not retired. Ordered by
 * category and size (smallest first). An unknown location has none.
 */
export async function equipmentStock(db: DbOrTx, locationId: string) {
  if (!isUuid(locationId)) return [];
  const rows = await db
    .select({
      category: equipmentTable.category,
      size: equipmentTable.size,
      sizeKey: sizeOrder,
      total: sql<number>`count(*)::int`,
    })
    .from(equipmentTable)
    .where(and(eq(equipmentTable.locationId, locationId), ne(equipmentTable.status, 'RETIRED')))
    .groupBy(equipmentTable.category, equipmentTable.size)
    .orderBy(asc(equipmentTable.category), asc(sizeOrder));
  return rows.map(({ category, size, total }) => ({ category, size, total }));
}

/**
 * Items of a category (and size, if given) at a location that may be offered (`offerableAt`:
 * in service, not out on an overdue rental) and have no
 * active allocation (booking or maintenance) overlapping [startsAt, endsAt); by size, name
 * and id. `excludeBookingId` ignores that booking's own allocations (a reschedule may keep its
 * kite). Category and size are compared the stored way (rules.ts), so "kite" finds KITE.
 * This is a read: the caller still claims the items through `allocate`, which decides.
 */
export async function freeEquipment(
  db: DbOrTx,
  options: {
    locationId: string;
    category: string;
    size?: string | null;
    startsAt: Date;
    endsAt: Date;
    excludeBookingId?: string | null;
    /** The request's clock: items out on a rental overdue by then are not offered. */
    now: Date;
  },
): Promise<EquipmentRow[]> {
  const category = categoryKey(options.category);
  const size = sizeLabel(options.size);
  if (!isUuid(options.locationId) || !category || !(options.startsAt < options.endsAt)) return [];
  const busy = and(
    eq(allocationsTable.resourceId, equipmentTable.id),
    eq(allocationsTable.active, true),
    lt(allocationsTable.startsAt, options.endsAt),
    gt(allocationsTable.endsAt, options.startsAt),
    options.excludeBookingId && isUuid(options.excludeBookingId)
      ? or(
          sql`${allocationsTable.bookingId} is null`,
          ne(allocationsTable.bookingId, options.excludeBookingId),
        )
      : undefined,
  );
  return db
    .select()
    .from(equipmentTable)
    .where(
      and(
        eq(equipmentTable.locationId, options.locationId),
        eq(equipmentTable.category, category),
        size ? eq(equipmentTable.size, size) : undefined,
        offerableAt(options.now),
        sql`not exists (${db
          .select({ one: sql`1` })
          .from(allocationsTable)
          .where(busy)})`,
      ),
    )
    .orderBy(asc(sizeOrder), asc(equipmentTable.name), asc(equipmentTable.id));
}

/**
 * What each item is doing at `at`: MAINTENANCE, BOOKING or RENTAL when an active allocation
 * of that kind covers the instant, RENTAL too when it is out on a rental not returned yet
 * (an overdue item is still out after its allocation ended), else null. One statement for any
 * number of items (the status loader).
 */
export async function currentUseOf(
  db: DbOrTx,
  ids: readonly string[],
  at: Date,
): Promise<Array<AllocationKind | null>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (!valid.length) return ids.map(() => null);
  const list = sql`${sql.param(valid)}::uuid[]`;
  const result = await db.execute(sql`
    select a.resource_id::text as id, a.kind::text as kind from ${allocationsTable} a
     where a.resource_id = any(${list}) and a.active
       and tstzrange(a.starts_at, a.ends_at, '[)') @> ${at.toISOString()}::timestamptz
    union all
    select ri.equipment_id::text, 'RENTAL' from ${rentalItemsTable} ri
     where ri.equipment_id = any(${list}) and ri.returned_at is null`);
  const kindById = new Map<string, AllocationKind>();
  for (const row of rowsOf<{ id: string; kind: AllocationKind }>(result)) {
    // Maintenance wins should both ever be recorded for one instant.
    if (kindById.get(row.id) !== 'MAINTENANCE') kindById.set(row.id, row.kind);
  }
  return ids.map((id) => kindById.get(id) ?? null);
}

/**
 * The status an item shows: RETIRED or MAINTENANCE (out of service) as stored, else what it is
 * doing now (see currentUseOf).
 */
export function equipmentStatus(
  stored: EquipmentStatus,
  use: AllocationKind | null,
): EquipmentStatus {
  if (stored === 'RETIRED') return 'RETIRED';
  if (stored === 'MAINTENANCE' || use === 'MAINTENANCE') return 'MAINTENANCE';
  if (use === 'BOOKING' || use === 'RENTAL') return 'IN_USE';
  return 'AVAILABLE';
}
