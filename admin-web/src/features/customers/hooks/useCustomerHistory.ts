import { CustomerHistoryDocument } from '../../../gql/graphql';
import { usePagedConnection } from '../../../shared/hooks/usePagedConnection';

/** How many timeline entries a page shows. */
const HISTORY_PAGE = 20;

const EMPTY = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

/** A record's timeline, newest first, a page at a time ("Show older" appends the next). */
export function useCustomerHistory(customerId: string) {
  return usePagedConnection(
    CustomerHistoryDocument,
    { id: customerId, first: HISTORY_PAGE },
    (data) => data.customer?.history ?? EMPTY,
  );
}
