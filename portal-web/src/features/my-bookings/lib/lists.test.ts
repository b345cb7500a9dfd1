import { describe, expect, it } from 'vitest';
import { canCancel, splitBookings, statusFor, type ListedBooking } from './lists';

const now = new Date('2026-11-24T12:00:00Z');
const booking = (
  id: string,
  startsAt: string,
  endsAt: string,
  extra: Partial<ListedBooking> = {},
) => ({
  id,
  status: 'CONFIRMED' as const,
  startsAt,
  endsAt,
  customers: [{ id: 'me' }],
  cancellationQuote: {},
  ...extra,
});

describe('splitBookings', () => {
  it('puts what has not ended under upcoming, soonest first, and the rest under past, latest first', () => {
    const list = [
      booking('later', '2026-11-28T09:00:00Z', '2026-11-28T11:00:00Z'),
      booking('old', '2026-10-01T09:00:00Z', '2026-10-01T11:00:00Z'),
      booking('running', '2026-11-24T11:00:00Z', '2026-11-24T13:00:00Z'),
      booking('yesterday', '2026-11-23T09:00:00Z', '2026-11-23T11:00:00Z'),
      booking('later', '2026-11-28T09:00:00Z', '2026-11-28T11:00:00Z'),
    ];
    const { upcoming, past } = splitBookings(list, now);
    expect(upcoming.map((b) => b.id)).toEqual(['running', 'later']);
    expect(past.map((b) => b.id)).toEqual(['yesterday', 'old']);
  });
});

describe('statusFor and canCancel', () => {
  const mine = new Set(['me', 'kid']);

  it('shows a group the family left as cancelled, and offers no cancelling then', () => {
    const left = booking('g', '2026-11-28T09:00:00Z', '2026-11-28T11:00:00Z', {
      customers: [{ id: 'someone-else' }],
    });
    expect(statusFor(left, mine)).toBe('CANCELLED');
    expect(canCancel(left, mine, now)).toBe(false);
  });

  it('lets the family cancel a future requested or confirmed booking the API quotes', () => {
    const future = booking('f', '2026-11-28T09:00:00Z', '2026-11-28T11:00:00Z');
    expect(canCancel(future, mine, now)).toBe(true);
    expect(canCancel({ ...future, status: 'PENDING' }, mine, now)).toBe(true);
    expect(canCancel({ ...future, cancellationQuote: null }, mine, now)).toBe(false);
    expect(canCancel({ ...future, status: 'CHECKED_IN' }, mine, now)).toBe(false);
    const started = booking('s', '2026-11-24T11:00:00Z', '2026-11-24T13:00:00Z');
    expect(canCancel(started, mine, now)).toBe(false);
  });
});
