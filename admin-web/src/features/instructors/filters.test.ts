import { describe, expect, it } from 'vitest';
import { filtersFromSearchParams, hasFilters, toApiArguments, withFilters } from './filters';

const read = (query: string) => filtersFromSearchParams(new URLSearchParams(query));
const LOCATION = '0b5e6a0e-3d0c-4e8e-9d59-6f6f5a4c1b2a';

describe('instructor filters in the URL', () => {
  it('reads search, discipline, location, language and status', () => {
    expect(read(`q=deniz&discipline=kite&location=${LOCATION}&language=DE&status=all`)).toEqual({
      search: 'deniz',
      discipline: 'KITE',
      location: LOCATION,
      language: 'de',
      status: 'all',
    });
  });

  it('ignores unknown or malformed values', () => {
    expect(read('q=%20&discipline=golf&location=akyaka&language=german&status=maybe')).toEqual({});
  });

  it('writes the filters and keeps other parameters', () => {
    expect(withFilters(new URLSearchParams('x=1&q=old'), { discipline: 'WING' }).toString()).toBe(
      'x=1&discipline=WING',
    );
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ status: 'all' })).toBe(true);
  });

  it('gives the API a null filter when nothing is filtered', () => {
    expect(toApiArguments({})).toEqual({ filter: null, locationId: null, includeInactive: false });
    expect(
      toApiArguments({ search: 'ece', language: 'tr', location: LOCATION, status: 'all' }),
    ).toEqual({
      filter: { search: 'ece', language: 'tr' },
      locationId: LOCATION,
      includeInactive: true,
    });
  });
});
