import { and, asc, desc, eq, gt, gte, inArray, like, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { rowsOf, type DbOrTx, type Tx } from '../../db/client.js';
import { pageRequest, toPage, type Page } from '../../db/pagination.js';
import { badInput } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { auditHash, firstBreak, GENESIS_HASH, type ChainBreak } from './chain.js';
import { usersTable } from '../identity/schema.js';
import { auditLogTable, type AuditRow } from './schema.js';
import { escapeLike } from '../../db/like.js';

// Arbitrary, fixed: serialises audit writers so the chain follows commit order.
const AUDIT_LOCK_ID = 727_002;

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  data?: Record<string, unknown>;
}

/** Who did it, from where: taken from the service context. */
export interface AuditActor {
  userId: string | null;
  apiKeyId?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export const actorOf = (ctx: ServiceContext): AuditActor => ({
  userId: ctx.viewer?.userId ?? null,
  ip: ctx.ip,
  requestId: ctx.requestId,
});

/**
 * Appends one row to the audit log inside the caller's transaction, so the record and the
 * change it describes commit or roll back together. Holds an advisory lock until commit:
 * concurrent writers append one after another and the chain stays linear.
 * `data` must not hold secrets (passwords, tokens, hashes).
 */
export async function recordAudit(
  tx: Tx,
  actor: AuditActor,
  entry: AuditEntry,
  now: Date,
): Promise<AuditRow> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_ID})`);
  const [last] = await tx
    .select({ hash: auditLogTable.hash })
    .from(auditLogTable)
    .orderBy(desc(auditLogTable.id))
    .limit(1);
  const idResult = await tx.execute<{ id: string | number }>(
    sql`select nextval(pg_get_serial_sequence('audit_log', 'id')) as id`,
  );
  const idRow = rowsOf<{ id: string | number }>(idResult)[0]!;
  const fields = {
    id: Number(idRow.id),
    occurredAt: now,
    actorUserId: actor.userId,
    actorApiKeyId: actor.apiKeyId ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    data: entry.data ?? {},
    ip: actor.ip ?? null,
    requestId: actor.requestId ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const [row] = await tx
    .insert(auditLogTable)
    .values({ ...fields, hash: auditHash(fields) })
    .returning();
  return row!;
}

/**
 * Walks the whole log in id order and returns the first row where the chain breaks (an
 * edited row, or the row after a deleted one), or null when it is intact.
 */
export async function verifyAuditChain(
  db: DbOrTx,
  batchSize = 1000,
): Promise<{ checked: number; broken: ChainBreak | null }> {
  let prev = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLogTable)
      .where(gt(auditLogTable.id, afterId))
      .orderBy(asc(auditLogTable.id))
      .limit(batchSize);
    if (rows.length === 0) return { checked, broken: null };
    const broken = firstBreak(rows, prev);
    if (broken) return { checked: checked + rows.findIndex((r) => r.id === broken.id), broken };
    checked += rows.length;
    prev = rows[rows.length - 1]!.hash;
    afterId = rows[rows.length - 1]!.id;
  }
}

export interface AuditFilter {
  action?: string | null;
  actorUserId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Audit entries, newest first, filtered; for the admin log browser (admins only, by rule).
 * Errors: BAD_USER_INPUT for a page size out of range or a malformed cursor.
 */
export async function listAuditEntries({
  ctx,
  filter = {},
  page,
}: {
  ctx: ServiceContext;
  filter?: AuditFilter | null;
  page: { first?: number | null; after?: string | null };
}): Promise<Page<AuditRow>> {
  const { first, after } = pageRequest(page);
  const conditions = [
    filter?.action ? like(auditLogTable.action, `${escapeLike(filter.action)}%`) : undefined,
    filter?.actorUserId && isUuid(filter.actorUserId)
      ? eq(auditLogTable.actorUserId, filter.actorUserId)
      : undefined,
    filter?.actorUserId && !isUuid(filter.actorUserId) ? sql`false` : undefined,
    filter?.entityType ? eq(auditLogTable.entityType, filter.entityType) : undefined,
    filter?.entityId ? eq(auditLogTable.entityId, filter.entityId) : undefined,
    filter?.from ? gte(auditLogTable.occurredAt, filter.from) : undefined,
    filter?.to ? lt(auditLogTable.occurredAt, filter.to) : undefined,
  ];
  const where = and(...conditions);
  let cursorId: number | null = null;
  if (after !== null) {
    cursorId = Number(after);
    if (!Number.isSafeInteger(cursorId)) throw badInput({ after: 'is not a cursor of this list' });
  }
  const rows = await ctx.db
    .select()
    .from(auditLogTable)
    .where(cursorId === null ? where : and(where, lt(auditLogTable.id, cursorId)))
    .orderBy(desc(auditLogTable.id))
    .limit(first + 1);
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(auditLogTable)
    .where(where);
  return toPage(rows, first, total, (row) => row.id);
}

/**
 * What the log says about one record, for its timeline: the record's own entries among
 * `actions`, plus entries about other records that name it in their data (`mentions`: a
 * dependent's `customer.created` names its guardian as `guardianId`).
 */
export interface AuditTrail {
  entityType: string;
  entityId: string;
  actions: readonly string[];
  mentions?: readonly { action: string; dataKey: string }[];
}

/**
 * Where a page of a trail starts, newest first: entries before (`at`, `beforeId`), or, for a
 * cursor that is not an audit entry's, entries before `at` (`orAt`: and those at `at`).
 */
export type AuditTrailStart = { at: Date; beforeId: number } | { at: Date; orAt: boolean };

function trailWhere(trail: AuditTrail): SQL {
  return or(
    and(
      eq(auditLogTable.entityType, trail.entityType),
      eq(auditLogTable.entityId, trail.entityId),
      inArray(auditLogTable.action, [...trail.actions]),
    ),
    ...(trail.mentions ?? []).map(({ action, dataKey }) =>
      and(
        eq(auditLogTable.action, action),
        sql`${auditLogTable.data}->>${dataKey} = ${trail.entityId}`,
      ),
    ),
  )!;
}

function trailStart(start: AuditTrailStart): SQL {
  const at = sql`${start.at.toISOString()}::timestamptz`;
  if ('beforeId' in start) {
    return sql`(${auditLogTable.occurredAt}, ${auditLogTable.id}) < (${at}, ${start.beforeId})`;
  }
  return start.orAt
    ? sql`${auditLogTable.occurredAt} <= ${at}`
    : sql`${auditLogTable.occurredAt} < ${at}`;
}

/** A page of a record's trail, newest first (time, then id), with the acting user's name. */
export async function auditTrail(
  ctx: ServiceContext,
  trail: AuditTrail,
  start: AuditTrailStart | null,
  limit: number,
): Promise<{ row: AuditRow; actorName: string | null }[]> {
  return ctx.db
    .select({ row: auditLogTable, actorName: usersTable.name })
    .from(auditLogTable)
    .leftJoin(usersTable, eq(usersTable.id, auditLogTable.actorUserId))
    .where(and(trailWhere(trail), start ? trailStart(start) : undefined))
    .orderBy(desc(auditLogTable.occurredAt), desc(auditLogTable.id))
    .limit(limit);
}

/** How many entries a record's trail has. */
export async function countAuditTrail(ctx: ServiceContext, trail: AuditTrail): Promise<number> {
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(auditLogTable)
    .where(trailWhere(trail));
  return total;
}

/** Whether the log holds an entry of `action` about the record. */
export async function hasAuditEntry(
  ctx: ServiceContext,
  entry: { action: string; entityType: string; entityId: string },
): Promise<boolean> {
  const rows = await ctx.db
    .select({ id: auditLogTable.id })
    .from(auditLogTable)
    .where(
      and(
        eq(auditLogTable.action, entry.action),
        eq(auditLogTable.entityType, entry.entityType),
        eq(auditLogTable.entityId, entry.entityId),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
