import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { MyReceiptsDocument, type MyReceiptsQuery } from '../../../gql/graphql';

export type MyReceipt = MyReceiptsQuery['myInvoices']['edges'][number]['node'];

const PAGE = 20;

/** The caller's receipts and invoices (own record and family), newest first, a page at a time. */
export function useMyReceipts() {
  const { data, loading, error, fetchMore, refetch } = useQuery(MyReceiptsDocument, {
    variables: { first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const info = data?.myInvoices.pageInfo;
  return {
    receipts: data?.myInvoices.edges.map((e) => e.node) ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
    hasMore: info?.hasNextPage ?? false,
    loadingMore,
    async loadMore() {
      if (!info?.endCursor) return;
      setLoadingMore(true);
      try {
        await fetchMore({
          variables: { after: info.endCursor },
          updateQuery: (prev, { fetchMoreResult }) => ({
            myInvoices: {
              ...fetchMoreResult.myInvoices,
              edges: [...prev.myInvoices.edges, ...fetchMoreResult.myInvoices.edges],
            },
          }),
        });
      } finally {
        setLoadingMore(false);
      }
    },
  };
}
