import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import {
  BookingInvoicesDocument,
  InvoicesDocument,
  IssueInvoiceDocument,
  ResendInvoiceDocument,
} from '../../../gql/graphql';
import { toInvoiceFilter, type InvoiceListFilters } from '../lib/filters';

const PAGE_SIZE = 50;

/**
 * Invoices and receipts matching the filters, newest first, a page at a time: "Load more"
 * appends the next page to the rows on screen. While other filters load, the previous rows
 * stay (`stale`).
 */
export function useInvoices(filters: InvoiceListFilters) {
  const variables = useMemo(
    () => ({ filter: toInvoiceFilter(filters), first: PAGE_SIZE }),
    [filters],
  );
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(InvoicesDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  const shown = data ?? previousData;
  const connection = shown?.invoices;
  const endCursor = data?.invoices.pageInfo.endCursor ?? null;
  const hasMore = data?.invoices.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(async () => {
    if (!hasMore || !endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          invoices: {
            ...fetchMoreResult.invoices,
            edges: [...previous.invoices.edges, ...fetchMoreResult.invoices.edges],
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
    invoices: connection?.edges.map((e) => e.node) ?? [],
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

/** A booking's participants and the invoices issued for it. */
export function useBookingInvoices(bookingId: string) {
  const { data, loading, error, refetch } = useQuery(BookingInvoicesDocument, {
    variables: { bookingId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    booking: data?.booking ?? null,
    invoices: data?.invoices.edges.map((e) => e.node) ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** Issues a tax invoice for a booking; the booking's list and the invoices list refresh. */
export function useIssueInvoice() {
  return useMutation(IssueInvoiceDocument, {
    refetchQueries: ['BookingInvoices', 'Invoices'],
    awaitRefetchQueries: true,
  });
}

/** Mails a document again (its sent time changes in the cache). */
export function useResendInvoice() {
  return useMutation(ResendInvoiceDocument);
}
