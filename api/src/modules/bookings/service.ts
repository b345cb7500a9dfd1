import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  sql,
} from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { decodeCursor, encodeCursor, type Page } from '../../db/pagination.js';
import { badInput, DomainError, forbidden, notFound, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import {
  allocate,
  allocationsOfBookings,
  bookingConflict,
  dropBookingAllocations,
  findClashes,
  lockResources,
  withAllocations,
  type Clash,
} from '../allocations/service.js';
import { matchInstructors } from '../availability/matching.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { servicesTable, type ServiceRow } from '../catalog/schema.js';
import type { CustomerRow } from '../customers/schema.js';
import { locationsTable, type LocationRow } from '../locations/schema.js';
import {
  bookingClaims,
  equipmentForBooking,
  pickEquipment,
  pickRoom,
  type EquipmentNeed,
} from './resources.js';
import {
  bookingPrice,
  MAX_BOOKING_MINUTES,
  MAX_DAYS_AHEAD,
  minutesBetween,
  NOTES_MAX,
  OPEN_STATUSES,
} from './rules.js';
import {
  bookableCustomers,
  bookingInScope,
  bookingScope,
  booksForAnyone,
  participantsOf,
} from './scope.js';
import {
  bookingParticipantsTable,
  bookingsTable,
  waitlistEntriesTable,
  type BookingRow,
  type BookingStatus,
} from './schema.js';
import { publishBookingChange } from './events.js';

export interface CreateBookingInput {
  serviceId: string;
  startsAt: Date;
  customerIds: readonly string[];
  instructorId?: string | null;
  equipmentIds?: readonly string[] | null;
  notes?: string | null;
  /** Staff: a longer or shorter booking than the service's duration (rentals, stays). */
  endsAt?: Date | null;
  /** Items to pick from the store by category and size when no ids are given. */
  equipment?: readonly EquipmentNeed[] | null;
  /** Staff: book as PENDING instead of CONFIRMED. */
  pending?: boolean | null;
}

/** What a create makes: a new booking, or places in a group session that already ran. */
interface Created {
  booking: BookingRow;
  joined: boolean;
}

/** Staff may book up to this long ago (entering yesterday's walk-in lesson). */
const BACKDATE_MS = 7 * 86_400_000;

/**
 * Books a service for customers at a time. Staff (and API keys with BOOKINGS_WRITE) book for
 * anyone and get CONFIRMED bookings; a student or customer books for their own record or a
 * dependent's, in the future, and gets a PENDING booking the school confirms. The price comes
 * from the catalog. A lesson gets the given instructor when they fit (discipline, level,
 * certification, working hours) or else the first free one who fits; a group lesson joins the
 * session already running at that time when it has places. Equipment is the given items, or
 * picked free by category and size; a stay gets a free room. Audited; BOOKING_CHANGED is
 * published after the commit.
 * Errors: BAD_USER_INPUT naming each refused field (nothing written); NOT_FOUND for an unknown
 * service or a customer outside the caller's reach; BOOKING_CONFLICT naming the resource and
 * the time that clash, however many requests race.
 */
export async function createBooking({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateBookingInput;
}): Promise<BookingRow> {
  const prepared = await prepareBooking(ctx, input);
  const created = await withAllocations(
    ctx,
    (tx) => createOne(ctx, tx, prepared, input.startsAt, null),
    () => clashesOf(ctx, prepared, input.startsAt),
  );
  publishBookingChange(ctx, created.booking, created.joined ? 'UPDATED' : 'CREATED');
  return created.booking;
}

/** The checked, loaded parts of a create request shared by every occurrence of a series. */
interface Prepared {
  service: ServiceRow;
  location: LocationRow;
  customers: CustomerRow[];
  instructorId: string | null;
  equipmentIds: string[];
  equipmentNeeds: EquipmentNeed[];
  notes: string | null;
  minutes: number;
  status: BookingStatus;
}

async function prepareBooking(ctx: ServiceContext, input: CreateBookingInput): Promise<Prepared> {
  const errors: FieldErrors = {};
  const staff = booksForAnyone(ctx);
  const service = isUuid(input.serviceId) ? await activeService(ctx.db, input.serviceId) : null;
  if (!service) throw notFound('Service');
  const [location] = await ctx.db
    .select()
    .from(locationsTable)
    .where(eq(locationsTable.id, service.locationId));
  if (!location) throw notFound('Service');

  const ids = [...new Set(input.customerIds)];
  if (!ids.length) errors.customerIds = 'choose at least one participant';
  else if (ids.length !== input.customerIds.length) errors.customerIds = 'lists someone twice';
  else if (ids.length > service.capacity)
    errors.customerIds = `at most ${service.capacity} for this service`;

  const notes = input.notes?.trim() || null;
  if (notes && notes.length > NOTES_MAX) errors.notes = `must be at most ${NOTES_MAX} characters`;

  let minutes = service.durationMinutes;
  if (input.endsAt != null) {
    if (!staff) errors.endsAt = 'is set by the service';
    else {
      minutes = minutesBetween(input.startsAt, input.endsAt);
      if (minutes < 15) errors.endsAt = 'must be at least 15 minutes after startsAt';
      else if (minutes > MAX_BOOKING_MINUTES) errors.endsAt = 'a booking lasts at most 28 days';
    }
  }
  if (service.kind !== 'LESSON' && input.instructorId)
    errors.instructorId = 'only lessons have an instructor';
  if (input.instructorId && !isUuid(input.instructorId))
    errors.instructorId = 'is not an instructor';
  const equipmentIds = [...new Set(input.equipmentIds ?? [])];
  if (equipmentIds.length > 20) errors.equipmentIds = 'at most 20 items';
  const equipmentNeeds = [...(input.equipment ?? [])];
  if (equipmentNeeds.length > 20) errors.equipment = 'at most 20 items';
  if (equipmentNeeds.some((n) => !/^[A-Za-z_ -]{2,40}$/.test(n.category)))
    errors.equipment = 'each needs a category such as KITE';
  if (Object.keys(errors).length) throw badInput(errors);

  const customers = ids.length ? await bookableCustomers(ctx, ids) : [];
  if (customers.length !== ids.length) throw notFound('Customer');
  if (equipmentIds.length) {
    const { missing } = await equipmentForBooking(ctx.db, location.id, equipmentIds, ctx.now());
    if (missing.length)
      throw badInput({ equipmentIds: `not available at ${location.name}: ${missing.join(', ')}` });
  }
  // Each person takes one item of each category the service needs (a rental's kite, a
  // lesson's board), unless the items or sizes were chosen: as availability counts them.
  if (!equipmentIds.length && !equipmentNeeds.length) {
    for (const _ of customers)
      for (const category of service.equipmentCategories) equipmentNeeds.push({ category });
  }
  return {
    service,
    location,
    customers,
    instructorId: input.instructorId ?? null,
    equipmentIds,
    equipmentNeeds,
    notes,
    minutes,
    status: staff && !input.pending ? 'CONFIRMED' : 'PENDING',
  };
}

/** Checks a start time against the caller's limits. Errors: BAD_USER_INPUT on `field`. */
function checkStart(ctx: ServiceContext, startsAt: Date, field = 'startsAt') {
  const now = ctx.now().getTime();
  const staff = booksForAnyone(ctx);
  if (Number.isNaN(startsAt.getTime())) throw badInput({ [field]: 'is not a time' });
  if (startsAt.getTime() < now - (staff ? BACKDATE_MS : 0))
    throw badInput({ [field]: staff ? 'is more than a week ago' : 'is in the past' });
  if (startsAt.getTime() > now + MAX_DAYS_AHEAD * 86_400_000)
    throw badInput({ [field]: 'is more than two years ahead' });
}

/** Creates (or joins) one booking inside `tx`. Errors as createBooking. */
async function createOne(
  ctx: ServiceContext,
  tx: Tx,
  p: Prepared,
  startsAt: Date,
  seriesId: string | null,
): Promise<Created> {
  checkStart(ctx, startsAt);
  const endsAt = new Date(startsAt.getTime() + p.minutes * 60_000);
  if (p.service.kind === 'LESSON' && p.service.lessonFormat === 'GROUP') {
    // One writer at a time per session slot: the second request sees the first one's session.
    await lockResources(tx, [`session:${p.service.id}:${startsAt.toISOString()}`]);
    const joined = await joinSession(ctx, tx, p, startsAt);
    if (joined) return { booking: joined, joined: true };
  }

  const bookingId = crypto.randomUUID();
  let roomId: string | null = null;
  if (p.service.kind === 'ACCOMMODATION') {
    const room = await pickRoom(tx, {
      locationId: p.location.id,
      guests: p.customers.length,
      startsAt,
      endsAt,
    });
    if (!room) throw bookingConflict([], { reason: 'NO_ROOM_FREE' });
    roomId = room.id;
  }
  let equipmentIds = p.equipmentIds;
  if (!equipmentIds.length && p.equipmentNeeds.length) {
    const picked = await pickEquipment(tx, {
      locationId: p.location.id,
      needs: p.equipmentNeeds,
      startsAt,
      endsAt,
      now: ctx.now(),
    });
    if (picked.unmet.length)
      throw bookingConflict([], { reason: 'EQUIPMENT_UNAVAILABLE', unmet: picked.unmet });
    equipmentIds = picked.items.map((i) => i.id);
  }

  const instructorId = await chooseInstructor(ctx, tx, p, startsAt, endsAt, {
    bookingId,
    roomId,
    equipmentIds,
  });
  const participants = p.customers.length;
  const [booking] = await tx
    .insert(bookingsTable)
    .values({
      id: bookingId,
      locationId: p.location.id,
      serviceId: p.service.id,
      instructorId,
      roomId,
      status: p.status,
      startsAt,
      endsAt,
      unitPriceMinor: p.service.priceMinor,
      priceMinor: bookingPrice({
        unitPriceMinor: p.service.priceMinor,
        participants,
        bookedMinutes: p.minutes,
        serviceMinutes: p.service.durationMinutes,
      }),
      currency: p.service.currency,
      notes: p.notes,
      seriesId,
      createdBy: ctx.viewer?.userId ?? null,
      confirmedAt: p.status === 'CONFIRMED' ? ctx.now() : null,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    })
    .returning();
  await tx
    .insert(bookingParticipantsTable)
    .values(p.customers.map((c) => ({ bookingId, customerId: c.id, createdAt: ctx.now() })));
  if (!instructorId) {
    // Lessons were allocated while choosing the instructor; everything else is claimed here.
    await allocate(
      tx,
      bookingClaims({ bookingId, startsAt, endsAt, instructorId: null, roomId, equipmentIds }),
    );
  }
  await recordAudit(
    tx,
    actorOf(ctx),
    {
      action: 'booking.created',
      entityType: 'booking',
      entityId: bookingId,
      data: {
        serviceId: p.service.id,
        startsAt: startsAt.toISOString(),
        customerIds: p.customers.map((c) => c.id),
        instructorId,
        equipmentIds,
        roomId,
        seriesId,
      },
    },
    ctx.now(),
  );
  return { booking: booking!, joined: false };
}

/**
 * For a lesson, allocates the instructor together with the booking's other resources and
 * returns their id: the requested one when they fit (else BAD_USER_INPUT with the reasons,
 * or BOOKING_CONFLICT when only busy), or the first free one who fits. Other services: null,
 * nothing allocated here.
 */
async function chooseInstructor(
  ctx: ServiceContext,
  tx: Tx,
  p: Prepared,
  startsAt: Date,
  endsAt: Date,
  own: { bookingId: string; roomId: string | null; equipmentIds: readonly string[] },
  excludeBookingId?: string,
): Promise<string | null> {
  if (p.service.kind !== 'LESSON') return null;
  const claim = (instructorId: string) =>
    allocate(
      tx,
      bookingClaims({ ...own, startsAt, endsAt, instructorId }),
      excludeBookingId ? { bookingIds: [excludeBookingId] } : {},
    );
  const fits = await matchInstructors(tx, {
    service: p.service,
    location: p.location,
    customerIds: p.customers.map((c) => c.id),
    startsAt,
    endsAt,
    instructorIds: p.instructorId ? [p.instructorId] : undefined,
    excludeBookingId,
  });
  if (p.instructorId) {
    const fit = fits[0];
    if (!fit) throw badInput({ instructorId: 'does not teach at this location' });
    const blocking = fit.reasons.filter((r) => r !== 'BUSY' && r !== 'TIME_OFF');
    if (blocking.length) {
      throw new DomainError('BAD_USER_INPUT', `${fit.name} cannot teach this lesson`, {
        fields: { instructorId: `cannot teach this lesson (${blocking.join(', ')})` },
        reasons: blocking,
      });
    }
    await claim(p.instructorId);
    return p.instructorId;
  }
  const candidates = fits.filter((f) => f.eligible);
  for (const candidate of candidates) {
    try {
      await claim(candidate.instructorId);
      return candidate.instructorId;
    } catch (error) {
      // Taken since matching looked (the check runs under the lock, so no SQL error): next.
      if (!(error instanceof DomainError) || error.code !== 'BOOKING_CONFLICT') throw error;
      const onlyInstructor = (
        error.details.conflicts as { resourceType: string }[] | undefined
      )?.every((c) => c.resourceType === 'INSTRUCTOR');
      if (!onlyInstructor) throw error;
    }
  }
  throw bookingConflict([], {
    reason: 'NO_INSTRUCTOR_AVAILABLE',
    instructors: fits.map((f) => ({
      instructorId: f.instructorId,
      name: f.name,
      reasons: f.reasons,
    })),
  });
}

/**
 * Adds the participants to the group session of this service at `startsAt` that has places
 * (and the requested instructor, if any), under a row lock; null when there is none.
 * Places held for waiting-list offers count as taken. Errors: BAD_USER_INPUT when someone is
 * already in it.
 */
async function joinSession(
  ctx: ServiceContext,
  tx: Tx,
  p: Prepared,
  startsAt: Date,
): Promise<BookingRow | null> {
  const sessions = await tx
    .select()
    .from(bookingsTable)
    .where(
      and(
        eq(bookingsTable.serviceId, p.service.id),
        eq(bookingsTable.startsAt, startsAt),
        inArray(bookingsTable.status, [...OPEN_STATUSES]),
        isNull(bookingsTable.deletedAt),
        p.instructorId ? eq(bookingsTable.instructorId, p.instructorId) : undefined,
      ),
    )
    .orderBy(asc(bookingsTable.createdAt))
    .for('update');
  for (const session of sessions) {
    const taken = await placesTaken(tx, session.id);
    if (p.service.capacity - taken < p.customers.length) continue;
    const present = await participantsOf(tx, [session.id]);
    const again = p.customers.filter((c) => present.some((x) => x.customerId === c.id));
    if (again.length) throw badInput({ customerIds: `${again[0]!.name} is already booked on it` });
    await tx
      .insert(bookingParticipantsTable)
      .values(
        p.customers.map((c) => ({ bookingId: session.id, customerId: c.id, createdAt: ctx.now() })),
      )
      .onConflictDoUpdate({
        target: [bookingParticipantsTable.bookingId, bookingParticipantsTable.customerId],
        set: { cancelledAt: null, cancellationFeeMinor: null, createdAt: ctx.now() },
      });
    // The joiners' own gear, for the session's time.
    let equipmentIds = p.equipmentIds;
    if (!equipmentIds.length && p.equipmentNeeds.length) {
      const picked = await pickEquipment(tx, {
        locationId: p.location.id,
        needs: p.equipmentNeeds,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        now: ctx.now(),
      });
      if (picked.unmet.length)
        throw bookingConflict([], { reason: 'EQUIPMENT_UNAVAILABLE', unmet: picked.unmet });
      equipmentIds = picked.items.map((i) => i.id);
    }
    await allocate(
      tx,
      bookingClaims({
        bookingId: session.id,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        instructorId: null,
        roomId: null,
        equipmentIds,
      }),
    );
    const updated = await repriceSession(ctx, tx, session);
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'booking.joined',
        entityType: 'booking',
        entityId: session.id,
        data: { customerIds: p.customers.map((c) => c.id) },
      },
      ctx.now(),
    );
    return updated;
  }
  if (sessions.length && p.instructorId) {
    throw new DomainError('BOOKING_CONFLICT', 'This group session is full', {
      reason: 'SESSION_FULL',
      bookingId: sessions[0]!.id,
      conflicts: [],
    });
  }
  return null;
}

/** Participants of a session plus places held for waiting-list offers. */
export async function placesTaken(db: DbOrTx, bookingId: string) {
  const [people] = await db
    .select({ n: count() })
    .from(bookingParticipantsTable)
    .where(
      and(
        eq(bookingParticipantsTable.bookingId, bookingId),
        isNull(bookingParticipantsTable.cancelledAt),
      ),
    );
  const [held] = await db
    .select({ n: count() })
    .from(waitlistEntriesTable)
    .where(
      and(
        eq(waitlistEntriesTable.bookingId, bookingId),
        eq(waitlistEntriesTable.status, 'OFFERED'),
      ),
    );
  return (people?.n ?? 0) + (held?.n ?? 0);
}

/** Sets a booking's price from its unit price, participants and length. */
export async function repriceSession(ctx: ServiceContext, tx: DbOrTx, booking: BookingRow) {
  const [service] = await tx
    .select()
    .from(servicesTable)
    .where(eq(servicesTable.id, booking.serviceId));
  const people = (await participantsOf(tx, [booking.id])).length;
  const [updated] = await tx
    .update(bookingsTable)
    .set({
      priceMinor: bookingPrice({
        unitPriceMinor: booking.unitPriceMinor,
        participants: Math.max(1, people),
        bookedMinutes: minutesBetween(booking.startsAt, booking.endsAt),
        serviceMinutes: service!.durationMinutes,
      }),
      updatedAt: ctx.now(),
    })
    .where(eq(bookingsTable.id, booking.id))
    .returning();
  return updated!;
}

/** What collided, read after a failed transaction, for the BOOKING_CONFLICT message. */
async function clashesOf(ctx: ServiceContext, p: Prepared, startsAt: Date): Promise<Clash[]> {
  const endsAt = new Date(startsAt.getTime() + p.minutes * 60_000);
  return findClashes(
    ctx.db,
    bookingClaims({
      bookingId: '',
      startsAt,
      endsAt,
      instructorId: p.instructorId,
      roomId: null,
      equipmentIds: p.equipmentIds,
    }),
  );
}

/** The service and location a booking is of (both always exist: foreign keys). */
export async function serviceAndLocationOf(
  db: DbOrTx,
  booking: Pick<BookingRow, 'serviceId' | 'locationId'>,
) {
  const [[service], [location]] = await Promise.all([
    db.select().from(servicesTable).where(eq(servicesTable.id, booking.serviceId)),
    db.select().from(locationsTable).where(eq(locationsTable.id, booking.locationId)),
  ]);
  return { service: service!, location: location! };
}

async function activeService(db: DbOrTx, id: string) {
  const [row] = await db
    .select()
    .from(servicesTable)
    .where(and(eq(servicesTable.id, id), eq(servicesTable.active, true)));
  return row ?? null;
}

export interface RecurringInput extends Omit<CreateBookingInput, 'startsAt'> {
  /** Each start; the client computes them in the location's time zone. */
  startsAt: readonly Date[];
}

/**
 * Books the same service several times (five days of two-hour lessons) all together or not at
 * all: every occurrence is checked, and when any clashes nothing is written and the
 * BOOKING_CONFLICT lists every clashing occurrence (`extensions.occurrences`) with what it
 * clashes with. Bookings of one request share a series id. Errors as createBooking, plus
 * BAD_USER_INPUT on `startsAt` for an empty, over-long or repeating list.
 */
export async function createRecurringBookings({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RecurringInput;
}): Promise<BookingRow[]> {
  const starts = [...input.startsAt].sort((a, b) => a.getTime() - b.getTime());
  if (!starts.length) throw badInput({ startsAt: 'give at least one start' });
  if (starts.length > 60) throw badInput({ startsAt: 'at most 60 occurrences' });
  if (new Set(starts.map((s) => s.getTime())).size !== starts.length)
    throw badInput({ startsAt: 'lists a time twice' });
  const prepared = await prepareBooking(ctx, { ...input, startsAt: starts[0]! });
  for (let i = 1; i < starts.length; i += 1) {
    if (starts[i]!.getTime() - starts[i - 1]!.getTime() < prepared.minutes * 60_000)
      throw badInput({ startsAt: 'occurrences overlap each other' });
  }
  const seriesId = crypto.randomUUID();
  const created = await withAllocations(ctx, async (tx) => {
    const results: Created[] = [];
    const failures: { startsAt: string; reason: unknown; conflicts: unknown }[] = [];
    for (const startsAt of starts) {
      try {
        results.push(await createOne(ctx, tx, prepared, startsAt, seriesId));
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'BOOKING_CONFLICT') throw error;
        failures.push({
          startsAt: startsAt.toISOString(),
          reason: error.details.reason ?? null,
          conflicts: error.details.conflicts ?? [],
        });
      }
    }
    if (failures.length) {
      throw new DomainError(
        'BOOKING_CONFLICT',
        `${failures.length} of ${starts.length} times are not free: ${failures
          .map((f) => f.startsAt)
          .join(', ')}`,
        { occurrences: failures, conflicts: failures.flatMap((f) => f.conflicts as unknown[]) },
      );
    }
    return results;
  });
  for (const c of created) publishBookingChange(ctx, c.booking, c.joined ? 'UPDATED' : 'CREATED');
  return created.map((c) => c.booking);
}

export interface UpdateBookingInput {
  startsAt?: Date | null;
  endsAt?: Date | null;
  instructorId?: string | null;
  equipmentIds?: readonly string[] | null;
  notes?: string | null;
}

/**
 * Moves, resizes or reassigns a booking, or changes its equipment or notes. Management may
 * change anything of a PENDING or CONFIRMED booking; the booking's instructor may change the
 * notes only. A move keeps the length unless `endsAt` is given; the price follows the
 * length. The old allocations are replaced in one transaction under the resources' locks, so
 * a clash leaves the booking as it was. Audited; BOOKING_CHANGED after the commit.
 * Errors: NOT_FOUND; FORBIDDEN; BAD_USER_INPUT naming each refused field, or on `status` for a
 * booking that can no longer change; BOOKING_CONFLICT naming what clashes.
 */
export async function updateBooking({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: UpdateBookingInput;
}): Promise<BookingRow> {
  const current = await bookingInScope(ctx, id);
  if (!current || current.deletedAt) throw notFound('Booking');
  const moves =
    input.startsAt != null ||
    input.endsAt != null ||
    input.instructorId !== undefined ||
    input.equipmentIds != null;
  if (!booksForAnyone(ctx)) {
    const ownLesson = ctx.viewer?.role === 'INSTRUCTOR';
    if (!ownLesson || moves) throw forbidden('Only the school office can change this booking');
  }
  const errors: FieldErrors = {};
  const notes = input.notes === undefined ? undefined : input.notes?.trim() || null;
  if (notes && notes.length > NOTES_MAX) errors.notes = `must be at most ${NOTES_MAX} characters`;
  if (input.instructorId && !isUuid(input.instructorId))
    errors.instructorId = 'is not an instructor';
  if (Object.keys(errors).length) throw badInput(errors);
  if (moves && !OPEN_STATUSES.includes(current.status))
    throw badInput({ status: `a ${current.status.toLowerCase()} booking cannot be moved` });

  const updated = await withAllocations(
    ctx,
    async (tx) => {
      const [booking] = await tx
        .select()
        .from(bookingsTable)
        .where(eq(bookingsTable.id, id))
        .for('update');
      if (!booking || booking.deletedAt) throw notFound('Booking');
      if (!moves) {
        const [row] = await tx
          .update(bookingsTable)
          .set({ notes: notes ?? null, updatedAt: ctx.now() })
          .where(eq(bookingsTable.id, id))
          .returning();
        await audit(ctx, tx, 'booking.updated', id, { notes: true });
        return row!;
      }
      if (!OPEN_STATUSES.includes(booking.status))
        throw badInput({ status: `a ${booking.status.toLowerCase()} booking cannot be moved` });
      return moveBooking(ctx, tx, booking, input, notes);
    },
    async () => [],
  );
  publishBookingChange(ctx, updated, 'UPDATED');
  return updated;
}

async function moveBooking(
  ctx: ServiceContext,
  tx: Tx,
  booking: BookingRow,
  input: UpdateBookingInput,
  notes: string | null | undefined,
) {
  const { service, location } = await serviceAndLocationOf(tx, booking);
  const length = booking.endsAt.getTime() - booking.startsAt.getTime();
  const startsAt = input.startsAt ?? booking.startsAt;
  const endsAt = input.endsAt ?? new Date(startsAt.getTime() + length);
  const minutes = minutesBetween(startsAt, endsAt);
  if (input.startsAt) checkStart(ctx, startsAt);
  if (minutes < 15) throw badInput({ endsAt: 'must be at least 15 minutes after startsAt' });
  if (minutes > MAX_BOOKING_MINUTES) throw badInput({ endsAt: 'a booking lasts at most 28 days' });

  const participants = await participantsOf(tx, [booking.id]);
  const allocations = await allocationsOfBookings(tx, [booking.id]);
  const equipmentIds =
    input.equipmentIds != null
      ? [...new Set(input.equipmentIds)]
      : allocations.filter((a) => a.resourceType === 'EQUIPMENT').map((a) => a.resourceId);
  if (input.equipmentIds != null && equipmentIds.length) {
    const { missing } = await equipmentForBooking(tx, booking.locationId, equipmentIds, ctx.now());
    if (missing.length)
      throw badInput({ equipmentIds: `not available at ${location!.name}: ${missing.join(', ')}` });
  }
  if (input.instructorId && service!.kind !== 'LESSON')
    throw badInput({ instructorId: 'only lessons have an instructor' });
  let instructorId = input.instructorId === undefined ? booking.instructorId : input.instructorId;
  await dropBookingAllocations(tx, booking.id);
  if (service!.kind === 'LESSON' && instructorId) {
    const p: Prepared = {
      service: service!,
      location: location!,
      customers: participants.map((x) => ({ id: x.customerId }) as CustomerRow),
      instructorId,
      equipmentIds,
      equipmentNeeds: [],
      notes: null,
      minutes,
      status: booking.status,
    };
    instructorId = await chooseInstructor(ctx, tx, p, startsAt, endsAt, {
      bookingId: booking.id,
      roomId: booking.roomId,
      equipmentIds,
    });
  } else {
    await allocate(
      tx,
      bookingClaims({
        bookingId: booking.id,
        startsAt,
        endsAt,
        instructorId: null,
        roomId: booking.roomId,
        equipmentIds,
      }),
    );
  }
  const [row] = await tx
    .update(bookingsTable)
    .set({
      startsAt,
      endsAt,
      instructorId: instructorId ?? null,
      priceMinor: bookingPrice({
        unitPriceMinor: booking.unitPriceMinor,
        participants: Math.max(1, participants.length),
        bookedMinutes: minutes,
        serviceMinutes: service!.durationMinutes,
      }),
      ...(notes !== undefined ? { notes } : {}),
      updatedAt: ctx.now(),
    })
    .where(eq(bookingsTable.id, booking.id))
    .returning();
  await audit(ctx, tx, 'booking.moved', booking.id, {
    from: {
      startsAt: booking.startsAt.toISOString(),
      endsAt: booking.endsAt.toISOString(),
      instructorId: booking.instructorId,
    },
    to: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), instructorId },
    equipmentIds,
  });
  return row!;
}

export async function audit(
  ctx: ServiceContext,
  tx: Tx,
  action: string,
  bookingId: string,
  data: Record<string, unknown>,
) {
  await recordAudit(
    tx,
    actorOf(ctx),
    { action, entityType: 'booking', entityId: bookingId, data },
    ctx.now(),
  );
}

export interface BookingFilter {
  locationId?: string | null;
  from?: Date | null;
  to?: Date | null;
  instructorId?: string | null;
  customerId?: string | null;
  status?: readonly BookingStatus[] | null;
  /** true: archived only; false or unset: live only. */
  deleted?: boolean | null;
  serviceId?: string | null;
  discipline?: string | null;
}

/** The calendar fetches a week of a busy school in one page. */
export const MAX_BOOKINGS_PAGE = 1000;

/**
 * Bookings in the caller's scope by start time, filtered; a page of up to 1,000 so a
 * calendar week is one request. Errors: BAD_USER_INPUT for a page size out of range, a
 * foreign cursor or `to` before `from`.
 */
export async function listBookings({
  ctx,
  filter,
  page,
  newestFirst,
  columns,
}: {
  ctx: ServiceContext;
  filter?: BookingFilter | null;
  page: { first?: number | null; after?: string | null };
  /** Latest start first (a "past bookings" list); else soonest first. */
  newestFirst?: boolean | null;
  /**
   * Only these columns (plus id and start, the cursor's) when the caller knows what it will
   * read, e.g. a calendar page: the rows are then partial, typed as whole for the loaders.
   */
  columns?: ReadonlySet<keyof BookingRow> | null;
}): Promise<BookingPage> {
  const first = page.first ?? 100;
  if (!Number.isInteger(first) || first < 1 || first > MAX_BOOKINGS_PAGE)
    throw badInput({ first: `must be between 1 and ${MAX_BOOKINGS_PAGE}` });
  const f = filter ?? {};
  if (f.from && f.to && f.to < f.from) throw badInput({ to: 'must not be before from' });
  for (const key of ['locationId', 'instructorId', 'customerId', 'serviceId'] as const) {
    const value = f[key];
    if (value && !isUuid(value))
      return {
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
        totalCount: Promise.resolve(0),
      };
  }
  let after: { startsAt: Date; id: string } | null = null;
  if (page.after) {
    try {
      const [iso, id] = JSON.parse(decodeCursor(page.after)) as [string, string];
      const startsAt = new Date(iso);
      if (!isUuid(id) || Number.isNaN(startsAt.getTime())) throw new Error('bad cursor');
      after = { startsAt, id };
    } catch {
      throw badInput({ after: 'is not a cursor of this list' });
    }
  }
  const where = and(
    bookingScope(ctx),
    f.deleted ? isNotNull(bookingsTable.deletedAt) : isNull(bookingsTable.deletedAt),
    f.locationId ? eq(bookingsTable.locationId, f.locationId) : undefined,
    f.from ? gt(bookingsTable.endsAt, f.from) : undefined,
    // No booking lasts longer than MAX_BOOKING_MINUTES: this bound lets the (location,
    // starts_at) index skip every booking that started earlier, instead of reading them all.
    f.from
      ? gt(bookingsTable.startsAt, new Date(f.from.getTime() - MAX_BOOKING_MINUTES * 60_000))
      : undefined,
    f.to ? lt(bookingsTable.startsAt, f.to) : undefined,
    f.instructorId ? eq(bookingsTable.instructorId, f.instructorId) : undefined,
    f.serviceId ? eq(bookingsTable.serviceId, f.serviceId) : undefined,
    f.status?.length ? inArray(bookingsTable.status, [...f.status]) : undefined,
    f.customerId
      ? sql`exists (select 1 from booking_participants bp where bp.booking_id = ${bookingsTable.id} and bp.customer_id = ${f.customerId})`
      : undefined,
    f.discipline
      ? sql`${bookingsTable.serviceId} in (select s.id from services s where s.discipline = ${f.discipline})`
      : undefined,
  );
  const rows = (await (
    columns
      ? ctx.db.select(
          Object.fromEntries(
            [...new Set<keyof BookingRow>(['id', 'startsAt', ...columns])].map((c) => [
              c,
              bookingsTable[c],
            ]),
          ),
        )
      : ctx.db.select()
  )
    .from(bookingsTable)
    .where(
      and(
        where,
        after
          ? newestFirst
            ? or(
                lt(bookingsTable.startsAt, after.startsAt),
                and(eq(bookingsTable.startsAt, after.startsAt), lt(bookingsTable.id, after.id)),
              )
            : or(
                gt(bookingsTable.startsAt, after.startsAt),
                and(eq(bookingsTable.startsAt, after.startsAt), gt(bookingsTable.id, after.id)),
              )
          : undefined,
      ),
    )
    .orderBy(
      ...(newestFirst
        ? [desc(bookingsTable.startsAt), desc(bookingsTable.id)]
        : [asc(bookingsTable.startsAt), asc(bookingsTable.id)]),
    )
    .limit(first + 1)) as BookingRow[];
  const items = rows.slice(0, first);
  let counted: Promise<number> | undefined;
  const cursorOf = (node: BookingRow) =>
    encodeCursor(JSON.stringify([node.startsAt.toISOString(), node.id]));
  // Each edge's cursor is encoded only when asked for: a calendar page reads none of them.
  const edges = items.map((node) => ({
    get cursor() {
      return cursorOf(node);
    },
    node,
  }));
  const last = items.at(-1);
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null },
    // Counted only when asked for: the calendar does not, and saves a statement per load.
    get totalCount() {
      counted ??= ctx.db
        .select({ n: count() })
        .from(bookingsTable)
        .where(where)
        .then(([total]) => total?.n ?? 0);
      return counted;
    },
  };
}

/** A page of bookings whose total is read (once) when a caller asks for it. */
export type BookingPage = Omit<Page<BookingRow>, 'totalCount'> & {
  readonly totalCount: Promise<number>;
};

/** One booking in the caller's scope (archived ones too); null otherwise, as the contract says. */
export async function getBooking({ ctx, id }: { ctx: ServiceContext; id: string }) {
  return bookingInScope(ctx, id);
}

/** Bookings by id without a scope check: for loaders behind an already scoped parent. */
export async function bookingsByIds(db: DbOrTx, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  return db.select().from(bookingsTable).where(inArray(bookingsTable.id, valid));
}

/** Lessons of an instructor on a range, for the daily agenda (live, by start). */
export async function agendaOf(db: DbOrTx, instructorId: string, from: Date, to: Date) {
  return db
    .select()
    .from(bookingsTable)
    .where(
      and(
        eq(bookingsTable.instructorId, instructorId),
        isNull(bookingsTable.deletedAt),
        gte(bookingsTable.endsAt, from),
        lt(bookingsTable.startsAt, to),
      ),
    )
    .orderBy(asc(bookingsTable.startsAt));
}
