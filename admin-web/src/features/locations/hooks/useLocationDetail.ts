import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  CreateLocationDocument,
  LocationDetailDocument,
  LocationsDocument,
  UpdateLocationDetailsDocument,
  type CreateLocationInput,
  type UpdateLocationInput,
} from '../../../gql/graphql';

/** One location with every setting; shown from the cache at once and refreshed. */
export function useLocationDetail(id: string) {
  const { data, loading, error, refetch } = useQuery(LocationDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return {
    location: data?.location ?? null,
    loading: loading && !data,
    notFound: Boolean(data) && !data?.location,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** Saves changed settings of a location; the answer updates every view of it. */
export function useUpdateLocationDetails() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateLocationDetailsDocument);
  const update = useCallback(
    async (id: string, input: UpdateLocationInput) => {
      const { data } = await mutate({ variables: { id, input } });
      return data?.updateLocation;
    },
    [mutate],
  );
  return { update, loading, error, reset };
}

/** Opens a new location (administrators); the list of locations is read again. */
export function useCreateLocation() {
  const [mutate, { loading, error, reset }] = useMutation(CreateLocationDocument);
  const create = useCallback(
    async (input: CreateLocationInput) => {
      const { data } = await mutate({
        variables: { input },
        refetchQueries: [{ query: LocationsDocument }],
        awaitRefetchQueries: true,
      });
      return data?.createLocation;
    },
    [mutate],
  );
  return { create, loading, error, reset };
}
