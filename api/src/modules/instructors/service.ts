import { and, asc, eq, ilike, inArray, isNull, notExists, sql } from 'drizzle-orm';
import { MANAGEMENT_ROLES, STAFF_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound, sqlState } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { DISCIPLINES, SKILL_LEVELS, type CustomerSkill } from '../customers/schema.js';
import { usersTable } from '../identity/schema.js';
import { assertLocations } from '../identity/users.js';
import { checkPay } from './rules.js';
import {
  instructorLocationsTable,
  instructorsTable,
  type InstructorRow,
  type PayType,
} from './schema.js';
import { manyEach } from '../../db/batch.js';

export const isManagement = (ctx: ServiceContext) =>
  Boolean(ctx.viewer && MANAGEMENT_ROLES.includes(ctx.viewer.role));

/** Management, or the signed-in user the profile belongs to: who sees pay and the account. */
export const isManagementOrSelf = (ctx: ServiceContext, row: Pick<InstructorRow, 'userId'>) =>
  isManagement(ctx) || (row.userId !== null && row.userId === ctx.viewer?.userId);

export interface InstructorFilter {
  /** Teaches this discipline (at any level). */
  discipline?: string | null;
  /** Teaches in this language (ISO 639-1). */
  language?: string | null;
  /** Part of the name. */
  search?: string | null;
}

/**
 * Instructors by name: active ones, and inactive ones too when management asks
 * (`includeInactive`); of one location, teaching a discipline, in a language, or whose name
 * contains `search`, when given. An unknown discipline or location matches nobody.
 */
export async function listInstructors({
  ctx,
  locationId,
  includeInactive,
  filter,
}: {
  ctx: ServiceContext;
  locationId?: string | null;
  includeInactive?: boolean | null;
  filter?: InstructorFilter | null;
}) {
  if (locationId && !isUuid(locationId)) return [];
  const discipline = filter?.discipline;
  if (discipline && !(DISCIPLINES as readonly string[]).includes(discipline)) return [];
  const language = filter?.language?.trim().toLowerCase();
  const search = filter?.search?.trim().slice(0, 100);
  return ctx.db
    .select()
    .from(instructorsTable)
    .where(
      and(
        includeInactive && isManagement(ctx) ? undefined : eq(instructorsTable.active, true),
        locationId
          ? inArray(
              instructorsTable.id,
              ctx.db
                .select({ id: instructorLocationsTable.instructorId })
                .from(instructorLocationsTable)
                .where(eq(instructorLocationsTable.locationId, locationId)),
            )
          : undefined,
        discipline
          ? sql`${instructorsTable.disciplines} @> ${JSON.stringify([{ discipline }])}::jsonb`
          : undefined,
        language ? sql`${language} = any(${instructorsTable.languages})` : undefined,
        search ? ilike(instructorsTable.name, containsPattern(search)) : undefined,
      ),
    )
    .orderBy(asc(instructorsTable.name), asc(instructorsTable.id));
}

/** One instructor by id, or null. */
export async function getInstructor({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) return null;
  const [row] = await ctx.db.select().from(instructorsTable).where(eq(instructorsTable.id, id));
  return row ?? null;
}

/** The caller's own instructor profile, or null (not an instructor, or no profile yet). */
export async function getOwnInstructor({ ctx }: { ctx: ServiceContext }) {
  if (!ctx.viewer) return null;
  const [row] = await ctx.db
    .select()
    .from(instructorsTable)
    .where(eq(instructorsTable.userId, ctx.viewer.userId));
  return row ?? null;
}

/**
 * Staff accounts that can be given an instructor profile (management): active, and without a
 * profile yet; instructors first, then other staff who also teach, each by name.
 */
export async function listInstructorCandidates({ ctx }: { ctx: ServiceContext }) {
  return ctx.db
    .select({
      id: usersTable.id,
      name: usersTable.name,
      email: usersTable.email,
      role: usersTable.role,
    })
    .from(usersTable)
    .where(
      and(
        inArray(usersTable.role, [...STAFF_ROLES]),
        isNull(usersTable.deactivatedAt),
        notExists(
          ctx.db
            .select({ id: instructorsTable.id })
            .from(instructorsTable)
            .where(eq(instructorsTable.userId, usersTable.id)),
        ),
      ),
    )
    .orderBy(
      sql`case when ${usersTable.role} = 'INSTRUCTOR' then 0 else 1 end`,
      asc(usersTable.name),
      asc(usersTable.id),
    );
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

/** Longest biography. */
export const BIO_MAX = 2000;

/**
 * Validated columns of an instructor profile; BAD_USER_INPUT naming every refused field. Pay
 * is checked as it will be stored: the given fields over `current` (the row being changed).
 */
function checkInstructor(
  input: InstructorInput,
  current: Pick<InstructorRow, 'payType' | 'payAmount' | 'payCurrency'> | null,
) {
  const problems: Record<string, string> = {};
  const values: Partial<typeof instructorsTable.$inferInsert> = {};
  if (!current || input.name != null) {
    const name = input.name?.trim().replace(/\s+/g, ' ');
    if (!name || name.length > 200) problems.name = 'must be 1 to 200 characters';
    else values.name = name;
  }
  if (input.bio !== undefined) {
    const bio = input.bio?.trim() || null;
    if (bio && bio.length > BIO_MAX) problems.bio = `must be at most ${BIO_MAX} characters`;
    else values.bio = bio;
  }
  if (input.languages != null) {
    const languages = [...new Set(input.languages.map((l) => l.trim().toLowerCase()))];
    if (languages.some((l) => !/^[a-z]{2}$/.test(l)))
      problems.languages = 'use two-letter codes (tr, en, de)';
    else if (languages.length > 10) problems.languages = 'at most 10 languages';
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
  const pay = {
    payType: input.payType ?? current?.payType ?? 'HOURLY',
    payAmount: input.payAmount ?? current?.payAmount ?? 0,
    payCurrency:
      input.payCurrency !== undefined
        ? input.payCurrency?.trim().toUpperCase() || null
        : (current?.payCurrency ?? null),
  };
  Object.assign(problems, checkPay(pay));
  if (input.payType != null) values.payType = pay.payType;
  if (input.payAmount != null) values.payAmount = pay.payAmount;
  if (input.payCurrency !== undefined) values.payCurrency = pay.payCurrency;
  if (input.active != null) values.active = input.active;
  if (Object.keys(problems).length) throw badInput(problems);
  return values;
}

const alreadyLinked = () =>
  new DomainError('CONFLICT', 'This account has an instructor profile already', {
    fields: { userId: 'has an instructor profile already' },
  });

/**
 * BAD_USER_INPUT unless `userId` is an active staff account; CONFLICT when it has another
 * instructor profile already.
 */
async function assertLinkableUser(tx: DbOrTx, userId: string, exceptInstructorId?: string) {
  if (!isUuid(userId)) throw badInput({ userId: 'is not a user' });
  const [user] = await tx.select().from(usersTable).where(eq(usersTable.id, userId));
  if (!user || !STAFF_ROLES.includes(user.role))
    throw badInput({ userId: 'must be a staff account' });
  if (user.deactivatedAt) throw badInput({ userId: 'this account is deactivated' });
  const [linked] = await tx
    .select({ id: instructorsTable.id })
    .from(instructorsTable)
    .where(eq(instructorsTable.userId, userId));
  if (linked && linked.id !== exceptInstructorId) throw alreadyLinked();
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
  const values = checkInstructor(input, null);
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
    if (sqlState(error) === '23505') throw alreadyLinked();
    throw error;
  }
}

/**
 * Changes an instructor profile (management): only the given fields; `locationIds` replaces
 * the locations, `userId: null` unlinks the account, `active: false` retires the profile from
 * booking. Audited. Errors: NOT_FOUND; as for create.
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
  const now = ctx.now();
  try {
    return await withTransaction(ctx.db, async (tx) => {
      const [existing] = await tx
        .select()
        .from(instructorsTable)
        .where(eq(instructorsTable.id, id))
        .for('update');
      if (!existing) throw notFound('Instructor');
      const values = checkInstructor(input, existing);
      if (input.userId) await assertLinkableUser(tx, input.userId, id);
      const locationIds =
        input.locationIds != null ? await assertLocations(tx, input.locationIds) : null;
      const [row] = await tx
        .update(instructorsTable)
        .set({
          ...values,
          ...(input.userId !== undefined ? { userId: input.userId } : {}),
          updatedAt: now,
        })
        .where(eq(instructorsTable.id, id))
        .returning();
      if (locationIds) {
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
          data: {
            fields: Object.keys(input).filter(
              (k) => input[k as keyof InstructorInput] !== undefined,
            ),
          },
        },
        now,
      );
      return row!;
    });
  } catch (error) {
    if (sqlState(error) === '23505') throw alreadyLinked();
    throw error;
  }
}

/**
 * Deactivates an instructor profile (management): it leaves every list but management's
 * (`includeInactive`) and can no longer be chosen; hours, time off and certifications stay,
 * so reactivating restores it as it was. Audited as `instructor.deactivated` /
 * `instructor.reactivated`; setting the state it has already changes nothing.
 * Errors: NOT_FOUND.
 */
export async function setInstructorActive({
  ctx,
  id,
  active,
}: {
  ctx: ServiceContext;
  id: string;
  active: boolean;
}) {
  if (!isUuid(id)) throw notFound('Instructor');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(instructorsTable)
      .where(eq(instructorsTable.id, id))
      .for('update');
    if (!existing) throw notFound('Instructor');
    if (existing.active === active) return existing;
    const [row] = await tx
      .update(instructorsTable)
      .set({ active, updatedAt: now })
      .where(eq(instructorsTable.id, id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: active ? 'instructor.reactivated' : 'instructor.deactivated',
        entityType: 'instructor',
        entityId: id,
        data: { name: existing.name },
      },
      now,
    );
    return row!;
  });
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
