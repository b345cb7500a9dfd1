/**
 * The calendar arithmetic of the finance dashboard, as pure functions: periods of local dates,
 * the instants where they begin in a location's zone (luxon, so a day with a clock change is
 * 23 or 25 hours long), receivable ages and working minutes from weekly hours.
 */
import { DateTime } from 'luxon';
import { blocksToRanges, type Range } from '../availability/time.js';

export const GRANULARITIES = ['DAY', 'WEEK', 'MONTH'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The longest range the dashboard answers: two years and a leap day. */
export const MAX_RANGE_DAYS = 731;

/** One period of the dashboard: local dates, both ends inclusive. */
export interface Bucket {
  start: string;
  end: string;
}

const day = (date: string) => DateTime.fromISO(date, { zone: 'UTC' });

/** Days from `from` to `to`, both counted (1 for a single day; 0 or less when reversed). */
export function daysInRange(from: string, to: string): number {
  return Math.round(day(to).diff(day(from), 'days').days) + 1;
}

/**
 * The periods between two local dates: days, ISO weeks (Monday to Sunday) or calendar months,
 * the first and the last cut to the range (a range from a Wednesday starts with a short week).
 */
export function periodBuckets(from: string, to: string, granularity: Granularity): Bucket[] {
  const buckets: Bucket[] = [];
  const last = day(to);
  let cursor = day(from);
  while (cursor <= last) {
    const periodEnd =
      granularity === 'DAY'
        ? cursor
        : granularity === 'WEEK'
          ? cursor.endOf('week').startOf('day')
          : cursor.endOf('month').startOf('day');
    const end = periodEnd < last ? periodEnd : last;
    buckets.push({ start: cursor.toISODate()!, end: end.toISODate()! });
    cursor = end.plus({ days: 1 });
  }
  return buckets;
}

/**
 * The instants where each bucket begins in `zone`, then the end of the last one: the
 * thresholds of PostgreSQL's `width_bucket`, which puts an instant in bucket i (1-based) when
 * thresholds[i-1] <= t < thresholds[i]. A local midnight the clocks skip moves forward.
 */
export function bucketThresholds(buckets: readonly Bucket[], zone: string): Date[] {
  if (!buckets.length) return [];
  const starts = buckets.map((b) => DateTime.fromISO(b.start, { zone }).startOf('day'));
  const after = DateTime.fromISO(buckets[buckets.length - 1]!.end, { zone })
    .plus({ days: 1 })
    .startOf('day');
  return [...starts, after].map((d) => d.toJSDate());
}

/** How old the oldest unpaid part of a customer's receivable is. */
export const AGES = ['DAYS_0_7', 'DAYS_8_30', 'DAYS_31_90', 'DAYS_OVER_90'] as const;
export type Age = (typeof AGES)[number];

/** Whole days from `since` to `asOf` (0 within the first 24 hours). */
export function ageInDays(since: Date, asOf: Date): number {
  return Math.max(0, Math.floor((asOf.getTime() - since.getTime()) / 86_400_000));
}

/** 0–7 days, 8–30, 31–90, more than 90. */
export function ageBucket(days: number): Age {
  if (days <= 7) return 'DAYS_0_7';
  if (days <= 30) return 'DAYS_8_30';
  if (days <= 90) return 'DAYS_31_90';
  return 'DAYS_OVER_90';
}

/** `ranges` less everything `holes` cover; both half-open, the answer sorted. */
export function subtractRanges(ranges: readonly Range[], holes: readonly Range[]): Range[] {
  const sortedHoles = [...holes].sort((a, b) => a.start.getTime() - b.start.getTime());
  const out: Range[] = [];
  for (const r of ranges) {
    let start = r.start.getTime();
    const end = r.end.getTime();
    for (const h of sortedHoles) {
      const hs = h.start.getTime();
      const he = h.end.getTime();
      if (he <= start || hs >= end) continue;
      if (hs > start) out.push({ start: new Date(start), end: new Date(hs) });
      start = Math.max(start, he);
      if (start >= end) break;
    }
    if (start < end) out.push({ start: new Date(start), end: new Date(end) });
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** A block of weekly working hours: ISO weekday (1 Monday … 7 Sunday), wall-clock HH:MM. */
export interface WeeklyBlock {
  weekday: number;
  start: string;
  end: string;
}

/**
 * Minutes an instructor works at one location from `from` to `to` (local dates, inclusive):
 * each date's blocks for its weekday as instants in `zone` (blocks that touch or overlap
 * merged), less the time off. Real minutes: a block across a clock change is an hour shorter
 * or longer.
 */
export function workingMinutes(input: {
  blocks: readonly WeeklyBlock[];
  from: string;
  to: string;
  zone: string;
  timeOff: readonly Range[];
}): number {
  const byWeekday = new Map<number, WeeklyBlock[]>();
  for (const b of input.blocks) byWeekday.set(b.weekday, [...(byWeekday.get(b.weekday) ?? []), b]);
  if (!byWeekday.size) return 0;
  let ms = 0;
  const last = day(input.to);
  for (let d = day(input.from); d <= last; d = d.plus({ days: 1 })) {
    const blocks = byWeekday.get(d.weekday);
    if (!blocks) continue;
    const ranges = blocksToRanges(d.toISODate()!, blocks, input.zone);
    for (const r of subtractRanges(ranges, input.timeOff))
      ms += r.end.getTime() - r.start.getTime();
  }
  return Math.round(ms / 60_000);
}

/** part / whole, or null when there is no whole to divide by. */
export const ratio = (part: number, whole: number): number | null =>
  whole > 0 ? part / whole : null;
