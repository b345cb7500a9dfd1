import {
  formatLocalDate as formatLocalDateIn,
  localDateOf,
  localTimeOf,
} from '@plannivo/web-kit/zoned';

// Dates and times of a location, shared with the admin app; the portal words dates without a
// year unless asked, and puts a comma before the time.
export {
  addDays,
  formatTimeRange,
  localDateOf,
  localTimeOf,
  nextDays,
  todayIn,
} from '@plannivo/web-kit/zoned';

/** A local date in the UI language, e.g. `Wed, 25 Nov`; noon UTC reads as that date anywhere. */
export function formatLocalDate(
  date: string,
  language: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' },
): string {
  return formatLocalDateIn(date, language, options);
}

/** `Wed, 25 Nov 2026, 09:00` on the location's clock, in the UI language. */
export function formatLocalDateTime(instant: string, zone: string, language: string): string {
  const date = formatLocalDate(localDateOf(instant, zone), language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return `${date}, ${localTimeOf(instant, zone)}`;
}
