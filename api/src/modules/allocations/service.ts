import { and, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { DomainError, sqlState } from '../../errors.js';
import { equipmentTable } from '../equipment/schema.js';
import { instructorsTable } from '../instructors/schema.js';
import { roomsTable } from '../locations/schema.js';
import {
  allocationsTable,
  type AllocationKind,
  type AllocationRow,
  type ResourceType,
} from './schema.js';

/** One use of one resource over [startsAt, endsAt) that a change wants to make. */
export interface Claim {
  resourceType: ResourceType;
  resourceId: string;
  kind: AllocationKind;
  startsAt: Date;
  endsAt: Date;
  bookingId?: string | null;
  sourceId?: string | null;
}

/** An existing active allocation a claim collides with, named for people. */
export interface Clash {
  resourceType: ResourceType;
  resourceId: string;
  resourceName: string;
  /** For a booking, the name of the service it is (what the resource is busy with). */
  serviceName?: string | null;
  kind: AllocationKind;
  bookingId: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** Rows a change is replacing: they do not count as clashes (a reschedule moves over itself). */
export interface Ignore {
  bookingIds?: readonly string[];
  sourceIds?: readonly string[];
}

/**
 * Takes a transaction-scoped advisory lock per resource, in one stable order (sorted ids), so
 * writers of the same resource queue instead of deadlocking on the exclusion constraint.
 * Everything that writes allocations calls this first.
 */
export async function lockResources(tx: Tx, resourceIds: readonly string[]) {
  const ids = [...new Set(resourceIds)].sort();
  for (const id of ids) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${id}, 7411))`);
  }
}

/**
 * [startsAt, endsAt) of an allocation overlaps [from, to), written as the range expression of
 * the gist indexes (migration 0013), so PostgreSQL finds the rows through them; plain
 * `starts_at < to and ends_at > from` reads every allocation of the resources asked for.
 */
const overlapsRange = (from: Date, to: Date) =>
  sql`tstzrange(${allocationsTable.startsAt}, ${allocationsTable.endsAt}, '[)') && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`;

/** Active allocations overlapping any claim (same resource, overlapping range), with names. */
export async function findClashes(
  db: DbOrTx,
  claims: readonly Claim[],
  ignore: Ignore = {},
): Promise<Clash[]> {
  if (!claims.length) return [];
  const overlaps = claims.map((c) =>
    and(eq(allocationsTable.resourceId, c.resourceId), overlapsRange(c.startsAt, c.endsAt))!,
  );
  const conditions: (SQL | undefined)[] = [eq(allocationsTable.active, true), or(...overlaps)];
  if (ignore.bookingIds?.length)
    conditions.push(
      or(
        sql`${allocationsTable.bookingId} is null`,
        sql`not (${inArray(allocationsTable.bookingId, [...ignore.bookingIds])})`,
      ),
    );
  if (ignore.sourceIds?.length)
    conditions.push(
      or(
        sql`${allocationsTable.sourceId} is null`,
        sql`not (${inArray(allocationsTable.sourceId, [...ignore.sourceIds])})`,
      ),
    );
  const rows = await db
    .select({
      allocation: allocationsTable,
      resourceName: sql<string>`coalesce(${instructorsTable.name}, ${equipmentTable.name}, ${roomsTable.name}, '')`,
      serviceName: sql<
        string | null
      >`(select s.name from bookings b join services s on s.id = b.service_id where b.id = ${allocationsTable.bookingId})`,
    })
    .from(allocationsTable)
    .leftJoin(instructorsTable, eq(instructorsTable.id, allocationsTable.resourceId))
    .leftJoin(equipmentTable, eq(equipmentTable.id, allocationsTable.resourceId))
    .leftJoin(roomsTable, eq(roomsTable.id, allocationsTable.resourceId))
    .where(and(...conditions))
    .orderBy(allocationsTable.startsAt)
    .limit(50);
  return rows.map(({ allocation: a, resourceName, serviceName }) => ({
    ...toClash(a, resourceName),
    serviceName,
  }));
}

const toClash = (a: AllocationRow, resourceName: string): Clash => ({
  resourceType: a.resourceType,
  resourceId: a.resourceId,
  resourceName,
  kind: a.kind,
  bookingId: a.bookingId,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
});

const KIND_WORDS: Record<AllocationKind, string> = {
  BOOKING: 'booked',
  MAINTENANCE: 'in maintenance',
  TIME_OFF: 'off work',
  RENTAL: 'rented out',
};

/**
 * The BOOKING_CONFLICT error for clashes: the message names each resource and the time it is
 * taken (UTC; clients render `extensions.conflicts` in the location's time zone).
 */
export function bookingConflict(clashes: readonly Clash[], extra: Record<string, unknown> = {}) {
  const words = clashes
    .slice(0, 3)
    .map(
      (c) =>
        `${c.resourceName || c.resourceType.toLowerCase()} is ${KIND_WORDS[c.kind]} ` +
        `${c.startsAt.toISOString()}–${c.endsAt.toISOString()}`,
    );
  const message = words.length
    ? `Booking conflict: ${words.join('; ')}`
    : 'Booking conflict: the time is no longer free';
  return new DomainError('BOOKING_CONFLICT', message, {
    conflicts: clashes.map((c) => ({
      resourceType: c.resourceType,
      resourceId: c.resourceId,
      resourceName: c.resourceName,
      serviceName: c.serviceName ?? null,
      kind: c.kind,
      bookingId: c.bookingId,
      startsAt: c.startsAt.toISOString(),
      endsAt: c.endsAt.toISOString(),
    })),
    ...extra,
  });
}

/**
 * Locks the claimed resources, refuses the claims when an active allocation overlaps (the
 * lock makes this check exact for every writer that locks; the exclusion constraint still
 * refuses any writer that does not), then inserts them. Errors: BOOKING_CONFLICT.
 */
export async function allocate(tx: Tx, claims: readonly Claim[], ignore: Ignore = {}) {
  if (!claims.length) return [];
  await lockResources(
    tx,
    claims.map((c) => c.resourceId),
  );
  const clashes = await findClashes(tx, claims, ignore);
  const own = selfOverlaps(claims);
  if (clashes.length || own.length) throw bookingConflict([...clashes, ...own]);
  return tx
    .insert(allocationsTable)
    .values(claims.map((c) => ({ ...c, active: true })))
    .returning();
}

/** Two claims of one change that overlap each other (the same kite twice, say). */
function selfOverlaps(claims: readonly Claim[]): Clash[] {
  const found: Clash[] = [];
  claims.forEach((a, i) =>
    claims.slice(i + 1).forEach((b) => {
      if (a.resourceId === b.resourceId && a.startsAt < b.endsAt && b.startsAt < a.endsAt)
        found.push({ ...b, resourceName: '', bookingId: b.bookingId ?? null });
    }),
  );
  return found;
}

/** Marks a booking's allocations inactive (cancelled or archived): the resources are free. */
export async function releaseBooking(tx: DbOrTx, bookingId: string) {
  await tx
    .update(allocationsTable)
    .set({ active: false })
    .where(and(eq(allocationsTable.bookingId, bookingId), eq(allocationsTable.active, true)));
}

/** Deletes a booking's active allocations, before claiming new ones for a change. */
export async function dropBookingAllocations(tx: DbOrTx, bookingId: string) {
  await tx.delete(allocationsTable).where(eq(allocationsTable.bookingId, bookingId));
}

/** Deletes the allocation standing for a time-off entry or maintenance window. */
export async function dropSourceAllocations(tx: DbOrTx, sourceId: string) {
  await tx.delete(allocationsTable).where(eq(allocationsTable.sourceId, sourceId));
}

/** Allocations of some resources overlapping [from, to): what availability subtracts. */
export async function allocationsOf(
  db: DbOrTx,
  resourceIds: readonly string[],
  from: Date,
  to: Date,
  options: { excludeBookingId?: string } = {},
) {
  if (!resourceIds.length) return [];
  return db
    .select()
    .from(allocationsTable)
    .where(
      and(
        eq(allocationsTable.active, true),
        inArray(allocationsTable.resourceId, [...new Set(resourceIds)]),
        overlapsRange(from, to),
        options.excludeBookingId
          ? or(
              sql`${allocationsTable.bookingId} is null`,
              ne(allocationsTable.bookingId, options.excludeBookingId),
            )
          : undefined,
      ),
    );
}

/** All allocations of a booking, active or not (equipment list of a cancelled booking too). */
export async function allocationsOfBookings(db: DbOrTx, bookingIds: readonly string[]) {
  if (!bookingIds.length) return [];
  return db
    .select()
    .from(allocationsTable)
    .where(inArray(allocationsTable.bookingId, [...bookingIds]));
}

const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 4;

/**
 * Runs a change that writes allocations in its own transaction. A deadlock or serialization
 * failure (40P01/40001) reruns it; when the exclusion constraint itself fires (23P01, a
 * writer that skipped the locks) or retries run out, the caller gets BOOKING_CONFLICT, never
 * an internal error. `clashesFor` names what collided, read after the rollback.
 */
export async function withAllocations<T>(
  ctx: Pick<ServiceContext, 'db' | 'log'>,
  work: (tx: Tx) => Promise<T>,
  clashesFor: () => Promise<Clash[]> = async () => [],
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await withTransaction(ctx.db, work);
    } catch (error) {
      const state = sqlState(error);
      if (state && RETRYABLE.has(state) && attempt < ATTEMPTS) {
        ctx.log.debug({ state, attempt }, 'allocation transaction retried');
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
        continue;
      }
      if (state === '23P01' || (state && RETRYABLE.has(state))) {
        throw bookingConflict(await clashesFor().catch(() => []));
      }
      throw error;
    }
  }
}

/** Pairs of active allocations of one resource that overlap: always 0 (tests, health checks). */
export async function countOverlappingPairs(db: DbOrTx): Promise<number> {
  const result = await db.execute(sql`
    select count(*)::int as n from allocations a join allocations b
      on a.resource_id = b.resource_id and a.id < b.id
     and a.active and b.active
     and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/**
 * The ids of resources of one type with an active allocation overlapping [startsAt, endsAt),
 * allocations of `excludeBookingId` aside: a subquery for "pick a free one" (`notInArray`).
 */
export function busyResourceIds(
  db: DbOrTx,
  resourceType: ResourceType,
  range: { startsAt: Date; endsAt: Date; excludeBookingId?: string },
) {
  return db
    .select({ id: allocationsTable.resourceId })
    .from(allocationsTable)
    .where(
      and(
        eq(allocationsTable.active, true),
        eq(allocationsTable.resourceType, resourceType),
        overlapsRange(range.startsAt, range.endsAt),
        range.excludeBookingId
          ? sql`${allocationsTable.bookingId} is distinct from ${range.excludeBookingId}`
          : undefined,
      ),
    );
}
