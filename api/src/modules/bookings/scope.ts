import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { MANAGEMENT_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { isUuid } from '../../ids.js';
import { customerScope } from '../customers/service.js';
import { customersTable } from '../customers/schema.js';
import { bookingParticipantsTable, bookingsTable, type BookingRow } from './schema.js';

type Caller = Pick<ServiceContext, 'viewer' | 'apiKey'>;

export const isManagement = (ctx: Caller) =>
  ctx.viewer !== null && MANAGEMENT_ROLES.includes(ctx.viewer.role);

/** Management or a partner's key that may write bookings: they book for anyone. */
export const booksForAnyone = (ctx: Caller) =>
  isManagement(ctx) || (ctx.apiKey?.scopes.includes('BOOKINGS_WRITE') ?? false);

export const isStudentLike = (ctx: Caller) =>
  ctx.viewer?.role === 'STUDENT' || ctx.viewer?.role === 'CUSTOMER';

/**
 * The bookings the caller may see, as a condition on `bookings`: management and API keys
 * with READ see all; an instructor the bookings they teach; a student or customer the
 * bookings with their own record or a dependent's among the participants (present or
 * past). Every read goes through this.
 */
export function bookingScope(ctx: Caller): SQL {
  if (ctx.apiKey) return ctx.apiKey.scopes.includes('READ') ? sql`true` : sql`false`;
  const viewer = ctx.viewer;
  if (!viewer) return sql`false`;
  if (MANAGEMENT_ROLES.includes(viewer.role)) return sql`true`;
  if (viewer.role === 'INSTRUCTOR') {
    return sql`${bookingsTable.instructorId} in (select i.id from instructors i where i.user_id = ${viewer.userId})`;
  }
  return sql`exists (select 1 from booking_participants bp join customers c on c.id = bp.customer_id
    where bp.booking_id = ${bookingsTable.id} and (c.user_id = ${viewer.userId}
      or c.guardian_id in (select o.id from customers o where o.user_id = ${viewer.userId})))`;
}

/** The booking with `id` when the caller may see it (archived ones included), else null. */
export async function bookingInScope(
  ctx: Caller & { db: DbOrTx },
  id: string,
  db: DbOrTx = ctx.db,
): Promise<BookingRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(bookingsTable)
    .where(and(eq(bookingsTable.id, id), bookingScope(ctx)));
  return row ?? null;
}

/** Of `ids`, the customer records the caller may book for (not merged away). */
export async function bookableCustomers(
  ctx: Caller & { db: DbOrTx },
  ids: readonly string[],
  db: DbOrTx = ctx.db,
) {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  return db
    .select()
    .from(customersTable)
    .where(
      and(
        inArray(customersTable.id, valid),
        isNull(customersTable.mergedIntoId),
        booksForAnyone(ctx) ? undefined : customerScope(ctx),
      ),
    );
}

/** The customer ids (own record and dependents) a student or customer acts for. */
export async function ownCustomerIds(ctx: Caller & { db: DbOrTx }, db: DbOrTx = ctx.db) {
  if (!ctx.viewer) return [];
  const rows = await db
    .select({ id: customersTable.id })
    .from(customersTable)
    .where(
      or(
        eq(customersTable.userId, ctx.viewer.userId),
        sql`${customersTable.guardianId} in (select o.id from customers o where o.user_id = ${ctx.viewer.userId})`,
      ),
    );
  return rows.map((r) => r.id);
}

/** Active participants (not left) of bookings, by booking. */
export async function participantsOf(db: DbOrTx, bookingIds: readonly string[]) {
  if (!bookingIds.length) return [];
  return db
    .select()
    .from(bookingParticipantsTable)
    .where(
      and(
        inArray(bookingParticipantsTable.bookingId, [...bookingIds]),
        isNull(bookingParticipantsTable.cancelledAt),
      ),
    );
}

/**
 * The active participants of bookings with only their id and name, in the order they joined:
 * what a calendar page shows of them, without mapping whole customer rows.
 */
export async function participantNamesOf(db: DbOrTx, bookingIds: readonly string[]) {
  if (!bookingIds.length) return new Map<string, { id: string; name: string }[]>();
  const people = await db
    .select({
      bookingId: bookingParticipantsTable.bookingId,
      customerId: bookingParticipantsTable.customerId,
    })
    .from(bookingParticipantsTable)
    .where(
      and(
        sql`${bookingParticipantsTable.bookingId} = any(${sql.param([...bookingIds])}::uuid[])`,
        isNull(bookingParticipantsTable.cancelledAt),
      ),
    )
    .orderBy(bookingParticipantsTable.createdAt);
  const ids = [...new Set(people.map((p) => p.customerId))];
  const names = ids.length
    ? await db
        .select({ id: customersTable.id, name: customersTable.name })
        .from(customersTable)
        .where(sql`${customersTable.id} = any(${sql.param(ids)}::uuid[])`)
    : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  const result = new Map<string, { id: string; name: string }[]>();
  for (const id of bookingIds) result.set(id, []);
  for (const p of people) {
    const person = byId.get(p.customerId);
    if (person) result.get(p.bookingId)!.push(person);
  }
  return result;
}
