import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { UsersDocument, type UserFieldsFragment } from '../../../gql/graphql';
import { toApiFilter, type UserFilters } from '../filters';

const PAGE_SIZE = 25;

/**
 * The users matching some filters, a page at a time. While a new filter loads, the previous
 * rows stay on screen (`stale`) instead of flashing a skeleton.
 */
export function useUsers(filters: UserFilters) {
  const filter = useMemo(() => toApiFilter(filters), [filters]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(UsersDocument, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>();

  const connection = (data ?? previousData)?.users;
  const users: UserFieldsFragment[] = useMemo(
    () => connection?.edges.map((edge) => edge.node) ?? [],
    [connection],
  );
  const endCursor = data?.users.pageInfo.endCursor;
  const hasMore = data?.users.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(async () => {
    if (!hasMore || !endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      // The cache policy (`usersTypePolicies`) appends the page to the list of this filter.
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
    users,
    totalCount: connection?.totalCount ?? 0,
    hasMore,
    loading: loading && !connection,
    stale: loading && !data && Boolean(previousData),
    refreshing: loading && Boolean(data) && !loadingMore,
    error: data ? undefined : error,
    refreshError: data ? error : undefined,
    retry,
    loadMore,
    loadingMore,
    loadMoreError,
  };
}
