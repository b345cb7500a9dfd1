import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  ReconciliationBookingChoicesDocument,
  ReconciliationDiscrepanciesDocument,
  ReconciliationDismissDocument,
  ReconciliationOverviewDocument,
  ReconciliationResolveDocument,
  ReconciliationRunNowDocument,
  type DiscrepancyKind,
  type DiscrepancyStatus,
} from '../../../gql/graphql';

/** Queries to refetch after a run or a resolution: the counts, the runs and the list move. */
const REFRESH = ['ReconciliationOverview', 'ReconciliationDiscrepancies'];

/** The latest runs and the report of the latest one. */
export function useReconciliationOverview() {
  const { data, loading, error, refetch } = useQuery(ReconciliationOverviewDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return {
    runs: data?.reconciliationRuns ?? [],
    report: data?.reconciliationReport ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** Discrepancies of a status and kind (null: any), the first `first` of them, newest first. */
export function useDiscrepancies(
  status: DiscrepancyStatus | null,
  kind: DiscrepancyKind | null,
  first: number,
) {
  const { data, previousData, loading, error, refetch } = useQuery(
    ReconciliationDiscrepanciesDocument,
    { variables: { status, kind, first }, fetchPolicy: 'cache-and-network' },
  );
  const shown = data ?? previousData;
  const rows = useMemo(() => shown?.discrepancies.edges.map((e) => e.node) ?? [], [shown]);
  return {
    rows,
    totalCount: shown?.discrepancies.totalCount ?? 0,
    hasMore: data?.discrepancies.pageInfo.hasNextPage ?? false,
    loading: loading && !shown,
    refreshing: loading && Boolean(shown),
    error: shown ? undefined : error,
    refetch: () => refetch().catch(() => undefined),
  };
}

/** The bookings an unlinked payment may be linked to (asked only when `skip` is false). */
export function useBookingChoices(discrepancyId: string | null, skip: boolean) {
  const { data, loading, error } = useQuery(ReconciliationBookingChoicesDocument, {
    variables: { id: discrepancyId ?? '' },
    skip: skip || !discrepancyId,
    fetchPolicy: 'network-only',
  });
  return {
    choices: data?.discrepancyBookingChoices ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
  };
}

/** Run now, resolve, dismiss: each refreshes the overview and the list once done. */
export function useReconciliationActions() {
  const options = { refetchQueries: REFRESH, awaitRefetchQueries: true };
  const [runNow, running] = useMutation(ReconciliationRunNowDocument, options);
  const [resolve, resolving] = useMutation(ReconciliationResolveDocument, options);
  const [dismiss, dismissing] = useMutation(ReconciliationDismissDocument, options);
  return {
    runNow,
    resolve,
    dismiss,
    running: running.loading,
    resolving: resolving.loading,
    dismissing: dismissing.loading,
  };
}
