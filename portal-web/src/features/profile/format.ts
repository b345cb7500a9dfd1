/**
 * A date without a time (a birthday, `YYYY-MM-DD`) written out in `language`: "17 Mayıs 1994".
 * Read as UTC and shown in UTC, so no time zone moves it a day.
 */
export function formatLocalDate(date: string, language: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}
