/** One weekday's row in the opening hours form; weekday 1 (Monday) to 7 (Sunday). */
export interface DayHours {
  weekday: number;
  open: boolean;
  from: string;
  to: string;
}

/** A day's range as the API keeps it: local HH:MM, open before close. */
export interface OpeningRange {
  weekday: number;
  open: string;
  close: string;
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** What a closed day offers when it is switched open. */
const DEFAULT_FROM = '09:00';
const DEFAULT_TO = '18:00';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time input's value as HH:MM ("09:00:00" → "09:00"); empty when it is not a time. */
export function toTimeOfDay(value: string): string {
  const short = value.trim().slice(0, 5);
  return TIME.test(short) ? short : '';
}

/** The week as seven rows, Monday first; days missing from `ranges` are closed. */
export function weekFromRanges(ranges: readonly OpeningRange[]): DayHours[] {
  return WEEKDAYS.map((weekday) => {
    const range = ranges.find((r) => r.weekday === weekday);
    return range
      ? { weekday, open: true, from: range.open, to: range.close }
      : { weekday, open: false, from: DEFAULT_FROM, to: DEFAULT_TO };
  });
}

/**
 * The open days of the form as the API takes them, or the weekdays whose range is not a
 * valid time pair (opening at or after closing, or a missing time).
 */
export function rangesFromWeek(
  week: readonly DayHours[],
): { ranges: OpeningRange[]; invalid: [] } | { ranges: null; invalid: number[] } {
  const invalid: number[] = [];
  const ranges: OpeningRange[] = [];
  for (const day of week) {
    if (!day.open) continue;
    const from = toTimeOfDay(day.from);
    const to = toTimeOfDay(day.to);
    if (!from || !to || from >= to) invalid.push(day.weekday);
    else ranges.push({ weekday: day.weekday, open: from, close: to });
  }
  return invalid.length ? { ranges: null, invalid } : { ranges, invalid: [] };
}

/** True when two lists of ranges describe the same week, in any order. */
export function sameRanges(a: readonly OpeningRange[], b: readonly OpeningRange[]): boolean {
  const key = (ranges: readonly OpeningRange[]) =>
    [...ranges]
      .sort((x, y) => x.weekday - y.weekday)
      .map((r) => `${r.weekday} ${r.open}-${r.close}`)
      .join(',');
  return key(a) === key(b);
}

/** Every day takes `source`'s hours and whether it is open. */
export function copyToEveryDay(week: readonly DayHours[], source: DayHours): DayHours[] {
  return week.map((day) => ({ ...source, weekday: day.weekday }));
}

/**
 * Weekday names in a language, Monday first: 2024-01-01 was a Monday, so day n of that week
 * is weekday n.
 */
export function weekdayNames(language: string, width: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' });
  return WEEKDAYS.map((weekday) => format.format(new Date(Date.UTC(2024, 0, weekday))));
}
