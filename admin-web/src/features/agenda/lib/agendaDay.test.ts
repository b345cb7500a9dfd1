import { describe, expect, it } from 'vitest';
import { agendaWindow, lessonsOfDay, nextStatuses, shiftDay } from './agendaDay';

const lesson = (startsAt: string, timezone: string, status = 'CONFIRMED' as const) => ({
  id: startsAt,
  startsAt,
  status,
  location: { timezone },
});

describe('lessonsOfDay', () => {
  it('keeps the lessons of the local day at each lesson’s own location, in order', () => {
    const lessons = [
      lesson('2026-11-25T15:00:00.000Z', 'Europe/Madrid'),
      // 00:30 on the 26th in Istanbul, though still the 25th in UTC.
      lesson('2026-11-25T21:30:00.000Z', 'Europe/Istanbul'),
      lesson('2026-11-25T07:00:00.000Z', 'Europe/Istanbul'),
      // 23:30 on the 24th in Madrid.
      lesson('2026-11-24T22:30:00.000Z', 'Europe/Madrid'),
    ];
    expect(lessonsOfDay(lessons, '2026-11-25').map((l) => l.startsAt)).toEqual([
      '2026-11-25T07:00:00.000Z',
      '2026-11-25T15:00:00.000Z',
    ]);
  });

  it('leaves cancelled lessons out', () => {
    expect(
      lessonsOfDay(
        [lesson('2026-11-25T09:00:00.000Z', 'Europe/Madrid', 'CANCELLED' as never)],
        '2026-11-25',
      ),
    ).toEqual([]);
  });

  it('reads the day clocks go back as 25 hours long', () => {
    const lessons = [
      lesson('2026-10-24T22:30:00.000Z', 'Europe/Madrid'), // 00:30 CEST on the 25th
      lesson('2026-10-25T22:30:00.000Z', 'Europe/Madrid'), // 23:30 CET on the 25th
    ];
    expect(lessonsOfDay(lessons, '2026-10-25')).toHaveLength(2);
  });
});

describe('agendaWindow', () => {
  it('spans the local day of every zone the instructor works in', () => {
    expect(agendaWindow('2026-11-25', ['Europe/Madrid'])).toEqual({
      from: '2026-11-24T23:00:00.000Z',
      to: '2026-11-25T23:00:00.000Z',
    });
    expect(agendaWindow('2026-11-25', ['Europe/Madrid', 'Europe/Istanbul'])).toEqual({
      from: '2026-11-24T21:00:00.000Z',
      to: '2026-11-25T23:00:00.000Z',
    });
    expect(agendaWindow('2026-11-25', [])).toEqual({
      from: '2026-11-25T00:00:00.000Z',
      to: '2026-11-26T00:00:00.000Z',
    });
  });

  it('moves a day at a time over month ends', () => {
    expect(shiftDay('2026-11-30', 1)).toBe('2026-12-01');
    expect(shiftDay('2026-12-01', -1)).toBe('2026-11-30');
  });
});

describe('nextStatuses', () => {
  it('offers check-in or no-show for a confirmed lesson, completion once checked in', () => {
    expect(nextStatuses('CONFIRMED', 'INSTRUCTOR')).toEqual(['CHECKED_IN', 'NO_SHOW']);
    expect(nextStatuses('CHECKED_IN', 'INSTRUCTOR')).toEqual(['COMPLETED']);
    expect(nextStatuses('COMPLETED', 'MANAGER')).toEqual([]);
    expect(nextStatuses('NO_SHOW', 'ADMIN')).toEqual([]);
  });

  it('lets only management confirm a requested lesson', () => {
    expect(nextStatuses('PENDING', 'MANAGER')).toEqual(['CONFIRMED']);
    expect(nextStatuses('PENDING', 'INSTRUCTOR')).toEqual([]);
  });
});
