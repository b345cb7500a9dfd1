import type { BookingStatus } from './schema.js';

/**
 * The status machine: PENDING → CONFIRMED → CHECKED_IN → COMPLETED, with CANCELLED from
 * PENDING or CONFIRMED and NO_SHOW from CONFIRMED. COMPLETED, CANCELLED and NO_SHOW are final.
 */
export const TRANSITIONS: Record<BookingStatus, readonly BookingStatus[]> = {
  PENDING: ['CONFIRMED', 'CANCELLED'],
  CONFIRMED: ['CHECKED_IN', 'CANCELLED', 'NO_SHOW'],
  CHECKED_IN: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
};

export const canTransition = (from: BookingStatus, to: BookingStatus) =>
  TRANSITIONS[from].includes(to);

/** Statuses whose booking may still be moved, reassigned or joined. */
export const OPEN_STATUSES: readonly BookingStatus[] = ['PENDING', 'CONFIRMED'];

/** Statuses whose allocations hold their resources (all but CANCELLED). */
export const HOLDING_STATUSES: readonly BookingStatus[] = [
  'PENDING',
  'CONFIRMED',
  'CHECKED_IN',
  'COMPLETED',
  'NO_SHOW',
];

/** Longest booking: a stay of four weeks. */
export const MAX_BOOKING_MINUTES = 28 * 24 * 60;
/** Furthest ahead a booking may be made. */
export const MAX_DAYS_AHEAD = 2 * 365;
export const NOTES_MAX = 2000;
export const REASON_MAX = 500;
/** Most bookings one recurring request may create. */
export const MAX_SERIES = 60;

/**
 * The price of a booking in minor units: the unit price per participant, scaled by the booked
 * length against the service's (a three-hour private lesson of a two-hour service costs 1.5
 * times), rounded half up to a whole minor unit. Integer arithmetic only.
 */
export function bookingPrice(args: {
  unitPriceMinor: number;
  participants: number;
  bookedMinutes: number;
  serviceMinutes: number;
}): number {
  const numerator = args.unitPriceMinor * args.participants * args.bookedMinutes;
  return Math.floor((numerator * 2 + args.serviceMinutes) / (args.serviceMinutes * 2));
}

/**
 * What cancelling costs under the service's policy: nothing until `freeHours` before the
 * start, then `feeBps` basis points of the price (rounded half up).
 */
export function cancellationFee(args: {
  startsAt: Date;
  now: Date;
  freeHours: number;
  feeBps: number;
  priceMinor: number;
}): { feeMinor: number; late: boolean } {
  const late = args.startsAt.getTime() - args.now.getTime() < args.freeHours * 3_600_000;
  if (!late) return { feeMinor: 0, late };
  return { feeMinor: Math.floor((args.priceMinor * args.feeBps * 2 + 10_000) / 20_000), late };
}

export const minutesBetween = (from: Date, to: Date) =>
  Math.round((to.getTime() - from.getTime()) / 60_000);
