import { describe, expect, it } from 'vitest';
import { instantOfWallClock, isKnownTimeZone, wallClockAt } from './wallClock';

const MADRID = 'Europe/Madrid';
const ISTANBUL = 'Europe/Istanbul';

function wall(year: number, month: number, day: number, hour: number, minute: number) {
  return { year, month, day, hour, minute, second: 0 };
}

describe('a location’s wall clock ↔ instants', () => {
  it.each([
    ['2026-08-03T12:00:00.000Z', MADRID, wall(2026, 8, 3, 14, 0)],
    ['2026-01-15T09:30:00.000Z', MADRID, wall(2026, 1, 15, 10, 30)],
    ['2026-01-15T09:30:00.000Z', ISTANBUL, wall(2026, 1, 15, 12, 30)],
    // Late evening UTC is the next day in Istanbul.
    ['2026-08-03T22:15:00.000Z', ISTANBUL, wall(2026, 8, 4, 1, 15)],
  ])('%s in %s both ways', (iso, zone, clock) => {
    expect(wallClockAt(Date.parse(iso), zone)).toEqual(clock);
    expect(new Date(instantOfWallClock(clock, zone)).toISOString()).toBe(iso);
  });

  it('throws for a zone the browser does not know', () => {
    expect(() => wallClockAt(0, 'Mars/Olympus')).toThrow(RangeError);
    expect(isKnownTimeZone('Europe/Istanbul')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('the days clocks change in Europe/Madrid', () => {
  // 2026-03-29: 02:00 CET becomes 03:00 CEST. 2026-10-25: 03:00 CEST becomes 02:00 CET.
  it('spring forward: 10:00 that day is 08:00Z, 01:30 is still 00:30Z', () => {
    expect(instantOfWallClock(wall(2026, 3, 29, 10, 0), MADRID)).toBe(
      Date.parse('2026-03-29T08:00:00Z'),
    );
    expect(instantOfWallClock(wall(2026, 3, 29, 1, 30), MADRID)).toBe(
      Date.parse('2026-03-29T00:30:00Z'),
    );
  });

  it('spring forward: a time in the skipped hour lands after the gap', () => {
    // 02:30 does not exist in Madrid that night; the clock shows 03:30 an hour after 01:30.
    const instant = instantOfWallClock(wall(2026, 3, 29, 2, 30), MADRID);
    expect(new Date(instant).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClockAt(instant, MADRID)).toMatchObject({ hour: 3, minute: 30 });
  });

  it('fall back: a time shown twice is the first of the two', () => {
    expect(new Date(instantOfWallClock(wall(2026, 10, 25, 2, 30), MADRID)).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    // Both 02:30s read as 02:30.
    expect(wallClockAt(Date.parse('2026-10-25T00:30:00Z'), MADRID)).toMatchObject({
      hour: 2,
      minute: 30,
    });
    expect(wallClockAt(Date.parse('2026-10-25T01:30:00Z'), MADRID)).toMatchObject({
      hour: 2,
      minute: 30,
    });
    // Afternoon of that day is winter time again.
    expect(new Date(instantOfWallClock(wall(2026, 10, 25, 14, 0), MADRID)).toISOString()).toBe(
      '2026-10-25T13:00:00.000Z',
    );
  });
});
