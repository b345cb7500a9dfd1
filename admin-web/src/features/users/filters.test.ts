import { describe, expect, it } from 'vitest';
import { filtersFromSearchParams, hasFilters, toApiFilter, withFilters } from './filters';

const read = (query: string) => filtersFromSearchParams(new URLSearchParams(query));

describe('filtersFromSearchParams', () => {
  it('reads search, role and status', () => {
    expect(read('q=deniz&role=INSTRUCTOR&status=inactive')).toEqual({
      search: 'deniz',
      role: 'INSTRUCTOR',
      status: 'inactive',
    });
  });

  it('accepts a role or status in any case', () => {
    expect(read('role=manager&status=ACTIVE')).toEqual({ role: 'MANAGER', status: 'active' });
  });

  it('drops what the API would refuse', () => {
    expect(read('q=%20%20&role=OWNER&status=banned')).toEqual({});
  });

  it('cuts an overlong search', () => {
    expect(read(`q=${'a'.repeat(150)}`).search).toHaveLength(100);
  });
});

describe('withFilters', () => {
  it('sets and removes filter parameters and keeps the others', () => {
    const next = withFilters(new URLSearchParams('q=old&tab=2&status=active'), {
      search: ' ayşe ',
      role: 'ADMIN',
    });
    expect(next.toString()).toBe('q=ay%C5%9Fe&tab=2&role=ADMIN');
  });

  it('round-trips through the URL', () => {
    const filters = { search: 'Öztürk', role: 'CUSTOMER', status: 'active' } as const;
    expect(filtersFromSearchParams(withFilters(new URLSearchParams(), filters))).toEqual(filters);
  });
});

describe('toApiFilter', () => {
  it('is null without filters', () => {
    expect(toApiFilter({})).toBeNull();
    expect(hasFilters({})).toBe(false);
  });

  it('turns the status into the API flag', () => {
    expect(toApiFilter({ status: 'active' })).toEqual({ active: true });
    expect(toApiFilter({ status: 'inactive', role: 'MANAGER', search: 'mert' })).toEqual({
      active: false,
      role: 'MANAGER',
      search: 'mert',
    });
  });
});
