import { and, asc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { MANAGEMENT_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { nameIdKey, pageRequest, parseNameIdKey, toPage } from '../../db/pagination.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { customersTable, type CustomerRow } from './schema.js';

/**
 * The customer rows the caller may reach, as a condition. Management and API keys with READ
 * see every record; a student or customer sees their own record and the records of the
 * dependents they are guardian of; an instructor sees the customers they teach, which the
 * booking module defines (until it does, none). Every read and write goes through this.
 */
export function customerScope(ctx: Pick<ServiceContext, 'viewer' | 'apiKey'>): SQL {
  if (ctx.apiKey) return ctx.apiKey.scopes.includes('READ') ? sql`true` : sql`false`;
  const viewer = ctx.viewer;
  if (!viewer) return sql`false`;
  if (MANAGEMENT_ROLES.includes(viewer.role)) return sql`true`;
  if (viewer.role === 'STUDENT' || viewer.role === 'CUSTOMER') {
    const own = sql`(select c.id from customers c where c.user_id = ${viewer.userId})`;
    return or(eq(customersTable.userId, viewer.userId), inArray(customersTable.guardianId, own))!;
  }
  return sql`false`;
}

/** The customer with `id` if the caller may reach it, else null (callers answer NOT_FOUND). */
export async function getCustomerInScope(
  ctx: Pick<ServiceContext, 'viewer' | 'apiKey' | 'db'>,
  id: string,
  db: DbOrTx = ctx.db,
): Promise<CustomerRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(customersTable)
    .where(and(eq(customersTable.id, id), customerScope(ctx)));
  return row ?? null;
}

/** One customer in the caller's scope; null (not an error) outside it, as the contract has it. */
export async function getCustomer({ ctx, id }: { ctx: ServiceContext; id: string }) {
  return getCustomerInScope(ctx, id);
}

/**
 * Customers in the caller's scope ordered by name, filtered by a search over name, email and
 * phone. Errors: BAD_USER_INPUT for a page size out of range or a foreign cursor.
 */
export async function listCustomers({
  ctx,
  search,
  page,
}: {
  ctx: ServiceContext;
  search?: string | null;
  page: { first?: number | null; after?: string | null };
}) {
  const { first, after } = pageRequest(page);
  const term = search?.trim();
  const pattern = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    customerScope(ctx),
    pattern
      ? or(
          ilike(customersTable.name, pattern),
          ilike(customersTable.email, pattern),
          ilike(customersTable.phone, pattern),
        )
      : undefined,
  );
  const cursor = after !== null ? parseNameIdKey(after) : null;
  const rows = await ctx.db
    .select()
    .from(customersTable)
    .where(
      cursor
        ? and(
            where,
            or(
              gt(customersTable.name, cursor.name),
              and(eq(customersTable.name, cursor.name), gt(customersTable.id, cursor.id)),
            ),
          )
        : where,
    )
    .orderBy(asc(customersTable.name), asc(customersTable.id))
    .limit(first + 1);
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(customersTable)
    .where(where);
  return toPage(rows, first, total, nameIdKey);
}

export interface CustomerInput {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;

/** Trimmed values and their problems, shared by create and update. */
function cleanCustomerInput(input: CustomerInput, creating: boolean) {
  const fields: Record<string, string> = {};
  const name = input.name?.trim();
  if ((creating || input.name !== undefined) && (!name || name.length > 200)) {
    fields.name = 'must be 1 to 200 characters';
  }
  const email = input.email?.trim() || null;
  if (email && !EMAIL.test(email)) fields.email = 'is not an email address';
  const phone = input.phone?.trim() || null;
  if (phone && !PHONE.test(phone)) fields.phone = 'is not a phone number';
  if (Object.keys(fields).length) throw badInput(fields);
  return {
    ...(input.name !== undefined && input.name !== null ? { name } : {}),
    ...(input.email !== undefined ? { email } : {}),
    ...(input.phone !== undefined ? { phone } : {}),
  } as { name?: string; email?: string | null; phone?: string | null };
}

/**
 * Creates a customer record (staff, or a partner with CUSTOMERS_WRITE). Audited.
 * Errors: BAD_USER_INPUT for an empty name or a malformed email or phone.
 */
export async function createCustomer({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CustomerInput & { name: string };
}) {
  const values = cleanCustomerInput(input, true);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(customersTable)
      .values({
        name: values.name!,
        email: values.email,
        phone: values.phone,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'customer.created',
        entityType: 'customer',
        entityId: row!.id,
        data: ctx.apiKey ? { apiKeyId: ctx.apiKey.apiKeyId } : {},
      },
      now,
    );
    return row!;
  });
}

/**
 * Changes a customer record in the caller's scope: staff any, a student or customer their
 * own or a dependent's. Audited with the fields that changed.
 * Errors: NOT_FOUND outside the scope (never FORBIDDEN: ids are not confirmed to exist);
 * BAD_USER_INPUT as for create.
 */
export async function updateCustomer({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: CustomerInput;
}) {
  const values = cleanCustomerInput(input, false);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const existing = await getCustomerInScope(ctx, id, tx);
    if (!existing) throw notFound('Customer');
    const [row] = await tx
      .update(customersTable)
      .set({ ...values, updatedAt: now })
      .where(eq(customersTable.id, existing.id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'customer.updated',
        entityType: 'customer',
        entityId: existing.id,
        data: { fields: Object.keys(values) },
      },
      now,
    );
    return row!;
  });
}

/** The record a new student or customer account owns, created with the account. */
export async function createOwnCustomer(
  tx: DbOrTx,
  user: { id: string; name: string; email: string },
  now: Date,
) {
  const [row] = await tx
    .insert(customersTable)
    .values({ name: user.name, email: user.email, userId: user.id, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

/** Own customer records by user id, for `User.customer`. */
export async function customersByUserIds(db: DbOrTx, userIds: readonly string[]) {
  const valid = userIds.filter(isUuid);
  const rows = valid.length
    ? await db.select().from(customersTable).where(inArray(customersTable.userId, valid))
    : [];
  const byUser = new Map(rows.map((r) => [r.userId!, r]));
  return userIds.map((id) => byUser.get(id) ?? null);
}
