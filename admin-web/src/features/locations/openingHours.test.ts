import { describe, expect, it } from 'vitest';
import {
  copyToEveryDay,
  rangesFromWeek,
  sameRanges,
  toTimeOfDay,
  weekdayNames,
  weekFromRanges,
} from './openingHours';

describe('opening hours', () => {
  it('turns the API ranges into seven rows, Monday first, missing days closed', () => {
    const week = weekFromRanges([
      { weekday: 6, open: '10:00', close: '16:00' },
      { weekday: 1, open: '09:30', close: '18:30' },
    ]);
    expect(week).toHaveLength(7);
    expect(week[0]).toEqual({ weekday: 1, open: true, from: '09:30', to: '18:30' });
    expect(week[1]).toEqual({ weekday: 2, open: false, from: '09:00', to: '18:00' });
    expect(week[5]).toEqual({ weekday: 6, open: true, from: '10:00', to: '16:00' });
  });

  it('sends only the open days, and round-trips', () => {
    const ranges = [
      { weekday: 1, open: '09:30', close: '18:30' },
      { weekday: 7, open: '00:00', close: '23:59' },
    ];
    expect(rangesFromWeek(weekFromRanges(ranges))).toEqual({ ranges, invalid: [] });
  });

  it.each([
    ['opening after closing', '18:00', '09:00'],
    ['opening when closing', '09:00', '09:00'],
    ['a missing time', '', '18:00'],
    ['not a time', '25:00', '26:00'],
  ])('names the weekday with %s', (_, from, to) => {
    const week = weekFromRanges([{ weekday: 1, open: '09:00', close: '18:00' }]);
    week[2] = { weekday: 3, open: true, from, to };
    expect(rangesFromWeek(week)).toEqual({ ranges: null, invalid: [3] });
  });

  it('ignores the times of a closed day, whatever they are', () => {
    const week = weekFromRanges([]);
    week[0] = { weekday: 1, open: false, from: '20:00', to: '' };
    expect(rangesFromWeek(week)).toEqual({ ranges: [], invalid: [] });
  });

  it('reads time inputs with seconds and refuses anything else', () => {
    expect(toTimeOfDay('09:15:00')).toBe('09:15');
    expect(toTimeOfDay('9:15')).toBe('');
    expect(toTimeOfDay('')).toBe('');
  });

  it('compares weeks in any order and copies one day to all', () => {
    const a = [
      { weekday: 2, open: '09:00', close: '17:00' },
      { weekday: 1, open: '09:00', close: '17:00' },
    ];
    expect(sameRanges(a, [...a].reverse())).toBe(true);
    expect(sameRanges(a, a.slice(1))).toBe(false);
    const week = weekFromRanges(a);
    const all = copyToEveryDay(week, week[0]!);
    expect(rangesFromWeek(all).ranges).toHaveLength(7);
    expect(all.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('names weekdays in the reader’s language, Monday first', () => {
    expect(weekdayNames('en')[0]).toBe('Monday');
    expect(weekdayNames('tr')[0]).toBe('Pazartesi');
    expect(weekdayNames('tr')[6]).toBe('Pazar');
  });
});
