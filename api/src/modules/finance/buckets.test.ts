import { describe, expect, it } from 'vitest';
import {
  ageBucket,
  ageInDays,
  bucketThresholds,
  daysInRange,
  periodBuckets,
  ratio,
  subtractRanges,
  workingMinutes,
  type Granularity,
} from './buckets.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const range = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });

describe('periodBuckets', () => {
  it.each<[string, string, string, Granularity, Array<[string, string]>]>([
    ['one day', '2026-03-29', '2026-03-29', 'DAY', [['2026-03-29', '2026-03-29']]],
    [
      'three days',
      '2026-02-27',
      '2026-03-01',
      'DAY',
      [
        ['2026-02-27', '2026-02-27'],
        ['2026-02-28', '2026-02-28'],
        ['2026-03-01', '2026-03-01'],
      ],
    ],
    [
      'weeks cut at both ends (Wednesday to Tuesday)',
      '2026-03-25',
      '2026-04-07',
      'WEEK',
      [
        ['2026-03-25', '2026-03-29'],
        ['2026-03-30', '2026-04-05'],
        ['2026-04-06', '2026-04-07'],
      ],
    ],
    [
      'a Sunday alone is its own week',
      '2026-03-29',
      '2026-03-29',
      'WEEK',
      [['2026-03-29', '2026-03-29']],
    ],
    [
      'weeks across a year end (ISO week 53 of 2026)',
      '2026-12-28',
      '2027-01-05',
      'WEEK',
      [
        ['2026-12-28', '2027-01-03'],
        ['2027-01-04', '2027-01-05'],
      ],
    ],
    [
      'months cut at both ends, leap February',
      '2028-01-15',
      '2028-03-10',
      'MONTH',
      [
        ['2028-01-15', '2028-01-31'],
        ['2028-02-01', '2028-02-29'],
        ['2028-03-01', '2028-03-10'],
      ],
    ],
    [
      'whole months',
      '2026-01-01',
      '2026-02-28',
      'MONTH',
      [
        ['2026-01-01', '2026-01-31'],
        ['2026-02-01', '2026-02-28'],
      ],
    ],
    ['reversed range', '2026-03-02', '2026-03-01', 'DAY', []],
  ])('%s', (_name, from, to, granularity, expected) => {
    expect(periodBuckets(from, to, granularity).map((b) => [b.start, b.end])).toEqual(expected);
  });

  it('counts two years of days', () => {
    expect(periodBuckets('2026-01-01', '2027-12-31', 'DAY')).toHaveLength(730);
    expect(daysInRange('2026-01-01', '2027-12-31')).toBe(730);
    expect(daysInRange('2026-03-01', '2026-03-01')).toBe(1);
    expect(daysInRange('2026-03-02', '2026-03-01')).toBe(0);
  });
});

describe('bucketThresholds', () => {
  it('Madrid, spring forward: the 29th of March 2026 is 23 hours long', () => {
    const buckets = periodBuckets('2026-03-28', '2026-03-30', 'DAY');
    expect(iso(bucketThresholds(buckets, 'Europe/Madrid'))).toEqual([
      '2026-03-27T23:00:00.000Z',
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      '2026-03-30T22:00:00.000Z',
    ]);
  });

  it('Madrid, fall back: the 25th of October 2026 is 25 hours long', () => {
    const buckets = periodBuckets('2026-10-25', '2026-10-26', 'DAY');
    const [a, b, c] = bucketThresholds(buckets, 'Europe/Madrid');
    expect(iso([a!, b!, c!])).toEqual([
      '2026-10-24T22:00:00.000Z',
      '2026-10-25T23:00:00.000Z',
      '2026-10-26T23:00:00.000Z',
    ]);
    expect((b!.getTime() - a!.getTime()) / 3_600_000).toBe(25);
  });

  it('Istanbul keeps UTC+3 all year: every day 24 hours, the same dates as Madrid', () => {
    const buckets = periodBuckets('2026-03-28', '2026-03-30', 'DAY');
    expect(iso(bucketThresholds(buckets, 'Europe/Istanbul'))).toEqual([
      '2026-03-27T21:00:00.000Z',
      '2026-03-28T21:00:00.000Z',
      '2026-03-29T21:00:00.000Z',
      '2026-03-30T21:00:00.000Z',
    ]);
  });

  it('months in Madrid: March begins in winter time, April in summer time', () => {
    const buckets = periodBuckets('2026-03-01', '2026-04-30', 'MONTH');
    expect(iso(bucketThresholds(buckets, 'Europe/Madrid'))).toEqual([
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
      '2026-04-30T22:00:00.000Z',
    ]);
  });

  it('a zone whose midnight the clocks skip starts the day at 01:00 (Santiago, 2026-09-06)', () => {
    const [start] = bucketThresholds(
      [{ start: '2026-09-06', end: '2026-09-06' }],
      'America/Santiago',
    );
    expect(start!.toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });

  it('no buckets, no thresholds', () => {
    expect(bucketThresholds([], 'Europe/Madrid')).toEqual([]);
  });
});

describe('receivable ages', () => {
  it.each<[number, string]>([
    [0, 'DAYS_0_7'],
    [7, 'DAYS_0_7'],
    [8, 'DAYS_8_30'],
    [30, 'DAYS_8_30'],
    [31, 'DAYS_31_90'],
    [90, 'DAYS_31_90'],
    [91, 'DAYS_OVER_90'],
    [4000, 'DAYS_OVER_90'],
  ])('%i days is %s', (days, bucket) => {
    expect(ageBucket(days)).toBe(bucket);
  });

  it('counts whole days', () => {
    const since = new Date('2026-03-01T10:00:00Z');
    expect(ageInDays(since, new Date('2026-03-01T23:59:00Z'))).toBe(0);
    expect(ageInDays(since, new Date('2026-03-02T10:00:00Z'))).toBe(1);
    expect(ageInDays(since, new Date('2026-03-09T09:59:59Z'))).toBe(7);
    expect(ageInDays(since, new Date('2026-02-01T00:00:00Z'))).toBe(0);
  });
});

describe('subtractRanges', () => {
  const day = range('2026-03-02T08:00:00Z', '2026-03-02T20:00:00Z');
  it.each<[string, Array<{ start: Date; end: Date }>, Array<[string, string]>]>([
    ['no holes', [], [['2026-03-02T08:00:00.000Z', '2026-03-02T20:00:00.000Z']]],
    [
      'a hole inside',
      [range('2026-03-02T12:00:00Z', '2026-03-02T13:00:00Z')],
      [
        ['2026-03-02T08:00:00.000Z', '2026-03-02T12:00:00.000Z'],
        ['2026-03-02T13:00:00.000Z', '2026-03-02T20:00:00.000Z'],
      ],
    ],
    [
      'touching holes take nothing',
      [
        range('2026-03-02T06:00:00Z', '2026-03-02T08:00:00Z'),
        range('2026-03-02T20:00:00Z', '2026-03-02T22:00:00Z'),
      ],
      [['2026-03-02T08:00:00.000Z', '2026-03-02T20:00:00.000Z']],
    ],
    [
      'overlapping holes, unsorted',
      [
        range('2026-03-02T15:00:00Z', '2026-03-02T21:00:00Z'),
        range('2026-03-02T07:00:00Z', '2026-03-02T10:00:00Z'),
        range('2026-03-02T09:00:00Z', '2026-03-02T11:00:00Z'),
      ],
      [['2026-03-02T11:00:00.000Z', '2026-03-02T15:00:00.000Z']],
    ],
    ['a hole over all of it', [range('2026-03-01T00:00:00Z', '2026-03-03T00:00:00Z')], []],
  ])('%s', (_name, holes, expected) => {
    expect(
      subtractRanges([day], holes).map((r) => [r.start.toISOString(), r.end.toISOString()]),
    ).toEqual(expected);
  });
});

describe('workingMinutes', () => {
  const everyDay = (start: string, end: string) =>
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));

  it('08:00–20:00 every day for a week is 84 hours', () => {
    expect(
      workingMinutes({
        blocks: everyDay('08:00', '20:00'),
        from: '2026-03-02',
        to: '2026-03-08',
        zone: 'Europe/Madrid',
        timeOff: [],
      }),
    ).toBe(84 * 60);
  });

  it('weekdays only, with a lunch break', () => {
    const blocks = [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, start: '09:00', end: '13:00' },
      { weekday, start: '14:00', end: '18:00' },
    ]);
    expect(
      workingMinutes({
        blocks,
        from: '2026-03-02',
        to: '2026-03-08',
        zone: 'Europe/Istanbul',
        timeOff: [],
      }),
    ).toBe(5 * 8 * 60);
  });

  it('a night block across the spring-forward hour in Madrid is an hour shorter', () => {
    const blocks = [{ weekday: 7, start: '00:00', end: '06:00' }];
    expect(
      workingMinutes({
        blocks,
        from: '2026-03-29',
        to: '2026-03-29',
        zone: 'Europe/Madrid',
        timeOff: [],
      }),
    ).toBe(5 * 60);
    expect(
      workingMinutes({
        blocks,
        from: '2026-03-29',
        to: '2026-03-29',
        zone: 'Europe/Istanbul',
        timeOff: [],
      }),
    ).toBe(6 * 60);
  });

  it('time off is taken out, once even when it overlaps itself', () => {
    expect(
      workingMinutes({
        blocks: everyDay('08:00', '20:00'),
        from: '2026-03-02',
        to: '2026-03-03',
        zone: 'Europe/Istanbul',
        timeOff: [
          // 10:00–14:00 Istanbul on the 2nd, twice over.
          range('2026-03-02T07:00:00Z', '2026-03-02T11:00:00Z'),
          range('2026-03-02T08:00:00Z', '2026-03-02T10:00:00Z'),
          // All of the 3rd and beyond.
          range('2026-03-03T00:00:00Z', '2026-03-10T00:00:00Z'),
        ],
      }),
    ).toBe(8 * 60);
  });

  it('no hours, no minutes', () => {
    expect(
      workingMinutes({
        blocks: [],
        from: '2026-03-02',
        to: '2026-03-08',
        zone: 'Europe/Madrid',
        timeOff: [],
      }),
    ).toBe(0);
  });
});

describe('ratio', () => {
  it('divides, or says nothing without a whole', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(3, 2)).toBe(1.5);
  });
});
