import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, notFound, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import {
  allocate,
  dropSourceAllocations,
  findClashes,
  withAllocations,
  type Claim,
} from '../allocations/service.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { equipmentTable, maintenanceWindowsTable, type MaintenanceWindowRow } from './schema.js';

/** Longest maintenance reason, and longest window (longer is retirement, not maintenance). */
export const MAINTENANCE_REASON_MAX = 500;
const MAX_WINDOW_MS = 366 * 86_400_000;

/**
 * Takes an item out of use from `startsAt` to `endsAt` (management): a maintenance window
 * row and its allocation (kind MAINTENANCE) in one transaction, so the window blocks bookings
 * and a booking (or another window) already holding the item blocks the window. Audited.
 * Errors: BAD_USER_INPUT on `endsAt` (not after the start, or longer than a year), `reason`
 * (too long) or `equipmentId` (retired); NOT_FOUND for an unknown item; BOOKING_CONFLICT
 * naming the item and the clashing time in `extensions.conflicts`. Nothing is written when
 * refused.
 */
export async function scheduleMaintenance({
  ctx,
  equipmentId,
  startsAt,
  endsAt,
  reason,
}: {
  ctx: ServiceContext;
  equipmentId: string;
  startsAt: Date;
  endsAt: Date;
  reason?: string | null;
}): Promise<MaintenanceWindowRow> {
  const problems: FieldErrors = {};
  if (!(endsAt > startsAt)) problems.endsAt = 'must be after startsAt';
  else if (endsAt.getTime() - startsAt.getTime() > MAX_WINDOW_MS)
    problems.endsAt = 'at most a year';
  const text = reason?.trim() || null;
  if (text && text.length > MAINTENANCE_REASON_MAX) {
    problems.reason = `must be at most ${MAINTENANCE_REASON_MAX} characters`;
  }
  if (Object.keys(problems).length) throw badInput(problems);
  if (!isUuid(equipmentId)) throw notFound('Equipment');
  const claim: Claim = {
    resourceType: 'EQUIPMENT',
    resourceId: equipmentId,
    kind: 'MAINTENANCE',
    startsAt,
    endsAt,
  };
  return withAllocations(
    ctx,
    async (tx) => {
      const [item] = await tx
        .select({ id: equipmentTable.id, status: equipmentTable.status })
        .from(equipmentTable)
        .where(eq(equipmentTable.id, equipmentId));
      if (!item) throw notFound('Equipment');
      if (item.status === 'RETIRED') throw badInput({ equipmentId: 'is retired' });
      const [row] = await tx
        .insert(maintenanceWindowsTable)
        .values({ equipmentId, startsAt, endsAt, reason: text, createdBy: ctx.viewer?.userId })
        .returning();
      await allocate(tx, [{ ...claim, sourceId: row!.id }]);
      await recordAudit(
        tx,
        actorOf(ctx),
        {
          action: 'equipment.maintenance_scheduled',
          entityType: 'equipment',
          entityId: equipmentId,
          data: {
            windowId: row!.id,
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

/**
 * Cancels a maintenance window (management): the window and its allocation are deleted, so
 * the item is free again for that time. Audited. Errors: NOT_FOUND for an unknown window.
 */
export async function cancelMaintenance({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) throw notFound('Maintenance window');
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .delete(maintenanceWindowsTable)
      .where(eq(maintenanceWindowsTable.id, id))
      .returning();
    if (!row) throw notFound('Maintenance window');
    await dropSourceAllocations(tx, id);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'equipment.maintenance_cancelled',
        entityType: 'equipment',
        entityId: row.equipmentId,
        data: {
          windowId: id,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
        },
      },
      ctx.now(),
    );
    return true;
  });
}

/**
 * An item's maintenance windows overlapping [from, to) (either end open when not given), by
 * start. An unknown item has none. Errors: BAD_USER_INPUT on `to` when it is not after `from`.
 */
export async function maintenanceWindowsOf(
  db: DbOrTx,
  equipmentId: string,
  range: { from?: Date | null; to?: Date | null } = {},
) {
  if (range.from && range.to && !(range.to > range.from)) {
    throw badInput({ to: 'must be after from' });
  }
  if (!isUuid(equipmentId)) return [];
  return db
    .select()
    .from(maintenanceWindowsTable)
    .where(
      and(
        eq(maintenanceWindowsTable.equipmentId, equipmentId),
        range.to ? lt(maintenanceWindowsTable.startsAt, range.to) : undefined,
        range.from ? gt(maintenanceWindowsTable.endsAt, range.from) : undefined,
      ),
    )
    .orderBy(asc(maintenanceWindowsTable.startsAt), asc(maintenanceWindowsTable.id));
}
