import type { TypePolicies } from '@apollo/client';
import { relayPaginationOnce } from '../../shared/lib/relayPagination';

/**
 * One cached list per search and filter: `fetchMore({ variables: { after } })` appends the
 * next page to it, a query without `after` (first load, refetch) replaces it. `first` is left
 * out of the key, so a page size change never splits the list. The cursors are opaque here
 * (positions for a ranked search, names otherwise): the next page starts from `endCursor`. A
 * record moved between two pages by a change in between (renamed, or a new record ranked
 * above it) comes back on the next page too: it is shown once, where it already was.
 */
export const customersTypePolicies: TypePolicies = {
  Query: {
    fields: {
      customers: relayPaginationOnce(['search', 'filter']),
    },
  },
  // A record's timeline is one list: "Load more" appends the next page of it.
  Customer: {
    fields: {
      history: relayPaginationOnce([]),
    },
  },
};
