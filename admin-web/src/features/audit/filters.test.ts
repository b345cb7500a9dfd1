import { describe, expect, it } from 'vitest';
import {
  datePresets,
  filtersFromSearchParams,
  formatDay,
  formatDayRange,
  hasFilters,
  parseDay,
  toApiFilter,
  withFilters,
} from './filters';

const params = (query: string) => new URLSearchParams(query);
const USER = '6f1c2d9e-3b4a-4c5d-8e6f-7a8b9c0d1e2f';

// Days are the viewer's local days, so these tests read results back with local getters:
// they hold in any time zone the test runner has.
const local = (date: Date) => [
  date.getFullYear(),
  date.getMonth() + 1,
  date.getDate(),
  date.getHours(),
  date.getMinutes(),
];

describe('parseDay', () => {
  it('reads a calendar day as local midnight', () => {
    expect(local(parseDay('2026-07-03')!)).toEqual([2026, 7, 3, 0, 0]);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-7-3', '03.07.2026', '1969-12-31', '', 'today'])(
    'rejects %j',
    (value) => {
      expect(parseDay(value)).toBeUndefined();
    },
  );

  it('accepts a leap day only in a leap year', () => {
    expect(parseDay('2028-02-29')).toBeDefined();
    expect(parseDay('2026-02-29')).toBeUndefined();
  });

  it('round-trips with formatDay', () => {
    expect(formatDay(parseDay('2026-01-09')!)).toBe('2026-01-09');
  });
});

describe('filtersFromSearchParams', () => {
  it('reads every filter', () => {
    expect(
      filtersFromSearchParams(
        params(
          `action=auth.&from=2026-07-01&to=2026-07-03&actor=${USER}&entityType=location&entityId=abc`,
        ),
      ),
    ).toEqual({
      action: 'auth.',
      from: '2026-07-01',
      to: '2026-07-03',
      actor: USER,
      entityType: 'location',
      entityId: 'abc',
    });
  });

  it('is empty without parameters, and ignores unrelated ones', () => {
    expect(filtersFromSearchParams(params(''))).toEqual({});
    expect(filtersFromSearchParams(params('tab=2&utm_source=mail'))).toEqual({});
  });

  it('drops what the API would refuse', () => {
    expect(
      filtersFromSearchParams(
        params(`action=${'a'.repeat(101)}&from=2026-02-30&to=soon&actor=not-a-uuid`),
      ),
    ).toEqual({});
  });

  it('drops blank values', () => {
    expect(filtersFromSearchParams(params('action=%20%20&from='))).toEqual({});
  });

  it('swaps a range given backwards', () => {
    expect(filtersFromSearchParams(params('from=2026-07-09&to=2026-07-01'))).toEqual({
      from: '2026-07-01',
      to: '2026-07-09',
    });
  });

  it('needs the entity type to filter by entity id', () => {
    expect(filtersFromSearchParams(params('entityId=abc'))).toEqual({});
  });

  it('keeps an open-ended range', () => {
    expect(filtersFromSearchParams(params('from=2026-07-01'))).toEqual({ from: '2026-07-01' });
  });
});

describe('withFilters', () => {
  it('writes the filters and keeps unrelated parameters', () => {
    const next = withFilters(params('tab=2&action=location.'), {
      action: 'auth.login_failed',
      from: '2026-07-01',
    });
    expect(next.get('tab')).toBe('2');
    expect(next.get('action')).toBe('auth.login_failed');
    expect(next.get('from')).toBe('2026-07-01');
    expect(next.has('to')).toBe(false);
  });

  it('removes filters that are cleared', () => {
    expect(withFilters(params('action=auth.&from=2026-07-01&x=1'), {}).toString()).toBe('x=1');
  });

  it('round-trips through the URL', () => {
    const filters = { action: 'auth.', to: '2026-07-03', actor: USER };
    expect(filtersFromSearchParams(withFilters(params(''), filters))).toEqual(filters);
  });
});

describe('hasFilters', () => {
  it('is false for no filters and true for any', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ to: '2026-07-03' })).toBe(true);
  });
});

describe('toApiFilter', () => {
  it('is null without filters, so the unfiltered log has one cache entry', () => {
    expect(toApiFilter({})).toBeNull();
  });

  it('maps action, person and target', () => {
    expect(
      toApiFilter({ action: 'auth.', actor: USER, entityType: 'location', entityId: 'x' }),
    ).toEqual({ action: 'auth.', actorUserId: USER, entityType: 'location', entityId: 'x' });
  });

  it('turns days into instants at local midnight, the last day included', () => {
    const api = toApiFilter({ from: '2026-07-01', to: '2026-07-03' })!;
    expect(local(new Date(api.from!))).toEqual([2026, 7, 1, 0, 0]);
    // The API's `to` is exclusive: the start of the day after the last one.
    expect(local(new Date(api.to!))).toEqual([2026, 7, 4, 0, 0]);
  });

  it('crosses month and year ends', () => {
    expect(local(new Date(toApiFilter({ to: '2026-12-31' })!.to!))).toEqual([2027, 1, 1, 0, 0]);
  });

  it('spans a single day when from and to are the same', () => {
    const api = toApiFilter({ from: '2026-03-29', to: '2026-03-29' })!;
    const hours = (Date.parse(api.to!) - Date.parse(api.from!)) / 3_600_000;
    // 24 hours, or 23/25 on a daylight-saving day where the runner's zone has one.
    expect([23, 24, 25]).toContain(hours);
  });
});

describe('datePresets', () => {
  it('ends every range today, both ends included', () => {
    expect(datePresets(new Date(2026, 2, 5, 15, 30))).toEqual({
      today: ['2026-03-05', '2026-03-05'],
      last7: ['2026-02-27', '2026-03-05'],
      last30: ['2026-02-04', '2026-03-05'],
    });
  });
});

describe('formatDayRange', () => {
  it('formats in the UI language', () => {
    expect(formatDayRange('2026-07-01', '2026-07-03', 'en')).toMatch(/Jul 1\s*–\s*3, 2026/);
    expect(formatDayRange('2026-07-01', '2026-07-03', 'tr')).toMatch(/1\s*–\s*3 Tem 2026/);
  });

  it('shows an open end and nothing for no range', () => {
    expect(formatDayRange('2026-07-01', undefined, 'en')).toMatch(/^Jul 1, 2026 –$/);
    expect(formatDayRange(undefined, undefined, 'en')).toBe('');
  });
});
