import { describe, expect, it } from 'vitest';
import { filtersFromSearchParams, hasFilters, toApiArguments, withFilters } from './filters';

describe('inventory filters in the URL', () => {
  it('reads what it knows and cleans what was typed by hand', () => {
    const params = new URLSearchParams(
      'location=abc&category=impact-vest&size= 9m &status=in_use&q=%20evo%20&page=2',
    );
    expect(filtersFromSearchParams(params)).toEqual({
      location: 'abc',
      category: 'IMPACTVEST',
      size: '9m',
      status: 'IN_USE',
      search: 'evo',
    });
    expect(
      filtersFromSearchParams(new URLSearchParams('status=BROKEN&q=' + 'x'.repeat(150))),
    ).toEqual({ search: 'x'.repeat(100) });
  });

  it('writes the filters back, keeping other parameters and dropping empty ones', () => {
    const next = withFilters(new URLSearchParams('tab=x&q=old&size=12m'), {
      location: 'abc',
      status: 'RETIRED',
      search: '  ',
    });
    expect(next.toString()).toBe('tab=x&location=abc&status=RETIRED');
  });

  it('counts the location as a choice of page, not a filter', () => {
    expect(hasFilters({ location: 'abc' })).toBe(false);
    expect(hasFilters({ location: 'abc', size: '9m' })).toBe(true);
  });

  it('asks the API for one status as a list and null for what is not filtered', () => {
    expect(toApiArguments({ status: 'MAINTENANCE', search: 'core' }, 'loc')).toEqual({
      locationId: 'loc',
      category: null,
      size: null,
      status: ['MAINTENANCE'],
      search: 'core',
    });
  });
});
