import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { pageRequest, toPage, type Page } from '../../db/pagination.js';
import { badInput } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { isManagement } from '../bookings/scope.js';
import { paymentsTable, type PaymentKind, type PaymentRow } from './schema.js';
import type { PaymentMethod } from '../locations/schema.js';

export interface PaymentFilter {
  locationId?: string | null;
  customerId?: string | null;
  bookingId?: string | null;
  kind?: PaymentKind | null;
  method?: PaymentMethod | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * The payments the caller may see, as a condition: management all (and partner keys with
 * READ); a student or customer those of their own record and their dependents'; nobody else.
 */
export function paymentScope(ctx: Pick<ServiceContext, 'viewer' | 'apiKey'>): SQL {
  if (ctx.apiKey) return ctx.apiKey.scopes.includes('READ') ? sql`true` : sql`false`;
  if (!ctx.viewer) return sql`false`;
  if (isManagement(ctx)) return sql`true`;
  if (ctx.viewer.role === 'STUDENT' || ctx.viewer.role === 'CUSTOMER') {
    return sql`${paymentsTable.customerId} in (select c.id from customers c where c.user_id = ${ctx.viewer.userId}
      or c.guardian_id in (select o.id from customers o where o.user_id = ${ctx.viewer.userId}))`;
  }
  return sql`false`;
}

/** Payments in the caller's scope, newest first, filtered and paged. */
export async function listPayments({
  ctx,
  filter,
  page,
}: {
  ctx: ServiceContext;
  filter?: PaymentFilter | null;
  page: { first?: number | null; after?: string | null };
}): Promise<Page<PaymentRow>> {
  const { first, after } = pageRequest(page);
  for (const key of ['locationId', 'customerId', 'bookingId'] as const) {
    const id = filter?.[key];
    if (id != null && !isUuid(id)) throw badInput({ [`filter.${key}`]: 'is not an id' });
  }
  const where = and(
    paymentScope(ctx),
    filter?.locationId ? eq(paymentsTable.locationId, filter.locationId) : undefined,
    filter?.customerId ? eq(paymentsTable.customerId, filter.customerId) : undefined,
    filter?.bookingId ? eq(paymentsTable.bookingId, filter.bookingId) : undefined,
    filter?.kind ? eq(paymentsTable.kind, filter.kind) : undefined,
    filter?.method ? eq(paymentsTable.method, filter.method) : undefined,
    filter?.from ? gte(paymentsTable.createdAt, filter.from) : undefined,
    filter?.to ? lt(paymentsTable.createdAt, filter.to) : undefined,
  );
  let cursor: SQL | undefined;
  if (after) {
    const [at, id] = JSON.parse(after) as [string, string];
    cursor = or(
      lt(paymentsTable.createdAt, new Date(at)),
      and(eq(paymentsTable.createdAt, new Date(at)), lt(paymentsTable.id, id)),
    );
  }
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select()
      .from(paymentsTable)
      .where(and(where, cursor))
      .orderBy(desc(paymentsTable.createdAt), desc(paymentsTable.id))
      .limit(first + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(paymentsTable)
      .where(where),
  ]);
  return toPage(rows, first, count!.n, (r) => JSON.stringify([r.createdAt.toISOString(), r.id]));
}

/** Payments of bookings (refunds included), oldest first, by booking. */
export async function paymentsOfBookings(db: DbOrTx, bookingIds: readonly string[]) {
  if (!bookingIds.length) return [];
  return db
    .select()
    .from(paymentsTable)
    .where(inArray(paymentsTable.bookingId, [...bookingIds]))
    .orderBy(paymentsTable.createdAt);
}
