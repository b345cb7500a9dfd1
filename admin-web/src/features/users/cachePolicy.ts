import type { TypePolicies } from '@apollo/client';
import { relayPaginationOnce } from '../../shared/lib/relayPagination';

/**
 * One cached list per filter: `fetchMore({ variables: { after } })` appends the next page to
 * it, a query without `after` (first load, refetch) replaces it. `first` is left out of the
 * key, so a page size change never splits the list. A person moved between two pages by a
 * change in between (renamed, say) comes back on the next page too: they are shown once,
 * where they already were.
 */
export const usersTypePolicies: TypePolicies = {
  Query: {
    fields: {
      users: relayPaginationOnce(['filter']),
    },
  },
};
