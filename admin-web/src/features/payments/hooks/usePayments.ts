import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  PaymentLocationsDocument,
  PaymentsDocument,
  type PaymentsQuery,
} from '../../../gql/graphql';
import { usePagedConnection } from '../../../shared/hooks/usePagedConnection';
import { toPaymentFilter, type PaymentListFilters } from '../lib/filters';

const PAGE_SIZE = 50;

const connectionOf = (data: PaymentsQuery) => data.payments;

/** No cache policy appends its pages: "Load more" puts the next one after those on screen. */
const appendPage = (previous: PaymentsQuery, next: PaymentsQuery) => ({
  payments: { ...next.payments, edges: [...previous.payments.edges, ...next.payments.edges] },
});

/**
 * Payments matching the filters, newest first, a page at a time: "Load more" appends the next
 * page to the rows on screen. While other filters load, the previous rows stay (`stale`).
 */
export function usePayments(filters: PaymentListFilters) {
  const variables = useMemo(
    () => ({ filter: toPaymentFilter(filters), first: PAGE_SIZE }),
    [filters],
  );
  const { nodes, ...list } = usePagedConnection(PaymentsDocument, variables, connectionOf, {
    appendPage,
  });
  return { payments: nodes, ...list };
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
