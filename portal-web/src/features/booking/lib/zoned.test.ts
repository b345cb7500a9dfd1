import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, formatTimeRange, localDateOf, nextDays, todayIn } from './zoned';

describe('portal dates on the location’s clock', () => {
  const lateEvening = new Date('2026-10-24T22:30:00Z');

  it('starts the day list at today in the location, across the clock change', () => {
    // 00:30 on Sunday 25 October in Madrid; the clocks go back that night.
    expect(todayIn('Europe/Madrid', lateEvening)).toBe('2026-10-25');
    expect(nextDays('Europe/Madrid', 3, 0, lateEvening)).toEqual([
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
    ]);
    expect(nextDays('America/New_York', 2, 7, lateEvening)).toEqual(['2026-10-31', '2026-11-01']);
  });

  it('shows times of the location whatever the phone’s zone', () => {
    expect(formatTimeRange('2026-10-26T09:00:00Z', '2026-10-26T11:00:00Z', 'Europe/Madrid')).toBe(
      '10:00–12:00',
    );
    expect(localDateOf('2026-06-30T21:30:00Z', 'Europe/Istanbul')).toBe('2026-07-01');
    expect(formatLocalDateTime('2026-11-25T09:00:00Z', 'Europe/Istanbul', 'en')).toBe(
      'Wed, Nov 25, 2026, 12:00',
    );
  });
});
