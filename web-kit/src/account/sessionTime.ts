/**
 * When a session started and when it was last used, as people read them: in the viewer's
 * language and the device's own time zone (a session belongs to no location). The zone is an
 * option so tests do not depend on the machine's.
 */

function parse(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `3 Tem 2026 14:05` / `Jul 3, 2026, 2:05 PM`; anything unparsable as it came. */
export function formatSessionDate(iso: string, language: string, timeZone?: string): string {
  const date = parse(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone && { timeZone }),
  }).format(date);
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// A session idles out long before this; past it the date says more than "5 weeks ago".
const RELATIVE_LIMIT = 30 * DAY;

/** Used within the last minute: the API refreshes `lastUsedAt` on every request. */
export function isActiveNow(iso: string, now: Date): boolean {
  const date = parse(iso);
  return date !== undefined && now.getTime() - date.getTime() < MINUTE * 1000;
}

/**
 * How long ago a session was last used: `5 dakika önce`, `yesterday`, `3 days ago`; the date
 * from 30 days on. An instant slightly in the future (clocks differ) counts as now.
 */
export function formatLastActive(
  iso: string,
  now: Date,
  language: string,
  timeZone?: string,
): string {
  const date = parse(iso);
  if (!date) return iso;
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  if (seconds >= RELATIVE_LIMIT) return formatSessionDate(iso, language, timeZone);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (seconds < MINUTE) return format.format(0, 'second');
  if (seconds < HOUR) return format.format(-Math.floor(seconds / MINUTE), 'minute');
  if (seconds < DAY) return format.format(-Math.floor(seconds / HOUR), 'hour');
  return format.format(-Math.floor(seconds / DAY), 'day');
}
