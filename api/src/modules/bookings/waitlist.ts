import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { AppDeps, ServiceContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { servicesTable } from '../catalog/schema.js';
import { customersTable } from '../customers/schema.js';
import { locationsTable } from '../locations/schema.js';
import { notifyUser, publishNotifications } from '../notifications/service.js';
import { formatWhen } from '../notifications/templates.js';
import { publishBookingChange } from './events.js';
import { OPEN_STATUSES } from './rules.js';
import { bookableCustomers, booksForAnyone, ownCustomerIds } from './scope.js';
import {
  bookingParticipantsTable,
  bookingsTable,
  waitlistEntriesTable,
  type BookingRow,
  type WaitlistEntryRow,
} from './schema.js';
import { audit, placesTaken, repriceSession } from './service.js';

type Written = { notificationId: string; userId: string };

/** After a commit: notifications out, offers' expiry checks scheduled. */
async function afterCommit(
  ctx: Pick<ServiceContext, 'deps' | 'log'>,
  result: { written: Written[]; offered: WaitlistEntryRow[] },
) {
  publishNotifications(ctx, result.written);
  for (const entry of result.offered) {
    const delayMs = Math.max(0, entry.offerExpiresAt!.getTime() - Date.now()) + 1000;
    await ctx.deps.platform.jobs
      .enqueue('waitlist.expireOffers', {}, { delayMs, jobId: `waitlist-${entry.id}` })
      .catch((err) => ctx.log.warn({ err }, 'waitlist expiry not scheduled; the sweep will run'));
  }
}

/**
 * Puts a customer on the waiting list of a full group session. Students and customers for
 * their own record or a dependent's; staff for anyone. Audited.
 * Errors: NOT_FOUND for an unknown session or customer; BAD_USER_INPUT on `bookingId` when the
 * session is not a group session, is over or still has places (book it instead); CONFLICT
 * when the customer is already waiting or booked on it.
 */
export async function joinWaitlist({
  ctx,
  bookingId,
  customerId,
}: {
  ctx: ServiceContext;
  bookingId: string;
  customerId: string;
}): Promise<WaitlistEntryRow> {
  if (!isUuid(bookingId)) throw notFound('Booking');
  const [customer] = await bookableCustomers(ctx, [customerId]);
  if (!customer) throw notFound('Customer');
  return withTransaction(ctx.db, async (tx) => {
    const session = await lockSession(tx, bookingId);
    if (!session) throw notFound('Booking');
    const [service] = await tx
      .select()
      .from(servicesTable)
      .where(eq(servicesTable.id, session.serviceId));
    if (service?.lessonFormat !== 'GROUP')
      throw badInput({ bookingId: 'only group sessions have a waiting list' });
    if (!OPEN_STATUSES.includes(session.status) || session.startsAt <= ctx.now())
      throw badInput({ bookingId: 'this session is over or cancelled' });
    if ((await placesTaken(tx, session.id)) < service.capacity)
      throw badInput({ bookingId: 'this session still has places: book it' });
    const [inSession] = await tx
      .select()
      .from(bookingParticipantsTable)
      .where(
        and(
          eq(bookingParticipantsTable.bookingId, session.id),
          eq(bookingParticipantsTable.customerId, customer.id),
        ),
      );
    if (inSession && !inSession.cancelledAt)
      throw new DomainError('CONFLICT', `${customer.name} is already booked on this session`);
    const [entry] = await tx
      .insert(waitlistEntriesTable)
      .values({ bookingId: session.id, customerId: customer.id, createdAt: ctx.now() })
      .onConflictDoNothing()
      .returning();
    if (!entry)
      throw new DomainError('CONFLICT', `${customer.name} is already on the waiting list`);
    await audit(ctx, tx, 'booking.waitlist_joined', session.id, { customerId: customer.id });
    return entry;
  });
}

async function lockSession(tx: Tx, bookingId: string): Promise<BookingRow | null> {
  const [row] = await tx
    .select()
    .from(bookingsTable)
    .where(eq(bookingsTable.id, bookingId))
    .for('update');
  return row && !row.deletedAt ? row : null;
}

/**
 * Offers the session's free places (capacity minus participants minus places already held)
 * to the first people waiting, in order: each becomes OFFERED, holds a place until the hold
 * ends, and is notified in their language. Call inside the transaction that freed places
 * (the session row locked); returns the notifications and offers for `afterCommit`.
 */
export async function offerFreedPlaces(
  ctx: Pick<ServiceContext, 'deps' | 'now'>,
  tx: Tx,
  session: BookingRow,
) {
  const result = { written: [] as Written[], offered: [] as WaitlistEntryRow[] };
  if (!OPEN_STATUSES.includes(session.status) || session.deletedAt) return result;
  const [service] = await tx
    .select()
    .from(servicesTable)
    .where(eq(servicesTable.id, session.serviceId));
  const free = service!.capacity - (await placesTaken(tx, session.id));
  if (free <= 0) return result;
  const waiting = await tx
    .select()
    .from(waitlistEntriesTable)
    .where(
      and(
        eq(waitlistEntriesTable.bookingId, session.id),
        eq(waitlistEntriesTable.status, 'WAITING'),
      ),
    )
    .orderBy(asc(waitlistEntriesTable.createdAt), asc(waitlistEntriesTable.id))
    .limit(free);
  if (!waiting.length) return result;
  const now = ctx.now();
  const until = new Date(now.getTime() + ctx.deps.config.waitlistHoldMinutes * 60_000);
  const [location] = await tx
    .select()
    .from(locationsTable)
    .where(eq(locationsTable.id, session.locationId));
  for (const entry of waiting) {
    const [offered] = await tx
      .update(waitlistEntriesTable)
      .set({ status: 'OFFERED', offeredAt: now, offerExpiresAt: until })
      .where(eq(waitlistEntriesTable.id, entry.id))
      .returning();
    result.offered.push(offered!);
    const userId = await recipientOf(tx, entry.customerId);
    if (userId) {
      result.written.push(
        await notifyUser(
          tx,
          {
            userId,
            kind: 'waitlist.offered',
            vars: (locale) => ({
              service: service!.name,
              when: formatWhen(session.startsAt, location!.timezone, locale),
              until: formatWhen(until, location!.timezone, locale),
            }),
            data: { bookingId: session.id, waitlistEntryId: entry.id },
          },
          now,
        ),
      );
    }
  }
  return result;
}

/** Who reads a customer's notifications: their own account, else their guardian's. */
export async function recipientOf(db: DbOrTx, customerId: string): Promise<string | null> {
  const [row] = await db
    .select({ userId: customersTable.userId, guardianId: customersTable.guardianId })
    .from(customersTable)
    .where(eq(customersTable.id, customerId));
  if (!row) return null;
  if (row.userId) return row.userId;
  if (!row.guardianId) return null;
  const [guardian] = await db
    .select({ userId: customersTable.userId })
    .from(customersTable)
    .where(eq(customersTable.id, row.guardianId));
  return guardian?.userId ?? null;
}

/** An entry the caller may act on: staff any; students their own record's or dependents'. */
async function entryForCaller(ctx: ServiceContext, tx: DbOrTx, id: string) {
  if (!isUuid(id)) throw notFound('Waiting list entry');
  const [entry] = await tx
    .select()
    .from(waitlistEntriesTable)
    .where(eq(waitlistEntriesTable.id, id));
  if (!entry) throw notFound('Waiting list entry');
  if (!booksForAnyone(ctx) && !(await ownCustomerIds(ctx, tx)).includes(entry.customerId))
    throw notFound('Waiting list entry');
  return entry;
}

/**
 * Takes the place a waiting-list offer holds: the customer joins the session. Errors:
 * NOT_FOUND; BAD_USER_INPUT on `id` when the offer expired or was never made.
 */
export async function acceptWaitlistOffer({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const booking = await withTransaction(ctx.db, async (tx) => {
    const entry = await entryForCaller(ctx, tx, id);
    const session = await lockSession(tx, entry.bookingId);
    if (!session || !OPEN_STATUSES.includes(session.status))
      throw badInput({ id: 'this session is over or cancelled' });
    const [current] = await tx
      .select()
      .from(waitlistEntriesTable)
      .where(eq(waitlistEntriesTable.id, id));
    if (current!.status !== 'OFFERED' || current!.offerExpiresAt! <= ctx.now())
      throw badInput({ id: 'there is no open offer for this place (it may have expired)' });
    await tx
      .update(waitlistEntriesTable)
      .set({ status: 'ACCEPTED', respondedAt: ctx.now() })
      .where(eq(waitlistEntriesTable.id, id));
    await tx
      .insert(bookingParticipantsTable)
      .values({ bookingId: session.id, customerId: entry.customerId, createdAt: ctx.now() })
      .onConflictDoUpdate({
        target: [bookingParticipantsTable.bookingId, bookingParticipantsTable.customerId],
        set: { cancelledAt: null, cancellationFeeMinor: null, createdAt: ctx.now() },
      });
    const updated = await repriceSession(ctx, tx, session);
    await audit(ctx, tx, 'booking.waitlist_accepted', session.id, { customerId: entry.customerId });
    return updated;
  });
  publishBookingChange(ctx, booking, 'UPDATED');
  return booking;
}

/**
 * Leaves a waiting list, or turns an offer down: a held place passes to the next person.
 * Errors: NOT_FOUND; BAD_USER_INPUT when the entry is no longer open.
 */
export async function leaveWaitlist({ ctx, id }: { ctx: ServiceContext; id: string }) {
  const result = await withTransaction(ctx.db, async (tx) => {
    const entry = await entryForCaller(ctx, tx, id);
    const session = await lockSession(tx, entry.bookingId);
    const [current] = await tx
      .select()
      .from(waitlistEntriesTable)
      .where(eq(waitlistEntriesTable.id, id));
    if (current!.status !== 'WAITING' && current!.status !== 'OFFERED')
      throw badInput({ id: 'this entry is no longer open' });
    const [row] = await tx
      .update(waitlistEntriesTable)
      .set({ status: 'CANCELLED', respondedAt: ctx.now() })
      .where(eq(waitlistEntriesTable.id, id))
      .returning();
    await audit(ctx, tx, 'booking.waitlist_left', entry.bookingId, {
      customerId: entry.customerId,
    });
    const next = session ? await offerFreedPlaces(ctx, tx, session) : { written: [], offered: [] };
    return { row: row!, next };
  });
  await afterCommit(ctx, result.next);
  return result.row;
}

/**
 * Ends offers whose hold has run out (EXPIRED) and offers those places to the next people
 * waiting. Runs as a job: scheduled at each offer's end, and as a sweep every minute.
 */
export async function expireWaitlistOffers(deps: AppDeps, now: Date) {
  const ctx = { deps, now: () => now, log: deps.log };
  const due = await deps.db
    .select({ bookingId: waitlistEntriesTable.bookingId })
    .from(waitlistEntriesTable)
    .where(
      and(
        eq(waitlistEntriesTable.status, 'OFFERED'),
        lte(waitlistEntriesTable.offerExpiresAt, now),
      ),
    );
  const sessions = [...new Set(due.map((d) => d.bookingId))];
  for (const bookingId of sessions) {
    const result = await withTransaction(deps.db, async (tx) => {
      const session = await lockSession(tx, bookingId);
      await tx
        .update(waitlistEntriesTable)
        .set({ status: 'EXPIRED', respondedAt: now })
        .where(
          and(
            eq(waitlistEntriesTable.bookingId, bookingId),
            eq(waitlistEntriesTable.status, 'OFFERED'),
            lte(waitlistEntriesTable.offerExpiresAt, now),
          ),
        );
      return session ? offerFreedPlaces(ctx, tx, session) : { written: [], offered: [] };
    });
    await afterCommit(ctx, result);
  }
  return sessions.length;
}

/** Closes every open entry of a cancelled or archived session. */
export async function closeWaitlist(tx: DbOrTx, bookingId: string, now: Date) {
  await tx
    .update(waitlistEntriesTable)
    .set({ status: 'CANCELLED', respondedAt: now })
    .where(
      and(
        eq(waitlistEntriesTable.bookingId, bookingId),
        inArray(waitlistEntriesTable.status, ['WAITING', 'OFFERED']),
      ),
    );
}

/** Waiting-list entries of sessions, oldest first (staff views, the portal's offers). */
export async function waitlistOf(db: DbOrTx, bookingIds: readonly string[]) {
  if (!bookingIds.length) return [];
  return db
    .select()
    .from(waitlistEntriesTable)
    .where(inArray(waitlistEntriesTable.bookingId, [...bookingIds]))
    .orderBy(asc(waitlistEntriesTable.createdAt));
}

/** The open entries of the caller's own records and dependents (the portal shows offers). */
export async function myWaitlist(ctx: ServiceContext) {
  const own = await ownCustomerIds(ctx);
  if (!own.length) return [];
  return ctx.db
    .select()
    .from(waitlistEntriesTable)
    .where(
      and(
        inArray(waitlistEntriesTable.customerId, own),
        inArray(waitlistEntriesTable.status, ['WAITING', 'OFFERED']),
      ),
    )
    .orderBy(asc(waitlistEntriesTable.createdAt));
}

export { afterCommit as afterWaitlistCommit };
