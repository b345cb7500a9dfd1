import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, hasFilters, nextDay, toInvoiceFilter } from './filters';

describe('invoice list filters', () => {
  it('passes nothing for the empty filters', () => {
    expect(toInvoiceFilter(EMPTY_FILTERS)).toEqual({
      locationId: null,
      kind: null,
      from: null,
      to: null,
      search: null,
    });
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('turns days into a half-open range that includes the last day whole', () => {
    const filter = toInvoiceFilter({ ...EMPTY_FILTERS, from: '2026-07-01', to: '2026-07-31' });
    expect(filter.from).toBe(new Date(2026, 6, 1).toISOString());
    expect(filter.to).toBe(new Date(2026, 7, 1).toISOString());
  });

  it('steps over month and year ends', () => {
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
  });

  it('keeps the kind and a trimmed search', () => {
    const filters = { ...EMPTY_FILTERS, kind: 'RECEIPT' as const, search: '  AKY-R ' };
    expect(toInvoiceFilter(filters)).toMatchObject({ kind: 'RECEIPT', search: 'AKY-R' });
    expect(hasFilters(filters)).toBe(true);
    expect(toInvoiceFilter({ ...EMPTY_FILTERS, search: '   ' }).search).toBeNull();
  });
});
