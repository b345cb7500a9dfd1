import { instantOfWallClock, wallClockAsUtcMs, wallClockAt } from '@plannivo/web-kit/time';

/**
 * A location's wall clock ↔ instants for Mantine's pickers, which hold wall-clock strings
 * (`2026-08-01 09:00:00`): staff pick times in the location's zone, never the browser's.
 */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant (ISO, UTC) the zone's clock shows `wallClock` at; null when unreadable. */
export function wallClockToInstant(wallClock: string, timeZone: string): string | null {
  const match = WALL_CLOCK.exec(wallClock.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  try {
    return new Date(
      instantOfWallClock(
        { year: y!, month: mo!, day: d!, hour: h!, minute: mi!, second: s || 0 },
        timeZone,
      ),
    ).toISOString();
  } catch {
    return null;
  }
}

/** The zone's wall clock at an instant, as the pickers hold it; null when unreadable. */
export function instantToWallClock(iso: string | Date, timeZone: string): string | null {
  const instant = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  if (Number.isNaN(instant)) return null;
  try {
    return new Date(wallClockAsUtcMs(wallClockAt(instant, timeZone)))
      .toISOString()
      .slice(0, 19)
      .replace('T', ' ');
  } catch {
    return null;
  }
}

/** The location's today, `YYYY-MM-DD`. */
export function todayAt(timeZone: string, now: Date = new Date()): string {
  return (instantToWallClock(now, timeZone) ?? now.toISOString()).slice(0, 10);
}

/** An instant as the location reads it: `3 Haz 2026 14:05`. */
export function formatZoned(iso: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** A range as the location reads it, the day once when both ends share it. */
export function formatZonedRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  language: string,
): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const day = (d: Date) => instantToWallClock(d, timeZone)?.slice(0, 10);
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone });
  if (day(start) === day(end)) {
    const date = new Intl.DateTimeFormat(language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone,
    }).format(start);
    return `${date}, ${time.format(start)}–${time.format(end)}`;
  }
  return `${formatZoned(startsAt, timeZone, language)} – ${formatZoned(endsAt, timeZone, language)}`;
}
