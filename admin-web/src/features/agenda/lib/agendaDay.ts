import { addDays, dayBounds, localDateOf } from '../../booking-wizard';
import type { BookingStatus, Role } from '../../../gql/graphql';

/**
 * An instructor's day, read on each lesson's own location clock: a lesson belongs to the day
 * its location calls it, so one page can hold lessons of locations in different zones.
 */

/**
 * The instants to ask the API for: from the earliest midnight to the latest next midnight of
 * `date` among the zones of the instructor's locations (trimmed again by `lessonsOfDay`).
 */
export function agendaWindow(date: string, zones: readonly string[]): { from: string; to: string } {
  const bounds = (zones.length ? zones : ['UTC']).map((zone) => dayBounds(date, zone));
  return {
    from: bounds.map((b) => b.from).sort()[0]!,
    to: bounds
      .map((b) => b.to)
      .sort()
      .at(-1)!,
  };
}

export interface DatedLesson {
  startsAt: string;
  status: BookingStatus;
  location: { timezone: string };
}

/** The lessons on `date` at their own location, by start; cancelled ones left out. */
export function lessonsOfDay<T extends DatedLesson>(lessons: readonly T[], date: string): T[] {
  return lessons
    .filter(
      (l) => l.status !== 'CANCELLED' && localDateOf(l.startsAt, l.location.timezone) === date,
    )
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The day before or after. */
export const shiftDay = (date: string, days: number) => addDays(date, days);

/** The statuses the agenda's buttons set (setBookingStatus; cancelling is elsewhere). */
export type SettableStatus = Extract<
  BookingStatus,
  'CONFIRMED' | 'CHECKED_IN' | 'COMPLETED' | 'NO_SHOW'
>;

/**
 * The status changes a role may make from `status` in the agenda: check-in, then completion,
 * or a no-show; management also confirms a requested lesson (the API refuses instructors).
 */
export function nextStatuses(status: BookingStatus, role: Role): SettableStatus[] {
  const management = role === 'ADMIN' || role === 'MANAGER';
  switch (status) {
    case 'PENDING':
      return management ? ['CONFIRMED'] : [];
    case 'CONFIRMED':
      return ['CHECKED_IN', 'NO_SHOW'];
    case 'CHECKED_IN':
      return ['COMPLETED'];
    default:
      return [];
  }
}
