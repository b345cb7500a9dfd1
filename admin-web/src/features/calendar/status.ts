import type { BookingStatus } from '../../gql/graphql';
import type { Missing } from '../../shared/lib/exhaustive';

/** Every status in the order a booking goes through them (the legend's order). */
export const BOOKING_STATUSES = [
  'PENDING',
  'CONFIRMED',
  'CHECKED_IN',
  'COMPLETED',
  'NO_SHOW',
  'CANCELLED',
] as const satisfies readonly BookingStatus[];

const complete: Missing<BookingStatus, (typeof BOOKING_STATUSES)[number]> = true;
void complete;

/**
 * The API's status machine (bookings/rules.ts), for offering only the steps it allows:
 * PENDING → CONFIRMED → CHECKED_IN → COMPLETED, NO_SHOW from CONFIRMED. Cancelling has its
 * own form (reason, fee), so it is not listed here.
 */
export const NEXT_STATUSES: Record<BookingStatus, readonly BookingStatus[]> = {
  PENDING: ['CONFIRMED'],
  CONFIRMED: ['CHECKED_IN', 'NO_SHOW'],
  CHECKED_IN: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
};

/** Only a PENDING or CONFIRMED booking may be moved, resized, reassigned or cancelled. */
export function isOpen(status: BookingStatus): boolean {
  return status === 'PENDING' || status === 'CONFIRMED';
}

/**
 * Colours per status: background, text and border, every pair at least 4.5:1 (WCAG AA for
 * the small text inside an event; a unit test checks the ratios).
 */
export const STATUS_COLOURS: Record<
  BookingStatus,
  { background: string; text: string; border: string }
> = {
  PENDING: { background: '#fff3bf', text: '#5c3c00', border: '#e67700' },
  CONFIRMED: { background: '#1864ab', text: '#ffffff', border: '#0b3d6b' },
  CHECKED_IN: { background: '#237032', text: '#ffffff', border: '#144d1f' },
  COMPLETED: { background: '#495057', text: '#ffffff', border: '#212529' },
  NO_SHOW: { background: '#c92a2a', text: '#ffffff', border: '#861c1c' },
  CANCELLED: { background: '#f1f3f5', text: '#495057', border: '#adb5bd' },
};

function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
