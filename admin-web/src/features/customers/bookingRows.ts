import type { BookingStatus } from '../../gql/graphql';

interface BookingLike {
  startsAt: string;
  endsAt: string;
  location: { timezone: string };
}

/** Upcoming bookings (not yet ended) soonest first, and past ones latest first. */
export function splitBookings<T extends BookingLike>(rows: readonly T[], now: Date) {
  const upcoming = rows
    .filter((b) => new Date(b.endsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = rows
    .filter((b) => new Date(b.endsAt) <= now)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}

/** "Wed 17 Jun 2026, 12:00–14:00" in the booking location's own time zone. */
export function bookingTime(b: BookingLike, language: string): string {
  const day = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: b.location.timezone,
  }).format(new Date(b.startsAt));
  const time = new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: b.location.timezone,
  });
  return `${day}, ${time.format(new Date(b.startsAt))}–${time.format(new Date(b.endsAt))}`;
}

export const STATUS_COLORS: Record<BookingStatus, string> = {
  PENDING: 'yellow',
  CONFIRMED: 'blue',
  CHECKED_IN: 'teal',
  COMPLETED: 'green',
  CANCELLED: 'gray',
  NO_SHOW: 'red',
};
