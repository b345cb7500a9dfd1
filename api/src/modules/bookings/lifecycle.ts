import { chargeCancellationFee, chargeFinishedBooking } from '../payments/charges.js';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import {
  allocationsOfBookings,
  bookingConflict,
  findClashes,
  lockResources,
  releaseBooking,
  withAllocations,
} from '../allocations/service.js';
import { allocationsTable } from '../allocations/schema.js';
import { servicesTable } from '../catalog/schema.js';
import { notifyUser, publishNotifications } from '../notifications/service.js';
import { formatWhen } from '../notifications/templates.js';
import { publishBookingChange, type BookingChangeKind } from './events.js';
import {
  bookingPrice,
  cancellationFee,
  canTransition,
  HOLDING_STATUSES,
  minutesBetween,
  REASON_MAX,
} from './rules.js';
import {
  bookingInScope,
  booksForAnyone,
  isStudentLike,
  ownCustomerIds,
  participantsOf,
} from './scope.js';
import {
  bookingParticipantsTable,
  bookingsTable,
  type BookingRow,
  type BookingStatus,
} from './schema.js';
import { audit, repriceSession, serviceAndLocationOf } from './service.js';
import { afterWaitlistCommit, closeWaitlist, offerFreedPlaces, recipientOf } from './waitlist.js';

/**
 * Tells the people of a booking (their own account, or their guardian's) that it was
 * confirmed or cancelled by someone else, in their language. Inside the transaction; returns
 * what to publish after the commit.
 */
async function notifyParticipants(
  ctx: ServiceContext,
  tx: Tx,
  booking: BookingRow,
  kind: 'booking.confirmed' | 'booking.cancelled',
) {
  const { service, location } = await serviceAndLocationOf(tx, booking);
  const people = await participantsOf(tx, [booking.id]);
  const users = new Set<string>();
  for (const p of people) {
    const userId = await recipientOf(tx, p.customerId);
    if (userId && userId !== ctx.viewer?.userId) users.add(userId);
  }
  const written = [];
  for (const userId of users) {
    written.push(
      await notifyUser(
        tx,
        {
          userId,
          kind,
          vars: (locale) => ({
            service: service!.name,
            when: formatWhen(booking.startsAt, location!.timezone, locale),
          }),
          data: { bookingId: booking.id },
        },
        ctx.now(),
      ),
    );
  }
  return written;
}

async function lockBooking(tx: Tx, id: string) {
  const [row] = await tx.select().from(bookingsTable).where(eq(bookingsTable.id, id)).for('update');
  if (!row) throw notFound('Booking');
  return row;
}

/**
 * Cancels a booking under its service's cancellation policy: free until the policy's hours
 * before the start, then the policy's share of the price is recorded as the fee (staff may
 * waive it). A student or customer cancels only before the start; in a group session they
 * leave it (their own record and dependents), and the session goes on with a place free for
 * the waiting list. Resources are released at once. Audited; BOOKING_CHANGED after the commit.
 * Errors: NOT_FOUND outside the caller's reach; FORBIDDEN for instructors; BAD_USER_INPUT on
 * `status` for a booking that can no longer be cancelled, on `startsAt` when a student is too
 * late, on `reason` when too long.
 */
export async function cancelBooking({
  ctx,
  id,
  reason,
  waiveFee,
}: {
  ctx: ServiceContext;
  id: string;
  reason?: string | null;
  waiveFee?: boolean | null;
}): Promise<BookingRow> {
  const current = await bookingInScope(ctx, id);
  if (!current || current.deletedAt) throw notFound('Booking');
  const staff = booksForAnyone(ctx);
  if (!staff && !isStudentLike(ctx)) throw forbidden('Ask the school office to cancel');
  const text = reason?.trim() || null;
  if (text && text.length > REASON_MAX)
    throw badInput({ reason: `at most ${REASON_MAX} characters` });
  if (waiveFee && !staff) throw forbidden('Only staff can waive a cancellation fee');

  const result = await withAllocations(ctx, async (tx) => {
    const booking = await lockBooking(tx, id);
    if (!canTransition(booking.status, 'CANCELLED'))
      throw badInput({ status: `a ${booking.status.toLowerCase()} booking cannot be cancelled` });
    if (!staff && booking.startsAt <= ctx.now())
      throw badInput({ startsAt: 'has already started: ask the school office' });
    const [service] = await tx
      .select()
      .from(servicesTable)
      .where(eq(servicesTable.id, booking.serviceId));
    const policy = {
      startsAt: booking.startsAt,
      now: ctx.now(),
      freeHours: service!.freeCancellationHours,
      feeBps: service!.lateCancellationFeeBps,
    };
    if (!staff) {
      const own = new Set(await ownCustomerIds(ctx, tx));
      const people = await participantsOf(tx, [booking.id]);
      const mine = people.filter((p) => own.has(p.customerId));
      if (mine.length && mine.length < people.length) {
        // Leaving a shared session: the others keep their places.
        const share = bookingPrice({
          unitPriceMinor: booking.unitPriceMinor,
          participants: 1,
          bookedMinutes: minutesBetween(booking.startsAt, booking.endsAt),
          serviceMinutes: service!.durationMinutes,
        });
        const { feeMinor } = cancellationFee({ ...policy, priceMinor: share });
        await tx
          .update(bookingParticipantsTable)
          .set({ cancelledAt: ctx.now(), cancellationFeeMinor: feeMinor })
          .where(
            and(
              eq(bookingParticipantsTable.bookingId, booking.id),
              inArray(
                bookingParticipantsTable.customerId,
                mine.map((m) => m.customerId),
              ),
              isNull(bookingParticipantsTable.cancelledAt),
            ),
          );
        const updated = await repriceSession(ctx, tx, booking);
        await chargeCancellationFee(
          ctx,
          tx,
          booking,
          feeMinor * mine.length,
          mine.map((m) => m.customerId),
        );
        await audit(ctx, tx, 'booking.left', booking.id, {
          customerIds: mine.map((m) => m.customerId),
          feeMinorEach: feeMinor,
          reason: text,
        });
        const next = await offerFreedPlaces(ctx, tx, updated);
        return { booking: updated, kind: 'UPDATED' as BookingChangeKind, next };
      }
    }
    const { feeMinor } = waiveFee
      ? { feeMinor: 0 }
      : cancellationFee({ ...policy, priceMinor: booking.priceMinor });
    const [cancelled] = await tx
      .update(bookingsTable)
      .set({
        status: 'CANCELLED',
        cancelledAt: ctx.now(),
        cancelReason: text,
        cancellationFeeMinor: feeMinor,
        updatedAt: ctx.now(),
      })
      .where(eq(bookingsTable.id, id))
      .returning();
    await releaseBooking(tx, id);
    await closeWaitlist(tx, id, ctx.now());
    const payers = await participantsOf(tx, [id]);
    await chargeCancellationFee(
      ctx,
      tx,
      cancelled!,
      feeMinor,
      payers.map((p) => p.customerId),
    );
    await audit(ctx, tx, 'booking.cancelled', id, { reason: text, feeMinor, waived: !!waiveFee });
    const written = await notifyParticipants(ctx, tx, cancelled!, 'booking.cancelled');
    return { booking: cancelled!, kind: 'CANCELLED' as BookingChangeKind, next: null, written };
  });
  if (result.next) await afterWaitlistCommit(ctx, result.next);
  if ('written' in result && result.written) publishNotifications(ctx, result.written);
  publishBookingChange(ctx, result.booking, result.kind);
  return result.booking;
}

/** Statuses staff set through setBookingStatus; CANCELLED goes through cancelBooking. */
export const SETTABLE_STATUSES: readonly BookingStatus[] = [
  'CONFIRMED',
  'CHECKED_IN',
  'COMPLETED',
  'NO_SHOW',
];

/**
 * Moves a booking along the status machine (rules.ts): management for any booking, an
 * instructor for the lessons they teach (check-in, completion, no-show). Confirming
 * re-checks the booking's allocations under their locks. Audited; BOOKING_CHANGED.
 * Errors: NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on `status` for a transition the machine does
 * not allow; BOOKING_CONFLICT when a confirmed booking's resources are no longer free.
 */
export async function setBookingStatus({
  ctx,
  id,
  status,
}: {
  ctx: ServiceContext;
  id: string;
  status: BookingStatus;
}): Promise<BookingRow> {
  const current = await bookingInScope(ctx, id);
  if (!current || current.deletedAt) throw notFound('Booking');
  if (!SETTABLE_STATUSES.includes(status))
    throw badInput({ status: 'use cancelBooking to cancel' });
  const teaching = ctx.viewer?.role === 'INSTRUCTOR';
  if (!booksForAnyone(ctx) && !(teaching && status !== 'CONFIRMED')) throw forbidden();
  const updated = await withAllocations(ctx, async (tx) => {
    const booking = await lockBooking(tx, id);
    if (!canTransition(booking.status, status))
      throw badInput({
        status: `cannot go from ${booking.status} to ${status}`,
      });
    if (status === 'CONFIRMED') await recheckAllocations(tx, booking);
    const at = ctx.now();
    const [row] = await tx
      .update(bookingsTable)
      .set({
        status,
        updatedAt: at,
        ...(status === 'CONFIRMED' ? { confirmedAt: at } : {}),
        ...(status === 'CHECKED_IN' ? { checkedInAt: at } : {}),
        ...(status === 'COMPLETED' ? { completedAt: at } : {}),
      })
      .where(eq(bookingsTable.id, id))
      .returning();
    // A finished booking is charged: packages used, the rest owed as receivables.
    if (status === 'COMPLETED' || status === 'NO_SHOW') await chargeFinishedBooking(ctx, tx, row!);
    await audit(ctx, tx, 'booking.status_changed', id, { from: booking.status, to: status });
    const written =
      status === 'CONFIRMED' ? await notifyParticipants(ctx, tx, row!, 'booking.confirmed') : [];
    return { row: row!, written };
  });
  publishNotifications(ctx, updated.written);
  publishBookingChange(ctx, updated.row, 'UPDATED');
  return updated.row;
}

/**
 * Makes sure a booking's allocations are active and clash with nothing, under the resources'
 * locks: a confirm or a restore never lets an overlap through. Errors: BOOKING_CONFLICT.
 */
async function recheckAllocations(tx: Tx, booking: BookingRow) {
  const rows = await allocationsOfBookings(tx, [booking.id]);
  await lockResources(
    tx,
    rows.map((r) => r.resourceId),
  );
  const clashes = await findClashes(tx, rows, { bookingIds: [booking.id] });
  if (clashes.length) throw bookingConflict(clashes);
  await tx
    .update(allocationsTable)
    .set({ active: true })
    .where(and(eq(allocationsTable.bookingId, booking.id), eq(allocationsTable.active, false)));
}

/**
 * Archives a booking (management): it leaves the calendar and frees its resources, and stays
 * restorable from the archived list. Audited; BOOKING_CHANGED (DELETED).
 * Errors: NOT_FOUND for an unknown or already archived booking.
 */
export async function deleteBooking({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const current = await bookingInScope(ctx, id);
  if (!current || current.deletedAt) throw notFound('Booking');
  const row = await withAllocations(ctx, async (tx) => {
    const booking = await lockBooking(tx, id);
    if (booking.deletedAt) throw notFound('Booking');
    const [deleted] = await tx
      .update(bookingsTable)
      .set({ deletedAt: ctx.now(), updatedAt: ctx.now() })
      .where(eq(bookingsTable.id, id))
      .returning();
    await releaseBooking(tx, id);
    await closeWaitlist(tx, id, ctx.now());
    await audit(ctx, tx, 'booking.deleted', id, {});
    return deleted!;
  });
  publishBookingChange(ctx, row, 'DELETED');
  return row;
}

/**
 * Brings an archived booking back (management). A booking that held resources holds them
 * again, checked under their locks. Audited; BOOKING_CHANGED (RESTORED).
 * Errors: NOT_FOUND for an unknown or live booking; BOOKING_CONFLICT when its instructor,
 * equipment or room has been booked meanwhile.
 */
export async function restoreBooking({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const current = await bookingInScope(ctx, id);
  if (!current || !current.deletedAt) throw notFound('Booking');
  const row = await withAllocations(ctx, async (tx) => {
    const booking = await lockBooking(tx, id);
    if (!booking.deletedAt) throw notFound('Booking');
    if (HOLDING_STATUSES.includes(booking.status)) await recheckAllocations(tx, booking);
    const [restored] = await tx
      .update(bookingsTable)
      .set({ deletedAt: null, updatedAt: ctx.now() })
      .where(eq(bookingsTable.id, id))
      .returning();
    await audit(ctx, tx, 'booking.restored', id, {});
    return restored!;
  });
  publishBookingChange(ctx, row, 'RESTORED');
  return row;
}
