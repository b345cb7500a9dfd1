import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * One cached list per filter: `fetchMore({ variables: { after } })` appends the next page to
 * it, a query without `after` (first load, refetch) replaces it. `first` is left out of the
 * key, so a page size change never splits the list.
 */
export const auditTypePolicies: TypePolicies = {
  Query: {
    fields: {
      auditLog: relayStylePagination(['filter']),
    },
  },
};
