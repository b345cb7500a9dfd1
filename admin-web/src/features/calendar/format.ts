/** Times of bookings as the location reads them, whatever the browser's zone. */

/** A booking's time as the location reads it: `Mon 3 Aug 2026, 14:00–16:00`. */
export function formatBookingTime(
  booking: { startsAt: string; endsAt: string },
  timeZone: string,
  language: string,
): string {
  try {
    return new Intl.DateTimeFormat(language, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatRange(new Date(booking.startsAt), new Date(booking.endsAt));
  } catch {
    return `${booking.startsAt} – ${booking.endsAt}`;
  }
}

/** An instant as the location reads it, 24-hour: `Nov 25, 2026, 10:00`. */
export function formatInstant(iso: string, timeZone: string, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}
