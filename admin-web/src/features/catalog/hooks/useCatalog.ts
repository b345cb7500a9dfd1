import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import {
  CatalogPackagesDocument,
  CatalogServicesDocument,
  CreatePackageDocument,
  CreateServiceDocument,
  LocationsDocument,
  SetPackageActiveDocument,
  UpdatePackageDocument,
  UpdateServiceDocument,
  type CreatePackageInput,
  type CreateServiceInput,
  type Discipline,
  type ServiceKind,
  type UpdatePackageInput,
  type UpdateServiceInput,
} from '../../../gql/graphql';

/** The school's locations by name, each with the currency its catalog is priced in. */
export function useCatalogLocations() {
  const { data, loading, error, refetch } = useQuery(LocationsDocument);
  const locations = useMemo(
    () => [...(data?.locations ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  return {
    locations,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** What a list hook tells its panel (see shared/ui/ListContent). */
function listState<T>(
  result: { data?: T; loading: boolean; error?: unknown; refetch: () => Promise<unknown> },
  previous: T | undefined,
) {
  return {
    loading: result.loading && !result.data && !previous,
    stale: result.loading && !result.data && Boolean(previous),
    error: result.data || previous ? undefined : result.error,
    refreshError: result.data || previous ? result.error : undefined,
    retry: () => void result.refetch().catch(() => undefined),
  };
}

/**
 * A location's services, on sale or not, optionally of one kind or discipline (the API
 * filters). While another filter's rows load, the previous ones stay on screen, dimmed.
 */
export function useCatalogServices(
  locationId: string | null,
  filter: { kind?: ServiceKind; discipline?: Discipline } = {},
) {
  const result = useQuery(CatalogServicesDocument, {
    variables: { locationId: locationId ?? '', ...filter },
    skip: !locationId,
    fetchPolicy: 'cache-and-network',
  });
  const previous = result.previousData?.services;
  return {
    services: result.data?.services ?? previous ?? [],
    ...listState({ ...result, data: result.data?.services }, previous),
  };
}

/** A location's packages, on sale or not. */
export function useCatalogPackages(locationId: string | null) {
  const result = useQuery(CatalogPackagesDocument, {
    variables: { locationId: locationId ?? '' },
    skip: !locationId,
    fetchPolicy: 'cache-and-network',
  });
  const previous = result.previousData?.packages;
  return {
    packages: result.data?.packages ?? previous ?? [],
    ...listState({ ...result, data: result.data?.packages }, previous),
  };
}

/** The loading, error and reset of a create and an update mutation used as one save. */
function useSaveState<E>(
  created: { loading: boolean; error?: E; reset: () => void },
  updated: { loading: boolean; error?: E; reset: () => void },
) {
  const reset = useCallback(() => {
    created.reset();
    updated.reset();
  }, [created, updated]);
  return {
    loading: created.loading || updated.loading,
    error: created.error ?? updated.error,
    reset,
  };
}

// After a service changes, every list of services is read again: a new service, or a
// changed kind or discipline, may move it into or out of a filtered list.
const SERVICE_LISTS = ['CatalogServices', 'CatalogPackages'];

/** Creates or changes a service (management). */
export function useSaveService() {
  const [create, created] = useMutation(CreateServiceDocument);
  const [update, updated] = useMutation(UpdateServiceDocument);
  const save = useCallback(
    async (id: string | null, input: CreateServiceInput | UpdateServiceInput) => {
      if (id) {
        const { data } = await update({
          variables: { id, input: input as UpdateServiceInput },
          refetchQueries: SERVICE_LISTS,
        });
        return data?.updateService;
      }
      const { data } = await create({
        variables: { input: input as CreateServiceInput },
        refetchQueries: SERVICE_LISTS,
        awaitRefetchQueries: true,
      });
      return data?.createService;
    },
    [create, update],
  );
  return { save, ...useSaveState(created, updated) };
}

/** Puts a service on sale or takes it off; the answer updates every list that shows it. */
export function useSetServiceActive() {
  const [mutate, { loading }] = useMutation(UpdateServiceDocument);
  const setActive = useCallback(
    (id: string, active: boolean) => mutate({ variables: { id, input: { active } } }),
    [mutate],
  );
  return { setActive, loading };
}

/** Creates or changes a package (management). */
export function useSavePackage() {
  const [create, created] = useMutation(CreatePackageDocument);
  const [update, updated] = useMutation(UpdatePackageDocument);
  const save = useCallback(
    async (id: string | null, input: CreatePackageInput | UpdatePackageInput) => {
      if (id) {
        const { data } = await update({
          variables: { id, input: input as UpdatePackageInput },
        });
        return data?.updatePackage;
      }
      const { data } = await create({
        variables: { input: input as CreatePackageInput },
        refetchQueries: ['CatalogPackages'],
        awaitRefetchQueries: true,
      });
      return data?.createPackage;
    },
    [create, update],
  );
  return { save, ...useSaveState(created, updated) };
}

/** Puts a package on sale or takes it off. */
export function useSetPackageActive() {
  const [mutate, { loading }] = useMutation(SetPackageActiveDocument);
  const setActive = useCallback(
    (id: string, active: boolean) => mutate({ variables: { id, active } }),
    [mutate],
  );
  return { setActive, loading };
}
