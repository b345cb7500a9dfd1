import { and, asc, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { allocationsTable } from '../allocations/schema.js';
import { lockResources } from '../allocations/service.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { instantAt } from '../availability/time.js';
import type { LocationRow } from '../locations/schema.js';
import { getLocation } from '../locations/service.js';
import { rentalItemsTable, rentalsTable } from '../rentals/schema.js';
import { checkEquipmentFields, type EquipmentFieldsInput, type EquipmentValues } from './fields.js';
import { logEquipmentEvents } from './lifecycle.js';
import { equipmentTable, type EquipmentRow } from './schema.js';

/*
 * An item's record: adding it, changing it, and what holds it from now on (the check a move,
 * a retirement or taking it out of service makes first).
 */
export interface CreateEquipmentInput extends EquipmentFieldsInput {
  locationId: string;
}

/**
 * Refuses a serial number another item of the same brand already has (any case, any
 * location), under an advisory lock on brand and number: there is no unique index (serials
 * are per brand and case-blind), so the lock makes the check exact. Errors: CONFLICT on
 * `serialNumber`, naming the other item.
 */
async function claimSerialNumber(
  tx: Tx,
  values: Pick<EquipmentValues, 'brand' | 'serialNumber'>,
  exceptId?: string,
) {
  if (!values.serialNumber) return;
  const key = `${values.brand?.toLowerCase() ?? ''}|${values.serialNumber.toLowerCase()}`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 7412))`);
  const [taken] = await tx
    .select({ id: equipmentTable.id, name: equipmentTable.name })
    .from(equipmentTable)
    .where(
      and(
        sql`lower(${equipmentTable.serialNumber}) = ${values.serialNumber.toLowerCase()}`,
        values.brand
          ? sql`lower(${equipmentTable.brand}) = ${values.brand.toLowerCase()}`
          : sql`${equipmentTable.brand} is null`,
        exceptId ? ne(equipmentTable.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) {
    throw new DomainError('CONFLICT', 'Another item has this serial number', {
      fields: { serialNumber: `is already the serial number of ${taken.name}` },
      equipmentId: taken.id,
    });
  }
}

/** The instant a purchase date stands for: that day's midnight at the location. */
export const purchaseInstant = (date: string, location: Pick<LocationRow, 'timezone'>) =>
  instantAt(date, '00:00', location.timezone);

/**
 * Adds an item to a location's gear (management), with its PURCHASED log entry (at the
 * purchase date's midnight at the location, or now without a date). Audited.
 * Errors: BAD_USER_INPUT naming every refused field (an unknown location on `locationId`, a
 * purchase date in the future, a cost in another currency than the location's); CONFLICT on
 * `serialNumber` when an item of the same brand already has that serial number (any case,
 * any location). Nothing is written when refused.
 */
export async function createEquipment({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateEquipmentInput;
}): Promise<EquipmentRow> {
  const location = await getLocation({ ctx, id: input.locationId });
  const now = ctx.now();
  const { values, problems } = checkEquipmentFields(input, location, now);
  if (!location) problems.locationId = 'is not a location';
  if (Object.keys(problems).length) throw badInput(problems);
  return withTransaction(ctx.db, async (tx) => {
    await claimSerialNumber(tx, values);
    const [row] = await tx
      .insert(equipmentTable)
      .values({ ...values, locationId: location!.id, createdAt: now, updatedAt: now })
      .returning();
    await logEquipmentEvents(tx, [
      {
        equipmentId: row!.id,
        kind: 'PURCHASED',
        at: values.purchaseDate ? purchaseInstant(values.purchaseDate, location!) : now,
        actorUserId: ctx.viewer?.userId ?? null,
        data:
          values.purchaseCost !== null
            ? { cost: values.purchaseCost, currency: values.purchaseCurrency }
            : {},
      },
    ]);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'equipment.created',
        entityType: 'equipment',
        entityId: row!.id,
        data: {
          locationId: row!.locationId,
          name: row!.name,
          category: row!.category,
          size: row!.size,
          serialNumber: row!.serialNumber,
          purchaseDate: row!.purchaseDate,
          purchaseCost: row!.purchaseCost,
          purchaseCurrency: row!.purchaseCurrency,
        },
      },
      now,
    );
    return row!;
  });
}

export type UpdateEquipmentInput = {
  [K in keyof CreateEquipmentInput]?: CreateEquipmentInput[K] | null;
};

/** What holds an item from now on: future bookings and rentals, and a rental not returned. */
export interface EquipmentHold {
  kind: 'BOOKING' | 'RENTAL';
  bookingId: string | null;
  rentalId: string | null;
  startsAt: string;
  endsAt: string | null;
}

/**
 * The bookings and rentals holding an item after `now` (active BOOKING and RENTAL
 * allocations that end later) and the rental it is out on, if any, by start. Read inside the
 * caller's transaction, after the item's lock, so no booking can slip in before the change.
 */
export async function holdsAfter(tx: DbOrTx, equipmentId: string, now: Date) {
  const allocations = await tx
    .select({
      kind: allocationsTable.kind,
      bookingId: allocationsTable.bookingId,
      sourceId: allocationsTable.sourceId,
      startsAt: allocationsTable.startsAt,
      endsAt: allocationsTable.endsAt,
    })
    .from(allocationsTable)
    .where(
      and(
        eq(allocationsTable.resourceId, equipmentId),
        eq(allocationsTable.active, true),
        inArray(allocationsTable.kind, ['BOOKING', 'RENTAL']),
        gt(allocationsTable.endsAt, now),
      ),
    )
    .orderBy(asc(allocationsTable.startsAt));
  const out = await tx
    .select({ rentalId: rentalItemsTable.rentalId, checkedOutAt: rentalsTable.checkedOutAt })
    .from(rentalItemsTable)
    .innerJoin(rentalsTable, eq(rentalsTable.id, rentalItemsTable.rentalId))
    .where(
      and(
        eq(rentalItemsTable.equipmentId, equipmentId),
        sql`${rentalItemsTable.returnedAt} is null`,
      ),
    );
  const holds: EquipmentHold[] = out.map((r) => ({
    kind: 'RENTAL',
    bookingId: null,
    rentalId: r.rentalId,
    startsAt: r.checkedOutAt.toISOString(),
    endsAt: null,
  }));
  for (const a of allocations) {
    const rentalId = a.kind === 'RENTAL' ? a.sourceId : null;
    if (rentalId && holds.some((h) => h.rentalId === rentalId)) continue;
    holds.push({
      kind: a.kind as 'BOOKING' | 'RENTAL',
      bookingId: a.bookingId,
      rentalId,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
    });
  }
  return holds;
}

/** CONFLICT listing what holds an item, for a change it must be free of from now on. */
export function heldConflict(message: string, holds: readonly EquipmentHold[]) {
  return new DomainError('CONFLICT', message, {
    reason: holds.some((h) => h.endsAt === null) ? 'OUT_ON_RENTAL' : 'HELD_AHEAD',
    holds,
  });
}

/**
 * The item locked for a change (the same advisory lock bookings and rentals take before they
 * claim it, then a row lock). Errors: NOT_FOUND for an unknown item.
 */
export async function lockEquipment(tx: Tx, id: string): Promise<EquipmentRow> {
  if (!isUuid(id)) throw notFound('Equipment');
  await lockResources(tx, [id]);
  const [row] = await tx
    .select()
    .from(equipmentTable)
    .where(eq(equipmentTable.id, id))
    .for('update');
  if (!row) throw notFound('Equipment');
  return row;
}

/**
 * Changes an item (management): any field of `createEquipment`; a field left out stays, null
 * clears an optional one (name and category cannot be cleared). Moving it to another
 * location is refused while bookings or rentals hold it ahead or it is out on a rental. The
 * purchase cost keeps its currency unless a new cost is given (then in the location's
 * currency). Audited with the names of the changed fields.
 * Errors: NOT_FOUND for an unknown item; BAD_USER_INPUT naming every refused field; CONFLICT
 * on `serialNumber` as in createEquipment, or with `holds` for a move while held; nothing is
 * written when refused.
 */
export async function updateEquipment({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: UpdateEquipmentInput;
}): Promise<EquipmentRow> {
  if (!isUuid(id)) throw notFound('Equipment');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const existing = await lockEquipment(tx, id);
    const moving = input.locationId != null && input.locationId !== existing.locationId;
    const location = await getLocation({
      ctx: { ...ctx, db: tx },
      id: moving ? input.locationId! : existing.locationId,
    });
    const keep = <K extends keyof UpdateEquipmentInput>(key: K, current: unknown) =>
      input[key] !== undefined ? input[key] : current;
    const { values, problems } = checkEquipmentFields(
      {
        name: input.name ?? existing.name,
        category: input.category ?? existing.category,
        size: keep('size', existing.size) as string | null,
        brand: keep('brand', existing.brand) as string | null,
        model: keep('model', existing.model) as string | null,
        serialNumber: keep('serialNumber', existing.serialNumber) as string | null,
        purchaseDate: keep('purchaseDate', existing.purchaseDate) as string | null,
        purchaseCost: input.purchaseCost,
        usageHoursBase: input.usageHoursBase,
        notes: keep('notes', existing.notes) as string | null,
      },
      location,
      now,
    );
    if (!location) problems.locationId = 'is not a location';
    if (Object.keys(problems).length) throw badInput(problems);
    const changes: Partial<EquipmentValues> & { locationId?: string } = { ...values };
    if (input.purchaseCost === undefined) {
      delete changes.purchaseCost;
      delete changes.purchaseCurrency;
    }
    if (input.usageHoursBase === undefined) delete changes.usageMinutesBase;
    if (moving) {
      const holds = await holdsAfter(tx, id, now);
      if (holds.length) {
        throw heldConflict('The item is booked or rented out: it cannot move now', holds);
      }
      changes.locationId = location!.id;
    }
    const serialChanged =
      (values.serialNumber?.toLowerCase() ?? null) !==
        (existing.serialNumber?.toLowerCase() ?? null) ||
      (values.brand?.toLowerCase() ?? null) !== (existing.brand?.toLowerCase() ?? null);
    if (serialChanged) await claimSerialNumber(tx, values, id);
    const changed = Object.entries(changes)
      .filter(([key, value]) => existing[key as keyof EquipmentRow] !== value)
      .map(([key]) => key);
    if (!changed.length) return existing;
    const [row] = await tx
      .update(equipmentTable)
      .set({ ...changes, updatedAt: now })
      .where(eq(equipmentTable.id, id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'equipment.updated',
        entityType: 'equipment',
        entityId: id,
        data: {
          fields: changed,
          ...(moving ? { fromLocationId: existing.locationId, toLocationId: location!.id } : {}),
        },
      },
      now,
    );
    return row!;
  });
}
