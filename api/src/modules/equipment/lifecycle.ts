import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { isUuid } from '../../ids.js';
import { allocationsTable } from '../allocations/schema.js';
import {
  equipmentEventsTable,
  equipmentTable,
  type EquipmentEventKind,
  type EquipmentEventRow,
} from './schema.js';

export interface EquipmentEventInput {
  equipmentId: string;
  kind: EquipmentEventKind;
  at: Date;
  actorUserId?: string | null;
  rentalId?: string | null;
  taskId?: string | null;
  notes?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Adds entries to items' lifecycle logs, inside the caller's transaction so the log and the
 * change it records commit together. Every module that changes an item's life (rentals,
 * maintenance, retirement, imports) writes through here.
 */
export async function logEquipmentEvents(
  tx: DbOrTx,
  events: readonly EquipmentEventInput[],
): Promise<EquipmentEventRow[]> {
  if (!events.length) return [];
  return tx
    .insert(equipmentEventsTable)
    .values(
      events.map((e) => ({
        equipmentId: e.equipmentId,
        kind: e.kind,
        at: e.at,
        actorUserId: e.actorUserId ?? null,
        rentalId: e.rentalId ?? null,
        taskId: e.taskId ?? null,
        notes: e.notes ?? null,
        data: e.data ?? {},
      })),
    )
    .returning();
}

/**
 * Minutes of use of each item up to `at`, in the order asked: the base recorded before
 * Plannivo counted it plus every active BOOKING and RENTAL allocation of the item, clipped to
 * `at` (a lesson under way counts what has passed). Cancelled bookings hold no active
 * allocation, so they add nothing. One statement for any number of items.
 */
export async function usageMinutesOf(
  db: DbOrTx,
  ids: readonly string[],
  at: Date,
): Promise<number[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (!valid.length) return ids.map(() => 0);
  const used = db
    .select({
      resourceId: allocationsTable.resourceId,
      minutes:
        sql<number>`sum(extract(epoch from (least(${allocationsTable.endsAt}, ${at.toISOString()}::timestamptz) - ${allocationsTable.startsAt})) / 60)`.as(
          'minutes',
        ),
    })
    .from(allocationsTable)
    .where(
      and(
        inArray(allocationsTable.resourceId, valid),
        eq(allocationsTable.active, true),
        inArray(allocationsTable.kind, ['BOOKING', 'RENTAL']),
        lt(allocationsTable.startsAt, at),
      ),
    )
    .groupBy(allocationsTable.resourceId)
    .as('used');
  const rows = await db
    .select({
      id: equipmentTable.id,
      minutes: sql<number>`(${equipmentTable.usageMinutesBase} + coalesce(floor(${used.minutes}), 0))::int`,
    })
    .from(equipmentTable)
    .leftJoin(used, eq(used.resourceId, equipmentTable.id))
    .where(inArray(equipmentTable.id, valid));
  const byId = new Map(rows.map((r) => [r.id, Number(r.minutes)]));
  return ids.map((id) => byId.get(id) ?? 0);
}
