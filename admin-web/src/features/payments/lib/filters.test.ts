import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, hasFilters, nextDay, toPaymentFilter } from './filters';

describe('payment list filters', () => {
  it('sends no filter for none', () => {
    expect(toPaymentFilter(EMPTY_FILTERS)).toEqual({
      locationId: null,
      method: null,
      kind: null,
      from: null,
      to: null,
    });
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('turns days into a half-open range with the last day whole', () => {
    const filter = toPaymentFilter({ ...EMPTY_FILTERS, from: '2026-12-30', to: '2026-12-31' });
    expect(new Date(filter.from!).getDate()).toBe(30);
    expect(new Date(filter.to!).getFullYear()).toBe(2027);
    expect(new Date(filter.to!).getDate()).toBe(1);
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(hasFilters({ ...EMPTY_FILTERS, method: 'CASH' })).toBe(true);
  });
});
