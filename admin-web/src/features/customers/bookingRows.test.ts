import { describe, expect, it } from 'vitest';
import { bookingTime, splitBookings } from './bookingRows';

const tarifa = { timezone: 'Europe/Madrid' };
const akyaka = { timezone: 'Europe/Istanbul' };

describe('a customer’s bookings', () => {
  it('split into upcoming (soonest first) and past (latest first)', () => {
    const rows = [
      {
        id: 'a',
        startsAt: '2026-06-10T10:00:00Z',
        endsAt: '2026-06-10T12:00:00Z',
        location: tarifa,
      },
      {
        id: 'b',
        startsAt: '2026-06-20T10:00:00Z',
        endsAt: '2026-06-20T12:00:00Z',
        location: tarifa,
      },
      {
        id: 'c',
        startsAt: '2026-06-12T10:00:00Z',
        endsAt: '2026-06-12T12:00:00Z',
        location: tarifa,
      },
      {
        id: 'd',
        startsAt: '2026-06-15T07:00:00Z',
        endsAt: '2026-06-15T09:00:00Z',
        location: tarifa,
      },
    ];
    const { upcoming, past } = splitBookings(rows, new Date('2026-06-15T08:00:00Z'));
    expect(upcoming.map((r) => r.id)).toEqual(['d', 'b']);
    expect(past.map((r) => r.id)).toEqual(['c', 'a']);
  });

  it('are shown in their location’s local time, whatever the browser’s', () => {
    const at = { startsAt: '2026-06-17T10:00:00Z', endsAt: '2026-06-17T12:00:00Z' };
    expect(bookingTime({ ...at, location: tarifa }, 'en-GB')).toBe('Wed, 17 Jun 2026, 12:00–14:00');
    expect(bookingTime({ ...at, location: akyaka }, 'tr')).toBe('17 Haz 2026 Çar, 13:00–15:00');
  });
});
