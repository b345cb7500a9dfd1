import { useQuery } from '@apollo/client/react';
import { CustomerDocument } from '../../../gql/graphql';

/**
 * One customer record with its family and possible duplicates. Shown from the cache at once
 * and refreshed, since another desk may have changed it.
 */
export function useCustomer(id: string) {
  const { data, loading, error, refetch } = useQuery(CustomerDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return {
    customer: data?.customer ?? null,
    /** Nothing to show yet. */
    loading: loading && !data,
    /** Loaded, and the API knows no such record (or not for this viewer). */
    notFound: Boolean(data) && !data?.customer,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}
