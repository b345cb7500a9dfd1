import { describe, expect, it } from 'vitest';
import {
  addDays,
  defaultFilters,
  exportHref,
  filtersFromParams,
  filtersToParams,
  isDay,
  presetRange,
  rangeDays,
  rangeProblem,
  suggestedGranularity,
} from './filters';

// Local noon: the same calendar date whatever the machine's zone.
const TODAY = new Date(2026, 2, 29, 12, 0, 0);

describe('finance filters', () => {
  it('defaults to the last 30 days by day', () => {
    expect(defaultFilters(TODAY)).toEqual({
      locationId: null,
      currency: null,
      from: '2026-02-28',
      to: '2026-03-29',
      granularity: 'DAY',
    });
  });

  it.each([
    ['last30', '2026-02-28', '2026-03-29', 'DAY'],
    ['thisMonth', '2026-03-01', '2026-03-29', 'DAY'],
    ['lastMonth', '2026-02-01', '2026-02-28', 'DAY'],
    ['last90', '2025-12-30', '2026-03-29', 'WEEK'],
    ['thisYear', '2026-01-01', '2026-03-29', 'MONTH'],
    ['last12Months', '2025-04-01', '2026-03-29', 'MONTH'],
  ] as const)('preset %s', (preset, from, to, granularity) => {
    expect(presetRange(preset, TODAY)).toEqual({ from, to, granularity });
  });

  it('reads a URL, and falls back on what it cannot read', () => {
    const read = (query: string) => filtersFromParams(new URLSearchParams(query), TODAY);
    expect(
      read('location=abc&currency=TRY&from=2026-01-01&to=2026-01-31&granularity=WEEK'),
    ).toEqual({
      locationId: 'abc',
      currency: 'TRY',
      from: '2026-01-01',
      to: '2026-01-31',
      granularity: 'WEEK',
    });
    // No granularity: the one that suits the range.
    expect(read('from=2025-01-01&to=2025-12-31').granularity).toBe('MONTH');
    // Reversed or impossible dates: the default range.
    expect(read('from=2026-03-10&to=2026-03-01')).toMatchObject({
      from: '2026-02-28',
      to: '2026-03-29',
    });
    expect(read('from=2026-02-30&to=2026-03-01')).toMatchObject({ from: '2026-02-28' });
    expect(read('currency=try&granularity=YEAR')).toMatchObject({
      currency: null,
      granularity: 'DAY',
    });
  });

  it('writes the URL and keeps other parameters', () => {
    const params = filtersToParams(
      {
        locationId: null,
        currency: 'EUR',
        from: '2026-03-01',
        to: '2026-03-31',
        granularity: 'DAY',
      },
      new URLSearchParams('tab=x&location=old'),
    );
    expect(params.toString()).toBe(
      'tab=x&currency=EUR&from=2026-03-01&to=2026-03-31&granularity=DAY',
    );
  });

  it('counts days and suggests periods', () => {
    expect(rangeDays('2026-03-29', '2026-03-29')).toBe(1);
    expect(rangeDays('2026-03-01', '2026-03-31')).toBe(31);
    expect(rangeDays('2026-01-01', '2027-12-31')).toBe(730);
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(suggestedGranularity('2026-01-01', '2026-03-03')).toBe('DAY');
    expect(suggestedGranularity('2026-01-01', '2026-05-01')).toBe('WEEK');
    expect(suggestedGranularity('2026-01-01', '2026-12-31')).toBe('MONTH');
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
  });

  it('says why a range would be refused', () => {
    expect(rangeProblem({ from: '2026-03-02', to: '2026-03-01' })).toBe('reversed');
    expect(rangeProblem({ from: '2024-01-01', to: '2026-01-02' })).toBe('tooLong');
    expect(rangeProblem({ from: '2026-01-01', to: '2027-12-31' })).toBeNull();
  });

  it('links the exports with the same filters, in the UI language', () => {
    expect(
      exportHref(
        'pdf',
        {
          locationId: 'loc',
          currency: null,
          from: '2026-03-01',
          to: '2026-03-31',
          granularity: 'WEEK',
        },
        'tr-TR',
      ),
    ).toBe(
      '/finance/dashboard.pdf?locationId=loc&from=2026-03-01&to=2026-03-31&granularity=WEEK&lang=tr',
    );
    expect(exportHref('csv', defaultFilters(TODAY), 'en')).toBe(
      '/finance/dashboard.csv?from=2026-02-28&to=2026-03-29&granularity=DAY&lang=en',
    );
  });
});
