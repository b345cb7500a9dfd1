import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { encodeCursor, pageRequest, type Page } from '../../db/pagination.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { findClashes, withAllocations } from '../allocations/service.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { logEquipmentEvents } from '../equipment/lifecycle.js';
import { cancelMaintenance, scheduleMaintenance } from '../equipment/maintenance.js';
import {
  equipmentTable,
  maintenanceTasksTable,
  maintenanceWindowsTable,
  type MaintenanceTaskKind,
  type MaintenanceTaskRow,
  type MaintenanceTaskStatus,
} from '../equipment/schema.js';
import { openRepairTask } from '../equipment/tasks.js';
import { optionalText, TASK_TEXT_MAX, TASK_TITLE_MAX } from './rules.js';
import { overdueSql, usageMinutesSql } from './usage.js';

export interface TaskFilter {
  locationId?: string | null;
  status?: MaintenanceTaskStatus | null;
  kind?: MaintenanceTaskKind | null;
  /** true: open and overdue only; false: everything else. */
  overdue?: boolean | null;
  equipmentId?: string | null;
}

const t = maintenanceTasksTable;
const empty = (): Page<MaintenanceTaskRow> => ({
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: 0,
});

/**
 * The order of a task list: open tasks by due date (or, due by hours only, by when they were
 * opened), done and cancelled ones by when they were closed; milliseconds, as the cursor
 * carries them.
 */
const sortKey = sql<string>`date_trunc('milliseconds', case when ${t.status} = 'OPEN'
  then coalesce(${t.dueAt}, ${t.createdAt}) else coalesce(${t.completedAt}, ${t.createdAt}) end)`;

/**
 * Maintenance tasks (management), filtered by location, status, kind, item and whether they
 * are overdue at `ctx.now()` (by date, or by the item's hours of use: `isOverdue`). Open lists
 * come soonest due first; a list of DONE or CANCELLED tasks most recently closed first.
 * Errors: BAD_USER_INPUT for a page size out of range or a foreign cursor.
 */
export async function listMaintenanceTasks({
  ctx,
  filter,
  page,
}: {
  ctx: ServiceContext;
  filter: TaskFilter;
  page: { first?: number | null; after?: string | null };
}): Promise<Page<MaintenanceTaskRow>> {
  const { first, after } = pageRequest(page);
  if (filter.locationId && !isUuid(filter.locationId)) return empty();
  if (filter.equipmentId && !isUuid(filter.equipmentId)) return empty();
  const now = ctx.now();
  let overdue: SQL | undefined;
  if (filter.overdue != null) {
    const usage = usageMinutesSql(
      sql`${equipmentTable.id}`,
      sql`${equipmentTable.usageMinutesBase}`,
      now,
    );
    const isLate = overdueSql(
      {
        status: sql`${t.status}`,
        dueAt: sql`${t.dueAt}`,
        dueUsageMinutes: sql`${t.dueUsageMinutes}`,
      },
      usage,
      now,
    );
    overdue = filter.overdue ? isLate : sql`not ${isLate}`;
  }
  const where = and(
    filter.locationId ? eq(equipmentTable.locationId, filter.locationId) : undefined,
    filter.equipmentId ? eq(t.equipmentId, filter.equipmentId) : undefined,
    filter.status ? eq(t.status, filter.status) : undefined,
    filter.kind ? eq(t.kind, filter.kind) : undefined,
    overdue,
  );
  const recentFirst = filter.status === 'DONE' || filter.status === 'CANCELLED';
  const cursor = after !== null ? parseCursor(after) : null;
  const rows = await ctx.db
    .select({ task: t, key: sortKey })
    .from(t)
    .innerJoin(equipmentTable, eq(equipmentTable.id, t.equipmentId))
    .where(
      and(
        where,
        cursor
          ? recentFirst
            ? sql`(${sortKey}, ${t.id}) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
            : sql`(${sortKey}, ${t.id}) > (${cursor.at}::timestamptz, ${cursor.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(...(recentFirst ? [desc(sortKey), desc(t.id)] : [asc(sortKey), asc(t.id)]))
    .limit(first + 1);
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(t)
    .innerJoin(equipmentTable, eq(equipmentTable.id, t.equipmentId))
    .where(where);
  const edges = rows.slice(0, first).map(({ task, key }) => ({
    cursor: encodeCursor(JSON.stringify([new Date(key).toISOString(), task.id])),
    node: task,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: Number(total),
  };
}

function parseCursor(after: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(after) as unknown[];
    if (
      typeof at === 'string' &&
      typeof id === 'string' &&
      isUuid(id) &&
      !Number.isNaN(Date.parse(at))
    )
      return { at, id };
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: 'is not a cursor of this list' });
}

/** One task, or null for an unknown id (management). */
export async function getMaintenanceTask(db: DbOrTx, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(t).where(eq(t.id, id));
  return row ?? null;
}

async function lockTask(tx: Tx, id: string) {
  const [row] = await tx.select().from(t).where(eq(t.id, id)).for('update');
  if (!row) throw notFound('Maintenance task');
  if (row.status !== 'OPEN')
    throw new DomainError('CONFLICT', `This task is already ${row.status.toLowerCase()}`, {
      status: row.status,
    });
  return row;
}

/**
 * Puts an item whose repairs are all closed back in service (stored AVAILABLE) and says
 * whether it did. Call with the item's row locked, so two repairs closing at once agree.
 */
async function backInServiceWhenRepaired(tx: Tx, equipmentId: string, now: Date) {
  const [item] = await tx
    .select({ status: equipmentTable.status })
    .from(equipmentTable)
    .where(eq(equipmentTable.id, equipmentId))
    .for('update');
  if (item?.status !== 'MAINTENANCE') return false;
  const [open] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(t)
    .where(and(eq(t.equipmentId, equipmentId), eq(t.kind, 'REPAIR'), eq(t.status, 'OPEN')));
  if (Number(open?.n ?? 0) > 0) return false;
  await tx
    .update(equipmentTable)
    .set({ status: 'AVAILABLE', updatedAt: now })
    .where(eq(equipmentTable.id, equipmentId));
  return true;
}

/**
 * Drops a task's maintenance window when it has not begun (or, `evenUnderWay`, not ended): the
 * item is free again for that time. A window under way stays on a completed task: the item was
 * in the workshop then.
 */
async function releaseWindow(
  ctx: ServiceContext,
  tx: Tx,
  task: MaintenanceTaskRow,
  evenUnderWay: boolean,
) {
  if (!task.windowId) return;
  const [window] = await tx
    .select()
    .from(maintenanceWindowsTable)
    .where(eq(maintenanceWindowsTable.id, task.windowId));
  const now = ctx.now();
  if (!window || window.endsAt <= now) return;
  if (window.startsAt <= now && !evenUnderWay) return;
  await cancelMaintenance({ ctx: { ...ctx, db: tx }, id: window.id });
}

/**
 * Reports damage (staff): opens a REPAIR task for the item, which goes out of service (no
 * booking or rental is offered it) until the repair is done, and logs DAMAGED. Audited.
 * Errors: BAD_USER_INPUT on `title` (1–120 characters), `notes` (at most 2000) or
 * `equipmentId` (retired); NOT_FOUND for an unknown item. Nothing is written when refused.
 */
export async function createRepairTask({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { equipmentId: string; title: string; notes?: string | null };
}): Promise<MaintenanceTaskRow> {
  const problems: FieldErrors = {};
  const title = input.title?.trim().replace(/\s+/g, ' ') ?? '';
  if (!title || title.length > TASK_TITLE_MAX)
    problems.title = `must be 1 to ${TASK_TITLE_MAX} characters`;
  const notes = optionalText(input.notes, 'notes', TASK_TEXT_MAX, problems);
  if (Object.keys(problems).length) throw badInput(problems);
  if (!isUuid(input.equipmentId)) throw notFound('Equipment');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [item] = await tx
      .select({ id: equipmentTable.id, status: equipmentTable.status })
      .from(equipmentTable)
      .where(eq(equipmentTable.id, input.equipmentId))
      .for('update');
    if (!item) throw notFound('Equipment');
    if (item.status === 'RETIRED') throw badInput({ equipmentId: 'is retired' });
    const task = await openRepairTask(tx, {
      equipmentId: item.id,
      title,
      notes,
      actorUserId: ctx.viewer?.userId ?? null,
      at: now,
    });
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'maintenance.repair_opened',
        entityType: 'equipment',
        entityId: item.id,
        data: { taskId: task.id, title },
      },
      now,
    );
    return task;
  });
}

/**
 * Marks an open task done (management) with what was done (`resolution`): logs INSPECTED for a
 * service (its rule's next one is measured from now) or REPAIRED for a repair, which puts the
 * item back in service when no other repair of it is open. A window booked for the task that
 * has not begun is cancelled. Audited.
 * Errors: NOT_FOUND for an unknown task; CONFLICT when it is no longer open; BAD_USER_INPUT on
 * `resolution` (at most 2000 characters).
 */
export function completeMaintenanceTask(args: {
  ctx: ServiceContext;
  id: string;
  resolution?: string | null;
}): Promise<MaintenanceTaskRow> {
  return closeTask(args.ctx, args.id, args.resolution, 'DONE');
}

/**
 * Cancels an open task (management) with a reason: a service skipped (its rule's next one is
 * measured from now, so the scan does not open it again at once) or a repair not needed (the
 * item is back in service when no other repair of it is open). Its window, unless over, is
 * cancelled. Logged as a NOTE in the item's log and audited.
 * Errors: NOT_FOUND for an unknown task; CONFLICT when it is no longer open; BAD_USER_INPUT on
 * `reason` (at most 2000 characters).
 */
export function cancelMaintenanceTask(args: {
  ctx: ServiceContext;
  id: string;
  reason?: string | null;
}): Promise<MaintenanceTaskRow> {
  return closeTask(args.ctx, args.id, args.reason, 'CANCELLED');
}

/**
 * Closes an open task as DONE or CANCELLED with its text (resolution or reason): the row, an
 * entry in the item's log (INSPECTED or REPAIRED when done, a NOTE when cancelled), the item
 * back in service when a repair was its last open one, the task's window released (cancelled
 * outright when the task is), and an audit row, in one transaction.
 */
async function closeTask(
  ctx: ServiceContext,
  id: string,
  input: string | null | undefined,
  status: 'DONE' | 'CANCELLED',
): Promise<MaintenanceTaskRow> {
  const done = status === 'DONE';
  const field = done ? 'resolution' : 'reason';
  const problems: FieldErrors = {};
  const text = optionalText(input, field, TASK_TEXT_MAX, problems);
  if (Object.keys(problems).length) throw badInput(problems);
  if (!isUuid(id)) throw notFound('Maintenance task');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const task = await lockTask(tx, id);
    const [closed] = await tx
      .update(t)
      .set({ status, completedAt: now, completedBy: ctx.viewer?.userId ?? null, resolution: text })
      .where(eq(t.id, id))
      .returning();
    await logEquipmentEvents(tx, [
      {
        equipmentId: task.equipmentId,
        kind: !done ? 'NOTE' : task.kind === 'SERVICE' ? 'INSPECTED' : 'REPAIRED',
        at: now,
        actorUserId: ctx.viewer?.userId ?? null,
        taskId: task.id,
        ...(done ? { rentalId: task.rentalId } : {}),
        notes: text,
        data: done
          ? { title: task.title, ...(task.ruleId ? { ruleId: task.ruleId } : {}) }
          : { title: task.title, cancelled: true, kind: task.kind },
      },
    ]);
    const backInService =
      task.kind === 'REPAIR' && (await backInServiceWhenRepaired(tx, task.equipmentId, now));
    await releaseWindow(ctx, tx, task, !done);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: done ? 'maintenance.task_completed' : 'maintenance.task_cancelled',
        entityType: 'equipment',
        entityId: task.equipmentId,
        data: { taskId: task.id, kind: task.kind, [field]: text, backInService },
      },
      now,
    );
    return closed!;
  });
}

/**
 * Books the workshop time of an open task (management): a maintenance window of its item from
 * `startsAt` to `endsAt` (an allocation, through the equipment module's `scheduleMaintenance`),
 * linked to the task; a window the task had is cancelled first. All in one transaction.
 * Errors: NOT_FOUND for an unknown task; CONFLICT when it is no longer open; BAD_USER_INPUT as
 * scheduleMaintenance (`endsAt`, a retired item); BOOKING_CONFLICT naming the item when a
 * booking, rental or another window holds it then. Nothing is written when refused.
 */
export async function scheduleTaskWindow({
  ctx,
  taskId,
  startsAt,
  endsAt,
}: {
  ctx: ServiceContext;
  taskId: string;
  startsAt: Date;
  endsAt: Date;
}): Promise<MaintenanceTaskRow> {
  if (!isUuid(taskId)) throw notFound('Maintenance task');
  const known = await getMaintenanceTask(ctx.db, taskId);
  if (!known) throw notFound('Maintenance task');
  const claim = {
    resourceType: 'EQUIPMENT' as const,
    resourceId: known.equipmentId,
    kind: 'MAINTENANCE' as const,
    startsAt,
    endsAt,
  };
  return withAllocations(
    ctx,
    async (tx) => {
      const task = await lockTask(tx, taskId);
      const inTx = { ...ctx, db: tx };
      if (task.windowId) {
        const [old] = await tx
          .select({ id: maintenanceWindowsTable.id })
          .from(maintenanceWindowsTable)
          .where(eq(maintenanceWindowsTable.id, task.windowId));
        if (old) await cancelMaintenance({ ctx: inTx, id: old.id });
      }
      const window = await scheduleMaintenance({
        ctx: inTx,
        equipmentId: task.equipmentId,
        startsAt,
        endsAt,
        reason: task.title,
      });
      const [row] = await tx
        .update(t)
        .set({ windowId: window.id })
        .where(eq(t.id, task.id))
        .returning();
      await recordAudit(
        tx,
        actorOf(ctx),
        {
          action: 'maintenance.task_scheduled',
          entityType: 'equipment',
          entityId: task.equipmentId,
          data: {
            taskId: task.id,
            windowId: window.id,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
          },
        },
        ctx.now(),
      );
      return row!;
    },
    () => findClashes(ctx.db, [claim]),
  );
}
