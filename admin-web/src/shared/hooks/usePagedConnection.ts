import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';

/** The part of a Relay-style connection a paged list reads. */
interface Connection<TNode> {
  edges: readonly { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/**
 * A list read from a connection a page at a time, for "Load more". The field's cache policy
 * (`relayStylePagination`, keyed by the filter) appends each page to the list of its
 * variables. While new variables load, the previous rows stay on screen (`stale`) instead of
 * flashing a skeleton.
 */
export function usePagedConnection<
  TData,
  TVariables extends OperationVariables & { after?: string | null },
  TNode,
>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  connectionOf: (data: TData) => Connection<TNode>,
  options: {
    /**
     * For a field with no cache policy that appends pages: the next page's data with its
     * edges after the ones on screen (passed to `fetchMore` as `updateQuery`).
     */
    appendPage?: (previous: TData, next: TData) => TData;
  } = {},
) {
  const { appendPage } = options;
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery<TData, TVariables>(
    document,
    // What was on screen may have changed meanwhile: show the cache at once, then refresh.
    { variables, fetchPolicy: 'cache-and-network' } as useQuery.Options<TData, TVariables>,
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>();

  const shown = data ?? previousData;
  const connection = shown ? connectionOf(shown as TData) : undefined;
  const current = data ? connectionOf(data as TData) : undefined;
  const nodes: TNode[] = useMemo(
    () => connection?.edges.map((edge) => edge.node) ?? [],
    [connection],
  );
  const endCursor = current?.pageInfo.endCursor;
  const hasMore = current?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(async () => {
    if (!hasMore || !endCursor) return;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    try {
      await fetchMore({
        variables: { after: endCursor } as Partial<TVariables>,
        ...(appendPage && {
          updateQuery: (previous, { fetchMoreResult }) =>
            appendPage(previous as TData, fetchMoreResult as TData) as typeof previous,
        }),
      });
    } catch (caught) {
      setLoadMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  }, [fetchMore, hasMore, endCursor, appendPage]);

  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);

  return {
    nodes,
    totalCount: connection?.totalCount ?? 0,
    hasMore,
    /** Nothing to show yet: the first load. */
    loading: loading && !connection,
    /** The rows on screen belong to the previous variables; the new ones are on their way. */
    stale: loading && !data && Boolean(previousData),
    /** A refresh of the rows on screen is running. */
    refreshing: loading && Boolean(data) && !loadingMore,
    /** The current variables could not be loaded at all. */
    error: data ? undefined : error,
    /** A refresh failed; the rows on screen are still the current ones. */
    refreshError: data ? error : undefined,
    retry,
    loadMore,
    loadingMore,
    loadMoreError,
  };
}
