import { floatingDay, fromFloating } from './zone';

export const CALENDAR_VIEWS = ['day', 'week'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** Floating midnight of the Monday of the week `day` (floating) falls in. */
export function mondayOf(day: Date): Date {
  const offset = (day.getDay() + 6) % 7;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() - offset);
}

/** Floating midnight `n` days after `day`'s (calendar days, whatever the clocks do). */
export function addDays(day: Date, n: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + n);
}

/** The floating days a view shows around `day`: [start, end) at midnights. */
export function visibleDays(day: Date, view: CalendarView): { start: Date; end: Date } {
  const start =
    view === 'week' ? mondayOf(day) : new Date(day.getFullYear(), day.getMonth(), day.getDate());
  return { start, end: addDays(start, view === 'week' ? 7 : 1) };
}

/**
 * The instants the bookings query asks for: from the location's midnight that starts the
 * view to the midnight that ends it (a day of 23 or 25 hours on a clock change is whole).
 */
export function visibleRange(
  day: Date,
  view: CalendarView,
  timeZone: string,
): { from: string; to: string } {
  const { start, end } = visibleDays(day, view);
  return {
    from: fromFloating(start, timeZone).toISOString(),
    to: fromFloating(end, timeZone).toISOString(),
  };
}

/** The day the previous or next button goes to. */
export function stepDay(day: Date, view: CalendarView, direction: -1 | 1): string {
  return floatingDay(addDays(day, direction * (view === 'week' ? 7 : 1)));
}

/** Whether [startsAt, endsAt) overlaps [from, to) (ISO instants). */
export function overlapsRange(
  booking: { startsAt: string; endsAt: string },
  range: { from: string; to: string },
): boolean {
  return (
    Date.parse(booking.startsAt) < Date.parse(range.to) &&
    Date.parse(booking.endsAt) > Date.parse(range.from)
  );
}
