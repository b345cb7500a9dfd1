import { instantOfWallClock, wallClockAt } from '@plannivo/web-kit/time';

/**
 * The calendar shows a location's wall clock, whatever the browser's zone. react-big-calendar
 * only knows the browser's `Date`, so the calendar is fed "floating" dates: a Date whose local
 * fields (year … minute in the browser's zone) equal the location's wall clock at the instant.
 * `toFloating` turns an instant into one; `fromFloating` turns a floating date the calendar
 * hands back (a drop, a resize, the visible range) into the instant it means at the location.
 *
 * Built on web-kit's Intl wall clock (`@plannivo/web-kit/time`, the browser's own zone
 * database) rather than dayjs' timezone plugin: the calendar's dayjs localizer switches itself
 * to `dayjs.tz` whenever that plugin is loaded, and then mixes the browser's guessed zone into
 * its arithmetic.
 */

/** The floating Date for an instant: its local fields are the location's wall clock. */
export function toFloating(instant: Date | string, timeZone: string): Date {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const w = wallClockAt(ms, timeZone);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The instant a floating Date (from the calendar) means at the location. */
export function fromFloating(floating: Date, timeZone: string): Date {
  return new Date(
    instantOfWallClock(
      {
        year: floating.getFullYear(),
        month: floating.getMonth() + 1,
        day: floating.getDate(),
        hour: floating.getHours(),
        minute: floating.getMinutes(),
        second: floating.getSeconds(),
      },
      timeZone,
    ),
  );
}

/** `YYYY-MM-DD` of a floating date (its local fields). */
export function floatingDay(floating: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${floating.getFullYear()}-${pad(floating.getMonth() + 1)}-${pad(floating.getDate())}`;
}

/** The floating midnight of a `YYYY-MM-DD` day; null for anything else. */
export function parseDay(day: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = new Date(year, month - 1, date);
  // 2026-02-31 rolls over into March: not a day.
  return result.getMonth() === month - 1 && result.getDate() === date ? result : null;
}

/** Today at the location, as `YYYY-MM-DD`. */
export function todayAt(timeZone: string, now: Date = new Date()): string {
  return floatingDay(toFloating(now, timeZone));
}
