import { and, asc, eq, gt, isNull, lt, notExists, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { allocationsTable } from '../modules/allocations/schema.js';
import { customersTable } from '../modules/customers/schema.js';
import { logEquipmentEvents } from '../modules/equipment/lifecycle.js';
import { equipmentTable, type EquipmentRow } from '../modules/equipment/schema.js';
import { openRepairTask } from '../modules/equipment/tasks.js';
import type { LegalDocumentRow } from '../modules/legal/schema.js';
import type { LocationRow } from '../modules/locations/schema.js';
import { samplePng } from '../modules/rentals/rules.js';
import { rentalItemsTable, rentalsTable, type DepositMethod } from '../modules/rentals/schema.js';
import { newFileKey } from '../platform/files.js';

const HOUR = 3_600_000;

interface Plan {
  /** Hours from now: out at, due at, back at (none while out). */
  out: number;
  due: number;
  back: number | null;
  categories: string[];
  deposit: { amount: number; method: DepositMethod };
  conditionOut: string;
  conditionIn?: string;
  /** The first item came back damaged: repair notes and what it costs the customer. */
  damage?: { notes: string; charge: number };
}

/** Akyaka's rental desk over the last days: returned, damaged, overdue and out now. */
const PLANS: Plan[] = [
  {
    out: -74,
    due: -70,
    back: -70.5,
    categories: ['KITE', 'BAR', 'BOARD'],
    deposit: { amount: 300000, method: 'CASH' },
    conditionOut: 'İyi durumda',
    conditionIn: 'Sorunsuz iade',
  },
  {
    out: -51,
    due: -47,
    back: -46.5,
    categories: ['WETSUIT', 'HARNESS'],
    deposit: { amount: 0, method: 'ID_DOCUMENT' },
    conditionOut: 'Yeni gibi',
    conditionIn: 'Temiz ve kuru',
  },
  {
    out: -27,
    due: -23,
    back: -23.2,
    categories: ['KITE', 'BAR'],
    deposit: { amount: 500000, method: 'CARD' },
    conditionOut: 'Küçük çizikler var',
    conditionIn: 'Ön bölmede yırtık',
    damage: { notes: 'Ön şişme bölmesinde 10 cm yırtık; yama gerekli.', charge: 150000 },
  },
  {
    out: -5,
    due: -1,
    back: null,
    categories: ['BOARD', 'HARNESS'],
    deposit: { amount: 200000, method: 'CASH' },
    conditionOut: 'İyi durumda',
  },
  {
    out: -1,
    due: 2,
    back: null,
    categories: ['KITE', 'BAR', 'HARNESS'],
    deposit: { amount: 0, method: 'ID_DOCUMENT' },
    conditionOut: 'Kontrol edildi, hatlar sağlam',
  },
];

/**
 * A few rentals at the Akyaka location (Europe/Istanbul), numbered 1 to 5 in check-out order:
 * three returned (one with a damaged kite whose repair task keeps it out of service), one
 * overdue and one out until later today, each with the current rental terms, a typed name and
 * a small generated signature PNG. Items are chosen among those free over the rental's time,
 * and each rental holds them with a RENTAL allocation as a check-out would. Returns the
 * signature images to store once the seed has committed.
 */
export async function seedDemoRentals(
  tx: DbOrTx,
  locations: LocationRow[],
  options: { now: Date; terms: LegalDocumentRow | undefined; createdBy: string | null },
): Promise<Array<{ key: string; png: Buffer }>> {
  const akyaka = locations.find((l) => l.timezone === 'Europe/Istanbul');
  if (!akyaka) return [];
  const people = await tx
    .select({ id: customersTable.id, name: customersTable.name })
    .from(customersTable)
    .where(and(isNull(customersTable.userId), isNull(customersTable.guardianId)))
    .orderBy(asc(customersTable.name))
    .limit(40);
  const signatures: Array<{ key: string; png: Buffer }> = [];
  const at = (hours: number) => new Date(options.now.getTime() + hours * HOUR);
  const taken = new Set<string>();

  for (const [index, plan] of PLANS.entries()) {
    const customer = people[(index * 7) % people.length];
    if (!customer) break;
    const outAt = at(plan.out);
    const heldUntil = plan.back !== null ? at(plan.back) : at(plan.due);
    const items: EquipmentRow[] = [];
    for (const category of plan.categories) {
      const item = await freeItem(
        tx,
        akyaka.id,
        category,
        outAt,
        plan.damage && !items.length ? at(24 * 30) : heldUntil,
        taken,
      );
      if (item) {
        items.push(item);
        taken.add(item.id);
      }
    }
    if (!items.length) continue;
    const key = newFileKey('signatures');
    signatures.push({ key, png: samplePng(index + 1) });
    const [rental] = await tx
      .insert(rentalsTable)
      .values({
        locationId: akyaka.id,
        number: index + 1,
        customerId: customer.id,
        status: plan.back !== null ? 'RETURNED' : 'OUT',
        checkedOutAt: outAt,
        dueAt: at(plan.due),
        returnedAt: plan.back !== null ? at(plan.back) : null,
        termsDocumentId: options.terms?.id ?? null,
        termsVersion: options.terms?.version ?? null,
        signerName: customer.name,
        signatureKey: key,
        signedAt: outAt,
        depositAmount: plan.deposit.amount,
        depositCurrency: akyaka.currency,
        depositMethod: plan.deposit.method,
        depositReturnedAt: plan.back !== null ? at(plan.back) : null,
        depositRetained: plan.damage ? Math.min(plan.damage.charge, plan.deposit.amount) : 0,
        createdBy: options.createdBy,
        createdAt: outAt,
        updatedAt: plan.back !== null ? at(plan.back) : outAt,
      })
      .returning();
    const allocations = await tx
      .insert(allocationsTable)
      .values(
        items.map((item) => ({
          resourceType: 'EQUIPMENT' as const,
          resourceId: item.id,
          kind: 'RENTAL' as const,
          sourceId: rental!.id,
          startsAt: outAt,
          endsAt: heldUntil,
        })),
      )
      .returning();
    const rows = await tx
      .insert(rentalItemsTable)
      .values(
        items.map((item, i) => ({
          rentalId: rental!.id,
          equipmentId: item.id,
          allocationId: allocations[i]!.id,
          conditionOut: plan.conditionOut,
          conditionIn: plan.back !== null ? (plan.conditionIn ?? null) : null,
          damaged: Boolean(plan.damage) && i === 0,
          damageCharge: plan.damage && i === 0 ? plan.damage.charge : 0,
          returnedAt: plan.back !== null ? at(plan.back) : null,
        })),
      )
      .returning();
    await logEquipmentEvents(tx, [
      ...items.map((item) => ({
        equipmentId: item.id,
        kind: 'CHECKED_OUT' as const,
        at: outAt,
        actorUserId: options.createdBy,
        rentalId: rental!.id,
        notes: plan.conditionOut,
        data: { rentalNumber: rental!.number, dueAt: rental!.dueAt.toISOString() },
      })),
      ...(plan.back !== null
        ? items.map((item, i) => ({
            equipmentId: item.id,
            kind: 'RETURNED' as const,
            at: at(plan.back!),
            actorUserId: options.createdBy,
            rentalId: rental!.id,
            notes: plan.conditionIn ?? null,
            data: { rentalNumber: rental!.number, damaged: Boolean(plan.damage) && i === 0 },
          }))
        : []),
    ]);
    if (plan.damage && plan.back !== null) {
      const task = await openRepairTask(tx, {
        equipmentId: items[0]!.id,
        title: `Repair ${items[0]!.name} (rental #${rental!.number})`,
        notes: plan.damage.notes,
        rentalId: rental!.id,
        actorUserId: options.createdBy,
        at: at(plan.back),
      });
      await tx
        .update(rentalItemsTable)
        .set({ repairTaskId: task.id })
        .where(eq(rentalItemsTable.id, rows[0]!.id));
    }
  }
  return signatures;
}

/**
 * The first item of a category at the location that is in service, not yet used by these
 * rentals and without an active allocation over [from, to).
 */
async function freeItem(
  tx: DbOrTx,
  locationId: string,
  category: string,
  from: Date,
  to: Date,
  taken: Set<string>,
): Promise<EquipmentRow | undefined> {
  const rows = await tx
    .select()
    .from(equipmentTable)
    .where(
      and(
        eq(equipmentTable.locationId, locationId),
        eq(equipmentTable.category, category),
        eq(equipmentTable.status, 'AVAILABLE'),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(allocationsTable)
            .where(
              and(
                eq(allocationsTable.resourceId, equipmentTable.id),
                eq(allocationsTable.active, true),
                lt(allocationsTable.startsAt, to),
                gt(allocationsTable.endsAt, from),
              ),
            ),
        ),
      ),
    )
    // The least used first: it keeps the kites near their service hours out of the demo rentals.
    .orderBy(asc(equipmentTable.usageMinutesBase), asc(equipmentTable.name));
  return rows.find((r) => !taken.has(r.id));
}
