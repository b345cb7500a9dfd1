import type {
  CalendarBookingFieldsFragment,
  CalendarInstructorsQuery,
  Discipline,
} from '../../gql/graphql';
import { overlapsRange } from './range';
import { isOpen } from './status';
import { floatingDay, toFloating } from './zone';

export type CalendarBooking = CalendarBookingFieldsFragment;
type Instructor = CalendarInstructorsQuery['instructors'][number];

/** The column of bookings without an instructor (rentals, stays, lessons not yet assigned). */
export const UNASSIGNED = 'unassigned';

/** One booking as react-big-calendar draws it: floating times in the location's wall clock. */
export interface CalendarEvent {
  id: string;
  title: string;
  start: Date;
  end: Date;
  resourceId: string;
  /** Runs past midnight (a day rental, a stay): shown under the column names, not dragged. */
  allDay: boolean;
  movable: boolean;
  /** Name the instructor inside the event (the week view has no instructor columns). */
  showInstructor?: boolean;
  booking: CalendarBooking;
}

export interface CalendarResource {
  id: string;
  title: string;
}

export interface EventFilters {
  /** Only these instructors' bookings; empty: everyone's. */
  instructorIds: readonly string[];
  discipline: Discipline | null;
  showCancelled: boolean;
}

/** Whether a booking passes the filters (client-side: one query serves every filter). */
export function matchesFilters(booking: CalendarBooking, filters: EventFilters): boolean {
  if (!filters.showCancelled && booking.status === 'CANCELLED') return false;
  if (filters.discipline && booking.service.discipline !== filters.discipline) return false;
  if (filters.instructorIds.length) {
    return !!booking.instructor && filters.instructorIds.includes(booking.instructor.id);
  }
  return true;
}

/** The bookings of the visible range that pass the filters, as calendar events. */
export function toEvents(
  bookings: readonly CalendarBooking[],
  options: EventFilters & { timeZone: string; range: { from: string; to: string } },
): CalendarEvent[] {
  return bookings
    .filter((b) => !b.deletedAt && overlapsRange(b, options.range) && matchesFilters(b, options))
    .map((b) => {
      const start = toFloating(b.startsAt, options.timeZone);
      const end = toFloating(b.endsAt, options.timeZone);
      // A day rental or a stay runs past midnight: a bar in the row under the column names,
      // edited rather than dragged (the grid's drag moves blocks within a day).
      const oneDay = floatingDay(start) === floatingDay(new Date(end.getTime() - 1));
      return {
        id: b.id,
        title: b.service.name,
        start,
        end,
        resourceId: b.instructor?.id ?? UNASSIGNED,
        allDay: !oneDay,
        movable: isOpen(b.status) && oneDay,
        booking: b,
      };
    });
}

/**
 * The day view's columns: the location's instructors (those chosen, or those teaching the
 * chosen discipline), anyone else who has a booking on screen, and "Unassigned" unless the
 * view is narrowed to some instructors.
 */
export function toResources(
  instructors: readonly Instructor[],
  events: readonly CalendarEvent[],
  filters: Pick<EventFilters, 'instructorIds' | 'discipline'>,
  unassignedTitle: string,
): CalendarResource[] {
  const columns = new Map<string, string>();
  for (const instructor of instructors) {
    if (filters.instructorIds.length && !filters.instructorIds.includes(instructor.id)) continue;
    if (
      filters.discipline &&
      !instructor.disciplines.some((d) => d.discipline === filters.discipline)
    )
      continue;
    columns.set(instructor.id, instructor.name);
  }
  // Someone no longer listed at the location (moved, deactivated) keeps their bookings visible.
  for (const event of events) {
    const instructor = event.booking.instructor;
    if (instructor && !columns.has(instructor.id)) columns.set(instructor.id, instructor.name);
  }
  const resources = [...columns]
    .map(([id, title]) => ({ id, title }))
    .sort((a, b) => a.title.localeCompare(b.title));
  if (!filters.instructorIds.length) resources.push({ id: UNASSIGNED, title: unassignedTitle });
  return resources;
}

export const BUSINESS_START_HOUR = 7;
export const BUSINESS_END_HOUR = 21;

/**
 * The hours the time grid shows on `day` (floating): business hours, widened to whole hours
 * so that no booking of the view is cut off, or the whole day.
 */
export function visibleHours(
  day: Date,
  events: readonly CalendarEvent[],
  wholeDay: boolean,
): { min: Date; max: Date } {
  const at = (hour: number, minute = 0) =>
    new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute);
  if (wholeDay) return { min: at(0), max: at(23, 59) };
  let first = BUSINESS_START_HOUR;
  let last = BUSINESS_END_HOUR;
  for (const event of events) {
    if (event.allDay) continue;
    const sameDay = floatingDay(event.start) === floatingDay(new Date(event.end.getTime() - 1));
    if (!sameDay) return { min: at(0), max: at(23, 59) };
    const endsAtMidnight = floatingDay(event.start) !== floatingDay(event.end);
    first = Math.min(first, event.start.getHours());
    last = Math.max(
      last,
      endsAtMidnight ? 24 : event.end.getHours() + (event.end.getMinutes() > 0 ? 1 : 0),
    );
  }
  return { min: at(first), max: last >= 24 ? at(23, 59) : at(last) };
}
