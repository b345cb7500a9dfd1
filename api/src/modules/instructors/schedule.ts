import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, forbidden, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { allocate, dropSourceAllocations, withAllocations } from '../allocations/service.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { assertLocations } from '../identity/users.js';
import { checkHours, type HoursBlock } from './rules.js';
import {
  instructorHoursTable,
  instructorLocationsTable,
  instructorsTable,
  instructorTimeOffTable,
} from './schema.js';
import { isManagementOrSelf } from './service.js';

/**
 * Replaces an instructor's weekly hours at one location (management). Blocks are in the
 * location's local time, weekday 1 (Monday) to 7, start before end, not overlapping on a day
 * (rules.ts `checkHours`). The instructor is added to the location if needed. Audited.
 * Errors: BAD_USER_INPUT on `hours` (with `reason` and the `weekday` it concerns) for a bad
 * block, on `locationId` for an unknown location; NOT_FOUND for the instructor. Nothing is
 * written when any block is refused.
 */
export async function setInstructorHours({
  ctx,
  instructorId,
  locationId,
  blocks,
}: {
  ctx: ServiceContext;
  instructorId: string;
  locationId: string;
  blocks: readonly HoursBlock[];
}) {
  const checked = checkHours(blocks);
  if (!checked.ok) {
    const { reason, weekday, message } = checked.problem;
    throw new DomainError('BAD_USER_INPUT', 'Some fields are invalid', {
      fields: { hours: message },
      reason,
      ...(weekday !== undefined ? { weekday } : {}),
    });
  }
  if (!isUuid(instructorId)) throw notFound('Instructor');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    // Locked: two desks saving the same week cannot interleave their delete and insert.
    const [instructor] = await tx
      .select({ id: instructorsTable.id })
      .from(instructorsTable)
      .where(eq(instructorsTable.id, instructorId))
      .for('update');
    if (!instructor) throw notFound('Instructor');
    await assertLocations(tx, [locationId], 'locationId');
    await tx
      .insert(instructorLocationsTable)
      .values({ instructorId, locationId })
      .onConflictDoNothing();
    await tx
      .delete(instructorHoursTable)
      .where(
        and(
          eq(instructorHoursTable.instructorId, instructorId),
          eq(instructorHoursTable.locationId, locationId),
        ),
      );
    if (checked.blocks.length) {
      await tx.insert(instructorHoursTable).values(
        checked.blocks.map((b) => ({
          instructorId,
          locationId,
          weekday: b.weekday,
          startTime: b.start,
          endTime: b.end,
        })),
      );
    }
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'instructor.hours_set',
        entityType: 'instructor',
        entityId: instructorId,
        data: { locationId, blocks: checked.blocks.length },
      },
      now,
    );
    return hoursOf(tx, instructorId, locationId);
  });
}

/** Weekly hours of an instructor, at one location or all, by day and time. */
export async function hoursOf(db: DbOrTx, instructorId: string, locationId?: string | null) {
  if (locationId && !isUuid(locationId)) return [];
  return db
    .select()
    .from(instructorHoursTable)
    .where(
      and(
        eq(instructorHoursTable.instructorId, instructorId),
        locationId ? eq(instructorHoursTable.locationId, locationId) : undefined,
      ),
    )
    .orderBy(asc(instructorHoursTable.weekday), asc(instructorHoursTable.startTime));
}

/** Longest reason for time off. */
export const TIME_OFF_REASON_MAX = 500;
const YEAR_MS = 366 * 86_400_000;

/**
 * Records time off (holiday, sick day) for an instructor: management, or the instructor for
 * themself. Entries of one instructor may touch but not overlap (the instructor's row is
 * locked while checking, so two requests cannot both pass). Audited.
 * Errors: NOT_FOUND; FORBIDDEN for another instructor's calendar; BAD_USER_INPUT on `endsAt`
 * when it does not end after it starts or lasts over a year, on `reason` when too long, on
 * `startsAt` (reason TIME_OFF_OVERLAP) when it overlaps time off already recorded;
 * BOOKING_CONFLICT when the instructor is booked in that time.
 */
export async function addTimeOff({
  ctx,
  instructorId,
  startsAt,
  endsAt,
  reason,
}: {
  ctx: ServiceContext;
  instructorId: string;
  startsAt: Date;
  endsAt: Date;
  reason?: string | null;
}) {
  const problems: Record<string, string> = {};
  if (!(endsAt > startsAt)) problems.endsAt = 'must be after startsAt';
  else if (endsAt.getTime() - startsAt.getTime() > YEAR_MS) problems.endsAt = 'at most a year';
  const text = reason?.trim() || null;
  if (text && text.length > TIME_OFF_REASON_MAX)
    problems.reason = `must be at most ${TIME_OFF_REASON_MAX} characters`;
  if (Object.keys(problems).length) throw badInput(problems);
  if (!isUuid(instructorId)) throw notFound('Instructor');
  return withAllocations(ctx, async (tx) => {
    await lockEditableInstructor(ctx, tx, instructorId);
    const [overlapping] = await timeOffOf(tx, instructorId, startsAt, endsAt);
    if (overlapping) {
      throw new DomainError('BAD_USER_INPUT', 'This overlaps time off already recorded', {
        fields: { startsAt: 'overlaps time off already recorded' },
        reason: 'TIME_OFF_OVERLAP',
        overlapping: {
          id: overlapping.id,
          startsAt: overlapping.startsAt.toISOString(),
          endsAt: overlapping.endsAt.toISOString(),
        },
      });
    }
    const [row] = await tx
      .insert(instructorTimeOffTable)
      .values({ instructorId, startsAt, endsAt, reason: text })
      .returning();
    // Time off is an allocation: it blocks bookings, and a lesson already booked blocks it.
    await allocate(tx, [
      {
        resourceType: 'INSTRUCTOR',
        resourceId: instructorId,
        kind: 'TIME_OFF',
        sourceId: row!.id,
        startsAt,
        endsAt,
      },
    ]);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'instructor.time_off_added',
        entityType: 'instructor',
        entityId: instructorId,
        data: { timeOffId: row!.id },
      },
      ctx.now(),
    );
    return row!;
  });
}

/**
 * The instructor row, locked for the transaction, when the caller may change their time off:
 * management, or the instructor themself. Errors: NOT_FOUND; FORBIDDEN.
 */
async function lockEditableInstructor(ctx: ServiceContext, tx: DbOrTx, instructorId: string) {
  const [instructor] = await tx
    .select()
    .from(instructorsTable)
    .where(eq(instructorsTable.id, instructorId))
    .for('update');
  if (!instructor) throw notFound('Instructor');
  if (!isManagementOrSelf(ctx, instructor)) throw forbidden();
  return instructor;
}

/** Removes a time-off entry (as addTimeOff decides who may). Errors: NOT_FOUND; FORBIDDEN. */
export async function removeTimeOff({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) throw notFound('Time off');
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .select()
      .from(instructorTimeOffTable)
      .where(eq(instructorTimeOffTable.id, id));
    if (!row) throw notFound('Time off');
    await lockEditableInstructor(ctx, tx, row.instructorId);
    await dropSourceAllocations(tx, id);
    await tx.delete(instructorTimeOffTable).where(eq(instructorTimeOffTable.id, id));
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'instructor.time_off_removed',
        entityType: 'instructor',
        entityId: row.instructorId,
        data: { timeOffId: id },
      },
      ctx.now(),
    );
    return true;
  });
}

/** Time off overlapping [from, to), by start. */
export async function timeOffOf(db: DbOrTx, instructorId: string, from: Date, to: Date) {
  return db
    .select()
    .from(instructorTimeOffTable)
    .where(
      and(
        eq(instructorTimeOffTable.instructorId, instructorId),
        lt(instructorTimeOffTable.startsAt, to),
        gt(instructorTimeOffTable.endsAt, from),
      ),
    )
    .orderBy(asc(instructorTimeOffTable.startsAt));
}
