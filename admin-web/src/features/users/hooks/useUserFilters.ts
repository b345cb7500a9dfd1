import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromSearchParams, withFilters, type UserFilters } from '../filters';

/** The user list's filters, kept in the URL (see filters.ts). */
export function useUserFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);

  /** Changes some filters; a key set to undefined is removed. Typing replaces history. */
  const updateFilters = useCallback(
    (patch: Partial<UserFilters>) =>
      setParams(
        (current) => withFilters(current, { ...filtersFromSearchParams(current), ...patch }),
        { replace: 'search' in patch },
      ),
    [setParams],
  );

  const clearFilters = useCallback(
    () => setParams((current) => withFilters(current, {})),
    [setParams],
  );

  return { filters, updateFilters, clearFilters };
}
