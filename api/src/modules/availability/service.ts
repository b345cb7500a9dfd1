import { and, eq, gt, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { badInput, notFound, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { allocationsTable } from '../allocations/schema.js';
import {
  bookingParticipantsTable,
  bookingsTable,
  waitlistEntriesTable,
} from '../bookings/schema.js';
import { getBooking } from '../bookings/service.js';
import type { ServiceRow } from '../catalog/schema.js';
import { servicesByIds } from '../catalog/service.js';
import { customersTable, type CustomerSkill } from '../customers/schema.js';
import { customerScope } from '../customers/service.js';
import { equipmentTable } from '../equipment/schema.js';
import { categoryKey, offerableAt, sizeLabel } from '../equipment/service.js';
import { instructorsTable, type InstructorRow } from '../instructors/schema.js';
import { roomsTable, type LocationRow } from '../locations/schema.js';
import { getLocationsByIds } from '../locations/service.js';
import { lessonWindow, loadMatchData, rankFits, type RankedFit } from './matching.js';
import { freeItems, participantsServed, type EquipmentNeed, type StockItem } from './stock.js';
import {
  blocksToRanges,
  gridStarts,
  instantAt,
  isLocalDate,
  localDay,
  nextDate,
  weekdayOf,
  type Range,
} from './time.js';

/** Lessons and rentals start every this many minutes from opening time. */
export const GRID_MINUTES = 30;
/** A night runs from check-in on the date to check-out the next day, local time. */
export const CHECK_IN = '15:00';
export const CHECK_OUT = '11:00';
/** At most this many customers or pieces of equipment in one question. */
export const MAX_AVAILABILITY_ITEMS = 20;

export interface AvailabilityInput {
  serviceId: string;
  /** The local date (YYYY-MM-DD) at the service's location. */
  date: string;
  /** How many people take part; customerIds' count, or 1, when left out. */
  participants?: number | null;
  /** Who takes part: their skill levels raise the level a lesson's instructor must teach. */
  customerIds?: readonly string[] | null;
  /** Gear asked for on top of what the service needs per participant. */
  equipment?: readonly EquipmentNeed[] | null;
}

/** A time a booking of the service can start, and what is free for it. */
export interface Slot {
  startsAt: Date;
  endsAt: Date;
  /** Lessons: the instructors eligible and free, best first; a session's own instructor. */
  instructors: InstructorRow[];
  /**
   * Places still open: a group session's free places (capacity − participants − places held
   * by waitlist offers), otherwise the capacity of a new booking, limited by the free
   * equipment; for a night, the free rooms that sleep the party.
   */
  placesLeft: number;
  /** The existing group session this slot joins; null for a new booking. */
  sessionBookingId: string | null;
}

/**
 * The service and its location. Errors: NOT_FOUND for an unknown service, and for an
 * inactive one unless `includeInactive` (staff explaining an off-sale service).
 */
async function serviceAndLocation(
  db: DbOrTx,
  serviceId: string,
  includeInactive = false,
): Promise<{ service: ServiceRow; location: LocationRow }> {
  const [service] = await servicesByIds(db, [serviceId]);
  if (!service || (!service.active && !includeInactive)) throw notFound('Service');
  const [location] = await getLocationsByIds(db, [service.locationId]);
  if (!location) throw notFound('Service');
  return { service, location };
}

/**
 * Skills of the customers taking part, all of them in the caller's scope (customers/service
 * `customerScope`): one query. Errors: NOT_FOUND when any id is outside it, so an id is never
 * confirmed to exist.
 */
async function participantSkills(
  ctx: ServiceContext,
  customerIds: readonly string[],
): Promise<CustomerSkill[][]> {
  if (!customerIds.length) return [];
  if (!customerIds.every(isUuid)) throw notFound('Customer');
  const rows = await ctx.db
    .select({ id: customersTable.id, skills: customersTable.skills })
    .from(customersTable)
    .where(
      and(
        inArray(customersTable.id, [...customerIds]),
        isNull(customersTable.mergedIntoId),
        customerScope(ctx),
      ),
    );
  if (rows.length !== customerIds.length) throw notFound('Customer');
  return rows.map((r) => r.skills);
}

/** The request checked against itself (the service's capacity is checked once it is loaded). */
function checkInput(input: AvailabilityInput) {
  const problems: FieldErrors = {};
  if (!isLocalDate(input.date)) problems.date = 'must be a calendar date, YYYY-MM-DD';
  const customerIds = [...new Set(input.customerIds ?? [])];
  if (customerIds.length > MAX_AVAILABILITY_ITEMS)
    problems.customerIds = `at most ${MAX_AVAILABILITY_ITEMS} customers`;
  const participants = input.participants ?? Math.max(1, customerIds.length);
  if (!Number.isInteger(participants) || participants < 1)
    problems.participants = 'must be a whole number of at least 1';
  else if (participants < customerIds.length)
    problems.participants = 'must be at least the number of customers given';
  // Written the equipment module's way, as items are stored: "kite" is KITE, "9 M" is 9m.
  const equipment = (input.equipment ?? []).map((e) => ({
    category: categoryKey(e.category),
    size: sizeLabel(e.size),
  }));
  if (equipment.length > MAX_AVAILABILITY_ITEMS)
    problems.equipment = `at most ${MAX_AVAILABILITY_ITEMS} pieces of equipment`;
  else if (equipment.some((e) => !e.category))
    problems.equipment = 'each needs a category such as KITE (letters, digits, at most 40)';
  if (Object.keys(problems).length) throw badInput(problems);
  return { customerIds, participants, equipment: equipment as EquipmentNeed[] };
}

/**
 * Items of the categories asked for at a location that may be offered at `now` (`offerableAt`:
 * in service, not out on an overdue rental) with their active
 * allocations overlapping `window`: one query for the whole day, however many slots.
 */
async function stockOf(
  db: DbOrTx,
  locationId: string,
  categories: readonly string[],
  window: Range,
  now: Date,
): Promise<StockItem[]> {
  if (!categories.length) return [];
  const rows = await db
    .select({
      id: equipmentTable.id,
      category: equipmentTable.category,
      size: equipmentTable.size,
      startsAt: allocationsTable.startsAt,
      endsAt: allocationsTable.endsAt,
    })
    .from(equipmentTable)
    .leftJoin(
      allocationsTable,
      and(
        eq(allocationsTable.resourceId, equipmentTable.id),
        eq(allocationsTable.active, true),
        lt(allocationsTable.startsAt, window.end),
        gt(allocationsTable.endsAt, window.start),
      ),
    )
    .where(
      and(
        eq(equipmentTable.locationId, locationId),
        inArray(equipmentTable.category, [...categories]),
        offerableAt(now),
      ),
    );
  const items = new Map<string, StockItem & { busy: Array<{ startsAt: Date; endsAt: Date }> }>();
  for (const r of rows) {
    let item = items.get(r.id);
    if (!item) items.set(r.id, (item = { id: r.id, category: r.category, size: r.size, busy: [] }));
    if (r.startsAt && r.endsAt) item.busy.push({ startsAt: r.startsAt, endsAt: r.endsAt });
  }
  return [...items.values()];
}

/** A group session of the service starting in `window` that has not been cancelled. */
interface Session {
  id: string;
  startsAt: Date;
  endsAt: Date;
  instructor: InstructorRow | null;
  participants: number;
  /**
   * Places held by waitlist offers: every OFFERED entry until the waitlist job expires it, as
   * bookings/service `placesTaken` counts them, so a place shown here can be booked.
   */
  offered: number;
}

/** Live group sessions of a service starting in `window`, with their head counts: one query. */
async function sessionsOf(db: DbOrTx, serviceId: string, window: Range): Promise<Session[]> {
  return db
    .select({
      id: bookingsTable.id,
      startsAt: bookingsTable.startsAt,
      endsAt: bookingsTable.endsAt,
      instructor: instructorsTable,
      participants: sql<number>`(select count(*) from ${bookingParticipantsTable}
        where ${bookingParticipantsTable.bookingId} = ${bookingsTable.id}
          and ${bookingParticipantsTable.cancelledAt} is null)::int`,
      offered: sql<number>`(select count(*) from ${waitlistEntriesTable}
        where ${waitlistEntriesTable.bookingId} = ${bookingsTable.id}
          and ${waitlistEntriesTable.status} = 'OFFERED')::int`,
    })
    .from(bookingsTable)
    .leftJoin(instructorsTable, eq(instructorsTable.id, bookingsTable.instructorId))
    .where(
      and(
        eq(bookingsTable.serviceId, serviceId),
        isNull(bookingsTable.deletedAt),
        inArray(bookingsTable.status, ['PENDING', 'CONFIRMED']),
        gte(bookingsTable.startsAt, window.start),
        lt(bookingsTable.startsAt, window.end),
      ),
    );
}

/** Rooms of a location sleeping `guests`, with their active allocations overlapping `night`. */
async function roomsOf(db: DbOrTx, locationId: string, guests: number, night: Range) {
  const rows = await db
    .select({ id: roomsTable.id, allocationId: allocationsTable.id })
    .from(roomsTable)
    .leftJoin(
      allocationsTable,
      and(
        eq(allocationsTable.resourceId, roomsTable.id),
        eq(allocationsTable.active, true),
        lt(allocationsTable.startsAt, night.end),
        gt(allocationsTable.endsAt, night.start),
      ),
    )
    .where(
      and(
        eq(roomsTable.locationId, locationId),
        eq(roomsTable.active, true),
        gte(roomsTable.capacity, guests),
      ),
    );
  const busy = new Set(rows.filter((r) => r.allocationId).map((r) => r.id));
  return new Set(rows.map((r) => r.id).filter((id) => !busy.has(id)));
}

/**
 * When a service can be booked on a local date at its location, for `participants` people
 * (`customerIds`' count, or 1): each slot with the instructors eligible and free, the places
 * left and, for a group session already running, its booking id. Slots start every 30
 * minutes from opening time (the location's opening hours for that weekday, local time, so
 * right on the days clocks change), end by closing time and lie in the future (`ctx.now()`).
 * - LESSON: at least one instructor fits (matching.ts: discipline and level against the
 *   participants' skills, a valid certification, working hours, no time off, not busy); for
 *   a GROUP lesson an existing session with enough places left is a slot too.
 * - RENTAL: no instructor.
 * - ACCOMMODATION: the night (check-in 15:00 to check-out 11:00 next day, local) when a room
 *   sleeping the party is free.
 * Every kind also needs the equipment: one free item of each of the service's categories per
 * participant, plus each piece asked for (of its size, when given).
 * A fixed number of queries whatever the number of slots, instructors or items: the day's
 * hours, certifications, allocations, sessions and stock are loaded once.
 * Errors: NOT_FOUND for an unknown or inactive service and for a customer outside the caller's
 * scope; BAD_USER_INPUT naming `date`, `participants` (beyond the service's capacity),
 * `customerIds` or `equipment`.
 */
export async function availability({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: AvailabilityInput;
}): Promise<Slot[]> {
  const { customerIds, participants, equipment } = checkInput(input);
  if (!isUuid(input.serviceId)) throw notFound('Service');
  const { service, location } = await serviceAndLocation(ctx.db, input.serviceId);
  if (participants > service.capacity)
    throw badInput({ participants: `at most ${service.capacity} for this service` });
  const skills = await participantSkills(ctx, customerIds);
  const gear = gearOf(service, equipment);
  const zone = location.timezone;
  const now = ctx.now();
  const date = input.date;
  const day = localDay(date, zone);

  if (service.kind === 'ACCOMMODATION') {
    const night = {
      start: instantAt(date, CHECK_IN, zone),
      end: instantAt(nextDate(date), CHECK_OUT, zone),
    };
    if (night.start <= now) return [];
    const rooms = await roomsOf(ctx.db, location.id, participants, night);
    if (!rooms.size) return [];
    const stock = await stockOf(ctx.db, location.id, categoriesOf(gear), night, ctx.now());
    const served = equipmentLimit(gear, stock, night, participants, participants);
    return served >= participants
      ? [
          {
            startsAt: night.start,
            endsAt: night.end,
            instructors: [],
            placesLeft: rooms.size,
            sessionBookingId: null,
          },
        ]
      : [];
  }

  const opening = blocksToRanges(
    date,
    location.openingHours
      .filter((h) => h.weekday === weekdayOf(date))
      .map((h) => ({ start: h.open, end: h.close })),
    zone,
  );
  const starts = gridStarts(opening, service.durationMinutes, GRID_MINUTES).filter((s) => s > now);
  const isGroup = service.kind === 'LESSON' && service.lessonFormat === 'GROUP';
  if (!starts.length && !isGroup) return [];
  const sessions = isGroup
    ? (await sessionsOf(ctx.db, service.id, day)).filter((x) => x.startsAt > now)
    : [];
  // The day's stock, and as far as a session running past midnight needs.
  const stockWindow = {
    start: day.start,
    end: new Date(Math.max(day.end.getTime(), ...sessions.map((x) => x.endsAt.getTime()))),
  };
  const stock = await stockOf(ctx.db, location.id, categoriesOf(gear), stockWindow, ctx.now());
  const duration = service.durationMinutes * 60_000;
  const slots: Slot[] = [];

  for (const session of sessions) {
    const open = service.capacity - session.participants - session.offered;
    const range = { start: session.startsAt, end: session.endsAt };
    const places = equipmentLimit(gear, stock, range, participants, open);
    if (open < participants || places < participants) continue;
    slots.push({
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      instructors: session.instructor ? [session.instructor] : [],
      placesLeft: places,
      sessionBookingId: session.id,
    });
  }

  let fitsAt: ((start: Date, end: Date) => RankedFit[]) | null = null;
  if (service.kind === 'LESSON' && starts.length) {
    const data = await loadMatchData(ctx.db, { service, location, skills, window: day });
    fitsAt = (start, end) => rankFits(data, start, end);
  }
  for (const start of starts) {
    const end = new Date(start.getTime() + duration);
    const range = { start, end };
    const places = equipmentLimit(gear, stock, range, participants, service.capacity);
    if (places < participants) continue;
    const instructors = fitsAt
      ? fitsAt(start, end)
          .filter((f) => f.eligible)
          .map((f) => f.instructor)
      : [];
    if (fitsAt && !instructors.length) continue;
    slots.push({
      startsAt: start,
      endsAt: end,
      instructors,
      placesLeft: places,
      sessionBookingId: null,
    });
  }
  // By start; at one start, a running session before a new one (fill sessions first).
  return slots.sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() ||
      Number(b.sessionBookingId !== null) - Number(a.sessionBookingId !== null),
  );
}

/** What a booking needs: a category per participant (the service's), and pieces asked for. */
interface Gear {
  perParticipant: string[];
  requested: EquipmentNeed[];
}

function gearOf(service: ServiceRow, requested: EquipmentNeed[]): Gear {
  const perParticipant = service.equipmentCategories
    .map(categoryKey)
    .filter((c): c is string => c !== null);
  return { perParticipant: [...new Set(perParticipant)], requested };
}

/** The equipment categories whose stock matters. */
const categoriesOf = (gear: Gear) => [
  ...new Set([...gear.perParticipant, ...gear.requested.map((e) => e.category)]),
];

/**
 * How many participants, from `participants` up to `atMost`, the free equipment over `range`
 * serves; less than `participants` when it does not serve them. `atMost` when nothing is needed.
 */
function equipmentLimit(
  gear: Gear,
  stock: readonly StockItem[],
  range: Range,
  participants: number,
  atMost: number,
): number {
  if (!gear.perParticipant.length && !gear.requested.length) return atMost;
  const free = freeItems(stock, range.start, range.end);
  return participantsServed(free, gear.perParticipant, gear.requested, participants, atMost);
}

/** One instructor's fit for a lesson, with the profile, for staff. */
export interface InstructorMatch {
  instructor: InstructorRow;
  eligible: boolean;
  reasons: RankedFit['reasons'];
}

/**
 * For staff: every active instructor of the service's location and whether they could teach
 * a lesson of it starting at `startsAt` (for its duration) to `customerIds`, with the reasons
 * they could not (matching.ts), eligible ones first. Non-lesson services get [].
 * Errors: NOT_FOUND for an unknown service or a customer outside the caller's scope.
 */
export async function explainInstructors({
  ctx,
  serviceId,
  startsAt,
  customerIds,
  bookingId,
}: {
  ctx: ServiceContext;
  serviceId: string;
  startsAt: Date;
  customerIds?: readonly string[] | null;
  /** The booking being reassigned: its own length is used, its own allocations do not count. */
  bookingId?: string | null;
}): Promise<InstructorMatch[]> {
  const booking = bookingId ? await getBooking({ ctx, id: bookingId }) : null;
  if (bookingId && !booking) throw notFound('Booking');
  const ids = [...new Set(customerIds ?? [])];
  if (ids.length > MAX_AVAILABILITY_ITEMS)
    throw badInput({ customerIds: `at most ${MAX_AVAILABILITY_ITEMS} customers` });
  if (!isUuid(serviceId)) throw notFound('Service');
  const { service, location } = await serviceAndLocation(ctx.db, serviceId, true);
  const skills = await participantSkills(ctx, ids);
  if (service.kind !== 'LESSON') return [];
  const minutes = booking
    ? (booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000
    : service.durationMinutes;
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  const window = lessonWindow(location, startsAt, endsAt);
  const data = await loadMatchData(ctx.db, {
    service,
    location,
    skills,
    window,
    excludeBookingId: booking?.id,
  });
  return rankFits(data, startsAt, endsAt).map(({ instructor, eligible, reasons }) => ({
    instructor,
    eligible,
    reasons,
  }));
}
