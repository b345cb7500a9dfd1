import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  EquipmentInventoryListDocument,
  EquipmentInventorySnapshotDocument,
  EquipmentStockLevelsDocument,
  LocationsDocument,
} from '../../../gql/graphql';
import { usePagedConnection } from '../../../shared/hooks/usePagedConnection';
import {
  filtersFromSearchParams,
  toApiArguments,
  withFilters,
  type EquipmentFilters,
} from '../filters';

const PAGE_SIZE = 50;

/** The filters as a comparable key: the URL's form of them. */
const keyOf = (filters: EquipmentFilters) => withFilters(new URLSearchParams(), filters).toString();

/**
 * The inventory's location and filters, kept in the URL (see filters.ts). They live in
 * state first and go to the URL after: react-router applies a URL change in a transition,
 * and a list query whose variables change only inside a transition was refetched in a loop
 * (each answer, written to the cache, interrupted the transition that would have shown it),
 * and a second change made meanwhile read the URL from before the first. Back, forward and
 * links change the URL on their own: the state follows.
 */
export function useEquipmentFilters() {
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => filtersFromSearchParams(params), [params]);
  const urlKey = keyOf(fromUrl);
  const [filters, setFilters] = useState(fromUrl);
  const [seenUrl, setSeenUrl] = useState(urlKey);
  if (urlKey !== seenUrl) {
    // The URL moved: follow it, unless it only caught up with the state.
    setSeenUrl(urlKey);
    if (urlKey !== keyOf(filters)) setFilters(fromUrl);
  }
  const latest = useRef(filters);
  useEffect(() => {
    latest.current = filters;
  }, [filters]);
  const apply = useCallback(
    (next: EquipmentFilters, replace: boolean) => {
      latest.current = next;
      setFilters(next);
      // From the address bar as it is now: parameters of other features stay.
      setParams(() => withFilters(new URLSearchParams(window.location.search), next), {
        replace,
      });
    },
    [setParams],
  );
  const updateFilters = useCallback(
    // Typing replaces history; a choice adds a step.
    (patch: Partial<EquipmentFilters>) => apply({ ...latest.current, ...patch }, 'search' in patch),
    [apply],
  );
  const clearFilters = useCallback(
    () => apply({ location: latest.current.location }, false),
    [apply],
  );
  return { filters, updateFilters, clearFilters };
}

/**
 * The school's locations by name and the one shown: the URL's, else the first. Each carries
 * its time zone (the snapshot's clock) and currency (the purchase cost's).
 */
export function useInventoryLocation(chosen: string | undefined) {
  const { data, loading, error, refetch } = useQuery(LocationsDocument);
  const locations = useMemo(
    () => [...(data?.locations ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  const location = locations.find((l) => l.id === chosen) ?? locations[0] ?? null;
  return {
    locations,
    location,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** A location's items matching the filters, a page at a time. */
export function useEquipmentList(filters: EquipmentFilters, locationId: string | null) {
  const variables = useMemo(
    () => ({ ...toApiArguments(filters, locationId ?? ''), first: PAGE_SIZE }),
    [filters, locationId],
  );
  const { nodes, ...list } = usePagedConnection(
    EquipmentInventoryListDocument,
    variables,
    (data) => data.equipment,
  );
  return { items: nodes, ...list };
}

/** The categories and sizes a location stocks, for the filters and the form. */
export function useEquipmentStock(locationId: string | null) {
  const { data } = useQuery(EquipmentStockLevelsDocument, {
    variables: { locationId: locationId ?? '' },
    skip: !locationId,
  });
  return useMemo(() => data?.equipmentCategories ?? [], [data]);
}

/** What a location has free, in use and in maintenance at `at` (null: now). */
export function useInventorySnapshot(locationId: string | null, at: string | null) {
  const { data, previousData, loading, error, refetch } = useQuery(
    EquipmentInventorySnapshotDocument,
    {
      variables: { locationId: locationId ?? '', at },
      skip: !locationId,
      fetchPolicy: 'cache-and-network',
    },
  );
  const shown = data ?? previousData;
  return {
    snapshot: shown?.inventory ?? null,
    loading: loading && !shown,
    stale: loading && !data && Boolean(previousData),
    error: shown ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}
