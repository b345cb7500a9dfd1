import type { BookingStatus } from '../../../gql/graphql';

/** What the caller's list needs to know of a booking. */
export interface ListedBooking {
  id: string;
  status: BookingStatus;
  startsAt: string;
  endsAt: string;
  customers: readonly { id: string }[];
  cancellationQuote: unknown;
}

/**
 * Upcoming (not ended yet, soonest first) and past (ended, latest first). A cancelled future
 * booking stays under upcoming, marked, so the student sees that the cancellation went through.
 */
export function splitBookings<T extends ListedBooking>(
  bookings: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const at = now.getTime();
  const unique = [...new Map(bookings.map((b) => [b.id, b])).values()];
  const upcoming = unique
    .filter((b) => Date.parse(b.endsAt) > at)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = unique
    .filter((b) => Date.parse(b.endsAt) <= at)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}

/**
 * The status to show the caller: a group session their people all left is cancelled for them,
 * though it goes on for the others.
 */
export function statusFor(booking: ListedBooking, mine: ReadonlySet<string>): BookingStatus {
  if (booking.status === 'CANCELLED') return 'CANCELLED';
  const stillIn = booking.customers.some((c) => mine.has(c.id));
  return stillIn || mine.size === 0 ? booking.status : 'CANCELLED';
}

/** The caller may cancel before the start while the API quotes a cancellation. */
export function canCancel(booking: ListedBooking, mine: ReadonlySet<string>, now: Date): boolean {
  return (
    booking.cancellationQuote != null &&
    Date.parse(booking.startsAt) > now.getTime() &&
    (booking.status === 'PENDING' || booking.status === 'CONFIRMED') &&
    statusFor(booking, mine) !== 'CANCELLED'
  );
}
