import { describe, expect, it } from 'vitest';
import {
  addDays,
  dailyStarts,
  dayBounds,
  formatLocalDate,
  formatTimeRange,
  instantAt,
  isLocalDate,
  localDateOf,
  localTimeOf,
  nextDays,
  todayIn,
} from './zoned';

const MADRID = 'Europe/Madrid';
const ISTANBUL = 'Europe/Istanbul';

describe('dailyStarts: a series at the same local time each day', () => {
  it('keeps 10:00 in Madrid across the autumn change (25 Oct 2026: CEST → CET)', () => {
    // 10:00 CEST is 08:00 UTC; from Sunday 25 October 10:00 CET is 09:00 UTC.
    expect(dailyStarts('2026-10-23T08:00:00.000Z', MADRID, 5)).toEqual([
      '2026-10-23T08:00:00.000Z',
      '2026-10-24T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
      '2026-10-27T09:00:00.000Z',
    ]);
  });

  it('keeps 10:00 in Madrid across the spring change (29 Mar 2026: CET → CEST)', () => {
    expect(dailyStarts('2026-03-28T09:00:00.000Z', MADRID, 3)).toEqual([
      '2026-03-28T09:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
    ]);
  });

  it('every start reads the same local time in Madrid', () => {
    const starts = dailyStarts('2026-10-20T15:30:00.000Z', MADRID, 10);
    expect(new Set(starts.map((s) => localTimeOf(s, MADRID)))).toEqual(new Set(['17:30']));
    expect(starts.map((s) => localDateOf(s, MADRID))).toEqual(
      Array.from({ length: 10 }, (_, i) => addDays('2026-10-20', i)),
    );
  });

  it('moves nothing in Istanbul, which has no clock change', () => {
    expect(dailyStarts('2026-10-24T07:00:00.000Z', ISTANBUL, 3)).toEqual([
      '2026-10-24T07:00:00.000Z',
      '2026-10-25T07:00:00.000Z',
      '2026-10-26T07:00:00.000Z',
    ]);
  });

  it('uses the location’s date, not the UTC one, for a start just after local midnight', () => {
    // 00:30 on 1 July in Istanbul is still 30 June in UTC.
    expect(dailyStarts('2026-06-30T21:30:00.000Z', ISTANBUL, 2)).toEqual([
      '2026-06-30T21:30:00.000Z',
      '2026-07-01T21:30:00.000Z',
    ]);
  });

  it('gives one start for a count of 1 and none for 0', () => {
    expect(dailyStarts('2026-10-23T08:00:00.000Z', MADRID, 1)).toEqual([
      '2026-10-23T08:00:00.000Z',
    ]);
    expect(dailyStarts('2026-10-23T08:00:00.000Z', MADRID, 0)).toEqual([]);
  });
});

describe('instantAt and dayBounds', () => {
  it('reads a wall-clock time in the location’s zone', () => {
    expect(instantAt('2026-07-01', '12:30', ISTANBUL)).toBe('2026-07-01T09:30:00.000Z');
    expect(instantAt('2026-01-15', '10:30', MADRID)).toBe('2026-01-15T09:30:00.000Z');
  });

  it('makes the day clocks go back 25 hours long and the day they go forward 23', () => {
    const autumn = dayBounds('2026-10-25', MADRID);
    expect(autumn).toEqual({ from: '2026-10-24T22:00:00.000Z', to: '2026-10-25T23:00:00.000Z' });
    const spring = dayBounds('2026-03-29', MADRID);
    expect(Date.parse(spring.to) - Date.parse(spring.from)).toBe(23 * 3_600_000);
  });

  it('refuses what is not a date or a time', () => {
    expect(() => instantAt('2026-02-30', '10:00', MADRID)).toThrow(RangeError);
    expect(() => instantAt('2026-02-10', '24:00', MADRID)).toThrow(RangeError);
  });
});

describe('local dates', () => {
  it('knows real dates', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('26-2-1')).toBe(false);
  });

  it('adds days over month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('takes today from the location’s calendar', () => {
    const lateEvening = new Date('2026-07-01T22:30:00Z');
    expect(todayIn(ISTANBUL, lateEvening)).toBe('2026-07-02');
    expect(todayIn(MADRID, lateEvening)).toBe('2026-07-02');
    expect(todayIn('America/New_York', lateEvening)).toBe('2026-07-01');
  });

  it('formats in the UI language, the same day whatever the browser’s zone', () => {
    expect(formatLocalDate('2026-11-25', 'en')).toBe('Wed, Nov 25, 2026');
    expect(formatLocalDate('2026-11-25', 'tr')).toBe('25 Kas 2026 Çar');
    expect(formatTimeRange('2026-11-25T09:00:00Z', '2026-11-25T11:00:00Z', MADRID)).toBe(
      '10:00–12:00',
    );
  });
});

describe('the next days at the location', () => {
  const lateEvening = new Date('2026-10-24T22:30:00Z');

  it('starts the day list at today in the location, across the clock change', () => {
    // 00:30 on Sunday 25 October in Madrid; the clocks go back that night.
    expect(todayIn(MADRID, lateEvening)).toBe('2026-10-25');
    expect(nextDays(MADRID, 3, 0, lateEvening)).toEqual(['2026-10-25', '2026-10-26', '2026-10-27']);
    expect(nextDays('America/New_York', 2, 7, lateEvening)).toEqual(['2026-10-31', '2026-11-01']);
  });

  it('shows times of the location whatever the phone’s zone', () => {
    expect(formatTimeRange('2026-10-26T09:00:00Z', '2026-10-26T11:00:00Z', MADRID)).toBe(
      '10:00–12:00',
    );
    expect(localDateOf('2026-06-30T21:30:00Z', ISTANBUL)).toBe('2026-07-01');
  });
});
