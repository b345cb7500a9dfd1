import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Dates and times of a location. Lessons are instants (UTC); students read and choose them
 * on the clock of the lesson's location, wherever their phone is. `YYYY-MM-DD` is a date on
 * the location's calendar.
 */

/** The calendar date `days` after `date` (no clock, no zone). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The date on the location's calendar at an instant. */
export function localDateOf(instant: string | Date, zone: string): string {
  return dayjs(instant).tz(zone).format('YYYY-MM-DD');
}

/** `HH:mm` on the location's clock. */
export function localTimeOf(instant: string | Date, zone: string): string {
  return dayjs(instant).tz(zone).format('HH:mm');
}

/** Today on the location's calendar. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return localDateOf(now, zone);
}

/** The next `count` dates from today at the location, today first. */
export function nextDays(zone: string, count: number, from = 0, now: Date = new Date()): string[] {
  const today = todayIn(zone, now);
  return Array.from({ length: count }, (_, i) => addDays(today, from + i));
}

/** A local date in the UI language, e.g. `Wed, 25 Nov`; noon UTC reads as that date anywhere. */
export function formatLocalDate(
  date: string,
  language: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' },
): string {
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** `09:00–11:00` on the location's clock. */
export function formatTimeRange(startsAt: string, endsAt: string, zone: string): string {
  return `${localTimeOf(startsAt, zone)}–${localTimeOf(endsAt, zone)}`;
}

/** `Wed, 25 Nov 2026, 09:00` on the location's clock, in the UI language. */
export function formatLocalDateTime(instant: string, zone: string, language: string): string {
  const date = formatLocalDate(localDateOf(instant, zone), language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return `${date}, ${localTimeOf(instant, zone)}`;
}
