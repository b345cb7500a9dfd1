/**
 * A location's wall clock ↔ instants, on Intl (the browser's own zone database) and nothing
 * else: no dayjs, no browser zone. The admin calendar's floating dates and the instructors'
 * time-off pickers are built on it.
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

/** The zone's wall clock at an instant (ms since the epoch). Throws for an unknown zone. */
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

/** A wall-clock reading as the milliseconds it would be in UTC. */
export const wallClockAsUtcMs = (w: WallClock) =>
  Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/**
 * The instant (ms) when the zone's clock shows `wall`. A time skipped when clocks go forward
 * lands as many minutes after the gap (02:30 on a spring-forward night is 03:30); a time
 * shown twice when clocks go back is the first of the two. Throws for an unknown zone.
 */
export function instantOfWallClock(wall: WallClock, timeZone: string): number {
  const target = wallClockAsUtcMs(wall);
  const asUtcAt = (instant: number) => wallClockAsUtcMs(wallClockAt(instant, timeZone));
  // The offset at a first guess, then at the corrected instant: they differ across a change.
  const firstGuess = target - (asUtcAt(target) - target);
  const offset = asUtcAt(firstGuess) - firstGuess;
  let instant = target - offset;
  // Clocks going back: the earlier instant that shows the same time.
  const earlier = instant - 3_600_000;
  if (asUtcAt(earlier) === target) instant = earlier;
  return instant;
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
