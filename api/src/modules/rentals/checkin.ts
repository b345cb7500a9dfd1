import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { badInput, notFound, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { allocationsTable } from '../allocations/schema.js';
import { findClashes, lockResources, withAllocations } from '../allocations/service.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { logEquipmentEvents } from '../equipment/lifecycle.js';
import { equipmentTable } from '../equipment/schema.js';
import { openRepairTask } from '../equipment/tasks.js';
import { rentalInScope } from './read.js';
import { checkCheckIn, type CheckInItemFields } from './rules.js';
import { rentalItemsTable, rentalsTable, type RentalRow } from './schema.js';

export interface CheckInRentalInput {
  rentalId: string;
  items: readonly CheckInItemFields[];
  /** Minor units of the deposit kept against damage (0 to what was taken). */
  depositRetained?: number | null;
  /** The deposit (less what is kept) was handed back now. */
  depositReturned?: boolean | null;
}

/**
 * Takes items of a rental back (management), all or some of them: each item's condition,
 * whether it is damaged and what the damage costs the customer. Early returns free the item
 * from the return time on (the allocation ends then); late ones count the extra time, but an
 * allocation is never stretched over another booking or window of the item. A damaged item
 * opens a repair task (the item is out of service until it is done) named after the item and
 * the rental number; its charge is recorded on the rental item (the money ledger is issue 7:
 * it records and shows the charge, it does not bill it). The rental is RETURNED when every
 * item is back. RETURNED log entries and an audit row, in one transaction.
 *
 * Errors: NOT_FOUND for a rental the caller may not see; BAD_USER_INPUT on `items.N.…` (an
 * item not out on this rental, texts too long, a charge on an undamaged item),
 * `depositRetained` (more than was taken) or `depositReturned` (already settled). Nothing is
 * written when refused.
 */
export async function checkInRental({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CheckInRentalInput;
}): Promise<RentalRow> {
  const now = ctx.now();
  const found = await rentalInScope(ctx, input.rentalId);
  if (!found) throw notFound('Rental');
  const { problems, items } = checkCheckIn(input.items, {
    retained: input.depositRetained,
    taken: found.depositAmount,
  });
  if (input.depositRetained != null && found.depositMethod === 'NONE' && input.depositRetained > 0)
    problems.depositRetained = 'no deposit was taken';
  if (input.depositReturned && found.depositReturnedAt)
    problems.depositReturned = 'the deposit was already settled';
  items.forEach((item, i) => {
    if (!isUuid(item.equipmentId)) problems[`items.${i}.equipmentId`] = 'is not out on this rental';
  });
  if (Object.keys(problems).length) throw badInput(problems);
  const equipmentIds = items.map((i) => i.equipmentId);

  return withAllocations(ctx, async (tx) => {
    await lockResources(tx, equipmentIds);
    const [rental] = await tx
      .select()
      .from(rentalsTable)
      .where(eq(rentalsTable.id, found.id))
      .for('update');
    const open = await tx
      .select({ item: rentalItemsTable, name: equipmentTable.name })
      .from(rentalItemsTable)
      .innerJoin(equipmentTable, eq(equipmentTable.id, rentalItemsTable.equipmentId))
      .where(
        and(
          eq(rentalItemsTable.rentalId, rental!.id),
          inArray(rentalItemsTable.equipmentId, equipmentIds),
          isNull(rentalItemsTable.returnedAt),
        ),
      );
    const openById = new Map(open.map((o) => [o.item.equipmentId, o]));
    const missing: FieldErrors = {};
    equipmentIds.forEach((id, i) => {
      if (!openById.has(id)) missing[`items.${i}.equipmentId`] = 'is not out on this rental';
    });
    if (Object.keys(missing).length) throw badInput(missing);

    const actorUserId = ctx.viewer?.userId ?? null;
    for (const item of items) {
      const { item: row } = openById.get(item.equipmentId)!;
      await tx
        .update(rentalItemsTable)
        .set({
          returnedAt: now,
          conditionIn: item.conditionIn,
          damaged: item.damaged,
          damageCharge: item.damageCharge,
        })
        .where(eq(rentalItemsTable.id, row.id));
      if (row.allocationId) await endAllocation(tx, row.allocationId, rental!.id, now);
    }
    await logEquipmentEvents(
      tx,
      items.map((item) => ({
        equipmentId: item.equipmentId,
        kind: 'RETURNED' as const,
        at: now,
        actorUserId,
        rentalId: rental!.id,
        notes: item.conditionIn,
        data: {
          rentalNumber: rental!.number,
          damaged: item.damaged,
          ...(item.damageCharge > 0 && {
            damageCharge: item.damageCharge,
            currency: rental!.depositCurrency,
          }),
        },
      })),
    );
    for (const item of items.filter((i) => i.damaged)) {
      const { item: row, name } = openById.get(item.equipmentId)!;
      const task = await openRepairTask(tx, {
        equipmentId: item.equipmentId,
        title: `Repair ${name} (rental #${rental!.number})`,
        notes: item.damageNotes,
        rentalId: rental!.id,
        actorUserId,
        at: now,
      });
      await tx
        .update(rentalItemsTable)
        .set({ repairTaskId: task.id })
        .where(eq(rentalItemsTable.id, row.id));
    }
    const [{ stillOut } = { stillOut: 0 }] = await tx
      .select({ stillOut: sql<number>`count(*)::int` })
      .from(rentalItemsTable)
      .where(and(eq(rentalItemsTable.rentalId, rental!.id), isNull(rentalItemsTable.returnedAt)));
    const complete = stillOut === 0;
    const [updated] = await tx
      .update(rentalsTable)
      .set({
        updatedAt: now,
        ...(complete && { status: 'RETURNED' as const, returnedAt: now }),
        ...(input.depositRetained != null && { depositRetained: input.depositRetained }),
        ...(input.depositReturned && { depositReturnedAt: now }),
      })
      .where(eq(rentalsTable.id, rental!.id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'rental.checked_in',
        entityType: 'rental',
        entityId: rental!.id,
        data: {
          number: rental!.number,
          items: items.map((i) => ({
            equipmentId: i.equipmentId,
            damaged: i.damaged,
            damageCharge: i.damageCharge,
          })),
          complete,
          depositRetained: updated!.depositRetained,
          depositReturned: Boolean(input.depositReturned),
        },
      },
      now,
    );
    return updated!;
  });
}

/**
 * Ends a rental item's allocation at the return time. Early: the item is free from then on
 * (returned in the very instant it went out: the allocation goes). Late: the allocation is
 * stretched to the return time, but only up to the next booking or window of the item.
 */
async function endAllocation(tx: Tx, allocationId: string, rentalId: string, now: Date) {
  const [allocation] = await tx
    .select()
    .from(allocationsTable)
    .where(eq(allocationsTable.id, allocationId));
  if (!allocation) return;
  if (now <= allocation.startsAt) {
    await tx.delete(allocationsTable).where(eq(allocationsTable.id, allocationId));
    return;
  }
  let endsAt = now;
  if (now > allocation.endsAt) {
    const clashes = await findClashes(
      tx,
      [
        {
          resourceType: 'EQUIPMENT',
          resourceId: allocation.resourceId,
          kind: 'RENTAL',
          startsAt: allocation.endsAt,
          endsAt: now,
        },
      ],
      { sourceIds: [rentalId] },
    );
    for (const clash of clashes) if (clash.startsAt < endsAt) endsAt = clash.startsAt;
  }
  if (endsAt.getTime() !== allocation.endsAt.getTime() && endsAt > allocation.startsAt) {
    await tx.update(allocationsTable).set({ endsAt }).where(eq(allocationsTable.id, allocationId));
  }
}
