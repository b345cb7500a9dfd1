import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { AuditLogDocument, type AuditEntryFieldsFragment } from '../../../gql/graphql';
import { toApiFilter, type AuditFilters } from '../filters';

const PAGE_SIZE = 50;

/**
 * The audit log for some filters, a page at a time. While a new filter loads, the previous
 * entries stay on screen (`stale`) instead of flashing a skeleton.
 */
export function useAuditLog(filters: AuditFilters) {
  const filter = useMemo(() => toApiFilter(filters), [filters]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AuditLogDocument, {
    variables: { filter, first: PAGE_SIZE },
    // An audit log is read for what just happened: show the cache at once, then refresh.
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>();

  const connection = (data ?? previousData)?.auditLog;
  const entries: AuditEntryFieldsFragment[] = useMemo(
    () => connection?.edges.map((edge) => edge.node) ?? [],
    [connection],
  );
  const endCursor = data?.auditLog.pageInfo.endCursor;
  const hasMore = data?.auditLog.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(async () => {
    if (!hasMore || !endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } catch (caught) {
      setLoadMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }, [fetchMore, hasMore, endCursor]);

  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    entries,
    totalCount: connection?.totalCount ?? 0,
    hasMore,
    /** Nothing to show yet: the first load. */
    loading: loading && !connection,
    /** The entries on screen belong to the previous filter; the new ones are on their way. */
    stale: loading && !data && Boolean(previousData),
    /** A refresh of the entries on screen is running. */
    refreshing: loading && Boolean(data) && !loadingMore,
    /** The current filter could not be loaded at all. */
    error: data ? undefined : error,
    /** A refresh failed; the entries on screen are still the current filter's. */
    refreshError: data ? error : undefined,
    retry,
    loadMore,
    loadingMore,
    loadMoreError,
  };
}
