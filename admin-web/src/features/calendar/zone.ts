/**
 * The calendar shows a location's wall clock, whatever the browser's zone. react-big-calendar
 * only knows the browser's `Date`, so the calendar is fed "floating" dates: a Date whose local
 * fields (year … minute in the browser's zone) equal the location's wall clock at the instant.
 * `toFloating` turns an instant into one; `fromFloating` turns a floating date the calendar
 * hands back (a drop, a resize, the visible range) into the instant it means at the location.
 *
 * Built on Intl (the browser's own zone database) rather than dayjs' timezone plugin: the
 * calendar's dayjs localizer switches itself to `dayjs.tz` whenever that plugin is loaded, and
 * then mixes the browser's guessed zone into its arithmetic.
 */

/** A wall-clock reading: month 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall clock at an instant (ms since the epoch). */
export function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const asUtcMs = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/**
 * The instant (ms) when the zone's clock shows `wall`. A time skipped when clocks go forward
 * lands as many minutes after the gap (02:30 on a spring-forward night is 03:30); a time
 * shown twice when clocks go back is the first of the two.
 */
export function instantOfWallClock(wall: WallClock, timeZone: string): number {
  const target = asUtcMs(wall);
  // The offset at a first guess, then at the corrected instant: they differ across a change.
  const firstGuess = target - (asUtcMs(wallClockAt(target, timeZone)) - target);
  const offset = asUtcMs(wallClockAt(firstGuess, timeZone)) - firstGuess;
  let instant = target - offset;
  // Clocks going back: the earlier instant that shows the same time.
  const earlier = instant - 3_600_000;
  if (asUtcMs(wallClockAt(earlier, timeZone)) === target) instant = earlier;
  return instant;
}

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

/** True when the browser knows this IANA zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
