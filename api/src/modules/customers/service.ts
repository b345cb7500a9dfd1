import { moveCustomerLedger } from '../money/ledger.js';
import {
  and,
  asc,
  desc,
  eq,
  gt,
  ilike,
  inArray,
  isNull,
  like,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { MANAGEMENT_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { nameIdKey, pageRequest, parseNameIdKey, toPage } from '../../db/pagination.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { moveDocuments } from '../documents/merge.js';
import { checkCustomerFields, phoneDigitsOf, type CustomerFieldsInput } from './fields.js';
import { customersTable, type CustomerRow, type Discipline } from './schema.js';
import { usersTable } from '../identity/schema.js';
import { manyEach, oneEach } from '../../db/batch.js';
import { containsPattern } from '../../db/like.js';

/**
 * The customer rows the caller may reach, as a condition. Management and API keys with READ
 * see every record; a student or customer sees their own record and the records of the
 * dependents they are guardian of; an instructor sees the customers of the lessons they
 * teach (any booking of theirs, archived ones aside). Every read and write goes through this.
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
  if (viewer.role === 'INSTRUCTOR') {
    return sql`${customersTable.id} in (select bp.customer_id from booking_participants bp
      join bookings b on b.id = bp.booking_id join instructors i on i.id = b.instructor_id
      where i.user_id = ${viewer.userId} and b.deleted_at is null)`;
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

export interface CustomerFilter {
  /** Every one of these tags. */
  tags?: string[] | null;
  discipline?: Discipline | null;
  /** Only records with (true) or without (false) an account. */
  hasAccount?: boolean | null;
}

/** How similar a record is to a search term: the best of name, email and phone matches. */
const searchScore = (term: string, digits: string | null) => sql<number>`greatest(
  similarity(${customersTable.name}, ${term}),
  word_similarity(${term}, ${customersTable.name}),
  coalesce(similarity(${customersTable.email}, ${term}), 0),
  ${digits ? sql`case when ${customersTable.phoneDigits} like ${`%${digits}%`} then 1 else 0 end` : sql`0`}
)`;

/**
 * Customers in the caller's scope: by name, or by relevance to a typo-tolerant search over
 * name, email and phone (pg_trgm). Merged duplicates are left out. Errors: BAD_USER_INPUT for
 * a page size out of range or a foreign cursor.
 */
export async function listCustomers({
  ctx,
  search,
  filter,
  page,
}: {
  ctx: ServiceContext;
  search?: string | null;
  filter?: CustomerFilter | null;
  page: { first?: number | null; after?: string | null };
}) {
  const { first, after } = pageRequest(page);
  const term = search?.trim().slice(0, 100) || null;
  const where = and(
    customerScope(ctx),
    isNull(customersTable.mergedIntoId),
    filter?.tags?.length
      ? sql`${customersTable.tags} @> ${sql.param(filter.tags.map((t) => t.toLowerCase()))}::text[]`
      : undefined,
    filter?.discipline
      ? sql`${customersTable.skills} @> ${JSON.stringify([{ discipline: filter.discipline }])}::jsonb`
      : undefined,
    filter?.hasAccount === true ? sql`${customersTable.userId} is not null` : undefined,
    filter?.hasAccount === false ? isNull(customersTable.userId) : undefined,
  );
  if (term) {
    const digits = phoneDigitsOf(term);
    const pattern = containsPattern(term);
    const matches = and(
      where,
      or(
        sql`${customersTable.name} % ${term}`,
        sql`${term} <% ${customersTable.name}`,
        ilike(customersTable.name, pattern),
        ilike(customersTable.email, pattern),
        digits ? like(customersTable.phoneDigits, `%${digits}%`) : undefined,
      ),
    );
    // Ranked results page by position: the order is the score's, not a column's.
    const offset = after === null ? 0 : Number(after);
    if (!Number.isSafeInteger(offset) || offset < 0) {
      throw badInput({ after: 'is not a cursor of this list' });
    }
    const score = searchScore(term, digits);
    const rows = await withTransaction(ctx.db, async (tx) => {
      // pg_trgm's operators are costed as almost free, so the planner would rather test every
      // row than use the trigram indexes (20x slower at 50,000 customers, bench/README.md).
      // For this one statement, it has to use them.
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx
        .select({ row: customersTable, score, total: sql<number>`(count(*) over ())::int` })
        .from(customersTable)
        .where(matches)
        .orderBy(desc(score), asc(customersTable.name), asc(customersTable.id))
        .limit(first + 1)
        .offset(offset);
    });
    // The window count comes with any row; past the last page, count on its own.
    const total =
      rows[0]?.total ??
      (
        await ctx.db
          .select({ total: sql<number>`count(*)::int` })
          .from(customersTable)
          .where(matches)
      )[0]?.total ??
      0;
    const page = toPage(
      rows.map((r, i) => ({ ...r.row, position: offset + i + 1 })),
      first,
      total,
      (row) => row.position,
    );
    return page;
  }
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

/** Fields only the school writes: a member (student, customer) editing a record may not. */
const STAFF_ONLY_FIELDS = ['notes', 'tags'] as const;

/** A signed-in student or customer: they reach only their own record and their dependents'. */
const isMember = (ctx: Pick<ServiceContext, 'viewer'>) =>
  ctx.viewer?.role === 'STUDENT' || ctx.viewer?.role === 'CUSTOMER';

/**
 * Validated values, or BAD_USER_INPUT naming every refused field. A member sending staff
 * notes or tags is FORBIDDEN (naming them in `fields`): they are the school's, not theirs.
 */
function valuesOf(ctx: ServiceContext, input: CustomerFieldsInput, creating: boolean) {
  if (isMember(ctx)) {
    const staffOnly = STAFF_ONLY_FIELDS.filter((field) => input[field] !== undefined);
    if (staffOnly.length) {
      throw new DomainError('FORBIDDEN', 'Notes and tags are set by the school', {
        fields: Object.fromEntries(staffOnly.map((field) => [field, 'is set by the school'])),
      });
    }
  }
  const today = ctx.now().toISOString().slice(0, 10);
  const { values, problems } = checkCustomerFields(input, { creating, today });
  if (Object.keys(problems).length) throw badInput(problems);
  return values;
}

/**
 * Creates a customer record (staff, or a partner with CUSTOMERS_WRITE); with `guardianId`, a
 * dependent of that record (a child booked and signed for by a parent). Audited.
 * Errors: BAD_USER_INPUT for a refused field; NOT_FOUND for a guardian outside the scope.
 */
export async function createCustomer({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CustomerFieldsInput & { name: string; guardianId?: string | null };
}) {
  const values = valuesOf(ctx, input, true);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    if (input.guardianId && !(await getCustomerInScope(ctx, input.guardianId, tx))) {
      throw notFound('Guardian');
    }
    const [row] = await tx
      .insert(customersTable)
      .values({
        ...values,
        name: values.name!,
        guardianId: input.guardianId ?? null,
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
        data: {
          ...(ctx.apiKey ? { apiKeyId: ctx.apiKey.apiKeyId } : {}),
          ...(input.guardianId ? { guardianId: input.guardianId } : {}),
        },
      },
      now,
    );
    return row!;
  });
}

/**
 * A dependent (a child, a relative) of a customer record, created by staff or by the
 * guardian themself in the portal. A member adds dependents to their own record only (a
 * dependent of a dependent would fall outside what they can see). Audited as
 * customer.created with the guardian.
 * Errors: NOT_FOUND for a guardian outside the caller's scope (for a member: any record but
 * their own); BAD_USER_INPUT as for create; FORBIDDEN for a member sending notes or tags.
 */
export async function addDependent({
  ctx,
  guardianId,
  input,
}: {
  ctx: ServiceContext;
  guardianId: string;
  input: CustomerFieldsInput & { name: string };
}) {
  if (isMember(ctx)) {
    const guardian = await getCustomerInScope(ctx, guardianId);
    if (guardian?.userId !== ctx.viewer!.userId) throw notFound('Guardian');
  }
  return createCustomer({ ctx, input: { ...input, guardianId } });
}

/**
 * Changes a customer record in the caller's scope: staff any, a student or customer their
 * own or a dependent's. Renaming a record that is an account's person renames the account
 * too (one person, one name). Audited with the names of the fields that changed (not their
 * values).
 * Errors: NOT_FOUND outside the scope (never FORBIDDEN: ids are not confirmed to exist);
 * BAD_USER_INPUT naming every refused field; FORBIDDEN for a member sending notes or tags.
 */
export async function updateCustomer({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: CustomerFieldsInput;
}) {
  const values = valuesOf(ctx, input, false);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const existing = await getCustomerInScope(ctx, id, tx);
    if (!existing || existing.mergedIntoId) throw notFound('Customer');
    const [row] = await tx
      .update(customersTable)
      .set({ ...values, updatedAt: now })
      .where(eq(customersTable.id, existing.id))
      .returning();
    if (existing.userId && values.name !== undefined && values.name !== existing.name) {
      await tx
        .update(usersTable)
        .set({ name: values.name, updatedAt: now })
        .where(eq(usersTable.id, existing.userId));
    }
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'customer.updated',
        entityType: 'customer',
        entityId: existing.id,
        data: { fields: Object.keys(values).filter((k) => k !== 'phoneDigits') },
      },
      now,
    );
    return row!;
  });
}

/**
 * Other records that look like the same person: the same email (any case) or the same phone
 * digits. Used by staff quick-create (before saving) and on a record's page (to merge).
 */
export async function findDuplicates({
  ctx,
  email,
  phone,
  excludeId,
}: {
  ctx: ServiceContext;
  email?: string | null;
  phone?: string | null;
  excludeId?: string | null;
}) {
  const digits = phoneDigitsOf(phone);
  const mail = email?.trim().toLowerCase() || null;
  if (!digits && !mail) return [];
  return ctx.db
    .select()
    .from(customersTable)
    .where(
      and(
        customerScope(ctx),
        isNull(customersTable.mergedIntoId),
        excludeId && isUuid(excludeId) ? ne(customersTable.id, excludeId) : undefined,
        or(
          mail ? eq(sql`lower(${customersTable.email})`, mail) : undefined,
          // The national number's tail: "+90 533…" and "0533…" are one phone.
          digits ? eq(sql`right(${customersTable.phoneDigits}, 9)`, digits.slice(-9)) : undefined,
        ),
      ),
    )
    .orderBy(asc(customersTable.createdAt))
    .limit(20);
}

/** Duplicates of an existing record, by its own email and phone. */
export async function duplicatesOf({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const row = await getCustomerInScope(ctx, id);
  if (!row) return [];
  return findDuplicates({ ctx, email: row.email, phone: row.phone, excludeId: row.id });
}

/**
 * Merges a duplicate into the record that stays (management): the survivor keeps its values
 * and takes the duplicate's where its own are empty, their tags and skills together, both
 * notes, the duplicate's dependents, documents, account and money (wallet balances and
 * receivables move through an ALLOCATION ledger entry). The duplicate stays, marked as merged, so
 * history that names it still resolves. Audited.
 * Errors: NOT_FOUND for either id; BAD_USER_INPUT for the same id twice; CONFLICT when both
 * have an account, or either was merged already.
 */
export async function mergeCustomers({
  ctx,
  survivorId,
  duplicateId,
}: {
  ctx: ServiceContext;
  survivorId: string;
  duplicateId: string;
}) {
  if (survivorId === duplicateId) throw badInput({ duplicateId: 'must differ from survivorId' });
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const survivor = await getCustomerInScope(ctx, survivorId, tx);
    const duplicate = await getCustomerInScope(ctx, duplicateId, tx);
    if (!survivor) throw notFound('Customer');
    if (!duplicate) throw notFound('Customer');
    if (survivor.mergedIntoId || duplicate.mergedIntoId) {
      throw new DomainError('CONFLICT', 'One of these records was merged already');
    }
    if (survivor.userId && duplicate.userId) {
      throw new DomainError('CONFLICT', 'Both records belong to accounts; they are two people');
    }
    const skills = [...survivor.skills];
    for (const skill of duplicate.skills) {
      if (!skills.some((s) => s.discipline === skill.discipline)) skills.push(skill);
    }
    await tx
      .update(customersTable)
      .set({ userId: null, mergedIntoId: survivor.id, guardianId: null, updatedAt: now })
      .where(eq(customersTable.id, duplicate.id));
    await tx
      .update(customersTable)
      .set({ guardianId: survivor.id, updatedAt: now })
      .where(and(eq(customersTable.guardianId, duplicate.id), ne(customersTable.id, survivor.id)));
    await moveDocuments(tx, duplicate.id, survivor.id);
    // The duplicate's wallet and what it owes follow it into the record that stays.
    await moveCustomerLedger(tx, duplicate.id, survivor.id, {
      occurredAt: now,
      createdBy: ctx.viewer?.userId ?? null,
    });
    const [row] = await tx
      .update(customersTable)
      .set({
        email: survivor.email ?? duplicate.email,
        phone: survivor.phone ?? duplicate.phone,
        phoneDigits: survivor.phoneDigits ?? duplicate.phoneDigits,
        birthDate: survivor.birthDate ?? duplicate.birthDate,
        emergencyContactName: survivor.emergencyContactName ?? duplicate.emergencyContactName,
        emergencyContactPhone: survivor.emergencyContactPhone ?? duplicate.emergencyContactPhone,
        weightKg: survivor.weightKg ?? duplicate.weightKg,
        heightCm: survivor.heightCm ?? duplicate.heightCm,
        guardianId:
          survivor.guardianId ??
          (duplicate.guardianId !== survivor.id ? duplicate.guardianId : null),
        userId: survivor.userId ?? duplicate.userId,
        skills,
        tags: [...new Set([...survivor.tags, ...duplicate.tags])],
        notes: [survivor.notes, duplicate.notes].filter(Boolean).join('\n\n') || null,
        updatedAt: now,
      })
      .where(eq(customersTable.id, survivor.id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'customer.merged',
        entityType: 'customer',
        entityId: survivor.id,
        data: { duplicateId: duplicate.id },
      },
      now,
    );
    return row!;
  });
}

/** The dependents a guardian record manages, by name. */
export async function dependentsOf(db: DbOrTx, guardianIds: readonly string[]) {
  const valid = guardianIds.filter(isUuid);
  const rows = valid.length
    ? await db
        .select()
        .from(customersTable)
        .where(and(inArray(customersTable.guardianId, valid), isNull(customersTable.mergedIntoId)))
        .orderBy(asc(customersTable.name))
    : [];
  return manyEach(guardianIds, rows, (r) => r.guardianId);
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
  return oneEach(userIds, rows, (r) => r.userId);
}
