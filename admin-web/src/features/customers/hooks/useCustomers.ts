import { useMemo } from 'react';
import { CustomersDocument } from '../../../gql/graphql';
import { usePagedConnection } from '../../../shared/hooks/usePagedConnection';
import { toApiArguments, type CustomerFilters } from '../filters';

const PAGE_SIZE = 25;

/**
 * The customers matching a search and filters, a page at a time (the cache policy
 * `customersTypePolicies` appends each page). With a search the API ranks by relevance, so
 * the best match comes first. While a new search loads, the previous rows stay (`stale`).
 */
export function useCustomers(filters: CustomerFilters) {
  const variables = useMemo(() => ({ ...toApiArguments(filters), first: PAGE_SIZE }), [filters]);
  const { nodes, ...list } = usePagedConnection(
    CustomersDocument,
    variables,
    (data) => data.customers,
  );
  return { customers: nodes, ...list };
}
