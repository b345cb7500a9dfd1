import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  BookingInvoicesDocument,
  InvoicesDocument,
  type InvoicesQuery,
  IssueInvoiceDocument,
  ResendInvoiceDocument,
} from '../../../gql/graphql';
import { usePagedConnection } from '../../../shared/hooks/usePagedConnection';
import { toInvoiceFilter, type InvoiceListFilters } from '../lib/filters';

const PAGE_SIZE = 50;

const connectionOf = (data: InvoicesQuery) => data.invoices;

/** No cache policy appends its pages: "Load more" puts the next one after those on screen. */
const appendPage = (previous: InvoicesQuery, next: InvoicesQuery) => ({
  invoices: { ...next.invoices, edges: [...previous.invoices.edges, ...next.invoices.edges] },
});

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
  const { nodes, ...list } = usePagedConnection(InvoicesDocument, variables, connectionOf, {
    appendPage,
  });
  return { invoices: nodes, ...list };
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
