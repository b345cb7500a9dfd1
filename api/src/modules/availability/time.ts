/**
 * Local-time arithmetic of a location, as pure functions over instants (luxon in the
 * location's IANA zone). Working hours and opening hours are wall-clock times of a local
 * date; every comparison here turns them into instants first, so a day with a clock change
 * is 23 or 25 hours long and no slot is lost or counted twice around the switch.
 */
import { DateTime } from 'luxon';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A half-open range of instants [start, end). */
export interface Range {
  start: Date;
  end: Date;
}

/** A wall-clock range of a day, HH:MM (or HH:MM:SS as PostgreSQL's `time` reads). */
export interface LocalBlock {
  start: string;
  end: string;
}

/** True for a YYYY-MM-DD that exists in the calendar. */
export function isLocalDate(value: string): boolean {
  if (!LOCAL_DATE.test(value)) return false;
  const day = DateTime.fromISO(value, { zone: 'UTC' });
  return day.isValid && day.toISODate() === value;
}

/**
 * instantAt's answers by zone, date and time: luxon finds a zone's offset through Intl (tens
 * of µs a call), and availability asks the same few wall times for every instructor and slot
 * of a day. Cleared when it grows past a bound.
 */
const instants = new Map<string, number>();

/** The instant a local date and wall-clock time (HH:MM) name in `zone`; a time the clocks
 *  skip (02:30 on a spring-forward night) is moved forward by the gap, as luxon does. */
export function instantAt(date: string, time: string, zone: string): Date {
  const local = `${date}T${time.slice(0, 5)}`;
  const key = `${zone} ${local}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    ms = DateTime.fromISO(local, { zone }).toMillis();
    if (instants.size >= 10_000) instants.clear();
    instants.set(key, ms);
  }
  return new Date(ms);
}

/** The local day [00:00, next 00:00) of a date in `zone`: 23, 24 or 25 hours long. */
export function localDay(date: string, zone: string): Range {
  const start = DateTime.fromISO(date, { zone }).startOf('day');
  return { start: start.toJSDate(), end: start.plus({ days: 1 }).startOf('day').toJSDate() };
}

/** The next calendar date after `date`. */
export function nextDate(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;
}

/** The local date (YYYY-MM-DD) and ISO weekday (1 Monday … 7 Sunday) of an instant in `zone`. */
export function localDateOf(instant: Date, zone: string): { date: string; weekday: number } {
  const local = DateTime.fromJSDate(instant, { zone });
  return { date: local.toISODate()!, weekday: local.weekday };
}

/** The ISO weekday of a local date. */
export function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

/**
 * Wall-clock blocks of one local date as instant ranges, sorted, with touching or overlapping
 * blocks merged (09:00–12:00 and 12:00–15:00 cover a lesson at 11:00–13:00).
 */
export function blocksToRanges(date: string, blocks: readonly LocalBlock[], zone: string): Range[] {
  const ranges = blocks
    .map((b) => ({ start: instantAt(date, b.start, zone), end: instantAt(date, b.end, zone) }))
    .filter((r) => r.start < r.end)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      if (r.end > last.end) last.end = r.end;
    } else merged.push({ ...r });
  }
  return merged;
}

/** Whether one of `ranges` contains all of [start, end). */
export function covers(ranges: readonly Range[], start: Date, end: Date): boolean {
  return ranges.some((r) => r.start <= start && end <= r.end);
}

/** Whether [aStart, aEnd) and [bStart, bEnd) share an instant (touching ranges do not). */
export function overlaps(aStart: Date, aEnd: Date, bStart: Date, bEnd: Date): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/**
 * Start instants on a grid of `stepMinutes` from each range's start, for a length of
 * `durationMinutes` that must end by the range's end. Steps are real minutes, so on a
 * clock-change day the grid runs straight through the switch: no start is skipped, none is
 * repeated. Sorted, without duplicates.
 */
export function gridStarts(
  ranges: readonly Range[],
  durationMinutes: number,
  stepMinutes: number,
): Date[] {
  const duration = durationMinutes * 60_000;
  const step = stepMinutes * 60_000;
  const starts = new Set<number>();
  for (const r of ranges) {
    for (let t = r.start.getTime(); t + duration <= r.end.getTime(); t += step) starts.add(t);
  }
  return [...starts].sort((a, b) => a - b).map((t) => new Date(t));
}
