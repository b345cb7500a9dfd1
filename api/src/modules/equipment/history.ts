import { and, asc, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { manyEach } from '../../db/batch.js';
import type { DbOrTx } from '../../db/client.js';
import { encodeCursor, pageRequest, type Page } from '../../db/pagination.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { dropSourceAllocations } from '../allocations/service.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { EQUIPMENT_NOTES_MAX, EQUIPMENT_REASON_MAX, optionalNotes } from './fields.js';
import { logEquipmentEvents } from './lifecycle.js';
import { heldConflict, holdsAfter, lockEquipment } from './record.js';
import {
  equipmentEventsTable,
  equipmentTable,
  maintenanceTasksTable,
  maintenanceWindowsTable,
  type EquipmentEventRow,
  type EquipmentRow,
} from './schema.js';

/*
 * An item's history: reading its lifecycle log, notes, and its retirement. Writers of the log
 * in other modules go through lifecycle.ts `logEquipmentEvents`.
 */

/** The (at, id) of an events cursor. Errors: BAD_USER_INPUT for a foreign one. */
function parseEventCursor(after: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(after) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && isUuid(id)) {
      const instant = new Date(at);
      if (!Number.isNaN(instant.getTime())) return { at: instant, id };
    }
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: 'is not a cursor of this list' });
}

/**
 * A page of each item's lifecycle log, newest first (by time, then id), with the same page
 * arguments for every item: two statements for any number of items (the page, numbered per
 * item by a window function, and the counts). Errors: BAD_USER_INPUT for a page size out of
 * range or a foreign cursor.
 */
export async function eventPagesOf(
  db: DbOrTx,
  ids: readonly string[],
  page: { first?: number | null; after?: string | null },
): Promise<Array<Page<EquipmentEventRow>>> {
  const { first, after } = pageRequest(page);
  const cursor = after !== null ? parseEventCursor(after) : null;
  const valid = [...new Set(ids.filter(isUuid))];
  if (!valid.length)
    return ids.map(() => ({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
      totalCount: 0,
    }));
  const e = equipmentEventsTable;
  const numbered = db
    .select({
      id: e.id,
      equipmentId: e.equipmentId,
      kind: e.kind,
      at: e.at,
      actorUserId: e.actorUserId,
      rentalId: e.rentalId,
      taskId: e.taskId,
      notes: e.notes,
      data: e.data,
      rn: sql<number>`row_number() over (partition by ${e.equipmentId} order by ${e.at} desc, ${e.id} desc)`.as(
        'rn',
      ),
    })
    .from(e)
    .where(
      and(
        inArray(e.equipmentId, valid),
        cursor ? or(lt(e.at, cursor.at), and(eq(e.at, cursor.at), lt(e.id, cursor.id))) : undefined,
      ),
    )
    .as('numbered');
  const rows = await db
    .select()
    .from(numbered)
    .where(sql`${numbered.rn} <= ${first + 1}`)
    .orderBy(asc(numbered.equipmentId), desc(numbered.at), desc(numbered.id));
  const counts = await db
    .select({ equipmentId: e.equipmentId, total: sql<number>`count(*)::int` })
    .from(e)
    .where(inArray(e.equipmentId, valid))
    .groupBy(e.equipmentId);
  const totalOf = new Map(counts.map((c) => [c.equipmentId, Number(c.total)]));
  return manyEach(ids, rows, (r) => r.equipmentId).map((list, i) => {
    const items = list.slice(0, first).map(({ rn: _rn, ...event }) => event as EquipmentEventRow);
    const edges = items.map((node) => ({
      cursor: encodeCursor(JSON.stringify([node.at.toISOString(), node.id])),
      node,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: list.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: totalOf.get(ids[i]!) ?? 0,
    };
  });
}

/**
 * Retires an item for good (management): stored status RETIRED with the time and reason, a
 * RETIRED entry in its log, its maintenance windows that have not started yet cancelled
 * (a window under way stays) and its open maintenance tasks cancelled. It stays on the lists, marked, for its history. Audited.
 * Errors: BAD_USER_INPUT on `reason` (empty or too long); NOT_FOUND for an unknown item;
 * CONFLICT when already retired, or, with `holds` listing them, while it is out on a rental
 * or bookings or rentals hold it from now on. Nothing is written when refused.
 */
export async function retireEquipment({
  ctx,
  id,
  reason,
}: {
  ctx: ServiceContext;
  id: string;
  reason: string;
}): Promise<EquipmentRow> {
  const problems: FieldErrors = {};
  const text = optionalNotes(reason, 'reason', EQUIPMENT_REASON_MAX, problems);
  if (!text) problems.reason = 'must say why the item is retired';
  if (Object.keys(problems).length) throw badInput(problems);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const item = await lockEquipment(tx, id);
    if (item.status === 'RETIRED') {
      throw new DomainError('CONFLICT', 'The item is already retired', { reason: 'RETIRED' });
    }
    const holds = await holdsAfter(tx, id, now);
    if (holds.length) {
      throw heldConflict('The item is booked or rented out: it cannot be retired now', holds);
    }
    const windows = await tx
      .delete(maintenanceWindowsTable)
      .where(
        and(eq(maintenanceWindowsTable.equipmentId, id), gt(maintenanceWindowsTable.startsAt, now)),
      )
      .returning({ id: maintenanceWindowsTable.id });
    for (const window of windows) await dropSourceAllocations(tx, window.id);
    // Work it was waiting for will never be done: its open tasks leave the maintenance board.
    const tasks = await tx
      .update(maintenanceTasksTable)
      .set({
        status: 'CANCELLED',
        completedAt: now,
        completedBy: ctx.viewer?.userId ?? null,
        resolution: `Retired: ${text}`,
      })
      .where(
        and(eq(maintenanceTasksTable.equipmentId, id), eq(maintenanceTasksTable.status, 'OPEN')),
      )
      .returning({ id: maintenanceTasksTable.id });
    const [row] = await tx
      .update(equipmentTable)
      .set({ status: 'RETIRED', retiredAt: now, retiredReason: text, updatedAt: now })
      .where(eq(equipmentTable.id, id))
      .returning();
    await logEquipmentEvents(tx, [
      {
        equipmentId: id,
        kind: 'RETIRED',
        at: now,
        actorUserId: ctx.viewer?.userId ?? null,
        notes: text,
        data: {
          reason: text,
          previousStatus: item.status,
          cancelledWindows: windows.length,
          cancelledTasks: tasks.length,
        },
      },
    ]);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'equipment.retired',
        entityType: 'equipment',
        entityId: id,
        data: {
          reason: text,
          cancelledWindows: windows.map((w) => w.id),
          cancelledTasks: tasks.map((t) => t.id),
        },
      },
      now,
    );
    return row!;
  });
}

/**
 * Adds a staff note to an item's log (a NOTE entry by the caller, now): a frayed line, a
 * patched canopy, where it is stored. Retired items take notes too. Audited.
 * Errors: BAD_USER_INPUT on `notes` (empty or too long); NOT_FOUND for an unknown item.
 */
export async function addEquipmentNote({
  ctx,
  id,
  notes,
}: {
  ctx: ServiceContext;
  id: string;
  notes: string;
}): Promise<EquipmentEventRow> {
  const problems: FieldErrors = {};
  const text = optionalNotes(notes, 'notes', EQUIPMENT_NOTES_MAX, problems);
  if (!text) problems.notes = 'must not be empty';
  if (Object.keys(problems).length) throw badInput(problems);
  if (!isUuid(id)) throw notFound('Equipment');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [item] = await tx
      .select({ id: equipmentTable.id })
      .from(equipmentTable)
      .where(eq(equipmentTable.id, id));
    if (!item) throw notFound('Equipment');
    const [event] = await logEquipmentEvents(tx, [
      {
        equipmentId: id,
        kind: 'NOTE',
        at: now,
        actorUserId: ctx.viewer?.userId ?? null,
        notes: text,
      },
    ]);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'equipment.note_added',
        entityType: 'equipment',
        entityId: id,
        data: { eventId: event!.id },
      },
      now,
    );
    return event!;
  });
}
