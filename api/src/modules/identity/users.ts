import { and, asc, eq, gt, ilike, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { nameIdKey, pageRequest, parseNameIdKey, toPage } from '../../db/pagination.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound, unauthenticated } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { locationsTable } from '../locations/schema.js';
import { ROLES, userLocationsTable, usersTable, type Role, type UserRow } from './schema.js';
import { endSessions } from './service.js';
import { manyEach } from '../../db/batch.js';
import { containsPattern } from '../../db/like.js';

export interface UserFilter {
  role?: Role | null;
  search?: string | null;
  active?: boolean | null;
}

/**
 * Every account, by name, filtered by role, activity and a search over name and email
 * (admins, by rule). Errors: BAD_USER_INPUT for a page size out of range or a foreign cursor.
 */
export async function listUsers({
  ctx,
  filter,
  page,
}: {
  ctx: ServiceContext;
  filter?: UserFilter | null;
  page: { first?: number | null; after?: string | null };
}) {
  const { first, after } = pageRequest(page);
  const term = filter?.search?.trim();
  const pattern = term ? containsPattern(term) : null;
  const where = and(
    filter?.role ? eq(usersTable.role, filter.role) : undefined,
    filter?.active === true ? isNull(usersTable.deactivatedAt) : undefined,
    filter?.active === false ? sql`${usersTable.deactivatedAt} is not null` : undefined,
    pattern ? or(ilike(usersTable.name, pattern), ilike(usersTable.email, pattern)) : undefined,
  );
  const cursor = after !== null ? parseNameIdKey(after) : null;
  const rows = await ctx.db
    .select()
    .from(usersTable)
    .where(
      cursor
        ? and(
            where,
            or(
              gt(usersTable.name, cursor.name),
              and(eq(usersTable.name, cursor.name), gt(usersTable.id, cursor.id)),
            ),
          )
        : where,
    )
    .orderBy(asc(usersTable.name), asc(usersTable.id))
    .limit(first + 1);
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(usersTable)
    .where(where);
  return toPage(rows, first, total, nameIdKey);
}

/** One account by id, or null (admins, by rule). */
export async function getUser({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) return null;
  const [row] = await ctx.db.select().from(usersTable).where(eq(usersTable.id, id));
  return row ?? null;
}

/** The location ids of each user, for `User.locations`. */
export async function locationIdsOfUsers(db: DbOrTx, userIds: readonly string[]) {
  const valid = userIds.filter(isUuid);
  const rows = valid.length
    ? await db.select().from(userLocationsTable).where(inArray(userLocationsTable.userId, valid))
    : [];
  return manyEach(userIds, rows, (r) => r.userId).map((list) => list.map((r) => r.locationId));
}

/** Fails with BAD_USER_INPUT naming `field` unless every id is a location. */
export async function assertLocations(db: DbOrTx, ids: readonly string[], field = 'locationIds') {
  const unique = [...new Set(ids)];
  if (unique.some((id) => !isUuid(id))) throw badInput({ [field]: 'names an unknown location' });
  if (!unique.length) return unique;
  const found = await db
    .select({ id: locationsTable.id })
    .from(locationsTable)
    .where(inArray(locationsTable.id, unique));
  if (found.length !== unique.length) throw badInput({ [field]: 'names an unknown location' });
  return unique;
}

/** Replaces a user's locations. */
export async function setUserLocations(tx: DbOrTx, userId: string, locationIds: string[]) {
  await tx.delete(userLocationsTable).where(eq(userLocationsTable.userId, userId));
  if (locationIds.length) {
    await tx
      .insert(userLocationsTable)
      .values(locationIds.map((locationId) => ({ userId, locationId })));
  }
}

/** CONFLICT when `user` is the last active administrator and would stop being one. */
async function assertNotLastAdmin(tx: DbOrTx, user: UserRow) {
  if (user.role !== 'ADMIN' || user.deactivatedAt) return;
  const [{ others } = { others: 0 }] = await tx
    .select({ others: sql<number>`count(*)::int` })
    .from(usersTable)
    .where(
      and(
        eq(usersTable.role, 'ADMIN'),
        isNull(usersTable.deactivatedAt),
        ne(usersTable.id, user.id),
      ),
    );
  if (others === 0) {
    throw new DomainError('CONFLICT', 'The school needs at least one active administrator');
  }
}

export interface UpdateUserInput {
  name?: string | null;
  role?: Role | null;
  locationIds?: string[] | null;
}

/**
 * Changes an account's name, role or locations (admins). A role change ends the user's
 * sessions, so they come back under the new role's session limits, and is audited as
 * `user.role_changed`. Errors: NOT_FOUND; BAD_USER_INPUT for the caller's own role, an empty
 * name or an unknown location; CONFLICT when it would leave no active administrator.
 */
export async function updateUser({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: UpdateUserInput;
}) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  if (!isUuid(id)) throw notFound('User');
  const name = input.name?.trim();
  if (input.name != null && (!name || name.length > 200)) {
    throw badInput({ name: 'must be 1 to 200 characters' });
  }
  if (input.role && !ROLES.includes(input.role)) throw badInput({ role: 'is not a role' });
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [user] = await tx.select().from(usersTable).where(eq(usersTable.id, id)).for('update');
    if (!user) throw notFound('User');
    const roleChanges = input.role != null && input.role !== user.role;
    if (roleChanges && user.id === viewer.userId) {
      throw badInput({ role: 'you cannot change your own role' });
    }
    if (roleChanges && input.role !== 'ADMIN') await assertNotLastAdmin(tx, user);
    const locationIds =
      input.locationIds != null ? await assertLocations(tx, input.locationIds) : null;
    const [updated] = await tx
      .update(usersTable)
      .set({
        ...(name ? { name } : {}),
        ...(roleChanges ? { role: input.role! } : {}),
        updatedAt: now,
      })
      .where(eq(usersTable.id, id))
      .returning();
    if (locationIds) await setUserLocations(tx, id, locationIds);
    if (roleChanges) {
      const ended = await endSessions(tx, id, now, null);
      await recordAudit(
        tx,
        actorOf(ctx),
        {
          action: 'user.role_changed',
          entityType: 'user',
          entityId: id,
          data: { from: user.role, to: input.role, sessionsEnded: ended },
        },
        now,
      );
    }
    if (name || locationIds) {
      await recordAudit(
        tx,
        actorOf(ctx),
        {
          action: 'user.updated',
          entityType: 'user',
          entityId: id,
          data: {
            ...(name && name !== user.name ? { name: { from: user.name, to: name } } : {}),
            ...(locationIds ? { locationIds } : {}),
          },
        },
        now,
      );
    }
    return updated!;
  });
}

/**
 * Deactivates (`active: false`) or reactivates an account (admins). Deactivating ends every
 * session at once and refuses sign-in; the account and its history stay. Audited.
 * Errors: NOT_FOUND; BAD_USER_INPUT for the caller's own account; CONFLICT for the last
 * active administrator.
 */
export async function setUserActive({
  ctx,
  id,
  active,
}: {
  ctx: ServiceContext;
  id: string;
  active: boolean;
}) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  if (!isUuid(id)) throw notFound('User');
  if (id === viewer.userId) throw badInput({ id: 'you cannot deactivate your own account' });
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [user] = await tx.select().from(usersTable).where(eq(usersTable.id, id)).for('update');
    if (!user) throw notFound('User');
    if (!active) await assertNotLastAdmin(tx, user);
    const [updated] = await tx
      .update(usersTable)
      .set({ deactivatedAt: active ? null : (user.deactivatedAt ?? now), updatedAt: now })
      .where(eq(usersTable.id, id))
      .returning();
    const ended = active ? 0 : await endSessions(tx, id, now, null);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: active ? 'user.reactivated' : 'user.deactivated',
        entityType: 'user',
        entityId: id,
        data: active ? {} : { sessionsEnded: ended },
      },
      now,
    );
    return updated!;
  });
}
