import { and, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { MANAGEMENT_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { pageRequest, toPage, type Page } from '../../db/pagination.js';
import { containsPattern } from '../../db/like.js';
import { badInput, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { invoicesTable, type InvoiceKind, type InvoiceRow } from './schema.js';

type Caller = Pick<ServiceContext, 'viewer' | 'apiKey'>;

/** The customer records a student or customer answers for: their own and their dependents'. */
const ownCustomers = (userId: string) =>
  sql`(select c.id from customers c where c.user_id = ${userId}
    or c.guardian_id in (select o.id from customers o where o.user_id = ${userId}))`;

/**
 * The documents the caller may see, as a condition on `invoices`: management (administrators,
 * managers) every one; a student or customer those made out to their own record or to a
 * dependent they manage; instructors and API keys none (money and personal data). Every read
 * goes through this.
 */
export function invoiceScope(ctx: Caller): SQL {
  const viewer = ctx.viewer;
  if (ctx.apiKey || !viewer) return sql`false`;
  if (MANAGEMENT_ROLES.includes(viewer.role)) return sql`true`;
  if (viewer.role === 'STUDENT' || viewer.role === 'CUSTOMER') {
    return sql`${invoicesTable.customerId} in ${ownCustomers(viewer.userId)}`;
  }
  return sql`false`;
}

/** The document with `id` when the caller may see it, else null (callers answer NOT_FOUND). */
export async function invoiceInScope(
  ctx: Caller & { db: DbOrTx },
  id: string,
): Promise<InvoiceRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await ctx.db
    .select()
    .from(invoicesTable)
    .where(and(eq(invoicesTable.id, id), invoiceScope(ctx)));
  return row ?? null;
}

/** One document the caller may see, or null. */
export const getInvoice = ({ ctx, id }: { ctx: ServiceContext; id: string }) =>
  invoiceInScope(ctx, id);

export interface InvoiceFilter {
  locationId?: string | null;
  customerId?: string | null;
  bookingId?: string | null;
  kind?: InvoiceKind | null;
  /** Issued at or after. */
  from?: Date | null;
  /** Issued before. */
  to?: Date | null;
  /** Part of the printed number or of the buyer's name as printed. */
  search?: string | null;
}

const cursorKey = (row: InvoiceRow) => JSON.stringify([row.issuedAt.toISOString(), row.id]);

function parseCursor(after: string): { issuedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(after) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && isUuid(id)) {
      const issuedAt = new Date(at);
      if (!Number.isNaN(issuedAt.getTime())) return { issuedAt, id };
    }
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: 'is not a cursor of this list' });
}

/**
 * Documents the caller may see, newest first, filtered by location, customer, booking, kind,
 * a time range of issue and a search over the number and the buyer's name.
 * `own` keeps to the caller's own records (the portal's list) whatever their role.
 * Errors: BAD_USER_INPUT for malformed ids, a range that ends before it starts, a page size
 * out of range or a foreign cursor.
 */
export async function listInvoices({
  ctx,
  filter,
  page,
  own = false,
}: {
  ctx: ServiceContext;
  filter?: InvoiceFilter | null;
  page: { first?: number | null; after?: string | null };
  own?: boolean;
}): Promise<Page<InvoiceRow>> {
  const f = filter ?? {};
  const problems: FieldErrors = {};
  for (const key of ['locationId', 'customerId', 'bookingId'] as const) {
    const value = f[key];
    if (value != null && !isUuid(value)) problems[`filter.${key}`] = 'is not an id';
  }
  if (f.from && f.to && f.from >= f.to) problems['filter.to'] = 'must be after from';
  if (f.search && f.search.length > 100) problems['filter.search'] = 'is longer than 100';
  if (Object.keys(problems).length) throw badInput(problems);
  const { first, after } = pageRequest(page);

  const conditions: (SQL | undefined)[] = [
    own
      ? ctx.viewer && !ctx.apiKey
        ? sql`${invoicesTable.customerId} in ${ownCustomers(ctx.viewer.userId)}`
        : sql`false`
      : invoiceScope(ctx),
    f.locationId ? eq(invoicesTable.locationId, f.locationId) : undefined,
    f.customerId ? eq(invoicesTable.customerId, f.customerId) : undefined,
    f.bookingId ? eq(invoicesTable.bookingId, f.bookingId) : undefined,
    f.kind ? eq(invoicesTable.kind, f.kind) : undefined,
    f.from ? gte(invoicesTable.issuedAt, f.from) : undefined,
    f.to ? lt(invoicesTable.issuedAt, f.to) : undefined,
    f.search?.trim()
      ? or(
          ilike(invoicesTable.displayNumber, containsPattern(f.search.trim())),
          ilike(sql`${invoicesTable.parties}->'buyer'->>'name'`, containsPattern(f.search.trim())),
        )
      : undefined,
  ];
  const where = and(...conditions);
  const cursor = after ? parseCursor(after) : null;
  const [rows, [count]] = await Promise.all([
    ctx.db
      .select()
      .from(invoicesTable)
      .where(
        and(
          where,
          cursor
            ? sql`(${invoicesTable.issuedAt}, ${invoicesTable.id}) < (${cursor.issuedAt.toISOString()}::timestamptz, ${cursor.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(invoicesTable.issuedAt), desc(invoicesTable.id))
      .limit(first + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(invoicesTable)
      .where(where),
  ]);
  return toPage(rows, first, Number(count?.n ?? 0), cursorKey);
}

/** Receipts of payments, by payment id: for `Payment.receipt` behind an already scoped payment. */
export async function receiptsOfPayments(db: DbOrTx, paymentIds: readonly string[]) {
  const valid = paymentIds.filter(isUuid);
  if (!valid.length) return [];
  return db
    .select()
    .from(invoicesTable)
    .where(and(inArray(invoicesTable.paymentId, valid), eq(invoicesTable.kind, 'RECEIPT')));
}
