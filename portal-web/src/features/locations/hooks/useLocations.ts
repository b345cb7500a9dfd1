import { useQuery } from '@apollo/client/react';
import { LocationsDocument, type LocationFieldsFragment } from '../../../gql/graphql';

export function useLocations() {
  const { data, loading, error, refetch } = useQuery(LocationsDocument);
  const locations: LocationFieldsFragment[] = data?.locations ?? [];
  return { locations, loading: loading && !data, error: data ? undefined : error, refetch };
}
