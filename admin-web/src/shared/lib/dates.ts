/**
 * Instants as people read them, in the viewer's language and time zone. Each function takes
 * the zone as an option so tests do not depend on the machine's.
 */

function parse(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `3 Tem 2026` / `Jul 3, 2026`; anything unparsable as it came. */
export function formatDate(iso: string, language: string, timeZone?: string): string {
  const date = parse(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    ...(timeZone && { timeZone }),
  }).format(date);
}

/** `3 Tem 2026 14:05` / `Jul 3, 2026, 2:05 PM`; anything unparsable as it came. */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  const date = parse(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone && { timeZone }),
  }).format(date);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
];
const WEEK_SECONDS = 7 * 24 * 60 * 60;
// "in 9 days" says more than "next week": weeks only from the second one on.
const WEEKS_FROM_SECONDS = 2 * WEEK_SECONDS;
const RELATIVE_LIMIT_SECONDS = 30 * 24 * 60 * 60;

/**
 * How long ago (or until) an instant is, for recent ones: `3 saat önce`, `in 2 days`. Under a
 * minute is "now"; beyond 30 days the date itself says more than "5 weeks ago".
 */
export function formatRelative(
  iso: string,
  now: Date,
  language: string,
  timeZone?: string,
): string {
  const date = parse(iso);
  if (!date) return iso;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const distance = Math.abs(seconds);
  if (distance >= RELATIVE_LIMIT_SECONDS) return formatDate(iso, language, timeZone);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (distance < 60) return format.format(0, 'second');
  if (distance >= WEEKS_FROM_SECONDS)
    return format.format(Math.trunc(seconds / WEEK_SECONDS), 'week');
  let unit: [Intl.RelativeTimeFormatUnit, number] = UNITS[0]!;
  for (const candidate of UNITS) if (distance >= candidate[1]) unit = candidate;
  return format.format(Math.trunc(seconds / unit[1]), unit[0]);
}

/** True when the instant is before `now`; unparsable instants are not. */
export function isPast(iso: string, now: Date): boolean {
  const date = parse(iso);
  return date !== undefined && date.getTime() <= now.getTime();
}
