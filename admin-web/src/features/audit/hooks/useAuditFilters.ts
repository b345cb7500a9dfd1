import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromSearchParams, withFilters, type AuditFilters } from '../filters';

/**
 * The audit log's filters, kept in the URL: a filtered view can be shared or bookmarked,
 * survives a reload, and the browser's back button undoes a filter.
 */
export function useAuditFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);

  /** Changes some filters; a key set to undefined is removed. */
  const updateFilters = useCallback(
    (patch: Partial<AuditFilters>) =>
      setParams((current) =>
        withFilters(current, { ...filtersFromSearchParams(current), ...patch }),
      ),
    [setParams],
  );

  const clearFilters = useCallback(
    () => setParams((current) => withFilters(current, {})),
    [setParams],
  );

  return { filters, updateFilters, clearFilters };
}
