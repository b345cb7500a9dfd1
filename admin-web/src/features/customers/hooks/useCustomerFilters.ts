import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromSearchParams, withFilters, type CustomerFilters } from '../filters';

/** The customer list's search and filters, kept in the URL (see filters.ts). */
export function useCustomerFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);

  /** Changes some filters; a key set to undefined is removed. Typing replaces history. */
  const updateFilters = useCallback(
    (patch: Partial<CustomerFilters>) =>
      setParams(
        (current) => withFilters(current, { ...filtersFromSearchParams(current), ...patch }),
        { replace: 'search' in patch || 'tag' in patch },
      ),
    [setParams],
  );

  const clearFilters = useCallback(
    () => setParams((current) => withFilters(current, {})),
    [setParams],
  );

  return { filters, updateFilters, clearFilters };
}
