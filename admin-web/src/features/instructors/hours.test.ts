import { describe, expect, it } from 'vitest';
import {
  emptyWeek,
  hoursInput,
  sameWeek,
  suggestRange,
  weekdayNames,
  weeklyMinutes,
  weekOf,
  weekProblems,
  type WeekDraft,
} from './hours';

const range = (key: string, start: string, end: string) => ({ key, start, end });
const weekWith = (weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7, ...ranges: ReturnType<typeof range>[]) => {
  const week = emptyWeek();
  week[weekday] = ranges;
  return week;
};

describe('the weekly grid', () => {
  it('groups the API’s blocks by weekday, each day by start, and sends them back sorted', () => {
    const week = weekOf([
      { weekday: 4, start: '14:00', end: '18:30' },
      { weekday: 1, start: '09:00', end: '12:30' },
      { weekday: 4, start: '09:00', end: '13:00' },
    ]);
    expect(week[4].map((r) => r.start)).toEqual(['09:00', '14:00']);
    expect(week[2]).toEqual([]);
    expect(hoursInput(week)).toEqual([
      { weekday: 1, start: '09:00', end: '12:30' },
      { weekday: 4, start: '09:00', end: '13:00' },
      { weekday: 4, start: '14:00', end: '18:30' },
    ]);
  });

  it('sees no change when only the order within a day differs', () => {
    const a = weekWith(4, range('a', '14:00', '18:00'), range('b', '09:00', '13:00'));
    const b = weekWith(4, range('c', '09:00', '13:00'), range('d', '14:00', '18:00'));
    expect(sameWeek(a, b)).toBe(true);
    expect(sameWeek(a, weekWith(4, range('e', '09:00', '13:00')))).toBe(false);
  });

  it.each([
    ['touching ranges', [range('a', '09:00', '12:00'), range('b', '12:00', '15:00')], {}],
    [
      'an overlap by a minute',
      [range('a', '09:00', '13:00'), range('b', '12:59', '15:00')],
      { a: 'overlap', b: 'overlap' },
    ],
    [
      'a range inside another',
      [range('a', '08:00', '18:00'), range('b', '10:00', '11:00')],
      { a: 'overlap', b: 'overlap' },
    ],
    ['an end before the start', [range('a', '13:00', '09:00')], { a: 'endBeforeStart' }],
    ['a zero-length range', [range('a', '09:00', '09:00')], { a: 'endBeforeStart' }],
    ['an empty time', [range('a', '09:00', '')], { a: 'incomplete' }],
  ])('%s', (_name, ranges, expected) => {
    expect(Object.fromEntries(weekProblems(weekWith(2, ...ranges)))).toEqual(expected);
  });

  it('compares ranges within a day only', () => {
    const week: WeekDraft = {
      ...emptyWeek(),
      1: [range('a', '09:00', '13:00')],
      2: [range('b', '09:00', '13:00')],
    };
    expect(weekProblems(week).size).toBe(0);
    expect(weeklyMinutes(week)).toBe(480);
  });

  it('suggests a new range after the day’s last one, or a morning on an empty day', () => {
    expect(suggestRange([])).toMatchObject({ start: '09:00', end: '13:00' });
    expect(suggestRange([range('a', '09:00', '12:30')])).toMatchObject({
      start: '12:30',
      end: '14:30',
    });
    expect(suggestRange([range('a', '20:00', '23:00')])).toMatchObject({
      start: '23:00',
      end: '23:59',
    });
    expect(suggestRange([range('a', '20:00', '23:59')])).toMatchObject({ start: '', end: '' });
  });

  it('names the weekdays Monday first in the UI language', () => {
    expect(weekdayNames('en')).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(weekdayNames('tr')[3]).toBe('Perşembe');
  });
});
