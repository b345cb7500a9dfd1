import type { TypePolicies } from '@apollo/client';
import { relayPaginationOnce } from '../../shared/lib/relayPagination';

/**
 * One cached inventory list per location and filter: "Load more" appends the next page, a
 * query without `after` replaces it. An item's lifecycle log is one list, older pages
 * appended.
 */
export const equipmentTypePolicies: TypePolicies = {
  Query: {
    fields: {
      equipment: relayPaginationOnce(['locationId', 'category', 'size', 'status', 'search']),
    },
  },
  Equipment: {
    fields: {
      events: relayPaginationOnce([]),
    },
  },
};
