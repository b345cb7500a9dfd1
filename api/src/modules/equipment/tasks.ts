import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { logEquipmentEvents } from './lifecycle.js';
import { equipmentTable, maintenanceTasksTable, type MaintenanceTaskRow } from './schema.js';

/**
 * Opens a REPAIR task for a damaged item, inside the caller's transaction: the item goes out
 * of service (stored status MAINTENANCE, so no booking or rental is offered it) until the
 * task is done, and its log records the damage. Used by a rental's check-in and by staff.
 */
export async function openRepairTask(
  tx: DbOrTx,
  input: {
    equipmentId: string;
    title: string;
    notes?: string | null;
    rentalId?: string | null;
    actorUserId?: string | null;
    at: Date;
  },
): Promise<MaintenanceTaskRow> {
  const [task] = await tx
    .insert(maintenanceTasksTable)
    .values({
      equipmentId: input.equipmentId,
      kind: 'REPAIR',
      title: input.title,
      notes: input.notes ?? null,
      dueAt: input.at,
      rentalId: input.rentalId ?? null,
      createdBy: input.actorUserId ?? null,
      createdAt: input.at,
    })
    .returning();
  await tx
    .update(equipmentTable)
    .set({ status: 'MAINTENANCE', updatedAt: input.at })
    .where(eq(equipmentTable.id, input.equipmentId));
  await logEquipmentEvents(tx, [
    {
      equipmentId: input.equipmentId,
      kind: 'DAMAGED',
      at: input.at,
      actorUserId: input.actorUserId,
      rentalId: input.rentalId,
      taskId: task!.id,
      notes: input.notes,
    },
  ]);
  return task!;
}
