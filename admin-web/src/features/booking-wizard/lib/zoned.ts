import { formatLocalDate, localDateOf, localTimeOf } from '@plannivo/web-kit/zoned';

// Dates and times of a location, shared with the portal; only the wording of an instant as a
// date and time is the admin's own (the portal puts a comma before the time).
export * from '@plannivo/web-kit/zoned';

/** An instant as a date and time on the location's clock, in the UI language. */
export function formatLocalDateTime(instant: string, zone: string, language: string): string {
  return `${formatLocalDate(localDateOf(instant, zone), language)} ${localTimeOf(instant, zone)}`;
}
