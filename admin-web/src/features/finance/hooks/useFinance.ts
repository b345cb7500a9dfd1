import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FinanceDashboardDocument, FinanceLocationsDocument } from '../../../gql/graphql';
import {
  dashboardInput,
  filtersFromParams,
  filtersToParams,
  rangeProblem,
  type FinanceFilters,
} from '../filters';

/** The locations to filter by, by name, and the currencies they take. */
export function useFinanceLocations() {
  const { data, loading, error, refetch } = useQuery(FinanceLocationsDocument);
  const locations = useMemo(
    () => [...(data?.locations ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  const currencies = useMemo(
    () => [...new Set(locations.map((l) => l.currency))].sort(),
    [locations],
  );
  return {
    locations,
    currencies,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

/**
 * The filters on screen, mirrored into the URL so a view can be shared. They live in state
 * first: the query reads the state, never a URL mid-transition (a list query whose variables
 * changed only inside react-router's transition was refetched in a loop elsewhere).
 */
export function useFinanceFilters() {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<FinanceFilters>(() =>
    filtersFromParams(params, new Date()),
  );
  const change = useCallback(
    (patch: Partial<FinanceFilters>) => {
      const next = { ...filters, ...patch };
      setFilters(next);
      setParams((url) => filtersToParams(next, url), { replace: true });
    },
    [filters, setParams],
  );
  return [filters, change] as const;
}

/** The dashboard of the filters; not asked while the range would be refused. */
export function useFinanceDashboard(filters: FinanceFilters) {
  const problem = rangeProblem(filters);
  const { data, previousData, loading, error, refetch } = useQuery(FinanceDashboardDocument, {
    variables: { input: dashboardInput(filters) },
    skip: problem !== null,
    fetchPolicy: 'cache-and-network',
  });
  // While new filters load, the last figures stay on screen (dimmed) rather than a blank page.
  const dashboard = (data ?? previousData)?.financeDashboard ?? null;
  return {
    dashboard,
    problem,
    loading: loading && !dashboard,
    refreshing: loading && Boolean(dashboard),
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}
