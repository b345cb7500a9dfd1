import { and, asc, eq, gt, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { oneEach } from '../../db/batch.js';
import type { DbOrTx } from '../../db/client.js';
import { encodeCursor, pageRequest, type Page } from '../../db/pagination.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { allocationsTable, type AllocationKind } from '../allocations/schema.js';
import { allocationsOf } from '../allocations/service.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { getLocation } from '../locations/service.js';
import {
  categoryKey,
  CATEGORY_MAX,
  CLOTHING_SIZES,
  EQUIPMENT_NAME_MAX,
  EQUIPMENT_TEXT_MAX,
  SIZE_MAX,
  sizeLabel,
} from './rules.js';
import { equipmentTable, type EquipmentRow, type EquipmentStatus } from './schema.js';

export { categoryKey, sizeLabel };

/**
 * The list order of sizes, as text: clothing sizes smallest first (XS before XXL), then
 * measures by their number (5m before 12m, 132cm before 138cm), then other labels, then none.
 * Computed in SQL so that ORDER BY and the page cursor compare the same values.
 */
const CLOTHING_ARRAY = sql.raw(`array[${CLOTHING_SIZES.map((s) => `'${s}'`).join(',')}]`);
const sizeOrder = sql<string>`case
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
}

/**
 * The school's gear, of one location and category if given, ordered by category, size
 * (see `sizeOrder`), name and id, retired items included (their status says so). An unknown
 * location or category gives an empty page. Any signed-in user may read it (by rule): it is
 * the catalog of gear. Errors: BAD_USER_INPUT for a page size out of range or a foreign cursor.
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
  if (filter.locationId && !isUuid(filter.locationId)) return emptyPage();
  const category = filter.category != null ? categoryKey(filter.category) : null;
  if (filter.category != null && !category) return emptyPage();
  const where = and(
    filter.locationId ? eq(equipmentTable.locationId, filter.locationId) : undefined,
    category ? eq(equipmentTable.category, category) : undefined,
  );
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

export interface CreateEquipmentInput {
  locationId: string;
  name: string;
  category: string;
  size?: string | null;
  brand?: string | null;
  model?: string | null;
  serialNumber?: string | null;
}

/** Optional free text: trimmed, blank is null, too long is a problem named for `field`. */
function optionalText(
  value: string | null | undefined,
  field: string,
  max: number,
  problems: FieldErrors,
) {
  const text = value?.trim().replace(/\s+/g, ' ') || null;
  if (text && text.length > max) problems[field] = `must be at most ${max} characters`;
  return text;
}

/**
 * The fields of a new item, checked and written the stored way: category as an upper-case
 * key, size as a label (rules.ts), texts trimmed. Returns the problems by field instead of
 * throwing, so the seed and imports can report them too.
 */
export function checkEquipmentFields(input: Omit<CreateEquipmentInput, 'locationId'>) {
  const problems: FieldErrors = {};
  const name = input.name?.trim().replace(/\s+/g, ' ') ?? '';
  if (!name || name.length > EQUIPMENT_NAME_MAX) {
    problems.name = `must be 1 to ${EQUIPMENT_NAME_MAX} characters`;
  }
  const category = categoryKey(input.category ?? '');
  if (!category) {
    problems.category = `must be a word such as KITE or WETSUIT (letters, digits, spaces; at most ${CATEGORY_MAX})`;
  }
  const size = sizeLabel(input.size);
  if (size && size.length > SIZE_MAX) problems.size = `must be at most ${SIZE_MAX} characters`;
  const values = {
    name,
    category: category ?? '',
    size,
    brand: optionalText(input.brand, 'brand', EQUIPMENT_TEXT_MAX, problems),
    model: optionalText(input.model, 'model', EQUIPMENT_TEXT_MAX, problems),
    serialNumber: optionalText(input.serialNumber, 'serialNumber', EQUIPMENT_TEXT_MAX, problems),
  };
  return { values, problems };
}

/**
 * Adds an item to a location's gear (management). Audited.
 * Errors: BAD_USER_INPUT naming every refused field (an unknown location on `locationId`);
 * CONFLICT on `serialNumber` when an item of the same brand already has that serial number
 * (any case, any location). Nothing is written when refused.
 */
export async function createEquipment({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateEquipmentInput;
}): Promise<EquipmentRow> {
  const { values, problems } = checkEquipmentFields(input);
  const location = await getLocation({ ctx, id: input.locationId });
  if (!location) problems.locationId = 'is not a location';
  if (Object.keys(problems).length) throw badInput(problems);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    if (values.serialNumber) {
      // No unique index (serials are per brand and case-blind): a lock makes the check exact.
      const key = `${values.brand?.toLowerCase() ?? ''}|${values.serialNumber.toLowerCase()}`;
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 7412))`);
      const [taken] = await tx
        .select({ id: equipmentTable.id, name: equipmentTable.name })
        .from(equipmentTable)
        .where(
          and(
            sql`lower(${equipmentTable.serialNumber}) = ${values.serialNumber.toLowerCase()}`,
            values.brand
              ? sql`lower(${equipmentTable.brand}) = ${values.brand.toLowerCase()}`
              : sql`${equipmentTable.brand} is null`,
          ),
        )
        .limit(1);
      if (taken) {
        throw new DomainError('CONFLICT', 'Another item has this serial number', {
          fields: { serialNumber: `is already the serial number of ${taken.name}` },
          equipmentId: taken.id,
        });
      }
    }
    const [row] = await tx
      .insert(equipmentTable)
      .values({ ...values, locationId: location!.id, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'equipment.created',
        entityType: 'equipment',
        entityId: row!.id,
        data: {
          locationId: row!.locationId,
          name: row!.name,
          category: row!.category,
          size: row!.size,
        },
      },
      now,
    );
    return row!;
  });
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
 * Items of a category (and size, if given) at a location that are in service (stored status
 * AVAILABLE: not retired, not out of service awaiting repair) and have no
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
        // Out of service (awaiting repair) or retired items are never offered.
        eq(equipmentTable.status, 'AVAILABLE'),
        sql`not exists (${db
          .select({ one: sql`1` })
          .from(allocationsTable)
          .where(busy)})`,
      ),
    )
    .orderBy(asc(sizeOrder), asc(equipmentTable.name), asc(equipmentTable.id));
}

/**
 * What each item is doing at `at`: MAINTENANCE or BOOKING when an active allocation of that
 * kind covers the instant, else null. One query for any number of items (the status loader).
 */
export async function currentUseOf(
  db: DbOrTx,
  ids: readonly string[],
  at: Date,
): Promise<Array<AllocationKind | null>> {
  const valid = ids.filter(isUuid);
  const rows = await allocationsOf(db, valid, at, new Date(at.getTime() + 1));
  const kindById = new Map<string, AllocationKind>();
  for (const row of rows) {
    // Maintenance wins should both ever be recorded for one instant.
    if (kindById.get(row.resourceId) !== 'MAINTENANCE') kindById.set(row.resourceId, row.kind);
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
