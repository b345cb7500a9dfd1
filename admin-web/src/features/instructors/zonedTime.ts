import {
  instantOfWallClock,
  isKnownTimeZone,
  wallClockAsUtcMs,
  wallClockAt,
} from '@plannivo/web-kit/time';

/**
 * Wall-clock times of a location ↔ instants. Time off is stored as UTC instants, but staff
 * type and read it in the time zone of the instructor's location, never the browser's.
 * Mantine's date pickers hold wall-clock strings (`2026-08-01 09:00:00`); these functions
 * turn them into instants of a given IANA zone and back.
 */

export { isKnownTimeZone };

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant (ISO, UTC) when the zone's clock shows `wallClock`. A time that does not exist
 * (skipped when clocks go forward) lands on the hour after the gap; a time that happens twice
 * (clocks going back) is the first of the two. Null for anything unreadable.
 */
export function wallClockToInstant(wallClock: string, timeZone: string): string | null {
  const match = WALL_CLOCK.exec(wallClock.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const wall = { year: y!, month: mo!, day: d!, hour: h!, minute: mi!, second: s || 0 };
  try {
    return new Date(instantOfWallClock(wall, timeZone)).toISOString();
  } catch {
    return null;
  }
}

/** The zone's wall clock at an instant, as Mantine's pickers hold it: `2026-08-01 09:00:00`. */
export function instantToWallClock(iso: string, timeZone: string): string | null {
  const instant = Date.parse(iso);
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

/** A range of instants as the location reads it: `1 Ağu 2026 09:00 – 8 Ağu 2026 18:00`. */
export function formatZonedRange(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  language: string,
): string {
  const format = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  try {
    return format.formatRange(new Date(startsAt), new Date(endsAt));
  } catch {
    return `${startsAt} – ${endsAt}`;
  }
}
