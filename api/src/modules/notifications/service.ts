import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { encodeCursor, pageRequest, type Page } from '../../db/pagination.js';
import { badInput } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { userLocationsTable, usersTable } from '../identity/schema.js';
import { notificationsTable, type NotificationRow } from './schema.js';
import { renderNotification, type NotificationKind, type NotificationVars } from './templates.js';

/**
 * Writes a notification for a user in their language, inside the caller's transaction.
 * Returns what to publish once the transaction has committed (`publishNotifications`).
 */
export async function notifyUser<K extends NotificationKind>(
  tx: DbOrTx,
  args: {
    userId: string;
    kind: K;
    /** The texts' variables, or a function making them in the reader's language. */
    vars: NotificationVars[K] | ((locale: string) => NotificationVars[K]);
    data?: Record<string, string>;
  },
  now: Date,
): Promise<{ notificationId: string; userId: string }> {
  const [user] = await tx
    .select({ locale: usersTable.locale })
    .from(usersTable)
    .where(eq(usersTable.id, args.userId));
  const locale = user?.locale ?? 'en';
  const vars = typeof args.vars === 'function' ? args.vars(locale) : args.vars;
  const text = renderNotification(args.kind, locale, vars);
  const [row] = await tx
    .insert(notificationsTable)
    .values({
      userId: args.userId,
      kind: args.kind,
      title: text.title,
      body: text.body,
      data: args.data ?? {},
      createdAt: now,
    })
    .returning({ id: notificationsTable.id });
  return { notificationId: row!.id, userId: args.userId };
}

/**
 * The staff who run a location's day and should hear about its gear and rentals: active
 * administrators (every location) and active managers who work at the location.
 */
export async function staffOfLocation(db: DbOrTx, locationId: string): Promise<string[]> {
  if (!isUuid(locationId)) return [];
  const rows = await db
    .select({ id: usersTable.id })
    .from(usersTable)
    .where(
      and(
        isNull(usersTable.deactivatedAt),
        or(
          eq(usersTable.role, 'ADMIN'),
          and(
            eq(usersTable.role, 'MANAGER'),
            sql`exists (select 1 from ${userLocationsTable} where ${userLocationsTable.userId} = ${usersTable.id} and ${userLocationsTable.locationId} = ${locationId})`,
          ),
        ),
      ),
    )
    .orderBy(usersTable.id);
  return rows.map((r) => r.id);
}

/**
 * Notifies every staff member of a location (see `staffOfLocation`), each in their own
 * language, inside the caller's transaction. Returns what to publish after the commit.
 */
export async function notifyStaff<K extends NotificationKind>(
  tx: DbOrTx,
  args: {
    locationId: string;
    kind: K;
    vars: NotificationVars[K] | ((locale: string) => NotificationVars[K]);
    data?: Record<string, string>;
  },
  now: Date,
) {
  const written = [];
  for (const userId of await staffOfLocation(tx, args.locationId)) {
    written.push(
      await notifyUser(tx, { userId, kind: args.kind, vars: args.vars, data: args.data }, now),
    );
  }
  return written;
}

/** Announces committed notifications to their users' open sockets. */
export function publishNotifications(
  ctx: Pick<ServiceContext, 'deps'>,
  written: readonly { notificationId: string; userId: string }[],
) {
  for (const n of written) ctx.deps.platform.events.publish('NOTIFICATION_CREATED', n);
}

/** The caller's notifications, newest first. Errors: BAD_USER_INPUT for a bad page. */
export async function listNotifications({
  ctx,
  unreadOnly,
  page,
}: {
  ctx: ServiceContext;
  unreadOnly?: boolean | null;
  page: { first?: number | null; after?: string | null };
}): Promise<Page<NotificationRow>> {
  const { first, after } = pageRequest(page);
  const userId = ctx.viewer?.userId;
  if (!userId)
    return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
  let cursor: { createdAt: Date; id: string } | null = null;
  if (after) {
    const [iso, id] = (() => {
      try {
        return JSON.parse(after) as [string, string];
      } catch {
        return ['', ''];
      }
    })();
    const createdAt = new Date(iso);
    if (!isUuid(id) || Number.isNaN(createdAt.getTime()))
      throw badInput({ after: 'is not a cursor of this list' });
    cursor = { createdAt, id };
  }
  const where = and(
    eq(notificationsTable.userId, userId),
    unreadOnly ? isNull(notificationsTable.readAt) : undefined,
  );
  const rows = await ctx.db
    .select()
    .from(notificationsTable)
    .where(
      and(
        where,
        cursor
          ? or(
              lt(notificationsTable.createdAt, cursor.createdAt),
              and(
                eq(notificationsTable.createdAt, cursor.createdAt),
                lt(notificationsTable.id, cursor.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notificationsTable.createdAt), desc(notificationsTable.id))
    .limit(first + 1);
  const [total] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(notificationsTable)
    .where(where);
  const items = rows.slice(0, first);
  const edges = items.map((node) => ({
    cursor: encodeCursor(JSON.stringify([node.createdAt.toISOString(), node.id])),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total?.n ?? 0,
  };
}

/** Marks the caller's notifications read; returns how many changed. Others' ids are ignored. */
export async function markNotificationsRead({ ctx, ids }: { ctx: ServiceContext; ids: string[] }) {
  const valid = ids.filter(isUuid);
  if (!valid.length || !ctx.viewer) return 0;
  const rows = await ctx.db
    .update(notificationsTable)
    .set({ readAt: ctx.now() })
    .where(
      and(
        inArray(notificationsTable.id, valid),
        eq(notificationsTable.userId, ctx.viewer.userId),
        isNull(notificationsTable.readAt),
      ),
    )
    .returning({ id: notificationsTable.id });
  return rows.length;
}

/** One notification of the caller, or null. */
export async function ownNotification(ctx: ServiceContext, id: string) {
  if (!ctx.viewer || !isUuid(id)) return null;
  const [row] = await ctx.db
    .select()
    .from(notificationsTable)
    .where(and(eq(notificationsTable.id, id), eq(notificationsTable.userId, ctx.viewer.userId)));
  return row ?? null;
}
