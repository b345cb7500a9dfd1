import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Dates and times of a location. A booking is an instant (UTC); people read and choose it in
 * the time zone of the lesson's location, never the browser's or the phone's. `LocalDate` is
 * `YYYY-MM-DD` on the location's calendar.
 *
 * An entry of its own (`@plannivo/web-kit/zoned`), apart from `time`: importing it loads
 * dayjs' timezone plugin, which the admin calendar must not be handed (docs/architecture.md,
 * "Admin calendar"), so only the screens that use these helpers load it.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The calendar date `days` after `date` (calendar arithmetic: no clock, no zone). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The date on the location's calendar at an instant. */
export function localDateOf(instant: string | Date, zone: string): string {
  return dayjs(instant).tz(zone).format('YYYY-MM-DD');
}

/** The wall-clock time (`HH:mm`, 24 h) on the location's clock at an instant. */
export function localTimeOf(instant: string | Date, zone: string): string {
  return dayjs(instant).tz(zone).format('HH:mm');
}

/** Today on the location's calendar. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return localDateOf(now, zone);
}

/** The next `count` dates from today at the location (plus `from` days), today first. */
export function nextDays(zone: string, count: number, from = 0, now: Date = new Date()): string[] {
  const today = todayIn(zone, now);
  return Array.from({ length: count }, (_, i) => addDays(today, from + i));
}

/**
 * The instant (ISO, UTC) when the location's clock shows `time` on `date`. A time skipped when
 * clocks go forward lands an hour later, as the zone's rules move it.
 */
export function instantAt(date: string, time: string, zone: string): string {
  if (!isLocalDate(date) || !LOCAL_TIME.test(time)) throw new RangeError(`${date} ${time}`);
  return dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', zone).toISOString();
}

/**
 * The instants bounding a local day at the location: from its midnight to the next one (23 or
 * 25 hours long on the days clocks change).
 */
export function dayBounds(date: string, zone: string): { from: string; to: string } {
  return { from: instantAt(date, '00:00', zone), to: instantAt(addDays(date, 1), '00:00', zone) };
}

/**
 * The starts of a series: the first start and the same local time on each of the next
 * `count - 1` days at the location. Across a daylight-saving change the local time stays and
 * the UTC instant moves by an hour.
 */
export function dailyStarts(firstStart: string, zone: string, count: number): string[] {
  const date = localDateOf(firstStart, zone);
  const time = localTimeOf(firstStart, zone);
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, day) =>
    instantAt(addDays(date, day), time, zone),
  );
}

/** The weekday and date of a local date in the UI language, e.g. `Wed, 25 Nov 2026`. */
export function formatLocalDate(
  date: string,
  language: string,
  options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  },
): string {
  if (!isLocalDate(date)) return date;
  // Noon UTC of that date reads as that date in UTC, whatever the browser's zone.
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** `09:00–11:00` on the location's clock. */
export function formatTimeRange(startsAt: string, endsAt: string, zone: string): string {
  return `${localTimeOf(startsAt, zone)}–${localTimeOf(endsAt, zone)}`;
}
