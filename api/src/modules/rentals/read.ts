import {
  and,
  asc,
  desc,
  eq,
  inArray,
  isNull,
  lt,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { STAFF_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { encodeCursor, pageRequest, type Page } from '../../db/pagination.js';
import { badInput } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { busyResourceIds } from '../allocations/service.js';
import { equipmentTable, maintenanceTasksTable, type EquipmentRow } from '../equipment/schema.js';
import {
  rentalItemsTable,
  rentalsTable,
  type RentalItemRow,
  type RentalRow,
  type RentalStatus,
} from './schema.js';

type Caller = Pick<ServiceContext, 'viewer' | 'apiKey'>;

/**
 * The rentals the caller may see, as a condition on `rentals`: staff (administrators,
 * managers, instructors at the desk) see every rental; a student or customer the rentals of
 * their own record and of the dependents they manage; API keys none (a contract carries a
 * signature). Every read goes through this.
 */
export function rentalScope(ctx: Caller): SQL {
  const viewer = ctx.viewer;
  if (ctx.apiKey || !viewer) return sql`false`;
  if (STAFF_ROLES.includes(viewer.role)) return sql`true`;
  if (viewer.role === 'STUDENT' || viewer.role === 'CUSTOMER') {
    return sql`${rentalsTable.customerId} in (select c.id from customers c where c.user_id = ${viewer.userId}
      or c.guardian_id in (select o.id from customers o where o.user_id = ${viewer.userId}))`;
  }
  return sql`false`;
}

/** The rental with `id` when the caller may see it, else null (callers answer NOT_FOUND). */
export async function rentalInScope(
  ctx: Caller & { db: DbOrTx },
  id: string,
): Promise<RentalRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await ctx.db
    .select()
    .from(rentalsTable)
    .where(and(eq(rentalsTable.id, id), rentalScope(ctx)));
  return row ?? null;
}

/** One rental the caller may see, or null. */
export const getRental = ({ ctx, id }: { ctx: ServiceContext; id: string }) =>
  rentalInScope(ctx, id);

export interface RentalFilter {
  locationId?: string | null;
  status?: RentalStatus | null;
  /** Out past its due time (at `ctx.now()`), or, false, not overdue. */
  overdue?: boolean | null;
  customerId?: string | null;
  /** Part of the customer's name, or the rental's number. */
  search?: string | null;
}

/**
 * Rentals the caller may see, newest check-out first, filtered by location, status, overdue
 * (at the request's time), customer and a search over the customer's name or the number.
 * Errors: BAD_USER_INPUT for a page size out of range or a foreign cursor.
 */
export async function listRentals({
  ctx,
  filter,
  page,
}: {
  ctx: ServiceContext;
  filter: RentalFilter | null;
  page: { first?: number | null; after?: string | null };
}): Promise<Page<RentalRow>> {
  const { first, after } = pageRequest(page);
  const f = filter ?? {};
  const now = ctx.now();
  const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  if ((f.locationId && !isUuid(f.locationId)) || (f.customerId && !isUuid(f.customerId)))
    return empty;
  const search = f.search?.trim();
  const overdue = sql`(${rentalsTable.status} = 'OUT' and ${rentalsTable.dueAt} < ${now.toISOString()}::timestamptz)`;
  const where = and(
    rentalScope(ctx),
    f.locationId ? eq(rentalsTable.locationId, f.locationId) : undefined,
    f.status ? eq(rentalsTable.status, f.status) : undefined,
    f.customerId ? eq(rentalsTable.customerId, f.customerId) : undefined,
    f.overdue === true ? overdue : f.overdue === false ? sql`not ${overdue}` : undefined,
    search
      ? or(
          sql`exists (select 1 from customers c where c.id = ${rentalsTable.customerId}
            and c.name ilike ${`%${search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`})`,
          /^\d{1,9}$/.test(search.replace(/^#/, ''))
            ? eq(rentalsTable.number, Number(search.replace(/^#/, '')))
            : undefined,
        )
      : undefined,
  );
  const cursor = after !== null ? parseCursor(after) : null;
  const rows = await ctx.db
    .select()
    .from(rentalsTable)
    .where(
      and(
        where,
        cursor
          ? sql`(${rentalsTable.checkedOutAt}, ${rentalsTable.id}) < (${cursor.at.toISOString()}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(rentalsTable.checkedOutAt), desc(rentalsTable.id))
    .limit(first + 1);
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(rentalsTable)
    .where(where);
  const edges = rows.slice(0, first).map((node) => ({
    cursor: encodeCursor(JSON.stringify([node.checkedOutAt.toISOString(), node.id])),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
  };
}

function parseCursor(after: string): { at: Date; id: string } {
  try {
    const [iso, id] = JSON.parse(after) as unknown[];
    const at = new Date(String(iso));
    if (typeof id === 'string' && isUuid(id) && !Number.isNaN(at.getTime())) return { at, id };
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: 'is not a cursor of this list' });
}

/** A rental item with what the list shows of it: the repair notes and the charge's currency. */
export type RentalItemView = RentalItemRow & { damageNotes: string | null; currency: string };

/** The items of rentals, in the order they were written, with their repair task's notes. */
export async function rentalItemsOf(
  db: DbOrTx,
  rentalIds: readonly string[],
): Promise<RentalItemView[]> {
  const ids = rentalIds.filter(isUuid);
  if (!ids.length) return [];
  const rows = await db
    .select({
      item: rentalItemsTable,
      damageNotes: maintenanceTasksTable.notes,
      currency: rentalsTable.depositCurrency,
      name: equipmentTable.name,
    })
    .from(rentalItemsTable)
    .innerJoin(rentalsTable, eq(rentalsTable.id, rentalItemsTable.rentalId))
    .innerJoin(equipmentTable, eq(equipmentTable.id, rentalItemsTable.equipmentId))
    .leftJoin(maintenanceTasksTable, eq(maintenanceTasksTable.id, rentalItemsTable.repairTaskId))
    .where(inArray(rentalItemsTable.rentalId, ids))
    .orderBy(asc(equipmentTable.category), asc(equipmentTable.name), asc(rentalItemsTable.id));
  return rows.map((r) => ({ ...r.item, damageNotes: r.damageNotes, currency: r.currency }));
}

/**
 * What can go out on a rental at a location from now until `until`: items in service (not
 * retired, not awaiting repair), not out on another rental and without a booking or window
 * over that time — except the allocations of `bookingId`, whose gear the rental may take.
 * By category, size label and name. A read: the check-out itself decides under its locks.
 */
export async function rentableEquipment({
  ctx,
  locationId,
  until,
  bookingId,
}: {
  ctx: ServiceContext;
  locationId: string;
  until: Date;
  bookingId?: string | null;
}): Promise<EquipmentRow[]> {
  const now = ctx.now();
  if (!isUuid(locationId)) return [];
  if (!(until > now)) throw badInput({ until: 'must be after now' });
  const busy = busyResourceIds(ctx.db, 'EQUIPMENT', {
    startsAt: now,
    endsAt: until,
    excludeBookingId: bookingId && isUuid(bookingId) ? bookingId : undefined,
  });
  const out = ctx.db
    .select({ id: rentalItemsTable.equipmentId })
    .from(rentalItemsTable)
    .where(isNull(rentalItemsTable.returnedAt));
  return ctx.db
    .select()
    .from(equipmentTable)
    .where(
      and(
        eq(equipmentTable.locationId, locationId),
        eq(equipmentTable.status, 'AVAILABLE'),
        notInArray(equipmentTable.id, busy),
        notInArray(equipmentTable.id, out),
      ),
    )
    .orderBy(asc(equipmentTable.category), asc(equipmentTable.size), asc(equipmentTable.name))
    .limit(1000);
}

/** Rentals OUT past their due time at `now`, oldest due first (the reminder job's work). */
export async function overdueRentals(db: DbOrTx, now: Date, limit = 200) {
  return db
    .select()
    .from(rentalsTable)
    .where(and(eq(rentalsTable.status, 'OUT'), lt(rentalsTable.dueAt, now)))
    .orderBy(asc(rentalsTable.dueAt))
    .limit(limit);
}
