import { Readable } from 'node:stream';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { badInput, DomainError, sqlState, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { newFileKey } from '../../platform/files.js';
import { allocationsTable, type AllocationRow } from '../allocations/schema.js';
import {
  allocate,
  findClashes,
  lockResources,
  withAllocations,
  type Claim,
} from '../allocations/service.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { bookingParticipantsTable, bookingsTable } from '../bookings/schema.js';
import { customersTable } from '../customers/schema.js';
import { logEquipmentEvents } from '../equipment/lifecycle.js';
import { equipmentTable } from '../equipment/schema.js';
import { currentLegalDocumentOf } from '../legal/service.js';
import { getLocation } from '../locations/service.js';
import { checkCheckOut } from './rules.js';
import { rentalItemsTable, rentalsTable, type DepositMethod, type RentalRow } from './schema.js';

export interface CheckOutRentalInput {
  locationId: string;
  customerId: string;
  bookingId?: string | null;
  items: ReadonlyArray<{ equipmentId: string; conditionOut?: string | null }>;
  dueAt: Date;
  signerName: string;
  /** The drawn signature, `data:image/png;base64,…`. */
  signature: string;
  deposit: { amountMinor: number; currency: string; method: DepositMethod | string };
  /** The rental terms shown to the customer: must be the current RENTAL document. */
  termsDocumentId: string;
  notes?: string | null;
}

/** Booking statuses whose gear may go out on a rental. */
const RENTABLE_BOOKING_STATUSES = ['PENDING', 'CONFIRMED', 'CHECKED_IN'] as const;

/** Names of rentals' locks, apart from the allocation locks (7411) and serial locks (7412). */
const numberLock = (locationId: string) =>
  sql`select pg_advisory_xact_lock(hashtextextended(${`rental-number:${locationId}`}, 7413))`;

/**
 * Hands gear to a customer on a signed contract (management): the rental numbered per location
 * without gaps (max + 1 under a per-location lock, so two desks never take one number and a
 * refused check-out leaves no hole), its items with their condition, a RENTAL allocation per
 * item from now until due (items a booking of the customer already holds need none until the
 * booking ends), a CHECKED_OUT entry in each item's log and an audit row, all in one
 * transaction. The signature PNG is stored first and deleted again when the check-out fails.
 * After the commit, the overdue reminder is scheduled at the due time.
 *
 * Errors: BAD_USER_INPUT naming every refused field (items, conditions, dueAt, signerName,
 * signature, deposit, customerId, bookingId, locationId, termsDocumentId — with reason
 * RENTAL_TERMS_MISSING when no rental terms are published); CONFLICT with reason
 * ITEM_ALREADY_OUT, ITEM_OUT_OF_SERVICE or ITEM_RETIRED naming the item; BOOKING_CONFLICT when
 * a booking or maintenance window holds an item before it is due. However many desks race
 * for one item, one wins: the item locks order them, and the partial unique index
 * `rental_items_one_out` refuses a second open row whatever happens. Nothing is written when
 * refused.
 */
export async function checkOutRental({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CheckOutRentalInput;
}): Promise<RentalRow> {
  const now = ctx.now();
  const equipmentIds = input.items.map((i) => i.equipmentId);
  const { problems, values } = checkCheckOut(
    {
      equipmentIds,
      conditions: input.items.map((i) => i.conditionOut),
      dueAt: input.dueAt,
      signerName: input.signerName,
      signature: input.signature,
      depositAmount: input.deposit.amountMinor,
      depositCurrency: input.deposit.currency,
      depositMethod: input.deposit.method,
      notes: input.notes,
    },
    now,
  );
  equipmentIds.forEach((id, i) => {
    if (!isUuid(id)) problems[`items.${i}.equipmentId`] = 'is not an item';
  });
  const location = await getLocation({ ctx, id: input.locationId });
  if (!location) problems.locationId = 'is not a location';
  else if (input.deposit.currency !== location.currency)
    problems['deposit.currency'] = `must be the location's currency, ${location.currency}`;
  const customer = isUuid(input.customerId)
    ? (
        await ctx.db
          .select({ id: customersTable.id })
          .from(customersTable)
          .where(and(eq(customersTable.id, input.customerId), isNull(customersTable.mergedIntoId)))
      )[0]
    : undefined;
  if (!customer) problems.customerId = 'is not a customer';
  if (input.bookingId != null) {
    const problem = await bookingProblem(ctx, input.bookingId, input.customerId, location?.id);
    if (problem) problems.bookingId = problem;
  }
  const terms = await currentLegalDocumentOf(ctx.db, 'RENTAL');
  let reason: string | undefined;
  if (!terms) {
    problems.termsDocumentId =
      'no rental terms are published: an administrator publishes them under Legal documents';
    reason = 'RENTAL_TERMS_MISSING';
  } else if (input.termsDocumentId !== terms.id) {
    problems.termsDocumentId = `is not the current rental terms (version ${terms.version}): show the customer the current terms`;
    reason = 'RENTAL_TERMS_OUTDATED';
  }
  if (Object.keys(problems).length) {
    throw new DomainError('BAD_USER_INPUT', 'Some fields are invalid', {
      fields: problems,
      ...(reason && { reason }),
    });
  }

  const files = ctx.deps.platform.files;
  const signatureKey = newFileKey('signatures');
  await files.put(signatureKey, Readable.from([values.signature!]), { contentType: 'image/png' });
  let claims: Claim[] = [];
  try {
    const rental = await withAllocations(
      ctx,
      async (tx) => {
        // Number lock first, then the items' locks (sorted): every check-out takes them in
        // this order, so two desks queue instead of deadlocking.
        await tx.execute(numberLock(location!.id));
        await lockResources(tx, equipmentIds);
        await assertItemsRentable(tx, location!.id, equipmentIds);
        const held = input.bookingId
          ? await bookingAllocations(tx, input.bookingId, equipmentIds)
          : new Map<string, AllocationRow>();
        const [{ next } = { next: 1 }] = await tx
          .select({ next: sql<number>`coalesce(max(${rentalsTable.number}), 0)::int + 1` })
          .from(rentalsTable)
          .where(eq(rentalsTable.locationId, location!.id));
        const [row] = await tx
          .insert(rentalsTable)
          .values({
            locationId: location!.id,
            number: next,
            customerId: customer!.id,
            bookingId: input.bookingId ?? null,
            status: 'OUT',
            checkedOutAt: now,
            dueAt: input.dueAt,
            termsDocumentId: terms!.id,
            termsVersion: terms!.version,
            signerName: values.signerName,
            signatureKey,
            signedAt: now,
            depositAmount: input.deposit.amountMinor,
            depositCurrency: location!.currency,
            depositMethod: values.depositMethod,
            notes: values.notes,
            createdBy: ctx.viewer?.userId ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        const rental = row!;
        // An item the booking holds needs a claim only for the time after the booking ends.
        const claimOf = (equipmentId: string): Claim | null => {
          const booked = held.get(equipmentId);
          const startsAt = booked
            ? new Date(Math.max(now.getTime(), booked.endsAt.getTime()))
            : now;
          if (startsAt >= input.dueAt) return null;
          return {
            resourceType: 'EQUIPMENT',
            resourceId: equipmentId,
            kind: 'RENTAL',
            startsAt,
            endsAt: input.dueAt,
            sourceId: rental.id,
          };
        };
        const wanted = equipmentIds.map(claimOf);
        claims = wanted.filter((c): c is Claim => c !== null);
        const allocations = await allocate(tx, claims);
        const allocationOf = new Map(allocations.map((a) => [a.resourceId, a.id]));
        await tx.insert(rentalItemsTable).values(
          equipmentIds.map((equipmentId, i) => ({
            rentalId: rental.id,
            equipmentId,
            allocationId: allocationOf.get(equipmentId) ?? null,
            conditionOut: values.conditions[i] ?? null,
          })),
        );
        await logEquipmentEvents(
          tx,
          equipmentIds.map((equipmentId, i) => ({
            equipmentId,
            kind: 'CHECKED_OUT' as const,
            at: now,
            actorUserId: ctx.viewer?.userId ?? null,
            rentalId: rental.id,
            notes: values.conditions[i] ?? null,
            data: { rentalNumber: rental.number, dueAt: input.dueAt.toISOString() },
          })),
        );
        await recordAudit(
          tx,
          actorOf(ctx),
          {
            action: 'rental.checked_out',
            entityType: 'rental',
            entityId: rental.id,
            data: {
              locationId: rental.locationId,
              number: rental.number,
              customerId: rental.customerId,
              bookingId: rental.bookingId,
              equipmentIds,
              dueAt: rental.dueAt.toISOString(),
              deposit: {
                amountMinor: rental.depositAmount,
                currency: rental.depositCurrency,
                method: rental.depositMethod,
              },
              termsVersion: rental.termsVersion,
            },
          },
          now,
        );
        return rental;
      },
      () => findClashes(ctx.db, claims, { sourceIds: [] }),
    );
    await scheduleOverdueReminder(ctx, rental);
    return rental;
  } catch (error) {
    await files.delete(signatureKey).catch(() => {});
    throw asItemConflict(error);
  }
}

/** Why a booking cannot lend its gear to this rental, or null when it can. */
async function bookingProblem(
  ctx: ServiceContext,
  bookingId: string,
  customerId: string,
  locationId: string | undefined,
): Promise<string | null> {
  if (!isUuid(bookingId)) return 'is not a booking';
  const [booking] = await ctx.db
    .select({
      locationId: bookingsTable.locationId,
      status: bookingsTable.status,
      deletedAt: bookingsTable.deletedAt,
    })
    .from(bookingsTable)
    .where(eq(bookingsTable.id, bookingId));
  if (!booking || booking.deletedAt) return 'is not a booking';
  if (locationId && booking.locationId !== locationId) return 'is a booking of another location';
  if (!(RENTABLE_BOOKING_STATUSES as readonly string[]).includes(booking.status))
    return 'is cancelled or over';
  if (!isUuid(customerId)) return null;
  const [taking] = await ctx.db
    .select({ id: bookingParticipantsTable.customerId })
    .from(bookingParticipantsTable)
    .where(
      and(
        eq(bookingParticipantsTable.bookingId, bookingId),
        eq(bookingParticipantsTable.customerId, customerId),
        isNull(bookingParticipantsTable.cancelledAt),
      ),
    );
  return taking ? null : 'is not a booking of this customer';
}

/** The booking's active allocations of these items, by item. */
async function bookingAllocations(tx: Tx, bookingId: string, equipmentIds: readonly string[]) {
  const rows = await tx
    .select()
    .from(allocationsTable)
    .where(
      and(
        eq(allocationsTable.bookingId, bookingId),
        eq(allocationsTable.active, true),
        inArray(allocationsTable.resourceId, [...equipmentIds]),
      ),
    );
  return new Map(rows.map((r) => [r.resourceId, r]));
}

/**
 * Under the items' locks: every item exists at the location, is in service and is not out on
 * another rental. Errors: BAD_USER_INPUT on `items` (unknown or another location's); CONFLICT
 * naming the first item out of service, retired or already out (with its rental's number).
 */
async function assertItemsRentable(tx: Tx, locationId: string, equipmentIds: readonly string[]) {
  const items = await tx
    .select({
      id: equipmentTable.id,
      name: equipmentTable.name,
      locationId: equipmentTable.locationId,
      status: equipmentTable.status,
    })
    .from(equipmentTable)
    .where(inArray(equipmentTable.id, [...equipmentIds]));
  const byId = new Map(items.map((i) => [i.id, i]));
  const problems: FieldErrors = {};
  equipmentIds.forEach((id, i) => {
    const item = byId.get(id);
    if (!item) problems[`items.${i}.equipmentId`] = 'is not an item';
    else if (item.locationId !== locationId)
      problems[`items.${i}.equipmentId`] = `${item.name} belongs to another location`;
  });
  if (Object.keys(problems).length) throw badInput(problems);
  for (const id of equipmentIds) {
    const item = byId.get(id)!;
    if (item.status === 'RETIRED')
      throw itemConflict('ITEM_RETIRED', `${item.name} is retired`, item);
    if (item.status === 'MAINTENANCE')
      throw itemConflict(
        'ITEM_OUT_OF_SERVICE',
        `${item.name} is out of service until it is repaired`,
        item,
      );
  }
  const [out] = await tx
    .select({
      equipmentId: rentalItemsTable.equipmentId,
      rentalId: rentalsTable.id,
      number: rentalsTable.number,
    })
    .from(rentalItemsTable)
    .innerJoin(rentalsTable, eq(rentalsTable.id, rentalItemsTable.rentalId))
    .where(
      and(
        inArray(rentalItemsTable.equipmentId, [...equipmentIds]),
        isNull(rentalItemsTable.returnedAt),
      ),
    )
    .limit(1);
  if (out) {
    const item = byId.get(out.equipmentId)!;
    throw itemConflict(
      'ITEM_ALREADY_OUT',
      `${item.name} is already out on rental #${out.number}`,
      item,
      {
        rentalId: out.rentalId,
        rentalNumber: out.number,
      },
    );
  }
}

const itemConflict = (
  reason: string,
  message: string,
  item: { id: string; name: string },
  extra: Record<string, unknown> = {},
) =>
  new DomainError('CONFLICT', message, {
    reason,
    equipmentId: item.id,
    equipmentName: item.name,
    ...extra,
  });

/**
 * A writer that got past the locks and still hit `rental_items_one_out` (23505) lost a race
 * for an item: a CONFLICT, never an internal error.
 */
function asItemConflict(error: unknown): unknown {
  if (sqlState(error) !== '23505') return error;
  if (!/rental_items_one_out/.test(constraintText(error)))
    return new DomainError('CONFLICT', 'Another check-out was saved at the same time; try again');
  return new DomainError('CONFLICT', 'An item of this rental is already out', {
    reason: 'ITEM_ALREADY_OUT',
  });
}

function constraintText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const e = current as { constraint_name?: unknown; constraint?: unknown; message?: unknown };
    parts.push(
      String(e.constraint_name ?? ''),
      String(e.constraint ?? ''),
      String(e.message ?? ''),
    );
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join(' ');
}

/** After a commit: the overdue reminder job runs once at the due time (the sweep backs it). */
async function scheduleOverdueReminder(ctx: ServiceContext, rental: RentalRow) {
  const delayMs = Math.max(0, rental.dueAt.getTime() - ctx.now().getTime()) + 1000;
  await ctx.deps.platform.jobs
    .enqueue('rentals.remindOverdue', {}, { delayMs, jobId: `rental-overdue-${rental.id}` })
    .catch((err: unknown) =>
      ctx.log.warn({ err }, 'rental overdue reminder not scheduled; the sweep will run'),
    );
}
