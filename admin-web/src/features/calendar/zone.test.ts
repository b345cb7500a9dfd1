import { describe, expect, it } from 'vitest';
import { visibleRange } from './range';
import { floatingDay, fromFloating, parseDay, toFloating } from './zone';

const MADRID = 'Europe/Madrid';
const ISTANBUL = 'Europe/Istanbul';

/** The local fields of a floating date, as the calendar reads them. */
const fields = (d: Date) => [
  d.getFullYear(),
  d.getMonth() + 1,
  d.getDate(),
  d.getHours(),
  d.getMinutes(),
];

// These hold in whatever zone the tests run: only the local fields of floating dates matter.
describe('toFloating: an instant as the location’s wall clock', () => {
  it.each([
    // Summer in Tarifa: UTC+2.
    ['2026-08-03T12:00:00.000Z', MADRID, [2026, 8, 3, 14, 0]],
    // Winter in Tarifa: UTC+1.
    ['2026-01-15T09:30:00.000Z', MADRID, [2026, 1, 15, 10, 30]],
    // Akyaka is UTC+3 all year.
    ['2026-01-15T09:30:00.000Z', ISTANBUL, [2026, 1, 15, 12, 30]],
    ['2026-08-03T12:00:00.000Z', ISTANBUL, [2026, 8, 3, 15, 0]],
    // Late evening UTC is the next day in Istanbul.
    ['2026-08-03T22:15:00.000Z', ISTANBUL, [2026, 8, 4, 1, 15]],
  ])('%s in %s', (iso, zone, expected) => {
    expect(fields(toFloating(iso, zone))).toEqual(expected);
  });
});

describe('fromFloating: a dropped wall-clock time back to the instant', () => {
  it.each([
    [[2026, 8, 3, 14, 0], MADRID, '2026-08-03T12:00:00.000Z'],
    [[2026, 1, 15, 10, 30], MADRID, '2026-01-15T09:30:00.000Z'],
    [[2026, 1, 15, 12, 30], ISTANBUL, '2026-01-15T09:30:00.000Z'],
    [[2026, 8, 4, 1, 15], ISTANBUL, '2026-08-03T22:15:00.000Z'],
  ] as const)('%j in %s', ([y, mo, d, h, mi], zone, iso) => {
    expect(fromFloating(new Date(y, mo - 1, d, h, mi), zone).toISOString()).toBe(iso);
  });

  it('round-trips every quarter hour of a week in both zones', () => {
    for (const zone of [MADRID, ISTANBUL]) {
      for (let ms = Date.UTC(2026, 7, 3, 5); ms < Date.UTC(2026, 7, 10, 20); ms += 15 * 60_000) {
        const instant = new Date(ms);
        expect(fromFloating(toFloating(instant, zone), zone).getTime()).toBe(ms);
      }
    }
  });
});

describe('the days clocks change in Europe/Madrid (Istanbul has none)', () => {
  // 2026-03-29: 02:00 CET becomes 03:00 CEST. 2026-10-25: 03:00 CEST becomes 02:00 CET.
  // The wall clock's own rules on those nights are tested in web-kit (src/time/wallClock.test.ts).
  it('spring forward: 10:00 that day shows as 10:00, 01:30 as 01:30', () => {
    expect(fields(toFloating('2026-03-29T08:00:00Z', MADRID))).toEqual([2026, 3, 29, 10, 0]);
    expect(fields(toFloating('2026-03-29T00:30:00Z', MADRID))).toEqual([2026, 3, 29, 1, 30]);
  });

  it('a lesson on the spring-forward day keeps its wall-clock times both ways', () => {
    const start = toFloating('2026-03-29T08:00:00Z', MADRID); // 10:00
    const end = toFloating('2026-03-29T10:00:00Z', MADRID); // 12:00
    expect([start.getHours(), end.getHours()]).toEqual([10, 12]);
    expect(fromFloating(start, MADRID).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(fromFloating(end, MADRID).toISOString()).toBe('2026-03-29T10:00:00.000Z');
  });

  it('the day view asks for the whole 23-hour and 25-hour days', () => {
    const spring = visibleRange(parseDay('2026-03-29')!, 'day', MADRID);
    expect(spring).toEqual({ from: '2026-03-28T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z' });
    const autumn = visibleRange(parseDay('2026-10-25')!, 'day', MADRID);
    expect(autumn).toEqual({ from: '2026-10-24T22:00:00.000Z', to: '2026-10-25T23:00:00.000Z' });
    // Istanbul: always 24 hours, UTC+3.
    const istanbul = visibleRange(parseDay('2026-03-29')!, 'day', ISTANBUL);
    expect(istanbul).toEqual({ from: '2026-03-28T21:00:00.000Z', to: '2026-03-29T21:00:00.000Z' });
  });

  it('the week view runs Monday to Monday at the location', () => {
    expect(visibleRange(parseDay('2026-03-29')!, 'week', MADRID)).toEqual({
      from: '2026-03-22T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
  });
});

describe('days', () => {
  it('reads and writes YYYY-MM-DD, refusing impossible dates', () => {
    expect(floatingDay(parseDay('2026-08-03')!)).toBe('2026-08-03');
    expect(parseDay('2026-02-31')).toBeNull();
    expect(parseDay('03.08.2026')).toBeNull();
    expect(parseDay(null)).toBeNull();
  });
});
