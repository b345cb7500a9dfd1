import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { InstructorsDocument } from '../../../gql/graphql';
import {
  filtersFromSearchParams,
  toApiArguments,
  withFilters,
  type InstructorFilters,
} from '../filters';

/** The instructor list's filters, kept in the URL (see filters.ts). */
export function useInstructorFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);
  const updateFilters = useCallback(
    (patch: Partial<InstructorFilters>) =>
      setParams(
        (current) => withFilters(current, { ...filtersFromSearchParams(current), ...patch }),
        // Typing replaces history; a choice adds a step.
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

/**
 * The instructors matching the filters, by name. A school has tens of them, not thousands, so
 * the API answers one list. Shown from the cache at once and refreshed; while another
 * filter's rows load, the previous ones stay (`stale`).
 */
export function useInstructors(filters: InstructorFilters) {
  const variables = useMemo(() => toApiArguments(filters), [filters]);
  const { data, previousData, loading, error, refetch } = useQuery(InstructorsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const retry = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  return {
    instructors: shown?.instructors ?? [],
    loading: loading && !shown,
    stale: loading && !data && Boolean(previousData),
    refreshing: loading && Boolean(data),
    error: data ? undefined : error,
    refreshError: data ? error : undefined,
    retry,
  };
}
