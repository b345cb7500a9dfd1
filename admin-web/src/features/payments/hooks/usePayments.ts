import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { PaymentLocationsDocument, PaymentsDocument } from '../../../gql/graphql';
import { toPaymentFilter, type PaymentListFilters } from '../lib/filters';

const PAGE_SIZE = 50;

/**
 * Payments matching the filters, newest first, a page at a time: "Load more" appends the next
 * page to the rows on screen. While other filters load, the previous rows stay (`stale`).
 */
export function usePayments(filters: PaymentListFilters) {
  const variables = useMemo(
    () => ({ filter: toPaymentFilter(filters), first: PAGE_SIZE }),
    [filters],
  );
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PaymentsDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  const connection = (data ?? previousData)?.payments;
  const endCursor = data?.payments.pageInfo.endCursor ?? null;
  const hasMore = data?.payments.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(async () => {
    if (!hasMore || !endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          payments: {
            ...fetchMoreResult.payments,
            edges: [...previous.payments.edges, ...fetchMoreResult.payments.edges],
          },
        }),
      });
    } catch (caught) {
      setLoadMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }, [fetchMore, hasMore, endCursor]);

  return {
    payments: connection?.edges.map((e) => e.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    loading: loading && !connection,
    stale: loading && !data && Boolean(previousData),
    refreshing: loading && Boolean(data) && !loadingMore,
    error: data ? undefined : error,
    refreshError: data ? error : undefined,
    retry: () => void refetch().catch(() => undefined),
    hasMore,
    loadMore,
    loadingMore,
    loadMoreError,
  };
}

/** The school's locations with their currency, zone and accepted methods. */
export function usePaymentLocations() {
  const { data, loading, error } = useQuery(PaymentLocationsDocument);
  const locations = useMemo(
    () => [...(data?.locations ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  return { locations, loading: loading && !data, error: data ? undefined : error };
}
