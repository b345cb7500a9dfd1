import { useMemo } from 'react';
import { UsersDocument } from '../../../gql/graphql';
import { usePagedConnection } from '../../../shared/hooks/usePagedConnection';
import { toApiFilter, type UserFilters } from '../filters';

const PAGE_SIZE = 25;

/**
 * The users matching some filters, a page at a time (the cache policy `usersTypePolicies`
 * appends each page). While a new filter loads, the previous rows stay on screen (`stale`).
 */
export function useUsers(filters: UserFilters) {
  const filter = useMemo(() => toApiFilter(filters), [filters]);
  const { nodes, ...list } = usePagedConnection(
    UsersDocument,
    { filter, first: PAGE_SIZE },
    (data) => data.users,
  );
  return { users: nodes, ...list };
}
