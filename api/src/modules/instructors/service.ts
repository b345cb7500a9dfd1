import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { MANAGEMENT_ROLES, STAFF_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, forbidden, notFound, sqlState } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { DISCIPLINES, SKILL_LEVELS, type CustomerSkill } from '../customers/schema.js';
import { usersTable } from '../identity/schema.js';
import { assertLocations } from '../identity/users.js';
import {
  instructorCertificationsTable,
  instructorHoursTable,
  instructorLocationsTable,
  instructorsTable,
  instructorTimeOffTable,
  type PayType,
} from './schema.js';
import { manyEach } from '../../db/batch.js';
import { TIME_OF_DAY_PATTERN } from '../../validation.js';

export const isManagement = (ctx: ServiceContext) =>
  Boolean(ctx.viewer && MANAGEMENT_ROLES.includes(ctx.viewer.role));

/** Active instructors, by name; of one location when given. */
export async function listInstructors({
  ctx,
  locationId,
}: {
  ctx: ServiceContext;
  locationId?: string | null;
}) {
  if (locationId && !isUuid(locationId)) return [];
  return ctx.db
    .select()
    .from(instructorsTable)
    .where(
      and(
        eq(instructorsTable.active, true),
        locationId
          ? inArray(
              instructorsTable.id,
              ctx.db
                .select({ id: instructorLocationsTable.instructorId })
                .from(instructorLocationsTable)
                .where(eq(instructorLocationsTable.locationId, locationId)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(instructorsTable.name));
}

/** One instructor by id, or null. */
export async function getInstructor({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) return null;
  const [row] = await ctx.db.select().from(instructorsTable).where(eq(instructorsTable.id, id));
  return row ?? null;
}

export interface InstructorInput {
  name?: string | null;
  userId?: string | null;
  bio?: string | null;
  languages?: string[] | null;
  disciplines?: Array<{ discipline: string; level: string }> | null;
  locationIds?: string[] | null;
  payType?: PayType | null;
  payAmount?: number | null;
  payCurrency?: string | null;
  active?: boolean | null;
}

/** Validated columns of an instructor profile; BAD_USER_INPUT naming every refused field. */
function checkInstructor(input: InstructorInput, creating: boolean) {
  const problems: Record<string, string> = {};
  const values: Partial<typeof instructorsTable.$inferInsert> = {};
  if (creating || input.name != null) {
    const name = input.name?.trim();
    if (!name || name.length > 200) problems.name = 'must be 1 to 200 characters';
    else values.name = name;
  }
  if (input.bio !== undefined) values.bio = input.bio?.trim() || null;
  if (input.languages != null) {
    const languages = [...new Set(input.languages.map((l) => l.trim().toLowerCase()))];
    if (languages.some((l) => !/^[a-z]{2}$/.test(l)))
      problems.languages = 'use two-letter codes (tr, en, de)';
    else values.languages = languages;
  }
  if (input.disciplines != null) {
    const list: CustomerSkill[] = [];
    for (const d of input.disciplines) {
      if (
        !(DISCIPLINES as readonly string[]).includes(d.discipline) ||
        !(SKILL_LEVELS as readonly string[]).includes(d.level)
      ) {
        problems.disciplines = `unknown discipline or level: ${d.discipline} ${d.level}`;
      } else if (list.some((x) => x.discipline === d.discipline)) {
        problems.disciplines = `${d.discipline} is given twice`;
      } else list.push(d as CustomerSkill);
    }
    values.disciplines = list;
  }
  if (input.payType != null) values.payType = input.payType;
  if (input.payAmount != null) {
    const max = (input.payType ?? 'HOURLY') === 'COMMISSION' ? 10_000 : 10_000_000;
    if (!Number.isInteger(input.payAmount) || input.payAmount < 0 || input.payAmount > max) {
      problems.payAmount = 'must be minor units per hour, or basis points (0–10000) of commission';
    } else values.payAmount = input.payAmount;
  }
  if (input.payCurrency !== undefined) {
    if (input.payCurrency && !/^[A-Z]{3}$/.test(input.payCurrency))
      problems.payCurrency = 'is not an ISO 4217 code';
    else values.payCurrency = input.payCurrency ?? null;
  }
  if (input.active != null) values.active = input.active;
  if (Object.keys(problems).length) throw badInput(problems);
  return values;
}

/** CONFLICT unless `userId` is a staff account without an instructor profile. */
async function assertLinkableUser(tx: DbOrTx, userId: string, exceptInstructorId?: string) {
  if (!isUuid(userId)) throw badInput({ userId: 'is not a user' });
  const [user] = await tx.select().from(usersTable).where(eq(usersTable.id, userId));
  if (!user || !STAFF_ROLES.includes(user.role))
    throw badInput({ userId: 'must be a staff account' });
  const [linked] = await tx
    .select({ id: instructorsTable.id })
    .from(instructorsTable)
    .where(eq(instructorsTable.userId, userId));
  if (linked && linked.id !== exceptInstructorId) {
    throw new DomainError('CONFLICT', 'This account has an instructor profile already');
  }
}

/**
 * Creates an instructor profile (management), optionally linked to a staff account, with
 * disciplines, languages, locations and pay. Audited.
 * Errors: BAD_USER_INPUT naming refused fields; CONFLICT for an account already linked.
 */
export async function createInstructor({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: InstructorInput;
}) {
  const values = checkInstructor(input, true);
  const now = ctx.now();
  try {
    return await withTransaction(ctx.db, async (tx) => {
      if (input.userId) await assertLinkableUser(tx, input.userId);
      const locationIds = await assertLocations(tx, input.locationIds ?? []);
      const [row] = await tx
        .insert(instructorsTable)
        .values({
          ...values,
          name: values.name!,
          userId: input.userId ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (locationIds.length) {
        await tx
          .insert(instructorLocationsTable)
          .values(locationIds.map((locationId) => ({ instructorId: row!.id, locationId })));
      }
      await recordAudit(
        tx,
        actorOf(ctx),
        {
          action: 'instructor.created',
          entityType: 'instructor',
          entityId: row!.id,
          data: { name: row!.name },
        },
        now,
      );
      return row!;
    });
  } catch (error) {
    if (sqlState(error) === '23505')
      throw new DomainError('CONFLICT', 'This account has an instructor profile already');
    throw error;
  }
}

/**
 * Changes an instructor profile (management); `locationIds` replaces the locations, `active:
 * false` retires them from booking. Audited. Errors: NOT_FOUND; as for create.
 */
export async function updateInstructor({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: InstructorInput;
}) {
  if (!isUuid(id)) throw notFound('Instructor');
  const values = checkInstructor(input, false);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(instructorsTable)
      .where(eq(instructorsTable.id, id))
      .for('update');
    if (!existing) throw notFound('Instructor');
    if (input.userId) await assertLinkableUser(tx, input.userId, id);
    const [row] = await tx
      .update(instructorsTable)
      .set({
        ...values,
        ...(input.userId !== undefined ? { userId: input.userId } : {}),
        updatedAt: now,
      })
      .where(eq(instructorsTable.id, id))
      .returning();
    if (input.locationIds != null) {
      const locationIds = await assertLocations(tx, input.locationIds);
      await tx
        .delete(instructorLocationsTable)
        .where(eq(instructorLocationsTable.instructorId, id));
      if (locationIds.length) {
        await tx
          .insert(instructorLocationsTable)
          .values(locationIds.map((locationId) => ({ instructorId: id, locationId })));
      }
    }
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'instructor.updated',
        entityType: 'instructor',
        entityId: id,
        data: { fields: Object.keys(input) },
      },
      now,
    );
    return row!;
  });
}

/**
 * Replaces an instructor's weekly hours at one location (management). Blocks are in the
 * location's local time, weekday 1 (Monday) to 7, start before end, not overlapping on a day.
 * The instructor is added to the location if needed. Audited.
 * Errors: NOT_FOUND for the instructor; BAD_USER_INPUT for a bad block or location.
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
  blocks: Array<{ weekday: number; start: string; end: string }>;
}) {
  const problems: string[] = [];
  const sorted = [...blocks].sort(
    (a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start),
  );
  sorted.forEach((b, i) => {
    if (!Number.isInteger(b.weekday) || b.weekday < 1 || b.weekday > 7)
      problems.push(`weekday ${b.weekday} is not 1–7`);
    else if (
      !TIME_OF_DAY_PATTERN.test(b.start) ||
      !TIME_OF_DAY_PATTERN.test(b.end) ||
      b.start >= b.end
    ) {
      problems.push(`${b.start}–${b.end} is not a time range (HH:MM, start before end)`);
    } else if (i > 0 && sorted[i - 1]!.weekday === b.weekday && sorted[i - 1]!.end > b.start) {
      problems.push(`blocks overlap on weekday ${b.weekday}`);
    }
  });
  if (problems.length) throw badInput({ blocks: problems[0]! });
  const instructor = await getInstructor({ ctx, id: instructorId });
  if (!instructor) throw notFound('Instructor');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
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
    if (sorted.length) {
      await tx.insert(instructorHoursTable).values(
        sorted.map((b) => ({
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
        data: { locationId, blocks: sorted.length },
      },
      now,
    );
    return hoursOf(tx, instructorId, locationId);
  });
}

/** Weekly hours of an instructor, at one location or all, by day and time. */
export async function hoursOf(db: DbOrTx, instructorId: string, locationId?: string | null) {
  return db
    .select()
    .from(instructorHoursTable)
    .where(
      and(
        eq(instructorHoursTable.instructorId, instructorId),
        locationId && isUuid(locationId)
          ? eq(instructorHoursTable.locationId, locationId)
          : undefined,
      ),
    )
    .orderBy(asc(instructorHoursTable.weekday), asc(instructorHoursTable.startTime));
}

/** Who may change an instructor's time off: management, or the instructor themself. */
async function assertTimeOffEditor(ctx: ServiceContext, instructorId: string) {
  const instructor = await getInstructor({ ctx, id: instructorId });
  if (!instructor) throw notFound('Instructor');
  if (!isManagement(ctx) && instructor.userId !== ctx.viewer?.userId) throw forbidden();
  return instructor;
}

/**
 * Records time off (holiday, sick day) for an instructor: management, or the instructor for
 * themself. Audited. Errors: NOT_FOUND; FORBIDDEN for another instructor's calendar;
 * BAD_USER_INPUT when it does not end after it starts or lasts over a year.
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
  if (!(endsAt > startsAt)) throw badInput({ endsAt: 'must be after startsAt' });
  if (endsAt.getTime() - startsAt.getTime() > 366 * 86_400_000)
    throw badInput({ endsAt: 'at most a year' });
  await assertTimeOffEditor(ctx, instructorId);
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(instructorTimeOffTable)
      .values({ instructorId, startsAt, endsAt, reason: reason?.trim() || null })
      .returning();
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

/** Removes a time-off entry (as addTimeOff decides who may). Errors: NOT_FOUND; FORBIDDEN. */
export async function removeTimeOff({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) throw notFound('Time off');
  const [row] = await ctx.db
    .select()
    .from(instructorTimeOffTable)
    .where(eq(instructorTimeOffTable.id, id));
  if (!row) throw notFound('Time off');
  await assertTimeOffEditor(ctx, row.instructorId);
  await withTransaction(ctx.db, async (tx) => {
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
  });
  return true;
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

/**
 * Adds a certification (IKO level 2, PADI OWSI, ...) with its expiry (management). Audited.
 * Errors: NOT_FOUND; BAD_USER_INPUT for an empty name or a malformed date.
 */
export async function addCertification({
  ctx,
  instructorId,
  input,
}: {
  ctx: ServiceContext;
  instructorId: string;
  input: {
    name: string;
    discipline?: string | null;
    level?: string | null;
    expiresOn?: string | null;
  };
}) {
  const name = input.name.trim();
  if (!name || name.length > 200) throw badInput({ name: 'must be 1 to 200 characters' });
  if (input.expiresOn && !/^\d{4}-\d{2}-\d{2}$/.test(input.expiresOn))
    throw badInput({ expiresOn: 'must be YYYY-MM-DD' });
  if (input.discipline && !(DISCIPLINES as readonly string[]).includes(input.discipline)) {
    throw badInput({ discipline: 'is not a discipline' });
  }
  if (!(await getInstructor({ ctx, id: instructorId }))) throw notFound('Instructor');
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(instructorCertificationsTable)
      .values({
        instructorId,
        name,
        discipline: input.discipline ?? null,
        level: input.level?.trim() || null,
        expiresOn: input.expiresOn ?? null,
      })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'instructor.certification_added',
        entityType: 'instructor',
        entityId: instructorId,
        data: { name },
      },
      ctx.now(),
    );
    return row!;
  });
}

/** Certifications of each instructor, expiring last first; for loaders. */
export async function certificationsOf(db: DbOrTx, instructorIds: readonly string[]) {
  const valid = instructorIds.filter(isUuid);
  const rows = valid.length
    ? await db
        .select()
        .from(instructorCertificationsTable)
        .where(inArray(instructorCertificationsTable.instructorId, valid))
        .orderBy(sql`${instructorCertificationsTable.expiresOn} desc nulls first`)
    : [];
  return manyEach(instructorIds, rows, (r) => r.instructorId);
}

/** Location ids of each instructor; for loaders. */
export async function locationIdsOfInstructors(db: DbOrTx, instructorIds: readonly string[]) {
  const valid = instructorIds.filter(isUuid);
  const rows = valid.length
    ? await db
        .select()
        .from(instructorLocationsTable)
        .where(inArray(instructorLocationsTable.instructorId, valid))
    : [];
  return manyEach(instructorIds, rows, (r) => r.instructorId).map((list) =>
    list.map((r) => r.locationId),
  );
}
