import { describe, expect, it } from 'vitest';
import { filtersFromSearchParams, hasFilters, toApiArguments, withFilters } from './filters';

const read = (query: string) => filtersFromSearchParams(new URLSearchParams(query));

describe('customer filters in the URL', () => {
  it('reads search, tag, discipline and account', () => {
    expect(read('q=ayse+demr&tag=VIP&discipline=kite&account=no')).toEqual({
      search: 'ayse demr',
      tag: 'vip',
      discipline: 'KITE',
      account: 'no',
    });
  });

  it('ignores unknown or empty values', () => {
    expect(read('q=%20&tag=&discipline=golf&account=maybe')).toEqual({});
  });

  it('cuts a hand-edited search to what the API reads', () => {
    expect(read(`q=${'a'.repeat(150)}`).search).toHaveLength(100);
  });

  it('writes the filters and keeps other parameters', () => {
    const next = withFilters(new URLSearchParams('tab=family&tag=old'), {
      search: ' Şebnem ',
      discipline: 'WING',
    });
    expect(next.toString()).toBe('tab=family&q=%C5%9Eebnem&discipline=WING');
  });

  it('knows when something is filtered', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ account: 'yes' })).toBe(true);
  });
});

describe('toApiArguments', () => {
  it('sends null for no filter, so the whole list is one cache entry', () => {
    expect(toApiArguments({})).toEqual({ search: null, filter: null });
  });

  it('turns the URL filters into the API filter', () => {
    expect(
      toApiArguments({ search: 'deniz', tag: 'vip', discipline: 'SUP', account: 'yes' }),
    ).toEqual({
      search: 'deniz',
      filter: { tags: ['vip'], discipline: 'SUP', hasAccount: true },
    });
    expect(toApiArguments({ account: 'no' }).filter).toEqual({ hasAccount: false });
  });
});
