import { describe, expect, it } from 'vitest';
import {
  blocksToRanges,
  covers,
  gridStarts,
  instantAt,
  isLocalDate,
  localDateOf,
  localDay,
  overlaps,
} from './time.js';

const at = (iso: string) => new Date(iso);
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('instantAt', () => {
  it.each([
    // Madrid: CET (+01:00) until the last Sunday of March, CEST (+02:00) until the last of October.
    ['2026-03-28', '10:00', 'Europe/Madrid', '2026-03-28T09:00:00.000Z'],
    ['2026-03-29', '10:00', 'Europe/Madrid', '2026-03-29T08:00:00.000Z'],
    ['2026-10-24', '10:00', 'Europe/Madrid', '2026-10-24T08:00:00.000Z'],
    ['2026-10-25', '10:00', 'Europe/Madrid', '2026-10-25T09:00:00.000Z'],
    // Istanbul keeps +03:00 all year.
    ['2026-03-29', '10:00', 'Europe/Istanbul', '2026-03-29T07:00:00.000Z'],
    ['2026-10-25', '10:00', 'Europe/Istanbul', '2026-10-25T07:00:00.000Z'],
    // 02:30 does not exist on the spring-forward night: moved forward by the hour skipped.
    ['2026-03-29', '02:30', 'Europe/Madrid', '2026-03-29T01:30:00.000Z'],
    ['2026-03-29', '00:00', 'Europe/Madrid', '2026-03-28T23:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(instantAt(date, time, zone).toISOString()).toBe(expected);
  });
});

describe('localDay', () => {
  it.each([
    ['2026-03-29', 'Europe/Madrid', 23],
    ['2026-10-25', 'Europe/Madrid', 25],
    ['2026-06-10', 'Europe/Madrid', 24],
    ['2026-03-29', 'Europe/Istanbul', 24],
    ['2026-10-25', 'Europe/Istanbul', 24],
  ])('%s in %s lasts %i hours', (date, zone, hours) => {
    const day = localDay(date, zone);
    expect((day.end.getTime() - day.start.getTime()) / 3_600_000).toBe(hours);
  });
});

describe('localDateOf', () => {
  it('reads the local date and weekday across midnight', () => {
    expect(localDateOf(at('2026-03-28T23:30:00Z'), 'Europe/Madrid')).toEqual({
      date: '2026-03-29',
      weekday: 7,
    });
    expect(localDateOf(at('2026-03-28T22:30:00Z'), 'Europe/Madrid')).toEqual({
      date: '2026-03-28',
      weekday: 6,
    });
    expect(localDateOf(at('2026-06-09T21:00:00Z'), 'Europe/Istanbul')).toEqual({
      date: '2026-06-10',
      weekday: 3,
    });
  });
});

describe('isLocalDate', () => {
  it.each([
    ['2026-03-29', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-3-29', false],
    ['29.03.2026', false],
    ['', false],
  ])('%s → %s', (value, ok) => expect(isLocalDate(value)).toBe(ok));
});

describe('blocksToRanges and covers', () => {
  const zone = 'Europe/Istanbul';
  it('merges touching blocks and keeps gaps', () => {
    const ranges = blocksToRanges(
      '2026-06-10',
      [
        { start: '12:00:00', end: '15:00:00' },
        { start: '09:00', end: '12:00' },
        { start: '16:00', end: '18:00' },
      ],
      zone,
    );
    expect(ranges.map((r) => [r.start.toISOString(), r.end.toISOString()])).toEqual([
      ['2026-06-10T06:00:00.000Z', '2026-06-10T12:00:00.000Z'],
      ['2026-06-10T13:00:00.000Z', '2026-06-10T15:00:00.000Z'],
    ]);
    expect(covers(ranges, at('2026-06-10T08:00:00Z'), at('2026-06-10T10:00:00Z'))).toBe(true);
    // Touching both edges exactly.
    expect(covers(ranges, at('2026-06-10T06:00:00Z'), at('2026-06-10T12:00:00Z'))).toBe(true);
    // One minute over the end; across the gap.
    expect(covers(ranges, at('2026-06-10T10:01:00Z'), at('2026-06-10T12:01:00Z'))).toBe(false);
    expect(covers(ranges, at('2026-06-10T11:00:00Z'), at('2026-06-10T14:00:00Z'))).toBe(false);
  });

  it('covers a lesson across the spring-forward switch in real time', () => {
    const ranges = blocksToRanges(
      '2026-03-29',
      [{ start: '01:00', end: '04:00' }],
      'Europe/Madrid',
    );
    // 01:00 CET is 00:00Z, 04:00 CEST is 02:00Z: two real hours.
    expect(iso([ranges[0]!.start, ranges[0]!.end])).toEqual([
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T02:00:00.000Z',
    ]);
    expect(covers(ranges, at('2026-03-29T00:00:00Z'), at('2026-03-29T02:00:00Z'))).toBe(true);
    expect(covers(ranges, at('2026-03-29T00:30:00Z'), at('2026-03-29T02:30:00Z'))).toBe(false);
  });
});

describe('overlaps', () => {
  const a = at('2026-06-10T10:00:00Z');
  const b = at('2026-06-10T11:00:00Z');
  it.each([
    ['touching after', b, at('2026-06-10T12:00:00Z'), false],
    ['touching before', at('2026-06-10T09:00:00Z'), a, false],
    ['inside', at('2026-06-10T10:15:00Z'), at('2026-06-10T10:45:00Z'), true],
    ['around', at('2026-06-10T09:00:00Z'), at('2026-06-10T12:00:00Z'), true],
    ['one minute into', at('2026-06-10T10:59:00Z'), at('2026-06-10T12:00:00Z'), true],
  ])('%s', (_name, start, end, expected) => {
    expect(overlaps(a, b, start, end)).toBe(expected);
  });
});

describe('gridStarts', () => {
  it('runs straight through the spring-forward switch: no start lost, none repeated', () => {
    const ranges = blocksToRanges(
      '2026-03-29',
      [{ start: '00:00', end: '06:00' }],
      'Europe/Madrid',
    );
    const starts = gridStarts(ranges, 60, 30);
    // 00:00 CET (23:00Z) to 06:00 CEST (04:00Z) is five real hours: nine one-hour starts.
    expect(starts).toHaveLength(9);
    expect(starts[0]!.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(starts.at(-1)!.toISOString()).toBe('2026-03-29T03:00:00.000Z');
    starts.slice(1).forEach((s, i) => expect(s.getTime() - starts[i]!.getTime()).toBe(1_800_000));
  });

  it('gives the repeated hour of the fall-back night twice, as two instants', () => {
    const ranges = blocksToRanges(
      '2026-10-25',
      [{ start: '00:00', end: '06:00' }],
      'Europe/Madrid',
    );
    const starts = gridStarts(ranges, 60, 30);
    // 00:00 CEST (22:00Z) to 06:00 CET (05:00Z) is seven real hours: thirteen starts.
    expect(starts).toHaveLength(13);
    expect(new Set(starts.map((s) => s.getTime())).size).toBe(13);
  });

  it('ends by the close and merges ranges without duplicates', () => {
    const day = '2026-06-10';
    const zone = 'Europe/Istanbul';
    const starts = gridStarts(
      [
        ...blocksToRanges(day, [{ start: '09:00', end: '11:00' }], zone),
        ...blocksToRanges(day, [{ start: '10:00', end: '11:30' }], zone),
      ],
      90,
      30,
    );
    expect(iso(starts)).toEqual([
      '2026-06-10T06:00:00.000Z',
      '2026-06-10T06:30:00.000Z',
      '2026-06-10T07:00:00.000Z',
    ]);
  });

  it('gives nothing when the lesson is longer than the range', () => {
    const ranges = blocksToRanges('2026-06-10', [{ start: '09:00', end: '10:00' }], 'UTC');
    expect(gridStarts(ranges, 90, 30)).toEqual([]);
  });
});
