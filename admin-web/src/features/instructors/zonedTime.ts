/**
 * Wall-clock times of a location ↔ instants. Time off is stored as UTC instants, but staff
 * type and read it in the time zone of the instructor's location, never the browser's.
 * Mantine's date pickers hold wall-clock strings (`2026-08-01 09:00:00`); these functions
 * turn them into instants of a given IANA zone and back.
 */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string) {
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

/** The zone's wall clock at `instant`, as the milliseconds it would be in UTC. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  return Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
}

/**
 * The instant (ISO, UTC) when the zone's clock shows `wallClock`. A time that does not exist
 * (skipped when clocks go forward) lands on the hour after the gap; a time that happens twice
 * (clocks going back) is the first of the two. Null for anything unreadable.
 */
export function wallClockToInstant(wallClock: string, timeZone: string): string | null {
  const match = WALL_CLOCK.exec(wallClock.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, s || 0);
  try {
    // The offset at a first guess, then at the corrected instant (they differ across a change).
    const first = asUtc - (wallClockMs(asUtc, timeZone) - asUtc);
    const offset = wallClockMs(first, timeZone) - first;
    let instant = asUtc - offset;
    // Clocks going back: the earlier of the two instants showing this time.
    const earlier = instant - 3_600_000;
    if (wallClockMs(earlier, timeZone) === asUtc) instant = earlier;
    return new Date(instant).toISOString();
  } catch {
    return null;
  }
}

/** The zone's wall clock at an instant, as Mantine's pickers hold it: `2026-08-01 09:00:00`. */
export function instantToWallClock(iso: string, timeZone: string): string | null {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  try {
    return new Date(wallClockMs(instant, timeZone)).toISOString().slice(0, 19).replace('T', ' ');
  } catch {
    return null;
  }
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
